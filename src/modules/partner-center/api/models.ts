/**
 * The Partner Center REST API's JSON shapes for carts, as the service sends and accepts them (camelCase
 * names, snake_case enum strings). The client knows nothing of PowerShell; the module maps these to and from
 * its PSObjects. Responses are read leniently (see schemas.ts); requests are written strictly.
 */

/** A line item as pcsh sends it in a create or update request. */
export interface CartLineItemRequest {
  readonly id: number;
  readonly catalogItemId: string;
  readonly quantity: number;
  /** `monthly`, `annual`, `none`, `one_time`, or a value the service sent that pcsh passes back. */
  readonly billingCycle: string;
  readonly friendlyName?: string;
  /** ISO 8601 duration: `P1M`, `P1Y`, `P3Y`. */
  readonly termDuration?: string;
  readonly currencyCode?: string;
  readonly orderGroup?: string;
  readonly participants?: readonly { readonly key: string; readonly value: string }[];
  readonly provisioningContext?: Readonly<Record<string, string>>;
  readonly renewsTo?: { readonly termDuration: string };
}

/** A cart as pcsh sends it: only line items on create; the fetched cart's fields plus line items on update. */
export interface CartRequest {
  readonly id?: string;
  readonly creationTimestamp?: string;
  readonly lastModifiedTimestamp?: string;
  readonly expirationTimestamp?: string;
  readonly lastModifiedUser?: string;
  readonly status?: string;
  readonly lineItems: readonly CartLineItemRequest[];
}

/** A line item's error, set by the service when it cannot accept the line (code 100xx). */
export interface CartErrorResponse {
  readonly errorCode?: number | string | null;
  readonly errorDescription?: string | null;
}

/** A line item as the service returns it. Names the documentation spells two ways are both accepted. */
export interface CartLineItemResponse {
  readonly id?: number | string | null;
  readonly catalogItemId?: string | null;
  /** The create-a-cart table's spelling; the examples use catalogItemId. */
  readonly catalogId?: string | null;
  readonly friendlyName?: string | null;
  readonly quantity?: number | null;
  readonly currencyCode?: string | null;
  readonly billingCycle?: string | number | null;
  readonly termDuration?: string | null;
  readonly participants?: readonly { readonly key: string | number; readonly value: string }[] | null;
  readonly provisioningContext?: Readonly<Record<string, string | number | boolean | null>> | null;
  readonly orderGroup?: string | number | null;
  readonly addonItems?: readonly CartLineItemResponse[] | null;
  readonly error?: CartErrorResponse | null;
  /** An object in the examples, an array in one table; pcsh reads either. */
  readonly renewsTo?: { readonly termDuration?: string | null } | readonly { readonly termDuration?: string | null }[] | null;
  readonly [extra: string]: unknown;
}

/** A cart as the service returns it. */
export interface CartResponse {
  readonly id: string;
  readonly creationTimestamp?: string | null;
  readonly creationTimeStamp?: string | null;
  readonly lastModifiedTimestamp?: string | null;
  readonly lastModifiedTimeStamp?: string | null;
  readonly expirationTimestamp?: string | null;
  readonly expirationTimeStamp?: string | null;
  readonly lastModifiedUser?: string | null;
  readonly status?: string | null;
  readonly lineItems?: readonly CartLineItemResponse[] | null;
  readonly [extra: string]: unknown;
}

/** A link of a resource (`{ uri, method, headers }`). */
export interface LinkResponse {
  readonly uri?: string | null;
  readonly method?: string | null;
  readonly headers?: readonly { readonly key: string; readonly value: string }[] | null;
}

/** A line item of an order. */
export interface OrderLineItemResponse {
  readonly lineItemNumber?: number | null;
  readonly offerId?: string | null;
  readonly subscriptionId?: string | null;
  readonly parentSubscriptionId?: string | null;
  readonly termDuration?: string | null;
  readonly transactionType?: string | null;
  readonly friendlyName?: string | null;
  readonly quantity?: number | null;
  readonly partnerIdOnRecord?: string | null;
  readonly provisioningContext?: Readonly<Record<string, string | number | boolean | null>> | null;
  readonly pricing?: Readonly<Record<string, number | null>> | null;
  readonly links?: Readonly<Record<string, LinkResponse | null>> | null;
  readonly [extra: string]: unknown;
}

/** An order created by a checkout. */
export interface OrderResponse {
  readonly id?: string | null;
  readonly alternateId?: string | null;
  readonly referenceCustomerId?: string | null;
  readonly billingCycle?: string | number | null;
  readonly currencyCode?: string | null;
  readonly currencySymbol?: string | null;
  readonly lineItems?: readonly OrderLineItemResponse[] | null;
  readonly creationDate?: string | null;
  readonly status?: string | null;
  readonly transactionType?: string | null;
  readonly totalPrice?: number | null;
  readonly links?: Readonly<Record<string, LinkResponse | null>> | null;
  readonly attributes?: { readonly etag?: string | null; readonly objectType?: string | null } | null;
  readonly [extra: string]: unknown;
}

/** An order group that could not be ordered. */
export interface OrderErrorResponse {
  readonly orderGroupId?: string | number | null;
  readonly code?: number | string | null;
  readonly description?: string | null;
}

/** What a checkout returns. */
export interface CartCheckoutResultResponse {
  readonly orders?: readonly OrderResponse[] | null;
  readonly orderErrors?: readonly OrderErrorResponse[] | null;
  readonly [extra: string]: unknown;
}

/** The body of a failed request (error-codes.md); `code` is a number on the wire. */
export interface ServiceErrorBody {
  readonly code?: number | string | null;
  readonly description?: string | null;
  readonly data?: unknown;
  readonly source?: string | null;
}

/** The body of a throttled request (api-throttling-guidance.md). */
export interface ThrottlingBody {
  readonly statusCode?: number;
  readonly message?: string;
}
