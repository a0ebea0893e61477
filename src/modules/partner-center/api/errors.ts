/**
 * The typed errors of the Partner Center client. They carry data, not PowerShell: the module maps them to
 * ErrorRecords (cmdlets/../error-records.ts). Messages are plain English for library users.
 */

/** What every error of a request knows about the request it came from. */
export interface RequestInfo {
  /** e.g. `POST`. */
  readonly method: string;
  /** The path and query, e.g. `/v1/customers/…/carts`. */
  readonly path: string;
  /** The MS-RequestId sent on every attempt of this logical request. */
  readonly requestId: string;
  /** The MS-CorrelationId of the session. */
  readonly correlationId: string;
  /** How many attempts were made (1 when no retry happened). */
  readonly attempts: number;
}

/** The service answered with an error status (4xx/5xx), after any retries. */
export class PartnerServiceError extends Error {
  constructor(
    readonly request: RequestInfo,
    readonly statusCode: number,
    /** The service's error code (`800008`), as a string; absent when the body had none (e.g. a 429). */
    readonly code: string | undefined,
    /** The service's description, or `undefined` when the body carried none. */
    readonly description: string | undefined,
    readonly data: unknown,
    readonly source: string | undefined,
    /** The `Retry-After` header in seconds, when the service sent one. */
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(description ?? `Partner Center returned HTTP ${statusCode} for ${request.method} ${request.path}.`);
    this.name = 'PartnerServiceError';
  }
}

/** The service could not be reached, or the connection broke, after any retries. */
export class PartnerConnectionError extends Error {
  constructor(
    readonly request: RequestInfo,
    /** Node's error code (`ECONNREFUSED`, `ECONNRESET`, `ETIMEDOUT`...). */
    readonly errorCode: string,
    readonly endpoint: string,
    cause: unknown,
  ) {
    super(`Could not reach Partner Center at ${endpoint} (${errorCode}).`, { cause });
    this.name = 'PartnerConnectionError';
  }
}

/** The request's total time limit passed before it succeeded. */
export class PartnerTimeoutError extends Error {
  constructor(
    readonly request: RequestInfo,
    readonly deadlineMs: number,
    /** The last failure before the deadline (a service or connection error), if any. */
    readonly lastError: PartnerServiceError | PartnerConnectionError | undefined,
  ) {
    super(`Partner Center did not complete ${request.method} ${request.path} within ${deadlineMs / 1000} seconds.`);
    this.name = 'PartnerTimeoutError';
  }
}

/** A request body pcsh was about to send is not valid; nothing was sent. */
export class RequestValidationError extends Error {
  constructor(
    /** The offending field as a path into the body, e.g. `lineItems[0].quantity` (empty for the body itself). */
    readonly field: string,
    /** What is wrong, e.g. `must be >= 1`. */
    readonly problem: string,
  ) {
    super(`The request is not valid: ${field === '' ? 'the body' : field} ${problem}.`);
    this.name = 'RequestValidationError';
  }
}

/** The service's answer does not have the documented shape. */
export class ResponseValidationError extends Error {
  constructor(
    readonly request: RequestInfo,
    readonly statusCode: number,
    /** Where in the body, e.g. `lineItems[0].quantity` (empty for the body itself). */
    readonly path: string,
    readonly problem: string,
  ) {
    super(`Partner Center's response to ${request.method} ${request.path} is not valid: ${path === '' ? 'the body' : path} ${problem}.`);
    this.name = 'ResponseValidationError';
  }
}

/** The request was cancelled through its AbortSignal (Ctrl+C). */
export class PartnerRequestCancelledError extends Error {
  constructor(readonly request: RequestInfo) {
    super(`${request.method} ${request.path} was cancelled.`);
    this.name = 'PartnerRequestCancelledError';
  }
}

/** Any error the client throws. */
export type PartnerClientError =
  | PartnerServiceError
  | PartnerConnectionError
  | PartnerTimeoutError
  | RequestValidationError
  | ResponseValidationError
  | PartnerRequestCancelledError;
