import { PSCmdlet } from '../../engine/cmdlet.js';
import { Param, type BoundParameters } from '../../engine/parameter-declaration.js';

/** Write-Information: writes a record to the information stream (shown when $InformationPreference allows). */
export class WriteInformation extends PSCmdlet {
  static readonly cmdlet = { verb: 'Write', noun: 'Information', implementingType: 'Microsoft.PowerShell.Commands.WriteInformationCommand' } as const;

  static readonly parameters = {
    MessageData: Param.object({ mandatory: true, position: 0, aliases: ['Msg', 'Message'], allowNull: true }),
    Tags: Param.stringArray({ position: 1 }),
  } as const;

  override processRecord(p: BoundParameters<typeof WriteInformation>): void {
    this.commandRuntime.writeInformation({ messageData: p.MessageData, tags: p.Tags ?? [], source: 'Write-Information' });
  }
}
