/**
 * Disconnect-PartnerCenter: forgets the session's connection. Help: help/Disconnect-PartnerCenter.md.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Commands/DisconnectPartnerCenter.cs
import { PartnerCmdlet } from '../partner-cmdlet.js';
import { Resources } from '../strings/Resources.js';

/** Disconnects the current session from Partner Center. */
export class DisconnectPartnerCenter extends PartnerCmdlet {
  static readonly cmdlet = {
    verb: 'Disconnect',
    noun: 'PartnerCenter',
    supportsShouldProcess: true,
    implementingType: 'Microsoft.Store.PartnerCenter.PowerShell.Commands.DisconnectPartnerCenter',
  } as const;

  static readonly parameters = {} as const;

  override async processRecord(): Promise<void> {
    if (!(await this.shouldProcess(Resources.DisconnectWhatIf))) return;
    this.partnerSession.setContext(undefined);
  }
}
