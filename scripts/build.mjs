// Builds pcsh. The library and the sandbox: one ESM bundle per entry point, with lazy chunks for everything
// behind `await import()`. The binary: a small ESM entry (dist/cli.js) that runs the console host, written as
// one CommonJS script, through V8's code cache (scripts/build-host.mjs). Dependencies stay external
// (node_modules), so a heavy package costs nothing until a chunk imports it. Then writes the help cache and the
// code cache and emits the library's type declarations.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildHelpCache } from './build-help.mjs';
import { buildHostScript, writeHostCodeCache } from './build-host.mjs';
import { buildManPages } from './build-man.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// Chunk names carry content hashes: remove the previous build's so that stale chunks do not pile up.
rmSync(`${root}/dist`, { recursive: true, force: true });
const common = { absWorkingDir: root, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', legalComments: 'none', logLevel: 'warning' };
await build({ ...common, entryPoints: { index: 'src/index.ts', sandbox: 'src/sandbox/main.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
// The binary's entry on its own, without chunks: each module an ES entry imports costs a resolution at start-up.
await build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' });
// The same entry as CommonJS: Node starts a CommonJS main module about 5 ms sooner than an ES one (no ES loader,
// no node:fs/promises). A `bin` that names dist/cli.cjs gets that; dist/cli.js behaves the same.
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  supported: { 'dynamic-import': true },
  define: { 'import.meta.url': '__pcshEntryUrl' },
  banner: { js: '"use strict";\nconst __pcshEntryUrl = require("node:url").pathToFileURL(__filename).href;' },
});
for (const entry of ['cli.js', 'cli.cjs']) chmodSync(`${root}/dist/${entry}`, 0o755);
await buildHostScript(root);
// Get-Help reads this cache instead of parsing markdown at run time (a newer help file still wins).
await buildHelpCache(root);
// man/man1 and man/man7, which package.json's "directories.man" installs with `npm install -g`.
await buildManPages(root);
// Last, once everything the host reads exists: one run of the binary writes dist/host-script.<V8 version>.cache.
writeHostCodeCache(root);

const tsc = spawnSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
