/**
 * The PowerShell tokenizer: a pull lexer the parser drives one token at a time, in command or expression mode.
 *
 * The mode decides how ambiguous text is read: in command mode `-Name` is a parameter, `10` a number only when
 * the whole word is a number (`1Year` is a bare word), and `a+b` one generic token; in expression mode `-eq` is
 * an operator and `a+b` three tokens. The parser sets the mode and restores it in `finally`, and calls
 * `resync` to rescan a token in the other mode.
 */
// pwsh: engine/parser/tokenizer.cs (NextToken, ScanParameter, ScanIdentifier, GetMemberAccessOperator).

import {
  Char, forceStartNewToken, isAnyWhitespace, isAsciiLetter, isDash, isDecimalDigit, isDoubleQuote, isIdentifierFollow,
  isIdentifierStart, isLetter, isSingleQuote, isVariableStart, isWhitespace,
} from './char-traits.js';
import type { ScannedToken } from './scanned-token.js';
import { keywordKinds, TokenFlags, TokenKind } from './token.js';
import { TokenizerMode } from './tokenizer-core.js';
import { NumberScanner } from './tokenizer-numbers.js';

export { TokenizerMode } from './tokenizer-core.js';

/** Dash operators (after `-`), lower case, with their token kinds (pwsh's `_operatorText`). */
const OPERATORS: ReadonlyMap<string, TokenKind> = (() => {
  const map = new Map<string, TokenKind>([
    ['bnot', TokenKind.Bnot], ['not', TokenKind.Not], ['is', TokenKind.Is], ['isnot', TokenKind.IsNot],
    ['as', TokenKind.As], ['f', TokenKind.Format], ['and', TokenKind.And], ['band', TokenKind.Band], ['or', TokenKind.Or],
    ['bor', TokenKind.Bor], ['xor', TokenKind.Xor], ['bxor', TokenKind.Bxor], ['join', TokenKind.Join],
    ['shl', TokenKind.Shl], ['shr', TokenKind.Shr],
  ]);
  const comparisons = ['eq', 'ne', 'ge', 'gt', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'replace', 'contains',
    'notcontains', 'in', 'notin'];
  for (const name of comparisons) {
    for (const prefix of ['', 'i', 'c']) map.set(prefix + name, TokenKind.Comparison);
  }
  for (const prefix of ['', 'i', 'c']) map.set(`${prefix}split`, TokenKind.Split);
  return map;
})();

/** Scans PowerShell tokens for the parser. */
export class Tokenizer extends NumberScanner {
  /** Scans the next token in the current mode, skipping blanks and comments (but not newlines). */
  nextToken(): ScannedToken {
    for (;;) {
      this.tokenStart = this.index;
      const c = this.getChar();
      switch (c) {
        case Char.Space:
        case Char.Tab:
        case Char.VT:
        case Char.FF:
        case Char.NoBreakSpace:
        case Char.NextLine:
          this.skipWhiteSpace();
          continue;
        case Char.SingleQuote:
        case Char.QuoteSingleLeft:
        case Char.QuoteSingleRight:
        case Char.QuoteSingleBase:
        case Char.QuoteReversed:
          return this.scanStringLiteral();
        case Char.DoubleQuote:
        case Char.QuoteDoubleLeft:
        case Char.QuoteDoubleRight:
        case Char.QuoteLowDoubleLeft:
          return this.scanStringExpandable();
        case Char.At: {
          const c1 = this.getChar();
          if (c1 === Char.LCurly) return this.newToken(TokenKind.AtCurly);
          if (c1 === Char.LParen) return this.newToken(TokenKind.AtParen);
          if (isSingleQuote(c1)) return this.scanHereString(false);
          if (isDoubleQuote(c1)) return this.scanHereString(true);
          this.ungetChar();
          if (isVariableStart(c1)) return this.scanVariable(true, false);
          this.reportError(this.index - 1, this.index, 'UnrecognizedToken');
          return this.newToken(TokenKind.Unknown);
        }
        case Char.Hash:
          this.scanLineComment();
          continue;
        case Char.LF:
          return this.newToken(TokenKind.NewLine);
        case Char.CR:
          this.normalizeCRLF(c);
          return this.newToken(TokenKind.NewLine);
        case Char.Backtick: {
          const c1 = this.getChar();
          if (c1 === Char.CR) this.normalizeCRLF(c1);
          if (c1 === Char.LF || c1 === Char.CR) {
            this.newToken(TokenKind.LineContinuation);
            continue;
          }
          if (isAnyWhitespace(c1)) {
            this.skipWhiteSpace();
            continue;
          }
          if (c1 === Char.Nul && this.atEof()) {
            this.reportIncompleteInput(this.index, 'IncompleteString');
            this.ungetChar();
            continue;
          }
          return this.scanGenericToken(this.tokenStart, this.backtick(c1));
        }
        case Char.Equals:
          return this.checkOperatorInCommandMode(1, TokenKind.Equals);
        case Char.Plus: {
          const c1 = this.peekChar();
          if (c1 === Char.Plus) {
            this.skipChar();
            return this.checkOperatorInCommandMode(2, TokenKind.PlusPlus);
          }
          if (c1 === Char.Equals) {
            this.skipChar();
            return this.checkOperatorInCommandMode(2, TokenKind.PlusEquals);
          }
          if (this.allowSignedNumbers && (isDecimalDigit(c1) || c1 === Char.Dot)) return this.scanNumber(c);
          return this.checkOperatorInCommandMode(1, TokenKind.Plus);
        }
        case Char.Dash:
        case Char.EnDash:
        case Char.EmDash:
        case Char.HorizontalBar: {
          const c1 = this.peekChar();
          if (isDash(c1)) {
            this.skipChar();
            return this.checkOperatorInCommandMode(2, TokenKind.MinusMinus);
          }
          if (c1 === Char.Equals) {
            this.skipChar();
            return this.checkOperatorInCommandMode(2, TokenKind.MinusEquals);
          }
          if (isLetter(c1) || c1 === Char.Underscore || c1 === Char.Question) return this.scanParameter();
          if (this.allowSignedNumbers && (isDecimalDigit(c1) || c1 === Char.Dot)) return this.scanNumber(c);
          return this.checkOperatorInCommandMode(1, TokenKind.Minus);
        }
        case Char.Star: {
          const c1 = this.peekChar();
          if (c1 === Char.Equals) {
            this.skipChar();
            return this.checkOperatorInCommandMode(2, TokenKind.MultiplyEquals);
          }
          if (c1 === Char.Greater) {
            this.skipChar();
            const c2 = this.peekChar();
            if (c2 === Char.Greater) {
              this.skipChar();
              return this.newFileRedirection(0, true, false);
            }
            if (c2 === Char.Ampersand) {
              this.skipChar();
              if (this.peekChar() === Char.Digit1) {
                this.skipChar();
                return this.newMergingRedirection(0, 1);
              }
              this.ungetChar();
            }
            return this.newFileRedirection(0, false, false);
          }
          return this.checkOperatorInCommandMode(1, TokenKind.Multiply);
        }
        case Char.Slash:
          if (this.peekChar() === Char.Equals) {
            this.skipChar();
            return this.checkOperatorInCommandMode(2, TokenKind.DivideEquals);
          }
          return this.checkOperatorInCommandMode(1, TokenKind.Divide);
        case Char.Percent:
          if (this.peekChar() === Char.Equals) {
            this.skipChar();
            return this.checkOperatorInCommandMode(2, TokenKind.RemainderEquals);
          }
          return this.checkOperatorInCommandMode(1, TokenKind.Rem);
        case Char.Dollar:
          if (this.peekChar() === Char.LParen) {
            this.skipChar();
            return this.newToken(TokenKind.DollarParen);
          }
          return this.scanVariable(false, false);
        case Char.Less:
          if (this.peekChar() === Char.Hash) {
            this.skipChar();
            this.scanBlockComment();
            continue;
          }
          return this.newToken(TokenKind.RedirectInStd);
        case Char.Greater:
          if (this.peekChar() === Char.Greater) {
            this.skipChar();
            return this.newFileRedirection(1, true, false);
          }
          return this.newFileRedirection(1, false, false);
        case Char.LParen:
          return this.newToken(TokenKind.LParen);
        case Char.RParen:
          return this.newToken(TokenKind.RParen);
        case Char.LBracket:
          if (this.mode === TokenizerMode.Command && !forceStartNewToken(this.peekChar())) {
            return this.scanGenericToken(this.tokenStart, '[');
          }
          return this.newToken(TokenKind.LBracket);
        case Char.RBracket:
          return this.newToken(TokenKind.RBracket);
        case Char.LCurly:
          return this.newToken(TokenKind.LCurly);
        case Char.RCurly:
          return this.newToken(TokenKind.RCurly);
        case Char.Dot:
          return this.scanDot();
        case Char.Semicolon:
          return this.newToken(TokenKind.Semi);
        case Char.Comma:
          return this.newToken(TokenKind.Comma);
        case Char.Ampersand:
          if (this.peekChar() === Char.Ampersand) {
            this.skipChar();
            return this.newToken(TokenKind.AndAnd);
          }
          return this.newToken(TokenKind.Ampersand);
        case Char.Pipe:
          if (this.peekChar() === Char.Pipe) {
            this.skipChar();
            return this.newToken(TokenKind.OrOr);
          }
          return this.newToken(TokenKind.Pipe);
        case Char.Exclaim:
          return this.scanExclaim();
        case Char.Colon:
          return this.scanColon();
        case Char.Question:
          if (this.mode === TokenizerMode.Expression) return this.scanQuestion();
          return this.scanGenericToken(this.tokenStart, '?');
        case Char.Nul:
          if (this.atEof()) return this.newEndOfInputToken();
          return this.scanGenericToken(this.tokenStart, '\0');
        default:
          if (c >= Char.Digit0 && c <= Char.Digit9) {
            if (c >= Char.Digit1 && c <= Char.Digit6 && this.peekChar() === Char.Greater) {
              return this.scanNumberedRedirection(c - Char.Digit0);
            }
            return this.scanNumber(c);
          }
          if (isIdentifierStart(c)) return this.scanIdentifier();
          if (isWhitespace(c)) {
            this.skipWhiteSpace();
            continue;
          }
          return this.scanGenericToken(this.tokenStart, String.fromCharCode(c));
      }
    }
  }

  /** An operator of `length` chars, unless command mode continues it into a bare word (`=x`, `+foo`). */
  private checkOperatorInCommandMode(length: number, kind: TokenKind): ScannedToken {
    if (this.mode === TokenizerMode.Command && !forceStartNewToken(this.peekChar())) {
      return this.scanGenericToken(this.tokenStart, this.text.slice(this.tokenStart, this.tokenStart + length));
    }
    return this.newToken(kind);
  }

  // ---- redirections ------------------------------------------------------------------------

  private scanNumberedRedirection(from: number): ScannedToken {
    this.skipChar();
    const c1 = this.peekChar();
    if (c1 === Char.Greater) {
      this.skipChar();
      return this.newFileRedirection(from, true, true);
    }
    if (c1 === Char.Ampersand) {
      this.skipChar();
      const c2 = this.peekChar();
      if (c2 === Char.Digit1 || c2 === Char.Digit2) {
        this.skipChar();
        return this.newMergingRedirection(from, c2 - Char.Digit0);
      }
      this.ungetChar();
    }
    return this.newFileRedirection(from, false, true);
  }

  /** `>`, `2>`, `*>>`: in expression mode an explicit `2>` is the number 2 followed by `>` instead. */
  private newFileRedirection(from: number, append: boolean, explicitStream: boolean): ScannedToken {
    if (explicitStream && this.mode === TokenizerMode.Expression) {
      this.ungetChar();
      if (append) this.ungetChar();
      const token = this.newToken(TokenKind.Number);
      token.numberValue = from;
      return token;
    }
    const token = this.newToken(TokenKind.Redirection);
    token.fromStream = from;
    token.usedColon = append;
    return token;
  }

  private newMergingRedirection(from: number, to: number): ScannedToken {
    const token = this.newToken(TokenKind.MergingRedirection);
    token.fromStream = from;
    token.toStream = to;
    return token;
  }

  // ---- punctuation -------------------------------------------------------------------------

  private scanDot(): ScannedToken {
    const c = this.peekChar();
    if (c === Char.Dot) {
      this.skipChar();
      if (this.mode === TokenizerMode.Command && !forceStartNewToken(this.peekChar())) {
        this.ungetChar();
        return this.scanGenericToken(this.tokenStart, '.');
      }
      return this.newToken(TokenKind.DotDot);
    }
    if (isDecimalDigit(c)) return this.scanNumber(Char.Dot);
    // `.$command`, `."name"` and `.'name'` dot-source; `.\script.ps1` is a bare word.
    if (this.mode === TokenizerMode.Command && !forceStartNewToken(c) && c !== Char.Dollar && c !== Char.DoubleQuote
      && c !== Char.SingleQuote) {
      return this.scanGenericToken(this.tokenStart, '.');
    }
    return this.newToken(TokenKind.Dot);
  }

  private scanExclaim(): ScannedToken {
    const c1 = this.peekChar();
    if ((this.mode === TokenizerMode.Command && !forceStartNewToken(c1))
      || (this.mode === TokenizerMode.Expression && isIdentifierStart(c1))) {
      return this.scanGenericToken(this.tokenStart, '!');
    }
    if (this.mode === TokenizerMode.Expression && (isDecimalDigit(c1) || c1 === Char.Dot)) {
      const afterBang = this.index;
      const scanned = this.scanNumberText(Char.Exclaim);
      this.index = afterBang;
      if (scanned === undefined) return this.scanGenericToken(this.tokenStart, '!');
    }
    return this.newToken(TokenKind.Exclaim);
  }

  private scanColon(): ScannedToken {
    if (this.peekChar() === Char.Colon) {
      this.skipChar();
      if (this.mode === TokenizerMode.Command && !this.wantSimpleName && !forceStartNewToken(this.peekChar())) {
        return this.scanGenericToken(this.tokenStart, '::');
      }
      return this.newToken(TokenKind.ColonColon);
    }
    if (this.mode === TokenizerMode.Command) return this.scanLabel();
    return this.newToken(TokenKind.Colon);
  }

  private scanQuestion(): ScannedToken {
    if (this.peekChar() === Char.Question) {
      this.skipChar();
      if (this.peekChar() === Char.Equals) {
        this.skipChar();
        return this.newToken(TokenKind.QuestionQuestionEquals);
      }
      return this.newToken(TokenKind.QuestionQuestion);
    }
    return this.newToken(TokenKind.QuestionMark);
  }

  /** `:label` in command mode; the `:` is consumed. */
  private scanLabel(): ScannedToken {
    const c = this.getChar();
    if (!isIdentifierStart(c)) {
      this.ungetChar();
      if (c === Char.Nul) {
        const token = this.newToken(TokenKind.Generic);
        token.value = ':';
        return token;
      }
      return this.scanGenericToken(this.tokenStart, ':');
    }
    const nameStart = this.index - 1;
    while (isIdentifierFollow(this.peekChar())) this.skipChar();
    const c1 = this.peekChar();
    if (this.mode === TokenizerMode.Command && !forceStartNewToken(c1)) {
      return this.scanGenericToken(this.tokenStart, this.text.slice(this.tokenStart, this.index));
    }
    const token = this.newToken(TokenKind.Label);
    token.value = this.text.slice(nameStart, this.index);
    return token;
  }

  // ---- parameters and dash operators -------------------------------------------------------

  /** `-Name`, `-Name:` (command mode) or a dash operator `-eq` (expression mode); the dash is consumed. */
  private scanParameter(): ScannedToken {
    const text = this.text;
    const nameStart = this.index;
    let nameEnd: number;
    let sawColon = false;
    const command = this.mode === TokenizerMode.Command;
    const end = this.end;
    let i = nameStart;
    while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
    this.index = i;
    for (;;) {
      const c = this.getChar();
      if (isAsciiLetter(c)) continue;
      if (isWhitespace(c)) {
        this.ungetChar();
        nameEnd = this.index;
        break;
      }
      if (c === Char.LCurly || c === Char.RCurly || c === Char.LParen || c === Char.RParen || c === Char.Semicolon
        || c === Char.Comma || c === Char.Pipe || c === Char.Ampersand || c === Char.Dot || c === Char.LBracket
        || c === Char.CR || c === Char.LF || c === Char.Nul) {
        this.ungetChar();
        nameEnd = this.index;
        break;
      }
      if (c === Char.Colon) {
        nameEnd = this.index - 1;
        sawColon = true;
        if (!command) this.ungetChar();
        break;
      }
      if (isSingleQuote(c) || isDoubleQuote(c)) {
        this.ungetChar();
        if (command) {
          // Quotes are never part of a parameter: the whole word is an argument.
          return this.scanGenericToken(this.tokenStart, text.slice(this.tokenStart, this.index));
        }
        nameEnd = this.index;
        break;
      }
      if (!command) {
        this.ungetChar();
        nameEnd = this.index;
        break;
      }
    }
    const name = text.slice(nameStart, nameEnd);
    if (this.mode === TokenizerMode.Expression) {
      const lower = name.toLowerCase();
      const kind = OPERATORS.get(lower);
      if (kind !== undefined) {
        const token = this.newToken(kind);
        token.value = `-${lower}`;
        if (kind === TokenKind.Comparison || kind === TokenKind.Split) {
          if (lower.charCodeAt(0) === 0x63 && lower !== 'contains') token.flags |= TokenFlags.CaseSensitiveOperator;
        }
        return token;
      }
    }
    if (name.length === 0) return this.newToken(TokenKind.Minus);
    const token = this.newToken(TokenKind.Parameter);
    token.value = name;
    token.usedColon = sawColon;
    return token;
  }

  // ---- identifiers and keywords ------------------------------------------------------------

  /** A word starting with a letter: keyword, command name, bare word, member or type name. */
  private scanIdentifier(): ScannedToken {
    const text = this.text;
    const end = this.end;
    let i = this.index;
    while (i < end && isIdentifierFollow(text.charCodeAt(i))) i++;
    this.index = i;
    if (this.mode === TokenizerMode.TypeName) return this.scanTypeName();
    const c = this.peekChar();
    const command = this.mode === TokenizerMode.Command;
    if (!this.wantSimpleName && command && !forceStartNewToken(c)) {
      return this.scanGenericToken(this.tokenStart, this.text.slice(this.tokenStart, this.index));
    }
    if (!this.wantSimpleName && command) {
      const kind = keywordKinds.get(this.text.slice(this.tokenStart, this.index).toLowerCase());
      if (kind !== undefined && kind !== TokenKind.InlineScript) return this.newToken(kind);
    }
    return this.newToken(TokenKind.Identifier);
  }

  /** A type name inside `[ ]`: letters, digits and `` . ` _ + # \ ``. */
  private scanTypeName(): ScannedToken {
    for (;;) {
      const c = this.getChar();
      if (c === Char.Dot || c === Char.Backtick || c === Char.Underscore || c === Char.Plus || c === Char.Hash
        || c === Char.Backslash || isIdentifierFollow(c)) {
        continue;
      }
      this.ungetChar();
      break;
    }
    const token = this.newToken(TokenKind.Identifier);
    token.flags |= TokenFlags.TypeName;
    return token;
  }

  // ---- parser-directed scans ---------------------------------------------------------------

  /**
   * After a primary expression: `.`, `::`, `?.`, `[` or `?[` when they follow with no blank in between
   * (block comments are allowed); otherwise undefined and nothing is consumed.
   */
  getMemberAccessOperator(allowLBracket: boolean): ScannedToken | undefined {
    let c = this.peekChar();
    while (c === Char.Less) {
      this.tokenStart = this.index;
      this.skipChar();
      if (this.peekChar() !== Char.Hash) {
        this.ungetChar();
        return undefined;
      }
      this.skipChar();
      this.scanBlockComment();
      c = this.peekChar();
    }
    const command = this.mode === TokenizerMode.Command;
    this.tokenStart = this.index;
    if (c === Char.Dot) {
      this.skipChar();
      const c1 = this.peekChar();
      if (c1 !== Char.Dot) {
        if (command && endsWord(c1)) {
          this.ungetChar();
          return undefined;
        }
        return this.newToken(TokenKind.Dot);
      }
      this.ungetChar();
      return undefined;
    }
    if (c === Char.Colon) {
      this.skipChar();
      if (this.peekChar() === Char.Colon) {
        this.skipChar();
        if (command && endsWord(this.peekChar())) {
          this.index -= 2;
          return undefined;
        }
        return this.newToken(TokenKind.ColonColon);
      }
      this.ungetChar();
      return undefined;
    }
    if (c === Char.LBracket && allowLBracket) {
      this.skipChar();
      return this.newToken(TokenKind.LBracket);
    }
    if (c === Char.Question) {
      this.skipChar();
      const c1 = this.peekChar();
      if (c1 === Char.Dot) {
        this.skipChar();
        return this.newToken(TokenKind.QuestionDot);
      }
      if (c1 === Char.LBracket && allowLBracket) {
        this.skipChar();
        return this.newToken(TokenKind.QuestionLBracket);
      }
      this.ungetChar();
    }
    return undefined;
  }

  /** After `[Type,`: skips an assembly name like `mscorlib, Version=4.0.0.0` up to the `]`; returns its end. */
  // pwsh: Tokenizer.GetAssemblyNameSpec (the spec is read, not interpreted; pcsh reports it as unsupported).
  skipAssemblyNameSpec(): number {
    const text = this.text;
    let i = this.index;
    while (i < this.end) {
      const c = text.charCodeAt(i);
      if (c === Char.RBracket || c === Char.CR || c === Char.LF) break;
      i++;
    }
    this.index = i;
    return this.sourceOffset(i);
  }

  /** `(` (or `{`) right after a member name: a method call. */
  getInvokeMemberOpenParen(): ScannedToken | undefined {
    const c = this.peekChar();
    if (c !== Char.LParen && c !== Char.LCurly) return undefined;
    this.tokenStart = this.index;
    this.skipChar();
    return this.newToken(c === Char.LParen ? TokenKind.LParen : TokenKind.LCurly);
  }

  /**
   * A `[` starting an attribute or type constraint, after blanks and comments only; in command mode a generic
   * token may start with `[`, so this scans just the bracket.
   */
  getLBracket(): ScannedToken | undefined {
    const resyncPoint = this.index;
    let resyncIfMemberAccess = false;
    for (;;) {
      this.tokenStart = this.index;
      const c = this.getChar();
      if (c === Char.Hash) {
        resyncIfMemberAccess = true;
        this.scanLineComment();
        continue;
      }
      if (c === Char.Less && this.peekChar() === Char.Hash) {
        resyncIfMemberAccess = false;
        this.skipChar();
        this.scanBlockComment();
        continue;
      }
      if (c === Char.LBracket) return this.newToken(TokenKind.LBracket);
      if (c !== Char.Nul && isWhitespace(c)) {
        resyncIfMemberAccess = true;
        this.skipWhiteSpace();
        continue;
      }
      if ((c === Char.Dot || c === Char.Colon) && resyncIfMemberAccess) this.resync(resyncPoint);
      else this.ungetChar();
      return undefined;
    }
  }
}

/** In command mode, `.` or `::` followed by one of these is part of a word, not member access. */
function endsWord(c: number): boolean {
  return isWhitespace(c) || c === Char.Nul || c === Char.CR || c === Char.LF;
}
