/**
 * Set-PartnerCustomerCart: replaces a cart's line items. Help: help/Set-PartnerCustomerCart.md.
 * As the module does, it reads the cart and sends it back with the new line items.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Commands/SetPartnerCustomerCart.cs
import { Validate, type BoundParameters } from '../../../engine/parameter-declaration.js';
import { format } from '../../../engine/strings/format.js';
import { lineItemRequests, updateRequest } from '../models/cart-request.js';
import { psCartFromWire } from '../models/cart.js';
import { CartParameters, PartnerParam } from '../parameter-types.js';
import { PartnerCmdlet } from '../partner-cmdlet.js';
import { Resources } from '../strings/Resources.js';

/** Updates the specified cart. */
export class SetPartnerCustomerCart extends PartnerCmdlet {
  static readonly cmdlet = {
    verb: 'Set',
    noun: 'PartnerCustomerCart',
    supportsShouldProcess: true,
    implementingType: 'Microsoft.Store.PartnerCenter.PowerShell.Commands.SetPartnerCustomerCart',
    outputType: ['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart'],
  } as const;

  static readonly parameters = {
    ...CartParameters,
    LineItems: PartnerParam.lineItems({ mandatory: true, helpMessage: 'The line items for the cart.', validate: [Validate.notNull()] }),
  } as const;

  override async processRecord(p: BoundParameters<typeof SetPartnerCustomerCart>): Promise<void> {
    if (!(await this.shouldProcess(format(Resources.SetPartnerCustomerCartWhatIf, p.CartId)))) return;
    const lineItems = lineItemRequests(p.LineItems);
    const cart = await this.invokePartnerCenter(
      p.CartId,
      async (client, observer) => {
        const { getCart, updateCart } = await import('../api/carts.js');
        const current = await getCart(client, p.CustomerId, p.CartId, observer);
        return updateCart(client, p.CustomerId, p.CartId, updateRequest(current, lineItems), observer);
      },
      { lineItems: p.LineItems, check: async () => (await import('../api/carts.js')).checkCartRequest({ lineItems }) },
    );
    if (cart !== undefined) this.writeObject(psCartFromWire(cart));
  }
}
