import { PSCmdlet } from '../../engine/cmdlet.js';
import { Param, Validate, type BoundParameters } from '../../engine/parameter-declaration.js';
import { FormatCommand } from '../../format/format-command.js';
import { formatEnumerationLimit } from '../../format/session-preferences.js';

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
    GroupBy: Param.object(),
    View: Param.string(),
    ShowError: Param.switch(),
    DisplayError: Param.switch(),
    Force: Param.switch(),
    Expand: Param.string({ validate: [Validate.set(['CoreOnly', 'EnumOnly', 'Both'])] }),
    InputObject: Param.psObject({ valueFromPipeline: true }),
  } as const;

  private command: FormatCommand | undefined;

  override beginProcessing(p: BoundParameters<typeof FormatTable>): void {
    const expand = p.Expand === undefined ? undefined : (['CoreOnly', 'EnumOnly', 'Both'] as const).find((e) => e.toLowerCase() === p.Expand?.toLowerCase());
    this.command = new FormatCommand(
      'Table',
      {
        ...(p.Property === undefined ? {} : { property: p.Property }),
        autoSize: p.AutoSize === true,
        wrap: p.Wrap === true,
        hideTableHeaders: p.HideTableHeaders === true,
        force: p.Force === true,
        ...(expand === undefined ? {} : { expand }),
        ...(p.View === undefined ? {} : { view: p.View }),
        enumerationLimit: formatEnumerationLimit(this.sessionState.getVariable('global:FormatEnumerationLimit')),
      },
      (block, dollarUnder) => this.commandRuntime.invokeScriptBlock(block, { dollarUnder }),
      (record) => this.throwTerminatingError(record),
    );
  }

  override async processRecord(p: BoundParameters<typeof FormatTable>): Promise<void> {
    for (const data of (await this.command?.process(p.InputObject)) ?? []) this.writeObject(data);
  }

  override endProcessing(): void {
    for (const data of this.command?.end() ?? []) this.writeObject(data);
  }
}
