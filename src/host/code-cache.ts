/**
 * Runs a CommonJS bundle through V8's code cache. Node 20 caches no compiled code for ES modules (its
 * `module.enableCompileCache` came in Node 22), and compiling the console host on every start costs more than
 * running the command; `vm.Script` takes V8's `cachedData` for classic scripts. The build writes the host as
 * one CommonJS script (dist/host.cjs) and runs it once to write the cache (dist/host.cjs.cache).
 *
 * The cache is an optimisation only: when it is missing, older than the bundle, or rejected by V8 (another
 * Node version, other V8 flags), the script compiles from source as it would without a cache, and a new cache
 * is written after the run if the directory allows it (written to a temporary name and renamed, so that a
 * reader never sees half a file). This module is on the start-up path: it uses only Node built-ins.
 */
import { fs, nodeModule, url, vm } from './builtin-modules.js';

const { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = fs;

/**
 * The names the bundle's wrapper function declares, beside CommonJS's own: the bundle's URL (esbuild's
 * `define` turns `import.meta.url` into it) and the import function (the build turns each `import("pkg")` of a
 * package into a call of it, because a `vm.Script` cannot `import()` without an experimental flag).
 */
export const BundleUrlName = '__pcshBundleUrl';
export const ImportName = '__pcshImport';

/** A bundle run from source or from the cache. */
export interface CachedScript<T> {
  readonly exports: T;
  /** Whether V8 used the cache. */
  readonly cacheUsed: boolean;
  /** Writes the code cache if it was missing, stale or rejected; never throws. Call after the work is done, so that the functions the run compiled are in it. */
  saveCache(): void;
}

/** The size and modification time of a file, or undefined when it cannot be read. */
function stamp(path: string): { readonly size: number; readonly mtimeMs: number } | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Runs `file`, a CommonJS script, and returns its `module.exports`, using the code cache at `file + '.cache'`.
 * `importPackage` performs the bundle's `import()` of packages (pass `(s) => import(s)` from an ES module).
 */
export function runCachedScript<T>(file: string, importPackage: (specifier: string) => Promise<unknown>): CachedScript<T> {
  const cacheFile = `${file}.cache`;
  const bundle = stamp(file);
  const cache = stamp(cacheFile);
  let cachedData: Buffer | undefined;
  // A cache older than the bundle belongs to an earlier build (V8 itself only compares the source length).
  if (bundle !== undefined && cache !== undefined && cache.mtimeMs >= bundle.mtimeMs) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  // esbuild writes ASCII only (non-ASCII characters as escapes), so latin1 decodes it exactly and cheaply.
  const source = readFileSync(file, 'latin1');
  const wrapper = `(function (exports, require, module, ${BundleUrlName}, ${ImportName}) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: file, ...(cachedData === undefined ? {} : { cachedData }) });
  const cacheUsed = cachedData !== undefined && script.cachedDataRejected !== true;
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (exports: T, require: NodeJS.Require, module: { exports: T }, url: string, load: typeof importPackage) => void;
  run(module.exports, nodeModule.createRequire(file), module, url.pathToFileURL(file).href, importPackage);
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
