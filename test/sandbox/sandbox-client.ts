/**
 * Test helpers: a small HTTP client for the sandbox (node:http with keep-alive, so tests see exact statuses,
 * headers and bodies, including connection resets) and the fixtures the contract tests share.
 */
import { Agent, request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { afterEach } from 'vitest';
import { SANDBOX_IDENTITY, startSandbox, type SandboxOptions, type SandboxServer } from '../../src/sandbox/index.js';

/** The seed help example's customer and catalog item (help/New-PartnerCustomerCart.md). */
export const CUSTOMER_ID = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
export const RI_ITEM_ID = 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB';
export const BASIC_ITEM_ID = 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S';
export const LOCAL_TOKEN = SANDBOX_IDENTITY.localToken;

/** The seed example's line item, as the SDK serializes it. */
export function riLineItem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 0,
    catalogItemId: RI_ITEM_ID,
    friendlyName: 'Sample RI Purchase',
    quantity: 10,
    billingCycle: 'one_time',
    provisioningContext: { duration: '1Year', scope: 'shared', subscriptionId: 'b35d5324-df8e-4306-9023-6edac2d4896c' },
    ...overrides,
  };
}

/** A monthly NCE line item. */
export function basicLineItem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 0, catalogItemId: BASIC_ITEM_ID, quantity: 1, billingCycle: 'monthly', termDuration: 'P1M', ...overrides };
}

/** What came back. `body` is the parsed JSON, or the text when it is not JSON. */
export interface HttpResult {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly text: string;
  readonly body: unknown;
}

/** Options of one request. */
export interface CallOptions {
  /** JSON body (serialized), or a raw string / Buffer sent as is. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Bearer token; default the local token; `null` sends no Authorization header. */
  readonly token?: string | null;
  readonly agent?: Agent;
}

const sharedAgent = new Agent({ keepAlive: true, maxSockets: 16 });

/** Sends one request and resolves with status, headers and body; rejects on a connection error (e.g. a reset). */
export function call(baseUrl: string, method: string, path: string, options: CallOptions = {}): Promise<HttpResult> {
  const url = new URL(path, baseUrl);
  const raw = options.body;
  const payload = raw === undefined ? undefined : typeof raw === 'string' || Buffer.isBuffer(raw) ? raw : JSON.stringify(raw);
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }),
    ...(options.token === null ? {} : { authorization: `Bearer ${options.token ?? LOCAL_TOKEN}` }),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: options.agent ?? sharedAgent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON: keep the text
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body });
      });
    });
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** A new MS-RequestId header. */
export function requestIdHeaders(requestId: string = randomUUID()): Record<string, string> {
  return { 'MS-RequestId': requestId, 'MS-CorrelationId': randomUUID() };
}

/** The PartnerFD error body shape. */
export function partnerFd(code: number, description: string, data: readonly unknown[] = []): Record<string, unknown> {
  return { code, description, data, source: 'PartnerFD' };
}

/** Reads a property of a JSON body. */
export function field(body: unknown, ...path: readonly (string | number)[]): unknown {
  let value: unknown = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Starts sandboxes for a test file and closes them after each test. Call at the top level of the file. */
export function sandboxesClosedAfterEach(): (options?: SandboxOptions) => Promise<SandboxServer> {
  const started: SandboxServer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((sandbox) => sandbox.close()));
  });
  return async (options = {}) => {
    const sandbox = await startSandbox(options);
    started.push(sandbox);
    return sandbox;
  };
}

/** How many carts a sandbox holds (admin health route). */
export async function cartCount(server: SandboxServer): Promise<number> {
  return Number(field((await call(server.url, 'GET', '/_sandbox/health')).body, 'carts'));
}
