/**
 * Where the help files and their cache are: `help/` and `dist/help-cache.json` under the installed package,
 * found by walking up from this module to the nearest package.json (this file runs from src/help in tests and
 * from dist/ or dist/chunks in the bundle). `PCSH_HELP_PATH` names another help directory (no cache is used
 * then); tests and help authors use it.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A help directory and the cache derived from it. */
export interface HelpSource {
  readonly helpDirectory: string;
  /** The JSON cache written by scripts/build-help.mjs, or `null` to parse every file. */
  readonly cacheFile: string | null;
}

let root: string | undefined;

/** The directory of the nearest package.json above this module. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) return (root = process.cwd());
    dir = parent;
  }
}

/** The help files pcsh ships, or `PCSH_HELP_PATH` when it is set. */
export function defaultHelpSource(): HelpSource {
  const override = process.env.PCSH_HELP_PATH;
  if (override !== undefined && override !== '') return { helpDirectory: override, cacheFile: null };
  const base = packageRoot();
  return { helpDirectory: join(base, 'help'), cacheFile: join(base, 'dist', 'help-cache.json') };
}
