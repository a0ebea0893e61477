/**
 * Writes table rows: column widths fitted to the screen, a header and its dash row, cells padded (numbers
 * right-aligned), cut with `…` or wrapped (`-Wrap`), the last column never padded.
 */
// pwsh: FormatAndOutput/common/TableWriter.cs and ColumnWidthManager.cs.
import { displayWidth, fitFromHead, fitFromTail } from './display-cells.js';
import type { TextAlignment } from './format-objects.js';
import type { StyleStrings } from './ps-style.js';
import { generateLines, truncateAtNewLine } from './text-lines.js';

const SeparatorWidth = 1;
const MinimumColumnWidth = 1;
const MinimumScreenColumns = 5;

/**
 * Fits column widths to the table width (ColumnWidthManager): unsized columns (0) share the spare room;
 * when the table is too wide the last visible column shrinks, or is hidden (width -1).
 */
export function calculateColumnWidths(widths: number[], tableWidth: number): void {
  const current = (): number => {
    let sum = 0;
    let visible = 0;
    for (const w of widths) {
      if (w > 0) {
        sum += w;
        visible++;
      }
    }
    return sum + SeparatorWidth * (visible - 1);
  };
  const assign = (): boolean => {
    if (widths.every((w) => w > 0)) {
      return widths.reduce((a, b) => a + b, 0) + SeparatorWidth * (widths.length - 1) <= tableWidth;
    }
    const fixed = widths.map((w) => w > 0);
    for (let k = 0; k < widths.length; k++) if (widths[k] === 0) widths[k] = MinimumColumnWidth;
    let available = tableWidth - current();
    if (available < 0) return false;
    while (available > 0) {
      for (let k = 0; k < widths.length; k++) {
        if (fixed[k] === true) continue;
        widths[k] = (widths[k] as number) + 1;
        available--;
        if (available === 0) break;
      }
      if (fixed.every((f) => f)) break;
    }
    return true;
  };
  if (assign()) return;
  for (;;) {
    const excess = current() - tableWidth;
    if (excess <= 0) return;
    let last = widths.findIndex((w) => w < 0);
    last = last < 0 ? widths.length - 1 : last - 1;
    if (last < 0) return;
    const shrunk = (widths[last] as number) - excess;
    if (shrunk < MinimumColumnWidth) widths[last] = -1;
    else widths[last] = shrunk;
  }
}

interface Column {
  readonly width: number;
  readonly alignment: TextAlignment;
  readonly headerMatchesProperty: boolean;
}

/** GenerateRowField: pads or cuts one cell to its width. */
function rowField(value: string, width: number, alignment: TextAlignment, addPadding: boolean): string {
  let s = truncateAtNewLine(value);
  const length = displayWidth(s);
  if (length < width) {
    const pad = width - length;
    switch (alignment) {
      case 'Right':
        s = ' '.repeat(pad) + s;
        break;
      case 'Center': {
        const left = Math.floor(pad / 2);
        s = ' '.repeat(left) + s;
        if (addPadding) s += ' '.repeat(pad - left);
        break;
      }
      default:
        if (addPadding) s += ' '.repeat(pad);
    }
  } else if (length > width) {
    const keep = width - 1;
    if (keep > 0) {
      s = alignment === 'Right' ? `\u2026${s.slice(fitFromTail(s, keep))}` : `${s.slice(0, fitFromHead(s, keep))}\u2026`;
    } else {
      s = alignment === 'Right' ? s.slice(fitFromTail(s, width)) : s.slice(0, fitFromHead(s, width));
    }
  }
  // A cut double-width character can leave the cell one short.
  if (displayWidth(s) === width) return s;
  switch (alignment) {
    case 'Right':
      return ` ${s}`;
    default:
      return addPadding ? `${s} ` : s;
  }
}

/** pwsh's TableWriter for one table. */
export class TableWriter {
  private columns: Column[] = [];
  private disabled = false;
  private header: string[] | undefined;

  constructor(
    widths: readonly number[],
    alignments: readonly TextAlignment[],
    headerMatchesProperty: readonly boolean[],
    screenColumns: number,
    private readonly hideHeader: boolean,
    private readonly style: StyleStrings,
  ) {
    if (screenColumns < MinimumScreenColumns) {
      this.disabled = true;
      return;
    }
    const fitted = [...widths];
    calculateColumnWidths(fitted, screenColumns);
    if (!fitted.some((w) => w >= MinimumColumnWidth)) {
      this.disabled = true;
      return;
    }
    this.columns = fitted.map((width, k) => ({
      width,
      alignment: alignments[k] ?? 'Left',
      headerMatchesProperty: headerMatchesProperty[k] ?? true,
    }));
  }

  /** The header lines: labels (wrapped over several lines when wider than their column) and the dash row. */
  generateHeader(labels: readonly string[]): string[] {
    if (this.disabled || this.hideHeader) return [];
    if (this.header !== undefined) return this.header;
    const lines = this.multiLineRow(labels, this.columns.map((c) => c.alignment), true);
    const dashes = labels.map((label, k) => {
      const width = this.columns[k]?.width ?? 0;
      if (width <= 0) return '';
      const labelWidth = displayWidth(label);
      return '-'.repeat(label !== '' && labelWidth < width ? labelWidth : width);
    });
    lines.push(this.singleLineRow(dashes, this.columns.map((c) => c.alignment), true));
    this.header = lines;
    return lines;
  }

  /** The lines of one row; `multiLine` wraps cells instead of cutting them. */
  generateRow(values: readonly string[], alignments: readonly TextAlignment[], multiLine: boolean): string[] {
    if (this.disabled) return [];
    const effective = this.columns.map((c, k) => {
      const a = alignments[k] ?? 'Undefined';
      return a === 'Undefined' ? c.alignment : a;
    });
    return multiLine ? this.multiLineRow(values, effective, false) : [this.singleLineRow(values, effective, false)];
  }

  private singleLineRow(values: readonly string[], alignments: readonly TextAlignment[], isHeader: boolean): string {
    let line = '';
    for (let k = 0; k < this.columns.length; k++) {
      const column = this.columns[k] as Column;
      const addPadding = k !== this.columns.length - 1;
      if (column.width <= 0) continue;
      if (k > 0) line += ' '.repeat(SeparatorWidth);
      const field = rowField(values[k] ?? '', column.width, alignments[k] ?? 'Left', addPadding);
      if (isHeader) line += this.style.TableHeader;
      line += field;
      if (isHeader || (field.includes('\x1b') && !field.trimEnd().endsWith(this.style.Reset || '\x1b[0m'))) {
        line += this.style.Reset;
      }
    }
    return line;
  }

  private multiLineRow(values: readonly string[], alignments: readonly TextAlignment[], isHeader: boolean): string[] {
    const valid: number[] = [];
    this.columns.forEach((c, k) => {
      if (c.width > 0) valid.push(k);
    });
    if (valid.length === 0) return [];
    const cells: string[][] = valid.map((k, index) => {
      const column = this.columns[k] as Column;
      const addPadding = index !== valid.length - 1;
      const alignment = alignments[k] ?? 'Left';
      let lines = generateLines(values[k] ?? '', column.width, column.width);
      if (addPadding || alignment === 'Right' || alignment === 'Center') {
        lines = lines.map((l) => (displayWidth(l) < column.width ? rowField(l, column.width, alignment, addPadding) : l));
      }
      if (index > 0) lines = lines.map((l) => ' '.repeat(SeparatorWidth) + l);
      return lines;
    });
    const screenRows = Math.max(...cells.map((c) => c.length));
    const lastWithContent: number[] = [];
    for (let row = 0; row < screenRows; row++) {
      let last = 0;
      cells.forEach((c, col) => {
        if (c.length > row) last = col;
      });
      lastWithContent[row] = last;
    }
    cells.forEach((c, col) => {
      let blanks = 0;
      if (col < cells.length - 1) {
        blanks = (this.columns[valid[col] as number] as Column).width + (col > 0 ? SeparatorWidth : 0);
      }
      for (let row = c.length; row < screenRows; row++) {
        c.push(col > (lastWithContent[row] as number) ? '' : ' '.repeat(blanks));
      }
    });
    const rows: string[] = [];
    for (let row = 0; row < screenRows; row++) {
      let line = '';
      cells.forEach((c, col) => {
        let value = c[row] as string;
        if (col === lastWithContent[row] && screenRows > 1) value = value.trimEnd();
        if (isHeader) {
          const column = this.columns[valid[col] as number] as Column;
          if (column.headerMatchesProperty) line += this.style.TableHeader;
          else if (value.length > 0) value = value.slice(0, col === 0 ? 0 : 1) + this.style.CustomTableHeaderLabel + value.slice(col === 0 ? 0 : 1);
        }
        line += value;
        if (isHeader) line += this.style.Reset;
      });
      rows.push(line);
    }
    return rows;
  }
}
