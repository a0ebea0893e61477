/**
 * Builders for the inputs of the format tests: extents over a source text and ErrorRecords as the engine
 * makes them. They compute positions only; expected texts in the tests are written out by hand.
 */
import type { Extent } from '../../src/language/ast.js';
import { ErrorRecord, PSException, type CommandIdentity, type ErrorCategory } from '../../src/engine/errors.js';

/** The extent of `[start, end)` in `text` (0-based offsets), with 1-based lines and columns. */
export function extentAt(text: string, start: number, end: number, file?: string): Extent {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  const lineOf = (offset: number): number => {
    let line = 0;
    while (line + 1 < starts.length && (starts[line + 1] as number) <= offset) line++;
    return line + 1;
  };
  const startLine = lineOf(start);
  const endLine = lineOf(end);
  return {
    source: file === undefined ? { text } : { text, file },
    startOffset: start,
    endOffset: end,
    startLine,
    startColumn: start - (starts[startLine - 1] as number) + 1,
    endLine,
    endColumn: end - (starts[endLine - 1] as number) + 1,
  };
}

/** The extent of the first occurrence of `needle` in `text`. */
export function extentOf(text: string, needle: string, file?: string): Extent {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`'${needle}' is not in the text`);
  return extentAt(text, start, start + needle.length, file);
}

export const GetItem: CommandIdentity = {
  name: 'Get-Item',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetItemCommand',
};

interface RecordOptions {
  readonly message: string;
  readonly errorId: string;
  readonly category: ErrorCategory;
  readonly exceptionType?: string;
  readonly target?: unknown;
  readonly command?: CommandIdentity;
  readonly invocationName?: string;
  readonly extent?: Extent;
  readonly thrown?: boolean;
  readonly details?: { message?: string; recommendedAction?: string };
}

/** An ErrorRecord with an InvocationInfo pointing at `extent`. */
export function record(options: RecordOptions): ErrorRecord {
  const result = new ErrorRecord(
    new PSException(options.message, options.exceptionType ?? 'System.Management.Automation.RuntimeException'),
    options.errorId,
    options.category,
    options.target ?? null,
  );
  result.invocationInfo = {
    ...(options.command === undefined ? {} : { myCommand: options.command }),
    invocationName: options.invocationName ?? options.command?.name ?? '',
    ...(options.extent === undefined ? {} : { extent: options.extent }),
    pipelinePosition: 1,
    pipelineLength: 1,
  };
  if (options.thrown === true) result.fromThrowStatement = true;
  if (options.details !== undefined) {
    result.errorDetails = {
      ...(options.details.message === undefined ? {} : { message: options.details.message }),
      ...(options.details.recommendedAction === undefined ? {} : { recommendedAction: options.details.recommendedAction }),
    };
  }
  return result;
}
