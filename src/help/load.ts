/**
 * platyPS markdown (schema 2.0.0) → a validated HelpInfo model. The grammar is platyPS's
 * (ModelTransformerVersion2): `# Name`, then level-2 sections in any order; a file whose second heading
 * starts with `about` is an about topic. A malformed file gives a {@link HelpLoadError} naming the file, the
 * line and what was expected, with platyPS's wording where it has one; loading never throws anything else.
 *
 * This module imports marked and yaml, so it is only reached through `await import()` (see help-cache.ts).
 */
// pwsh: platyPS master src/Markdown.MAML/Transformer/ModelTransformerBase.cs and ModelTransformerVersion2.cs,
// Parser/MarkdownParser.cs (ParseYamlKeyValuePairs, GetYamlMetadata), src/platyPS/platyPS.psm1 (GetSchemaVersion).
import { parse as parseYaml } from 'yaml';
import { renderAboutText } from './about-text.js';
import type {
  AboutHelpInfo,
  CodeBlock,
  CommandHelpInfo,
  ExampleHelp,
  HelpTopic,
  ParameterHelp,
  ParameterMetadataBlock,
  RelatedLink,
  SyntaxHelp,
  TypeHelp,
} from './help-info.js';
import { HelpSchemaVersion } from './help-info.js';
import { HelpLoadError } from './help-load-error.js';
import { readMarkdownNodes, type MarkdownNode } from './markdown-nodes.js';
import { textFromSpans, toParagraphs } from './markdown-text.js';

const Sections = ['SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'EXAMPLES', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'NOTES', 'RELATED LINKS'] as const;
const ParameterKeys = [
  'Type',
  'Parameter Sets',
  'Aliases',
  'Accepted values',
  'Required',
  'Position',
  'Default value',
  'Accept pipeline input',
  'Accept wildcard characters',
  'Applicable',
] as const;
const AllParameterSets = '(All)';
const DefaultSetModifier = ' (Default)';

/** The outcome of loading one help file. */
export type HelpLoadResult = { readonly ok: true; readonly topic: HelpTopic } | { readonly ok: false; readonly error: HelpLoadError };

interface FrontMatter {
  readonly values: ReadonlyMap<string, string>;
  readonly body: string;
  readonly bodyLine: number;
}

function readFrontMatter(text: string, file: string): FrontMatter {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') return { values: new Map(), body: text, bodyLine: 1 };
  const end = lines.findIndex((line, i) => i > 0 && line.startsWith('---'));
  if (end < 0) throw new HelpLoadError(file, 1, 'The front matter that starts on line 1 has no closing "---" line.');
  let parsed: unknown;
  try {
    parsed = parseYaml(lines.slice(1, end).join('\n'), { schema: 'failsafe' }) ?? {};
  } catch (e) {
    const yamlLine = (e as { linePos?: readonly { line: number }[] }).linePos?.[0]?.line ?? 1;
    throw new HelpLoadError(file, 1 + yamlLine, `Invalid yaml front matter: ${(e as Error).message.split('\n')[0] ?? ''}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new HelpLoadError(file, 2, 'Invalid yaml front matter: expected simple key-value pairs.');
  }
  const values = new Map<string, string>();
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value === 'string' && value.trim() !== '') values.set(key.toLowerCase(), value.trim());
  }
  return { values, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/** platyPS's ParseYamlKeyValuePairs: `key: value` lines; an empty value counts as absent. */
function readParameterYaml(block: Extract<MarkdownNode, { kind: 'CodeBlock' }>, file: string): Map<string, string | null> {
  const pairs = new Map<string, string | null>();
  for (const [offset, rawLine] of block.text.split('\n').entries()) {
    const line = rawLine.trim();
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon < 0) {
      throw new HelpLoadError(file, block.line + 1 + offset, 'Invalid yaml: expected simple key-value pairs', `"Key: value" lines with one of the keys ${ParameterKeys.join(', ')}`);
    }
    const key = line.slice(0, colon).trim();
    const known = ParameterKeys.find((k) => k.toLowerCase() === key.toLowerCase());
    if (known === undefined) throw new HelpLoadError(file, block.line + 1 + offset, `Invalid yaml: unknown key ${key}`, `one of ${ParameterKeys.join(', ')}`);
    const value = line.slice(colon + 1).trim();
    pairs.set(known, value === '' ? null : value);
  }
  return pairs;
}

const splitList = (value: string | null | undefined): string[] => (value === null || value === undefined ? [] : value.split(',').map((x) => x.trim()));

function metadataBlock(pairs: Map<string, string | null>, line: number): ParameterMetadataBlock {
  const get = (key: (typeof ParameterKeys)[number]): string | null => pairs.get(key) ?? null;
  const isTrue = (key: (typeof ParameterKeys)[number]): boolean => get(key)?.toLowerCase() === 'true';
  return {
    type: get('Type'),
    // A blank `Parameter Sets:` puts the parameter in no set, as in platyPS; an absent one means all sets.
    parameterSets: pairs.has('Parameter Sets') ? splitList(get('Parameter Sets')).filter((s) => s !== '') : [AllParameterSets],
    aliases: splitList(get('Aliases')),
    acceptedValues: splitList(get('Accepted values')),
    required: isTrue('Required'),
    position: get('Position') ?? 'named',
    defaultValue: get('Default value'),
    pipelineInput: get('Accept pipeline input') ?? 'false',
    globbing: isTrue('Accept wildcard characters'),
    applicable: pairs.has('Applicable') && get('Applicable') !== null ? splitList(get('Applicable')) : null,
    line,
  };
}

/** A cursor over the nodes with platyPS's one-node "unget". */
class NodeReader {
  private index = 0;
  constructor(
    private readonly nodes: readonly MarkdownNode[],
    readonly file: string,
  ) {}

  next(): MarkdownNode | undefined {
    return this.nodes[this.index++];
  }

  unget(): void {
    this.index--;
  }

  /** The line to blame when the file ends too early. */
  get lastLine(): number {
    return this.nodes[this.nodes.length - 1]?.line ?? 1;
  }

  /** GetHeadingWithExpectedLevel: the heading at `level`, or undefined (ungot) for a higher-level heading. */
  heading(level: number, expected: string): Extract<MarkdownNode, { kind: 'Heading' }> | undefined {
    const node = this.next();
    if (node === undefined) return undefined;
    if (node.kind !== 'Heading') throw new HelpLoadError(this.file, node.line, 'Expect Heading', expected);
    if (node.level < level) {
      this.unget();
      return undefined;
    }
    if (node.level !== level) throw new HelpLoadError(this.file, node.line, `Expect Heading level ${level}`, expected);
    return node;
  }

  /** ParagraphNodeRule: the next paragraph's text, or '' when a heading or code block comes first. */
  paragraphText(): string {
    const node = this.next();
    if (node === undefined) return '';
    if (node.kind !== 'Paragraph') {
      this.unget();
      return '';
    }
    return textFromSpans(node.spans);
  }

  /** CodeBlockRule. */
  codeBlock(): Extract<MarkdownNode, { kind: 'CodeBlock' }> | undefined {
    const node = this.next();
    if (node === undefined) return undefined;
    if (node.kind !== 'CodeBlock') {
      this.unget();
      return undefined;
    }
    return node;
  }
}

class CommandBuilder {
  synopsis: string[] | null = null;
  description: string[] | null = null;
  notes: string[] | null = null;
  readonly syntax: SyntaxHelp[] = [];
  readonly examples: ExampleHelp[] = [];
  readonly parameters: ParameterHelp[] = [];
  readonly inputs: TypeHelp[] = [];
  readonly outputs: TypeHelp[] = [];
  readonly relatedLinks: RelatedLink[] = [];
  supportsCommonParameters = false;

  constructor(private readonly reader: NodeReader) {}

  /** SectionDispatch: reads one `## SECTION`; false at the end of the command. */
  section(): boolean {
    const heading = this.reader.heading(2, `a section heading: ${Sections.map((s) => `## ${s}`).join(', ')}`);
    if (heading === undefined) return false;
    switch (heading.text.toUpperCase()) {
      case 'SYNOPSIS':
        this.synopsis = toParagraphs(this.reader.paragraphText());
        break;
      case 'DESCRIPTION':
        this.description = toParagraphs(this.reader.paragraphText());
        break;
      case 'NOTES':
        this.notes = toParagraphs(this.reader.paragraphText());
        break;
      case 'SYNTAX':
        while (this.syntaxEntry());
        break;
      case 'EXAMPLES':
        while (this.example());
        break;
      case 'PARAMETERS':
        while (this.parameter());
        break;
      case 'INPUTS':
        for (let t = this.typeEntry(); t !== undefined; t = this.typeEntry()) this.inputs.push(t);
        break;
      case 'OUTPUTS':
        for (let t = this.typeEntry(); t !== undefined; t = this.typeEntry()) this.outputs.push(t);
        break;
      case 'RELATED LINKS':
        this.links();
        break;
      default:
        throw new HelpLoadError(this.reader.file, heading.line, `Unexpected header name ${heading.text}`, `one of ${Sections.map((s) => `## ${s}`).join(', ')}`);
    }
    return true;
  }

  private syntaxEntry(): boolean {
    const node = this.reader.next();
    if (node === undefined) return false;
    if (node.kind === 'CodeBlock') {
      this.syntax.push({ parameterSetName: AllParameterSets, isDefault: true, code: node.text, line: node.line });
      return true;
    }
    this.reader.unget();
    const heading = this.reader.heading(3, 'a "### ParameterSetName" heading or a code block with the syntax');
    if (heading === undefined) return false;
    const isDefault = heading.text.endsWith(DefaultSetModifier);
    const code = this.reader.codeBlock();
    this.syntax.push({
      parameterSetName: isDefault ? heading.text.slice(0, -DefaultSetModifier.length) : heading.text,
      isDefault,
      code: code?.text ?? '',
      line: heading.line,
    });
    return true;
  }

  private example(): boolean {
    const heading = this.reader.heading(3, 'a "### Example title" heading (one introduction, code blocks and one remarks paragraph per example)');
    if (heading === undefined) return false;
    const introduction = this.reader.paragraphText();
    const code: CodeBlock[] = [];
    for (let block = this.reader.codeBlock(); block !== undefined; block = this.reader.codeBlock()) {
      code.push({ language: block.language, text: block.text });
    }
    const remarks = this.reader.paragraphText();
    this.examples.push({ title: heading.text, introduction: toParagraphs(introduction), code, remarks: toParagraphs(remarks), line: heading.line });
    return true;
  }

  /** ParagraphOrCodeBlockNodeRule("yaml"): prose and non-yaml code up to the first yaml block. */
  private parameterDescription(): string {
    const parts: string[] = [];
    for (let node = this.reader.next(); node !== undefined; node = this.reader.next()) {
      if (node.kind === 'Paragraph') parts.push(textFromSpans(node.spans));
      else if (node.kind === 'CodeBlock' && node.language?.toLowerCase() !== 'yaml') parts.push(node.text.replace(/\n/g, '\r\n'));
      else {
        this.reader.unget();
        break;
      }
    }
    return parts.join('\r\n\r\n');
  }

  private parameter(): boolean {
    const heading = this.reader.heading(3, 'a "### -ParameterName" heading');
    if (heading === undefined) return false;
    const name = heading.text.startsWith('-') ? heading.text.slice(1) : heading.text;
    const description = this.parameterDescription();
    const lower = name.toLowerCase();
    if (lower === 'commonparameters' || lower === 'workflowcommonparameters') {
      if (lower === 'commonparameters') this.supportsCommonParameters = true;
      return true;
    }
    const metadata: ParameterMetadataBlock[] = [];
    for (let block = this.reader.codeBlock(); block !== undefined; block = this.reader.codeBlock()) {
      metadata.push(metadataBlock(readParameterYaml(block, this.reader.file), block.line));
    }
    this.parameters.push({ name, description: toParagraphs(description), metadata, line: heading.line });
    return true;
  }

  private typeEntry(): TypeHelp | undefined {
    const heading = this.reader.heading(3, 'a "### TypeName" heading');
    if (heading === undefined) return undefined;
    return { typeName: heading.text, description: toParagraphs(this.reader.paragraphText()) };
  }

  private links(): void {
    const node = this.reader.next();
    if (node === undefined) return;
    if (node.kind !== 'Paragraph') {
      this.reader.unget();
      return;
    }
    for (const span of node.spans) {
      if (span.kind !== 'Hyperlink') {
        const text = span.kind === 'HardBreak' ? '\\n' : span.text;
        throw new HelpLoadError(this.reader.file, node.line, `Expect hyperlink, but got ${text}`, 'one "[text](uri)" link per line');
      }
      this.relatedLinks.push({ text: span.text, uri: span.uri });
    }
  }
}

function loadCommand(nodes: readonly MarkdownNode[], file: string, front: FrontMatter): CommandHelpInfo {
  const reader = new NodeReader(nodes, file);
  let name: string | undefined;
  let builder: CommandBuilder | undefined;
  for (let node = reader.next(); node !== undefined; node = reader.next()) {
    if (node.kind !== 'Heading') continue;
    if (node.level !== 1) throw new HelpLoadError(file, node.line, `Booo, I don't know what is the heading level ${node.level}`, 'the command name as a "# Verb-Noun" heading');
    if (name !== undefined) throw new HelpLoadError(file, node.line, `A second command heading "# ${node.text}"`, 'one command per help file');
    name = node.text;
    builder = new CommandBuilder(reader);
    while (builder.section());
  }
  if (name === undefined || builder === undefined) throw new HelpLoadError(file, reader.lastLine, 'No command heading', 'the command name as a "# Verb-Noun" heading');
  return {
    kind: 'Command',
    name,
    file,
    moduleName: front.values.get('module name') ?? null,
    externalHelpFile: front.values.get('external help file') ?? null,
    onlineVersion: front.values.get('online version') ?? null,
    schema: front.values.get('schema') ?? HelpSchemaVersion,
    synopsis: builder.synopsis,
    syntax: builder.syntax,
    description: builder.description,
    examples: builder.examples,
    parameters: builder.parameters,
    supportsCommonParameters: builder.supportsCommonParameters,
    inputs: builder.inputs,
    outputs: builder.outputs,
    notes: builder.notes,
    relatedLinks: builder.relatedLinks,
  };
}

function isAboutTopic(nodes: readonly MarkdownNode[], file: string): boolean {
  // platyPS: the second node's text is longer than five characters and starts with "about".
  const second = nodes[1];
  if (second?.kind === 'Heading' && second.text.length > 5 && second.text.slice(0, 5).toUpperCase() === 'ABOUT') return true;
  return file.toLowerCase().startsWith('about_');
}

function loadAbout(nodes: readonly MarkdownNode[], file: string): AboutHelpInfo {
  const text = renderAboutText(nodes);
  const base = file.replace(/\.md$/i, '');
  return {
    kind: 'About',
    name: base.toLowerCase().startsWith('about_') ? base : `about_${base}`,
    file,
    // pwsh's HelpFileHelpInfo takes the fifth line of the topic file as its synopsis.
    synopsis: (text.split('\n')[4] ?? '').trim(),
    text,
  };
}

/**
 * Loads one help file's text. `file` is the name used in messages (e.g. `New-PartnerCustomerCart.md`).
 * Returns the topic, or the first error found; never throws.
 */
export function loadHelpMarkdown(text: string, file: string): HelpLoadResult {
  try {
    const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const front = readFrontMatter(normalized, file);
    const schema = front.values.get('schema');
    if (schema !== undefined && schema !== HelpSchemaVersion) {
      throw new HelpLoadError(file, 2, `Unsupported schema ${schema}`, `schema: ${HelpSchemaVersion} (platyPS schema 1.0.0 is deprecated)`);
    }
    const nodes = readMarkdownNodes(front.body, front.bodyLine);
    const topic = isAboutTopic(nodes, file) ? loadAbout(nodes, file) : loadCommand(nodes, file, front);
    return { ok: true, topic };
  } catch (e) {
    if (e instanceof HelpLoadError) return { ok: false, error: e };
    return { ok: false, error: new HelpLoadError(file, 1, `The markdown could not be read: ${e instanceof Error ? e.message : String(e)}`) };
  }
}
