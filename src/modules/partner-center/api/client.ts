/**
 * The Partner Center REST client: one keep-alive agent, the service's headers, retries with backoff and a
 * deadline, and typed errors. It knows nothing of PowerShell: callers observe retries and traffic through
 * callbacks (the cmdlets turn them into -Verbose and -Debug lines).
 *
 * got is imported on first use (`PartnerClient.create`), never at start-up.
 */
import { randomUUID } from 'node:crypto';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { Got, RequestError } from 'got';
import {
  PartnerConnectionError,
  PartnerRequestCancelledError,
  PartnerServiceError,
  PartnerTimeoutError,
  ResponseValidationError,
  type RequestInfo,
} from './errors.js';
import {
  RETRYABLE_ERROR_CODES,
  RETRYABLE_STATUS_CODES,
  defaultRetryPolicy,
  parseRetryAfter,
  retryDelayMs,
  type RetryPolicy,
} from './retry-policy.js';
import { validate } from './validate.js';

/** Why an attempt is being retried. */
export type RetryReason =
  | { readonly kind: 'status'; readonly statusCode: number; readonly retryAfterSeconds: number | undefined }
  | { readonly kind: 'connection'; readonly errorCode: string };

/** One retry about to happen, reported before the wait. */
export interface RetryEvent {
  readonly method: string;
  readonly path: string;
  readonly requestId: string;
  /** The attempt that failed (1-based). */
  readonly attempt: number;
  readonly maxAttempts: number;
  readonly delayMs: number;
  readonly reason: RetryReason;
}

/** Per-call hooks: cancellation, and what the caller wants to see of the traffic. */
export interface RequestObserver {
  readonly signal?: AbortSignal;
  /** Called before each wait between attempts. */
  onRetry?(event: RetryEvent): void;
  /** Called with a request or response description; the Authorization header is already redacted. */
  onDebug?(text: string): void;
}

/** How a client is set up. */
export interface PartnerClientOptions {
  /** The service root, e.g. `https://api.partnercenter.microsoft.com` or a sandbox's URL. */
  readonly endpoint: string;
  /** Returns a bearer token; called before every attempt, so a cached token may be refreshed in between. */
  readonly accessToken: (signal?: AbortSignal) => Promise<string>;
  /** MS-CorrelationId: one per host session, so the service can tie a session's calls together. */
  readonly correlationId: string;
  /** X-Locale; default `en-US`. */
  readonly locale?: string;
  readonly userAgent: string;
  readonly retry?: Partial<RetryPolicy>;
  /** For tests: the jitter source (default Math.random), the clock and the wait. */
  readonly random?: () => number;
  readonly now?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** A successful response: its status and parsed JSON body (`undefined` when the body was empty). */
export interface PartnerResponse {
  readonly statusCode: number;
  readonly body: unknown;
  readonly request: RequestInfo;
}

const REDACTED_HEADERS = new Set(['authorization', 'set-cookie', 'cookie', 'proxy-authorization']);

function sleepFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function describeHeaders(headers: Readonly<Record<string, string | string[] | undefined>>): string[] {
  return Object.entries(headers)
    .filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)
    .map(([name, value]) => {
      if (name.toLowerCase() === 'authorization') return `${name}: Bearer [redacted]`;
      if (REDACTED_HEADERS.has(name.toLowerCase())) return `${name}: [redacted]`;
      return `${name}: ${Array.isArray(value) ? value.join(', ') : value}`;
    });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

type AttemptOutcome =
  | { readonly kind: 'response'; readonly statusCode: number; readonly headers: Record<string, string | string[] | undefined>; readonly text: string }
  | { readonly kind: 'network'; readonly errorCode: string; readonly error: unknown };

/** A Partner Center client bound to one endpoint and one session. */
export class PartnerClient {
  private readonly policy: RetryPolicy;
  private readonly endpoint: string;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  private constructor(
    private readonly options: PartnerClientOptions,
    private readonly got: Got,
    private readonly agents: { readonly http: HttpAgent; readonly https: HttpsAgent },
  ) {
    this.policy = { ...defaultRetryPolicy, ...options.retry };
    this.endpoint = options.endpoint.replace(/\/+$/, '');
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? sleepFor;
  }

  /** Creates a client; loads got on first use. */
  static async create(options: PartnerClientOptions): Promise<PartnerClient> {
    const { got } = await import('got');
    const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
    return new PartnerClient(options, got, agents);
  }

  /** The service root this client talks to. */
  get baseUrl(): string {
    return this.endpoint;
  }

  /** Closes the keep-alive connections. */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  /**
   * Sends one logical request: a new MS-RequestId, reused on every attempt, so that the service can recognise
   * a retried POST and answer it with the first outcome instead of creating a second cart. Returns the parsed
   * JSON of a 2xx answer; throws a typed error otherwise.
   */
  async send(method: 'GET' | 'POST' | 'PUT', path: string, body: unknown, observer: RequestObserver = {}): Promise<PartnerResponse> {
    const requestId = randomUUID();
    const started = this.now();
    const info = (attempts: number): RequestInfo => ({ method, path, requestId, correlationId: this.options.correlationId, attempts });
    let lastError: PartnerServiceError | PartnerConnectionError | undefined;

    for (let attempt = 1; ; attempt++) {
      const remaining = this.policy.deadlineMs - (this.now() - started);
      if (remaining <= 0) throw new PartnerTimeoutError(info(attempt - 1), this.policy.deadlineMs, lastError);
      const outcome = await this.attempt(method, path, body, requestId, attempt, Math.min(this.policy.attemptTimeoutMs, remaining), observer, info(attempt));

      let reason: RetryReason;
      if (outcome.kind === 'response') {
        if (outcome.statusCode >= 200 && outcome.statusCode < 300) {
          const parsed = outcome.text.trim() === '' ? { ok: true as const, value: undefined } : parseJson(outcome.text);
          if (!parsed.ok) throw new ResponseValidationError(info(attempt), outcome.statusCode, '', 'is not JSON');
          return { statusCode: outcome.statusCode, body: parsed.value, request: info(attempt) };
        }
        const retryAfterSeconds = parseRetryAfter(headerValue(outcome.headers['retry-after']), this.now());
        lastError = await this.serviceError(info(attempt), outcome.statusCode, outcome.text, retryAfterSeconds);
        if (!RETRYABLE_STATUS_CODES.has(outcome.statusCode)) throw lastError;
        reason = { kind: 'status', statusCode: outcome.statusCode, retryAfterSeconds };
      } else {
        if (observer.signal?.aborted === true) throw new PartnerRequestCancelledError(info(attempt));
        lastError = new PartnerConnectionError(info(attempt), outcome.errorCode, this.endpoint, outcome.error);
        if (!RETRYABLE_ERROR_CODES.has(outcome.errorCode)) throw lastError;
        reason = { kind: 'connection', errorCode: outcome.errorCode };
      }

      if (attempt >= this.policy.maxAttempts) throw lastError;
      const delayMs = retryDelayMs(this.policy, attempt, reason.kind === 'status' ? reason.retryAfterSeconds : undefined, this.random);
      const left = this.policy.deadlineMs - (this.now() - started);
      if (delayMs >= left) {
        // Waiting as long as the service asks would pass the deadline: report what the service said.
        if (reason.kind === 'status' && reason.retryAfterSeconds !== undefined) throw lastError;
        throw new PartnerTimeoutError(info(attempt), this.policy.deadlineMs, lastError);
      }
      observer.onRetry?.({ method, path, requestId, attempt, maxAttempts: this.policy.maxAttempts, delayMs, reason });
      try {
        await this.sleep(delayMs, observer.signal);
      } catch {
        throw new PartnerRequestCancelledError(info(attempt));
      }
    }
  }

  private async attempt(
    method: string,
    path: string,
    body: unknown,
    requestId: string,
    attempt: number,
    timeoutMs: number,
    observer: RequestObserver,
    request: RequestInfo,
  ): Promise<AttemptOutcome> {
    if (observer.signal?.aborted === true) throw new PartnerRequestCancelledError(request);
    const token = await this.options.accessToken(observer.signal);
    const url = `${this.endpoint}${path}`;
    const payload = body === undefined ? '' : JSON.stringify(body);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
      // A POST without a body still says so (checkout-a-cart sends `Content-Length: 0`).
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : method === 'GET' ? {} : { 'Content-Length': '0' }),
      'MS-Contract-Version': 'v1',
      'MS-CorrelationId': this.options.correlationId,
      'MS-RequestId': requestId,
      'User-Agent': this.options.userAgent,
      'X-Locale': this.options.locale ?? 'en-US',
    };
    observer.onDebug?.([`HTTP request (attempt ${attempt}): ${method} ${url}`, ...describeHeaders(headers), ...(payload === '' ? [] : ['', payload])].join('\n'));
    const sent = this.now();
    try {
      const response = await this.got(url, {
        method: method as 'GET',
        headers,
        ...(payload === '' ? {} : { body: payload }),
        throwHttpErrors: false,
        followRedirect: false,
        retry: { limit: 0 },
        responseType: 'text',
        agent: { http: this.agents.http, https: this.agents.https },
        timeout: { request: timeoutMs },
        ...(observer.signal === undefined ? {} : { signal: observer.signal }),
      });
      const text = response.body;
      observer.onDebug?.(
        [
          `HTTP response (attempt ${attempt}): ${response.statusCode} ${response.statusMessage ?? ''} in ${this.now() - sent} ms`.trimEnd(),
          ...describeHeaders(response.headers),
          ...(text === '' ? [] : ['', text]),
        ].join('\n'),
      );
      return { kind: 'response', statusCode: response.statusCode, headers: response.headers, text };
    } catch (error) {
      const errorCode = (error as RequestError).code ?? 'ERR_UNKNOWN';
      observer.onDebug?.(`HTTP request (attempt ${attempt}) failed after ${this.now() - sent} ms: ${errorCode}`);
      return { kind: 'network', errorCode, error };
    }
  }

  private async serviceError(
    request: RequestInfo,
    statusCode: number,
    text: string,
    retryAfterSeconds: number | undefined,
  ): Promise<PartnerServiceError> {
    const parsed = parseJson(text);
    if (parsed.ok) {
      if ((await validate('ServiceError', parsed.value)) === undefined) {
        const error = parsed.value as { code?: number | string | null; description: string; data?: unknown; source?: string | null };
        const code = error.code === undefined || error.code === null ? undefined : String(error.code);
        return new PartnerServiceError(request, statusCode, code, error.description, error.data, error.source ?? undefined, retryAfterSeconds);
      }
      if ((await validate('Throttling', parsed.value)) === undefined) {
        const { message } = parsed.value as { message: string };
        return new PartnerServiceError(request, statusCode, undefined, message, undefined, undefined, retryAfterSeconds);
      }
    }
    return new PartnerServiceError(request, statusCode, undefined, undefined, undefined, undefined, retryAfterSeconds);
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
