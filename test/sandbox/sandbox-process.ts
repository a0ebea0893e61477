/**
 * Runs the standalone sandbox (src/sandbox/main.ts) as a child process: esbuild bundles it once into a temporary
 * directory, so the tests need no prior `npm run build`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Bundles the sandbox CLI; returns the path of the .mjs file. */
export async function buildSandboxCli(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'pcsh-sandbox-cli-')), 'sandbox.mjs');
  await build({
    entryPoints: [join(repoRoot, 'src/sandbox/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** A running sandbox process. */
export interface SandboxProcess {
  readonly child: ChildProcess;
  /** The URL it printed. */
  readonly url: string;
  /** Everything written so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  readonly exited: Promise<number | string>;
}

/** What a process that ended wrote. */
export interface SandboxRun {
  readonly code: number | string;
  readonly stdout: string;
  readonly stderr: string;
}

function collect(child: ChildProcess): { out: () => string; err: () => string; exited: Promise<number | string> } {
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (text: string) => (out += text));
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (err += text));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { out: () => out, err: () => err, exited };
}

/** Starts the CLI and waits for its banner (URL, store, how to stop). Rejects, with what it wrote, if it ends first. */
export async function startSandboxProcess(cli: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<SandboxProcess> {
  const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const { out, err, exited } = collect(child);
  const url = await new Promise<string>((resolve, reject) => {
    const check = (): void => {
      const match = /^Partner Center sandbox: (http:\/\/\S+)\n[^]*Press Ctrl\+C to stop\.\n/m.exec(out());
      if (match?.[1] !== undefined) {
        child.stdout?.off('data', check);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => reject(new Error(`sandbox exited (${String(code)}) before printing its URL.\nstdout: ${out()}\nstderr: ${err()}`)));
  });
  return { child, url, stdout: out, stderr: err, exited };
}

/** Runs the CLI to completion (for --help and argument errors). */
export async function runSandboxProcess(cli: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<SandboxRun> {
  const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const { out, err, exited } = collect(child);
  const code = await exited;
  return { code, stdout: out(), stderr: err() };
}
