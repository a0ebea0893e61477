/**
 * The seed example's data (help/New-PartnerCustomerCart.md, Example 1), shared by the module's tests.
 */
import type { CartRequest } from '../../../src/modules/partner-center/api/models.js';

/** The seed's customer. */
export const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';

/** The seed's provisioning context. */
export const SEED_PROVISIONING_CONTEXT = { duration: '1Year', scope: 'shared', subscriptionId: 'b35d5324-df8e-4306-9023-6edac2d4896c' } as const;

/** The seed's cart as the service receives it. */
export const SEED_CART: CartRequest = {
  lineItems: [
    {
      id: 0,
      catalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB',
      friendlyName: 'Sample RI Purchase',
      quantity: 10,
      billingCycle: 'one_time',
      provisioningContext: SEED_PROVISIONING_CONTEXT,
    },
  ],
};

/** The seed's Example 1 without the `PS C:\>` prompts (examples/create-cart.ps1). */
export const SEED_SCRIPT = [
  '$lineItems = @()',
  "$lineItems += New-PartnerCustomerCartLineItem -BillingCycle 'OneTime' -CatalogItemId 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB' -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -FriendlyName 'Sample RI Purchase' -ProvisioningContext @{duration='1Year'; scope='shared'; subscriptionId='b35d5324-df8e-4306-9023-6edac2d4896c'} -Quantity 10",
  "New-PartnerCustomerCart -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -LineItems $lineItems",
].join('\n');
