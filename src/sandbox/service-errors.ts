/**
 * The Partner Center error bodies the sandbox returns, with the service's codes and texts.
 *
 * Texts come from Microsoft's "Partner Center REST error codes" page (error-codes.md) and the cart resources page
 * (OrderErrorCode, CartErrorCode). Where the page only names a kind of error, the sandbox writes a description that
 * says what went wrong; those are marked "sandbox text" below and listed in README.md.
 */

/** The documented error body: `{code, description, data, source}`; `code` is a number on the wire. */
export interface PartnerFdError {
  readonly code: number;
  readonly description: string;
  readonly data: readonly unknown[];
  readonly source: 'PartnerFD';
}

/** The gateway's body for throttling and unknown routes: `{statusCode, message}`. */
export interface GatewayError {
  readonly statusCode: number;
  readonly message: string;
}

/** A line item's `error`: an integer CartErrorCode and a description. */
export interface CartLineItemError {
  readonly errorCode: number;
  readonly errorDescription: string;
}

/** Order error codes (cart resources, OrderErrorCode) and general codes (error-codes.md) the sandbox uses. */
export const PartnerFdErrorCode = {
  AccessDenied: 400,
  NotFound: 1000,
  OrderIdNotFound: 20000,
  PartnerTokenMissing: 800001,
  InvalidInput: 800002,
  ServiceException: 800003,
  CartIdNotFound: 800008,
  CartItemErrorInCreateOrder: 800009,
  SandboxLimitExceeded: 800018,
  CartProcessedByAnotherRequest: 800064,
  CartCheckOutNotAllowedWhenStatusIsOrdered: 800065,
  TermNotSupported: 400039,
  BillingCycleInvalid: 900269,
  QuantityNotAllowed: 900275,
} as const satisfies Record<string, number>;

/** CartErrorCode values (cart resources; the wire value is the integer). */
export const CartErrorCode = {
  CatalogItemIdIsNotValid: 10001,
  SandboxLimitExceeded: 10009,
  InvalidInput: 10010,
} as const satisfies Record<string, number>;

/** Descriptions, keyed like the codes. `{0}` slots are filled by {@link formatText}. */
export const PartnerFdStrings = {
  AccessDenied: 'Access denied',
  // sandbox text: the page's kind ("Access denied") plus why.
  AccessTokenExpired: 'Access denied. The access token has expired; acquire a new one.',
  PartnerTokenMissing: 'Partner Token missing in request context',
  InvalidInput: 'Invalid request input',
  CustomerIdNotGuid: 'Customer ID {0} should have GUID format (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).',
  // sandbox text, patterned on the customer ID text above.
  CartIdNotGuid: 'Cart ID {0} should have GUID format (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).',
  // sandbox text, patterned on 20003 "Subscription with ID {0} not found."
  CustomerNotFound: 'Customer with ID {0} not found.',
  OrderIdNotFound: 'Order ID not found',
  CartIdNotFound: 'Unable to retrieve cart ID',
  CartItemErrorInCreateOrder: 'Error in Cart item(s)',
  SandboxLimitExceeded: 'The sandbox limit has been met',
  CartProcessedByAnotherRequest: 'Cart {0} is being processed by another request.',
  CartCheckOutNotAllowedWhenStatusIsOrdered: 'Cannot checkout an already submitted cart {0}.',
  TermNotSupported: "Availability {0} referenced by line item {1} does not support term '{2}'",
  BillingCycleInvalid: 'The billing cycle is invalid.',
  QuantityNotAllowed: 'The requested quantity for line item {0} is not within the allowed quantity for this offer.',
  ServiceException: 'Unexpected service error',
  // sandbox texts for request-level problems the page does not list.
  LineItemsRequired: 'Invalid request input. A cart must contain at least one line item.',
  CartAlreadyOrdered: 'Cart {0} has already been submitted and can no longer be updated.',
  MalformedJson: 'Invalid request input. The request body is not valid JSON: {0}',
  UnsupportedMediaType: "The request entity's media type '{0}' is not supported for this resource.",
  BodyTooLarge: 'The request body is larger than the limit of {0} bytes.',
  MethodNotAllowed: "The requested resource does not support http method '{0}'.",
  RequestIdReused: 'MS-RequestId {0} was already used for a different request. Send a new MS-RequestId with each new operation and reuse it only to retry the same request.',
  ServiceUnavailable: 'The service is temporarily unavailable. Try again later.',
  StoreFailed: 'Unexpected service error. The sandbox could not write its store: {0}',
} as const satisfies Record<string, string>;

/** Line-item error texts (CartErrorCode descriptions from the cart resources page). */
export const CartErrorStrings = {
  CatalogItemIdIsNotValid: 'The catalog item ID is not valid.',
  SandboxLimitExceeded: 'The sandbox limit has been exceeded.',
  // sandbox texts: what the offer requires.
  ProvisioningContextMissing: "The catalog item requires the provisioning context key '{0}'.",
  ProvisioningContextInvalid: "The provisioning context value '{1}' for key '{0}' is not valid. Supported values: {2}.",
} as const satisfies Record<string, string>;

/** Gateway texts (Azure API Management in front of Partner Center). */
export const GatewayStrings = {
  RateLimitExceeded: 'Rate limit is exceeded. Try again in {0} seconds.',
  ResourceNotFound: 'Resource not found',
} as const satisfies Record<string, string>;

/** Fills `{0}`, `{1}`, … in a catalogue text. */
export function formatText(template: string, ...args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (slot, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? slot : String(value);
  });
}

/** Builds a PartnerFD error body. */
export function partnerFdError(code: number, description: string, data: readonly unknown[] = []): PartnerFdError {
  return { code, description, data, source: 'PartnerFD' };
}
