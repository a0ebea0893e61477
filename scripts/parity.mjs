#!/usr/bin/env node
/**
 * The parity runner (DESIGN.md: "parity scripts (test/parity/*.ps1 with expected transcripts)").
 *
 * Each test/parity/<name>.ps1 is run the way a pwsh user runs a script, `pcsh -NonInteractive -File <name>.ps1`, with
 * NO_COLOR=1 and a fresh, empty PCSH_HOME, and its stdout, stderr and exit code are compared byte for byte with the
 * transcripts beside it: <name>.expected.txt (stdout), <name>.stderr.txt (missing = empty) and <name>.exitcode
 * (missing = 0). The transcripts are what pwsh 7.5 prints for the same script; they never come from running pcsh.
 *
 * `node scripts/parity.mjs [name...]` runs them all (or the named ones), prints a line diff for each difference and
 * exits 1 when any differs. test/parity/parity.test.ts runs the same scripts through the same functions.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const cliPath = join(repoRoot, 'dist', 'cli.js');

/** The folder that holds the parity scripts and their transcripts. */
export const parityDir = join(repoRoot, 'test', 'parity');

/** The names (without `.ps1`) of the parity scripts in `dir`, sorted. */
export function listParityScripts(dir = parityDir) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ps1'))
    .map((file) => file.slice(0, -'.ps1'.length))
    .sort();
}

/** The expected stdout, stderr and exit code of the parity script `name`. */
export function readTranscript(name, dir = parityDir) {
  const optional = (file, fallback) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : fallback);
  return {
    stdout: readFileSync(join(dir, `${name}.expected.txt`), 'utf8'),
    stderr: optional(`${name}.stderr.txt`, ''),
    exitCode: Number(optional(`${name}.exitcode`, '0').trim()),
  };
}

/** Runs the parity script `name` with the built pcsh and resolves to what it printed and its exit code. */
export function runParityScript(name, dir = parityDir) {
  if (!existsSync(cliPath)) {
    return Promise.reject(new Error(`${cliPath} does not exist. Run "npm run build" first.`));
  }
  const home = mkdtempSync(join(tmpdir(), 'pcsh-parity-'));
  const env = { ...process.env, NO_COLOR: '1', PCSH_HOME: home };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, '-NonInteractive', '-File', join(dir, `${name}.ps1`)], { cwd: repoRoot, env, stdio: 'pipe' });
    const out = [];
    const err = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      rmSync(home, { recursive: true, force: true });
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), exitCode });
    });
    child.stdin.end();
  });
}

/** Shows spaces at the end of a line and tabs, which a byte-for-byte comparison cares about. */
const visible = (line) => line.replace(/\t/g, '→').replace(/ +$/, (spaces) => '·'.repeat(spaces.length));

/**
 * A line diff of two texts: ` ` common, `-` only in the expected text, `+` only in the actual one (longest common
 * subsequence; transcripts are short). A missing final newline shows as a last line `\ no newline at end`.
 */
export function diffLines(expected, actual) {
  const split = (text) => {
    const lines = text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    else lines.push('\\ no newline at end');
    return lines;
  };
  const a = split(expected);
  const b = split(actual);
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const lines = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push(`  ${visible(a[i])}`);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      lines.push(`- ${visible(a[i])}`);
      i++;
    } else {
      lines.push(`+ ${visible(b[j])}`);
      j++;
    }
  }
  return lines.join('\n');
}

/** Runs the named scripts (all when none is named), prints the differences and returns the process exit code. */
export async function main(names) {
  const scripts = names.length > 0 ? names : listParityScripts();
  let failures = 0;
  for (const name of scripts) {
    const expected = readTranscript(name);
    const actual = await runParityScript(name);
    const problems = [];
    if (actual.stdout !== expected.stdout) problems.push(`stdout (- expected, + pcsh):\n${diffLines(expected.stdout, actual.stdout)}`);
    if (actual.stderr !== expected.stderr) problems.push(`stderr (- expected, + pcsh):\n${diffLines(expected.stderr, actual.stderr)}`);
    if (actual.exitCode !== expected.exitCode) problems.push(`exit code: expected ${expected.exitCode}, pcsh ${actual.exitCode}`);
    if (problems.length === 0) {
      process.stdout.write(`ok    ${name}.ps1\n`);
    } else {
      failures++;
      process.stdout.write(`DIFF  ${name}.ps1\n${problems.join('\n')}\n`);
    }
  }
  process.stdout.write(`\n${scripts.length - failures} of ${scripts.length} parity scripts match pwsh's transcripts.\n`);
  return failures === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url) {
  process.exitCode = await main(process.argv.slice(2));
}
