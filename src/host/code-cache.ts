/**
 * Runs a script through V8's code cache. Node 20 caches no compiled code for ES modules (its
 * `module.enableCompileCache` came in Node 22), and compiling the console host on every start costs more than
 * running the command; `vm.Script` takes V8's `cachedData` for classic scripts. The build writes the host as
 * one script (dist/host-script.js, see scripts/build-host.mjs) and runs it once to write its cache
 * (dist/host-script.cache).
 *
 * The script is a function expression, `(function (exports, require, module, __pcshBundleUrl, __pcshImport)
 * {…})`: a CommonJS bundle wrapped at build time, so that its text reaches V8 as read (a string built here by
 * concatenation would be copied once more, a megabyte for the garbage collector at start-up).
 *
 * The cache is an optimisation only: when it is missing, older than the script, or rejected by V8 (another Node
 * version, other V8 flags), the script compiles from source as it would without a cache, and a new cache is
 * written after the run if the directory allows it (to a temporary name, then renamed, so that a reader never
 * sees half a file). This module is on the start-up path: it uses only Node built-ins.
 */
import { createRequire } from 'node:module';
import { fs, url, vm } from './builtin-modules.js';

const { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = fs;

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

/**
 * Runs `file`, a script of the form above, with `cacheFile` as its code cache, and returns its `module.exports`.
 * `importPackage` performs the script's `import()` of packages (pass `(s) => import(s)` from an ES module).
 */
export function runCachedScript<T>(file: string, cacheFile: string, importPackage: (specifier: string) => Promise<unknown>): CachedScript<T> {
  const scriptTime = modified(file);
  const cacheTime = modified(cacheFile);
  let cachedData: Buffer | undefined;
  // A cache older than the script belongs to an earlier build (V8 itself only compares the source length).
  if (scriptTime !== undefined && cacheTime !== undefined && cacheTime >= scriptTime) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
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
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        // A read-only install keeps running from source: the cache is only an optimisation.
        try {
          unlinkSync(temporary);
        } catch {
          // nothing was written
        }
      }
    },
  };
}
