/**
 * Scanning of strings, here-strings, variables and generic (bare word) tokens, including the `$var` and
 * `$( )` parts nested in expandable strings and arguments.
 */
// pwsh: engine/parser/tokenizer.cs (Strings, Variables, ScanGenericToken, Backtick, ScanUnicodeEscape).

import {
  Char, forceStartNewToken, isDoubleQuote, isHexDigit, isLetterOrDigit, isPlainGenericChar, isSingleQuote,
  isVariableStart, isWhitespace,
} from './char-traits.js';
import type { ExpandablePart, ScannedToken } from './scanned-token.js';
import { TokenKind } from './token.js';
import { TokenizerCore, TokenizerMode } from './tokenizer-core.js';
import { variablePath } from './variable-path.js';

/** Accumulates the value of a string or generic token: literal text plus nested `$x` / `$( )` parts. */
class PartsBuilder {
  literal = '';
  parts: ExpandablePart[] | undefined = undefined;
  /** pwsh's token value: the literal text with nested parts kept as written. */
  raw = '';

  addNested(part: ExpandablePart, rawText: string): void {
    this.parts ??= [];
    if (this.literal.length > 0) this.parts.push(this.literal);
    this.parts.push(part);
    this.raw += rawText;
    this.literal = '';
  }

  append(text: string): void {
    this.literal += text;
    this.raw += text;
  }

  /** The parts with the trailing literal, or undefined when nothing was nested. */
  finish(): ExpandablePart[] | undefined {
    if (this.parts !== undefined && this.literal.length > 0) this.parts.push(this.literal);
    return this.parts;
  }
}

/** Strings, variables and generic tokens. */
export class StringScanner extends TokenizerCore {
  // ---- escapes -----------------------------------------------------------------------------

  /** The character a backtick escape stands for (`` `n `` → newline); `u{…}` may give a surrogate pair. */
  protected backtick(c: number): string {
    switch (c) {
      case 0x30: return '\0';
      case 0x61: return '\x07';
      case 0x62: return '\b';
      case 0x65: return '\x1b';
      case 0x66: return '\f';
      case 0x6e: return '\n';
      case 0x72: return '\r';
      case 0x74: return '\t';
      case 0x75: return this.scanUnicodeEscape();
      case 0x76: return '\v';
      default: return String.fromCharCode(c);
    }
  }

  /** `` `u{1F600} ``: one to six hex digits in braces; the `` `u `` is consumed. */
  private scanUnicodeEscape(): string {
    const escapeStart = this.index - 2;
    if (this.getChar() !== Char.LCurly) {
      this.ungetChar();
      this.reportError(escapeStart, this.index, 'InvalidUnicodeEscapeSequence');
      return '\uffff';
    }
    const digitsStart = this.index;
    for (let i = 0; i < 7; i++) {
      const c = this.getChar();
      if (c === Char.RCurly) {
        if (i === 0) {
          this.reportError(escapeStart, this.index, 'InvalidUnicodeEscapeSequence');
          return '\uffff';
        }
        break;
      }
      if (!isHexDigit(c)) {
        this.ungetChar();
        this.reportError(this.index, this.index + 1,
          i < 6 ? 'InvalidUnicodeEscapeSequence' : 'MissingUnicodeEscapeSequenceTerminator');
        return '\uffff';
      }
      if (i === 6) {
        this.ungetChar();
        this.reportError(this.index, this.index + 1, 'TooManyDigitsInUnicodeEscapeSequence');
        return '\uffff';
      }
    }
    const code = parseInt(this.text.slice(digitsStart, this.index - 1), 16);
    if (code > 0x10ffff) {
      this.reportError(escapeStart + 3, this.index - 1, 'InvalidUnicodeEscapeSequenceValue');
      return '\uffff';
    }
    return String.fromCodePoint(code);
  }

  // ---- quoted strings ----------------------------------------------------------------------

  /**
   * Reads a quoted string body (the opening quote is consumed); a doubled quote is one quote. In `"…"` (expandable)
   * also backtick escapes, `$x` and `$( )`. Returns false when the input ends first.
   */
  protected scanQuotedBody(into: PartsBuilder, expandable: boolean): boolean {
    const errorIndex = this.index - 1;
    const isQuote = expandable ? isDoubleQuote : isSingleQuote;
    const text = this.text;
    let segment = this.index;
    for (;;) {
      const c = this.getChar();
      if (c === Char.Nul && this.atEof()) {
        into.append(text.slice(segment, this.index - 1));
        this.ungetChar();
        this.reportIncompleteInput(errorIndex, 'TerminatorExpectedAtEndOfString', expandable ? '"' : "'");
        return false;
      }
      if (isQuote(c)) {
        into.append(text.slice(segment, this.index - 1));
        if (!isQuote(this.peekChar())) return true;
        segment = this.index;
        this.skipChar();
      } else if (expandable) {
        segment = this.scanExpandableChar(c, into, segment, false);
      }
    }
  }

  /**
   * In expandable text, right after reading `c`: a `$` starts a nested `$x` / `$( )`, a backtick an escape.
   * Returns where the pending literal now starts (unchanged when `c` is a plain character).
   */
  protected scanExpandableChar(c: number, into: PartsBuilder, segment: number, hereString: boolean): number {
    if (c === Char.Dollar) {
      const literal = this.text.slice(segment, this.index - 1);
      return this.scanDollarInString(into, literal, hereString) ? this.index : segment;
    }
    if (c === Char.Backtick) {
      const c1 = this.peekChar();
      if (c1 === Char.Nul) return segment;
      into.append(this.text.slice(segment, this.index - 1));
      this.skipChar();
      into.append(this.backtick(c1));
      return this.index;
    }
    return segment;
  }

  protected scanStringLiteral(): ScannedToken {
    // Fast path: no doubled quote inside, so the value is a slice of the text.
    const text = this.text;
    const start = this.index;
    for (let i = start; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (c === Char.SingleQuote || (c >= Char.QuoteSingleLeft && c <= Char.QuoteReversed)) {
        if (isSingleQuote(text.charCodeAt(i + 1)) && i + 1 < this.end) break;
        this.index = i + 1;
        const token = this.newToken(TokenKind.StringLiteral);
        token.value = text.slice(start, i);
        return token;
      }
    }
    const value = new PartsBuilder();
    const ok = this.scanQuotedBody(value, false);
    const token = this.newToken(TokenKind.StringLiteral);
    token.value = value.literal;
    return ok ? token : this.markInError(token);
  }

  /**
   * After a `$` in an expandable context: scans `$name`, `${name}` or `$( … )` into a nested part.
   * `literalBefore` is the pending literal text before the `$`; returns false (consuming nothing) when
   * the `$` is a plain character.
   */
  protected scanDollarInString(into: PartsBuilder, literalBefore: string, hereString: boolean): boolean {
    const dollarIndex = this.index - 1;
    const c1 = this.peekChar();
    if (c1 !== Char.LParen && c1 !== Char.LCurly && !isVariableStart(c1)) return false;
    const saveTokenStart = this.tokenStart;
    const saveMode = this.mode;
    const saveTokens = this.tokens;
    let part: ExpandablePart;
    try {
      this.tokens = null;
      this.mode = TokenizerMode.Expression;
      if (c1 === Char.LParen) {
        this.skipChar();
        const skipped: number[] = [];
        const end = this.scanSubExpressionEnd(dollarIndex, hereString, skipped);
        part = { kind: 'subexpression', start: this.sourceOffset(dollarIndex), end: this.sourceOffset(end), skipped };
      } else {
        this.tokenStart = dollarIndex;
        part = { kind: 'variable', token: this.scanVariable(false, true) };
      }
    } finally {
      this.tokens = saveTokens;
      this.tokenStart = saveTokenStart;
      this.mode = saveMode;
    }
    into.append(literalBefore);
    into.addNested(part, this.text.slice(dollarIndex, this.index));
    return true;
  }

  /** Finds the `)` matching a `$(` in a string by counting parens (quotes are not considered, as in pwsh). */
  private scanSubExpressionEnd(start: number, hereString: boolean, skipped: number[]): number {
    let depth = 1;
    for (;;) {
      const c = this.getChar();
      if (c === Char.LParen) depth++;
      else if (c === Char.RParen) {
        if (--depth === 0) return this.index;
      } else if ((c === Char.Backtick || isDoubleQuote(c)) && !hereString && isDoubleQuote(this.peekChar())) {
        // `""` (or `` `" ``) stands for one quote in the nested code: the first character is dropped.
        skipped.push(this.sourceOffset(this.index - 1));
        this.skipChar();
      } else if (c === Char.Nul && this.atEof()) {
        this.ungetChar();
        this.reportIncompleteInput(start, 'IncompleteDollarSubexpressionReference');
        return this.index;
      }
    }
  }

  protected scanStringExpandable(): ScannedToken {
    const value = new PartsBuilder();
    const ok = this.scanQuotedBody(value, true);
    const token = this.newToken(TokenKind.StringExpandable);
    token.parts = value.finish();
    token.value = value.raw;
    return ok ? token : this.markInError(token);
  }

  // ---- here-strings ------------------------------------------------------------------------

  /** After `@'` or `@"`: only blanks may follow on the header line. Returns false on error. */
  private scanAfterHereStringHeader(quote: string): boolean {
    const headerOffset = this.index - 2;
    let c: number;
    do c = this.getChar(); while (isWhitespace(c));
    if (c === Char.CR) {
      this.normalizeCRLF(c);
      return true;
    }
    if (c === Char.LF) return true;
    if (c === Char.Nul && this.atEof()) {
      this.ungetChar();
      this.reportIncompleteInput(headerOffset, 'TerminatorExpectedAtEndOfString', `${quote}@`);
      return false;
    }
    this.ungetChar();
    this.reportError(this.index, this.index + 1, 'UnexpectedCharactersAfterHereStringHeader');
    const quoteCode = quote.charCodeAt(0);
    for (;;) {
      const c2 = this.getChar();
      if (c2 === quoteCode && this.peekChar() === Char.At) {
        this.skipChar();
        break;
      }
      if (c2 === Char.CR || c2 === Char.LF || (c2 === Char.Nul && this.atEof())) {
        this.ungetChar();
        break;
      }
    }
    return false;
  }

  /**
   * At the start of a here-string line: true (consuming it) when the line starts with the footer `'@`/`"@`.
   * Remembers a footer preceded by blanks, to report WhitespaceBeforeHereStringFooter at the end.
   */
  private atHereStringFooter(isQuote: (c: number) => boolean, footer: { falseOffset: number }): boolean {
    let i = this.index;
    const text = this.text;
    if (i < this.end && isQuote(text.charCodeAt(i)) && text.charCodeAt(i + 1) === Char.At && i + 1 < this.end) {
      this.index = i + 2;
      return true;
    }
    while (i < this.end && isWhitespace(text.charCodeAt(i))) i++;
    if (footer.falseOffset === -1 && i > this.index && i + 1 < this.end && isQuote(text.charCodeAt(i))
      && text.charCodeAt(i + 1) === Char.At) {
      footer.falseOffset = i;
    }
    return false;
  }

  /** Reads a here-string after `@'` or `@"`; its lines up to the footer, without the last newline. */
  protected scanHereString(expandable: boolean): ScannedToken {
    const headerOffset = this.index - 2;
    const kind = expandable ? TokenKind.HereStringExpandable : TokenKind.HereStringLiteral;
    const quote = expandable ? '"' : "'";
    if (!this.scanAfterHereStringHeader(quote)) return this.markInError(this.newToken(kind));
    const isQuote = expandable ? isDoubleQuote : isSingleQuote;
    const footer = { falseOffset: -1 };
    const value = new PartsBuilder();
    const text = this.text;
    let ok = true;
    if (!this.atHereStringFooter(isQuote, footer)) {
      let segment = this.index;
      for (;;) {
        const c = this.getChar();
        if (c === Char.CR || c === Char.LF) {
          const newlineStart = this.index - 1;
          this.normalizeCRLF(c);
          if (this.atHereStringFooter(isQuote, footer)) {
            value.append(text.slice(segment, newlineStart));
            break;
          }
        } else if (c === Char.Nul && this.atEof()) {
          value.append(text.slice(segment, this.index - 1));
          this.ungetChar();
          if (footer.falseOffset !== -1) this.reportIncompleteInput(footer.falseOffset, 'WhitespaceBeforeHereStringFooter');
          else this.reportIncompleteInput(headerOffset, 'TerminatorExpectedAtEndOfString', `${quote}@`);
          ok = false;
          break;
        } else if (expandable) {
          segment = this.scanExpandableChar(c, value, segment, true);
        }
      }
    }
    const token = this.newToken(kind);
    token.parts = value.finish();
    token.value = expandable ? value.raw : value.literal;
    return ok ? token : this.markInError(token);
  }

  // ---- variables ---------------------------------------------------------------------------

  /** Scans a variable after its `$` or `@`; in command mode, `$a+b` becomes a generic token instead. */
  protected scanVariable(splatted: boolean, inString: boolean): ScannedToken {
    const errorStart = this.index;
    const text = this.text;
    const c = this.getChar();
    if (c === Char.LCurly) return this.scanBracedVariable(errorStart, inString);
    if (!isVariableStart(c)) {
      this.ungetChar();
      return this.scanGenericToken(this.tokenStart, '$');
    }
    const nameStart = this.index - 1;
    if (c !== Char.Dollar && c !== Char.Question && c !== Char.Caret) {
      for (;;) {
        const c1 = this.getChar();
        if ((c1 >= 0x61 && c1 <= 0x7a) || (c1 >= 0x41 && c1 <= 0x5a) || (c1 >= 0x30 && c1 <= 0x39)
          || c1 === Char.Underscore || c1 === Char.Question) {
          continue;
        }
        if (c1 === Char.Colon) {
          if (this.peekChar() === Char.Colon) {
            this.ungetChar();
            break;
          }
          continue;
        }
        if (c1 === Char.Nul || c1 === Char.Tab || c1 === Char.CR || c1 === Char.LF || c1 === Char.Space
          || c1 === Char.Ampersand || c1 === Char.LParen || c1 === Char.RParen || c1 === Char.Comma
          || c1 === Char.Semicolon || c1 === Char.LCurly || c1 === Char.RCurly || c1 === Char.Pipe
          || c1 === Char.Dot || c1 === Char.LBracket || c1 === Char.Equals) {
          this.ungetChar();
          break;
        }
        if (isLetterOrDigit(c1)) continue;
        if (this.mode === TokenizerMode.Command && !forceStartNewToken(c1)) {
          this.index = this.tokenStart;
          return this.scanGenericToken(this.tokenStart, '');
        }
        this.ungetChar();
        break;
      }
    } else if (this.mode === TokenizerMode.Command && !forceStartNewToken(this.peekChar())) {
      this.index = this.tokenStart;
      return this.scanGenericToken(this.tokenStart, '');
    }
    const path = variablePath(text.slice(nameStart, this.index));
    if (path.name.length === 0) {
      const driveQualified = path.qualifier !== undefined && !['global', 'local', 'private', 'script', 'variable']
        .includes(path.qualifier);
      this.reportError(this.tokenStart, this.index,
        driveQualified ? 'InvalidVariableReferenceWithDrive' : 'InvalidVariableReference');
    }
    const token = inString
      ? this.makeToken(TokenKind.Variable, this.tokenStart, this.index)
      : this.newToken(splatted ? TokenKind.SplattedVariable : TokenKind.Variable);
    token.variablePath = path;
    return token;
  }

  /** `${any text}`: backtick escapes apply; in a string, `""` is one quote. The `{` is consumed. */
  private scanBracedVariable(errorStart: number, inString: boolean): ScannedToken {
    let name = '';
    let c: number;
    for (;;) {
      c = this.getChar();
      if (c === Char.RCurly) break;
      if (c === Char.Nul && this.atEof()) {
        this.ungetChar();
        break;
      }
      if (c === Char.Backtick) {
        const c1 = this.getChar();
        if (c1 === Char.Nul && this.atEof()) {
          this.ungetChar();
          break;
        }
        name += this.backtick(c1);
        continue;
      }
      if (isDoubleQuote(c) && inString) {
        const c1 = this.getChar();
        if (c1 === Char.Nul && this.atEof()) {
          this.ungetChar();
          break;
        }
        if (isDoubleQuote(c1)) c = c1;
        else this.ungetChar();
      } else if (c === Char.LCurly) {
        this.reportError(this.index, this.index + 1, 'OpenBraceNeedsToBeBackTickedInVariableName');
      }
      name += String.fromCharCode(c);
    }
    if (c !== Char.RCurly) this.reportIncompleteInput(errorStart, 'IncompleteDollarVariableReference');
    if (name.length === 0) {
      if (c === Char.RCurly) this.reportError(this.index - 1, this.index, 'EmptyVariableReference');
      name = ':Error:';
    }
    if (this.mode === TokenizerMode.Command) {
      const c1 = this.peekChar();
      if (!forceStartNewToken(c1) && c1 !== Char.Dot && c1 !== Char.LBracket) {
        this.index = this.tokenStart;
        return this.scanGenericToken(this.tokenStart, '');
      }
    }
    const path = variablePath(name);
    if (path.name.length === 0) this.reportError(this.tokenStart, this.index, 'InvalidBracedVariableReference');
    const token = inString ? this.makeToken(TokenKind.Variable, this.tokenStart, this.index) : this.newToken(TokenKind.Variable);
    token.variablePath = path;
    return token;
  }

  // ---- generic tokens ----------------------------------------------------------------------

  /**
   * Scans the rest of a generic token (a command name or bare argument) that began at `start`, whose
   * already-decoded prefix is `prefix`. Quotes inside it are removed, escapes applied, and `$x` / `$( )`
   * make it expandable.
   */
  protected scanGenericToken(start: number, prefix: string): ScannedToken {
    // Fast path: a plain word (no quotes, escapes or `$`) is a slice of the text.
    const text = this.text;
    const from = this.index;
    const end = this.end;
    let i = from;
    while (i < end && isPlainGenericChar(text.charCodeAt(i))) i++;
    for (; ; i++) {
      const c = i < end ? text.charCodeAt(i) : Char.Nul;
      if (forceStartNewToken(c)) {
        this.index = i;
        this.tokenStart = start;
        const token = this.newToken(TokenKind.Generic);
        token.value = prefix + text.slice(from, i);
        return token;
      }
      if (c === Char.Backtick || c === Char.Dollar || isSingleQuote(c) || isDoubleQuote(c)) break;
    }
    const value = new PartsBuilder();
    value.append(prefix);
    let segment = this.index;
    for (;;) {
      const c = this.getChar();
      if (forceStartNewToken(c)) {
        value.append(text.slice(segment, this.index - 1));
        break;
      }
      if (c === Char.Backtick || c === Char.Dollar) {
        segment = this.scanExpandableChar(c, value, segment, false);
      } else if (isSingleQuote(c)) {
        value.append(text.slice(segment, this.index - 1));
        this.scanQuotedBody(value, false);
        segment = this.index;
      } else if (isDoubleQuote(c)) {
        value.append(text.slice(segment, this.index - 1));
        this.scanQuotedBody(value, true);
        segment = this.index;
      }
    }
    this.ungetChar();
    this.tokenStart = start;
    const token = this.newToken(TokenKind.Generic);
    token.parts = value.finish();
    token.value = value.parts === undefined ? value.literal : value.raw;
    return token;
  }
}
