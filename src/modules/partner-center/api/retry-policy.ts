/**
 * When the client retries and how long it waits: pure functions, so the schedule is testable without a clock.
 *
 * Partner Center's guidance (api-throttling-guidance.md): on 429 wait `Retry-After` seconds, then back off
 * exponentially; headers.md: a retry after a timeout must repeat the MS-RequestId, which makes POST safe to
 * retry. The archived module retried only 408 and 5xx but never 429 (Microsoft.Rest's
 * HttpStatusCodeErrorDetectionStrategy); pcsh retries 429 as well.
 */

/** The retry settings of a client. */
export interface RetryPolicy {
  /** Attempts in total, the first included. */
  readonly maxAttempts: number;
  /** The first backoff before jitter. */
  readonly baseDelayMs: number;
  /** No computed backoff exceeds this (a longer `Retry-After` is still honoured). */
  readonly maxDelayMs: number;
  /** The whole logical request, every attempt and wait included, must finish within this. */
  readonly deadlineMs: number;
  /** One attempt's limit (connect, send, wait for and read the response). */
  readonly attemptTimeoutMs: number;
}

/** pcsh's defaults: 6 attempts, 0.5 s doubling to at most 10 s, 2 minutes in all, 60 s per attempt. */
export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  deadlineMs: 120_000,
  attemptTimeoutMs: 60_000,
};

/** HTTP statuses worth another attempt: request timeout, throttling, and the transient server errors. */
export const RETRYABLE_STATUS_CODES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/** Node network error codes worth another attempt (the request may or may not have reached the service). */
export const RETRYABLE_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

/**
 * The wait before retry number `retry` (1 for the first retry): capped exponential backoff with "equal
 * jitter" (half fixed, half random), so that many clients throttled together do not retry together. A
 * `Retry-After` from the service is a floor: pcsh never retries sooner than the service asked.
 */
export function retryDelayMs(policy: RetryPolicy, retry: number, retryAfterSeconds: number | undefined, random: () => number): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  const backoff = Math.round(exponential / 2 + (exponential / 2) * random());
  return retryAfterSeconds === undefined ? backoff : Math.max(retryAfterSeconds * 1000, backoff);
}

/** Reads a `Retry-After` header: delay-seconds or an HTTP date. `undefined` when absent or unreadable. */
export function parseRetryAfter(header: string | undefined, now: number): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
