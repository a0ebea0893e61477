/**
 * Runs a script through V8's code cache. Node 20 caches no compiled code for ES modules (its
 * `module.enableCompileCache` came in Node 22), and compiling the console host on every start costs more than
 * running the command; `vm.Script` takes V8's `cachedData` for classic scripts. The build writes the host as
 * one script (dist/host-script.js, see scripts/build-host.mjs) and runs it once to write its cache
 * (dist/host-script.<V8 version>.cache).
 *
 * The script is a function expression, `(function (exports, require, module, __pcshBundleUrl, __pcshImport)
 * {…})`: a CommonJS bundle wrapped at build time, so that its text reaches V8 as read (a string built here by
 * concatenation would be copied once more, a megabyte for the garbage collector at start-up).
 *
 * The cache is an optimisation only: when it is missing, older than the script, or rejected by V8 (other V8
 * flags), the script compiles from source as it would without a cache, and a new cache is written after the run
 * (to a temporary name, then renamed, so that a reader never sees half a file): beside the script, or where the
 * install is read-only, in the user's cache directory. The file names carry the V8 version, as V8 accepts only
 * its own caches. This module is on the start-up path: it uses only Node built-ins.
 */
import { createRequire } from 'node:module';
import { fs, path, url, vm } from './builtin-modules.js';

const { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = fs;

/** Where a script's code cache may be, in the order they are read and written. */
export interface CacheLocations {
  /** Beside the script: the build writes it there. */
  readonly installed: string;
  /** In the user's cache directory, for when the installed one is missing or stale and cannot be written. */
  readonly user: () => string;
}

/**
 * The parameters of the script's function beside CommonJS's own: the script's URL (esbuild's `define` turns
 * `import.meta.url` into it) and the import function (the build turns each `import("pkg")` of a package into a
 * call of it, because code in a `vm.Script` cannot `import()` without an experimental flag).
 */
export const ScriptParameters = ['exports', 'require', 'module', '__pcshBundleUrl', '__pcshImport'] as const;

/** A script run from source or from the cache. */
export interface CachedScript<T> {
  readonly exports: T;
  /** Whether V8 used the cache. */
  readonly cacheUsed: boolean;
  /**
   * Writes the code cache if it was missing, stale or rejected; never throws. Call it after the work is done, so
   * that the functions the run compiled are in it.
   */
  saveCache(): void;
}

/** The modification time of a file, or undefined when it cannot be read. */
function modified(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** A cache file's bytes if it is at least as new as the script; an older one belongs to an earlier build (V8 itself only compares the source length). */
function current(cacheFile: string, scriptTime: number | undefined): Buffer | undefined {
  const cacheTime = modified(cacheFile);
  if (scriptTime === undefined || cacheTime === undefined || cacheTime < scriptTime) return undefined;
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/** Writes `data` to `cacheFile` through a temporary file; false if the directory does not allow it. */
function write(cacheFile: string, data: Buffer): boolean {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, cacheFile);
    return true;
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
    return false;
  }
}

/**
 * Runs `file`, a script of the form above, with the code cache found at `caches`, and returns its `module.exports`.
 * `importPackage` performs the script's `import()` of packages (pass `(s) => import(s)` from an ES module).
 */
export function runCachedScript<T>(file: string, caches: CacheLocations, importPackage: (specifier: string) => Promise<unknown>): CachedScript<T> {
  const scriptTime = modified(file);
  const cachedData = current(caches.installed, scriptTime) ?? current(caches.user(), scriptTime);
  // esbuild writes ASCII only (other characters as escapes), so latin1 decodes it exactly and cheaply.
  const source = readFileSync(file, 'latin1');
  const script = new vm.Script(source, { filename: file, ...(cachedData === undefined ? {} : { cachedData }) });
  const cacheUsed = cachedData !== undefined && script.cachedDataRejected !== true;
  type Body = (exports: T, require: NodeJS.Require, module: { exports: T }, url: string, load: typeof importPackage) => void;
  const module = { exports: {} as T };
  (script.runInThisContext() as Body)(module.exports, createRequire(file), module, url.pathToFileURL(file).href, importPackage);
  return {
    exports: module.exports,
    cacheUsed,
    saveCache() {
      if (cacheUsed) return;
      const data = script.createCachedData();
      if (write(caches.installed, data)) return;
      const user = caches.user();
      try {
        mkdirSync(path.dirname(user), { recursive: true, mode: 0o700 });
      } catch {
        return; // no cache then: the script runs from source, as it just did
      }
      write(user, data);
    },
  };
}
