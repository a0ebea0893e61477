/**
 * Splitting text into display lines as pwsh's formatter does: on line breaks, then word-wrapped to a width
 * (en-US culture wraps at spaces; a word wider than the line is cut by cells).
 */
// pwsh: FormatAndOutput/common/ComplexWriter.cs (StringManipulationHelper.SplitLines, GenerateLinesWithWordWrap,
// TruncateAtNewLine).
import { charCells, displayWidth } from './display-cells.js';

const SoftHyphen = '\u00ad';
const HardHyphen = '\u2011';
const NonBreakingSpace = '\u00a0';

const Reset = '\x1b[0m';
const VtAt = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/y;

/**
 * Splits on `\n` and drops every `\r` (StringManipulationHelper.SplitLines). With VT sequences, as pwsh does,
 * a line that used any gets a reset appended, and each later line starts with every sequence seen so far.
 */
export function splitLines(text: string): string[] {
  if (!text.includes('\n')) return [text.replaceAll('\r', '')];
  if (!text.includes('\x1b')) return text.replaceAll('\r', '').split('\n');
  const lines: string[] = [];
  let line = '';
  let sequences = '';
  let hasSequences = false;
  for (let i = 0; i < text.length; i++) {
    VtAt.lastIndex = i;
    const match = text[i] === '\x1b' ? VtAt.exec(text) : null;
    if (match !== null) {
      line += match[0];
      sequences += match[0];
      hasSequences = true;
      i += match[0].length - 1;
      continue;
    }
    const c = text[i] as string;
    if (c === '\n') {
      if (hasSequences && !line.endsWith(Reset)) line += Reset;
      lines.push(line);
      line = sequences;
    } else if (c !== '\r') {
      line += c;
    }
  }
  if (hasSequences) {
    if (line.length === sequences.length) line = '';
    else if (!line.endsWith(Reset)) line += Reset;
  }
  lines.push(line);
  return lines;
}

/** The first line of `text`; when there was more, `…` marks the cut (StringManipulationHelper.TruncateAtNewLine). */
export function truncateAtNewLine(text: string): string {
  const lineBreak = text.search(/[\r\n]/);
  return lineBreak < 0 ? text : `${text.slice(0, lineBreak)}\u2026`;
}

interface Word {
  readonly word: string;
  readonly delimiter: string;
}

/** Words and the delimiter after each: space, tab or soft hyphen; a hard hyphen or no-break space ends a word too. */
function words(line: string): Word[] {
  const result: Word[] = [];
  let current = '';
  for (const c of line) {
    if (c === ' ' || c === '\t' || c === SoftHyphen) {
      result.push({ word: current, delimiter: c });
      current = '';
    } else if (c === HardHyphen || c === NonBreakingSpace) {
      result.push({ word: current, delimiter: '' });
      current = '';
    } else {
      current += c;
    }
  }
  result.push({ word: current, delimiter: '' });
  return result;
}

/**
 * Word-wraps one line to `firstLineWidth` cells, then `followingWidth` cells. A wrapped line keeps the space
 * that ended its last word, as pwsh's does.
 */
function wrapLine(line: string, firstLineWidth: number, followingWidth: number, out: string[]): void {
  let spacesLeft = firstLineWidth;
  let lineWidth = firstLineWidth;
  let firstLine = true;
  let single = '';
  /** Ends the current line and starts the next with `text` (of `width` cells). */
  const breakLine = (text: string, width: number): void => {
    out.push(single);
    single = text;
    if (firstLine) {
      firstLine = false;
      lineWidth = followingWidth;
    }
    spacesLeft = lineWidth - width;
  };
  for (const { word, delimiter } of words(line)) {
    let toAdd = word;
    if (delimiter === SoftHyphen) {
      // The hyphen is shown only where the line breaks.
      if (displayWidth(word) + 1 === spacesLeft) toAdd += '-';
    } else if (delimiter !== '') {
      toAdd += delimiter;
    }
    const wordWidth = displayWidth(toAdd);
    if (lineWidth === 0) {
      if (firstLine) {
        firstLine = false;
        lineWidth = followingWidth;
      }
      if (lineWidth === 0) break;
      spacesLeft = lineWidth;
    }
    if (wordWidth > lineWidth) {
      // The word is wider than a whole line: cut it by cells.
      for (let i = 0; i < toAdd.length; i++) {
        let unit = toAdd[i] as string;
        let width = charCells(unit.charCodeAt(0));
        if (width > lineWidth) {
          unit = '?';
          width = 1;
        }
        if (width > spacesLeft) {
          breakLine(unit, width);
        } else {
          single += unit;
          spacesLeft -= width;
        }
      }
    } else if (wordWidth > spacesLeft) {
      breakLine(toAdd, wordWidth);
    } else {
      single += toAdd;
      spacesLeft -= wordWidth;
    }
  }
  out.push(single);
}

/**
 * The display lines of `text`: split on line breaks, and each line longer than the width word-wrapped
 * (StringManipulationHelper.GenerateLines for an en-US culture).
 */
export function generateLines(text: string, firstLineWidth: number, followingWidth = firstLineWidth): string[] {
  if (text === '') return [''];
  const out: string[] = [];
  for (const line of splitLines(text)) {
    if (displayWidth(line) <= firstLineWidth) out.push(line);
    else wrapLine(line, firstLineWidth, followingWidth, out);
  }
  return out;
}
