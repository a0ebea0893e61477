// Every help example of the Partner Center cart cmdlets must parse: the seed example of the brief, and the examples
// of docs/help/*Cart*.md in microsoft/Partner-Center-PowerShell (HEAD; New-PartnerCustomerCartLineItem.md from commit
// 35df4df, the last one that had it), copied verbatim with the `PS C:\> ` prompts removed.
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/language/index.js';
import { SEED } from './fixtures.js';
import { render } from './render.js';

const EXAMPLES: readonly (readonly [string, string])[] = [
  ['seed example (brief, with -WhatIf)', SEED],
  ["Add-PartnerCustomerCartLineItem example 1", "$lineItem = New-Object -TypeName Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem\n\n$lineItem.BillingCycle = 'OneTime'\n$lineItem.CatalogItemId = 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB'\n$lineItem.FriendlyName = 'Sample RI Purchase'\n$lineItem.ProvisioningContext.Add('duration', '1Year')\n$lineItem.ProvisioningContext.Add('scope', 'shared')\n$lineItem.ProvisioningContext.Add('subscriptionId', 'D526EF3A-35E6-477F-A64C-906F6177FBFA')\n$lineItem.Quantity = 10\n\nAdd-PartnerCustomerCartLineItem -CartId '65faf57b-0205-47ee-92b3-08dcf233ea73' -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -LineItem $lineItem"],
  ["Add-PartnerCustomerCartLineItem example 2", "$lineItem = New-Object -TypeName Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem\n\n$lineItem.BillingCycle = 'OneTime'\n$lineItem.CatalogItemId = 'DZH318Z0BPS6:0001:DZH318Z0BML6'\n$lineItem.FriendlyName = 'Microsoft Azure Plan'\n$lineItem.Quantity = 1\n\nAdd-PartnerCustomerCartLineItem -CartId '65faf57b-0205-47ee-92b3-08dcf233ea73' -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -LineItem $lineItem"],
  ["Get-PartnerCustomerCart example 1", "Get-PartnerCustomerCart -CartId 'b4c8fdea-cbe4-4d17-9576-13fcacbf9605' -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'"],
  ["New-PartnerCustomerCart example 1", "# Get the product information for the Azure Plan\n$product = Get-PartnerProduct -ProductId 'DZH318Z0BPS6'\n# Get the SKU information for the Azure Plan\n$sku = Get-PartnerProductSku -ProductId $product.ProductId\n# Get the availability information required for purchasing an Azure Plan\n$availability = Get-PartnerProductAvailability -ProductId $product.ProductId -SkuId $sku.SkuId\n\n$lineItem = New-Object -TypeName Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem\n\n$lineItem.BillingCycle = 'OneTime'\n$lineItem.CatalogItemId = $availability.CatalogItemId\n$lineItem.Quantity = 1\n\nNew-PartnerCustomerCart -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -LineItems $lineItem"],
  ["New-PartnerCustomerCart example 2", "$lineItem = New-Object -TypeName Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem\n\n$lineItem.BillingCycle = 'OneTime'\n$lineItem.CatalogItemId = 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB'\n$lineItem.FriendlyName = 'Sample RI Purchase'\n$lineItem.ProvisioningContext.Add('duration', '1Year')\n$lineItem.ProvisioningContext.Add('scope', 'shared')\n$lineItem.ProvisioningContext.Add('subscriptionId', 'D526EF3A-35E6-477F-A64C-906F6177FBFA')\n$lineItem.Quantity = 10\n\nNew-PartnerCustomerCart -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -LineItems $lineItem"],
  ["Set-PartnerCustomerCart example 1", "# Create the object that will be needed.\n$lineItem = New-Object -TypeName Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem\n\n# Configure the appropriate properties for the line item.\n$lineItem.BillingCycle = 'OneTime'\n$lineItem.CatalogItemId = 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB'\n$lineItem.FriendlyName = 'My Purchase'\n$lineItem.ProvisioningContext =  @{duration='1Year'; scope='shared'; subscriptionId='b35d5324-df8e-4306-9023-6edac2d4896c'}\n$lineItem.Quantity 10\n\n# Update the cart; this operation will replace the existing line items.\nSet-PartnerCustomerCart -CartId '65faf57b-0205-47ee-92b3-08dcf233ea73' -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -LineItems $lineItem"],
  ["Submit-PartnerCustomerCart example 1", "Submit-PartnerCustomerCart -CartId '65faf57b-0205-47ee-92b3-08dcf233ea73' -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'"],
  ["New-PartnerCustomerCartLineItem 35df4df", "New-PartnerCustomerCartLineItem -BillingCycle 'OneTime' -CatalogItemId 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB' -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -FriendlyName 'Sample RI Purchase' -ProvisioningContext ${duration='1Year', scope='shared', subscriptionId='b35d5324-df8e-4306-9023-6edac2d4896c'} -Quantity 10"],
];

describe('cart help examples', () => {
  it.each(EXAMPLES.filter(([title]) => !title.startsWith('Set-PartnerCustomerCart')))('%s parses with no errors', (_title, code) => {
    const result = parseInput(code);
    expect(result.errors).toEqual([]);
    expect(result.incompleteInput).toBe(false);
  });

  it('the seed parses to the shapes the binder expects', () => {
    expect(render(parseInput(SEED).ast)).toBe([
      '($lineItems = @())',
      "($lineItems += (New-PartnerCustomerCartLineItem -BillingCycle 'OneTime' -CatalogItemId 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB'"
        + " -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -FriendlyName 'Sample RI Purchase' -ProvisioningContext"
        + " @{duration='1Year'; scope='shared'; subscriptionId='b35d5324-df8e-4306-9023-6edac2d4896c'} -Quantity 10:Int32))",
      "(New-PartnerCustomerCart -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -LineItems $lineItems -WhatIf)",
    ].join('; '));
  });

  it('the 35df4df example passes ${duration=...} as one braced variable, as pwsh does', () => {
    const code = EXAMPLES.find(([title]) => title.includes('35df4df'))![1];
    const statement = parseInput(code).ast.statements[0];
    const command = statement?.kind === 'Pipeline' ? statement.pipelineElements[0] : undefined;
    const argument = command?.kind === 'Command' ? command.commandElements[10] : undefined;
    expect(argument?.kind === 'VariableExpression' ? argument.variablePath.userPath : argument?.kind)
      .toBe("duration='1Year', scope='shared', subscriptionId='b35d5324-df8e-4306-9023-6edac2d4896c'");
  });

  it('the Set-PartnerCustomerCart example has the typo pwsh rejects: `$lineItem.Quantity 10`', () => {
    const code = EXAMPLES.find(([title]) => title.startsWith('Set-PartnerCustomerCart'))![1];
    const { errors } = parseInput(code);
    expect(errors.map((e) => [e.errorId, e.message, e.extent.startLine, e.extent.startColumn])).toEqual([
      ['UnexpectedToken', "Unexpected token '10' in expression or statement.", 9, 20],
    ]);
  });
});
