/**
 * Runs the pcsh binary with a recording host script and reports what one run loaded: the source modules that
 * initialised, the packages and built-ins the script imported or required, and the Node built-ins the process
 * loaded (`process.moduleLoadList`, which also shows what Node loads for itself, such as node:net for
 * `process.stdout` on a pipe).
 *
 * The recording script is the build's own (scripts/build-host.mjs: same options, same checks, same wrapper),
 * plus one statement at the top of each source module and a banner that writes the record when the process
 * exits. It runs beside a copy of dist/cli.js in a directory under dist/, so that packages and the help cache
 * resolve as they do for the built binary. Needs a build (`npm run build`) for dist/cli.js and the help cache.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { hostBuildOptions, hostScriptText } from '../../scripts/build-host.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** What one run loaded. */
export interface LoadRecord {
  /** Source modules, relative to the repository (`src/engine/binder.ts`), in the order they initialised. */
  readonly modules: readonly string[];
  /** What the script passed to import(): packages and Node built-ins. */
  readonly imports: readonly string[];
  /** What the script passed to require(): Node built-ins and the CommonJS packages it may require. */
  readonly requires: readonly string[];
  /** Node's own list of the built-in modules the process loaded (`NativeModule net` → `net`), public ones only. */
  readonly builtins: readonly string[];
}

// Runs first in the script: replaces the import and require the loader passes in with recording ones.
const banner = `
const __pcshRecord = { modules: [], imports: [], requires: [] };
globalThis.__pcshRecordModule = (name) => __pcshRecord.modules.push(name);
{ const load = __pcshImport; __pcshImport = (s) => (__pcshRecord.imports.push(s), load(s)); }
{ const load = require; require = Object.assign((s) => (__pcshRecord.requires.push(s), load(s)), load); }
process.on('exit', () => {
  const builtins = (process.moduleLoadList ?? []).filter((m) => m.startsWith('NativeModule ') && !m.includes('internal/')).map((m) => m.slice(13));
  require('node:fs').writeFileSync(process.env.PCSH_STARTUP_RECORD, JSON.stringify({ ...__pcshRecord, builtins }));
});
`;

/** Adds `globalThis.__pcshRecordModule('src/…')` at the top of every TypeScript module of src/. */
function recordModules(): Plugin {
  return {
    name: 'record-modules',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
        const name = relative(root, args.path).split('\\').join('/');
        const text = readFileSync(args.path, 'utf8');
        return { contents: `globalThis.__pcshRecordModule(${JSON.stringify(name)});\n${text}`, loader: 'ts' };
      });
    },
  };
}

let directory: string | undefined;

/** Builds the recording binary once (under dist/, removed by {@link removeRecordingBinary}). */
async function recordingBinary(): Promise<string> {
  if (directory !== undefined) return directory;
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli) || !existsSync(join(root, 'dist', 'help-cache.json'))) throw new Error('dist/ is not built: run "npm run build" first.');
  const dir = mkdtempSync(join(root, 'dist', '.startup-test-'));
  const options = hostBuildOptions(root);
  const result = await build({ ...options, banner: { js: banner }, plugins: [recordModules()], logLevel: 'silent' });
  writeFileSync(join(dir, 'host-script.js'), hostScriptText(result));
  copyFileSync(cli, join(dir, 'cli.js'));
  copyFileSync(join(root, 'dist', 'cli.cjs'), join(dir, 'cli.cjs'));
  directory = dir;
  return dir;
}

/** Removes the recording binary. */
export function removeRecordingBinary(): void {
  if (directory !== undefined) rmSync(directory, { recursive: true, force: true });
  directory = undefined;
}

/**
 * Runs `pcsh ...args` (stdin empty, stdout and stderr pipes, as `npm run bench` runs it) and returns what loaded.
 * `entry` is the binary's ES entry (cli.js) or its CommonJS twin (cli.cjs).
 */
export async function recordRun(
  args: readonly string[],
  entry: 'cli.js' | 'cli.cjs' = 'cli.js',
): Promise<LoadRecord & { readonly status: number | null; readonly stdout: string; readonly stderr: string }> {
  const dir = await recordingBinary();
  const home = mkdtempSync(join(tmpdir(), 'pcsh-startup-'));
  const record = join(home, 'record.json');
  try {
    const run = spawnSync(process.execPath, [join(dir, entry), ...args], {
      cwd: root,
      env: { ...process.env, PCSH_HOME: home, PCSH_STARTUP_RECORD: record, NO_COLOR: '1', PCSH_HELP_PATH: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    const loaded = JSON.parse(readFileSync(record, 'utf8')) as LoadRecord;
    return { ...loaded, status: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
