// The persistent store: data and replays survive a restart; a torn or corrupt journal record is dropped with a
// warning, never a crash; one process per store (lock file), with stale locks of dead processes taken over.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeRecord, readJournal } from '../../src/sandbox/journal.js';
import { readSandboxLock, SandboxStoreLockedError, startSandbox, type SandboxServer } from '../../src/sandbox/index.js';
import { call, CUSTOMER_ID, field, requestIdHeaders, riLineItem } from './sandbox-client.js';

const started: SandboxServer[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((sandbox) => sandbox.close()));
});

function storeDir(): string {
  return mkdtempSync(join(tmpdir(), 'pcsh-sandbox-store-'));
}

async function open(directory: string, log: string[] = []): Promise<SandboxServer> {
  const sandbox = await startSandbox({ storeDirectory: directory, log: (line) => log.push(line) });
  started.push(sandbox);
  return sandbox;
}

async function close(sandbox: SandboxServer): Promise<void> {
  started.splice(started.indexOf(sandbox), 1);
  await sandbox.close();
}

const carts = `/v1/customers/${CUSTOMER_ID}/carts`;

describe('restart', () => {
  it('carts, orders and replays survive a restart', async () => {
    const directory = storeDir();
    const first = await open(directory);
    const headers = requestIdHeaders();
    const created = await call(first.url, 'POST', carts, { body: { lineItems: [riLineItem()] }, headers });
    const id = String(field(created.body, 'id'));
    const checkout = await call(first.url, 'POST', `${carts}/${id}/checkout`);
    await close(first);

    const second = await open(directory);
    expect((await call(second.url, 'GET', `${carts}/${id}`)).body).toMatchObject({ id, status: 'Ordered' });
    expect((await call(second.url, 'GET', `/v1/customers/${CUSTOMER_ID}/orders`)).body).toMatchObject({ totalCount: 1, items: field(checkout.body, 'orders') });
    const replayed = await call(second.url, 'POST', carts, { body: { lineItems: [riLineItem()] }, headers });
    expect(replayed.text).toBe(created.text);
  });

  it('tokens issued before a restart stay valid (the signing key is in the store)', async () => {
    const directory = storeDir();
    const first = await open(directory);
    const issued = await call(first.url, 'POST', `/${first.identity.tenantId}/oauth2/v2.0/token`, {
      token: null,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: first.identity.application.clientId, client_secret: first.identity.application.clientSecret, scope: 'https://api.partnercenter.microsoft.com/.default' }).toString(),
    });
    await close(first);
    const second = await open(directory);
    expect((await call(second.url, 'GET', `/v1/customers/${CUSTOMER_ID}`, { token: String(field(issued.body, 'access_token')) })).status).toBe(200);
    expect((statSync(join(directory, 'token-key')).mode & 0o777).toString(8)).toBe('600');
  });
});

describe('torn and corrupt journal records', () => {
  /** A store with one cart in its snapshot, then a journal holding one more good record and a bad tail. */
  async function storeWithTail(tail: (goodLine: Buffer) => Buffer): Promise<{ directory: string; keptId: string; lostId: string }> {
    const directory = storeDir();
    const source = await startSandbox();
    const kept = await call(source.url, 'POST', carts, { body: { lineItems: [riLineItem()] } });
    const lost = await call(source.url, 'POST', carts, { body: { lineItems: [riLineItem({ quantity: 2 })] } });
    await source.close();
    const entry = (body: unknown): unknown => ({ effects: [{ kind: 'cart', cart: { customerId: CUSTOMER_ID, cart: body, orderedGroups: [] } }] });
    const goodLine = encodeRecord(entry(kept.body));
    writeFileSync(join(directory, 'journal.ndjson'), Buffer.concat([goodLine, tail(encodeRecord(entry(lost.body)))]));
    return { directory, keptId: String(field(kept.body, 'id')), lostId: String(field(lost.body, 'id')) };
  }

  it.each([
    ['a record cut short (no line end)', (line: Buffer) => line.subarray(0, line.length - 20)],
    ['a record whose checksum does not match', (line: Buffer) => Buffer.concat([Buffer.from('00000000'), line.subarray(8)])],
    ['a line of zeros (a torn page)', (line: Buffer) => Buffer.concat([Buffer.alloc(line.length - 1), Buffer.from('\n')])],
  ])('%s is dropped with a warning; the records before it load', async (_name, tail) => {
    const { directory, keptId, lostId } = await storeWithTail(tail);
    const journal = join(directory, 'journal.ndjson');
    const data = readFileSync(journal);
    const offset = data.indexOf(0x0a) + 1;
    const log: string[] = [];
    const sandbox = await open(directory, log);
    expect(log).toEqual([`sandbox: ${journal}: dropped a torn last record (${data.length - offset} bytes at byte ${offset}); it had not been acknowledged.`]);
    expect((await call(sandbox.url, 'GET', `${carts}/${keptId}`)).status).toBe(200);
    expect((await call(sandbox.url, 'GET', `${carts}/${lostId}`)).status).toBe(404);
    expect(statSync(journal).size).toBe(0); // compacted into the snapshot on start
    // and the store goes on working
    expect((await call(sandbox.url, 'POST', carts, { body: { lineItems: [riLineItem()] } })).status).toBe(201);
  });

  it('a corrupt record before good ones is dropped with its own warning; the good ones load', async () => {
    const { directory, keptId } = await storeWithTail((line) => Buffer.concat([Buffer.from('00000000'), line.subarray(8)]));
    const journal = join(directory, 'journal.ndjson');
    const data = readFileSync(journal);
    const [first = Buffer.alloc(0), second = Buffer.alloc(0)] = [data.subarray(0, data.indexOf(0x0a) + 1), data.subarray(data.indexOf(0x0a) + 1)];
    writeFileSync(journal, Buffer.concat([second, first])); // bad record first, good record after it
    const log: string[] = [];
    const sandbox = await open(directory, log);
    expect(log).toEqual([`sandbox: ${journal}: dropped a corrupt record (${second.length} bytes at byte 0); the records after it were kept.`]);
    expect((await call(sandbox.url, 'GET', `${carts}/${keptId}`)).status).toBe(200);
  });

  it('an unreadable snapshot is moved aside with a warning, not a crash', async () => {
    const directory = storeDir();
    writeFileSync(join(directory, 'snapshot.json'), '{"version":1,"customers":[');
    const log: string[] = [];
    const sandbox = await open(directory, log);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^sandbox: .*snapshot\.json could not be read; moved it to .*snapshot\.json\.unreadable-\d+ and started from the journal alone\.$/);
    expect((await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`)).status).toBe(200);
  });

  it.each([
    ['an empty file', '', 0, []],
    ['two good records', 'AB', 2, []],
    ['a good record, a corrupt one, a good one', 'AXB', 2, ['corrupt']],
    ['a good record, then a torn one', 'AT', 1, ['torn']],
  ])('readJournal: %s', (_name, layout, records, problems) => {
    const directory = storeDir();
    const path = join(directory, 'journal.ndjson');
    const lines = [...layout].map((letter) =>
      letter === 'X' ? Buffer.from('deadbeef {"effects":[]}\n') : letter === 'T' ? encodeRecord({ effects: [] }).subarray(0, 5) : encodeRecord({ effects: [], letter }),
    );
    writeFileSync(path, Buffer.concat(lines));
    const contents = readJournal(path);
    expect(contents.records).toHaveLength(records);
    expect(contents.problems.map((problem) => problem.kind)).toEqual(problems);
  });
});

describe('one process per store', () => {
  it('a second sandbox on a store in use is refused, naming the holder and its URL', async () => {
    const directory = storeDir();
    const first = await open(directory);
    const attempt = startSandbox({ storeDirectory: directory });
    await expect(attempt).rejects.toBeInstanceOf(SandboxStoreLockedError);
    await expect(attempt).rejects.toThrow(
      `The sandbox store ${directory} is in use by process ${process.pid} at ${first.url}. Use that sandbox, stop it, or start this one with another store directory (or in memory).`,
    );
    expect(readSandboxLock(directory)).toMatchObject({ pid: process.pid, url: first.url });
    await close(first);
    expect(readSandboxLock(directory)).toBeUndefined();
    expect(existsSync(join(directory, 'sandbox.lock'))).toBe(false);
  });

  it('a lock left by a dead process is taken over', async () => {
    const directory = storeDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(directory, 'sandbox.lock'), JSON.stringify({ pid: Number(dead.stdout), url: 'http://127.0.0.1:1', startedAt: '' }));
    expect(readSandboxLock(directory)).toBeUndefined();
    const sandbox = await open(directory);
    expect(readSandboxLock(directory)).toMatchObject({ pid: process.pid, url: sandbox.url });
  });

  it('a torn lock file (a process killed while writing it) is taken over', async () => {
    const directory = storeDir();
    appendFileSync(join(directory, 'sandbox.lock'), '{"pid":');
    const sandbox = await open(directory);
    expect(readSandboxLock(directory)?.url).toBe(sandbox.url);
  });
});
