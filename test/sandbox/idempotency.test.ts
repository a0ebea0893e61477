// MS-RequestId idempotency (headers.md: "used to ensure id-potency … the retry call should include the same value").
// The sandbox replays the first outcome of a completed request; see src/sandbox/README.md for the choice.
import { describe, expect, it } from 'vitest';
import { REPLAY_HEADER } from '../../src/sandbox/index.js';
import { basicLineItem, call, cartCount, CUSTOMER_ID, field, partnerFd, requestIdHeaders, riLineItem, sandboxesClosedAfterEach } from './sandbox-client.js';

const sandbox = sandboxesClosedAfterEach();

const carts = `/v1/customers/${CUSTOMER_ID}/carts`;
const replayHeader = REPLAY_HEADER.toLowerCase();

describe('a repeated MS-RequestId replays the first outcome and changes nothing', () => {
  it.each([
    ['a created cart (201)', { lineItems: [riLineItem()] }, 201],
    ['a business failure (400039)', { lineItems: [basicLineItem({ termDuration: undefined })] }, 400],
    ['a cart with a line error (201)', { lineItems: [basicLineItem({ quantity: 30 })] }, 201],
  ])('%s', async (_name, body, status) => {
    const server = await sandbox();
    const headers = requestIdHeaders();
    const before = await cartCount(server);
    const first = await call(server.url, 'POST', carts, { body, headers });
    const second = await call(server.url, 'POST', carts, { body, headers: { ...headers, 'MS-CorrelationId': 'f6e5d4c3-b2a1-4000-8000-000000000001' } });
    expect(first.status).toBe(status);
    expect(second.status).toBe(status);
    expect(second.text).toBe(first.text);
    expect(first.headers[replayHeader]).toBeUndefined();
    expect(second.headers[replayHeader]).toBe('true');
    expect(second.headers['ms-requestid']).toBe(headers['MS-RequestId']);
    expect(second.headers['ms-correlationid']).toBe('f6e5d4c3-b2a1-4000-8000-000000000001');
    expect(await cartCount(server)).toBe(before + (status === 201 ? 1 : 0));
  });

  it('a repeated checkout replays its 201 result instead of 800065', async () => {
    const server = await sandbox();
    const created = await call(server.url, 'POST', carts, { body: { lineItems: [riLineItem()] } });
    const path = `${carts}/${String(field(created.body, 'id'))}/checkout`;
    const headers = requestIdHeaders();
    const first = await call(server.url, 'POST', path, { headers });
    const again = await call(server.url, 'POST', path, { headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(field((await call(server.url, 'GET', `/v1/customers/${CUSTOMER_ID}/orders`)).body, 'totalCount')).toBe(1);
  });

  it('duplicates that arrive while the first is in flight wait for it and get its outcome', async () => {
    const server = await sandbox();
    server.setFaults({ routes: { createCart: { delayMs: 200 } } });
    const headers = requestIdHeaders();
    const body = { lineItems: [riLineItem()] };
    const results = await Promise.all([0, 1, 2].map(() => call(server.url, 'POST', carts, { body, headers })));
    expect(results.map((result) => result.status)).toEqual([201, 201, 201]);
    expect(new Set(results.map((result) => result.text)).size).toBe(1);
    expect(await cartCount(server)).toBe(1);
  });

  it('the same id with a different request is refused, not replayed', async () => {
    const server = await sandbox();
    const headers = requestIdHeaders();
    await call(server.url, 'POST', carts, { body: { lineItems: [riLineItem()] }, headers });
    const other = await call(server.url, 'POST', carts, { body: { lineItems: [riLineItem({ quantity: 3 })] }, headers });
    expect(other.status).toBe(400);
    expect(other.body).toEqual(
      partnerFd(800002, `MS-RequestId ${headers['MS-RequestId']} was already used for a different request. Send a new MS-RequestId with each new operation and reuse it only to retry the same request.`),
    );
  });

  it('requests without MS-RequestId are never replayed', async () => {
    const server = await sandbox();
    const body = { lineItems: [riLineItem()] };
    const first = await call(server.url, 'POST', carts, { body });
    const second = await call(server.url, 'POST', carts, { body });
    expect(field(second.body, 'id')).not.toBe(field(first.body, 'id'));
    expect(await cartCount(server)).toBe(2);
  });

  it('a 409 (800064) is not an outcome: retrying the same id later proceeds', async () => {
    const server = await sandbox();
    const created = await call(server.url, 'POST', carts, { body: { lineItems: [riLineItem()] } });
    const path = `${carts}/${String(field(created.body, 'id'))}/checkout`;
    server.setFaults({ routes: { checkoutCart: { delayMs: 200 } } });
    const ids = [requestIdHeaders(), requestIdHeaders()];
    const results = await Promise.all(ids.map((headers) => call(server.url, 'POST', path, { headers })));
    expect(results.map((result) => result.status).sort()).toEqual([201, 409]);
    const refused = ids[results.findIndex((result) => result.status === 409)] ?? {};
    server.setFaults({});
    const later = await call(server.url, 'POST', path, { headers: refused });
    expect(later.status).toBe(400); // 800065 now: the earlier 409 was not recorded
    expect(field(later.body, 'code')).toBe(800065);
  });
});

describe('resets after the write', () => {
  it('a client that retries with the same MS-RequestId creates exactly one cart per logical create', async () => {
    const server = await sandbox();
    // 30 % of cart creations are committed and then lose their connection, 20 % lose it before; seeded, so repeatable.
    server.setFaults({ seed: 7, routes: { createCart: { resetAfterRate: 0.3, resetBeforeRate: 0.2 } } });
    let resets = 0;
    for (let cart = 0; cart < 40; cart += 1) {
      const headers = requestIdHeaders();
      for (;;) {
        try {
          const result = await call(server.url, 'POST', carts, { body: { lineItems: [riLineItem()] }, headers });
          expect(result.status).toBe(201);
          break;
        } catch {
          resets += 1; // ECONNRESET / socket hang up: retry with the same MS-RequestId
        }
      }
    }
    expect(resets).toBeGreaterThan(10);
    expect(await cartCount(server)).toBe(40);
  });
});
