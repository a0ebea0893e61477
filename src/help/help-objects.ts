/**
 * The objects Get-Help writes. Each is a PSObject whose properties are the help model as plain data (so
 * `ConvertTo-Json` and `-OutputFormat Json` show it) and whose type names select pwsh's views
 * (`MamlCommandHelpInfo#FullView`, `HelpInfoShort`...). The views get the model back from the object.
 */
// pwsh: v7.5.4 src/System.Management.Automation/help/HelpInfo.cs (AddCommonHelpProperties, ShortHelp),
// help/HelpCommands.cs (TransformView), help/DefaultCommandHelpObjectBuilder.cs (type names).
import { PSObject } from '../engine/ps-object.js';
import type { AboutHelpInfo, CommandHelpInfo } from './help-info.js';
import { mamlLinks, mamlSynopsis, toMamlCommand, type MamlParameter } from './maml.js';
import type { MamlHelpView } from './maml-views.js';
import type { PartialHelpInfo, PartialParameter } from './partial-help.js';

/** pwsh's HelpCategory names that pcsh produces. */
export type HelpCategory = 'Cmdlet' | 'HelpFile' | 'Alias';

/** One help result: a help file's command help, partial help, or an about topic. */
export type HelpEntry =
  | { readonly kind: 'Command'; readonly help: CommandHelpInfo; readonly moduleName: string }
  | { readonly kind: 'Partial'; readonly help: PartialHelpInfo }
  | { readonly kind: 'About'; readonly help: AboutHelpInfo }
  | { readonly kind: 'Alias'; readonly name: string; readonly definition: string; readonly moduleName: string };

/** The type names Get-Help's objects carry. */
export const HelpTypeNames = {
  Maml: 'MamlCommandHelpInfo',
  Partial: 'ExtendedCmdletHelpInfo',
  HelpFile: 'HelpFileHelpInfo',
  Alias: 'AliasHelpInfo',
  Short: 'HelpInfoShort',
  MamlParameter: 'MamlCommandHelpInfo#parameter',
  PartialParameter: 'ExtendedCmdletHelpInfo#parameter',
  /** A help text written as pwsh writes a string marked as a help object (wrapped, out of band). */
  HelpText: 'System.String#HelpText',
} as const;

const entries = new WeakMap<PSObject, HelpEntry>();
/** A parameter's help: from a help file (MAML form) or from the declaration (partial help). */
export type ParameterHelpEntry =
  | { readonly kind: 'Maml'; readonly parameter: MamlParameter }
  | { readonly kind: 'Partial'; readonly parameter: PartialParameter };

const parameterHelp = new WeakMap<PSObject, ParameterHelpEntry>();

/** The entry's name, category, synopsis and module, as pwsh's help objects have them. */
export function entryName(entry: HelpEntry): string {
  return entry.kind === 'Alias' ? entry.name : entry.help.name;
}

export function entryCategory(entry: HelpEntry): HelpCategory {
  return entry.kind === 'About' ? 'HelpFile' : entry.kind === 'Alias' ? 'Alias' : 'Cmdlet';
}

export function entrySynopsis(entry: HelpEntry): string {
  switch (entry.kind) {
    case 'Command':
      return mamlSynopsis(entry.help);
    case 'Partial':
      return entry.help.synopsis;
    case 'About':
      return entry.help.synopsis;
    case 'Alias':
      return entry.definition;
  }
}

function entryModule(entry: HelpEntry): string {
  switch (entry.kind) {
    case 'Command':
      return entry.moduleName;
    case 'Partial':
      return entry.help.moduleName;
    case 'About':
      return '';
    case 'Alias':
      return entry.moduleName;
  }
}

const pascal = (key: string): string => (key.length === 0 ? key : key[0]!.toUpperCase() + key.slice(1));

/** Plain data → PSObjects with PascalCase property names (arrays and scalars kept). */
export function toPSData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPSData);
  if (typeof value === 'object' && value !== null && !(value instanceof PSObject)) {
    return PSObject.custom(Object.entries(value).map(([k, v]) => [pascal(k), toPSData(v)] as const));
  }
  return value;
}

function helpBody(entry: HelpEntry): Record<string, unknown> {
  switch (entry.kind) {
    case 'Command': {
      const { name, synopsis, moduleName, kind, ...rest } = entry.help;
      const dash = name.indexOf('-');
      // pwsh's help object keeps the synopsis paragraphs under details.description.
      const details = { name, verb: dash < 0 ? name : name.slice(0, dash), noun: dash < 0 ? '' : name.slice(dash + 1), description: synopsis };
      return { details, ...rest, frontMatterModuleName: moduleName, kind: kind === 'Command' ? undefined : kind };
    }
    case 'Partial':
      return { ...entry.help, name: undefined, synopsis: undefined, moduleName: undefined };
    case 'About':
      return { file: entry.help.file, text: entry.help.text };
    case 'Alias':
      return { definition: entry.definition };
  }
}

/** The properties pwsh's AddCommonHelpProperties adds, then the model. */
function helpProperties(entry: HelpEntry): [string, unknown][] {
  const common: [string, unknown][] = [
    ['Name', entryName(entry)],
    ['Category', entryCategory(entry)],
    ['Synopsis', entrySynopsis(entry)],
    ['Component', null],
    ['Role', null],
    ['Functionality', null],
    ['PSSnapIn', null],
    ['ModuleName', entryModule(entry)],
  ];
  const body = Object.entries(helpBody(entry))
    .filter(([, v]) => v !== undefined)
    .map(([k, v]): [string, unknown] => [pascal(k), toPSData(v)]);
  return [...common, ...body];
}

function baseTypeNames(entry: HelpEntry): string[] {
  switch (entry.kind) {
    case 'Command':
      return [HelpTypeNames.Maml, 'HelpInfo'];
    case 'Partial':
      return [`${HelpTypeNames.Partial}#${entry.help.moduleName}#command`, `${HelpTypeNames.Partial}#${entry.help.moduleName}`, HelpTypeNames.Partial, 'CmdletHelpInfo', 'HelpInfo'];
    case 'About':
      return [HelpTypeNames.HelpFile, 'HelpInfo'];
    case 'Alias':
      return [HelpTypeNames.Alias, 'HelpInfo'];
  }
}

/**
 * The full help object of `entry` in `view`: pwsh's TransformView puts `<type>#<view>` names first, then the
 * original names.
 */
export function helpObject(entry: HelpEntry, view: MamlHelpView): PSObject {
  const base = baseTypeNames(entry);
  const typeNames = view === 'Default' || entry.kind === 'About' ? base : [...base.map((t) => `${t}#${view}`), ...base];
  const object = new PSObject(typeNames, helpProperties(entry));
  entries.set(object, entry);
  return object;
}

/** The short form (pwsh's ShortHelp) shown in the table of several results. */
export function shortHelpObject(entry: HelpEntry): PSObject {
  const object = new PSObject([HelpTypeNames.Short], helpProperties(entry));
  entries.set(object, entry);
  return object;
}

/** One parameter's help object (`Get-Help X -Parameter Name`). */
export function parameterObject(entry: ParameterHelpEntry): PSObject {
  const typeName = entry.kind === 'Maml' ? HelpTypeNames.MamlParameter : HelpTypeNames.PartialParameter;
  const object = new PSObject([typeName], Object.entries(entry.parameter).map(([k, v]) => [pascal(k), toPSData(v)] as const));
  parameterHelp.set(object, entry);
  return object;
}

/** A help text (Get-Command -Syntax): printed like pwsh prints a string marked as a help object. */
export function helpTextObject(text: string): PSObject {
  return new PSObject([HelpTypeNames.HelpText, 'System.Object'], [['Text', text]]);
}

/** The help entry behind a help object, if it is one. */
export function helpEntryOf(value: unknown): HelpEntry | undefined {
  return value instanceof PSObject ? entries.get(value) : undefined;
}

/** The parameter behind a parameter help object, if it is one. */
export function parameterOf(value: unknown): ParameterHelpEntry | undefined {
  return value instanceof PSObject ? parameterHelp.get(value) : undefined;
}

/** The view a help object was written for (the `#View` suffix of its first type name). */
export function viewOf(value: PSObject): MamlHelpView {
  const first = value.typeNames[0] ?? '';
  for (const view of ['DetailedView', 'FullView', 'ExamplesView'] as const) if (first.endsWith(`#${view}`)) return view;
  return 'Default';
}

/** The parameters `-Parameter` can select from (HelpInfo.GetParameter). */
export function parameterEntries(entry: HelpEntry): ParameterHelpEntry[] {
  if (entry.kind === 'Command') return toMamlCommand(entry.help).parameters.map((parameter) => ({ kind: 'Maml', parameter }));
  if (entry.kind === 'Partial') return entry.help.parameters.map((parameter) => ({ kind: 'Partial', parameter }));
  return [];
}

/**
 * The URI `-Online` opens from the help itself (HelpInfo.GetUriForOnlineHelp): the first related link with a
 * URI (after the front matter's online version); for partial help, the cmdlet's HelpUri. `null` means the
 * caller falls back to the cmdlet's HelpUri.
 */
export function onlineUri(entry: HelpEntry): string | null {
  if (entry.kind === 'Command') {
    const link = mamlLinks(entry.help).find((l) => l.uri !== '');
    // pwsh keeps the first word of a URI that is not well formed (localized link texts).
    return link === undefined ? null : (link.uri.split(' ')[0] ?? link.uri);
  }
  return entry.kind === 'Partial' ? entry.help.helpUri : null;
}
