/**
 * The HelpInfo model: what a platyPS (schema 2.0.0) markdown file says, as plain data. `load.ts` builds it,
 * the cache stores it as JSON, `maml.ts` turns it into what pwsh would show, and `Get-Help X | ConvertTo-Json`
 * prints it. Text is kept as platyPS produces it for MAML: paragraphs after its markdown unescaping, one
 * string per `<maml:para>`.
 *
 * `null` means "the section is absent", which pwsh renders differently from an empty section.
 */

/** The platyPS schema this model follows. */
export const HelpSchemaVersion = '2.0.0';

/** One ```` ```yaml ```` block under a `### -Name` heading (platyPS keys, platyPS defaults). */
export interface ParameterMetadataBlock {
  /** `Type:`; `null` when absent. */
  readonly type: string | null;
  /** `Parameter Sets:` split on commas; `['(All)']` when absent. */
  readonly parameterSets: readonly string[];
  /** `Aliases:` split on commas; empty when absent or blank. */
  readonly aliases: readonly string[];
  /** `Accepted values:` split on commas. */
  readonly acceptedValues: readonly string[];
  /** `Required:` is `true` (case-insensitive). */
  readonly required: boolean;
  /** `Position:` as written (`Named`, `0`); `named` when absent. */
  readonly position: string;
  /** `Default value:` as written; `null` when absent or blank. */
  readonly defaultValue: string | null;
  /** `Accept pipeline input:` as written (`False`, `True (ByValue)`); `false` when absent. */
  readonly pipelineInput: string;
  /** `Accept wildcard characters:` is `true` (case-insensitive). */
  readonly globbing: boolean;
  /** `Applicable:` tags, or `null`. */
  readonly applicable: readonly string[] | null;
  /** 1-based line of the block's opening fence. */
  readonly line: number;
}

/** One `### -Name` entry of PARAMETERS. */
export interface ParameterHelp {
  readonly name: string;
  /** The description paragraphs (non-yaml code blocks included, as platyPS does). */
  readonly description: readonly string[];
  /** The yaml blocks in order; the first one feeds the PARAMETERS section. */
  readonly metadata: readonly ParameterMetadataBlock[];
  readonly line: number;
}

/** A fenced code block of an example. */
export interface CodeBlock {
  readonly language: string | null;
  readonly text: string;
}

/** One `### Title` of EXAMPLES. */
export interface ExampleHelp {
  readonly title: string;
  readonly introduction: readonly string[];
  readonly code: readonly CodeBlock[];
  readonly remarks: readonly string[];
  readonly line: number;
}

/** One `### TypeName` of INPUTS or OUTPUTS. */
export interface TypeHelp {
  readonly typeName: string;
  readonly description: readonly string[];
}

/** One `[text](uri)` of RELATED LINKS. */
export interface RelatedLink {
  readonly text: string;
  readonly uri: string;
}

/** One entry of SYNTAX: a `### SetName` heading (or none) and its code block, which platyPS does not use. */
export interface SyntaxHelp {
  /** `(All)` when the block has no heading. */
  readonly parameterSetName: string;
  readonly isDefault: boolean;
  readonly code: string;
  readonly line: number;
}

/** Help for a command, from `help/<Verb-Noun>.md`. */
export interface CommandHelpInfo {
  readonly kind: 'Command';
  readonly name: string;
  /** The file name, e.g. `New-PartnerCustomerCart.md`. */
  readonly file: string;
  /** Front matter `Module Name`, or `null`. */
  readonly moduleName: string | null;
  /** Front matter `external help file`, or `null`. */
  readonly externalHelpFile: string | null;
  /** Front matter `online version` when it is not blank, else `null`. */
  readonly onlineVersion: string | null;
  readonly schema: string;
  readonly synopsis: readonly string[] | null;
  readonly syntax: readonly SyntaxHelp[];
  readonly description: readonly string[] | null;
  readonly examples: readonly ExampleHelp[];
  readonly parameters: readonly ParameterHelp[];
  /** A `### CommonParameters` entry is present. */
  readonly supportsCommonParameters: boolean;
  readonly inputs: readonly TypeHelp[];
  readonly outputs: readonly TypeHelp[];
  readonly notes: readonly string[] | null;
  readonly relatedLinks: readonly RelatedLink[];
}

/** An `about_` topic, from `help/about_<Topic>.md`, kept as the text platyPS renders into `.help.txt`. */
export interface AboutHelpInfo {
  readonly kind: 'About';
  /** `about_<Topic>` as the second heading spells it. */
  readonly name: string;
  readonly file: string;
  /** The first line of the short description (pwsh takes the topic file's fifth line). */
  readonly synopsis: string;
  /** The topic text with `\n` line ends, as Get-Help prints it before wrapping. */
  readonly text: string;
}

/** Any help topic loaded from `help/`. */
export type HelpTopic = CommandHelpInfo | AboutHelpInfo;

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is readonly string[] => Array.isArray(v) && v.every(isString);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArrayOrNull = (v: unknown): boolean => v === null || isStringArray(v);
const isArrayOf = <T>(v: unknown, item: (x: unknown) => x is T): v is readonly T[] => Array.isArray(v) && v.every(item);

function isMetadataBlock(v: unknown): v is ParameterMetadataBlock {
  return (
    isRecord(v) &&
    (v.type === null || isString(v.type)) &&
    isStringArray(v.parameterSets) &&
    isStringArray(v.aliases) &&
    isStringArray(v.acceptedValues) &&
    typeof v.required === 'boolean' &&
    isString(v.position) &&
    (v.defaultValue === null || isString(v.defaultValue)) &&
    isString(v.pipelineInput) &&
    typeof v.globbing === 'boolean' &&
    isStringArrayOrNull(v.applicable) &&
    typeof v.line === 'number'
  );
}

function isParameter(v: unknown): v is ParameterHelp {
  return isRecord(v) && isString(v.name) && isStringArray(v.description) && isArrayOf(v.metadata, isMetadataBlock) && typeof v.line === 'number';
}

function isExample(v: unknown): v is ExampleHelp {
  return (
    isRecord(v) &&
    isString(v.title) &&
    isStringArray(v.introduction) &&
    isArrayOf(v.code, (c): c is CodeBlock => isRecord(c) && (c.language === null || isString(c.language)) && isString(c.text)) &&
    isStringArray(v.remarks) &&
    typeof v.line === 'number'
  );
}

const isTypeHelp = (v: unknown): v is TypeHelp => isRecord(v) && isString(v.typeName) && isStringArray(v.description);
const isLink = (v: unknown): v is RelatedLink => isRecord(v) && isString(v.text) && isString(v.uri);
const isSyntax = (v: unknown): v is SyntaxHelp =>
  isRecord(v) && isString(v.parameterSetName) && typeof v.isDefault === 'boolean' && isString(v.code) && typeof v.line === 'number';

/**
 * The type guard that documents and checks the model, used on data read back from the JSON cache: a cache
 * written by another version of pcsh is ignored rather than trusted.
 */
export function isHelpTopic(value: unknown): value is HelpTopic {
  if (!isRecord(value) || !isString(value.name) || !isString(value.file)) return false;
  if (value.kind === 'About') return isString(value.synopsis) && isString(value.text);
  if (value.kind !== 'Command') return false;
  return (
    (value.moduleName === null || isString(value.moduleName)) &&
    (value.externalHelpFile === null || isString(value.externalHelpFile)) &&
    (value.onlineVersion === null || isString(value.onlineVersion)) &&
    isString(value.schema) &&
    isStringArrayOrNull(value.synopsis) &&
    isArrayOf(value.syntax, isSyntax) &&
    isStringArrayOrNull(value.description) &&
    isArrayOf(value.examples, isExample) &&
    isArrayOf(value.parameters, isParameter) &&
    typeof value.supportsCommonParameters === 'boolean' &&
    isArrayOf(value.inputs, isTypeHelp) &&
    isArrayOf(value.outputs, isTypeHelp) &&
    isStringArrayOrNull(value.notes) &&
    isArrayOf(value.relatedLinks, isLink)
  );
}
