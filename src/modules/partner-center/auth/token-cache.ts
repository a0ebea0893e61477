/**
 * MSAL's token cache kept in one file, `$PCSH_HOME/token-cache.json`: created with mode 0600 inside a 0700
 * directory, replaced atomically (a temporary file in the same directory, fsync, rename), so a crash never leaves
 * a torn cache and no other user can read it. A cache another user can read is refused, not used.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import { TokenCacheTooOpenError } from './errors.js';

/** Writes `text` to `path` atomically with mode 0600. */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temporary, path);
  } catch (error) {
    unlinkSync(temporary);
    throw error;
  }
}

/** An MSAL cache plugin over one file. */
export class FileTokenCache implements ICachePlugin {
  constructor(readonly path: string) {}

  /** Loads the file into MSAL's cache before MSAL reads or writes it. */
  async beforeCacheAccess(context: TokenCacheContext): Promise<void> {
    let text: string;
    try {
      const stats = statSync(this.path);
      // Group or other permission bits: someone else may have read the tokens, so refuse the file.
      if (process.platform !== 'win32' && (stats.mode & 0o077) !== 0) throw new TokenCacheTooOpenError(this.path, stats.mode & 0o777);
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    if (text.trim() !== '') context.tokenCache.deserialize(text);
  }

  /** Saves MSAL's cache when it changed. */
  async afterCacheAccess(context: TokenCacheContext): Promise<void> {
    if (context.cacheHasChanged) writeFileAtomic(this.path, context.tokenCache.serialize());
  }
}
