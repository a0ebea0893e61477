/**
 * The entries the host and Out-String use: objects → text exactly as pwsh's Out-Default and Out-String print
 * them (registered view, else table for ≤ 4 properties, list for more; blank lines; widths).
 *
 * The console host keeps one {@link OutDefaultFormatter} per top-level pipeline, calls `write(object)` for each
 * object that reaches the end of it (and prints what comes back at once), then `end()`. Text comes back as
 * whole lines, each ending in `\n`. A generated table holds its first rows back until it can size its
 * columns (up to 300 ms, as pwsh), so `write` may return '' and a later call the held lines.
 */
// pwsh: FormatAndOutput/out-console (Out-Default over ConsoleLineOutput: ColumnNumber = buffer width − 1 because
// it forces new lines) and out-string/Out-String.cs (TextWriterLineOutput: -Width, else int.MaxValue columns and
// Console.WindowWidth for tables).
import type { ErrorView } from './error-view.js';
import { OutCommand, UnlimitedColumns, type OutputOptions } from './out-command.js';
import { FormatShapeProcessor } from './view-generator.js';

/** What the console host knows about its output. */
export interface HostFormatOptions {
  /** The host's buffer width: the terminal's columns, else 80 (pwsh ignores COLUMNS). Output uses width − 1. */
  readonly width: number;
  /** VT colours (terminal, no NO_COLOR, TERM not dumb). */
  readonly color?: boolean;
  /** `$ErrorView` for error records that reach the output. */
  readonly errorView?: ErrorView;
  /** `$FormatEnumerationLimit`. */
  readonly enumerationLimit?: number;
  /** Clock for the 300 ms table batching; `Date.now` by default. */
  readonly now?: () => number;
}

/** Runs the formatter and the line writer together, one object at a time. */
class FormatterPipeline {
  private readonly formatter: FormatShapeProcessor;
  private readonly out: OutCommand;

  constructor(output: OutputOptions, enumerationLimit: number | undefined) {
    this.formatter = new FormatShapeProcessor('Undefined', enumerationLimit === undefined ? {} : { enumerationLimit });
    this.out = new OutCommand(output);
  }

  write(value: unknown): string[] {
    return this.formatter.process(value).flatMap((data) => this.out.process(data));
  }

  end(): string[] {
    return [...this.formatter.end().flatMap((data) => this.out.process(data)), ...this.out.end()];
  }
}

function joinLines(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

/** Out-Default for the console host: formats at `width − 1` columns, as pwsh's console output does. */
export class OutDefaultFormatter {
  private readonly pipeline: FormatterPipeline;

  constructor(options: HostFormatOptions) {
    const columns = Math.max(1, options.width - 1);
    this.pipeline = new FormatterPipeline(
      {
        columns,
        consoleWidth: columns,
        windowWidth: options.width,
        color: options.color ?? false,
        ...(options.errorView === undefined ? {} : { errorView: options.errorView }),
        ...(options.enumerationLimit === undefined ? {} : { enumerationLimit: options.enumerationLimit }),
        ...(options.now === undefined ? {} : { now: options.now }),
      },
      options.enumerationLimit,
    );
  }

  /** Formats one object that reached the end of the pipeline; returns the lines ready to print. */
  write(value: unknown): string {
    return joinLines(this.pipeline.write(value));
  }

  /** Ends the pipeline's output; returns the remaining lines (held table rows, the closing blank line). */
  end(): string {
    return joinLines(this.pipeline.end());
  }
}

/** Formats a whole pipeline's output for the console at once (Out-Default at `width − 1` columns). */
export function formatForHost(objects: readonly unknown[], width: number, options: Omit<HostFormatOptions, 'width'> = {}): string {
  const formatter = new OutDefaultFormatter({ ...options, width });
  let text = '';
  for (const value of objects) text += formatter.write(value);
  return text + formatter.end();
}

/** What Out-String knows. */
export interface OutStringOptions {
  /** `-Width`; absent means no limit for lists and custom views and `consoleWidth` for tables. */
  readonly width?: number;
  /** `Console.WindowWidth` (the terminal's columns, else 80; 0 → 120). */
  readonly consoleWidth: number;
  /** `$Host.UI.RawUI.WindowSize.Width` for error views; defaults to `consoleWidth`. */
  readonly windowWidth?: number;
  /** Out-String keeps VT sequences only when `$PSStyle.OutputRendering` is Ansi; off by default. */
  readonly color?: boolean;
  readonly errorView?: ErrorView;
  readonly enumerationLimit?: number;
}

/** Out-String's line writer: objects (or format objects from Format-*) → lines, as they become ready. */
export class OutStringFormatter {
  private readonly pipeline: FormatterPipeline;

  constructor(options: OutStringOptions) {
    this.pipeline = new FormatterPipeline(
      {
        columns: options.width ?? UnlimitedColumns,
        consoleWidth: options.consoleWidth,
        ...(options.windowWidth === undefined ? {} : { windowWidth: options.windowWidth }),
        color: options.color ?? false,
        ...(options.errorView === undefined ? {} : { errorView: options.errorView }),
        ...(options.enumerationLimit === undefined ? {} : { enumerationLimit: options.enumerationLimit }),
        // Out-String gets its input at once: the whole group sizes the table.
        groupingDurationMs: Number.POSITIVE_INFINITY,
      },
      options.enumerationLimit,
    );
  }

  write(value: unknown): string[] {
    return this.pipeline.write(value);
  }

  end(): string[] {
    return this.pipeline.end();
  }
}

/** `... | Out-String`: every line followed by `\n`. */
export function outString(objects: readonly unknown[], options: OutStringOptions): string {
  const formatter = new OutStringFormatter(options);
  return joinLines([...objects.flatMap((value) => formatter.write(value)), ...formatter.end()]);
}
