// Fault injection: 429 with Retry-After (api-throttling-guidance.md's body and header), 500/503, delay, resets
// before and after the write, per-route plans, the admin endpoint, and seeded determinism.
import { describe, expect, it } from 'vitest';
import type { FaultPlan, SandboxServer } from '../../src/sandbox/index.js';
import { call, cartCount, CUSTOMER_ID, partnerFd, requestIdHeaders, riLineItem, sandboxesClosedAfterEach } from './sandbox-client.js';

const start = sandboxesClosedAfterEach();

function sandbox(faults: FaultPlan = {}): Promise<SandboxServer> {
  return start({ faults });
}

const carts = `/v1/customers/${CUSTOMER_ID}/carts`;
const cartBody = { lineItems: [riLineItem()] };

describe('answers', () => {
  it.each([
    ['429 with Retry-After', { rate429: 1, retryAfterSeconds: 57 }, 429, { statusCode: 429, message: 'Rate limit is exceeded. Try again in 57 seconds.' }, '57'],
    ['429, default Retry-After', { rate429: 1 }, 429, { statusCode: 429, message: 'Rate limit is exceeded. Try again in 1 seconds.' }, '1'],
    ['500', { rate500: 1 }, 500, partnerFd(800003, 'Unexpected service error'), undefined],
    ['503', { rate503: 1 }, 503, partnerFd(800003, 'The service is temporarily unavailable. Try again later.'), undefined],
  ])('%s', async (_name, plan, status, body, retryAfter) => {
    const server = await sandbox(plan);
    const headers = requestIdHeaders();
    const result = await call(server.url, 'POST', carts, { body: cartBody, headers });
    expect(result.status).toBe(status);
    expect(result.body).toEqual(body);
    expect(result.headers['retry-after']).toBe(retryAfter);
    expect(result.headers['ms-requestid']).toBe(headers['MS-RequestId']);
    expect(await cartCount(server)).toBe(0);
    // A faulted request is not an outcome: the same MS-RequestId succeeds once the fault is gone.
    server.setFaults({});
    expect((await call(server.url, 'POST', carts, { body: cartBody, headers })).status).toBe(201);
  });

  it('a delay holds the response', async () => {
    const server = await sandbox({ delayMs: 250 });
    const start = performance.now();
    expect((await call(server.url, 'GET', `/v1/customers/${CUSTOMER_ID}`)).status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(240);
  });

  it.each([
    ['before the write: nothing is created', { resetBeforeRate: 1 }, 0],
    ['after the write: the cart exists', { resetAfterRate: 1 }, 1],
  ])('a reset %s', async (_name, plan, expected) => {
    const server = await sandbox(plan);
    await expect(call(server.url, 'POST', carts, { body: cartBody })).rejects.toThrow(/socket hang up|ECONNRESET/);
    server.setFaults({});
    expect(await cartCount(server)).toBe(expected);
  });
});

describe('plans', () => {
  it.each([
    ['by route name', { routes: { getCustomer: { rate503: 1 } } }],
    ['by method and template', { routes: { 'GET /v1/customers/{customer-id}': { rate503: 1 } } }],
  ])('a per-route plan (%s) faults that route only', async (_name, plan) => {
    const server = await sandbox(plan);
    expect((await call(server.url, 'GET', `/v1/customers/${CUSTOMER_ID}`)).status).toBe(503);
    expect((await call(server.url, 'POST', carts, { body: cartBody })).status).toBe(201);
  });

  it('a route setting overrides the server-wide one', async () => {
    const server = await sandbox({ rate429: 1, routes: { createCart: { rate429: 0 } } });
    expect((await call(server.url, 'POST', carts, { body: cartBody })).status).toBe(201);
    expect((await call(server.url, 'GET', `/v1/customers/${CUSTOMER_ID}`)).status).toBe(429);
  });

  it('the same seed gives the same faults', async () => {
    const statuses = async (): Promise<number[]> => {
      const server = await sandbox({ seed: 42, rate429: 0.3, rate500: 0.2 });
      const seen: number[] = [];
      for (let index = 0; index < 30; index += 1) seen.push((await call(server.url, 'GET', `/v1/customers/${CUSTOMER_ID}`)).status);
      return seen;
    };
    const first = await statuses();
    expect(await statuses()).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 429, 500]));
  });

  it('admin routes are not faulted', async () => {
    const server = await sandbox({ rate503: 1 });
    expect((await call(server.url, 'GET', '/_sandbox/health')).status).toBe(200);
  });

  it('setFaults rejects an invalid plan', async () => {
    const server = await sandbox();
    expect(() => server.setFaults({ rate429: 0.7, rate500: 0.7 })).toThrow('Invalid fault plan: faults: the rates add up to 1.4, more than 1.');
  });
});

describe('admin endpoint /_sandbox/faults', () => {
  it('sets, reads and clears the plan', async () => {
    const server = await sandbox();
    const plan = { seed: 3, routes: { createCart: { rate429: 1, retryAfterSeconds: 2 } } };
    const set = await call(server.url, 'POST', '/_sandbox/faults', { body: plan, token: null });
    expect(set.status).toBe(200);
    expect(set.body).toEqual(plan);
    expect((await call(server.url, 'GET', '/_sandbox/faults', { token: null })).body).toEqual(plan);
    expect((await call(server.url, 'POST', carts, { body: cartBody })).status).toBe(429);
    expect((await call(server.url, 'DELETE', '/_sandbox/faults', { token: null })).body).toEqual({});
    expect((await call(server.url, 'POST', carts, { body: cartBody })).status).toBe(201);
  });

  it.each([
    ['a rate above 1', { rate429: 2 }, 'faults.rate429 must be a number from 0 to 1.'],
    ['rates adding up past 1', { rate500: 0.6, resetAfterRate: 0.6 }, 'faults: the rates add up to 1.2, more than 1.'],
    ['a negative delay', { delayMs: -1 }, 'faults.delayMs must be a number of 0 or more.'],
    ['a fractional seed', { seed: 1.5 }, 'faults.seed must be an integer.'],
    ['a bad route setting', { routes: { token: { rate503: 'all' } } }, 'faults.routes["token"].rate503 must be a number from 0 to 1.'],
    ['not an object', [1], 'faults must be an object.'],
  ])('refuses %s with 400', async (_name, plan, message) => {
    const server = await sandbox();
    const result = await call(server.url, 'POST', '/_sandbox/faults', { body: plan });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ error: message });
  });
});
