/**
 * The request pipeline: route → body (with a size limit) → fault → auth → MS-RequestId replay → handler →
 * commit and durability → response. Every response carries MS-RequestId and MS-CorrelationId (echoed, or new
 * when the client sent none), X-Locale, MS-CV and MS-ServerId, as the service's responses do.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from './api-auth.js';
import { faultPlanProblem, type FaultInjector, type FaultPlan } from './faults.js';
import { isLoopbackAddress, type SandboxIdentity } from './identity.js';
import type { OAuthEndpoints, OAuthOutcome } from './oauth.js';
import type { ApiOutcome, ApiRequest, PartnerApi } from './partner-api.js';
import { matchRoute, type RouteDefinition } from './routes.js';
import { formatText, GatewayStrings, partnerFdError, PartnerFdErrorCode, PartnerFdStrings } from './service-errors.js';
import type { JournalEntry, ReplayRecord } from './state.js';
import type { SandboxStore } from './store.js';
import type { TokenSigner } from './tokens.js';

/** Everything the pipeline works with. */
export interface PipelineParts {
  readonly store: SandboxStore;
  readonly api: PartnerApi;
  readonly oauth: OAuthEndpoints;
  readonly faults: FaultInjector;
  readonly identity: SandboxIdentity;
  readonly signer: TokenSigner;
  readonly clock: () => number;
  readonly bodyLimitBytes: number;
  readonly log: (line: string) => void;
}

/** Header a replayed response carries, so a client or test can tell it from a fresh one. */
export const REPLAY_HEADER = 'X-Sandbox-Replayed';

const JSON_TYPE = 'application/json; charset=utf-8';

/** Statuses that are a request's final outcome and are replayed; 401, 408, 409 and 429 invite a retry instead. */
function isFinalOutcome(status: number): boolean {
  return status < 500 && ![401, 408, 409, 429].includes(status);
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text.trim() === '' ? undefined : text.trim();
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'tooLarge'> {
  if (Number(request.headers['content-length'] ?? 0) > limit) return Promise.resolve('tooLarge');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.pause();
        resolve('tooLarge');
      } else {
        chunks.push(chunk);
      }
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

function isJsonType(contentType: string | undefined): boolean {
  if (contentType === undefined) return true; // the SDK sends one; a missing header is read as JSON
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || type === 'text/json' || type.endsWith('+json');
}

/** Builds the `(request, response)` listener of the sandbox's HTTP server. */
export function createRequestListener(parts: PipelineParts): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const locale = header(request, 'x-locale') ?? 'en-US';
    const common: Record<string, string> = {
      'MS-RequestId': header(request, 'ms-requestid') ?? randomUUID(),
      'MS-CorrelationId': header(request, 'ms-correlationid') ?? randomUUID(),
      'X-Locale': `${locale},${locale}`,
      'MS-CV': `${randomBytes(12).toString('base64')}.0`,
      'MS-ServerId': 'pcsh-sandbox',
    };
    handle(parts, request, response, common).catch((error: unknown) => {
      parts.log(`sandbox: ${request.method ?? ''} ${request.url ?? ''} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      if (!response.headersSent) {
        const body = JSON.stringify(partnerFdError(PartnerFdErrorCode.ServiceException, PartnerFdStrings.ServiceException));
        response.writeHead(500, { ...common, 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(body)) });
        response.end(body);
      } else {
        response.destroy();
      }
    });
  };
}

async function handle(parts: PipelineParts, request: IncomingMessage, response: ServerResponse, common: Readonly<Record<string, string>>): Promise<void> {
  const method = request.method ?? 'GET';
  const url = new URL(request.url ?? '/', 'http://sandbox.invalid');
  const clientRequestId = header(request, 'ms-requestid');
  const send = (status: number, body: string, contentType = JSON_TYPE, extra: Record<string, string> = {}): void => {
    response.writeHead(status, { ...common, 'Content-Type': contentType, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
    response.end(body);
  };
  const sendJson = (status: number, value: unknown, extra: Record<string, string> = {}): void => send(status, JSON.stringify(value), JSON_TYPE, extra);

  const matched = matchRoute(method, url.pathname);
  const body = await readBody(request, parts.bodyLimitBytes);
  if (body === 'tooLarge') {
    sendJson(413, partnerFdError(PartnerFdErrorCode.InvalidInput, formatText(PartnerFdStrings.BodyTooLarge, parts.bodyLimitBytes)), { Connection: 'close' });
    return;
  }
  if (matched === undefined) {
    sendJson(404, { statusCode: 404, message: GatewayStrings.ResourceNotFound });
    return;
  }
  if ('allowed' in matched) {
    sendJson(405, partnerFdError(405, formatText(PartnerFdStrings.MethodNotAllowed, method)), { Allow: matched.allowed.join(', ') });
    return;
  }
  const { route, params } = matched;
  if (route.area === 'admin') {
    handleAdmin(parts, route, body, request.socket.remoteAddress, sendJson);
    return;
  }

  const fault = parts.faults.decide(route.name, `${route.method} ${route.template}`);
  if (fault.kind === 'resetBefore') {
    request.socket.destroy();
    return;
  }
  if (fault.kind === 'throttle' || fault.kind === 'error500' || fault.kind === 'error503') {
    await sleep(fault.delayMs);
    if (fault.kind === 'throttle') {
      const seconds = fault.retryAfterSeconds;
      sendJson(429, { statusCode: 429, message: formatText(GatewayStrings.RateLimitExceeded, seconds) }, { 'Retry-After': String(seconds) });
    } else {
      const text = fault.kind === 'error503' ? PartnerFdStrings.ServiceUnavailable : PartnerFdStrings.ServiceException;
      sendJson(fault.kind === 'error503' ? 503 : 500, partnerFdError(PartnerFdErrorCode.ServiceException, text));
    }
    return;
  }

  if (route.area === 'oauth') {
    const outcome = oauthOutcome(parts, route, params, body, request);
    if (fault.kind === 'resetAfter') {
      request.socket.destroy();
      return;
    }
    await sleep(fault.delayMs);
    if (outcome.contentType === undefined) sendJson(outcome.status, outcome.body);
    else send(outcome.status, String(outcome.body), outcome.contentType);
    return;
  }

  // Partner Center API.
  if (body.length > 0 && !isJsonType(header(request, 'content-type'))) {
    sendJson(415, partnerFdError(PartnerFdErrorCode.InvalidInput, formatText(PartnerFdStrings.UnsupportedMediaType, header(request, 'content-type') ?? '')));
    return;
  }
  const principal = authenticate(header(request, 'authorization'), request.socket.remoteAddress, parts.identity, parts.signer, Math.floor(parts.clock() / 1000));
  if ('status' in principal) {
    sendJson(principal.status, principal.body, { 'WWW-Authenticate': principal.wwwAuthenticate });
    return;
  }
  const mutating = method !== 'GET';
  const fingerprint = `${method} ${url.pathname.replace(/\/+$/, '').toLowerCase()} ${createHash('sha256').update(body).digest('base64')}`;
  if (mutating && clientRequestId !== undefined) {
    const replay = parts.store.state.replays.get(clientRequestId);
    if (replay !== undefined) {
      await parts.store.durable();
      if (replay.fingerprint !== fingerprint) {
        sendJson(400, partnerFdError(PartnerFdErrorCode.InvalidInput, formatText(PartnerFdStrings.RequestIdReused, clientRequestId)));
        return;
      }
      await finish(fault, request, () => send(replay.status, replay.body, JSON_TYPE, { [REPLAY_HEADER]: 'true' }));
      return;
    }
  }
  let parsed: unknown;
  if (body.length > 0) {
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      sendJson(400, partnerFdError(PartnerFdErrorCode.InvalidInput, formatText(PartnerFdStrings.MalformedJson, detail)));
      return;
    }
  }
  const outcome = runApi(parts.api, route, { params, body: parsed, principalId: principal.id });
  try {
    const text = JSON.stringify(outcome.body);
    const replay: ReplayRecord | undefined =
      mutating && clientRequestId !== undefined && isFinalOutcome(outcome.status)
        ? { requestId: clientRequestId, fingerprint, status: outcome.status, body: text }
        : undefined;
    const entry: JournalEntry = { effects: outcome.effects ?? [], ...(replay === undefined ? {} : { replay }) };
    let sequence: number | undefined;
    try {
      sequence = entry.effects.length > 0 || replay !== undefined ? parts.store.commit(entry) : undefined;
      await parts.store.durable(sequence);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      parts.log(`sandbox: the store failed; the sandbox cannot acknowledge writes any more: ${detail}`);
      sendJson(500, partnerFdError(PartnerFdErrorCode.ServiceException, formatText(PartnerFdStrings.StoreFailed, detail)));
      return;
    }
    await finish(fault, request, () => send(outcome.status, text));
  } finally {
    outcome.release?.();
  }
}

/** Sends a response after the fault's delay, or destroys the connection instead (reset after the write). */
async function finish(fault: { kind: string; delayMs: number }, request: IncomingMessage, respond: () => void): Promise<void> {
  if (fault.kind === 'resetAfter') {
    request.socket.destroy();
    return;
  }
  await sleep(fault.delayMs);
  respond();
}

function runApi(api: PartnerApi, route: RouteDefinition, request: ApiRequest): ApiOutcome {
  switch (route.name) {
    case 'createCart':
      return api.createCart(request);
    case 'getCart':
      return api.getCart(request);
    case 'updateCart':
      return api.updateCart(request);
    case 'checkoutCart':
      return api.checkoutCart(request);
    case 'createCustomer':
      return api.createCustomer(request);
    case 'getCustomer':
      return api.getCustomer(request);
    case 'listOrders':
      return api.listOrders(request);
    case 'getOrder':
      return api.getOrder(request);
    default:
      return { status: 404, body: { statusCode: 404, message: GatewayStrings.ResourceNotFound } };
  }
}

function requestBaseUrl(request: IncomingMessage): string {
  return `http://${request.headers.host ?? 'localhost'}`;
}

function oauthOutcome(
  parts: PipelineParts,
  route: RouteDefinition,
  params: Readonly<Record<string, string>>,
  body: Buffer,
  request: IncomingMessage,
): OAuthOutcome {
  const { oauth } = parts;
  const tenant = params['tenant'];
  if (route.name === 'deviceLogin') return oauth.deviceLogin();
  if (tenant !== undefined && !oauth.knowsTenant(tenant)) return oauth.unknownTenant(tenant);
  const base = requestBaseUrl(request);
  const form = new URLSearchParams(body.toString('utf8'));
  switch (route.name) {
    case 'openidConfiguration':
      return oauth.openidConfiguration(base, tenant ?? 'common');
    case 'instanceDiscovery':
      return oauth.instanceDiscovery(base);
    case 'keys':
      return oauth.keys();
    case 'token':
      return oauth.token(form);
    case 'deviceCode':
      return oauth.deviceCode(base, form, !route.template.includes('/v2.0/'));
    default:
      return { status: 404, body: { statusCode: 404, message: GatewayStrings.ResourceNotFound } };
  }
}

function handleAdmin(
  parts: PipelineParts,
  route: RouteDefinition,
  body: Buffer,
  remoteAddress: string | undefined,
  sendJson: (status: number, value: unknown) => void,
): void {
  if (!isLoopbackAddress(remoteAddress)) {
    sendJson(403, { error: 'The sandbox admin routes answer loopback clients only.' });
    return;
  }
  switch (route.name) {
    case 'health':
      sendJson(200, { status: 'ok', persistent: parts.store.persistent, customers: parts.store.state.customers.size, carts: parts.store.state.carts.size });
      return;
    case 'getFaults':
      sendJson(200, parts.faults.current);
      return;
    case 'clearFaults':
      parts.faults.set({});
      sendJson(200, parts.faults.current);
      return;
    case 'setFaults': {
      let plan: unknown;
      try {
        plan = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch (error) {
        sendJson(400, { error: `The fault plan is not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
        return;
      }
      const problem = faultPlanProblem(plan);
      if (problem !== undefined) {
        sendJson(400, { error: problem });
        return;
      }
      parts.faults.set(plan as FaultPlan);
      sendJson(200, parts.faults.current);
      return;
    }
    default:
      sendJson(404, { statusCode: 404, message: GatewayStrings.ResourceNotFound });
  }
}
