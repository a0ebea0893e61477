/**
 * Add-PartnerCustomerCartLineItem: adds a line item to a cart. Help: help/Add-PartnerCustomerCartLineItem.md.
 * The archived module added the item to a copy of the line items and then sent the unchanged cart, so nothing
 * was added; pcsh sends the cart with the new item.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Commands/AddPartnerCustomerCartLineItem.cs
import { Validate, type BoundParameters } from '../../../engine/parameter-declaration.js';
import { format } from '../../../engine/strings/format.js';
import { psFieldName } from '../error-records.js';
import { cartLineItemFromWire } from '../models/cart-line-item.js';
import { lineItemRequest, updateRequest } from '../models/cart-request.js';
import { psCartFromWire } from '../models/cart.js';
import { CartParameters, PartnerParam } from '../parameter-types.js';
import { PartnerCmdlet } from '../partner-cmdlet.js';
import { Resources } from '../strings/Resources.js';

/** Adds a cart line item to the specified cart. */
export class AddPartnerCustomerCartLineItem extends PartnerCmdlet {
  static readonly cmdlet = {
    verb: 'Add',
    noun: 'PartnerCustomerCartLineItem',
    supportsShouldProcess: true,
    implementingType: 'Microsoft.Store.PartnerCenter.PowerShell.Commands.AddPartnerCustomerCartLineItem',
    outputType: ['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart'],
  } as const;

  static readonly parameters = {
    ...CartParameters,
    LineItem: PartnerParam.lineItem({ mandatory: true, helpMessage: 'The line item to be added.', validate: [Validate.notNull()] }),
  } as const;

  override async processRecord(p: BoundParameters<typeof AddPartnerCustomerCartLineItem>): Promise<void> {
    if (!(await this.shouldProcess(format(Resources.AddPartnerCustomerCartLineItemWhatIf, p.CartId)))) return;
    const added = lineItemRequest(p.LineItem);
    const cart = await this.invokePartnerCenter(
      p.CartId,
      async (client, observer) => {
        const { getCart, updateCart } = await import('../api/carts.js');
        const current = await getCart(client, p.CustomerId, p.CartId, observer);
        // The existing items go back as the service gave them, read through the SDK model as the module does.
        const existing = (current.lineItems ?? []).map((item) => lineItemRequest(cartLineItemFromWire(item)));
        const nextId = existing.reduce((max, item) => Math.max(max, item.id + 1), 0);
        const taken = existing.some((item) => item.id === added.id);
        const lineItems = [...existing, taken ? { ...added, id: nextId } : added];
        return updateCart(client, p.CustomerId, p.CartId, updateRequest(current, lineItems), observer);
      },
      // Only the added item can be invalid before sending: name it `LineItem.<Property>`.
      {
        fieldName: (path) => psFieldName(path).replace(/^LineItems\[\d+\]/, 'LineItem'),
        lineItems: [p.LineItem],
        check: async () => (await import('../api/carts.js')).checkCartRequest({ lineItems: [added] }),
      },
    );
    if (cart !== undefined) this.writeObject(psCartFromWire(cart));
  }
}
