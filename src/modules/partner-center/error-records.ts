/**
 * The module's errors as PowerShell sees them: the client's and sign-in's typed errors become ErrorRecords with
 * a category that follows the HTTP status, an errorId, the target, the service's own description as the message
 * and a recommended action where one is obvious. Never "Exception of type … was thrown".
 */
import { ErrorRecord, PSException, type ErrorCategory } from '../../engine/errors.js';
import { format } from '../../engine/strings/format.js';
import {
  PartnerConnectionError,
  PartnerServiceError,
  PartnerTimeoutError,
  RequestValidationError,
  ResponseValidationError,
  type RequestInfo,
} from './api/errors.js';
import { SignInError, TokenCacheTooOpenError } from './auth/errors.js';
import { PartnerCenterPcshStrings as Strings } from './strings/PartnerCenterPcshStrings.js';
import { Resources } from './strings/Resources.js';

/** The SDK's exception type, which CategoryInfo.Reason shows as `PartnerException`. */
const PARTNER_EXCEPTION = 'Microsoft.Store.PartnerCenter.Exceptions.PartnerException';

/** The service's error body, as the SDK's ApiFault carries it. */
export interface ServiceErrorPayload {
  readonly code: string | undefined;
  readonly description: string | undefined;
  readonly data: unknown;
  readonly source: string | undefined;
}

/**
 * A failed Partner Center request as an exception: the HTTP status, the service's error payload and the ids
 * that let Microsoft find the request in its logs (`$Error[0].Exception.RequestId`).
 */
export class PartnerException extends PSException {
  constructor(
    message: string,
    readonly statusCode: number | undefined,
    readonly serviceErrorPayload: ServiceErrorPayload | undefined,
    readonly requestId: string,
    readonly correlationId: string,
  ) {
    super(message, PARTNER_EXCEPTION);
  }
}

/** pwsh-style category of an HTTP status. */
export function categoryOfStatus(status: number): ErrorCategory {
  switch (status) {
    case 400:
      return 'InvalidArgument';
    case 401:
      return 'AuthenticationError';
    case 403:
      return 'PermissionDenied';
    case 404:
      return 'ObjectNotFound';
    case 408:
      return 'OperationTimeout';
    case 409:
      return 'ResourceBusy';
    case 429:
      return 'LimitsExceeded';
    case 501:
      return 'NotImplemented';
    case 502:
    case 503:
    case 504:
      return 'ResourceUnavailable';
    default:
      return status >= 400 && status < 500 ? 'InvalidOperation' : 'NotSpecified';
  }
}

/** `lineItems[0].quantity` → `LineItems[0].Quantity`: the request path in the module's property names. */
export function psFieldName(path: string): string {
  const segments = path.split('.');
  let contextKey = false;
  return segments
    .map((segment) => {
      // Keys inside ProvisioningContext are the user's own spelling.
      const named = contextKey ? segment : segment.charAt(0).toUpperCase() + segment.slice(1);
      contextKey = /^provisioningContext$/i.test(segment.replace(/\[\d+\]$/, ''));
      return named;
    })
    .join('.');
}

function exceptionFor(message: string, request: RequestInfo, status?: number, payload?: ServiceErrorPayload): PartnerException {
  return new PartnerException(message, status, payload, request.requestId, request.correlationId);
}

function serviceRecord(error: PartnerServiceError, target: unknown): ErrorRecord {
  const { request, statusCode } = error;
  const message = error.description ?? format(Strings.ServiceErrorWithoutDescription, request.method, request.path, statusCode, request.requestId);
  const payload = { code: error.code, description: error.description, data: error.data, source: error.source };
  const errorId = `PartnerCenter.${error.code ?? `Http${statusCode}`}`;
  // The sandbox-limit errors (800018) are quota problems whatever their status.
  const category: ErrorCategory = error.code === '800018' ? 'QuotaExceeded' : categoryOfStatus(statusCode);
  const record = new ErrorRecord(exceptionFor(message, request, statusCode, payload), errorId, category, target);
  if (statusCode === 401) record.errorDetails = { recommendedAction: Resources.RunConnectPartnerCenter };
  else if (statusCode === 429 && error.retryAfterSeconds !== undefined) {
    record.errorDetails = { recommendedAction: format(Strings.RetryAfterRecommendation, error.retryAfterSeconds) };
  }
  return record;
}

/** Options of {@link toErrorRecord}. */
export interface ErrorRecordOptions {
  /** Names a request field for the user (default {@link psFieldName}), e.g. `LineItem.Quantity` for Add. */
  readonly fieldName?: (path: string) => string;
  /** The line items sent, so an invalid one becomes the error's target. */
  readonly lineItems?: readonly unknown[];
}

/**
 * The ErrorRecord of an error the client or sign-in raised, or `undefined` for anything else (a bug, which the
 * caller lets propagate).
 */
export function toErrorRecord(error: unknown, target: unknown, options: ErrorRecordOptions = {}): ErrorRecord | undefined {
  if (error instanceof PartnerServiceError) return serviceRecord(error, target);
  if (error instanceof PartnerTimeoutError) {
    const { request } = error;
    const message = format(Strings.PartnerCenterTimeout, request.method, request.path, error.deadlineMs / 1000, request.attempts);
    return new ErrorRecord(exceptionFor(message, request), 'PartnerCenterTimeout', 'OperationTimeout', target);
  }
  if (error instanceof PartnerConnectionError) {
    const { request } = error;
    const message = format(Strings.PartnerCenterUnreachable, error.endpoint, error.errorCode, request.attempts);
    return new ErrorRecord(exceptionFor(message, request), 'PartnerCenterUnreachable', 'ConnectionError', target);
  }
  if (error instanceof ResponseValidationError) {
    const { request } = error;
    const where = error.path === '' ? 'the body' : error.path;
    const message = format(Strings.UnexpectedPartnerCenterResponse, request.method, request.path, where, error.problem, request.requestId);
    return new ErrorRecord(exceptionFor(message, request, error.statusCode), 'UnexpectedPartnerCenterResponse', 'InvalidResult', target);
  }
  if (error instanceof RequestValidationError) {
    const field = (options.fieldName ?? psFieldName)(error.field);
    const message = format(Strings.InvalidCartLineItem, field, error.problem);
    const index = /^lineItems\[(\d+)\]/.exec(error.field)?.[1];
    const item = index === undefined ? undefined : options.lineItems?.[Number(index)];
    return new ErrorRecord(new PSException(message, 'System.ArgumentException'), 'InvalidCartLineItem', 'InvalidArgument', item ?? target);
  }
  if (error instanceof SignInError) {
    const record = new ErrorRecord(
      new PSException(format(Strings.SignInFailed, error.description), 'Microsoft.Identity.Client.MsalServiceException'),
      'SignInFailed',
      'AuthenticationError',
      target,
    );
    record.errorDetails = { recommendedAction: Strings.SignInFailedRecommendation };
    return record;
  }
  if (error instanceof TokenCacheTooOpenError) {
    return new ErrorRecord(new PSException(format(Strings.TokenCacheTooOpen, error.path), 'System.UnauthorizedAccessException'), 'TokenCacheTooOpen', 'SecurityError', error.path);
  }
  return undefined;
}
