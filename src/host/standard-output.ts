/**
 * pcsh's writes to stdout and stderr. On a terminal they go through `process.stdout`/`process.stderr`, as readline
 * and the REPL also write there. Otherwise (a pipe, a file: the scripted case) they are written to the descriptor
 * directly: creating the Node streams loads node:net, about 2 ms of start-up for every run. The bytes and their
 * order are the same: Node writes stdio pipes and files synchronously too, and every write here completes before
 * it returns.
 *
 * A closed reader (`pcsh … | head`) is not an error: writing stops quietly, as it does for the streams.
 */
import { writeSync } from 'node:fs';
import { isTerminal } from './terminal.js';

/** A destination that takes text. */
export type TextWriter = (text: string) => void;

// For the short waits of a full non-blocking pipe.
const pause = new Int32Array(new SharedArrayBuffer(4));
const guarded = new WeakSet<NodeJS.WriteStream>();

/**
 * `process.stdout` (fd 1) or `process.stderr` (fd 2), created on this call if nobody needed it before, with EPIPE
 * (its reader went away) ignored and anything else rethrown. For the code that needs the Node stream: readline,
 * the sandbox's own output.
 */
export function standardStream(fd: 1 | 2): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (!guarded.has(stream)) {
    guarded.add(stream);
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  return stream;
}

/** Writes all of `text` to `fd`; returns false once the reader is gone (EPIPE) or the descriptor is closed. */
function writeAll(fd: number, text: string): boolean {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A descriptor another process made non-blocking: wait for the reader, as the stream would.
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1);
      else if (code === 'EPIPE' || code === 'EBADF') return false;
      else throw error;
    }
  }
  return true;
}

/** A writer for fd 1 or 2 that decides on its first write how to write. */
function standardWriter(fd: 1 | 2): TextWriter {
  let write: TextWriter | undefined;
  return (text) => {
    if (write === undefined) {
      if (isTerminal(fd)) {
        const stream = standardStream(fd);
        write = (t) => void stream.write(t);
      } else {
        let open = true;
        write = (t) => {
          if (open) open = writeAll(fd, t);
        };
      }
    }
    write(text);
  };
}

/** Writes to standard output. */
export const writeStdout: TextWriter = standardWriter(1);

/** Writes to standard error. */
export const writeStderr: TextWriter = standardWriter(2);
