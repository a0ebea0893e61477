#!/usr/bin/env node
// Load figure of the Partner Center sandbox: carts created per second over keep-alive, and latency percentiles.
//
//   node scripts/bench/sandbox.mjs [--seconds 5] [--connections 32]
//
// Builds src/sandbox/main.ts with esbuild into a temporary directory (no `npm run build` needed), runs it as a child
// process (so client and server each get a core), and drives it from this process over loopback only. Two runs:
// the in-memory store, and the journal store (fsync before every acknowledgement, group-committed).
// Bounded: each run stops after --seconds or 100,000 carts, whichever comes first. Prints one line per metric; the
// exit code is 0 unless the sandbox fails (a missed target is reported in the table, not as a failure).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '32' } } });
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const MAX_CARTS = 100_000;
const TARGET_PER_SECOND = 2000;
const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const BODY = JSON.stringify({
  lineItems: [
    {
      id: 0,
      catalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB',
      friendlyName: 'Sample RI Purchase',
      quantity: 10,
      billingCycle: 'one_time',
      provisioningContext: { duration: '1Year', scope: 'shared', subscriptionId: 'b35d5324-df8e-4306-9023-6edac2d4896c' },
    },
  ],
});

const work = mkdtempSync(join(tmpdir(), 'pcsh-bench-sandbox-'));
const cli = join(work, 'sandbox.mjs');
await build({ entryPoints: [join(root, 'src/sandbox/main.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: cli, logLevel: 'warning' });

function startServer(args) {
  const child = spawn(process.execPath, [cli, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (text) => {
      out += text;
      const match = /^Partner Center sandbox: (\S+)\n[^]*Press Ctrl\+C to stop\.\n/m.exec(out);
      if (match) resolve({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited (${code}) before it was ready: ${out}`)));
  });
}

function createCart(agent, url) {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/v1/customers/${CUSTOMER}/carts`,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: 'Bearer pcsh-sandbox-local-token',
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(BODY),
          'ms-requestid': randomUUID(),
          'ms-correlationid': randomUUID(),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 201 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(BODY);
  });
}

async function drive(url, seconds) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies = [];
  let started = 0;
  const deadline = performance.now() + seconds * 1000;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline && started < MAX_CARTS) {
        started += 1;
        const t0 = performance.now();
        await createCart(agent, url);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - begin) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pick = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { carts: latencies.length, perSecond: latencies.length / elapsed, p50: pick(0.5), p99: pick(0.99) };
}

async function run(label, args) {
  const { child, url } = await startServer(args);
  try {
    await drive(url, 0.5); // warm-up: JIT, sockets
    return { label, ...(await drive(url, SECONDS)) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const results = [];
try {
  results.push(await run('memory', ['--memory']));
  results.push(await run('journal+fsync', ['--home', join(work, 'home')]));
} finally {
  rmSync(work, { recursive: true, force: true });
}

const rows = [];
for (const result of results) {
  rows.push([`sandbox carts created/s (${result.label}, ${CONNECTIONS} keep-alive connections)`, result.perSecond.toFixed(0), `target >= ${TARGET_PER_SECOND}: ${result.perSecond >= TARGET_PER_SECOND ? 'met' : 'NOT met'}`]);
  rows.push([`sandbox cart create p50 latency ms (${result.label})`, result.p50.toFixed(2), '']);
  rows.push([`sandbox cart create p99 latency ms (${result.label})`, result.p99.toFixed(2), '']);
  rows.push([`sandbox carts created in ${SECONDS}s (${result.label})`, String(result.carts), '']);
}
const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(8)}${note === '' ? '' : `  ${note}`}`);
