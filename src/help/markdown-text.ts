/**
 * How platyPS turns a run of markdown prose into MAML text: spans (plain text, hyperlinks, bold, italic,
 * hard breaks) joined by its rules, escapes removed, single line breaks folded into spaces and blank lines
 * turned into paragraph breaks, list lines kept apart.
 */
// pwsh: platyPS master src/Markdown.MAML/Parser/MarkdownParser.cs (UnwindMarkdownCharsEscaping,
// LineBreaksMatchEvaluater, HasListPrefix) and Transformer/ModelTransformerBase.cs (GetTextFromParagraphSpans).

/** A span of a paragraph, as platyPS's parser produces it. */
export type ParagraphSpan =
  | { readonly kind: 'Text'; readonly text: string; readonly style: 'Normal' | 'Bold' | 'Italic' }
  | { readonly kind: 'Hyperlink'; readonly text: string; readonly uri: string }
  | { readonly kind: 'HardBreak' };

/** platyPS's paragraph separator inside processed text; a hard break is a lone `\n`. */
export const ParagraphBreak = '\r\n';

function hasListPrefix(s: string): boolean {
  if (s.length < 2) return false;
  const [a, b] = [s[0], s[1]];
  return (a === '-' && b === '-') || (a === '-' && b === ' ') || (a === '*' && b === ' ');
}

const escapes: readonly (readonly [string, string])[] = [
  ['\\[', '['],
  ['\\]', ']'],
  ['\\(', '('],
  ['\\)', ')'],
  ['\\`', '`'],
  ['\\<', '<'],
  ['\\>', '>'],
  ['\\_', '_'],
  ['\\*', '*'],
  ['\\\\', '\\'],
];

/**
 * platyPS's UnwindMarkdownCharsEscaping: removes markdown escapes, folds each line into a trailing space,
 * turns blank lines into {@link ParagraphBreak} and keeps consecutive list lines (`- `, `* `, `--`) apart.
 * The input uses `\r\n` line ends.
 */
export function unwindMarkdownText(spanText: string): string {
  let text = spanText;
  for (const [from, to] of escapes) text = text.split(from).join(to);
  let previous = 'foo';
  let inList = false;
  let out = '';
  // Walk the lines as .NET's Regex.Replace("([^\r\n]*)(\r\n|$)") does, including its final empty match.
  let offset = 0;
  for (;;) {
    const end = text.indexOf('\r\n', offset);
    const line = end < 0 ? text.slice(offset) : text.slice(offset, end);
    const current = line;
    const before = previous;
    previous = current;
    if (current.trim() === '') out += '\r\n';
    else if (hasListPrefix(before) && hasListPrefix(current)) {
      inList = true;
      out += `\r\n${current}`;
    } else {
      let value = current;
      if (inList) {
        inList = false;
        value = `\r\n${value}`;
      }
      out += `${value} `;
    }
    if (end < 0) {
      // A non-empty last line is followed by one more, empty, match at the end of the text.
      if (line.length > 0) out += '\r\n';
      break;
    }
    offset = end + 2;
  }
  return out.split(' \r\n').join('\r\n').trim();
}

/** A plain or styled text span as platyPS's TextSpan constructor stores it (trimmed, then unwound). */
export function textSpan(raw: string, style: 'Normal' | 'Bold' | 'Italic' = 'Normal'): ParagraphSpan {
  return { kind: 'Text', text: unwindMarkdownText(raw.trim()), style };
}

/**
 * platyPS's GetTextFromParagraphSpans: joins spans, putting a space around bold, italic and link spans and
 * ` (uri)` after a link's text. Normal spans are joined with nothing between them, as platyPS does.
 */
export function textFromSpans(spans: readonly ParagraphSpan[]): string {
  let text = '';
  let first = true;
  let previousSpecial = false;
  for (const span of spans) {
    const special = span.kind === 'Hyperlink' || (span.kind === 'Text' && span.style !== 'Normal');
    if ((!first && special) || previousSpecial) text += ' ';
    text += span.kind === 'HardBreak' ? '\n' : span.text;
    previousSpecial = special;
    if (span.kind === 'Hyperlink' && span.uri.trim() !== '') {
      text += ` (${span.uri})`;
      previousSpecial = false;
    }
    first = false;
  }
  return text;
}

/** Splits processed text into MAML paragraphs (platyPS's GenerateParagraphs). */
export function toParagraphs(text: string): string[] {
  return text.split(ParagraphBreak);
}
