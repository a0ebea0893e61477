#!/usr/bin/env node
// `npm run bench`: pcsh's speed goals, measured (never asserted by tests).
//
//   1. Cold start of `pcsh -NonInteractive -Command "<seed example with -WhatIf>"` as a ratio to `node -e 0`,
//      medians of >= 20 interleaved runs each (target <= 1.4x).
//   2. Cold start of `pcsh Get-Help New-PartnerCustomerCart` as a ratio to `node -e 0` (target <= 1.3x).
//   3. In-process parse+bind throughput of the seed example (target >= 50,000/s).
//   4. The sandbox load figure: carts/s over keep-alive and p99 latency (target >= 2,000/s), from
//      scripts/bench/sandbox.mjs.
//
// Needs a build (`npm run build`); prints a table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { seed } from './bench/seed.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// What `pcsh` runs: package.json's bin (dist/cli.js, or its CommonJS twin dist/cli.cjs).
const cli = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.pcsh);
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run "npm run build" first.`);
  process.exit(1);
}
const RUNS = Number(process.env.PCSH_BENCH_RUNS ?? 25);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Wall time of one process run, in ms. */
function timeRun(args, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

/** Medians of the command and of `node -e 0`, interleaved so that machine noise hits both alike. */
function coldStart(args) {
  const home = mkdtempSync(join(tmpdir(), 'pcsh-bench-home-'));
  try {
    const env = { PCSH_HOME: home, NO_COLOR: '1' };
    timeRun(args, env);
    timeRun(['-e', '0'], env);
    const command = [];
    const baseline = [];
    for (let i = 0; i < RUNS; i++) {
      command.push(timeRun(args, env));
      baseline.push(timeRun(['-e', '0'], env));
    }
    return { command: median(command), baseline: median(baseline) };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** Parse+bind of the seed, in-process: parse, evaluate each command's arguments, bind them. */
async function parseBindThroughput() {
  // Under dist/, so that the bundle's packages resolve from node_modules.
  const dir = mkdtempSync(join(root, 'dist', '.bench-'));
  try {
    const outfile = join(dir, 'parse-bind.mjs');
    await build({ absWorkingDir: root, entryPoints: ['scripts/bench/parse-bind.ts'], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' });
    const { parseAndBind, prepare } = await import(pathToFileURL(outfile).href);
    await prepare(seed);
    for (let i = 0; i < 5000; i++) await parseAndBind(seed);
    let count = 0;
    const start = process.hrtime.bigint();
    const deadline = start + 2_000_000_000n;
    let now = start;
    while (now < deadline) {
      for (let i = 0; i < 500; i++) await parseAndBind(seed);
      count += 500;
      now = process.hrtime.bigint();
    }
    return count / (Number(now - start) / 1e9);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [];
const whatIf = coldStart([cli, '-NonInteractive', '-Command', seed]);
rows.push(['cold start, seed -WhatIf', `${whatIf.command.toFixed(1)} ms`, `${(whatIf.command / whatIf.baseline).toFixed(2)}x node -e 0 (${whatIf.baseline.toFixed(1)} ms)`, '<= 1.40x']);
const help = coldStart([cli, 'Get-Help', 'New-PartnerCustomerCart']);
rows.push(['cold start, Get-Help', `${help.command.toFixed(1)} ms`, `${(help.command / help.baseline).toFixed(2)}x node -e 0 (${help.baseline.toFixed(1)} ms)`, '<= 1.30x']);
const perSecond = await parseBindThroughput();
rows.push(['parse+bind, seed example', `${Math.round(perSecond).toLocaleString('en-US')}/s`, `${(1e6 / perSecond).toFixed(1)} µs each`, '>= 50,000/s']);

console.log(`pcsh = node ${relative(root, cli)}`);
const widths = [0, 1, 2, 3].map((i) => Math.max(...[['benchmark', 'value', 'detail', 'target'][i], ...rows.map((r) => r[i])].map((s) => s.length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(['benchmark', 'value', 'detail', 'target']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
console.log();

// The sandbox load figure prints its own table.
const sandbox = spawnSync(process.execPath, [join(root, 'scripts', 'bench', 'sandbox.mjs'), '--seconds', '3'], { stdio: 'inherit' });
process.exitCode = sandbox.status ?? 1;
