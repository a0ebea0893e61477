/**
 * Writes one list entry: `Label : value` lines with labels padded to the longest label's display width,
 * values wrapped to the rest of the line and continued under the value column.
 */
// pwsh: FormatAndOutput/common/ListWriter.cs.
import { displayWidth, fitFromHead } from './display-cells.js';
import type { StyleStrings } from './ps-style.js';
import { generateLines, splitLines } from './text-lines.js';

const Separator = ' : ';
const MinLabelWidth = 1;
const MinFieldWidth = 1;

/**
 * The lines of one list entry at `columns` cells; empty when there are no fields or no room.
 * Labels use `$PSStyle.Formatting.FormatAccent` when colour is on.
 */
export function listEntryLines(fields: readonly { readonly label: string; readonly text: string }[], columns: number, style: StyleStrings): string[] {
  if (fields.length === 0) return [];
  if (columns - Separator.length - MinFieldWidth - MinLabelWidth < 0) return [];
  const maxLabel = columns - Separator.length - MinFieldWidth;
  let labelWidth = Math.min(Math.max(...fields.map((f) => displayWidth(f.label))), maxLabel);
  const labels = fields.map((f) => {
    const width = displayWidth(f.label);
    if (width < labelWidth) return f.label + ' '.repeat(labelWidth - width) + Separator;
    if (width > labelWidth) return f.label.slice(0, fitFromHead(f.label, labelWidth)) + Separator;
    return f.label + Separator;
  });
  labelWidth += Separator.length;
  const padding = ' '.repeat(labelWidth);
  const fieldWidth = columns - labelWidth;
  const out: string[] = [];
  fields.forEach((field, k) => {
    splitLines(field.text).forEach((line, i) => {
      const prepend = i === 0 ? (labels[k] as string) : padding;
      generateLines(line, fieldWidth, fieldWidth).forEach((piece, n) => {
        let text: string;
        if (n === 0) {
          text = prepend.trim() === '' || style.FormatAccent === '' ? prepend + piece : style.FormatAccent + prepend + style.Reset + piece;
        } else {
          text = padding + piece;
        }
        if (piece.includes('\x1b') && !piece.endsWith('\x1b[0m')) text += style.Reset;
        out.push(text);
      });
    });
  });
  return out;
}
