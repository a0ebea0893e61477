/**
 * Cart line items as PowerShell sees them: the module's PSCartLineItem (what New-PartnerCustomerCartLineItem
 * writes and -LineItems takes) and the SDK's CartLineItem (what PSCart.LineItems holds), with the type
 * descriptor that lets the binder accept a PSCartLineItem, a CartLineItem or a hashtable of properties.
 */
import { convertTo, toPSString } from '../../../engine/conversion.js';
import { Hashtable, PSEnumValue, PSObject } from '../../../engine/ps-object.js';
import { PSTypes, type PSTypeInfo } from '../../../engine/type-info.js';
import type { CartLineItemResponse } from '../api/models.js';
import { BillingCycleType, CartErrorCode, ParticipantType, enumFromWire, enumValue } from './enums.js';

export const PSCartLineItemTypeName = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem';
export const CartLineItemTypeName = 'Microsoft.Store.PartnerCenter.Models.Carts.CartLineItem';
const CartErrorTypeName = 'Microsoft.Store.PartnerCenter.Models.Carts.CartError';
const ParticipantTypeName =
  'System.Collections.Generic.KeyValuePair`2[[Microsoft.Store.PartnerCenter.Models.Carts.ParticipantType],[System.String]]';
/** The SDK's `Dictionary<string, string>` ProvisioningContext. */
export const StringDictionaryTypeName = 'System.Collections.Generic.Dictionary`2[System.String,System.String]';

const RenewsToTypeName = 'Microsoft.Store.PartnerCenter.Models.Carts.RenewsTo';

/** The properties both line-item types declare, in their order, with the .NET type Get-Member shows. */
const SHARED_PROPERTIES = [
  ['BillingCycle', BillingCycleType.fullName],
  ['CatalogItemId', 'System.String'],
  ['CurrencyCode', 'System.String'],
  ['Error', CartErrorTypeName],
  ['FriendlyName', 'System.String'],
  ['Id', 'System.Int32'],
  ['OrderGroup', 'System.String'],
  ['Participants', `System.Collections.Generic.IEnumerable\`1[[${ParticipantTypeName}]]`],
] as const;

/** The properties of the module's PSCartLineItem in declaration order. */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Models/Carts/PSCartLineItem.cs
const PS_CART_LINE_ITEM_PROPERTIES = [
  ['AddonItems', `System.Collections.Generic.IEnumerable\`1[[${CartLineItemTypeName}]]`],
  ...SHARED_PROPERTIES,
  ['ProvisioningContext', 'System.Collections.Hashtable'],
  ['Quantity', 'System.Int32'],
  ['TermDuration', 'System.String'],
] as const;

/**
 * The properties of the SDK's CartLineItem as pwsh lists them with the module's 3.0 release: the SDK of that
 * release has RenewsTo and no AddonItems (the 2019 copy in the module's repository is older).
 */
// pwsh: `$cart.LineItems` transcript in microsoft/Partner-Center-PowerShell issue 316 (June 2020).
const CART_LINE_ITEM_PROPERTIES = [
  ...SHARED_PROPERTIES,
  ['ProvisioningContext', StringDictionaryTypeName],
  ['Quantity', 'System.Int32'],
  ['RenewsTo', RenewsToTypeName],
  ['TermDuration', 'System.String'],
] as const;

/** pcsh's addition to PSCartLineItem, present only when set: the term the subscription renews to (`P1M`, `P1Y`). */
export const RENEWS_TO = 'RenewsTo';

type LineItemPropertyName = (typeof PS_CART_LINE_ITEM_PROPERTIES)[number][0] | typeof RENEWS_TO;

/** The values a new PSCartLineItem gets: .NET defaults (0, null, Unknown) and an empty ProvisioningContext. */
function defaults(): Record<LineItemPropertyName, unknown> {
  return {
    AddonItems: null,
    BillingCycle: enumValue(BillingCycleType, 'Unknown'),
    CatalogItemId: null,
    CurrencyCode: null,
    Error: null,
    FriendlyName: null,
    Id: 0,
    OrderGroup: null,
    Participants: null,
    ProvisioningContext: new Hashtable(),
    Quantity: 0,
    TermDuration: null,
    RenewsTo: null,
  };
}

/** A new PSCartLineItem with the given property values (the rest at their defaults). */
export function newPSCartLineItem(values: Partial<Record<LineItemPropertyName, unknown>> = {}): PSObject {
  const item = new PSObject([PSCartLineItemTypeName, 'System.Object']);
  const all = { ...defaults(), ...values };
  for (const [name, type] of PS_CART_LINE_ITEM_PROPERTIES) item.setProperty(name, all[name], type);
  if (all.RenewsTo !== null && all.RenewsTo !== undefined) item.setProperty(RENEWS_TO, all.RenewsTo, 'System.String');
  return item;
}

/** True for a PSCartLineItem or an SDK CartLineItem. */
export function isLineItem(value: unknown): value is PSObject {
  return value instanceof PSObject && (value.typeNames[0] === PSCartLineItemTypeName || value.typeNames[0] === CartLineItemTypeName);
}

function toInt(value: unknown): number {
  return convertTo(value, PSTypes.Int32) as number;
}

/** A BillingCycleType member; a string from the service that names none passes through when `lenient`. */
function toBillingCycle(value: unknown, lenient: boolean): PSEnumValue | string {
  if (value instanceof PSEnumValue) return value;
  if (typeof value === 'number') {
    const member = PSEnumValue.fromValue(BillingCycleType, value);
    if (member === undefined) throw new Error(`${value} is not a BillingCycleType value.`);
    return member;
  }
  const member = PSEnumValue.parse(BillingCycleType, toPSString(value));
  if (member !== undefined) return member;
  if (lenient) return toPSString(value);
  throw new Error(`${toPSString(value)} is not a BillingCycleType name.`);
}

/** Copies the entries of a hashtable or the properties of a PSCustomObject into a new Hashtable. */
function toHashtable(value: unknown, kind: 'Hashtable' | 'Dictionary' = 'Hashtable'): Hashtable {
  const table = kind === 'Hashtable' ? new Hashtable() : new Hashtable('Dictionary', StringDictionaryTypeName);
  if (value instanceof Hashtable) for (const [key, entry] of value) table.set(toPSString(key), toPSString(entry));
  else if (value instanceof PSObject) for (const property of value.properties) table.set(property.name, toPSString(property.value));
  else if (value !== null && value !== undefined) throw new Error('ProvisioningContext must be a hashtable.');
  return table;
}

/** Converts one property value to what a PSCartLineItem holds; throws when it cannot. */
function convertProperty(name: LineItemPropertyName, value: unknown, lenient: boolean): unknown {
  if (value === null || value === undefined) return name === 'ProvisioningContext' ? new Hashtable() : null;
  switch (name) {
    case 'Id':
    case 'Quantity':
      return toInt(value);
    case 'BillingCycle':
      return toBillingCycle(value, lenient);
    case 'ProvisioningContext':
      return toHashtable(value);
    case 'AddonItems':
    case 'Participants':
      return Array.isArray(value) ? value : [value];
    case 'Error':
      return value;
    case 'RenewsTo':
      // The SDK's RenewsTo object carries the term; PSCartLineItem keeps the term itself.
      return value instanceof PSObject ? (value.getProperty('TermDuration')?.value ?? null) : toPSString(value);
    default:
      return toPSString(value);
  }
}

const PROPERTY_NAMES: readonly LineItemPropertyName[] = [...PS_CART_LINE_ITEM_PROPERTIES.map(([name]) => name), RENEWS_TO];

/**
 * pwsh's `[PSCartLineItem]$value`: a CartLineItem converts through PSCartLineItem's constructor (it copies
 * every property); a hashtable or PSCustomObject sets the properties it names, as pwsh does for a type with a
 * parameterless constructor. Returns `undefined` for a value that names an unknown property or holds a value
 * that does not convert (the binder then reports pwsh's conversion error).
 */
// pwsh: LanguagePrimitives.ConvertViaNoArgumentConstructor; PSCartLineItem(CartLineItem) in PSCartLineItem.cs.
export function toPSCartLineItem(value: unknown): PSObject | undefined {
  let entries: [string, unknown][];
  const fromService = value instanceof PSObject && value.typeNames[0] === CartLineItemTypeName;
  if (fromService) {
    entries = value.properties.map((p) => [p.name, p.value]);
  } else if (value instanceof Hashtable) {
    entries = [...value].map(([key, entry]) => [toPSString(key), entry]);
  } else if (value instanceof PSObject && value.isCustomObject) {
    entries = value.properties.map((p) => [p.name, p.value]);
  } else {
    return undefined;
  }
  const values: Partial<Record<LineItemPropertyName, unknown>> = {};
  for (const [key, entry] of entries) {
    const name = PROPERTY_NAMES.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
    if (name === undefined) return undefined;
    try {
      values[name] = convertProperty(name, entry, fromService);
    } catch {
      return undefined;
    }
  }
  return newPSCartLineItem(values);
}

/**
 * The PSTypeInfo of PSCartLineItem, used by `-LineItems` and `-LineItem`: PSCartLineItems bind as they are,
 * other values through {@link toPSCartLineItem}.
 */
export const PSCartLineItemType: PSTypeInfo = {
  fullName: PSCartLineItemTypeName,
  name: 'PSCartLineItem',
  syntaxName: 'PSCartLineItem',
  isInstance: (value) => value instanceof PSObject && value.typeNames[0] === PSCartLineItemTypeName,
  convertFrom: toPSCartLineItem,
};

/**
 * The PSTypeInfo of the SDK's CartLineItem (what PSCart.LineItems holds): for `-is` and casts. A PSCartLineItem
 * does not convert back to it, as in pwsh.
 */
export const CartLineItemType: PSTypeInfo = {
  fullName: CartLineItemTypeName,
  name: 'CartLineItem',
  syntaxName: 'CartLineItem',
  isInstance: (value) => value instanceof PSObject && value.typeNames[0] === CartLineItemTypeName,
};

function wireInt(value: number | string | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number.parseInt(value, 10);
}

function wireProvisioningContext(context: CartLineItemResponse['provisioningContext']): Hashtable {
  const table = new Hashtable('Dictionary', StringDictionaryTypeName);
  for (const [key, value] of Object.entries(context ?? {})) table.set(key, value === null ? null : String(value));
  return table;
}

/** The SDK CartLineItem the service's JSON deserialises to; unknown enum values pass through unchanged. */
export function cartLineItemFromWire(wire: CartLineItemResponse): PSObject {
  const error =
    wire.error === null || wire.error === undefined
      ? null
      : new PSObject(
          [CartErrorTypeName, 'System.Object'],
          [
            ['ErrorCode', wire.error.errorCode === null || wire.error.errorCode === undefined ? enumValue(CartErrorCode, 'Unknown') : enumFromWire(CartErrorCode, wireInt(wire.error.errorCode))],
            ['ErrorDescription', wire.error.errorDescription ?? null],
          ],
        );
  const renewsTo = Array.isArray(wire.renewsTo) ? wire.renewsTo[0] : wire.renewsTo;
  const values: Record<(typeof CART_LINE_ITEM_PROPERTIES)[number][0], unknown> = {
    BillingCycle: wire.billingCycle === null || wire.billingCycle === undefined ? enumValue(BillingCycleType, 'Unknown') : enumFromWire(BillingCycleType, wire.billingCycle),
    CatalogItemId: wire.catalogItemId ?? wire.catalogId ?? null,
    CurrencyCode: wire.currencyCode ?? null,
    Error: error,
    FriendlyName: wire.friendlyName ?? null,
    Id: wireInt(wire.id),
    OrderGroup: wire.orderGroup === null || wire.orderGroup === undefined ? null : String(wire.orderGroup),
    Participants:
      wire.participants === null || wire.participants === undefined
        ? null
        : wire.participants.map(
            (p) =>
              new PSObject(
                [ParticipantTypeName, 'System.ValueType', 'System.Object'],
                [
                  ['Key', enumFromWire(ParticipantType, p.key)],
                  ['Value', p.value],
                ],
              ),
          ),
    ProvisioningContext: wireProvisioningContext(wire.provisioningContext),
    Quantity: wire.quantity ?? 0,
    RenewsTo:
      renewsTo === null || renewsTo === undefined ? null : new PSObject([RenewsToTypeName, 'System.Object'], [['TermDuration', renewsTo.termDuration ?? null]]),
    TermDuration: wire.termDuration ?? null,
  };
  const item = new PSObject([CartLineItemTypeName, 'System.Object']);
  for (const [name, type] of CART_LINE_ITEM_PROPERTIES) item.setProperty(name, values[name], type);
  return item;
}
