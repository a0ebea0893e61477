import { PSCmdlet } from '../../engine/cmdlet.js';
import { Param, type BoundParameters } from '../../engine/parameter-declaration.js';
import { FormatShapeParameters, formatCommandFor, type FormatCommand } from '../../format/format-command.js';

/**
 * Format-Table: writes format objects that Out-Default / Out-String render as a table: the given properties
 * (names, wildcards, calculated `@{ Label; Expression; Width; Alignment; FormatString }`) or the object's view.
 * `-GroupBy`, `-RepeatHeader`, `-ShowError` and `-DisplayError` are accepted and have no effect yet.
 */
// pwsh: commands/utility/FormatAndOutput/format-table/Format-Table.cs and OuterFormatTableBase (parameter order).
export class FormatTable extends PSCmdlet {
  static readonly cmdlet = {
    verb: 'Format',
    noun: 'Table',
    implementingType: 'Microsoft.PowerShell.Commands.FormatTableCommand',
    outputType: ['Microsoft.PowerShell.Commands.Internal.Format.FormatStartData', 'Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData'],
    helpUri: 'https://go.microsoft.com/fwlink/?LinkID=2096703',
  } as const;

  static readonly parameters = {
    Property: Param.objectArray({ position: 0 }),
    AutoSize: Param.switch(),
    RepeatHeader: Param.switch(),
    HideTableHeaders: Param.switch(),
    Wrap: Param.switch(),
    ...FormatShapeParameters,
  } as const;

  private command: FormatCommand | undefined;

  override beginProcessing(p: BoundParameters<typeof FormatTable>): void {
    this.command = formatCommandFor('Table', p, this.commandRuntime);
  }

  override async processRecord(p: BoundParameters<typeof FormatTable>): Promise<void> {
    for (const data of (await this.command?.process(p.InputObject)) ?? []) this.writeObject(data);
  }

  override endProcessing(): void {
    for (const data of this.command?.end() ?? []) this.writeObject(data);
  }
}
