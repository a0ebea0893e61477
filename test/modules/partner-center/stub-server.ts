/**
 * A tiny Partner Center stand-in over node:http for client unit tests: it records every request, answers
 * from a per-test script, keeps carts by MS-RequestId (replaying the first outcome, as the sandbox does) and
 * can break the connection after committing a write. The real sandbox (src/sandbox/) is used where it exists.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** What the stub does for one request, in order; when the script is empty it serves the cart routes. */
export type StubStep =
  | { readonly status: number; readonly body?: unknown; readonly headers?: Record<string, string> }
  | { readonly resetBeforeWrite: true }
  | { readonly resetAfterWrite: true }
  | { readonly delayMs: number };

export interface StubServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Carts created, by id. */
  readonly carts: Map<string, Record<string, unknown>>;
  script(...steps: StubStep[]): void;
  /** Forgets requests, carts, replays and unused steps. */
  reset(): void;
  close(): Promise<void>;
}

const EXPIRY_MS = 7 * 24 * 3600 * 1000;

/** Starts the stub on an ephemeral loopback port. */
export async function startStub(): Promise<StubServer> {
  const requests: RecordedRequest[] = [];
  const carts = new Map<string, Record<string, unknown>>();
  const replays = new Map<string, { status: number; body: unknown }>();
  const steps: StubStep[] = [];

  function cartRoutes(request: RecordedRequest): { status: number; body: unknown } {
    const replay = replays.get(String(request.headers['ms-requestid']));
    if (replay !== undefined) return replay;
    const match = /^\/v1\/customers\/([^/]+)\/carts(?:\/([^/]+))?(\/checkout)?$/.exec(request.url);
    let outcome: { status: number; body: unknown };
    if (match === null) outcome = { status: 404, body: { code: 1000, description: 'Not found', data: [], source: 'PartnerFD' } };
    else if (request.method === 'POST' && match[2] === undefined) {
      const input = JSON.parse(request.body) as Record<string, unknown>;
      const now = Date.now();
      const cart = {
        id: randomUUID(),
        creationTimestamp: new Date(now).toISOString(),
        lastModifiedTimestamp: new Date(now).toISOString(),
        expirationTimestamp: new Date(now + EXPIRY_MS).toISOString(),
        lastModifiedUser: '7ec2a7d4-2c1b-4b5e-8e1a-9c1d6f0f1a11',
        status: 'Active',
        lineItems: input['lineItems'],
      };
      carts.set(cart.id, cart);
      outcome = { status: 201, body: cart };
    } else {
      const cart = carts.get(match[2] ?? '');
      if (cart === undefined) outcome = { status: 404, body: { code: 800008, description: 'Unable to retrieve cart Id', data: [], source: 'PartnerFD' } };
      else if (request.method === 'GET') outcome = { status: 200, body: cart };
      else if (request.method === 'PUT') {
        const input = JSON.parse(request.body) as Record<string, unknown>;
        cart['lineItems'] = input['lineItems'];
        outcome = { status: 201, body: cart };
      } else {
        cart['status'] = 'Ordered';
        outcome = { status: 201, body: { orders: [{ id: randomUUID(), referenceCustomerId: match[1], billingCycle: 'one_time', status: 'completed', lineItems: [] }], orderErrors: [] } };
      }
    }
    if (outcome.status < 500 && request.method !== 'GET') replays.set(String(request.headers['ms-requestid']), outcome);
    return outcome;
  }

  function send(response: ServerResponse, request: RecordedRequest, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? '' : JSON.stringify(body);
    response.writeHead(status, {
      'Content-Type': 'application/json',
      'MS-RequestId': String(request.headers['ms-requestid'] ?? ''),
      'MS-CorrelationId': String(request.headers['ms-correlationid'] ?? ''),
      ...headers,
    });
    response.end(text);
  }

  const server: Server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request: RecordedRequest = { method: incoming.method ?? '', url: incoming.url ?? '', headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(request);
      const step = steps.shift();
      if (step === undefined) {
        const { status, body } = cartRoutes(request);
        send(response, request, status, body);
      } else if ('resetBeforeWrite' in step) {
        incoming.socket.destroy();
      } else if ('resetAfterWrite' in step) {
        cartRoutes(request);
        incoming.socket.destroy();
      } else if ('delayMs' in step) {
        setTimeout(() => {
          const { status, body } = cartRoutes(request);
          if (!response.destroyed) send(response, request, status, body);
        }, step.delayMs);
      } else {
        send(response, request, step.status, step.body, step.headers);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    carts,
    script: (...more) => steps.push(...more),
    reset: () => {
      requests.length = 0;
      carts.clear();
      replays.clear();
      steps.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
