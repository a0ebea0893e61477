/**
 * PowerShell line items → the JSON pcsh sends. Every field the service documents is sent; the archived module
 * dropped TermDuration (and had no RenewsTo), so term-based offers failed with "does not support term ''".
 * The result is checked against the strict request schema before anything is sent.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Commands/NewPartnerCustomerCart.cs copies BillingCycle,
// CatalogItemId, CurrencyCode, Error, FriendlyName, Id, OrderGroup, Participants, Quantity, ProvisioningContext.
import { toPSString } from '../../../engine/conversion.js';
import { Hashtable, PSEnumValue, PSObject } from '../../../engine/ps-object.js';
import type { CartLineItemRequest, CartRequest, CartResponse } from '../api/models.js';
import { BillingCycleType, ParticipantType, enumToWire } from './enums.js';

function text(item: PSObject, name: string): string | undefined {
  const value = item.getProperty(name)?.value;
  if (value === null || value === undefined) return undefined;
  const result = toPSString(value);
  return result === '' ? undefined : result;
}

function participants(value: unknown): { key: string; value: string }[] | undefined {
  if (value === null || value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : [value]).map((pair: unknown) => {
    const get = (name: string): unknown => (pair instanceof PSObject ? pair.getProperty(name)?.value : pair instanceof Hashtable ? pair.get(name) : undefined);
    const key = get('Key');
    return { key: key instanceof PSEnumValue || typeof key === 'string' ? enumToWire(ParticipantType, key) : toPSString(key), value: toPSString(get('Value')) };
  });
  return list.length === 0 ? undefined : list;
}

function provisioningContext(value: unknown): Record<string, string> | undefined {
  if (!(value instanceof Hashtable) || value.size === 0) return undefined;
  const context: Record<string, string> = {};
  for (const [key, entry] of value) context[toPSString(key)] = toPSString(entry);
  return context;
}

function renewsTo(value: unknown): { termDuration: string } | undefined {
  if (value === null || value === undefined) return undefined;
  const term = value instanceof PSObject ? value.getProperty('TermDuration')?.value : value;
  return term === null || term === undefined ? undefined : { termDuration: toPSString(term) };
}

/**
 * One line item as the service expects it. Values that are missing or of the wrong type are left for the
 * schema to report (so the error names the field), never guessed.
 */
export function lineItemRequest(item: PSObject): CartLineItemRequest {
  const billingCycle = item.getProperty('BillingCycle')?.value;
  const request: Record<string, unknown> = {
    id: item.getProperty('Id')?.value ?? 0,
    catalogItemId: text(item, 'CatalogItemId'),
    quantity: item.getProperty('Quantity')?.value,
    billingCycle: billingCycle instanceof PSEnumValue || typeof billingCycle === 'string' ? enumToWire(BillingCycleType, billingCycle) : undefined,
    friendlyName: text(item, 'FriendlyName'),
    termDuration: text(item, 'TermDuration'),
    currencyCode: text(item, 'CurrencyCode'),
    orderGroup: text(item, 'OrderGroup'),
    participants: participants(item.getProperty('Participants')?.value),
    provisioningContext: provisioningContext(item.getProperty('ProvisioningContext')?.value),
    renewsTo: renewsTo(item.getProperty('RenewsTo')?.value),
  };
  for (const key of Object.keys(request)) if (request[key] === undefined) delete request[key];
  return request as unknown as CartLineItemRequest;
}

/**
 * The line items of a request. Ids are client-assigned indexes; items made by New-PartnerCustomerCartLineItem
 * all have Id 0, so when ids repeat they are renumbered 0, 1, 2… in order (the archived module sent the
 * duplicates as they were).
 */
export function lineItemRequests(items: readonly PSObject[]): CartLineItemRequest[] {
  const requests = items.map(lineItemRequest);
  const ids = requests.map((r) => r.id);
  if (new Set(ids).size !== ids.length) return requests.map((r, index) => ({ ...r, id: index }));
  return requests;
}

/**
 * The body of an update: the fetched cart's own fields (in the documented `…Timestamp` spelling) with new line
 * items, as the module's Set-PartnerCustomerCart PUTs the cart it read.
 */
export function updateRequest(cart: CartResponse, lineItems: readonly CartLineItemRequest[]): CartRequest {
  const fields: Record<string, unknown> = {
    id: cart.id,
    creationTimestamp: cart.creationTimestamp ?? cart.creationTimeStamp ?? undefined,
    lastModifiedTimestamp: cart.lastModifiedTimestamp ?? cart.lastModifiedTimeStamp ?? undefined,
    expirationTimestamp: cart.expirationTimestamp ?? cart.expirationTimeStamp ?? undefined,
    lastModifiedUser: cart.lastModifiedUser ?? undefined,
    status: cart.status ?? undefined,
    lineItems,
  };
  for (const key of Object.keys(fields)) if (fields[key] === undefined) delete fields[key];
  return fields as unknown as CartRequest;
}
