/**
 * One sandbox per store directory: a lock file (`sandbox.lock`) names the process that holds the store and the
 * URL it serves. A second process gets {@link SandboxStoreLockedError}, which carries that URL so a caller can use
 * the running sandbox instead. A lock left by a killed process (its pid no longer runs) is taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** What the lock file records. */
export interface SandboxLockInfo {
  readonly pid: number;
  /** The URL the holder serves; empty while it is starting. */
  readonly url: string;
  readonly startedAt: string;
}

/** Raised when another live sandbox holds the store. */
export class SandboxStoreLockedError extends Error {
  override readonly name = 'SandboxStoreLockedError';
  constructor(
    readonly lockPath: string,
    readonly holder: SandboxLockInfo,
  ) {
    const where = holder.url === '' ? '' : ` at ${holder.url}`;
    super(
      `The sandbox store ${lockPath.replace(/\/sandbox\.lock$/, '')} is in use by process ${holder.pid}${where}. ` +
        'Use that sandbox, stop it, or start this one with another store directory (or in memory).',
    );
  }
}

/** A held lock. */
export interface StoreLock {
  /** Records the URL once the server listens. */
  setUrl(url: string): void;
  /** Removes the lock file. */
  release(): void;
}

const LOCK_FILE = 'sandbox.lock';
const heldHere = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): SandboxLockInfo | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    if (typeof record['pid'] !== 'number') return undefined;
    return {
      pid: record['pid'],
      url: typeof record['url'] === 'string' ? record['url'] : '',
      startedAt: typeof record['startedAt'] === 'string' ? record['startedAt'] : '',
    };
  } catch {
    return undefined;
  }
}

function isLive(path: string, info: SandboxLockInfo): boolean {
  if (info.pid === process.pid) return heldHere.has(path);
  return isRunning(info.pid);
}

/** The live holder of a store directory, if any (for callers that want to reuse a running sandbox). */
export function readSandboxLock(directory: string): SandboxLockInfo | undefined {
  const path = join(directory, LOCK_FILE);
  const info = readLock(path);
  return info !== undefined && isLive(path, info) ? info : undefined;
}

/** Takes the store's lock, or throws {@link SandboxStoreLockedError}. */
export function acquireStoreLock(directory: string): StoreLock {
  const path = join(directory, LOCK_FILE);
  let info: SandboxLockInfo = { pid: process.pid, url: '', startedAt: new Date().toISOString() };
  for (let attempt = 0; ; attempt += 1) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, JSON.stringify(info));
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 3) throw error;
      const holder = readLock(path);
      if (holder !== undefined && isLive(path, holder)) throw new SandboxStoreLockedError(path, holder);
      try {
        unlinkSync(path); // stale: its process is gone (or the file is unreadable, i.e. torn while being written)
      } catch (unlinkError) {
        if ((unlinkError as NodeJS.ErrnoException).code !== 'ENOENT') throw unlinkError;
      }
    }
  }
  heldHere.add(path);
  let released = false;
  return {
    setUrl(url: string): void {
      info = { ...info, url };
      if (!released) writeFileSync(path, JSON.stringify(info), { mode: 0o600 });
    },
    release(): void {
      if (released) return;
      released = true;
      heldHere.delete(path);
      try {
        unlinkSync(path);
      } catch {
        // already gone: nothing to release
      }
    },
  };
}
