/**
 * Get-PartnerContext: the session's connection, without any secret. Help: help/Get-PartnerContext.md.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Commands/GetPartnerContext.cs
import { partnerContextObject } from '../models/partner-context.js';
import { PartnerCmdlet } from '../partner-cmdlet.js';

/** Gets the metadata used to authenticate Partner Center requests. */
export class GetPartnerContext extends PartnerCmdlet {
  static readonly cmdlet = {
    verb: 'Get',
    noun: 'PartnerContext',
    implementingType: 'Microsoft.Store.PartnerCenter.PowerShell.Commands.GetPartnerContext',
    outputType: ['Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.PartnerContext'],
  } as const;

  static readonly parameters = {} as const;

  override processRecord(): void {
    const context = this.partnerSession.context;
    // Not connected: no output, as the module (the embedded sandbox is not a context).
    if (context !== undefined) this.writeObject(partnerContextObject(context));
  }
}
