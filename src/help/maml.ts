/**
 * What pwsh would hold after platyPS's New-ExternalHelp wrote MAML for a help file and pwsh's MamlNode read
 * it back: syntax items gathered from the parameters' sets, padded example titles, the online link first,
 * paragraph texts with pwsh's trailing newlines. The views render this, never the markdown model directly.
 */
// pwsh: platyPS master src/Markdown.MAML/Renderer/MamlRenderer.cs, Transformer/ModelTransformerVersion2.cs
// (GatherSyntax, FillUpSyntax), src/platyPS/platyPS.psm1 (SetOnlineVersionUrlLink);
// PowerShell v7.5.4 src/System.Management.Automation/help/MamlNode.cs (GetMamlFormattingPSObjects, GetParaPSObject).
import { cultureCompare } from '../engine/culture-compare.js';
import type { CommandHelpInfo, ParameterHelp, ParameterMetadataBlock } from './help-info.js';

/**
 * A description as pwsh's MamlNode returns it: one `MamlParaTextItem.Text` per `<maml:para>`, or `null` for
 * an element with no paragraph at all (pwsh then holds an empty string, which the views print as a space).
 */
export type MamlText = readonly string[] | null;

/** A `command:parameter` element. */
export interface MamlParameter {
  readonly name: string;
  readonly required: boolean;
  readonly globbing: boolean;
  readonly pipelineInput: string;
  /** Lowercased, as platyPS writes it. */
  readonly position: string;
  /** `, `-joined, or `none`. */
  readonly aliases: string;
  readonly description: MamlText;
  /** `null` for switches in syntax items. */
  readonly parameterValue: { readonly text: string; readonly required: boolean } | null;
  /** Accepted values, in syntax items only. */
  readonly parameterValueGroup: readonly string[] | null;
  readonly defaultValue: string;
}

/** A `command:syntaxItem`. */
export interface MamlSyntaxItem {
  readonly name: string;
  readonly parameters: readonly MamlParameter[];
}

/** A `command:example`; platyPS writes no introduction. */
export interface MamlExample {
  readonly title: string;
  readonly code: string;
  readonly remarks: MamlText;
}

/** A `command:inputType` or `command:returnValue`. */
export interface MamlType {
  readonly name: string;
  readonly description: MamlText;
}

/** A `maml:navigationLink`. */
export interface MamlLink {
  readonly linkText: string;
  readonly uri: string;
}

/** A `command:command` as pwsh reads it. */
export interface MamlCommand {
  readonly name: string;
  readonly synopsis: MamlText;
  readonly description: MamlText;
  readonly syntax: readonly MamlSyntaxItem[];
  readonly parameters: readonly MamlParameter[];
  readonly inputTypes: readonly MamlType[];
  readonly returnValues: readonly MamlType[];
  readonly alert: MamlText;
  readonly examples: readonly MamlExample[];
  readonly relatedLinks: readonly MamlLink[];
}

const AllSets = '(All)';

/**
 * pwsh's paragraph texts: every non-empty paragraph but the last non-empty one gets a trailing newline,
 * which is what puts one blank line between paragraphs. `trim` is false only for introductions.
 */
export function mamlParagraphs(paragraphs: readonly string[] | null, trim = true): MamlText {
  if (paragraphs === null || paragraphs.length === 0) return null;
  const nonEmpty = paragraphs.filter((p) => p.trim() !== '').length;
  return paragraphs.map((p, i) => (i + 1 !== nonEmpty && p.trim() !== '' ? `${p.trim()}\n` : trim ? p.trim() : p));
}

/** platyPS's PadExampleTitle: centres titles under 62 characters in dashes, to 64 columns. */
export function padExampleTitle(title: string): string {
  if (title.trim() === '' || title.length >= 62) return title;
  const pad = '-'.repeat(Math.floor((64 - title.length - 2) / 2));
  return `${pad} ${title} ${pad}`;
}

function mamlType(block: ParameterMetadataBlock | undefined): string {
  const type = block?.type ?? null;
  if (type === null) return '';
  return isSwitchType(type) ? 'SwitchParameter' : type;
}

/** platyPS's MamlParameter.IsSwitchParameter. */
export function isSwitchType(type: string | null): boolean {
  return type !== null && (type.toLowerCase() === 'switchparameter' || type.toLowerCase() === 'switch');
}

function mamlParameter(parameter: ParameterHelp, block: ParameterMetadataBlock | undefined, isSyntax: boolean): MamlParameter {
  const type = mamlType(block);
  const rendersAsSwitch = type === 'SwitchParameter' || type === 'System.Management.Automation.SwitchParameter';
  const defaultValue = block?.defaultValue ?? null;
  return {
    name: parameter.name,
    required: block?.required ?? false,
    globbing: block?.globbing ?? false,
    pipelineInput: block?.pipelineInput ?? 'false',
    position: (block?.position ?? 'Named').toLowerCase(),
    aliases: block !== undefined && block.aliases.length > 0 ? block.aliases.join(', ') : 'none',
    description: mamlParagraphs(parameter.description),
    parameterValue:
      isSyntax && rendersAsSwitch ? null : { text: type, required: block === undefined ? true : !isSwitchType(block.type) },
    parameterValueGroup: isSyntax && block !== undefined && block.acceptedValues.length > 0 ? block.acceptedValues : null,
    defaultValue: rendersAsSwitch && (defaultValue === null || defaultValue === '' || defaultValue === 'None') ? 'False' : (defaultValue ?? 'None'),
  };
}

/** The set name → yaml block map platyPS builds per parameter (case-insensitive keys, first-seen order). */
function setMap(parameter: ParameterHelp): Map<string, { name: string; block: ParameterMetadataBlock }> {
  const map = new Map<string, { name: string; block: ParameterMetadataBlock }>();
  for (const block of parameter.metadata) {
    for (const set of block.parameterSets) {
      const key = set.toLowerCase();
      const existing = map.get(key);
      map.set(key, { name: existing?.name ?? set, block });
    }
  }
  return map;
}

/** platyPS's GatherSyntax: one syntax item per parameter set, parameters ordered by their Position text. */
function gatherSyntax(help: CommandHelpInfo): MamlSyntaxItem[] {
  const maps = help.parameters.map((p) => ({ parameter: p, sets: setMap(p) }));
  const setNames: string[] = [];
  for (const { sets } of maps) {
    for (const { name } of sets.values()) if (!setNames.some((n) => n.toLowerCase() === name.toLowerCase())) setNames.push(name);
  }
  const defaults = help.syntax.filter((s) => s.isDefault);
  // platyPS keeps the SYNTAX section's default entries (without parameters) unless there is exactly one.
  const items: MamlSyntaxItem[] = defaults.length === 1 ? [] : defaults.map(() => ({ name: help.name, parameters: [] }));
  if (setNames.length === 0) items.push({ name: help.name, parameters: [] });
  for (const setName of setNames) {
    if (setName === AllSets && setNames.length > 1) continue;
    const members: { block: ParameterMetadataBlock; parameter: ParameterHelp }[] = [];
    for (const { parameter, sets } of maps) {
      const entry = sets.get(setName.toLowerCase()) ?? (sets.size === 1 ? sets.get(AllSets.toLowerCase()) : undefined);
      if (entry !== undefined) members.push({ block: entry.block, parameter });
    }
    // OrderBy(Position) is a stable sort with the culture's string comparison.
    const ordered = members
      .map((m, i) => ({ ...m, i }))
      .sort((a, b) => cultureCompare(a.block.position, b.block.position) || a.i - b.i);
    items.push({ name: help.name, parameters: ordered.map((m) => mamlParameter(m.parameter, m.block, true)) });
  }
  return items;
}

function isAbsoluteUri(uri: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(uri)) return false;
  try {
    new URL(uri);
    return true;
  } catch {
    return false;
  }
}

/** The related links as New-ExternalHelp writes them: the online version first, non-URI links emptied. */
export function mamlLinks(help: CommandHelpInfo): MamlLink[] {
  const links = help.relatedLinks.map((l) => ({ linkText: l.text, uri: l.uri }));
  const online = help.onlineVersion;
  if (online !== null && online !== '' && (links.length === 0 || links[0]?.uri !== online)) links.unshift({ linkText: 'Online Version:', uri: online });
  return links.map((l) => ({ linkText: l.linkText, uri: isAbsoluteUri(l.uri) ? l.uri : '' }));
}

/** Converts a help file's model into what pwsh shows for its MAML. */
export function toMamlCommand(help: CommandHelpInfo): MamlCommand {
  return {
    name: help.name,
    synopsis: mamlParagraphs(help.synopsis),
    description: mamlParagraphs(help.description),
    syntax: gatherSyntax(help),
    parameters: help.parameters.map((p) => mamlParameter(p, p.metadata[0], false)),
    inputTypes: help.inputs.map((t) => ({ name: t.typeName, description: mamlParagraphs(t.description) })),
    returnValues: help.outputs.map((t) => ({ name: t.typeName, description: mamlParagraphs(t.description) })),
    alert: mamlParagraphs(help.notes),
    examples: help.examples.map((e) => ({
      title: padExampleTitle(e.title),
      code: e.code.map((c) => c.text).join('\n\n').trim(),
      remarks: mamlParagraphs(e.remarks),
    })),
    relatedLinks: mamlLinks(help),
  };
}

/** pwsh's Synopsis of a MAML help topic: the first synopsis paragraph, trimmed. */
export function mamlSynopsis(help: CommandHelpInfo): string {
  return (help.synopsis?.[0] ?? '').trim();
}
