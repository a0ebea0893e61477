/**
 * The module's format data (its `Microsoft.Store.PartnerCenter.PowerShell.format.ps1xml`), for the types this
 * module writes that have a view there: PartnerContext shows as a table of the account, environment and tenant.
 * The cart types have no view there, so pwsh's default list view applies to them.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Microsoft.Store.PartnerCenter.PowerShell.format.ps1xml
import { PSObject } from '../../engine/ps-object.js';
import { registerView } from '../../format/view-registry.js';
import { PartnerContextTypeName } from './models/partner-context.js';

/** `$_.A.B` of a PSObject, or null. */
function path(target: unknown, ...names: string[]): unknown {
  let value = target;
  for (const name of names) value = value instanceof PSObject ? value.getProperty(name)?.value : null;
  return value ?? null;
}

registerView(PartnerContextTypeName, {
  kind: 'Table',
  name: PartnerContextTypeName,
  columns: [
    { label: 'Account', width: 40, alignment: 'Left', value: (context) => path(context, 'Account', 'ObjectId') },
    { label: 'Environment', alignment: 'Left', value: (context) => path(context, 'Environment', 'EnvironmentName') },
    { label: 'TenantId', alignment: 'Left', value: (context) => path(context, 'Account', 'Tenant') },
  ],
});
