/**
 * The PartnerCenter module: its command table, known by name before any class loads (listing commands loads
 * nothing; invoking one loads that one file). Version 3.0.10 is the last release of Microsoft's archived module,
 * whose commands, parameters and behaviour this module reproduces (with the fixes listed in the README).
 */
import type { ModuleInfo } from '../../engine/command-info.js';
import { registerType } from '../../engine/type-resolver.js';
import { enumTypeInfo } from '../../engine/type-info.js';
import './format-views.js';
import { CartLineItemType, PSCartLineItemType } from './models/cart-line-item.js';
import { AccountType, BillingCycleType, CartErrorCode, EnvironmentName, OfferBillingCycleType, ParticipantType } from './models/enums.js';

// The module's types, by full name, for casts, `-is` and `New-Object` (`[…Carts.PSCartLineItem]@{ Quantity = 1 }`).
registerType(PSCartLineItemType);
registerType(CartLineItemType);
for (const type of [BillingCycleType, OfferBillingCycleType, ParticipantType, CartErrorCode, EnvironmentName, AccountType]) registerType(enumTypeInfo(type));

export const PartnerCenterModule: ModuleInfo = {
  name: 'PartnerCenter',
  version: '3.0.10',
  commands: {
    'Add-PartnerCustomerCartLineItem': () => import('./cmdlets/AddPartnerCustomerCartLineItem.js').then((m) => m.AddPartnerCustomerCartLineItem),
    'Connect-PartnerCenter': () => import('./cmdlets/ConnectPartnerCenter.js').then((m) => m.ConnectPartnerCenter),
    'Disconnect-PartnerCenter': () => import('./cmdlets/DisconnectPartnerCenter.js').then((m) => m.DisconnectPartnerCenter),
    'Get-PartnerContext': () => import('./cmdlets/GetPartnerContext.js').then((m) => m.GetPartnerContext),
    'Get-PartnerCustomerCart': () => import('./cmdlets/GetPartnerCustomerCart.js').then((m) => m.GetPartnerCustomerCart),
    'New-PartnerCustomerCart': () => import('./cmdlets/NewPartnerCustomerCart.js').then((m) => m.NewPartnerCustomerCart),
    'New-PartnerCustomerCartLineItem': () => import('./cmdlets/NewPartnerCustomerCartLineItem.js').then((m) => m.NewPartnerCustomerCartLineItem),
    'Set-PartnerCustomerCart': () => import('./cmdlets/SetPartnerCustomerCart.js').then((m) => m.SetPartnerCustomerCart),
    'Submit-PartnerCustomerCart': () => import('./cmdlets/SubmitPartnerCustomerCart.js').then((m) => m.SubmitPartnerCustomerCart),
  },
};
