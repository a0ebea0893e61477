/**
 * The one token class the tokenizer creates. It implements every token interface of `token.ts`, so that
 * all tokens share one object shape (fast property access) while consumers see precise types.
 */

import type { Extent, VariablePath } from './ast.js';
import type { PositionHelper } from './extent.js';
import type { NumberType } from './number-literal.js';
import { kindFlags, TokenFlags, TokenKind } from './token.js';

/** `$x` inside an expandable string or generic token. */
export interface NestedVariable {
  readonly kind: 'variable';
  readonly token: ScannedToken;
}

/** `$( ... )` inside an expandable string or generic token: offsets of `$(` to after `)`, parsed later. */
export interface NestedSubExpression {
  readonly kind: 'subexpression';
  readonly start: number;
  readonly end: number;
  /** Source offsets of characters dropped from the nested code (the first quote of each `""`). */
  readonly skipped: readonly number[];
}

/** A literal piece (escapes applied) or a nested expression of an expandable string. */
export type ExpandablePart = string | NestedVariable | NestedSubExpression;

/** A token with every field any token kind needs; see `token.ts` for the typed views. */
export class ScannedToken {
  kind: TokenKind;
  flags: TokenFlags;
  readonly start: number;
  readonly end: number;
  private readonly helper: PositionHelper;
  private cachedExtent: Extent | undefined = undefined;
  /** String value, operator spelling, parameter name or label text. */
  value = '';
  /** Literal and nested parts of an expandable string or generic token; undefined when nothing is nested. */
  parts: ExpandablePart[] | undefined = undefined;
  numberValue = 0;
  numberType: NumberType = 'Int32';
  /** `-Name:` (parameter) or `>>` (redirection). */
  usedColon = false;
  variablePath: VariablePath | undefined = undefined;
  fromStream = 0;
  toStream = 0;

  constructor(helper: PositionHelper, kind: TokenKind, start: number, end: number) {
    this.helper = helper;
    this.kind = kind;
    this.flags = kindFlags(kind);
    this.start = start;
    this.end = end;
  }

  /** The source text of the token ('' for end of input). */
  get text(): string {
    return this.helper.source.text.slice(this.start, this.end);
  }

  /** Where the token is. */
  get extent(): Extent {
    return (this.cachedExtent ??= this.helper.extent(this.start, this.end));
  }

  /** ParameterToken view. */
  get parameterName(): string {
    return this.value;
  }

  /** LabelToken view. */
  get labelText(): string {
    return this.value;
  }

  /** RedirectionToken view. */
  get append(): boolean {
    return this.usedColon;
  }

  /** Whether the token was scanned with an error (an unterminated string, a bad escape). */
  get inError(): boolean {
    return (this.flags & TokenFlags.TokenInError) !== 0;
  }

  /** Whether this is one of the kinds that stand for a redirection operator. */
  get isRedirection(): boolean {
    return this.kind === TokenKind.Redirection || this.kind === TokenKind.MergingRedirection
      || this.kind === TokenKind.RedirectInStd;
  }
}
