/**
 * .NET composite formatting (`string.Format`) for pwsh's `-f` operator and `[string]::Format`:
 * `{0}`, `{0,-10}`, `{0:N2}`, `{0,8:yyyy-MM-dd}`, `{{` / `}}`, with .NET 8's error texts.
 */
// .NET: StringBuilder.AppendFormatHelper (the parser and its FormatException texts); pwsh:
// StringOps.FormatOperator (`-f` uses the current culture, en-US in pcsh, and reports
// `Error formatting a string: …` with errorId FormatError).
import { toDotNetString, toPSString } from './conversion.js';
import { PSException } from './errors.js';
import type { FormatCulture } from './number-format.js';
import { interpreterError } from './operators/interpreter-error.js';
import { CoreLibStrings } from './strings/CoreLibStrings.js';

const INDEX_LIMIT = 1_000_000;
const WIDTH_LIMIT = 1_000_000;

function invalidFormat(offset: number, reason: string): PSException {
  return new PSException(`Input string was not in a correct format. Failure to parse near offset ${offset}. ${reason}`, 'System.FormatException');
}

const UNEXPECTED_CLOSING_BRACE = 'Unexpected closing brace without a corresponding opening brace.';
const UNCLOSED_FORMAT_ITEM = 'Format item ends prematurely.';
const EXPECTED_ASCII_DIGIT = 'Expected an ASCII digit.';

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * `string.Format(culture, template, args)`. Each argument is rendered with its .NET `ToString(format,
 * culture)`. Throws a `System.FormatException` PSException with .NET's message on a malformed template
 * or an index outside the arguments.
 */
export function compositeFormat(template: string, args: readonly unknown[], culture: FormatCulture = 'en-US'): string {
  let out = '';
  let pos = 0;
  const next = (): string => {
    pos++;
    if (pos >= template.length) throw invalidFormat(pos, UNCLOSED_FORMAT_ITEM);
    return template[pos] as string;
  };
  for (;;) {
    let ch: string;
    for (;;) {
      if (pos >= template.length) return out;
      const brace = template.slice(pos).search(/[{}]/);
      if (brace < 0) return out + template.slice(pos);
      out += template.slice(pos, pos + brace);
      pos += brace;
      const open = template[pos] as string;
      ch = next();
      if (open === ch) {
        out += ch;
        pos++;
        continue;
      }
      if (open !== '{') throw invalidFormat(pos, UNEXPECTED_CLOSING_BRACE);
      break;
    }
    if (!isDigit(ch)) throw invalidFormat(pos, EXPECTED_ASCII_DIGIT);
    let index = Number(ch);
    let width = 0;
    let leftJustify = false;
    let itemFormat: string | undefined;
    ch = next();
    if (ch !== '}') {
      while (isDigit(ch) && index < INDEX_LIMIT) {
        index = index * 10 + Number(ch);
        ch = next();
      }
      while (ch === ' ') ch = next();
      if (ch === ',') {
        do ch = next();
        while (ch === ' ');
        if (ch === '-') {
          leftJustify = true;
          ch = next();
        }
        if (!isDigit(ch)) throw invalidFormat(pos, EXPECTED_ASCII_DIGIT);
        width = Number(ch);
        ch = next();
        while (isDigit(ch) && width < WIDTH_LIMIT) {
          width = width * 10 + Number(ch);
          ch = next();
        }
        while (ch === ' ') ch = next();
      }
      if (ch !== '}') {
        if (ch !== ':') throw invalidFormat(pos, UNCLOSED_FORMAT_ITEM);
        const start = pos;
        for (;;) {
          ch = next();
          if (ch === '}') break;
          if (ch === '{') throw invalidFormat(pos, UNCLOSED_FORMAT_ITEM);
        }
        itemFormat = template.slice(start + 1, pos);
      }
    }
    pos++;
    if (index >= args.length) throw new PSException(CoreLibStrings.Format_IndexOutOfRange, 'System.FormatException');
    const text = toDotNetString(args[index], itemFormat, culture);
    out += width <= text.length ? text : leftJustify ? text + ' '.repeat(width - text.length) : ' '.repeat(width - text.length) + text;
  }
}

/**
 * pwsh's `-f`: the left operand is the template (as a string), the right one the argument list (an array
 * spreads into the arguments). A FormatException becomes `Error formatting a string: ….` (FormatError).
 */
export function formatOperator(template: unknown, args: unknown): string {
  const text = toPSString(template);
  try {
    return compositeFormat(text, Array.isArray(args) ? args : [args ?? null]);
  } catch (error) {
    if (error instanceof PSException && error.typeName === 'System.FormatException') {
      throw interpreterError('FormatError', [error.message], text, 'FormatError', error);
    }
    throw error;
  }
}
