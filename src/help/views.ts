/**
 * Get-Help's and Get-Command's views, registered with the format layer: the MAML command help views, partial
 * help, single parameters, about topics and help texts (custom views rendered by ComplexWriter), and the
 * HelpInfoShort and CommandInfo tables. `registerHelpViews()` is idempotent; Get-Help and Get-Command call it.
 */
// pwsh: v7.5.4 FormatAndOutput/DefaultFormatters/Help_format_ps1xml.cs, HelpV3_format_ps1xml.cs and
// PowerShellCore_format_ps1xml.cs (CommandInfo table); FormatAndOutput/common/BaseOutputtingCommand.cs
// (help strings written with ComplexWriter.WriteString).
import { PSObject } from '../engine/ps-object.js';
import { registerView, type ViewContext } from '../format/view-registry.js';
import { ComplexWriter } from './complex-writer.js';
import { HelpTypeNames, helpEntryOf, parameterOf, viewOf } from './help-objects.js';
import { toMamlCommand } from './maml.js';
import { fullParameter, mamlCommandView, type MamlHelpView } from './maml-views.js';
import { partialHelpView, partialParameterEntry } from './partial-help.js';

/**
 * The lines one help object renders to at `width` columns (one ComplexWriter entry: no blank line before,
 * the end-of-entry flush after), or `undefined` when `value` is not a help object.
 */
export function renderHelpLines(value: unknown, width: number, view?: MamlHelpView): string[] | undefined {
  const parameter = parameterOf(value);
  if (parameter !== undefined) {
    return ComplexWriter.writeEntry(parameter.kind === 'Maml' ? fullParameter(parameter.parameter) : partialParameterEntry(parameter.parameter), width);
  }
  const entry = helpEntryOf(value);
  if (entry === undefined || !(value instanceof PSObject)) return undefined;
  const selected = view ?? viewOf(value);
  switch (entry.kind) {
    case 'Command':
      return ComplexWriter.writeEntry(mamlCommandView(toMamlCommand(entry.help), selected), width);
    case 'Partial':
      return ComplexWriter.writeEntry(partialHelpView(entry.help, selected), width);
    case 'About':
      return ComplexWriter.writeString(entry.help.text, width);
    case 'Alias':
      return ComplexWriter.writeString(entry.definition, width);
  }
}

/** The lines of a help text (a string pwsh marks as a help object): wrapped, with no indentation. */
export function renderHelpText(value: unknown, width: number): string[] {
  const text = value instanceof PSObject ? value.getProperty('Text')?.value : value;
  return ComplexWriter.writeString(typeof text === 'string' ? text : String(text ?? ''), width);
}

/** pwsh's no-limit column count, which the format layer passes to out-of-band views. */
const UnlimitedColumns = 2147483647;

/**
 * The columns a help object wraps at. pwsh writes help strings out of band with ComplexWriter at the line
 * output's columns; an out-of-band view is told "no limit", so the console's columns stand in for them.
 */
function columns(context: ViewContext): number {
  return context.width < UnlimitedColumns ? context.width : Math.max(1, context.windowWidth - 1);
}

function render(value: unknown, context: ViewContext): string {
  return (renderHelpLines(value, columns(context)) ?? []).join('\n');
}

let registered = false;

/** Registers the help and command views with the format layer (once). */
export function registerHelpViews(): void {
  if (registered) return;
  registered = true;
  for (const base of [HelpTypeNames.Maml, HelpTypeNames.Partial]) {
    for (const suffix of ['#DetailedView', '#FullView', '#ExamplesView', '']) registerView(`${base}${suffix}`, { kind: 'Custom', name: `${base}${suffix}`, render });
  }
  registerView(HelpTypeNames.MamlParameter, { kind: 'Custom', name: 'MamlCommandParameterView', render });
  registerView(HelpTypeNames.PartialParameter, { kind: 'Custom', name: 'ReducedCommandHelpParameterView', render });
  registerView(HelpTypeNames.HelpFile, { kind: 'Custom', name: 'HelpFileHelpInfo', outOfBand: true, render });
  registerView(HelpTypeNames.Alias, { kind: 'Custom', name: 'AliasHelpInfo', outOfBand: true, render });
  registerView(HelpTypeNames.HelpText, {
    kind: 'Custom',
    name: 'HelpText',
    outOfBand: true,
    render: (value, context) => renderHelpText(value, columns(context)).join('\n'),
  });
  registerView(HelpTypeNames.Short, {
    kind: 'Table',
    name: 'help',
    columns: [
      { property: 'Name', width: 33 },
      { property: 'Category', width: 9 },
      {
        label: 'Module',
        width: 25,
        value: (target) => {
          const object = target instanceof PSObject ? target : undefined;
          const module = object?.getProperty('ModuleName')?.value;
          return module !== null && module !== undefined ? module : (object?.getProperty('PSSnapIn')?.value ?? null);
        },
      },
      { property: 'Synopsis' },
    ],
  });
  registerView('System.Management.Automation.CommandInfo', {
    kind: 'Table',
    name: 'CommandInfo',
    columns: [
      { property: 'CommandType', width: 15 },
      {
        label: 'Name',
        width: 50,
        value: (target) => {
          const object = target instanceof PSObject ? target : undefined;
          const isAlias = String(object?.getProperty('CommandType')?.value) === 'Alias';
          return object?.getProperty(isAlias ? 'DisplayName' : 'Name')?.value ?? null;
        },
      },
      { property: 'Version', width: 10 },
      { property: 'Source' },
    ],
  });
}
