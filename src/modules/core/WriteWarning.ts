import { PSCmdlet } from '../../engine/cmdlet.js';
import type { BoundParameters } from '../../engine/parameter-declaration.js';
import { messageParameters } from './write-stream.js';

/** Write-Warning: writes a message to the warning stream, shown as `WARNING: message` when its preference allows. */
export class WriteWarning extends PSCmdlet {
  static readonly cmdlet = { verb: 'Write', noun: 'Warning', implementingType: 'Microsoft.PowerShell.Commands.WriteWarningCommand' } as const;

  static readonly parameters = messageParameters;

  override processRecord(p: BoundParameters<typeof WriteWarning>): void {
    this.writeWarning(p.Message);
  }
}
