/**
 * pwsh's ComplexWriter: renders a custom-control view (text, newlines and indentation frames) into lines.
 * Text accumulates in a buffer; each newline flushes it, word-wrapped to the columns left by the active
 * frames and padded on the left by the sum of their indents. An empty buffer still yields one padded line,
 * which is why blank lines inside an indented frame are made of spaces.
 */
// pwsh: v7.5.4 src/System.Management.Automation/FormatAndOutput/common/ComplexWriter.cs (ComplexWriter,
// IndentationManager). Wrapping is the format layer's port of StringManipulationHelper.GenerateLines.
import { generateLines } from '../format/text-lines.js';

/** Flushes the buffer (pwsh's FormatNewLine). */
export const NewLine: unique symbol = Symbol('NewLine');

/** An indentation frame around a run of directives (pwsh's FrameInfo; `firstLine` < 0 is a hanging indent). */
export interface Frame {
  readonly frame: { readonly leftIndent: number; readonly firstLine: number };
  readonly items: readonly Directive[];
}

/** What a custom-control view produces: text to buffer, a newline, or a frame. */
export type Directive = string | typeof NewLine | Frame;

/** A frame of `leftIndent` columns around `items`. */
export function frame(leftIndent: number, items: readonly Directive[], firstLine = 0): Frame {
  return { frame: { leftIndent, firstLine }, items };
}

/** Renders directives as one ComplexWriter entry (WriteObject): frames start empty, the end flushes. */
export class ComplexWriter {
  private buffer = '';
  private readonly frames: Frame['frame'][] = [];
  private readonly lines: string[] = [];

  constructor(private readonly columns: number) {}

  /** The lines of one entry, including the final flush (an empty line when nothing is pending). */
  static writeEntry(directives: readonly Directive[], columns: number): string[] {
    const writer = new ComplexWriter(columns);
    writer.write(directives);
    writer.flush();
    return writer.lines;
  }

  /** WriteString: a help text written out of band, wrapped at the columns with no indentation. */
  static writeString(text: string, columns: number): string[] {
    const writer = new ComplexWriter(columns);
    writer.buffer = text;
    writer.flush();
    return writer.lines;
  }

  private write(directives: readonly Directive[]): void {
    for (const d of directives) {
      if (d === NewLine) this.flush();
      else if (typeof d === 'string') this.buffer += d;
      else {
        this.frames.push(d.frame);
        this.write(d.items);
        this.frames.pop();
      }
    }
  }

  private flush(): void {
    const left = this.frames.reduce((sum, f) => sum + f.leftIndent, 0);
    let firstLine = this.frames[this.frames.length - 1]?.firstLine ?? 0;
    const usefulWidth = this.columns - left;
    if (usefulWidth <= 0) this.buffer = '';
    if (Math.abs(firstLine) >= usefulWidth) firstLine = 0;
    const firstWidth = usefulWidth - (firstLine >= 0 ? firstLine : 0);
    const followingWidth = usefulWidth + (firstLine < 0 ? firstLine : 0);
    const firstPadding = left + (firstLine >= 0 ? firstLine : 0);
    const followingPadding = left - (firstLine < 0 ? firstLine : 0);
    generateLines(this.buffer, firstWidth, followingWidth).forEach((line, i) => {
      this.lines.push(' '.repeat(i === 0 ? firstPadding : followingPadding) + line);
    });
    this.buffer = '';
  }
}
