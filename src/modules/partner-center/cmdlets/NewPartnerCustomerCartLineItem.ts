/**
 * New-PartnerCustomerCartLineItem: builds a cart line item in memory. Help: help/New-PartnerCustomerCartLineItem.md.
 * pcsh adds -TermDuration and -RenewsTo, which term-based (NCE) offers need.
 */
// pwsh: Partner-Center-PowerShell e8ae392^:src/PowerShell/Commands/NewPartnerCustomerCartLineItem.cs (the cmdlet
// was removed from the module later; its parameters and WhatIf text are those of that commit).
import { PSCmdlet } from '../../../engine/cmdlet.js';
import { toPSString } from '../../../engine/conversion.js';
import { Hashtable } from '../../../engine/ps-object.js';
import { Param, Validate, type BoundParameters } from '../../../engine/parameter-declaration.js';
import { newPSCartLineItem } from '../models/cart-line-item.js';
import { BillingCycleType } from '../models/enums.js';
import { GUID_PATTERN } from '../patterns.js';
import { Resources } from '../strings/Resources.js';

/** Creates a new cart line item object in memory. */
export class NewPartnerCustomerCartLineItem extends PSCmdlet {
  static readonly cmdlet = {
    verb: 'New',
    noun: 'PartnerCustomerCartLineItem',
    supportsShouldProcess: true,
    implementingType: 'Microsoft.Store.PartnerCenter.PowerShell.Commands.NewPartnerCustomerCartLineItem',
    outputType: ['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem'],
  } as const;

  static readonly parameters = {
    BillingCycle: Param.enum(BillingCycleType, {
      mandatory: true,
      helpMessage: 'The type of billing cycle set for the current period.',
      validate: [Validate.set(['Annual', 'Monthly', 'None', 'OneTime'])],
    }),
    CatalogItemId: Param.string({ mandatory: true, helpMessage: 'The catalog item identifier.', validate: [Validate.notNullOrEmpty()] }),
    // The module declared this pattern with RegexOptions.Compiled only (no IgnoreCase); the pattern lists both cases.
    CustomerId: Param.string({ mandatory: true, helpMessage: 'The identifier of the customer.', validate: [Validate.pattern(GUID_PATTERN, { ignoreCase: false })] }),
    CurrencyCode: Param.string({ helpMessage: 'The currency code used when this line item is invoiced.', validate: [Validate.notNullOrEmpty()] }),
    FriendlyName: Param.string({ helpMessage: 'The friendly name for the item defined by the partner to help disambiguate.', validate: [Validate.notNullOrEmpty()] }),
    OrderGroup: Param.string({ helpMessage: 'A group to indicate which items can be placed together.', validate: [Validate.notNullOrEmpty()] }),
    ProvisioningContext: Param.hashtable({ helpMessage: 'A context used for provisioning of offer.', validate: [Validate.notNull()] }),
    Quantity: Param.int({ helpMessage: 'The number of licenses or instances.', validate: [Validate.notNull()] }),
    RenewsTo: Param.string({ helpMessage: 'The term duration the subscription renews to (ISO 8601).', validate: [Validate.set(['P1M', 'P1Y'])] }),
    TermDuration: Param.string({ helpMessage: 'The term duration of the offer (ISO 8601).', validate: [Validate.set(['P1M', 'P1Y', 'P3Y'])] }),
  } as const;

  override async processRecord(p: BoundParameters<typeof NewPartnerCustomerCartLineItem>): Promise<void> {
    if (!(await this.shouldProcess(Resources.NewPartnerCustomerCartLineItemWhatIf))) return;
    // The module copies each entry as `Key.ToString()` → `Value.ToString()`.
    const context = new Hashtable();
    if (p.ProvisioningContext !== undefined) for (const [key, value] of p.ProvisioningContext) context.set(toPSString(key), toPSString(value));
    this.writeObject(
      newPSCartLineItem({
        BillingCycle: p.BillingCycle,
        CatalogItemId: p.CatalogItemId,
        CurrencyCode: p.CurrencyCode ?? null,
        FriendlyName: p.FriendlyName ?? null,
        OrderGroup: p.OrderGroup ?? null,
        ProvisioningContext: context,
        Quantity: p.Quantity ?? 0,
        TermDuration: p.TermDuration ?? null,
        RenewsTo: p.RenewsTo ?? null,
      }),
    );
  }
}
