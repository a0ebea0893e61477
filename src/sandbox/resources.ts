/**
 * The JSON resources the sandbox emits, spelled as Partner Center's documentation examples spell them
 * (`catalogItemId`, `...Timestamp`, snake_case billing cycles, integer line-item ids and error codes).
 */
import type { BillingCycle } from './catalog.js';
import type { CartLineItemError } from './service-errors.js';

/** A link in a resource's `links` object. */
export interface ResourceLink {
  readonly uri: string;
  readonly method: string;
  readonly headers: readonly unknown[];
}

/** `{ key, value }` participant, e.g. `transaction_reseller`. */
export interface CartParticipant {
  readonly key: string;
  readonly value: string;
}

/** A line item as the service returns it. Optional members are omitted, never null. */
export interface CartLineItem {
  readonly id: number;
  readonly catalogItemId: string;
  readonly friendlyName?: string;
  readonly quantity: number;
  readonly currencyCode: string;
  readonly billingCycle: BillingCycle;
  readonly termDuration?: string;
  readonly participants?: readonly CartParticipant[];
  readonly provisioningContext?: Readonly<Record<string, string>>;
  readonly orderGroup: string;
  readonly renewsTo?: { readonly termDuration: string };
  readonly customTermEndDate?: string;
  readonly attestationAccepted?: boolean;
  readonly promotionId?: string;
  readonly error?: CartLineItemError;
}

/** Cart status: Active carts can be updated or checked out; Ordered ones were submitted. */
export type CartStatus = 'Active' | 'Ordered';

/** A cart as the service returns it. */
export interface Cart {
  readonly id: string;
  readonly creationTimestamp: string;
  readonly lastModifiedTimestamp: string;
  readonly expirationTimestamp: string;
  readonly lastModifiedUser: string;
  readonly status: CartStatus;
  readonly partnerOnRecordAttestationAccepted?: boolean;
  readonly lineItems: readonly CartLineItem[];
  readonly links: { readonly self: ResourceLink };
  readonly attributes: { readonly objectType: 'Cart' };
}

/** One line of an order. */
export interface OrderLineItem {
  readonly lineItemNumber: number;
  readonly offerId: string;
  readonly subscriptionId: string;
  readonly termDuration?: string;
  readonly transactionType: 'New';
  readonly friendlyName: string;
  readonly quantity: number;
  readonly provisioningContext?: Readonly<Record<string, string>>;
  readonly partnerIdOnRecord?: string;
  readonly additionalPartnerIdsOnRecord?: readonly string[];
  readonly links: Readonly<Record<'product' | 'sku' | 'availability', ResourceLink>>;
}

/** An order created by a checkout. */
export interface Order {
  readonly id: string;
  readonly alternateId: string;
  readonly referenceCustomerId: string;
  readonly billingCycle: BillingCycle;
  readonly currencyCode: string;
  readonly currencySymbol: string;
  readonly lineItems: readonly OrderLineItem[];
  readonly creationDate: string;
  readonly status: 'completed' | 'pending';
  readonly transactionType: 'UserPurchase';
  readonly links: Readonly<Record<'self' | 'provisioningStatus' | 'patchOperation', ResourceLink>>;
  readonly client: Readonly<Record<string, never>>;
  readonly attributes: { readonly objectType: 'Order' };
}

/** An order group that could not be ordered at checkout. */
export interface OrderError {
  readonly orderGroupId: string;
  readonly code: number;
  readonly description: string;
}

/** What a checkout returns. */
export interface CartCheckoutResult {
  readonly orders: readonly Order[];
  readonly orderErrors: readonly OrderError[];
  readonly attributes: { readonly objectType: 'CartCheckoutResult' };
}

/** A customer (the fields the sandbox models). */
export interface Customer {
  readonly id: string;
  readonly commerceId: string;
  readonly companyProfile: {
    readonly tenantId: string;
    readonly domain: string;
    readonly companyName: string;
    readonly links: { readonly self: ResourceLink };
    readonly attributes: { readonly objectType: 'CustomerCompanyProfile' };
  };
  readonly relationshipToPartner: 'reseller';
  readonly allowDelegatedAccess: boolean;
  readonly links: { readonly self: ResourceLink };
  readonly attributes: { readonly objectType: 'Customer' };
}

/** A collection response (`GET …/orders`). */
export interface ResourceCollection<T> {
  readonly totalCount: number;
  readonly items: readonly T[];
  readonly links: { readonly self: ResourceLink };
  readonly attributes: { readonly objectType: 'Collection' };
}

/** A GET link with no headers, as every example shows. */
export function link(uri: string, method = 'GET'): ResourceLink {
  return { uri, method, headers: [] };
}

/**
 * Formats an instant as .NET's JSON serializer does (`yyyy-MM-ddTHH:mm:ss.FFFFFFFZ`: trailing zeros of the
 * fraction dropped, and the dot with them).
 */
export function formatTimestamp(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  return iso.replace(/\.(\d*?)0*Z$/, (_match, digits: string) => (digits === '' ? 'Z' : `.${digits}Z`));
}

/** Builds a customer resource from its seed data. */
export function customerResource(id: string, companyName: string, domain: string): Customer {
  return {
    id,
    commerceId: id,
    companyProfile: {
      tenantId: id,
      domain,
      companyName,
      links: { self: link(`/customers/${id}/profiles/company`) },
      attributes: { objectType: 'CustomerCompanyProfile' },
    },
    relationshipToPartner: 'reseller',
    allowDelegatedAccess: true,
    links: { self: link(`/customers/${id}`) },
    attributes: { objectType: 'Customer' },
  };
}
