/**
 * Scanning of numeric literals: decimal, hex and binary digits, exponents, type suffixes and kb..pb multipliers.
 * A word that is not entirely a number (`1Year`, `77z.exe`) becomes a generic token instead.
 */
// pwsh: engine/parser/tokenizer.cs (ScanNumber, ScanNumberHelper).

import {
  Char, forceStartNewToken, forceStartNewTokenAfterNumber, isDash, isDecimalDigit, isHexDigit, isMultiplierStart,
  isTypeSuffix,
} from './char-traits.js';
import { NumberFormat, NumberSuffix, numberValue, type ScannedNumber } from './number-literal.js';
import type { ScannedToken } from './scanned-token.js';
import { TokenKind } from './token.js';
import { TokenizerMode } from './tokenizer-core.js';
import { StringScanner } from './tokenizer-strings.js';

/** Number scanning on top of string and generic-token scanning (its fallback). */
export class NumberScanner extends StringScanner {
  // ---- numbers -----------------------------------------------------------------------------

  /**
   * Scans the characters of a number starting with `first` (a digit, `.`, or a sign when signed numbers are
   * allowed). Returns undefined when the word is not a number (`1Year`, `77z.exe`).
   */
  protected scanNumberText(first: number): ScannedNumber | undefined {
    let notNumber = false;
    let format = NumberFormat.Decimal;
    let suffix = NumberSuffix.None;
    let real = false;
    let multiplier = 1;
    let digits = '';
    const text = this.text;
    if (isDash(first) || first === Char.Plus || first === Char.Exclaim) {
      if (first !== Char.Exclaim) digits = isDash(first) ? '-' : '+';
      first = this.getChar();
    }
    const scanDecimals = (): number => {
      const start = this.index;
      while (isDecimalDigit(this.peekChar())) this.skipChar();
      digits += text.slice(start, this.index);
      return this.index - start;
    };
    const scanExponent = (): void => {
      const c = this.peekChar();
      if (c === Char.Plus || isDash(c)) {
        this.skipChar();
        digits += c === Char.Plus ? '+' : '-';
      }
      if (scanDecimals() === 0) notNumber = true;
    };
    const scanAfterDot = (): void => {
      scanDecimals();
      const c = this.peekChar();
      if (c === 0x65 || c === 0x45) {
        this.skipChar();
        digits += 'e';
        scanExponent();
      }
    };
    if (first === Char.Dot) {
      digits += '.';
      scanAfterDot();
      real = true;
    } else {
      const c = this.peekChar();
      if (first === Char.Digit0 && (c === 0x78 || c === 0x58 || c === 0x62 || c === 0x42)) {
        this.skipChar();
        const start = this.index;
        if (c === 0x78 || c === 0x58) {
          while (isHexDigit(this.peekChar())) this.skipChar();
          format = NumberFormat.Hex;
          digits += `0${text.slice(start, this.index)}`;
        } else {
          while (this.peekChar() === Char.Digit0 || this.peekChar() === Char.Digit1) this.skipChar();
          format = NumberFormat.Binary;
          digits += text.slice(start, this.index);
          if (this.index === start) notNumber = true;
        }
      } else {
        digits += String.fromCharCode(first);
        scanDecimals();
        const c1 = this.peekChar();
        if (c1 === Char.Dot) {
          this.skipChar();
          if (this.peekChar() === Char.Dot) {
            this.ungetChar();
          } else {
            digits += '.';
            real = true;
            scanAfterDot();
          }
        } else if (c1 === 0x65 || c1 === 0x45) {
          this.skipChar();
          digits += 'e';
          real = true;
          scanExponent();
        }
      }
    }
    let c = this.peekChar();
    if (isTypeSuffix(c)) {
      this.skipChar();
      suffix |= suffixFlag(c);
      if (suffix === NumberSuffix.None) notNumber = true;
      c = this.peekChar();
      if (isTypeSuffix(c)) {
        this.skipChar();
        const second = suffixFlag(c);
        if (suffix === NumberSuffix.Unsigned
          && (second === NumberSuffix.Long || second === NumberSuffix.Short || second === NumberSuffix.SignedByte)) {
          suffix |= second;
        } else {
          notNumber = true;
        }
        c = this.peekChar();
      }
    }
    if (isMultiplierStart(c)) {
      this.skipChar();
      multiplier = MULTIPLIERS[c | 0x20] ?? 1;
      const c1 = this.peekChar();
      if (c1 === Char.LowerB || c1 === 0x42) {
        this.skipChar();
        c = this.peekChar();
      } else {
        notNumber = true;
      }
    }
    if (!forceStartNewToken(c)
      && (this.mode !== TokenizerMode.Expression || !forceStartNewTokenAfterNumber(c, this.forceEndNumberOnTernaryOpChars))) {
      notNumber = true;
    }
    return notNumber ? undefined : { digits, format, suffix, real, multiplier };
  }

  /** A number token, or a generic token when the word is not a number (or, in command mode, not a valid one). */
  protected scanNumber(first: number): ScannedToken {
    const scanned = this.scanNumberText(first);
    if (scanned === undefined) {
      this.index = this.tokenStart;
      return this.scanGenericToken(this.tokenStart, '');
    }
    const value = numberValue(scanned);
    if (!value.ok) {
      if (value.unsupported) {
        const token = this.newToken(TokenKind.Number);
        this.errors.reportUnsupported(this.tokenStart, this.index, 'UnsupportedNumericLiteral', token.text);
        return this.markInError(token);
      }
      if (this.mode !== TokenizerMode.Expression) {
        this.index = this.tokenStart;
        return this.scanGenericToken(this.tokenStart, '');
      }
      const token = this.newToken(TokenKind.Number);
      this.reportError(this.tokenStart, this.index, 'BadNumericConstant', token.text);
      return this.markInError(token);
    }
    const token = this.newToken(TokenKind.Number);
    token.numberValue = value.value;
    token.numberType = value.numberType;
    return token;
  }
}

const MULTIPLIERS: Readonly<Record<number, number>> = {
  0x6b: 1024, 0x6d: 1024 ** 2, 0x67: 1024 ** 3, 0x74: 1024 ** 4, 0x70: 1024 ** 5,
};

function suffixFlag(c: number): NumberSuffix {
  switch (c | 0x20) {
    case 0x75: return NumberSuffix.Unsigned;
    case 0x73: return NumberSuffix.Short;
    case 0x6c: return NumberSuffix.Long;
    case 0x64: return NumberSuffix.Decimal;
    case 0x79: return NumberSuffix.SignedByte;
    case 0x6e: return NumberSuffix.BigInteger;
    default: return NumberSuffix.None;
  }
}
