import { PSCmdlet } from '../../engine/cmdlet.js';
import type { BoundParameters } from '../../engine/parameter-declaration.js';
import { messageParameters } from './write-stream.js';

/** Write-Debug: writes a message to the debug stream, shown as `DEBUG: message` when its preference allows. */
export class WriteDebug extends PSCmdlet {
  static readonly cmdlet = { verb: 'Write', noun: 'Debug', implementingType: 'Microsoft.PowerShell.Commands.WriteDebugCommand' } as const;

  static readonly parameters = messageParameters;

  override processRecord(p: BoundParameters<typeof WriteDebug>): void {
    this.writeDebug(p.Message);
  }
}
