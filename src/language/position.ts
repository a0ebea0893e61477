/**
 * pwsh's position messages: the `At line:1 char:10` block that NormalView, `$_.InvocationInfo.PositionMessage`
 * and parse errors print, and the line-text helpers it needs.
 *
 * ```
 * At line:1 char:10
 * + Get-Item -Foo
 * +          ~~~~
 * ```
 */
// pwsh: engine/parser/Position.cs (PositionUtilities.VerboseMessage, PositionHelper.Text) and
// resources/ParserStrings.resx (TextForPositionMessage, TextForWordLine).
import type { Extent, SourceText } from './ast.js';

/** ParserStrings.resx `TextForPositionMessage`: `{0}` file or `line`, `{1}` line, `{2}` column, `{3}` the source block. */
const TextForPositionMessage = 'At {0}:{1} char:{2}\n+ {3}';
/** ParserStrings.resx `TextForWordLine`: stands for the file name when there is none. */
const TextForWordLine = 'line';

/**
 * The longest source line Position.cs prints: a console of 80 columns, minus `+ `, `… ` and ` …`, minus one
 * so that the line never hits the last column.
 */
const MaxLineLength = 69;

/** The lines of `text`, each with its terminator; `\r\n`, `\r` and `\n` each end a line (tokenizer.cs). */
function linesOf(text: string): string[] {
  const lines: string[] = text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
  // A text that is empty or ends with a line break has one more (empty) line.
  if (text === '' || /[\r\n]$/.test(text)) lines.push('');
  return lines;
}

/**
 * The text of 1-based `line` of `source`, including its line terminator as pwsh's `IScriptPosition.Line`
 * does (PositionHelper.Text); '' for a line past the end.
 */
export function lineText(source: SourceText | string, line: number): string {
  return linesOf(typeof source === 'string' ? source : source.text)[line - 1] ?? '';
}

/** The number of lines of `source` (a text with no line break has one line). */
export function lineCount(source: SourceText | string): number {
  return linesOf(typeof source === 'string' ? source : source.text).length;
}

/** Trims trailing white space the way .NET's `String.TrimEnd()` does. */
function trimEnd(text: string): string {
  return text.replace(/[\s\u0085]+$/u, '');
}

/**
 * The source block of a position message: the (possibly clipped) source line, a newline, `+ ` and the tildes
 * under the extent. Empty when the line is empty.
 */
function sourceBlock(extent: Extent): string {
  let sourceLine = trimEnd(lineText(extent.source, extent.startLine));
  if (sourceLine === '') return '';

  let spacesBeforeError = extent.startColumn - 1;
  let errorLength =
    extent.startLine === extent.endLine && extent.endColumn <= sourceLine.length + 1
      ? extent.endColumn - extent.startColumn
      : sourceLine.length - extent.startColumn + 1;

  // Expand tabs before deciding whether the line must be clipped.
  if (sourceLine.includes('\t')) {
    const before = sourceLine.slice(0, spacesBeforeError).replaceAll('\t', '    ');
    const error = sourceLine.slice(spacesBeforeError, spacesBeforeError + errorLength).replaceAll('\t', '    ');
    const after = sourceLine.slice(spacesBeforeError + errorLength).replaceAll('\t', '    ');
    spacesBeforeError = before.length;
    errorLength = error.length;
    sourceLine = before + error + after;
  }

  let needsPrefixDots = false;
  let needsSuffixDots = false;
  const lineLength = sourceLine.length;
  if (lineLength > MaxLineLength) {
    // Keep as much of the error as fits, with some context before it (12 columns) and after it (8).
    const totalPrefix = spacesBeforeError;
    let prefix = Math.min(totalPrefix, 12);
    const totalSuffix = lineLength - errorLength - spacesBeforeError;
    let suffix = Math.min(totalSuffix, 8);
    let candidateLength = prefix + errorLength + suffix;
    if (candidateLength >= MaxLineLength) {
      if (prefix + errorLength >= MaxLineLength) errorLength = MaxLineLength - prefix;
      needsSuffixDots = true;
    } else {
      const prefixAvailable = totalPrefix - prefix;
      if (prefixAvailable > 0) {
        prefix += Math.min(prefixAvailable, MaxLineLength - candidateLength);
        candidateLength = prefix + errorLength + suffix;
      }
      if (candidateLength < MaxLineLength && totalSuffix > 0) {
        suffix += Math.min(totalSuffix, MaxLineLength - candidateLength);
      }
      needsSuffixDots = suffix < totalSuffix;
    }
    needsPrefixDots = prefix < totalPrefix;
    const startIndex = Math.max(spacesBeforeError - prefix, 0);
    sourceLine = sourceLine.substr(startIndex, MaxLineLength);
    spacesBeforeError = Math.min(spacesBeforeError, prefix);
    errorLength = Math.min(errorLength, MaxLineLength - spacesBeforeError);
  }

  let block = '';
  if (needsPrefixDots) block += '\u2026 ';
  block += sourceLine;
  if (needsSuffixDots) block += ' \u2026';
  block += '\n+ ';
  block += ' '.repeat(Math.max(0, spacesBeforeError + (needsPrefixDots ? 2 : 0)));
  // An error length of 0 happens at the end of input: pwsh always draws one tilde.
  block += '~'.repeat(errorLength > 0 ? errorLength : 1);
  return block;
}

/**
 * pwsh's `InvocationInfo.PositionMessage` / `PositionUtilities.VerboseMessage(extent)`:
 * `At line:{L} char:{C}` (or `At {file}:{L} char:{C}`), then `+ ` and the source line, then `+ ` and tildes
 * under the extent. Lines longer than 69 characters are clipped around the extent with `…`. Lines are
 * separated by `\n`.
 */
export function positionMessage(extent: Extent): string {
  const file = extent.source.file;
  const fileName = file === undefined || file === '' ? TextForWordLine : file;
  const slots = [fileName, String(extent.startLine), String(extent.startColumn), sourceBlock(extent)];
  return TextForPositionMessage.replace(/\{(\d)\}/g, (_, index: string) => slots[Number(index)] ?? '');
}
