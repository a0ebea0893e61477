/**
 * The parser's plumbing: one token of lookahead over the pull tokenizer, mode switches with rescans, extents,
 * and error collection (errors are recorded, never thrown).
 */
// pwsh: engine/parser/Parser.cs (Utilities, Error Reporting).

import type {
  CommandExpressionAst, ErrorExpressionAst, Extent, PipelineAst, SourceText, StringConstantExpressionAst,
} from './ast.js';
import { PositionHelper } from './extent.js';
import { type ParseError, type ParseErrorId, parseErrorMessage } from './parse-error.js';
import { ScannedToken } from './scanned-token.js';
import { hasTrait, TokenFlags, TokenKind } from './token.js';
import type { TokenizerErrorSink } from './tokenizer-core.js';
import { Tokenizer, TokenizerMode } from './tokenizer.js';

/** Something with a position: a token or an AST node. */
export type Located = ScannedToken | { readonly extent: Extent };

/** A source range as offsets; errors are reported on ranges. */
export type Range = readonly [start: number, end: number];

/** The start offset of a token or node. */
export function startOf(x: Located): number {
  return x instanceof ScannedToken ? x.start : x.extent.startOffset;
}

/** The end offset of a token or node. */
export function endOf(x: Located): number {
  return x instanceof ScannedToken ? x.end : x.extent.endOffset;
}

/** The empty range just after `x` (pwsh's `After`). */
export function after(x: Located): Range {
  const end = endOf(x);
  return [end, end];
}

/** The empty range just before `x` (pwsh's `Before`). */
export function before(x: Located): Range {
  const start = Math.max(startOf(x) - 1, 0);
  return [start, start];
}

/** The range of `x`. */
export function rangeOf(x: Located): Range {
  return [startOf(x), endOf(x)];
}

/** Token plumbing, extents and error reporting shared by all rule sets. */
export abstract class ParserCore implements TokenizerErrorSink {
  protected readonly helper: PositionHelper;
  protected readonly tokenizer: Tokenizer;
  readonly tokens: ScannedToken[] = [];
  readonly errors: ParseError[] = [];
  /**
   * Valid PowerShell that pcsh does not support yet (PcshParserStrings). Reported only when pwsh itself would
   * report no error, so that broken input shows exactly pwsh's errors.
   */
  readonly unsupported: ParseError[] = [];
  /** Error expressions standing for a parsed-but-unsupported construct (still valid, e.g., as assignment targets). */
  private placeholders: Set<object> | undefined = undefined;
  protected ungotToken: ScannedToken | undefined = undefined;
  /** Inside method arguments, attribute arguments and param lists, `,` separates rather than builds arrays. */
  protected disableCommaOperator = false;

  constructor(source: SourceText) {
    this.helper = new PositionHelper(source);
    this.tokenizer = new Tokenizer(this.helper, this, this.tokens);
  }

  // ---- tokens ------------------------------------------------------------------------------

  protected nextToken(): ScannedToken {
    const token = this.ungotToken ?? this.tokenizer.nextToken();
    this.ungotToken = undefined;
    return token;
  }

  protected peekToken(): ScannedToken {
    return (this.ungotToken ??= this.tokenizer.nextToken());
  }

  /** Consumes the token just peeked. */
  protected skipToken(): void {
    this.ungotToken = undefined;
  }

  protected ungetToken(token: ScannedToken): void {
    this.ungotToken = token;
  }

  protected skipNewlines(): void {
    const ungot = this.ungotToken;
    if (ungot === undefined || ungot.kind === TokenKind.NewLine) {
      this.ungotToken = undefined;
      this.tokenizer.skipNewlines(false);
    }
  }

  protected skipNewlinesAndSemicolons(): void {
    const ungot = this.ungotToken;
    if (ungot === undefined || ungot.kind === TokenKind.NewLine || ungot.kind === TokenKind.Semi) {
      this.ungotToken = undefined;
      this.tokenizer.skipNewlines(true);
    }
  }

  /** Switches the tokenizer's mode; a peeked token that reads differently in the new mode is rescanned. */
  protected setTokenizerMode(mode: TokenizerMode): void {
    const ungot = this.ungotToken;
    if (mode !== this.tokenizer.mode && ungot !== undefined && !hasTrait(ungot.kind, TokenFlags.ParseModeInvariant)) {
      this.resync(ungot.start);
    }
    this.tokenizer.mode = mode;
  }

  /** Backtracks: scanning restarts at `offset` and the lookahead is dropped. */
  protected resync(offset: number): void {
    this.ungotToken = undefined;
    this.tokenizer.resync(offset);
  }

  protected nextMemberAccessToken(allowLBracket: boolean): ScannedToken | undefined {
    return this.ungotToken !== undefined ? undefined : this.tokenizer.getMemberAccessOperator(allowLBracket);
  }

  protected nextInvokeMemberToken(): ScannedToken | undefined {
    return this.ungotToken !== undefined ? undefined : this.tokenizer.getInvokeMemberOpenParen();
  }

  protected nextLBracket(): ScannedToken | undefined {
    const ungot = this.ungotToken;
    if (ungot !== undefined) return ungot.kind === TokenKind.LBracket ? this.nextToken() : undefined;
    return this.tokenizer.getLBracket();
  }

  /** Error recovery: skips tokens (balancing brackets) up to one of `syncKinds`; never consumes end of input. */
  protected syncOnError(consumeClosingToken: boolean, ...syncKinds: TokenKind[]): void {
    let parens = syncKinds.includes(TokenKind.RParen) ? 1 : 0;
    let curlies = syncKinds.includes(TokenKind.RCurly) ? 1 : 0;
    let brackets = syncKinds.includes(TokenKind.RBracket) ? 1 : 0;
    for (;;) {
      const token = this.nextToken();
      switch (token.kind) {
        case TokenKind.LParen: parens++; break;
        case TokenKind.LCurly: curlies++; break;
        case TokenKind.LBracket: brackets++; break;
        case TokenKind.RParen:
        case TokenKind.RCurly:
        case TokenKind.RBracket: {
          const closing = token.kind;
          const depth = closing === TokenKind.RParen ? --parens : closing === TokenKind.RCurly ? --curlies : --brackets;
          if (depth === 0 && syncKinds.includes(closing)) {
            if (!consumeClosingToken) this.ungetToken(token);
            return;
          }
          break;
        }
        case TokenKind.EndOfInput:
          this.ungetToken(token);
          return;
        default:
          break;
      }
      if (syncKinds.includes(token.kind) && parens === 0 && curlies === 0 && brackets === 0) return;
    }
  }

  // ---- extents -----------------------------------------------------------------------------

  protected extent(start: number, end: number): Extent {
    return this.helper.extent(start, end);
  }

  /** The extent from the start of `first` to the end of `last`. */
  protected extentOf(first: Located, last: Located): Extent {
    return this.helper.extent(startOf(first), endOf(last));
  }

  protected rangeExtent(range: Range): Extent {
    return this.helper.extent(range[0], range[1]);
  }

  // ---- errors ------------------------------------------------------------------------------

  private saveError(start: number, end: number, errorId: ParseErrorId, incompleteInput: boolean, args: readonly string[]): void {
    const extent = this.helper.extent(start, end);
    for (const existing of this.errors) {
      if (existing.errorId === errorId && existing.extent.startLine === extent.startLine
        && existing.extent.startColumn === extent.startColumn && existing.extent.endLine === extent.endLine
        && existing.extent.endColumn === extent.endColumn) {
        return;
      }
    }
    this.errors.push({ extent, errorId, message: parseErrorMessage(errorId, args), incompleteInput });
  }

  /** Tokenizer sink: an error that more input cannot fix. */
  reportError(start: number, end: number, errorId: ParseErrorId, arg?: string): void {
    this.saveError(start, end, errorId, false, arg === undefined ? [] : [arg]);
  }

  /** Tokenizer sink: an error that is incomplete input when nothing but blanks and comments follows it. */
  reportIncompleteInput(start: number, end: number, errorId: ParseErrorId, arg?: string): void {
    this.saveError(start, end, errorId, this.tokenizer.isAtEndOfScript(end), arg === undefined ? [] : [arg]);
  }

  /** Tokenizer sink: a construct pcsh does not support yet. */
  reportUnsupported(start: number, end: number, errorId: ParseErrorId, arg?: string): void {
    this.notSupportedAt([start, end], errorId, ...(arg === undefined ? [] : [arg]));
  }

  /** Records a construct pcsh does not support yet (see `unsupported`). */
  protected notSupportedAt(range: Range, errorId: ParseErrorId, ...args: string[]): void {
    // A rescanned token reports again: keep one error per construct.
    if (this.unsupported.some((e) => e.errorId === errorId && e.extent.startOffset === range[0])) return;
    this.unsupported.push({
      extent: this.helper.extent(range[0], range[1]), errorId, message: parseErrorMessage(errorId, args), incompleteInput: false,
    });
  }

  /** Whether a node is a `placeholder`. */
  protected isPlaceholder(node: object): boolean {
    return this.placeholders?.has(node) ?? false;
  }

  /** An error expression that stands for a construct pcsh parsed but does not support. */
  protected placeholder(range: Range): ErrorExpressionAst {
    const node = this.errorExpression(range);
    (this.placeholders ??= new Set()).add(node);
    return node;
  }

  protected errorAt(range: Range, errorId: ParseErrorId, ...args: string[]): void {
    this.saveError(range[0], range[1], errorId, false, args);
  }

  /** Reports an error at `range`; it is incomplete input when `range` is at the end. Returns that flag. */
  protected incompleteAt(range: Range, errorId: ParseErrorId, ...args: string[]): boolean {
    const incomplete = this.tokenizer.isAtEndOfScript(range[1]);
    this.saveError(range[0], range[1], errorId, incomplete, args);
    return incomplete;
  }

  /** Reports an error at `range`, found at `detected` (incomplete input when `detected` is at the end). */
  protected incompleteDetectedAt(range: Range, detected: Located, errorId: ParseErrorId, ...args: string[]): boolean {
    const incomplete = this.tokenizer.isAtEndOfScript(endOf(detected));
    this.saveError(range[0], range[1], errorId, incomplete, args);
    return incomplete;
  }

  // ---- recovery nodes ----------------------------------------------------------------------

  protected errorExpression(range: Range): ErrorExpressionAst {
    return { kind: 'ErrorExpression', extent: this.rangeExtent(range) };
  }

  /** Stands for a statement the parser could not complete (pwsh's ErrorStatementAst). */
  protected errorStatement(range: Range): PipelineAst {
    const extent = this.rangeExtent(range);
    const element: CommandExpressionAst = {
      kind: 'CommandExpression', extent, expression: { kind: 'ErrorExpression', extent }, redirections: [],
    };
    return { kind: 'Pipeline', extent, pipelineElements: [element] };
  }

  protected bareWord(token: ScannedToken, value: string = token.text): StringConstantExpressionAst {
    return { kind: 'StringConstantExpression', extent: token.extent, value, stringConstantType: 'BareWord' };
  }

  /**
   * Reads a simple name (hash key, member name, label) if the next token is one.
   */
  // pwsh: Parser.SimpleNameRule.
  protected simpleNameRule(): StringConstantExpressionAst | undefined {
    let token: ScannedToken;
    try {
      this.tokenizer.wantSimpleName = true;
      token = this.peekToken();
    } finally {
      this.tokenizer.wantSimpleName = false;
    }
    if (token.kind !== TokenKind.Identifier) return undefined;
    token.flags |= TokenFlags.MemberName;
    this.skipToken();
    return this.bareWord(token);
  }
}
