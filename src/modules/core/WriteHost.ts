import { PSCmdlet } from '../../engine/cmdlet.js';
import { toPSString } from '../../engine/conversion.js';
import { Param, type BoundParameters } from '../../engine/parameter-declaration.js';

/** Joins Write-Host's objects: collections element by element with the separator (pwsh: ProcessObject). */
function hostText(value: unknown, separator: string): string {
  if (Array.isArray(value)) return value.map((item) => hostText(item, separator)).join(separator);
  return toPSString(value);
}

/** Write-Host: writes text to the host through the information stream (tag PSHOST). */
export class WriteHost extends PSCmdlet {
  static readonly cmdlet = { verb: 'Write', noun: 'Host', implementingType: 'Microsoft.PowerShell.Commands.WriteHostCommand' } as const;

  static readonly parameters = {
    Object: Param.object({ position: 0, valueFromPipeline: true, valueFromRemainingArguments: true, aliases: ['Msg', 'Message'] }),
    NoNewline: Param.switch(),
    Separator: Param.object(),
  } as const;

  override processRecord(p: BoundParameters<typeof WriteHost>): void {
    const separator = p.Separator === undefined ? ' ' : toPSString(p.Separator);
    const value = Array.isArray(p.Object) && p.Object.length === 1 ? p.Object[0] : p.Object;
    this.commandRuntime.writeInformation({ messageData: hostText(value ?? '', separator), tags: ['PSHOST'], source: 'Write-Host', noNewline: p.NoNewline === true });
  }
}
