/**
 * Reads markdown into the three node kinds platyPS's help grammar knows: headings, ```` ``` ```` code blocks
 * and paragraphs (everything else between them, as spans). marked's lexer does the tokenising; this file
 * only maps its tokens onto platyPS's model and keeps line numbers for error messages.
 */
// pwsh: platyPS master src/Markdown.MAML/Parser/MarkdownParser.cs (the node kinds and span patterns).
import type { Token, Tokens } from 'marked';
import { Lexer } from 'marked';
import { textSpan, type ParagraphSpan } from './markdown-text.js';

/** A markdown node as platyPS's transformer sees it; `line` is 1-based in the whole file. */
export type MarkdownNode =
  | { readonly kind: 'Heading'; readonly level: number; readonly text: string; readonly line: number }
  | { readonly kind: 'CodeBlock'; readonly language: string | null; readonly text: string; readonly line: number }
  | { readonly kind: 'Paragraph'; readonly spans: readonly ParagraphSpan[]; readonly line: number };

function isFencedCode(token: Token): token is Tokens.Code {
  return token.type === 'code' && /^ {0,3}```/.test(token.raw);
}

/** Maps inline tokens to spans: links, bold and italic are special; every other token stays raw text. */
function spansOf(raw: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  let pending = '';
  const flush = (): void => {
    // platyPS drops text spans that are only whitespace (CreateNormalSpan).
    if (pending.trim() !== '') spans.push(textSpan(pending.replace(/\r?\n/g, '\r\n')));
    pending = '';
  };
  for (const token of Lexer.lexInline(raw, { gfm: true })) {
    if (token.type === 'link' && token.raw.startsWith('[')) {
      flush();
      spans.push({ kind: 'Hyperlink', text: (token as Tokens.Link).text, uri: (token as Tokens.Link).href });
    } else if (token.type === 'strong' || token.type === 'em') {
      flush();
      spans.push(textSpan((token as Tokens.Strong | Tokens.Em).text, token.type === 'strong' ? 'Bold' : 'Italic'));
    } else if (token.type === 'br') {
      flush();
      spans.push({ kind: 'HardBreak' });
    } else {
      pending += token.raw;
    }
  }
  flush();
  return spans;
}

/**
 * Splits a markdown body (front matter already removed) into platyPS nodes. `firstLine` is the file line of
 * the body's first line.
 */
export function readMarkdownNodes(body: string, firstLine: number): MarkdownNode[] {
  const nodes: MarkdownNode[] = [];
  let line = firstLine;
  let paragraph = '';
  let paragraphLine = line;
  const finishParagraph = (): void => {
    if (paragraph.trim() !== '') {
      const spans = spansOf(paragraph);
      if (spans.length > 0) nodes.push({ kind: 'Paragraph', spans, line: paragraphLine });
    }
    paragraph = '';
  };
  for (const token of Lexer.lex(body, { gfm: true })) {
    const tokenLine = line;
    line += (token.raw.match(/\n/g) ?? []).length;
    if (token.type === 'heading') {
      finishParagraph();
      nodes.push({ kind: 'Heading', level: (token as Tokens.Heading).depth, text: (token as Tokens.Heading).text.trim(), line: tokenLine });
    } else if (isFencedCode(token)) {
      finishParagraph();
      nodes.push({ kind: 'CodeBlock', language: token.lang === undefined || token.lang === '' ? null : token.lang, text: token.text.trim(), line: tokenLine });
    } else {
      if (paragraph === '') paragraphLine = tokenLine + (token.raw.match(/^\n*/)?.[0].length ?? 0);
      paragraph += token.raw;
    }
  }
  finishParagraph();
  return nodes;
}
