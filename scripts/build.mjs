// Builds pcsh: one ESM bundle per entry point, with lazy chunks for everything behind `await import()`.
// Dependencies stay external (node_modules), so a heavy package costs nothing until a chunk imports it.
// Then writes the help cache and emits the library's type declarations.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildHelpCache } from './build-help.mjs';
import { buildManPages } from './build-man.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// Chunk names carry content hashes: remove the previous build's so that stale chunks do not pile up.
rmSync(`${root}/dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', sandbox: 'src/sandbox/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(`${root}/dist/cli.js`, 0o755);
// Get-Help reads this cache instead of parsing markdown at run time (a newer help file still wins).
await buildHelpCache(root);
// man/man1 and man/man7, which package.json's "directories.man" installs with `npm install -g`.
await buildManPages(root);

const tsc = spawnSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
