/**
 * Whether a standard stream is a terminal, without creating `process.stdin`/`stdout` and without node:tty when the
 * answer is plain: both load node:net, about 2 ms of start-up, which a run with its output on a pipe or in a file
 * must not pay. Only a character device other than /dev/null can be a terminal; for those node:tty decides.
 */
import { fstatSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

/** `isatty(fd)`: what `process.stdin.isTTY` (fd 0) and `process.stdout.isTTY` (fd 1) report, computed cheaply. */
export function isTerminal(fd: number): boolean {
  let stats;
  try {
    stats = fstatSync(fd);
  } catch {
    return false; // a closed descriptor
  }
  if (!stats.isCharacterDevice()) return false; // a pipe, a file or a socket
  try {
    if (statSync('/dev/null').rdev === stats.rdev) return false; // spawned with stdio 'ignore'
  } catch {
    // no /dev/null here (Windows): ask node:tty
  }
  const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return tty.isatty(fd);
}
