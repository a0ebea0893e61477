import { PSCmdlet } from '../../engine/cmdlet.js';
import { Param, type BoundParameters } from '../../engine/parameter-declaration.js';
import { FormatShapeParameters, formatCommandFor, type FormatCommand } from '../../format/format-command.js';

/**
 * Format-List: writes format objects that Out-Default / Out-String render as a list: the given properties
 * (names, wildcards, calculated `@{ Label; Expression; FormatString }`) or the object's view, each object with
 * its own labels. `-GroupBy`, `-ShowError` and `-DisplayError` are accepted and have no effect yet.
 */
// pwsh: commands/utility/FormatAndOutput/format-list/Format-List.cs and OuterFormatTableAndListBase (parameter order).
export class FormatList extends PSCmdlet {
  static readonly cmdlet = {
    verb: 'Format',
    noun: 'List',
    implementingType: 'Microsoft.PowerShell.Commands.FormatListCommand',
    outputType: ['Microsoft.PowerShell.Commands.Internal.Format.FormatStartData', 'Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData'],
    helpUri: 'https://go.microsoft.com/fwlink/?LinkID=2096928',
  } as const;

  static readonly parameters = {
    Property: Param.objectArray({ position: 0 }),
    ...FormatShapeParameters,
  } as const;

  private command: FormatCommand | undefined;

  override beginProcessing(p: BoundParameters<typeof FormatList>): void {
    this.command = formatCommandFor('List', p, this.commandRuntime);
  }

  override async processRecord(p: BoundParameters<typeof FormatList>): Promise<void> {
    for (const data of (await this.command?.process(p.InputObject)) ?? []) this.writeObject(data);
  }

  override endProcessing(): void {
    for (const data of this.command?.end() ?? []) this.writeObject(data);
  }
}
