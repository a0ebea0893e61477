// Builds dist/help-cache.json from help/*.md: every help file parsed once at build time, so that
// `pcsh Get-Help X` loads no markdown parser. A help file with an error fails the build with the file, the
// line and what was expected. Run on its own (`node scripts/build-help.mjs`) or from scripts/build.mjs:
//   import { buildHelpCache } from './build-help.mjs'; await buildHelpCache(root);
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Bundles a TypeScript module of src/ next to dist/ (so that its packages resolve from node_modules),
 * imports it, passes it to `use`, and removes the bundle.
 */
export async function withBundledModule(root, entry, use) {
  const bundle = join(root, 'dist', `.build-${process.pid}-${entry.replace(/\W/g, '_')}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  try {
    return await use(await import(pathToFileURL(bundle).href));
  } finally {
    rmSync(bundle, { force: true });
  }
}

/** Writes `<root>/dist/help-cache.json`; throws when a help file cannot be read. */
export async function buildHelpCache(root) {
  const errors = await withBundledModule(root, 'src/help/help-cache-build.ts', ({ writeHelpCache }) =>
    writeHelpCache(join(root, 'help'), join(root, 'dist', 'help-cache.json')),
  );
  if (errors.length > 0) throw new Error(`help files with errors:\n${errors.map((e) => `  help/${e.message}`).join('\n')}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildHelpCache(fileURLToPath(new URL('..', import.meta.url)));
}
