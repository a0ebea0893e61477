/**
 * Runs the built `pcsh` binary (dist/cli.js) as a child process, the way a user runs it, and returns what
 * the user sees. Tests compare these bytes with pwsh's.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = join(repoRoot, 'dist', 'cli.js');

export interface PcshResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number | null;
}

export interface PcshOptions {
  /** Extra environment; PCSH_HOME defaults to a fresh temporary directory, NO_COLOR is not set unless given. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Text written to stdin, then stdin is closed. */
  readonly input?: string;
  readonly cwd?: string;
  readonly timeoutMs?: number;
}

/** A fresh, empty PCSH_HOME for one test. */
export function freshHome(): string {
  return mkdtempSync(join(tmpdir(), 'pcsh-test-'));
}

/** Spawns `node dist/cli.js ...args` with no terminal attached and collects stdout, stderr and the exit code. */
export function runPcsh(args: readonly string[], options: PcshOptions = {}): Promise<PcshResult> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, PCSH_HOME: freshHome(), ...options.env })) {
    if (value !== undefined) env[key] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: options.cwd ?? repoRoot, env, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), exitCode });
    });
    child.stdin.end(options.input ?? '');
  });
}
