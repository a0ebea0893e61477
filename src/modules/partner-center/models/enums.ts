/**
 * The enum types of the Partner Center SDK and module, with the SDK's member values, and the mapping between
 * enum members and their wire spellings (`OneTime` ↔ `one_time`).
 */
import { PSEnumValue, type PSEnumType } from '../../../engine/ps-object.js';

// pwsh: Partner-Center-PowerShell cd9d363^:src/PartnerCenter/Models/Products/BillingCycleType.cs (the type
// PSCartLineItem and CartLineItem use).
export const BillingCycleType: PSEnumType = {
  fullName: 'Microsoft.Store.PartnerCenter.Models.Products.BillingCycleType',
  name: 'BillingCycleType',
  members: [['Unknown', 0], ['Monthly', 1], ['Annual', 2], ['None', 3], ['OneTime', 4]],
};

/** The Offers namespace's twin of {@link BillingCycleType}, used by Order (Models/Offers/BillingCycleType.cs). */
export const OfferBillingCycleType: PSEnumType = { ...BillingCycleType, fullName: 'Microsoft.Store.PartnerCenter.Models.Offers.BillingCycleType' };

// pwsh: Partner-Center-PowerShell cd9d363^:src/PartnerCenter/Models/Carts/ParticipantType.cs
export const ParticipantType: PSEnumType = {
  fullName: 'Microsoft.Store.PartnerCenter.Models.Carts.ParticipantType',
  name: 'ParticipantType',
  members: [['Unknown', 0], ['TransactionReseller', 1]],
};

// pwsh: Partner-Center-PowerShell cd9d363^:src/PartnerCenter/Models/Carts/CartErrorCode.cs
export const CartErrorCode: PSEnumType = {
  fullName: 'Microsoft.Store.PartnerCenter.Models.Carts.CartErrorCode',
  name: 'CartErrorCode',
  members: [
    ['Unknown', 0], ['CurrencyIsNotSupported', 10000], ['CatalogItemIdIsNotValid', 10001], ['QuotaNotAvailable', 10002],
    ['InventoryNotAvailable', 10003], ['ParticipantsIsNotSupportedForPartner', 10004], ['UnableToProcessCartLineItem', 10006],
    ['SubscriptionIsNotValid', 10007], ['SubscriptionIsNotEnabledForRI', 10008], ['SandboxLimitExceeded', 10009], ['InvalidInput', 10010],
  ],
};

/**
 * The clouds Connect-PartnerCenter knows. `Sandbox` is pcsh's addition: the local Partner Center sandbox.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Models/Authentication/EnvironmentName.cs
export const EnvironmentName: PSEnumType = {
  fullName: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.EnvironmentName',
  name: 'EnvironmentName',
  members: [['AzureCloud', 0], ['AzureChinaCloud', 1], ['AzureGermanCloud', 2], ['AzurePPE', 3], ['AzureUSGovernment', 4], ['Sandbox', 5]],
};

// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Models/Authentication/AccountType.cs
export const AccountType: PSEnumType = {
  fullName: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.AccountType',
  name: 'AccountType',
  members: [['AccessToken', 0], ['Certificate', 1], ['ManagedService', 2], ['ServicePrincipal', 3], ['User', 4]],
};

/** The member of `type` called `name`; throws for a name that is not a member (a bug in pcsh, not user input). */
export function enumValue(type: PSEnumType, name: string): PSEnumValue {
  const value = PSEnumValue.parse(type, name);
  if (value === undefined) throw new Error(`${name} is not a member of ${type.fullName}.`);
  return value;
}

/**
 * Reads an enum value sent by the service. The SDK's EnumJsonConverter turns `one_time` into `OneTime` and
 * integers into members; pcsh does the same, but a value no member matches passes through unchanged (a string
 * or number) instead of failing, so a new service value never breaks a command.
 */
// pwsh: Partner-Center-PowerShell cd9d363^:src/PartnerCenter/Models/JsonConverters/EnumJsonConverter.cs (ReadJson)
export function enumFromWire(type: PSEnumType, wire: string | number): PSEnumValue | string | number {
  if (typeof wire === 'number') return PSEnumValue.fromValue(type, wire) ?? wire;
  return PSEnumValue.parse(type, wire.replace(/_/g, '')) ?? wire;
}

/**
 * Writes an enum value as the service spells it: the member name in snake_case (`OneTime` → `one_time`).
 * A string that names a member in any spelling (`OneTime`, `onetime`, `one_time`) is written as that member;
 * any other string (a value the service sent that pcsh does not know) is sent back unchanged.
 */
export function enumToWire(type: PSEnumType, value: PSEnumValue | string): string {
  const member = value instanceof PSEnumValue ? value : PSEnumValue.parse(type, value.replace(/_/g, ''));
  if (member === undefined) return value as string;
  return member.name.replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase();
}
