/**
 * The start-up guard (STYLE.md guidelines 3 and 9, in the spirit of Deno's EXPECTED_CONSUMED): what the built
 * binary loads on the paths `npm run bench` measures must stay on purpose. Each run below records the source
 * modules that initialised, the packages and built-ins the host imported, and the built-ins Node loaded; each
 * must be on the path's allow-list. A module that shows up here unexpectedly is a lazy edge that was lost (a
 * static import where an `await import()` was meant): put the edge back, or add the module here on purpose.
 * Not a timing test: `npm run bench` measures.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { seed } from '../../scripts/bench/seed.mjs';
import { ScriptParameters as BuildParameters } from '../../scripts/build-host.mjs';
import { ScriptParameters } from '../../src/host/code-cache.js';
import { recordRun, removeRecordingBinary, root, type LoadRecord } from './recorder.js';

afterAll(removeRecordingBinary);

/** `*` matches within a path segment, `**` across segments, `{a,b}` either. */
function matcher(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]*)\}/g, (_, list: string) => `(?:${list.split(',').join('|')})`)
    .replace(/\*\*/g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\u0000/g, '.*');
  return new RegExp(`^${body}$`);
}

/** Modules outside the patterns. */
function outside(modules: readonly string[], patterns: readonly string[]): string[] {
  const tests = patterns.map(matcher);
  return modules.filter((m) => !tests.some((t) => t.test(m)));
}

/** What every run of the console host loads: the language, the engine, Out-Default and the module tables. */
const EveryRun = [
  'src/host/{run-host,console-host,console-routes,json-routes,line-reader,standard-output,terminal,choice-prompt,modules,version}.ts',
  'src/host/strings/ConsoleHostUserInterfaceStrings.ts',
  'src/language/**',
  'src/engine/**',
  // Out-Default and the error view: what the console routes print with.
  'src/format/{ps-style,display-cells,text-lines,dictionary-entry,value-display,error-view,format-objects,list-writer,table-writer,out-command,view-registry,builtin-views,property-expression,view-generator,out-default}.ts',
  'src/format/strings/FormatAndOut_format_xxx.ts',
  // The module tables (names and loaders only), and the Partner Center types and view they register.
  'src/modules/core/{index,format-cmdlets}.ts',
  'src/modules/partner-center/{index,format-views}.ts',
  'src/modules/partner-center/models/{enums,partner-context,cart-line-item}.ts',
];

/** The seed example with -WhatIf: the two cart cmdlets and what they need to bind and ask ShouldProcess. */
const SeedWhatIf = [
  'src/modules/partner-center/cmdlets/{NewPartnerCustomerCartLineItem,NewPartnerCustomerCart}.ts',
  'src/modules/partner-center/{partner-cmdlet,session,error-records,parameter-types,patterns}.ts',
  'src/modules/partner-center/models/*.ts',
  'src/modules/partner-center/strings/*.ts',
  // Error types only: the REST client (got), schemas (ajv) and sign-in (msal) load with a request.
  'src/modules/partner-center/api/errors.ts',
  'src/modules/partner-center/auth/{errors,environments}.ts',
];

/** Get-Help for a command with a help file: the help cache and the views; no markdown parser, no cmdlet class. */
const GetHelp = [
  'src/modules/core/GetHelp.ts',
  'src/help/{help-cache,help-source,help-info,help-load-error,help-system,help-objects,maml,maml-views,complex-writer,partial-help,syntax,views}.ts',
  'src/help/strings/*.ts',
];

/** Node built-ins that no run below may load: node:net and node:tty come with `process.stdout`/`stdin` on a pipe. */
const HeavyBuiltins = ['net', 'tty', 'stream', 'readline', 'crypto', 'http', 'https', 'http2', 'zlib', 'child_process', 'worker_threads'];
/** What the host may import or require on these runs: no package at all. */
const HostImports = ['node:fs', 'node:path', 'node:os', 'node:url', 'node:module'];

const whatIfLine =
  'What if: Performing the operation "New-PartnerCustomerCart" on target "Creates a new cart for the customer with the identifier of 46a62ece-10ad-42e5-b3f1-b2ed53e6fc08.".\n';

const runs: [string, readonly string[], readonly string[], (r: { stdout: string; stderr: string; status: number | null }) => void][] = [
  ['-Command $null = 1', ['-NonInteractive', '-Command', '$null = 1'], [], (r) => expect([r.status, r.stdout, r.stderr]).toEqual([0, '', ''])],
  ['the seed example with -WhatIf', ['-NonInteractive', '-Command', seed], SeedWhatIf, (r) => expect([r.status, r.stdout, r.stderr]).toEqual([0, whatIfLine, ''])],
  ['Get-Help New-PartnerCustomerCart', ['Get-Help', 'New-PartnerCustomerCart'], GetHelp, (r) => expect([r.status, r.stdout.startsWith('\nNAME\n    New-PartnerCustomerCart\n')]).toEqual([0, true])],
  ['output and an error: 1; Write-Error x', ['-c', '1; Write-Error x'], ['src/modules/core/WriteError.ts'], (r) => expect([r.status, r.stdout, r.stderr]).toEqual([1, '1\n', 'Write-Error: x\n'])],
];

describe('what the binary loads', () => {
  const records = new Map<string, Promise<LoadRecord & { stdout: string; stderr: string; status: number | null }>>();
  const record = (label: string, args: readonly string[]) => {
    let run = records.get(label);
    if (run === undefined) records.set(label, (run = recordRun(args)));
    return run;
  };

  it.each(runs)('%s: the output is right (the recording binary works)', async (label, args, _extra, check) => {
    check(await record(label, args));
  });

  it.each(runs)('%s: only allowed source modules', async (label, args, extra) => {
    const { modules } = await record(label, args);
    expect(outside(modules, [...EveryRun, ...extra])).toEqual([]);
  });

  it.each(runs)('%s: no package, no heavy built-in', async (label, args) => {
    const { imports, requires, builtins } = await record(label, args);
    expect([...new Set([...imports, ...requires])].filter((s) => !HostImports.includes(s))).toEqual([]);
    expect(builtins.filter((b) => HeavyBuiltins.includes(b))).toEqual([]);
  });

  it('every run stays within its budget of source code (1,000 KB of TypeScript)', async () => {
    // Growth here is paid by every command line: put new code behind `await import()` where it is first needed.
    const { modules } = await record(runs[0]![0], runs[0]![1]);
    const bytes = modules.reduce((sum, m) => sum + statSync(join(root, m)).size, 0);
    expect(bytes).toBeLessThanOrEqual(1_000_000);
  });

  it('the guard sees what it guards: Get-Content loads its cmdlet class and node:fs/promises', async () => {
    const { modules, imports, requires } = await recordRun(['-c', "Get-Content -LiteralPath 'package.json' -TotalCount 1"]);
    expect(outside(modules, EveryRun)).toEqual(['src/modules/core/path-errors.ts', 'src/modules/core/GetContent.ts']);
    expect([...imports, ...requires].filter((s) => !HostImports.includes(s))).toEqual(['node:fs/promises']);
  });
});

describe('the binary entry', () => {
  it('dist/cli.js and dist/cli.cjs hold only the switch reader, the usage text and the code-cache loader', async () => {
    const result = await build({ absWorkingDir: root, entryPoints: ['src/cli.ts'], bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'silent' });
    expect(Object.keys(result.metafile.inputs).sort()).toEqual([
      'src/cli.ts',
      'src/engine/strings/format.ts',
      'src/host/builtin-modules.ts',
      'src/host/code-cache.ts',
      'src/host/host-switches.ts',
      'src/host/strings/CommandLineParameterParserStrings.ts',
      'src/host/usage.ts',
      'src/host/version.ts',
    ]);
    // Built-ins come from process.getBuiltinModule: an ES import of one builds a facade of all its exports.
    const imports = new Set(Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => `${i.kind} ${i.path}`)));
    expect([...imports]).toEqual(['import-statement node:module']);
  });

  it('dist/cli.cjs runs the seed example as dist/cli.js does, loading the same modules', async () => {
    const [esm, cjs] = await Promise.all([recordRun(['-NonInteractive', '-Command', seed]), recordRun(['-NonInteractive', '-Command', seed], 'cli.cjs')]);
    expect([cjs.status, cjs.stdout, cjs.stderr, cjs.modules]).toEqual([esm.status, esm.stdout, esm.stderr, esm.modules]);
  });

  it('the build wraps the host script in the parameters the loader passes', () => {
    expect([...BuildParameters]).toEqual([...ScriptParameters]);
  });

  it('V8 accepts the code cache the build wrote', () => {
    const file = join(root, 'dist', 'host-script.js');
    const cache = join(root, 'dist', `host-script.${process.versions.v8}.cache`);
    const script = new Script(readFileSync(file, 'latin1'), { filename: file, cachedData: readFileSync(cache) });
    expect(script.cachedDataRejected).toBe(false);
  });
});
