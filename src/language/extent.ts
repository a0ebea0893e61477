/**
 * Builds extents (offset range + 1-based line/column) for one parse of one source text.
 */
// pwsh: engine/parser/Position.cs (PositionHelper, InternalScriptExtent) and tokenizer.cs Initialize.

import type { Extent, SourceText } from './ast.js';

/** Maps offsets of one source text to lines and columns; `\r\n`, `\r` and `\n` each end a line. */
export class PositionHelper {
  readonly source: SourceText;
  private readonly lineStarts: number[];

  constructor(source: SourceText) {
    this.source = source;
    const text = source.text;
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // Fast path: only `\n` line ends; indexOf is much faster than a char loop.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0d) {
          if (text.charCodeAt(i + 1) === 0x0a) i++;
          starts.push(i + 1);
        } else if (c === 0x0a) {
          starts.push(i + 1);
        }
      }
    }
    this.lineStarts = starts;
  }

  /** The 1-based line holding `offset` (offsets past the end belong to the last line). */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    if (starts.length === 1) return 1;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** An extent from `start` to `end` (0-based offsets, end exclusive). */
  extent(start: number, end: number): Extent {
    const startLine = this.lineOf(start);
    const endLine = end === start ? startLine : this.lineOf(end);
    return {
      source: this.source,
      startOffset: start,
      endOffset: end,
      startLine,
      startColumn: start - this.lineStarts[startLine - 1]! + 1,
      endLine,
      endColumn: end - this.lineStarts[endLine - 1]! + 1,
    };
  }
}

/** The source text an extent covers ('' for the end-of-input position). */
export function extentText(extent: Extent): string {
  return extent.source.text.slice(extent.startOffset, extent.endOffset);
}
