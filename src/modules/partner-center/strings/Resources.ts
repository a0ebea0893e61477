/**
 * Texts copied verbatim from the PartnerCenter module's `src/PowerShell/Properties/Resources.resx`
 * (microsoft/Partner-Center-PowerShell). The key is the resource name.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Properties/Resources.resx, except
// NewPartnerCustomerCartLineItemWhatIf, which only exists in commit 35df4df (the cmdlet was removed later).
export const Resources = {
  NewCartWhatIf: 'Creates a new cart for the customer with the identifier of {0}.',
  SetPartnerCustomerCartWhatIf: 'Updates the cart with the identifier of {0}.',
  AddPartnerCustomerCartLineItemWhatIf: 'Adds a new line item to the cart with the identifier of {0}.',
  CheckoutPartnerCustomerCartWhatIf: 'Checks out the cart with the identifier of {0}.',
  NewPartnerCustomerCartLineItemWhatIf: 'Creates a new cart line item in memory.',
  DisconnectWhatIf: 'Disconnects the current session from Partner Center.',
  RunConnectPartnerCenter: 'Run Connect-PartnerCenter to login.',
} as const satisfies Record<string, string>;

export type ResourcesId = keyof typeof Resources;
