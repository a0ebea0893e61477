import { PSCmdlet } from '../../engine/cmdlet.js';
import { Param, type BoundParameters } from '../../engine/parameter-declaration.js';

/** Write-Output: sends objects down the pipeline, enumerating collections unless -NoEnumerate. */
export class WriteOutput extends PSCmdlet {
  static readonly cmdlet = { verb: 'Write', noun: 'Output', implementingType: 'Microsoft.PowerShell.Commands.WriteOutputCommand' } as const;

  static readonly parameters = {
    InputObject: Param.objectArray({ mandatory: true, position: 0, valueFromPipeline: true, valueFromRemainingArguments: true, allowNull: true, allowEmptyCollection: true }),
    NoEnumerate: Param.switch(),
  } as const;

  override processRecord(p: BoundParameters<typeof WriteOutput>): void {
    const items = p.InputObject;
    // pwsh: a single argument is written as itself (enumerated unless -NoEnumerate); several go out one by one.
    if (items.length === 1) this.writeObject(items[0], p.NoEnumerate !== true);
    else this.writeObject(items, p.NoEnumerate !== true);
  }
}
