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
  readonly index: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokens: ScannedToken[] | null;
}

/** Character access, token creation and blank/comment skipping over `text[index..end)`. */
export class TokenizerCore {
  readonly text: string;
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

  /** A token from `tokenStart` to the current index. */
  protected newToken(kind: TokenKind): ScannedToken {
    return this.saveToken(new ScannedToken(this.helper, kind, this.tokenStart, this.index));
  }

  /** An unsaved token over a range (nested variables in strings are not listed). */
  protected makeToken(kind: TokenKind, start: number, end: number): ScannedToken {
    return new ScannedToken(this.helper, kind, start, end);
  }

  /** The end-of-input token; like pwsh, it sits one past the last character (never further, even after a resync). */
  protected newEndOfInputToken(): ScannedToken {
    const offset = Math.min(this.tokenStart + 1, this.end + 1);
    return this.saveToken(new ScannedToken(this.helper, TokenKind.EndOfInput, offset, offset));
  }

  protected reportError(start: number, end: number, errorId: ParseErrorId, arg?: string): void {
    this.errors.reportError(start, end, errorId, arg);
  }

  /** Reports an error from `start` to the current index that more input could fix. */
  protected reportIncompleteInput(start: number, errorId: ParseErrorId, arg?: string): void {
    this.errors.reportIncompleteInput(start, this.index, errorId, arg);
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

  /** Marks the current position as a token start and returns it, for a later `resync`. */
  getRestorePoint(): number {
    this.tokenStart = this.index;
    return this.index;
  }

  /** Restarts scanning at `offset`, forgetting saved tokens that end after it. */
  resync(offset: number): void {
    this.index = offset < 0 ? 0 : offset > this.end + 1 ? this.end + 1 : offset;
    const tokens = this.tokens;
    if (tokens !== null) {
      while (tokens.length > 0 && tokens[tokens.length - 1]!.end > offset) tokens.pop();
    }
  }

  /** Switches to scanning `[start, end)` of the same text (a `$( )` nested in a string). */
  startNestedScan(start: number, end: number): TokenizerState {
    const state: TokenizerState = { index: this.index, end: this.end, tokenStart: this.tokenStart, tokens: this.tokens };
    this.index = start;
    this.end = end;
    this.tokenStart = start;
    this.tokens = null;
    return state;
  }

  finishNestedScan(state: TokenizerState): void {
    this.index = state.index;
    this.end = state.end;
    this.tokenStart = state.tokenStart;
    this.tokens = state.tokens;
  }

  /** Whether nothing but blanks and comments follows `offset` (pwsh's IsAtEndOfScript with comments). */
  isAtEndOfScript(offset: number): boolean {
    const text = this.text;
    const end = this.end;
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

  /** Whether the newline at `offset` is followed (after blanks and comments) by a `|` starting the next line. */
  isPipeContinuation(offset: number): boolean {
    const text = this.text;
    const end = this.end;
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
