import { PSCmdlet } from '../../engine/cmdlet.js';
import type { BoundParameters } from '../../engine/parameter-declaration.js';
import { messageParameters } from './write-stream.js';

/** Write-Verbose: writes a message to the verbose stream, shown as `VERBOSE: message` when its preference allows. */
export class WriteVerbose extends PSCmdlet {
  static readonly cmdlet = { verb: 'Write', noun: 'Verbose', implementingType: 'Microsoft.PowerShell.Commands.WriteVerboseCommand' } as const;

  static readonly parameters = messageParameters;

  override processRecord(p: BoundParameters<typeof WriteVerbose>): void {
    this.writeVerbose(p.Message);
  }
}
