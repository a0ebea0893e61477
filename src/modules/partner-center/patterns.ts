/**
 * Validation patterns copied from the PartnerCenter module's parameter attributes.
 */

/**
 * A GUID, braces optional: the `[ValidatePattern]` on every CustomerId (and Connect-PartnerCenter's
 * ApplicationId), quoted verbatim in pwsh's validation error message.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Commands/NewPartnerCustomerCart.cs (CustomerId)
export const GUID_PATTERN = '^(\\{){0,1}[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}(\\}){0,1}$';
