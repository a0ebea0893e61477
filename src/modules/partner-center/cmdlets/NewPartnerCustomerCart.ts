/**
 * New-PartnerCustomerCart: creates a cart for a customer. Help: help/New-PartnerCustomerCart.md.
 * Every line-item field is sent, TermDuration included (the archived module dropped it).
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Commands/NewPartnerCustomerCart.cs
import { Param, Validate, type BoundParameters } from '../../../engine/parameter-declaration.js';
import { format } from '../../../engine/strings/format.js';
import { lineItemRequests } from '../models/cart-request.js';
import { psCartFromWire } from '../models/cart.js';
import { PartnerParam } from '../parameter-types.js';
import { PartnerCmdlet } from '../partner-cmdlet.js';
import { GUID_PATTERN } from '../patterns.js';
import { Resources } from '../strings/Resources.js';

/** Creates a cart for a customer. */
export class NewPartnerCustomerCart extends PartnerCmdlet {
  static readonly cmdlet = {
    verb: 'New',
    noun: 'PartnerCustomerCart',
    supportsShouldProcess: true,
    implementingType: 'Microsoft.Store.PartnerCenter.PowerShell.Commands.NewPartnerCustomerCart',
    outputType: ['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart'],
  } as const;

  static readonly parameters = {
    CustomerId: Param.string({ mandatory: true, helpMessage: 'The identifier of the customer.', validate: [Validate.pattern(GUID_PATTERN)] }),
    LineItems: PartnerParam.lineItems({ mandatory: true, helpMessage: 'A list of cart line items.', validate: [Validate.notNull()] }),
  } as const;

  override async processRecord(p: BoundParameters<typeof NewPartnerCustomerCart>): Promise<void> {
    if (!(await this.shouldProcess(format(Resources.NewCartWhatIf, p.CustomerId)))) return;
    const request = { lineItems: lineItemRequests(p.LineItems) };
    const cart = await this.invokePartnerCenter(
      p.CustomerId,
      async (client, observer) => (await import('../api/carts.js')).createCart(client, p.CustomerId, request, observer),
      { lineItems: p.LineItems, check: async () => (await import('../api/carts.js')).checkCartRequest(request) },
    );
    if (cart !== undefined) this.writeObject(psCartFromWire(cart));
  }
}
