/**
 * The output side of pwsh's formatting: format objects → lines of text, as Out-Default and Out-String write
 * them. It owns the blank lines (one before each document, one after a table or custom view, one after each
 * list entry), the table header, and the column widths, which a generated table takes from its first batch
 * of rows: every row that arrives within 300 ms (or all rows with `-AutoSize`).
 */
// pwsh: FormatAndOutput/common/BaseOutputtingCommand.cs (OutCommandInner: ProcessFormatStart/End,
// ProcessGroupStart, ProcessPayload, ProcessOutOfBandPayload, ProcessCachedGroupOnTable, TableOutputContext,
// ListOutputContext, ComplexOutputContext, GetConsoleWindowWidth) and OutputQueue.cs (OutputGroupQueue).
import type { ErrorView } from './error-view.js';
import { displayWidth } from './display-cells.js';
import {
  FormatEndData,
  FormatEntryData,
  FormatInfoData,
  FormatStartData,
  GroupEndData,
  GroupStartData,
  type ShapeInfo,
} from './format-objects.js';
import { listEntryLines } from './list-writer.js';
import { styleFor, type StyleStrings } from './ps-style.js';
import { TableWriter } from './table-writer.js';
import { generateLines } from './text-lines.js';
import { DefaultFormatEnumerationLimit } from './value-display.js';
import type { ViewContext } from './view-registry.js';

/** pwsh's `int.MaxValue`: the column count of Out-String without `-Width` (no wrapping). */
export const UnlimitedColumns = 2147483647;
/** The table width pwsh falls back to when the console reports none. */
const DefaultConsoleWidth = 120;
/** How long a generated table collects rows before fixing its column widths. */
const DefaultGroupingDurationMs = 300;

/** Where and how the lines are written. */
export interface OutputOptions {
  /**
   * The line output's column count: the console width − 1 for Out-Default, `-Width` for Out-String,
   * {@link UnlimitedColumns} for Out-String without `-Width`.
   */
  readonly columns: number;
  /**
   * `Console.WindowWidth`: the table width when `columns` is unlimited (0 → 120). The terminal's width, or
   * the terminfo fallback (80) with no terminal.
   */
  readonly consoleWidth: number;
  /** `$Host.UI.RawUI.WindowSize.Width` for error views; defaults to `consoleWidth`. */
  readonly windowWidth?: number;
  /** VT colours for table headers, list labels and error views. */
  readonly color: boolean;
  readonly errorView?: ErrorView;
  readonly enumerationLimit?: number;
  /** Milliseconds a generated table waits for rows before fixing its widths; pwsh's is 300. */
  readonly groupingDurationMs?: number;
  /** The clock for that wait; `Date.now` by default. */
  readonly now?: () => number;
}

/** pwsh's OutputGroupQueue: holds a table's first rows until its widths can be computed. */
class GroupQueue {
  private readonly queue: FormatInfoData[] = [];
  private processing = false;
  private startedAt = 0;

  constructor(
    /** Rows to wait for; 0 waits for the end of the group. */
    private readonly timed: boolean,
    private readonly durationMs: number,
    private readonly now: () => number,
    private readonly notify: (rows: readonly FormatEntryData[]) => void,
  ) {}

  add(item: FormatInfoData): FormatInfoData[] {
    if (!this.processing && item instanceof GroupStartData) {
      this.processing = true;
      this.startedAt = this.now();
      this.queue.push(item);
      return [];
    }
    if (this.processing && (item instanceof GroupEndData || (this.timed && this.now() - this.startedAt > this.durationMs))) {
      this.queue.push(item);
      this.notify(this.queue.filter((q): q is FormatEntryData => q instanceof FormatEntryData && !q.outOfBand));
      this.processing = false;
      return this.queue.splice(0);
    }
    if (this.processing) {
      this.queue.push(item);
      return [];
    }
    return [item];
  }

  drain(): FormatInfoData[] {
    return this.queue.splice(0);
  }
}

/**
 * Turns format objects into lines. Feed it with {@link process} (in pipeline order) and finish with
 * {@link end}; both return the lines that are ready, without line terminators.
 */
export class OutCommand {
  private shape: ShapeInfo | undefined;
  private table: TableWriter | undefined;
  private queue: GroupQueue | undefined;
  private hint: number[] | undefined;
  private readonly style: StyleStrings;

  constructor(private readonly options: OutputOptions) {
    this.style = styleFor(options.color);
  }

  /** Processes one format object. */
  process(item: FormatInfoData): string[] {
    if (item instanceof FormatStartData) this.startCaching(item);
    const ready = this.queue === undefined ? [item] : this.queue.add(item);
    return ready.flatMap((i) => this.render(i));
  }

  /** Writes whatever is still held back. */
  end(): string[] {
    const held = this.queue?.drain() ?? [];
    this.queue = undefined;
    return held.flatMap((i) => this.render(i));
  }

  private startCaching(start: FormatStartData): void {
    const shape = start.shapeInfo;
    const now = this.options.now ?? Date.now;
    const notify = (rows: readonly FormatEntryData[]): void => {
      this.hint = shape.kind === 'Table' ? tableWidthHint(shape.columns.map((c) => c.label), rows) : undefined;
    };
    if (start.autosize) {
      this.queue = new GroupQueue(false, 0, now, notify);
    } else if (shape.kind === 'Table' && shape.columns.length > 0 && shape.columns[0]?.width === 0) {
      this.queue = new GroupQueue(true, this.options.groupingDurationMs ?? DefaultGroupingDurationMs, now, notify);
    } else {
      this.queue = undefined;
    }
  }

  private get tableWidth(): number {
    if (this.options.columns !== UnlimitedColumns) return this.options.columns;
    return this.options.consoleWidth > 0 ? this.options.consoleWidth : DefaultConsoleWidth;
  }

  private context(width: number): ViewContext {
    return {
      width,
      windowWidth: this.options.windowWidth ?? this.options.consoleWidth,
      color: this.options.color,
      errorView: this.options.errorView ?? 'ConciseView',
      enumerationLimit: this.options.enumerationLimit ?? DefaultFormatEnumerationLimit,
    };
  }

  private render(item: FormatInfoData): string[] {
    if (item instanceof FormatStartData) {
      this.shape = item.shapeInfo;
      this.table = undefined;
      return [''];
    }
    if (item instanceof FormatEndData) {
      const shape = this.shape;
      this.shape = undefined;
      this.table = undefined;
      // A list already wrote an empty line after its last entry.
      return shape?.kind === 'List' ? [] : [''];
    }
    if (item instanceof GroupStartData) return this.groupStart();
    if (item instanceof GroupEndData) return [];
    if (item instanceof FormatEntryData) return item.outOfBand ? this.outOfBand(item) : this.payload(item);
    return [];
  }

  private groupStart(): string[] {
    const shape = this.shape;
    if (shape?.kind !== 'Table' || shape.columns.length === 0) return [];
    const hint = this.hint;
    this.hint = undefined;
    const widths = shape.columns.map((c, k) => hint?.[k] ?? c.width);
    this.table = new TableWriter(
      widths,
      shape.columns.map((c) => c.alignment),
      shape.columns.map((c) => c.headerMatchesProperty),
      this.tableWidth,
      shape.hideHeader,
      this.style,
    );
    return this.table.generateHeader(shape.columns.map((c) => c.label));
  }

  private payload(item: FormatEntryData): string[] {
    const entry = item.entry;
    switch (entry.kind) {
      case 'TableRow': {
        const shape = this.shape;
        if (this.table === undefined || shape?.kind !== 'Table' || shape.columns.length === 0) return [];
        const count = shape.columns.length;
        const values = Array.from({ length: count }, (_, k) => entry.cells[k]?.text ?? '');
        const alignments = Array.from({ length: count }, (_, k) => entry.cells[k]?.alignment ?? 'Left');
        return this.table.generateRow(values, alignments, entry.multiLine);
      }
      case 'List':
        return [...listEntryLines(entry.fields, this.options.columns, this.style), ''];
      case 'Complex':
        return generateLines(entry.render(this.context(this.options.columns)), this.options.columns);
      case 'RawText':
        return [entry.text];
    }
  }

  private outOfBand(item: FormatEntryData): string[] {
    const entry = item.entry;
    switch (entry.kind) {
      case 'RawText':
        return [entry.text];
      case 'Complex':
        return generateLines(entry.render(this.context(UnlimitedColumns)), UnlimitedColumns);
      case 'List':
        return ['', ...listEntryLines(entry.fields, this.options.columns, this.style), ''];
      case 'TableRow':
        return [];
    }
  }
}

/** Column widths from the labels and every cached row's cells (ProcessCachedGroupOnTable). */
function tableWidthHint(labels: readonly string[], rows: readonly FormatEntryData[]): number[] {
  const widths = labels.map((label) => displayWidth(label));
  for (const row of rows) {
    if (row.entry.kind !== 'TableRow') continue;
    row.entry.cells.forEach((cell, k) => {
      const width = displayWidth(cell.text);
      if (k < widths.length && (widths[k] as number) < width) widths[k] = width;
    });
  }
  return widths;
}
