import { PSCmdlet } from '../../engine/cmdlet.js';
import { Param } from '../../engine/parameter-declaration.js';

/** Out-Null: discards its input. */
export class OutNull extends PSCmdlet {
  static readonly cmdlet = { verb: 'Out', noun: 'Null', implementingType: 'Microsoft.PowerShell.Commands.OutNullCommand' } as const;

  static readonly parameters = {
    InputObject: Param.psObject({ valueFromPipeline: true }),
  } as const;
}
