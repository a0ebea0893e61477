/**
 * The language layer: PowerShell text → tokens and AST, with pwsh's parse errors. No evaluation, no engine imports.
 *
 * What the AST leaves to the engine, as pwsh's parser does: `-Name value` is a parameter element followed by a
 * separate argument element (only `-Name:value` attaches the argument). One difference: a bare `--` is consumed
 * here (it only ends parameter recognition; later `-x` words are plain string arguments) instead of appearing as a
 * parameter named `-`, so the binder never sees it.
 *
 * Errors come in pwsh's order with pwsh's errorIds and texts (ParserStrings), including its post-parse semantic
 * checks. Valid PowerShell that pcsh does not support yet (ternary, `&&`, classes, dynamicparam and clean blocks...)
 * is reported with PcshParserStrings, but only when pwsh itself would report nothing.
 */

import type { ScriptBlockAst, SourceText } from './ast.js';
import type { ParseError } from './parse-error.js';
import { Parser, type ParserOutput } from './parser.js';
import type { Token } from './token.js';

export type * from './ast.js';
export type { ParseError, ParseErrorId } from './parse-error.js';
export { ParserStrings } from './strings/ParserStrings.js';
export { PcshParserStrings } from './strings/PcshParserStrings.js';
export {
  type LabelToken, type NumberToken, type OperatorToken, type ParameterToken, type RedirectionToken, type StringToken,
  type Token, TokenFlags, TokenKind, type VariableToken,
} from './token.js';

/** The result of parsing: the AST (always present), every token, and the errors in the order pwsh reports them. */
export interface ParseResult {
  readonly ast: ScriptBlockAst;
  readonly tokens: readonly Token[];
  readonly errors: readonly ParseError[];
  /** True when the first error is at the end of the input: more lines could complete it (the REPL asks for them). */
  readonly incompleteInput: boolean;
}

/**
 * Parses PowerShell text. Never throws on user input: problems are `errors` with pwsh's errorId, message and extent.
 * `file` is the script path for `-File` input; it appears in every extent's `source`.
 */
export function parseInput(text: string, file?: string): ParseResult {
  const source: SourceText = file === undefined ? { text } : { text, file };
  const parser = new Parser(source);
  let output: ParserOutput;
  try {
    output = parser.parse();
  } catch (error) {
    // Only a nesting too deep for the call stack ends a parse early; anything else is a bug and propagates.
    if (!(error instanceof RangeError)) throw error;
    output = parser.tooComplicated();
  }
  const { ast, tokens, errors } = output;
  return { ast, tokens, errors, incompleteInput: errors[0]?.incompleteInput ?? false };
}
