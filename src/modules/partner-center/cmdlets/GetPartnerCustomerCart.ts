/**
 * Get-PartnerCustomerCart: gets a customer's cart. Help: help/Get-PartnerCustomerCart.md.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Commands/GetPartnerCustomerCart.cs
import { type BoundParameters } from '../../../engine/parameter-declaration.js';
import { psCartFromWire } from '../models/cart.js';
import { CartParameters } from '../parameter-types.js';
import { PartnerCmdlet } from '../partner-cmdlet.js';

/** Gets a customer's cart. */
export class GetPartnerCustomerCart extends PartnerCmdlet {
  static readonly cmdlet = {
    verb: 'Get',
    noun: 'PartnerCustomerCart',
    implementingType: 'Microsoft.Store.PartnerCenter.PowerShell.Commands.GetPartnerCustomerCart',
    outputType: ['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart'],
  } as const;

  static readonly parameters = {
    ...CartParameters,
  } as const;

  override async processRecord(p: BoundParameters<typeof GetPartnerCustomerCart>): Promise<void> {
    const cart = await this.invokePartnerCenter(p.CartId, async (client, observer) => {
      const { getCart } = await import('../api/carts.js');
      return getCart(client, p.CustomerId, p.CartId, observer);
    });
    if (cart !== undefined) this.writeObject(psCartFromWire(cart));
  }
}
