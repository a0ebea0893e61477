/**
 * PSCart and PSCartCheckoutResult, and the SDK objects they hold (CartLineItem, Order, OrderError), built from
 * the service's JSON with the real property names, order and types. No format view is registered for them in
 * the real module, so pwsh shows them with its default list view.
 */
import { Hashtable, PSDateTime, PSObject } from '../../../engine/ps-object.js';
import type { CartCheckoutResultResponse, CartResponse, LinkResponse, OrderErrorResponse, OrderLineItemResponse, OrderResponse } from '../api/models.js';
import { StringDictionaryTypeName, cartLineItemFromWire } from './cart-line-item.js';
import { OfferBillingCycleType, enumFromWire, enumValue } from './enums.js';

export const PSCartTypeName = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart';
export const PSCartCheckoutResultTypeName = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartCheckoutResult';
const OrderTypeName = 'Microsoft.Store.PartnerCenter.Models.Orders.Order';
const OrderLineItemTypeName = 'Microsoft.Store.PartnerCenter.Models.Orders.OrderLineItem';
const OrderErrorTypeName = 'Microsoft.Store.PartnerCenter.Models.Carts.OrderError';

/**
 * A .NET DateTime read from the service: `Z` or an offset gives a UTC instant, no zone an Unspecified reading
 * (Json.NET's RoundtripKind, as the SDK deserialises). `undefined` for a missing value.
 */
export function dateTimeFromWire(text: string | null | undefined): PSDateTime | undefined {
  if (text === null || text === undefined) return undefined;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text);
  const milliseconds = Date.parse(zoned ? text : `${text}Z`);
  return Number.isNaN(milliseconds) ? undefined : new PSDateTime(milliseconds, zoned ? 'Utc' : 'Unspecified');
}

function object(typeName: string, properties: readonly (readonly [string, unknown])[]): PSObject {
  return new PSObject([typeName, 'System.Object'], properties);
}

/** The module's PSCart, from the service's cart (`PSCart(Cart)` copies the SDK cart and renames Id to CartId). */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Models/Carts/PSCart.cs
export function psCartFromWire(cart: CartResponse): PSObject {
  return object(PSCartTypeName, [
    ['CreationTimestamp', dateTimeFromWire(cart.creationTimestamp ?? cart.creationTimeStamp) ?? null],
    ['ExpirationTimestamp', dateTimeFromWire(cart.expirationTimestamp ?? cart.expirationTimeStamp) ?? dateTimeMinValue()],
    ['CartId', cart.id],
    ['LastModifiedTimestamp', dateTimeFromWire(cart.lastModifiedTimestamp ?? cart.lastModifiedTimeStamp) ?? null],
    ['LastModifiedUser', cart.lastModifiedUser ?? null],
    ['LineItems', cart.lineItems === null || cart.lineItems === undefined ? null : cart.lineItems.map(cartLineItemFromWire)],
    ['Status', cart.status ?? null],
  ]);
}

/** DateTime.MinValue (`1/1/0001 12:00:00 AM`): what a non-nullable DateTime holds when the JSON has none. */
export function dateTimeMinValue(): PSDateTime {
  return new PSDateTime(new Date('0001-01-01T00:00:00Z').getTime(), 'Unspecified');
}

function link(value: LinkResponse | null | undefined): PSObject | null {
  if (value === null || value === undefined) return null;
  return object('Microsoft.Store.PartnerCenter.Models.Link', [
    ['Headers', value.headers ?? null],
    ['Method', value.method ?? null],
    ['Uri', value.uri ?? null],
  ]);
}

function links(typeName: string, names: readonly string[], value: Readonly<Record<string, LinkResponse | null>> | null | undefined): PSObject | null {
  if (value === null || value === undefined) return null;
  return object(typeName, names.map((name) => [name.charAt(0).toUpperCase() + name.slice(1), link(value[name])] as const));
}

function stringDictionary(value: Readonly<Record<string, string | number | boolean | null>> | null | undefined): Hashtable {
  const table = new Hashtable('Dictionary', StringDictionaryTypeName);
  for (const [key, entry] of Object.entries(value ?? {})) table.set(key, entry === null ? null : String(entry));
  return table;
}

function attributes(objectType: string, etag: string | null | undefined): PSObject {
  return object('Microsoft.Store.PartnerCenter.Models.ResourceAttributes', [
    ['Etag', etag ?? null],
    ['ObjectType', objectType],
  ]);
}

// pwsh: Partner-Center-PowerShell cd9d363^:src/PartnerCenter/Models/Orders/OrderLineItem.cs (derived
// properties first, then ResourceBaseWithLinks.Links and ResourceBase.Attributes, as .NET reflection lists them).
function orderLineItem(item: OrderLineItemResponse): PSObject {
  const pricing = item.pricing;
  return object(OrderLineItemTypeName, [
    ['FriendlyName', item.friendlyName ?? null],
    ['LineItemNumber', item.lineItemNumber ?? 0],
    ['OfferId', item.offerId ?? null],
    ['ParentSubscriptionId', item.parentSubscriptionId ?? null],
    ['PartnerIdOnRecord', item.partnerIdOnRecord ?? null],
    [
      'Pricing',
      pricing === null || pricing === undefined
        ? null
        : object(
            'Microsoft.Store.PartnerCenter.Models.Orders.Pricing',
            ['discountedPrice', 'extendedPrice', 'listPrice', 'proratedPrice', 'price'].map((name) => [name.charAt(0).toUpperCase() + name.slice(1), pricing[name] ?? null] as const),
          ),
    ],
    ['ProvisioningContext', stringDictionary(item.provisioningContext)],
    ['Quantity', item.quantity ?? 0],
    ['SubscriptionId', item.subscriptionId ?? null],
    ['TermDuration', item.termDuration ?? null],
    ['TransactionType', item.transactionType ?? null],
    ['Links', links('Microsoft.Store.PartnerCenter.Models.Orders.OrderLineItemLinks', ['activationLinks', 'availability', 'product', 'provisioningStatus', 'sku', 'subscription'], item.links)],
    ['Attributes', attributes('OrderLineItem', undefined)],
  ]);
}

// pwsh: Partner-Center-PowerShell cd9d363^:src/PartnerCenter/Models/Orders/Order.cs
function order(value: OrderResponse): PSObject {
  return object(OrderTypeName, [
    ['BillingCycle', value.billingCycle === null || value.billingCycle === undefined ? enumValue(OfferBillingCycleType, 'Unknown') : enumFromWire(OfferBillingCycleType, value.billingCycle)],
    ['CreationDate', dateTimeFromWire(value.creationDate) ?? null],
    ['CurrencyCode', value.currencyCode ?? null],
    ['CurrencySymbol', value.currencySymbol ?? null],
    ['Id', value.id ?? null],
    ['LineItems', value.lineItems === null || value.lineItems === undefined ? null : value.lineItems.map(orderLineItem)],
    ['Links', links('Microsoft.Store.PartnerCenter.Models.Orders.OrderLinks', ['patchOperation', 'provisioningStatus', 'self'], value.links)],
    ['ReferenceCustomerId', value.referenceCustomerId ?? null],
    ['Status', value.status ?? null],
    ['TotalPrice', value.totalPrice ?? null],
    ['TransactionType', value.transactionType ?? null],
    ['Attributes', attributes(value.attributes?.objectType ?? 'Order', value.attributes?.etag)],
  ]);
}

// pwsh: Partner-Center-PowerShell cd9d363^:src/PartnerCenter/Models/Carts/OrderError.cs
function orderError(value: OrderErrorResponse): PSObject {
  return object(OrderErrorTypeName, [
    ['OrderGroupId', value.orderGroupId === null || value.orderGroupId === undefined ? null : String(value.orderGroupId)],
    ['Code', value.code === null || value.code === undefined ? 0 : Number(value.code)],
    ['Description', value.description ?? null],
    ['Attributes', attributes('OrderError', undefined)],
  ]);
}

/** The module's PSCartCheckoutResult: OrderErrors, then Orders, in PSCartCheckoutResult.cs's order. */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Models/Carts/PSCartCheckoutResult.cs
export function psCartCheckoutResultFromWire(result: CartCheckoutResultResponse): PSObject {
  return object(PSCartCheckoutResultTypeName, [
    ['OrderErrors', (result.orderErrors ?? []).map(orderError)],
    ['Orders', (result.orders ?? []).map(order)],
  ]);
}
