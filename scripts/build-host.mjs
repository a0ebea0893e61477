// Builds dist/host-script.js, the console host as one script, and its V8 code cache (dist/host-script.<V8>.cache).
// dist/cli.js runs the host through the cache (src/host/code-cache.ts): Node 20 keeps no compiled code for ES
// modules, and compiling the host's modules on each start cost more than the commands themselves. The script is
// a CommonJS bundle wrapped in a function expression whose parameters are code-cache.ts's ScriptParameters.
//
// In the script, modules behind `await import()` stay lazy: esbuild wraps them in functions that run on first
// import, so they cost nothing until then (only reading their text). Packages are not bundled: a `vm.Script`
// cannot `import()` without an experimental flag, so each `import("pkg")` becomes a call of the import function
// that dist/cli.js passes in, and a static import of a package becomes `require()`, allowed only for packages
// with a CommonJS build (checked below).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seed } from './bench/seed.mjs';

/** src/host/code-cache.ts's ScriptParameters (test/startup checks that they agree). */
export const ScriptParameters = ['exports', 'require', 'module', '__pcshBundleUrl', '__pcshImport'];
const [, , , BundleUrlName, ImportName] = ScriptParameters;
/** Packages the host may `require()` (a static import in a lazily loaded module): each has a CommonJS build. */
const REQUIRABLE = new Set(['yaml', 'marked']);

/** The esbuild options of the host script (test/startup builds a recording variant with the same ones). */
export function hostBuildOptions(root) {
  return {
    absWorkingDir: root,
    entryPoints: ['src/host/run-host.ts'],
    outfile: join(root, 'dist', 'host-script.js'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    supported: { 'dynamic-import': true },
    define: { 'import.meta.url': BundleUrlName },
    legalComments: 'none',
    // Minified: a smaller text and a smaller cache are read faster at every start (about 1 ms). Nothing in pcsh
    // reads a function's or a class's name, and users never see a JavaScript stack.
    minify: true,
    logLevel: 'warning',
    metafile: true,
    write: false,
  };
}

/** The script's text from esbuild's result; throws if the script would reach a package in a way the loader cannot serve. */
export function hostScriptText(result) {
  const [file] = result.outputFiles;
  const output = Object.values(result.metafile.outputs)[0];
  const imports = output.imports.filter((i) => i.external);
  const problems = [];
  for (const i of imports) {
    const builtin = i.path.startsWith('node:');
    if (i.kind === 'require-call' && !builtin && !REQUIRABLE.has(i.path)) problems.push(`require("${i.path}") needs a CommonJS build: import it with await import() in a function`);
    if (i.kind === 'dynamic-import' && i.path.startsWith('.')) problems.push(`import("${i.path}") must name a package or a Node built-in`);
  }
  const wanted = new Set(imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path));
  const replaced = new Set();
  const text = file.text.replace(/\bimport\("([^"]+)"\)/g, (_, specifier) => {
    replaced.add(specifier);
    return `${ImportName}(${JSON.stringify(specifier)})`;
  });
  // Every import() must be one of esbuild's own, and none may be left: a string that merely looks like one fails here.
  if ([...replaced].some((s) => !wanted.has(s)) || replaced.size !== wanted.size || /\bimport\s*\(/.test(text)) {
    problems.push(`import() calls in the output (${[...replaced].join(', ')}) differ from the bundle's package imports (${[...wanted].join(', ')})`);
  }
  if (problems.length > 0) throw new Error(`dist/host-script.js:\n  ${problems.join('\n  ')}`);
  // The loader decodes the script as latin1, which is exact for ASCII. esbuild's default charset escapes every
  // other character in code; only the comments it keeps (JSDoc on class members) hold any, and there a '?' is as
  // good as a '→'.
  const ascii = text.replace(/[^\x00-\x7f]/g, '?');
  return `(function (${ScriptParameters.join(', ')}) {${ascii}\n})`;
}

/** Writes dist/host-script.js. */
export async function buildHostScript(root) {
  writeFileSync(join(root, 'dist', 'host-script.js'), hostScriptText(await build(hostBuildOptions(root))));
}

/**
 * Writes dist/host-script.<V8 version>.cache by running the binary once: the cache holds what that run compiled,
 * so the run does what users do most: the seed example with -WhatIf, Get-Help, an object in the default table and
 * an error in the error view. What it leaves out compiles on first use, as without a cache; what it adds, every
 * start-up reads (about 5 µs a kilobyte). Needs dist/help-cache.json.
 */
export function writeHostCodeCache(root) {
  const home = mkdtempSync(join(tmpdir(), 'pcsh-build-'));
  try {
    for (const name of readdirSync(join(root, 'dist'))) if (/^host-script\..*\.cache$/.test(name)) rmSync(join(root, 'dist', name));
    const script = [seed, 'Get-Help New-PartnerCustomerCart', "[pscustomobject]@{ Name = 'x'; Value = 1 }", "Write-Error 'x'"].join('\n');
    const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '-NonInteractive', '-Command', script], {
      cwd: root,
      // Without NODE_OPTIONS: V8 rejects a cache made under other V8 flags.
      env: { ...process.env, NODE_OPTIONS: '', PCSH_HOME: home, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    // Write-Error makes the last statement fail, so exit code 1 is the outcome expected.
    if (run.status !== 1 || !run.stdout.startsWith('What if:')) throw new Error(`the code-cache run failed (exit ${run.status}):\n${run.stderr}`);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
