/**
 * The REST client against a local HTTP stub: headers, retries (429/5xx/resets) with one MS-RequestId per
 * logical request, typed errors, request and response validation, and -Debug redaction.
 * Facts: /work/shared/reference/partner-center.md §3.2–3.7.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkoutCart, createCart, getCart, updateCart } from '../../../src/modules/partner-center/api/carts.js';
import { PartnerClient, type RetryEvent } from '../../../src/modules/partner-center/api/client.js';
import {
  PartnerConnectionError,
  PartnerServiceError,
  PartnerTimeoutError,
  RequestValidationError,
  ResponseValidationError,
} from '../../../src/modules/partner-center/api/errors.js';
import type { CartRequest } from '../../../src/modules/partner-center/api/models.js';
import { CUSTOMER, SEED_CART } from './fixtures.js';
import { startStub, type StubServer } from './stub-server.js';

const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.c2VjcmV0LXRva2VuLXZhbHVl.';
const CORRELATION = '0f8fad5b-d9cb-469f-a165-70867728950e';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const seedCart = SEED_CART;

let stub: StubServer;
let waits: number[];
let client: PartnerClient;

async function newClient(url: string, retry: Record<string, number> = {}): Promise<PartnerClient> {
  return PartnerClient.create({
    endpoint: url,
    accessToken: async () => TOKEN,
    correlationId: CORRELATION,
    userAgent: 'pcsh/0.1.0 (test)',
    retry: { baseDelayMs: 100, maxDelayMs: 1000, ...retry },
    random: () => 1, // the top of the jitter range: waits are exactly base × 2^n
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
}

beforeAll(async () => {
  stub = await startStub();
  client = await newClient(stub.url);
});
afterAll(async () => {
  client.close();
  await stub.close();
});
afterEach(() => stub.reset());
waits = [];

describe('headers', () => {
  it('sends the documented headers on a create', async () => {
    await createCart(client, CUSTOMER, seedCart);
    const [request] = stub.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`/v1/customers/${CUSTOMER}/carts`);
    expect(request?.headers['authorization']).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers['accept']).toBe('application/json');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['ms-requestid']).toMatch(GUID);
    expect(request?.headers['ms-correlationid']).toBe(CORRELATION);
    expect(request?.headers['x-locale']).toBe('en-US');
    expect(request?.headers['user-agent']).toBe('pcsh/0.1.0 (test)');
    expect(JSON.parse(request?.body ?? '')).toEqual(seedCart);
  });

  it('sends a checkout with an empty body and Content-Length 0', async () => {
    const cart = await createCart(client, CUSTOMER, seedCart);
    await checkoutCart(client, CUSTOMER, cart.id);
    const checkout = stub.requests[1];
    expect(checkout?.url).toBe(`/v1/customers/${CUSTOMER}/carts/${cart.id}/checkout`);
    expect(checkout?.headers['content-length']).toBe('0');
    expect(checkout?.body).toBe('');
  });

  it('uses a new MS-RequestId per logical request and one MS-CorrelationId for all', async () => {
    const cart = await createCart(client, CUSTOMER, seedCart);
    await getCart(client, CUSTOMER, cart.id);
    await updateCart(client, CUSTOMER, cart.id, seedCart);
    const ids = stub.requests.map((r) => r.headers['ms-requestid']);
    expect(new Set(ids).size).toBe(3);
    expect(new Set(stub.requests.map((r) => r.headers['ms-correlationid']))).toEqual(new Set([CORRELATION]));
  });

  it('strips the braces the GUID pattern allows from URL segments', async () => {
    await createCart(client, `{${CUSTOMER}}`, seedCart);
    expect(stub.requests[0]?.url).toBe(`/v1/customers/${CUSTOMER}/carts`);
  });
});

describe('retries keep one MS-RequestId, so a create makes exactly one cart', () => {
  it.each([
    // api-throttling-guidance.md: 429 with Retry-After, body {statusCode, message}.
    ['429 with Retry-After', [{ status: 429, body: { statusCode: 429, message: 'Rate limit is exceeded. Try again in 2 seconds.' }, headers: { 'Retry-After': '2' } }], [2000]],
    ['503 twice', [{ status: 503 }, { status: 503 }], [100, 200]],
    ['500, 502, 504', [{ status: 500 }, { status: 502 }, { status: 504 }], [100, 200, 400]],
    ['connection reset before the write', [{ resetBeforeWrite: true as const }], [100]],
    // The write commits, then the socket dies: the retry must replay, not create a second cart.
    ['connection reset after the write', [{ resetAfterWrite: true as const }], [100]],
    ['reset after the write, then 429', [{ resetAfterWrite: true as const }, { status: 429, headers: { 'Retry-After': '1' } }], [100, 1000]],
  ])('%s', async (_name, steps, expectedWaits) => {
    waits = [];
    stub.script(...steps);
    const cart = await createCart(client, CUSTOMER, seedCart);
    expect(stub.carts.size).toBe(1);
    expect(stub.carts.has(cart.id)).toBe(true);
    expect(stub.requests).toHaveLength(steps.length + 1);
    expect(new Set(stub.requests.map((r) => r.headers['ms-requestid'])).size).toBe(1);
    expect(waits).toEqual(expectedWaits);
  });

  it('reports each retry before waiting', async () => {
    const events: RetryEvent[] = [];
    stub.script({ status: 429, headers: { 'Retry-After': '3' } }, { resetBeforeWrite: true });
    await createCart(client, CUSTOMER, seedCart, { onRetry: (event) => events.push(event) });
    const requestId = String(stub.requests[0]?.headers['ms-requestid']);
    expect(events).toEqual([
      { method: 'POST', path: `/v1/customers/${CUSTOMER}/carts`, requestId, attempt: 1, maxAttempts: 6, delayMs: 3000, reason: { kind: 'status', statusCode: 429, retryAfterSeconds: 3 } },
      { method: 'POST', path: `/v1/customers/${CUSTOMER}/carts`, requestId, attempt: 2, maxAttempts: 6, delayMs: 200, reason: { kind: 'connection', errorCode: 'ECONNRESET' } },
    ]);
  });

  it('gives up after maxAttempts with the last service error', async () => {
    waits = [];
    stub.script(...Array.from({ length: 6 }, () => ({ status: 503, body: { code: 2600, description: 'Service unavailable', data: [], source: 'PartnerFD' } })));
    const error = await createCart(client, CUSTOMER, seedCart).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartnerServiceError);
    expect((error as PartnerServiceError).statusCode).toBe(503);
    expect((error as PartnerServiceError).request.attempts).toBe(6);
    expect(stub.requests).toHaveLength(6);
    expect(stub.carts.size).toBe(0);
  });

  it('does not wait longer than the deadline allows: a long Retry-After ends with the service text', async () => {
    const short = await newClient(stub.url, { deadlineMs: 10_000 });
    stub.script({ status: 429, body: { statusCode: 429, message: 'Rate limit is exceeded. Try again in 57 seconds.' }, headers: { 'Retry-After': '57' } });
    const error = (await createCart(short, CUSTOMER, seedCart).catch((e: unknown) => e)) as PartnerServiceError;
    short.close();
    expect(error).toBeInstanceOf(PartnerServiceError);
    expect([error.statusCode, error.code, error.description, error.retryAfterSeconds]).toEqual([429, undefined, 'Rate limit is exceeded. Try again in 57 seconds.', 57]);
    expect(stub.requests).toHaveLength(1);
  });

  it('does not retry a 4xx business error', async () => {
    stub.script({ status: 400, body: { code: 800009, description: 'Error in Cart item(s)', data: [], source: 'PartnerFD' } });
    const error = (await createCart(client, CUSTOMER, seedCart).catch((e: unknown) => e)) as PartnerServiceError;
    expect(stub.requests).toHaveLength(1);
    expect(error).toBeInstanceOf(PartnerServiceError);
    expect({ status: error.statusCode, code: error.code, description: error.description, source: error.source, attempts: error.request.attempts }).toEqual({
      status: 400,
      code: '800009',
      description: 'Error in Cart item(s)',
      source: 'PartnerFD',
      attempts: 1,
    });
    expect(error.request.requestId).toBe(stub.requests[0]?.headers['ms-requestid']);
    expect(error.request.correlationId).toBe(CORRELATION);
  });
});

describe('connection failures and deadlines', () => {
  it('retries a refused connection and ends with a PartnerConnectionError', async () => {
    const closed = await startStub();
    const url = closed.url;
    await closed.close();
    waits = [];
    const dead = await newClient(url, { maxAttempts: 3 });
    const error = (await getCart(dead, CUSTOMER, 'x').catch((e: unknown) => e)) as PartnerConnectionError;
    dead.close();
    expect(error).toBeInstanceOf(PartnerConnectionError);
    expect(error.errorCode).toBe('ECONNREFUSED');
    expect(error.request.attempts).toBe(3);
    expect(waits).toEqual([100, 200]);
  });

  it('ends with a PartnerTimeoutError when attempts time out past the deadline', async () => {
    const slow = await PartnerClient.create({
      endpoint: stub.url,
      accessToken: async () => TOKEN,
      correlationId: CORRELATION,
      userAgent: 'pcsh/0.1.0 (test)',
      retry: { attemptTimeoutMs: 50, deadlineMs: 120, baseDelayMs: 1, maxDelayMs: 1 },
    });
    stub.script({ delayMs: 400 }, { delayMs: 400 }, { delayMs: 400 }, { delayMs: 400 });
    const error = (await getCart(slow, CUSTOMER, 'x').catch((e: unknown) => e)) as PartnerTimeoutError;
    slow.close();
    expect(error).toBeInstanceOf(PartnerTimeoutError);
    expect(error.lastError).toBeInstanceOf(PartnerConnectionError);
    expect((error.lastError as PartnerConnectionError).errorCode).toBe('ETIMEDOUT');
  });
});

describe('service errors', () => {
  it.each([
    // error-codes.md: numeric code on the wire, source PartnerFD.
    [404, { code: 800008, description: 'Unable to retrieve cart Id', data: [], source: 'PartnerFD' }, '800008', 'Unable to retrieve cart Id'],
    // The documented schema has a string code: accepted too.
    [400, { code: '3000', description: 'Invalid property', data: ['lineItems'], source: 'PartnerFD' }, '3000', 'Invalid property'],
    [401, { code: 2200, description: 'Token is expired.', data: [], source: 'PartnerFD' }, '2200', 'Token is expired.'],
    // A body that is not the documented shape: no code, no description.
    [403, { unexpected: true }, undefined, undefined],
    [409, 'not json', undefined, undefined],
  ])('HTTP %i', async (status, body, code, description) => {
    stub.script({ status, body });
    const error = (await getCart(client, CUSTOMER, 'cart').catch((e: unknown) => e)) as PartnerServiceError;
    expect(error).toBeInstanceOf(PartnerServiceError);
    expect([error.statusCode, error.code, error.description]).toEqual([status, code, description]);
  });
});

describe('request validation: nothing is sent', () => {
  const item = seedCart.lineItems[0] as NonNullable<(typeof seedCart.lineItems)[0]>;
  it.each([
    ['no line items', { lineItems: [] }, 'lineItems', 'must NOT have fewer than 1 items'],
    ['quantity 0', { lineItems: [{ ...item, quantity: 0 }] }, 'lineItems[0].quantity', 'must be >= 1'],
    ['billing cycle Unknown', { lineItems: [{ ...item, billingCycle: 'unknown' }] }, 'lineItems[0].billingCycle', 'must not be unknown'],
    ['PascalCase billing cycle', { lineItems: [{ ...item, billingCycle: 'OneTime' }] }, 'lineItems[0].billingCycle', 'must match pattern "^[a-z]+(_[a-z]+)*$"'],
    ['bad term duration', { lineItems: [{ ...item, termDuration: '1 year' }] }, 'lineItems[0].termDuration', 'must match pattern "^P[0-9]+[DWMY]$"'],
    ['empty catalog item id', { lineItems: [{ ...item, catalogItemId: '' }] }, 'lineItems[0].catalogItemId', 'must NOT have fewer than 1 characters'],
    ['the table spelling catalogId', { lineItems: [{ ...item, catalogItemId: undefined, catalogId: 'X' }] }, 'lineItems[0].catalogItemId', 'is required'],
    ['a non-string provisioning value', { lineItems: [{ ...item, provisioningContext: { duration: 1 } }] }, 'lineItems[0].provisioningContext.duration', 'must be string'],
    ['lower-case currency', { lineItems: [{ ...item, currencyCode: 'usd' }] }, 'lineItems[0].currencyCode', 'must match pattern "^[A-Z]{3}$"'],
    ['an unknown property', { lineItems: [{ ...item, error: null }] }, 'lineItems[0].error', 'is not a property pcsh may send'],
    ['renewsTo without a term', { lineItems: [{ ...item, renewsTo: {} }] }, 'lineItems[0].renewsTo.termDuration', 'is required'],
  ])('%s', async (_name, body, field, problem) => {
    const error = (await createCart(client, CUSTOMER, JSON.parse(JSON.stringify(body)) as CartRequest).catch((e: unknown) => e)) as RequestValidationError;
    expect(error).toBeInstanceOf(RequestValidationError);
    expect([error.field, error.problem]).toEqual([field, problem]);
    expect(stub.requests).toHaveLength(0);
  });
});

describe('response validation: lenient where the docs disagree, strict on shape', () => {
  const cart = {
    id: 'a3c8d1f0-5b1e-4a2c-9d0e-2b7f3c4d5e6f',
    creationTimeStamp: '2019-09-24T21:52:05.0766627Z',
    lastModifiedTimestamp: '2019-09-24T21:52:05.0766627Z',
    expirationTimestamp: '2019-10-01T21:52:05.0766627Z',
    lastModifiedUser: '7ec2a7d4-2c1b-4b5e-8e1a-9c1d6f0f1a11',
    status: 'Active',
    lineItems: [{ id: 0, catalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', quantity: 10, billingCycle: 'one_time' }],
  };
  const line = cart.lineItems[0] as Record<string, unknown>;
  it.each([
    ['…TimeStamp spelling', cart],
    ['catalogId instead of catalogItemId', { ...cart, lineItems: [{ id: 0, catalogId: 'MS-AZR-0145P', quantity: 1, billingCycle: 'monthly' }] }],
    ['a string line item id', { ...cart, lineItems: [{ ...line, id: '1' }] }],
    ['an unknown billing cycle', { ...cart, lineItems: [{ ...line, billingCycle: 'triennial' }] }],
    ['renewsTo as an array', { ...cart, lineItems: [{ ...line, renewsTo: [{ termDuration: 'P1Y' }] }] }],
    ['renewsTo as an object', { ...cart, lineItems: [{ ...line, renewsTo: { termDuration: 'P1Y' } }] }],
    ['a line error with an integer code', { ...cart, lineItems: [{ ...line, error: { errorCode: 10001, errorDescription: 'Catalog item id is not valid.' } }] }],
    ['properties pcsh does not know', { ...cart, PartnerOnRecordAttestationAccepted: true, links: { self: { uri: '/x', method: 'GET', headers: [] } } }],
    ['a timestamp without a zone', { ...cart, expirationTimestamp: '2019-10-01T21:52:05' }],
  ])('accepts %s', async (_name, body) => {
    stub.script({ status: 200, body });
    await expect(getCart(client, CUSTOMER, cart.id)).resolves.toEqual(body);
  });

  it.each([
    ['no id', { ...cart, id: undefined }, 'id', 'is required'],
    ['a numeric id', { ...cart, id: 5 }, 'id', 'must be string'],
    ['a quantity that is not a number', { ...cart, lineItems: [{ ...line, quantity: 'ten' }] }, 'lineItems[0].quantity', 'must be integer,null'],
    ['line items that are not an array', { ...cart, lineItems: {} }, 'lineItems', 'must be array'],
    ['a date that is not a date', { ...cart, creationTimeStamp: 'yesterday' }, 'creationTimeStamp', 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$"'],
    ['a line item without a catalog id', { ...cart, lineItems: [{ id: 0, quantity: 1 }] }, 'lineItems[0].catalogItemId', 'is required'],
  ])('rejects %s', async (_name, body, path, problem) => {
    stub.script({ status: 200, body });
    const error = (await getCart(client, CUSTOMER, cart.id).catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect([error.path, error.problem]).toEqual([path, problem]);
  });

  it('rejects an empty body', async () => {
    stub.script({ status: 200, body: undefined, headers: {} });
    const error = (await getCart(client, CUSTOMER, cart.id).catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect([error.path, error.problem]).toEqual(['', 'must be object']);
  });
});

describe('-Debug text', () => {
  it('shows requests and responses with the bearer token redacted', async () => {
    const lines: string[] = [];
    stub.script({ status: 503 });
    await createCart(client, CUSTOMER, seedCart, { onDebug: (text) => lines.push(text) });
    const requestId = String(stub.requests[0]?.headers['ms-requestid']);
    expect(lines).toHaveLength(4);
    expect(lines[0]?.split('\n').slice(0, 9)).toEqual([
      `HTTP request (attempt 1): POST ${stub.url}/v1/customers/${CUSTOMER}/carts`,
      'Accept: application/json',
      'Authorization: Bearer [redacted]',
      'Content-Type: application/json',
      'MS-Contract-Version: v1',
      `MS-CorrelationId: ${CORRELATION}`,
      `MS-RequestId: ${requestId}`,
      'User-Agent: pcsh/0.1.0 (test)',
      'X-Locale: en-US',
    ]);
    expect(lines[1]?.split('\n')[0]).toMatch(/^HTTP response \(attempt 1\): 503 Service Unavailable in \d+ ms$/);
    expect(lines[3]?.split('\n')[0]).toMatch(/^HTTP response \(attempt 2\): 201 Created in \d+ ms$/);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });
});
