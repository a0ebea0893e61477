/**
 * The tokenizer's state and its character-level primitives: reading chars, making tokens, skipping blanks,
 * newlines and comments, and resyncing when the parser backtracks.
 */
// pwsh: engine/parser/tokenizer.cs (Utilities, Comments, Resync).

import { Char, isAnyWhitespace, isWhitespace } from './char-traits.js';
import type { PositionHelper } from './extent.js';
import { ScannedToken } from './scanned-token.js';
import type { ParseErrorId } from './parse-error.js';
import { TokenFlags, TokenKind } from './token.js';

/** How the parser wants the next token read: as a command argument or as part of an expression. */
export const enum TokenizerMode {
  Command,
  Expression,
  TypeName,
}

/** Where the tokenizer reports scanning errors; the parser owns the error list. */
export interface TokenizerErrorSink {
  reportError(start: number, end: number, errorId: ParseErrorId, arg?: string): void;
  reportIncompleteInput(start: number, end: number, errorId: ParseErrorId, arg?: string): void;
  reportUnsupported(start: number, end: number, errorId: ParseErrorId, arg?: string): void;
}

/** Saved position of a nested scan (a `$( )` inside a string). */
export interface TokenizerState {
  readonly text: string;
  readonly index: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokens: ScannedToken[] | null;
  readonly map: Int32Array | null;
  readonly nestedLength: number;
}

/** Character access, token creation and blank/comment skipping over `text[index..end)`. */
export class TokenizerCore {
  /** The text being scanned: the source, or a nested `$( )` with its doubled quotes collapsed. */
  protected text: string;
  protected readonly helper: PositionHelper;
  protected readonly errors: TokenizerErrorSink;
  /** The scan limit: the text's length, or the end of a nested `$( )` being parsed. */
  protected end: number;
  /** The next character to read; may exceed `end` by one after reading end of input. */
  protected index = 0;
  protected tokenStart = 0;
  mode: TokenizerMode = TokenizerMode.Command;
  /** Set by the parser in unary-expression position so `-1` scans as one number. */
  allowSignedNumbers = false;
  /** Set where an expression must follow, so `1?` and `1:` end the number. */
  forceEndNumberOnTernaryOpChars = false;
  /** Set when the parser wants a simple name (hash keys, member names, labels). */
  wantSimpleName = false;
  /** Every token scanned, in order; null while scanning tokens that must not be saved (nested in strings). */
  tokens: ScannedToken[] | null;
  /**
   * During a nested scan whose text had `""` collapsed to `"`: scan index → source offset. Tokens, errors and
   * restore points always carry source offsets (pwsh's skippedCharOffsets).
   */
  private map: Int32Array | null = null;
  /** During a nested scan, the nested text's length (pwsh compares end offsets against it), else -1. */
  private nestedLength = -1;

  constructor(helper: PositionHelper, errors: TokenizerErrorSink, tokens: ScannedToken[] | null) {
    this.helper = helper;
    this.errors = errors;
    this.text = helper.source.text;
    this.end = this.text.length;
    this.tokens = tokens;
  }

  // ---- characters --------------------------------------------------------------------------

  /** Reads a char; past the end returns NUL and still advances, so `ungetChar` can put back end of input. */
  protected getChar(): number {
    const i = this.index++;
    return i < this.end ? this.text.charCodeAt(i) : Char.Nul;
  }

  protected ungetChar(): void {
    this.index--;
  }

  protected peekChar(): number {
    return this.index < this.end ? this.text.charCodeAt(this.index) : Char.Nul;
  }

  protected skipChar(): void {
    this.index++;
  }

  protected atEof(): boolean {
    return this.index > this.end;
  }

  /** Consumes the `\n` of a `\r\n` pair. */
  protected normalizeCRLF(c: number): void {
    if (c === Char.CR && this.peekChar() === Char.LF) this.skipChar();
  }

  protected skipWhiteSpace(): void {
    while (isWhitespace(this.peekChar())) this.skipChar();
  }

  // ---- tokens ------------------------------------------------------------------------------

  protected saveToken(token: ScannedToken): ScannedToken {
    this.tokens?.push(token);
    return token;
  }

  /** The source offset of a scan index (they differ only in a nested scan with collapsed quotes). */
  protected sourceOffset(index: number): number {
    const map = this.map;
    if (map === null) return index;
    const last = map.length - 1;
    return index <= last ? map[index]! : map[last]! + (index - last);
  }

  /** The scan index of a source offset (inverse of sourceOffset). */
  private scanIndex(offset: number): number {
    const map = this.map;
    if (map === null) return offset;
    let low = 0;
    let high = map.length - 1;
    if (offset >= map[high]!) return high + (offset - map[high]!);
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (map[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** A token from `tokenStart` to the current index. */
  protected newToken(kind: TokenKind): ScannedToken {
    const token = this.map === null
      ? new ScannedToken(this.helper, kind, this.tokenStart, this.index)
      : new ScannedToken(this.helper, kind, this.sourceOffset(this.tokenStart), this.sourceOffset(this.index));
    return this.saveToken(token);
  }

  /** An unsaved token over a range of scan indexes (nested variables in strings are not listed). */
  protected makeToken(kind: TokenKind, start: number, end: number): ScannedToken {
    return new ScannedToken(this.helper, kind, this.sourceOffset(start), this.sourceOffset(end));
  }

  /** The end-of-input token; like pwsh, it sits one past the last character (never further, even after a resync). */
  protected newEndOfInputToken(): ScannedToken {
    const offset = this.sourceOffset(Math.min(this.tokenStart + 1, this.end + 1));
    return this.saveToken(new ScannedToken(this.helper, TokenKind.EndOfInput, offset, offset));
  }

  /** Reports an error over scan indexes. */
  protected reportError(start: number, end: number, errorId: ParseErrorId, arg?: string): void {
    this.errors.reportError(this.sourceOffset(start), this.sourceOffset(end), errorId, arg);
  }

  /** Reports an error from `start` to the current index that more input could fix. */
  protected reportIncompleteInput(start: number, errorId: ParseErrorId, arg?: string): void {
    this.errors.reportIncompleteInput(this.sourceOffset(start), this.sourceOffset(this.index), errorId, arg);
  }

  // ---- blanks, newlines, comments ----------------------------------------------------------

  /** Skips blanks, comments, line continuations and newlines (and `;` when asked), saving their tokens. */
  skipNewlines(skipSemis: boolean): void {
    for (;;) {
      const c = this.getChar();
      if (c === Char.Space || c === Char.Tab) continue;
      if (c === Char.CR || c === Char.LF) {
        this.tokenStart = this.index - 1;
        this.normalizeCRLF(c);
        if (this.tokens !== null) this.newToken(TokenKind.NewLine);
        continue;
      }
      if (c === Char.Semicolon && skipSemis) {
        this.tokenStart = this.index - 1;
        if (this.tokens !== null) this.newToken(TokenKind.Semi);
        continue;
      }
      if (c === Char.Hash) {
        this.tokenStart = this.index - 1;
        this.scanLineComment();
        continue;
      }
      if (c === Char.Less && this.peekChar() === Char.Hash) {
        this.tokenStart = this.index - 1;
        this.skipChar();
        this.scanBlockComment();
        continue;
      }
      if (c === Char.Backtick) {
        const c1 = this.getChar();
        if (c1 === Char.LF || c1 === Char.CR) {
          this.tokenStart = this.index - 2;
          this.normalizeCRLF(c1);
          if (this.tokens !== null) this.newToken(TokenKind.LineContinuation);
          continue;
        }
        if (isAnyWhitespace(c1)) {
          this.skipWhiteSpace();
          continue;
        }
        this.ungetChar();
      } else if (c !== Char.Nul && isWhitespace(c)) {
        continue;
      }
      this.ungetChar();
      return;
    }
  }

  /** Reads a `#` comment to the end of its line (`#requires` lines are plain comments here). */
  protected scanLineComment(): void {
    for (;;) {
      const c = this.getChar();
      if (c === Char.CR || c === Char.LF || (c === Char.Nul && this.atEof())) {
        this.ungetChar();
        break;
      }
    }
    this.newToken(TokenKind.Comment);
  }

  /** Reads a `<# #>` comment; the `<#` is consumed. */
  protected scanBlockComment(): void {
    const errorIndex = this.index - 2;
    for (;;) {
      const c = this.getChar();
      if (c === Char.Hash && this.peekChar() === Char.Greater) {
        this.skipChar();
        break;
      }
      if (c === Char.Nul && this.atEof()) {
        this.ungetChar();
        this.reportIncompleteInput(errorIndex, 'MissingTerminatorMultiLineComment');
        break;
      }
    }
    this.newToken(TokenKind.Comment);
  }

  // ---- backtracking ------------------------------------------------------------------------

  /** The source range of the token being scanned (pwsh's CurrentExtent), for errors raised outside a rule. */
  currentRange(): [number, number] {
    const start = this.sourceOffset(Math.min(this.tokenStart, this.end));
    return [start, Math.max(start, this.sourceOffset(Math.min(this.index, this.end)))];
  }

  /** Marks the current position as a token start and returns it (a source offset), for a later `resync`. */
  getRestorePoint(): number {
    this.tokenStart = this.index;
    return this.sourceOffset(this.index);
  }

  /** Restarts scanning at source `offset`, forgetting saved tokens that end after it. */
  resync(offset: number): void {
    const index = this.scanIndex(offset);
    this.index = index < 0 ? 0 : index > this.end + 1 ? this.end + 1 : index;
    const tokens = this.tokens;
    if (tokens !== null) {
      while (tokens.length > 0 && tokens[tokens.length - 1]!.end > offset) tokens.pop();
    }
  }

  /**
   * Switches to scanning source offsets `[start, end)`, a `$( )` nested in a string. `skipped` lists the source
   * offsets of characters removed from it (the first quote of each `""`), as pwsh's ScanSubExpression does.
   */
  startNestedScan(start: number, end: number, skipped: readonly number[] | undefined): TokenizerState {
    const state: TokenizerState = {
      text: this.text, index: this.index, end: this.end, tokenStart: this.tokenStart, tokens: this.tokens, map: this.map,
      nestedLength: this.nestedLength,
    };
    this.tokens = null;
    this.nestedLength = end - start;
    if (skipped === undefined || skipped.length === 0) {
      this.index = this.scanIndex(start);
      this.end = this.scanIndex(end);
      this.tokenStart = this.index;
      return state;
    }
    const source = this.helper.source.text;
    const map = new Int32Array(end - start - skipped.length + 1);
    let text = '';
    let segment = start;
    let at = 0;
    for (let offset = start; offset < end; offset++) {
      if (skipped.includes(offset)) {
        text += source.slice(segment, offset);
        segment = offset + 1;
        continue;
      }
      map[at++] = offset;
    }
    map[at] = end;
    this.text = text + source.slice(segment, end);
    this.map = map;
    this.index = 0;
    this.end = this.text.length;
    this.tokenStart = 0;
    return state;
  }

  finishNestedScan(state: TokenizerState): void {
    this.text = state.text;
    this.index = state.index;
    this.end = state.end;
    this.tokenStart = state.tokenStart;
    this.tokens = state.tokens;
    this.map = state.map;
    this.nestedLength = state.nestedLength;
  }

  /** Whether nothing but blanks and comments follows source `offset` (pwsh's IsAtEndOfScript with comments). */
  isAtEndOfScript(offset: number): boolean {
    // In a nested scan pwsh compares the (source) end offset with the nested text's length, so nearly every error
    // inside a `"$( )"` counts as incomplete input; pcsh keeps that behaviour.
    if (this.nestedLength >= 0 && offset >= this.nestedLength) return true;
    const text = this.text;
    const end = this.end;
    offset = this.scanIndex(offset);
    if (offset >= end) return true;
    for (let i = offset; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === Char.Hash) {
        while (i < end && text.charCodeAt(i) !== Char.CR && text.charCodeAt(i) !== Char.LF) i++;
        i--;
        continue;
      }
      if (c === Char.Less && text.charCodeAt(i + 1) === Char.Hash) {
        const close = text.indexOf('#>', i + 2);
        i = close < 0 || close >= end ? end : close + 1;
        continue;
      }
      if (!isWhitespace(c)) return false;
    }
    return true;
  }

  /** Whether the newline ending at source `offset` is followed (after blanks and comments) by a `|` on the next line. */
  isPipeContinuation(offset: number): boolean {
    const text = this.text;
    const end = this.end;
    offset = this.scanIndex(offset);
    if (offset >= end) return false;
    let lastNonWhitespaceIsNewline = true;
    let i = offset;
    while (i < end - 1) {
      const c = text.charCodeAt(i);
      if (isWhitespace(c)) {
        i++;
        continue;
      }
      if (c === Char.LF || c === Char.CR) {
        if (lastNonWhitespaceIsNewline) return false;
        lastNonWhitespaceIsNewline = true;
        i += c === Char.CR && text.charCodeAt(i + 1) === Char.LF ? 2 : 1;
        continue;
      }
      lastNonWhitespaceIsNewline = false;
      if (c === Char.Hash) {
        while (i < end && text.charCodeAt(i) !== Char.CR && text.charCodeAt(i) !== Char.LF) i++;
        continue;
      }
      if (c === Char.Less && text.charCodeAt(i + 1) === Char.Hash) {
        const close = text.indexOf('#>', i + 2);
        i = close < 0 || close >= end ? end : close + 2;
        continue;
      }
      return c === Char.Pipe;
    }
    return text.charCodeAt(end - 1) === Char.Pipe;
  }

  /** Marks a token as scanned with an error. */
  protected markInError(token: ScannedToken): ScannedToken {
    token.flags |= TokenFlags.TokenInError;
    return token;
  }
}
