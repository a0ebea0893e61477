/**
 * Builds the help cache for scripts/build-help.mjs: every help file parsed once, at build time. Files with
 * errors are recorded (Get-Help reports them) and returned so the build can fail on them.
 */
import { statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HelpCacheVersion, helpFileNames, parseHelpFile, type HelpCacheEntry, type HelpCacheFile } from './help-cache.js';
import { HelpLoadError } from './help-load-error.js';

/** Parses every `.md` file of `helpDirectory` and writes the cache to `cacheFile`; returns the errors. */
export async function writeHelpCache(helpDirectory: string, cacheFile: string): Promise<HelpLoadError[]> {
  const files: Record<string, HelpCacheEntry> = {};
  const errors: HelpLoadError[] = [];
  for (const name of helpFileNames(helpDirectory)) {
    const path = join(helpDirectory, name);
    const { mtimeMs, size } = statSync(path);
    const entry = await parseHelpFile(path, name, mtimeMs, size);
    files[name] = entry;
    if (entry.error !== undefined) errors.push(new HelpLoadError(name, entry.error.line, entry.error.problem, entry.error.expected));
  }
  const cache: HelpCacheFile = { version: HelpCacheVersion, files };
  mkdirSync(dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, `${JSON.stringify(cache)}\n`);
  return errors;
}
