/**
 * Parse errors: pwsh's ParseError (extent, errorId, message, incomplete-input flag) and the catalogue lookup
 * that turns an errorId plus arguments into its message.
 */
// pwsh: engine/parser/Parser.cs (ParseError, SaveError).

import type { Extent } from './ast.js';
import { ParserStrings } from './strings/ParserStrings.js';
import { PcshParserStrings } from './strings/PcshParserStrings.js';

/** One parse error. `errorId` is the key of the message in ParserStrings (or PcshParserStrings). */
export interface ParseError {
  readonly extent: Extent;
  readonly errorId: string;
  readonly message: string;
  /** True when the error is at the end of the input, so more lines could complete it (the REPL asks for them). */
  readonly incompleteInput: boolean;
}

/** A key of ParserStrings (pwsh's texts) or PcshParserStrings (constructs pcsh does not support yet). */
export type ParseErrorId = keyof typeof ParserStrings | keyof typeof PcshParserStrings;

/** The message of an errorId with its `{0}`, `{1}` slots filled. */
export function parseErrorMessage(errorId: ParseErrorId, args: readonly string[]): string {
  // A lookup in each catalogue, not one merged copy of both: merging them cost every start-up, errors or not.
  const template = errorId in PcshParserStrings ? PcshParserStrings[errorId as keyof typeof PcshParserStrings] : ParserStrings[errorId as keyof typeof ParserStrings];
  if (args.length === 0) return template;
  return template.replace(/\{(\d)\}/g, (slot, index: string) => args[Number(index)] ?? slot);
}
