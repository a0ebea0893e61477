/**
 * The append-only journal: one line per record, `<crc32 as 8 hex digits> <json>\n`.
 *
 * Writes are group-committed: records appended while a write is under way go out together in the next write,
 * and each batch is fdatasync'ed before any of its records counts as durable. A response is sent only after its
 * record is durable, so an acknowledged write survives `kill -9` (and power loss, as far as the disk keeps its
 * promise). A crash can only tear the last line; {@link readJournal} detects it (no newline, or a checksum or JSON
 * that does not match) and drops it with a warning.
 */
import { readFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';

/** Where records go; the in-memory sandbox uses {@link MemoryJournal}. */
export interface JournalWriter {
  /** Queues a record and returns its sequence number. */
  append(record: unknown): number;
  /** Resolves once every record up to `sequence` is durable; rejects if the journal failed. */
  waitDurable(sequence: number): Promise<void>;
  /** The sequence number of the last record queued. */
  readonly lastSequence: number;
  /** Writes what is queued, then closes the file. */
  close(): Promise<void>;
}

/** A record that could not be read. */
export interface JournalProblem {
  /** `torn`: the last record, cut by a crash (never acknowledged); `corrupt`: a bad record before good ones. */
  readonly kind: 'torn' | 'corrupt';
  /** Where the record starts, in bytes. */
  readonly offset: number;
  readonly bytes: number;
}

/** What reading a journal found. */
export interface JournalContents {
  readonly records: readonly unknown[];
  readonly problems: readonly JournalProblem[];
}

const NEWLINE = 0x0a;

function checksum(text: Buffer): string {
  return crc32(text).toString(16).padStart(8, '0');
}

/** Encodes one record as a journal line. */
export function encodeRecord(record: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(record), 'utf8');
  return Buffer.concat([Buffer.from(`${checksum(json)} `, 'latin1'), json, Buffer.from('\n', 'latin1')]);
}

function decodeLine(line: Buffer): unknown {
  if (line.length < 10 || line[8] !== 0x20) return undefined;
  const json = line.subarray(9);
  if (line.subarray(0, 8).toString('latin1') !== checksum(json)) return undefined;
  try {
    return JSON.parse(json.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads a journal file; a missing file is an empty journal. Never throws on bad content: a record without its line
 * end, or whose checksum or JSON does not match, is reported as a problem and skipped.
 */
export function readJournal(path: string): JournalContents {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], problems: [] };
    throw error;
  }
  const records: unknown[] = [];
  const bad: { offset: number; bytes: number }[] = [];
  let lastGoodEnd = 0;
  let start = 0;
  while (start < data.length) {
    const newline = data.indexOf(NEWLINE, start);
    const end = newline === -1 ? data.length : newline + 1;
    const record = newline === -1 ? undefined : decodeLine(data.subarray(start, newline));
    if (record === undefined) {
      bad.push({ offset: start, bytes: end - start });
    } else {
      records.push(record);
      lastGoodEnd = end;
    }
    start = end;
  }
  const problems = bad.map(({ offset, bytes }): JournalProblem => ({ kind: offset >= lastGoodEnd ? 'torn' : 'corrupt', offset, bytes }));
  return { records, problems };
}

/** A journal that keeps nothing: every record is durable at once. */
export class MemoryJournal implements JournalWriter {
  private sequence = 0;
  get lastSequence(): number {
    return this.sequence;
  }
  append(): number {
    this.sequence += 1;
    return this.sequence;
  }
  waitDurable(): Promise<void> {
    return Promise.resolve();
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

interface Waiter {
  readonly sequence: number;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/** The file journal with group commit. */
export class FileJournal implements JournalWriter {
  private queue: Buffer[] = [];
  private queued = 0;
  private durable = 0;
  private waiters: Waiter[] = [];
  private flushing: Promise<void> | undefined;
  private failure: Error | undefined;

  private constructor(private readonly handle: FileHandle) {}

  /** Opens (creating if needed) a journal for appending. */
  static async open(path: string): Promise<FileJournal> {
    return new FileJournal(await open(path, 'a', 0o600));
  }

  get lastSequence(): number {
    return this.queued;
  }

  /** The error that stopped the journal, if one did. */
  get error(): Error | undefined {
    return this.failure;
  }

  append(record: unknown): number {
    if (this.failure !== undefined) throw this.failure;
    this.queue.push(encodeRecord(record));
    this.queued += 1;
    this.flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.flush());
    return this.queued;
  }

  waitDurable(sequence: number): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (sequence <= this.durable) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ sequence, resolve, reject }));
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = Buffer.concat(this.queue);
        const upTo = this.queued;
        this.queue = [];
        let written = 0;
        while (written < batch.length) written += (await this.handle.write(batch, written)).bytesWritten;
        await this.handle.datasync();
        this.durable = upTo;
        const ready = this.waiters.filter((waiter) => waiter.sequence <= upTo);
        this.waiters = this.waiters.filter((waiter) => waiter.sequence > upTo);
        for (const waiter of ready) waiter.resolve();
      }
    } catch (error) {
      this.failure = error instanceof Error ? error : new Error(String(error));
      for (const waiter of this.waiters) waiter.reject(this.failure);
      this.waiters = [];
    } finally {
      this.flushing = undefined;
    }
  }

  async close(): Promise<void> {
    while (this.flushing !== undefined) await this.flushing;
    await this.handle.close();
  }
}
