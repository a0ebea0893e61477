/**
 * Submit-PartnerCustomerCart: checks out a cart, creating its orders. Help: help/Submit-PartnerCustomerCart.md.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Commands/SubmitPartnerCustomerCart.cs
import { type BoundParameters } from '../../../engine/parameter-declaration.js';
import { format } from '../../../engine/strings/format.js';
import { psCartCheckoutResultFromWire } from '../models/cart.js';
import { CartParameters } from '../parameter-types.js';
import { PartnerCmdlet } from '../partner-cmdlet.js';
import { Resources } from '../strings/Resources.js';

/** Checks out the specified cart. */
export class SubmitPartnerCustomerCart extends PartnerCmdlet {
  static readonly cmdlet = {
    verb: 'Submit',
    noun: 'PartnerCustomerCart',
    supportsShouldProcess: true,
    implementingType: 'Microsoft.Store.PartnerCenter.PowerShell.Commands.SubmitPartnerCustomerCart',
    outputType: ['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartCheckoutResult'],
  } as const;

  static readonly parameters = {
    ...CartParameters,
  } as const;

  override async processRecord(p: BoundParameters<typeof SubmitPartnerCustomerCart>): Promise<void> {
    if (!(await this.shouldProcess(format(Resources.CheckoutPartnerCustomerCartWhatIf, p.CartId)))) return;
    const result = await this.invokePartnerCenter(p.CartId, async (client, observer) => {
      const { checkoutCart } = await import('../api/carts.js');
      return checkoutCart(client, p.CustomerId, p.CartId, observer);
    });
    if (result !== undefined) this.writeObject(psCartCheckoutResultFromWire(result));
  }
}
