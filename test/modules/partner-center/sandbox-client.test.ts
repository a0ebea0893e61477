/**
 * The REST client against the real sandbox (src/sandbox/) over HTTP: injected 429 / 503 / connection resets on
 * create end with exactly one cart, every attempt carrying the same MS-RequestId; a faulty run of many creates
 * makes no duplicate; the service's errors arrive typed with their code and description.
 * Facts: /work/shared/reference/partner-center.md §3.2, §3.5, §3.6 (idempotency), §3.7 (throttling).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutCart, createCart, getCart, updateCart } from '../../../src/modules/partner-center/api/carts.js';
import { PartnerClient, type RequestObserver } from '../../../src/modules/partner-center/api/client.js';
import { PartnerServiceError } from '../../../src/modules/partner-center/api/errors.js';
import { startSandbox, type FaultPlan, type SandboxServer } from '../../../src/sandbox/index.js';
import { CUSTOMER, SEED_CART } from './fixtures.js';

const seedCart = SEED_CART;

let sandbox: SandboxServer;
let client: PartnerClient;

async function cartCount(): Promise<number> {
  const health = (await (await fetch(`${sandbox.url}/_sandbox/health`)).json()) as { carts: number };
  return health.carts;
}

/** Records each attempt's MS-RequestId and whether the sandbox replayed the answer. */
function recorder(): { observer: RequestObserver; requestIds: string[]; replayed: boolean[]; retries: number } {
  const result = { requestIds: [] as string[], replayed: [] as boolean[], retries: 0, observer: {} as RequestObserver };
  result.observer = {
    onDebug: (text) => {
      const id = /^MS-RequestId: (.*)$/m.exec(text)?.[1];
      if (text.startsWith('HTTP request') && id !== undefined) result.requestIds.push(id);
      if (text.startsWith('HTTP response')) result.replayed.push(/^x-sandbox-replayed: true$/im.test(text));
    },
    onRetry: () => {
      result.retries++;
      // The fault hit the first attempt; the retry finds the sandbox healthy again.
      sandbox.setFaults({});
    },
  };
  return result;
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  client = await PartnerClient.create({
    endpoint: sandbox.url,
    accessToken: async () => sandbox.identity.localToken,
    correlationId: '9b2f6a70-3f0e-4d8c-8a43-2f5d7a1c9e11',
    userAgent: 'pcsh/test',
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    sleep: async () => undefined,
  });
});
afterAll(async () => {
  client.close();
  await sandbox.close();
});

describe('a faulty create makes exactly one cart, with one MS-RequestId', () => {
  it.each<[string, FaultPlan, boolean]>([
    ['429 with Retry-After', { routes: { createCart: { rate429: 1, retryAfterSeconds: 1 } } }, false],
    ['503', { routes: { createCart: { rate503: 1 } } }, false],
    ['500', { routes: { createCart: { rate500: 1 } } }, false],
    ['reset before the write', { routes: { createCart: { resetBeforeRate: 1 } } }, false],
    // The sandbox committed the cart, then dropped the connection: the retry gets the first outcome replayed.
    ['reset after the write', { routes: { createCart: { resetAfterRate: 1 } } }, true],
  ])('%s', async (_name, plan, replayExpected) => {
    const before = await cartCount();
    sandbox.setFaults(plan);
    const seen = recorder();
    const cart = await createCart(client, CUSTOMER, seedCart, seen.observer);
    expect(seen.retries).toBe(1);
    expect(await cartCount()).toBe(before + 1);
    expect(seen.requestIds).toHaveLength(2);
    expect(new Set(seen.requestIds).size).toBe(1);
    expect(seen.replayed.at(-1)).toBe(replayExpected);
    const fetched = await getCart(client, CUSTOMER, cart.id);
    expect(fetched.lineItems?.[0]?.provisioningContext).toEqual(seedCart.lineItems[0]?.provisioningContext);
  });

  it('creates 40 carts through 35% faults with no duplicate and no failure', async () => {
    const before = await cartCount();
    sandbox.setFaults({ seed: 7, routes: { createCart: { rate429: 0.1, retryAfterSeconds: 1, rate503: 0.1, resetBeforeRate: 0.05, resetAfterRate: 0.1 } } });
    const ids = [];
    for (let i = 0; i < 40; i++) ids.push((await createCart(client, CUSTOMER, seedCart)).id);
    sandbox.setFaults({});
    expect(new Set(ids).size).toBe(40);
    expect(await cartCount()).toBe(before + 40);
  });
});

describe('service errors from the sandbox', () => {
  it('an unknown cart is 404 with code 800008', async () => {
    const error = (await getCart(client, CUSTOMER, 'a3c8d1f0-5b1e-4a2c-9d0e-2b7f3c4d5e6f').catch((e: unknown) => e)) as PartnerServiceError;
    expect(error).toBeInstanceOf(PartnerServiceError);
    expect([error.statusCode, error.code, error.source]).toEqual([404, '800008', 'PartnerFD']);
    expect(error.description).toBeTypeOf('string');
  });

  it('a second checkout is 800065', async () => {
    const cart = await createCart(client, CUSTOMER, seedCart);
    const result = await checkoutCart(client, CUSTOMER, cart.id);
    expect(result.orders?.length).toBeGreaterThan(0);
    const error = (await checkoutCart(client, CUSTOMER, cart.id).catch((e: unknown) => e)) as PartnerServiceError;
    expect(error).toBeInstanceOf(PartnerServiceError);
    expect([error.statusCode, error.code]).toEqual([400, '800065']);
  });

  it('an update replaces the line items', async () => {
    const cart = await createCart(client, CUSTOMER, seedCart);
    const item = { ...(seedCart.lineItems[0] as NonNullable<(typeof seedCart.lineItems)[0]>), quantity: 3 };
    const updated = await updateCart(client, CUSTOMER, cart.id, { id: cart.id, lineItems: [item] });
    expect(updated.lineItems?.[0]?.quantity).toBe(3);
  });

  it('a request without a valid token is 401', async () => {
    const anonymous = await PartnerClient.create({ endpoint: sandbox.url, accessToken: async () => 'not-a-token', correlationId: 'c', userAgent: 'pcsh/test' });
    const error = (await getCart(anonymous, CUSTOMER, 'x').catch((e: unknown) => e)) as PartnerServiceError;
    anonymous.close();
    expect(error).toBeInstanceOf(PartnerServiceError);
    expect(error.statusCode).toBe(401);
  });
});
