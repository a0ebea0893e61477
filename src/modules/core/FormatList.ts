import { PSCmdlet } from '../../engine/cmdlet.js';
import { Param, Validate, type BoundParameters } from '../../engine/parameter-declaration.js';
import { FormatCommand } from '../../format/format-command.js';
import { formatEnumerationLimit } from '../../format/session-preferences.js';

/**
 * Format-List: writes format objects that Out-Default / Out-String render as a list: the given properties
 * (names, wildcards, calculated `@{ Label; Expression; FormatString }`) or the object's view.
 * `-GroupBy`, `-ShowError` and `-DisplayError` are accepted and have no effect yet.
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
    GroupBy: Param.object(),
    View: Param.string(),
    ShowError: Param.switch(),
    DisplayError: Param.switch(),
    Force: Param.switch(),
    Expand: Param.string({ validate: [Validate.set(['CoreOnly', 'EnumOnly', 'Both'])] }),
    InputObject: Param.psObject({ valueFromPipeline: true }),
  } as const;

  private command: FormatCommand | undefined;

  override beginProcessing(p: BoundParameters<typeof FormatList>): void {
    const expand = p.Expand === undefined ? undefined : (['CoreOnly', 'EnumOnly', 'Both'] as const).find((e) => e.toLowerCase() === p.Expand?.toLowerCase());
    this.command = new FormatCommand(
      'List',
      {
        ...(p.Property === undefined ? {} : { property: p.Property }),
        force: p.Force === true,
        ...(expand === undefined ? {} : { expand }),
        ...(p.View === undefined ? {} : { view: p.View }),
        enumerationLimit: formatEnumerationLimit(this.sessionState.getVariable('global:FormatEnumerationLimit')),
      },
      (block, dollarUnder) => this.commandRuntime.invokeScriptBlock(block, { dollarUnder }),
      (record) => this.throwTerminatingError(record),
    );
  }

  override async processRecord(p: BoundParameters<typeof FormatList>): Promise<void> {
    for (const data of (await this.command?.process(p.InputObject)) ?? []) this.writeObject(data);
  }

  override endProcessing(): void {
    for (const data of this.command?.end() ?? []) this.writeObject(data);
  }
}
