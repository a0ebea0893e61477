// The standalone sandbox (`npm run sandbox -- --port N`, `pcsh -Sandbox`): prints its URL, serves, stops cleanly on
// SIGINT and SIGTERM with exit code 0; flags for the store and faults; usage errors exit 2, a busy store exits 1.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_USAGE } from '../../src/sandbox/main.js';
import { call, CUSTOMER_ID, riLineItem } from './sandbox-client.js';
import { buildSandboxCli, runSandboxProcess, startSandboxProcess } from './sandbox-process.js';

let cli: string;
beforeAll(async () => {
  cli = await buildSandboxCli();
});

function home(): string {
  return mkdtempSync(join(tmpdir(), 'pcsh-sandbox-home-'));
}

describe('running', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('prints its URL and store, serves, and stops on %s with exit code 0', async (signal) => {
    const pcshHome = home();
    const sandbox = await startSandboxProcess(cli, ['--port', '0'], { ...process.env, PCSH_HOME: pcshHome });
    expect(sandbox.stdout()).toMatch(new RegExp(`^Partner Center sandbox: http://127\\.0\\.0\\.1:\\d+\\nStore: ${join(pcshHome, 'sandbox')}\\n`));
    expect((await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`)).status).toBe(200);
    sandbox.child.kill(signal);
    expect(await sandbox.exited).toBe(0);
    expect(sandbox.stdout().endsWith('Press Ctrl+C to stop.\nPartner Center sandbox stopped.\n')).toBe(true);
    expect(sandbox.stderr()).toBe('');
  });

  it('--memory keeps nothing; --home picks the store', async () => {
    const memory = await startSandboxProcess(cli, ['--memory']);
    expect(memory.stdout()).toContain('\nStore: in memory\n');
    memory.child.kill('SIGTERM');
    await memory.exited;
    const dir = home();
    const persistent = await startSandboxProcess(cli, ['--home', dir]);
    expect(persistent.stdout()).toContain(`\nStore: ${join(dir, 'sandbox')}\n`);
    persistent.child.kill('SIGTERM');
    expect(await persistent.exited).toBe(0);
  });

  it('fault flags, limited to one route', async () => {
    const sandbox = await startSandboxProcess(cli, ['--memory', '--fault-429', '1', '--fault-retry-after', '3', '--fault-route', 'createCart', '--fault-seed', '5']);
    const throttled = await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts`, { body: { lineItems: [riLineItem()] } });
    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBe('3');
    expect((await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`)).status).toBe(200);
    sandbox.child.kill('SIGTERM');
    await sandbox.exited;
  });

  it('a store in use: exit code 1 and the holder’s URL', async () => {
    const dir = home();
    const first = await startSandboxProcess(cli, ['--home', dir]);
    const second = await runSandboxProcess(cli, ['--home', dir]);
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(
      `The sandbox store ${join(dir, 'sandbox')} is in use by process ${String(first.child.pid)} at ${first.url}. Use that sandbox, stop it, or start this one with another store directory (or in memory).\n`,
    );
    first.child.kill('SIGTERM');
    await first.exited;
  });
});

describe('arguments', () => {
  it('--help prints the usage, exit code 0', async () => {
    const result = await runSandboxProcess(cli, ['--help']);
    expect(result).toEqual({ code: 0, stdout: SANDBOX_USAGE, stderr: '' });
  });

  it.each([
    ['an unknown option', ['--bogus'], /^Unknown option '--bogus'/],
    ['a port that is not a number', ['--port', 'abc'], /^--port needs a number, not 'abc'\.\n/],
    ['a port out of range', ['--port', '70000'], /^--port needs a port number from 0 to 65535\.\n/],
    ['a rate above 1', ['--fault-500', '3'], /^faults\.rate500 must be a number from 0 to 1\.\n/],
  ])('%s: the problem and the usage on stderr, exit code 2', async (_name, args, message) => {
    const result = await runSandboxProcess(cli, args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.endsWith(`\n\n${SANDBOX_USAGE}`)).toBe(true);
  });
});
