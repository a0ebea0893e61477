/**
 * Reads a cart request body leniently and applies the service's line-item rules.
 *
 * Lenient where Microsoft's documentation disagrees with itself or with the SDK: property names match
 * case-insensitively (the SDK sends `LineItems`, `CatalogItemId`), `catalogId` is read as `catalogItemId`,
 * `...TimeStamp` and `...Timestamp` are both ignored (the service sets them), a line-item `id` may be a number or a
 * numeric string, and billing cycles are read in SDK (`OneTime`) or wire (`one_time`) spelling. What the sandbox
 * emits always uses the documented spellings.
 */
import { availabilityId, BILLING_CYCLES, findCatalogItem, type BillingCycle, type CatalogItem } from './catalog.js';
import type { CartLineItem, CartParticipant } from './resources.js';
import {
  CartErrorCode,
  CartErrorStrings,
  formatText,
  partnerFdError,
  PartnerFdErrorCode,
  PartnerFdStrings,
  type CartLineItemError,
  type PartnerFdError,
} from './service-errors.js';

/** The integration sandbox's license limit per subscription (test-and-debug.md). */
export const SANDBOX_LICENSES_PER_SUBSCRIPTION = 25;

/** A parsed cart request: normalized line items, or the error the service answers with. */
export type CartRequest =
  | { readonly ok: true; readonly lineItems: readonly CartLineItem[]; readonly attestationAccepted?: boolean }
  | { readonly ok: false; readonly error: PartnerFdError };

type JsonObject = Readonly<Record<string, unknown>>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a GUID in the `8-4-4-4-12` form, optionally in braces (as pwsh's GUID pattern allows). */
export function isGuid(value: string): boolean {
  return GUID.test(value.replace(/^\{(.*)\}$/, '$1'));
}

/** The canonical (lower-case, brace-less) form of a GUID. */
export function canonicalGuid(value: string): string {
  return value.replace(/^\{(.*)\}$/, '$1').toLowerCase();
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a property whatever its casing; the first listed name that is present wins. */
function prop(source: JsonObject, ...names: readonly string[]): unknown {
  for (const name of names) {
    const wanted = name.toLowerCase();
    for (const key of Object.keys(source)) {
      if (key.toLowerCase() === wanted) return source[key];
    }
  }
  return undefined;
}

function invalid(detail: string): CartRequest {
  return { ok: false, error: partnerFdError(PartnerFdErrorCode.InvalidInput, PartnerFdStrings.InvalidInput, [detail]) };
}

/** Reads a billing cycle in wire (`one_time`) or SDK (`OneTime`) spelling. */
export function parseBillingCycle(value: string): BillingCycle | undefined {
  const folded = value.replace(/_/g, '').toLowerCase();
  return BILLING_CYCLES.find((cycle) => cycle.replace(/_/g, '') === folded);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function readInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

function readStringMap(value: unknown): Record<string, string> | undefined {
  if (!isObject(value)) return undefined;
  const map: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (key !== '' && entry !== null && entry !== undefined) map[key.charAt(0).toLowerCase() + key.slice(1)] = String(entry);
  }
  return Object.keys(map).length === 0 ? undefined : map;
}

function readParticipants(value: unknown): CartParticipant[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const participants: CartParticipant[] = [];
  for (const entry of value) {
    if (!isObject(entry)) continue;
    const key = prop(entry, 'key');
    const val = prop(entry, 'value');
    if (key !== undefined && val !== undefined) participants.push({ key: String(key), value: String(val) });
  }
  return participants;
}

/** Checks a provisioning context against the SKU's provisioning variables; returns the line error, if any. */
function provisioningError(item: CatalogItem, context: Readonly<Record<string, string>> | undefined): CartLineItemError | undefined {
  for (const [key, accepted] of Object.entries(item.provisioningVariables)) {
    const entry = context === undefined ? undefined : Object.entries(context).find(([name]) => name.toLowerCase() === key.toLowerCase());
    if (entry === undefined) {
      return { errorCode: CartErrorCode.InvalidInput, errorDescription: formatText(CartErrorStrings.ProvisioningContextMissing, key) };
    }
    const value = entry[1];
    const ok = accepted === 'guid' ? isGuid(value) : accepted.some((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (!ok) {
      const supported = accepted === 'guid' ? 'a GUID' : accepted.join(', ');
      return { errorCode: CartErrorCode.InvalidInput, errorDescription: formatText(CartErrorStrings.ProvisioningContextInvalid, key, value, supported) };
    }
  }
  return undefined;
}

/**
 * Reads one line item and checks it against the catalog. Returns the normalized item (possibly with a line
 * `error`), or a request-level error for the rules the service answers with a 400.
 */
function readLineItem(raw: unknown, index: number, groupOf: (cycle: BillingCycle) => string): { item: CartLineItem } | { error: CartRequest } {
  if (!isObject(raw)) return { error: invalid(`lineItems[${index}] must be an object.`) };
  const id = readInteger(prop(raw, 'id')) ?? index;
  const catalogItemId = optionalString(prop(raw, 'catalogItemId', 'catalogId'));
  if (catalogItemId === undefined) return { error: invalid(`lineItems[${index}].catalogItemId is required.`) };
  const quantity = readInteger(prop(raw, 'quantity'));
  if (quantity === undefined) return { error: invalid(`lineItems[${index}].quantity must be an integer.`) };
  const cycleText = optionalString(prop(raw, 'billingCycle'));
  if (cycleText === undefined) return { error: invalid(`lineItems[${index}].billingCycle is required.`) };
  const billingCycle = parseBillingCycle(cycleText);
  if (billingCycle === undefined) {
    return { error: invalid(`lineItems[${index}].billingCycle '${cycleText}' is not one of: ${BILLING_CYCLES.join(', ')}.`) };
  }
  const termDuration = optionalString(prop(raw, 'termDuration'))?.toUpperCase();
  const renewsToRaw = prop(raw, 'renewsTo');
  const renewsToTerm = isObject(renewsToRaw) ? optionalString(prop(renewsToRaw, 'termDuration'))?.toUpperCase() : undefined;
  const provisioningContext = readStringMap(prop(raw, 'provisioningContext'));
  const participants = readParticipants(prop(raw, 'participants'));
  const friendlyName = optionalString(prop(raw, 'friendlyName'));
  const customTermEndDate = optionalString(prop(raw, 'customTermEndDate'));
  const promotionId = optionalString(prop(raw, 'promotionId'));
  const attestation = prop(raw, 'attestationAccepted');

  const catalogItem = findCatalogItem(catalogItemId);
  let error: CartLineItemError | undefined;
  if (catalogItem === undefined) {
    error = { errorCode: CartErrorCode.CatalogItemIdIsNotValid, errorDescription: CartErrorStrings.CatalogItemIdIsNotValid };
  } else {
    const term = catalogItem.terms.find((candidate) => candidate.termDuration === termDuration);
    const termBased = catalogItem.terms.length > 0;
    if ((termBased && term === undefined) || (!termBased && termDuration !== undefined)) {
      const text = formatText(PartnerFdStrings.TermNotSupported, availabilityId(catalogItem.catalogItemId), id, termDuration ?? '');
      return { error: { ok: false, error: partnerFdError(PartnerFdErrorCode.TermNotSupported, text) } };
    }
    const cycles = term === undefined ? catalogItem.billingCycles : term.billingCycles;
    if (!cycles.includes(billingCycle)) {
      return { error: { ok: false, error: partnerFdError(PartnerFdErrorCode.BillingCycleInvalid, PartnerFdStrings.BillingCycleInvalid) } };
    }
    if (quantity < 1) {
      const text = formatText(PartnerFdStrings.QuantityNotAllowed, id);
      return { error: { ok: false, error: partnerFdError(PartnerFdErrorCode.QuantityNotAllowed, text) } };
    }
    if (quantity > SANDBOX_LICENSES_PER_SUBSCRIPTION) {
      error = { errorCode: CartErrorCode.SandboxLimitExceeded, errorDescription: CartErrorStrings.SandboxLimitExceeded };
    } else {
      error = provisioningError(catalogItem, provisioningContext);
    }
  }

  const item: CartLineItem = {
    id,
    catalogItemId: catalogItem?.catalogItemId ?? catalogItemId,
    ...(friendlyName === undefined ? {} : { friendlyName }),
    quantity,
    currencyCode: 'USD',
    billingCycle,
    ...(termDuration === undefined ? {} : { termDuration }),
    ...(participants === undefined ? {} : { participants }),
    ...(provisioningContext === undefined ? {} : { provisioningContext }),
    orderGroup: groupOf(billingCycle),
    ...(renewsToTerm === undefined ? {} : { renewsTo: { termDuration: renewsToTerm } }),
    ...(customTermEndDate === undefined ? {} : { customTermEndDate }),
    ...(typeof attestation === 'boolean' ? { attestationAccepted: attestation } : {}),
    ...(promotionId === undefined ? {} : { promotionId }),
    ...(error === undefined ? {} : { error }),
  };
  return { item };
}

/**
 * Parses a Create or Update cart body. Line items are grouped into order groups by billing cycle, in order of
 * first appearance ("0", "1", …), as items that check out together share an order.
 */
export function readCartRequest(body: unknown): CartRequest {
  if (!isObject(body)) return invalid('The request body must be a JSON object.');
  const rawItems = prop(body, 'lineItems');
  if (!Array.isArray(rawItems) || rawItems.length === 0) {
    return { ok: false, error: partnerFdError(PartnerFdErrorCode.InvalidInput, PartnerFdStrings.LineItemsRequired) };
  }
  const groups = new Map<BillingCycle, string>();
  const groupOf = (cycle: BillingCycle): string => {
    const group = groups.get(cycle) ?? String(groups.size);
    groups.set(cycle, group);
    return group;
  };
  const lineItems: CartLineItem[] = [];
  for (const [index, raw] of rawItems.entries()) {
    const read = readLineItem(raw, index, groupOf);
    if ('error' in read) return read.error;
    lineItems.push(read.item);
  }
  const attestation = prop(body, 'partnerOnRecordAttestationAccepted');
  return { ok: true, lineItems, ...(typeof attestation === 'boolean' ? { attestationAccepted: attestation } : {}) };
}
