// The crash test: a sandbox process takes cart writes from 6 keep-alive clients and is killed with SIGKILL at a
// random moment, 50 times. After each kill the store must load (in this process, then in the restarted sandbox)
// and hold every cart whose 201 a client received.
import { mkdtempSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { seededRandom } from '../../src/sandbox/faults.js';
import { SandboxStore } from '../../src/sandbox/store.js';
import { call, CUSTOMER_ID, field, riLineItem } from './sandbox-client.js';
import { buildSandboxCli, startSandboxProcess } from './sandbox-process.js';

const ROUNDS = 50;
const WRITERS = 6;
let cli: string;

beforeAll(async () => {
  cli = await buildSandboxCli();
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

it(`no acknowledged cart is lost across ${ROUNDS} SIGKILLs`, { timeout: 120_000 }, async () => {
  const seed = Date.now() % 2 ** 31;
  const random = seededRandom(seed);
  const home = mkdtempSync(join(tmpdir(), 'pcsh-sandbox-crash-'));
  const storeDirectory = join(home, 'sandbox');
  const acknowledged: string[] = [];
  let previousRound: string[] = [];
  const warnings: string[] = [];

  for (let round = 0; round < ROUNDS; round += 1) {
    const sandbox = await startSandboxProcess(cli, ['--port', '0', '--home', home]);
    // The restarted sandbox serves the carts acknowledged just before the last kill.
    for (const id of previousRound) {
      const got = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}/carts/${id}`);
      expect(got.status, `round ${round}, cart ${id}, seed ${seed}`).toBe(200);
    }

    const agent = new Agent({ keepAlive: true, maxSockets: WRITERS });
    const thisRound: string[] = [];
    let killed = false;
    const writers = Array.from({ length: WRITERS }, async () => {
      while (!killed) {
        try {
          const created = await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts`, { body: { lineItems: [riLineItem()] }, agent });
          if (created.status === 201) thisRound.push(String(field(created.body, 'id')));
        } catch {
          return; // the connection died with the process
        }
      }
    });
    await sleep(5 + Math.floor(random() * 120));
    sandbox.child.kill('SIGKILL');
    killed = true;
    expect(await sandbox.exited).toBe('SIGKILL');
    await Promise.all(writers);
    agent.destroy();
    acknowledged.push(...thisRound);
    warnings.push(...sandbox.stderr().split('\n').filter((line) => line !== ''));

    // The store loads, and holds every acknowledged cart of every round so far.
    const store = await SandboxStore.open(storeDirectory, (line) => warnings.push(line));
    const missing = acknowledged.filter((id) => !store.state.carts.has(id));
    await store.close();
    expect(missing, `round ${round}, seed ${seed}`).toEqual([]);
    previousRound = thisRound;
  }

  expect(acknowledged.length).toBeGreaterThan(ROUNDS * 5);
  // Only torn-record warnings may appear; anything else is a bug.
  expect(warnings.filter((line) => !/dropped a torn last record/.test(line))).toEqual([]);
});
