/**
 * Man pages from the help files (scripts/build-man.mjs): each platyPS file becomes ronn-style markdown that
 * marked-man renders to roff. `Verb-Noun.md` → `man1/pcsh-Verb-Noun.1`, `about_X.md` → `man7/pcsh-about_X.7`.
 * The front matter goes, the SYNTAX blocks become the SYNOPSIS, each parameter's yaml block becomes a list of
 * its attributes, code blocks stay, and quotes in code are not turned into entities. Build-time only: this
 * module imports marked and marked-man.
 */
import { Lexer, Marked, type Token, type Tokens } from 'marked';
import markedMan from 'marked-man';
import type { HelpTopic, ParameterMetadataBlock } from './help-info.js';
import { loadHelpMarkdown } from './load.js';

/** A rendered man page. */
export interface ManPage {
  /** `man1/pcsh-New-PartnerCustomerCart.1`, relative to the man directory. */
  readonly path: string;
  readonly roff: string;
}

function body(text: string): string {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  if (lines[0]?.trimEnd() !== '---') return normalized;
  const end = lines.findIndex((line, i) => i > 0 && line.startsWith('---'));
  return lines.slice(end + 1).join('\n');
}

/** A yaml parameter block as a readable list of its attributes, one bold term per line. */
function attributeList(block: ParameterMetadataBlock): string {
  const items: [string, string][] = [
    ['Type', block.type ?? ''],
    ['Parameter sets', block.parameterSets.join(', ')],
    ['Aliases', block.aliases.filter((a) => a !== '').join(', ') || 'none'],
    ...(block.acceptedValues.length > 0 ? ([['Accepted values', block.acceptedValues.join(', ')]] as [string, string][]) : []),
    ['Required', String(block.required)],
    ['Position', block.position],
    ['Default value', block.defaultValue ?? 'None'],
    ['Accept pipeline input', block.pipelineInput],
    ['Accept wildcard characters', String(block.globbing)],
  ];
  // One paragraph with a hard break after each attribute: a compact definition list.
  return `${items.map(([key, value]) => `**${key}**: ${value.replace(/[\\`*_[\]<>]/g, '\\$&')}`).join('  \n')}\n\n`;
}

/** Rewrites a command help file as ronn-style markdown. */
function commandMarkdown(topic: Extract<HelpTopic, { kind: 'Command' }>, tokens: Token[]): string {
  const synopsis = (topic.synopsis ?? []).join(' ').trim();
  let out = `# pcsh-${topic.name}(1) -- ${synopsis}\n\n`;
  let section = '';
  const blocks = topic.parameters.flatMap((p) => p.metadata);
  let yaml = 0;
  for (const token of tokens) {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      if (heading.depth === 1) continue;
      if (heading.depth === 2) section = heading.text.trim().toUpperCase();
      if (section === 'SYNOPSIS') continue;
      out += heading.depth === 2 && section === 'SYNTAX' ? '## SYNOPSIS\n\n' : token.raw;
    } else if (section === 'SYNOPSIS') {
      continue;
    } else if (token.type === 'code' && section === 'PARAMETERS' && (token as Tokens.Code).lang?.toLowerCase() === 'yaml') {
      const block = blocks[yaml++];
      out += block === undefined ? token.raw : attributeList(block);
    } else {
      out += token.raw;
    }
  }
  return out;
}

/** Rewrites an about topic as ronn-style markdown, its level-1 headings as sections. */
function aboutMarkdown(topic: Extract<HelpTopic, { kind: 'About' }>, tokens: Token[]): string {
  const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading');
  // The NAME line takes the whole short description, not just its first line as Get-Help's synopsis does.
  const short = tokens.findIndex((t) => t.type === 'heading' && /^short description$/i.test((t as Tokens.Heading).text.trim()));
  const paragraph = tokens.slice(short + 1).find((t): t is Tokens.Paragraph => t.type === 'paragraph' || t.type === 'heading');
  const description = short >= 0 && paragraph?.type === 'paragraph' ? paragraph.text.replace(/\s+/g, ' ').trim() : topic.synopsis;
  let out = `# pcsh-${topic.name}(7) -- ${description}\n\n`;
  for (const token of tokens) {
    if (token.type === 'heading' && (token === headings[0] || token === headings[1])) continue;
    out += token.type === 'heading' ? `${'#'.repeat(Math.min((token as Tokens.Heading).depth + 1, 6))} ${(token as Tokens.Heading).text}\n\n` : token.raw;
  }
  return out;
}

/** The ronn-style markdown of a help file, and where its page goes; throws the load error of a bad file. */
export function manMarkdown(text: string, file: string): { readonly path: string; readonly markdown: string } {
  const result = loadHelpMarkdown(text, file);
  if (!result.ok) throw result.error;
  const topic = result.topic;
  const tokens = Lexer.lex(body(text), { gfm: true });
  return topic.kind === 'About'
    ? { path: `man7/pcsh-${topic.name}.7`, markdown: aboutMarkdown(topic, tokens) }
    : { path: `man1/pcsh-${topic.name}.1`, markdown: commandMarkdown(topic, tokens) };
}

/** marked's lexer leaves `"` and `'` as entities in text and code; roff wants the characters. */
const decode = (text: string): string => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Renders a help file as a man page. `date` is the page's date (a fixed one makes builds reproducible). */
export function renderManPage(text: string, file: string, options: { readonly date: number; readonly version: string }): ManPage {
  const { path, markdown } = manMarkdown(text, file);
  const man = markedMan.renderer as Readonly<Record<string, (this: unknown, ...args: unknown[]) => string>>;
  // Prose keeps markdown's meaning of a single line break (a space); attribute lists use hard breaks.
  const marked = new Marked({ ...markedMan, breaks: false, date: options.date, manVersion: options.version, manual: 'pcsh Manual' } as never);
  marked.use({
    renderer: {
      codespan(code: string) {
        return man.codespan!.call(this, decode(code));
      },
      text(value: string) {
        return man.text!.call(this, decode(value));
      },
    },
  });
  return { path, roff: marked.parse(markdown, { async: false }) as string };
}
