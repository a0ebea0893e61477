/** Runs objects through Format-Table/Format-List's formatter and Out-String's writer, as `... | Format-X | Out-String`. */
import { outString, type OutStringOptions } from '../../src/format/out-default.js';
import { FormatShapeProcessor, type FormatParameters, type FormatShape } from '../../src/format/view-generator.js';

export function formatThenOutString(
  shape: FormatShape,
  parameters: FormatParameters,
  objects: readonly unknown[],
  options: Partial<OutStringOptions> = {},
): string {
  const processor = new FormatShapeProcessor(shape, parameters);
  const data = [...objects.flatMap((o) => processor.process(o)), ...processor.end()];
  return outString(data, { consoleWidth: 120, ...options });
}

/** Pester's `.Replace(" ", ".").Replace("`n", "^")` view of a string, so whitespace differences show. */
export function visible(text: string): string {
  return text.replaceAll(' ', '.').replaceAll('\n', '^');
}
