/**
 * Character classes of the PowerShell tokenizer, over UTF-16 char codes.
 *
 * One table lookup per ASCII character; characters above 127 fall back to Unicode categories the
 * way pwsh's `CharExtensions` does (letters, digits, separators, the special dashes and quotes).
 */
// pwsh: engine/parser/CharTraits.cs (CharTraits, SpecialChars, CharExtensions).

const enum Trait {
  None = 0,
  IdentifierStart = 0x2,
  MultiplierStart = 0x4,
  TypeSuffix = 0x8,
  Whitespace = 0x10,
  Newline = 0x20,
  HexDigit = 0x40,
  Digit = 0x80,
  VarNameFirst = 0x100,
  ForceStartNewToken = 0x200,
  ForceStartNewTokenAfterNumber = 0x800,
}

/** Char codes the tokenizer names. */
export const enum Char {
  Nul = 0x00,
  Tab = 0x09,
  LF = 0x0a,
  VT = 0x0b,
  FF = 0x0c,
  CR = 0x0d,
  Space = 0x20,
  Exclaim = 0x21,
  DoubleQuote = 0x22,
  Hash = 0x23,
  Dollar = 0x24,
  Percent = 0x25,
  Ampersand = 0x26,
  SingleQuote = 0x27,
  LParen = 0x28,
  RParen = 0x29,
  Star = 0x2a,
  Plus = 0x2b,
  Comma = 0x2c,
  Dash = 0x2d,
  Dot = 0x2e,
  Slash = 0x2f,
  Digit0 = 0x30,
  Digit1 = 0x31,
  Digit2 = 0x32,
  Digit6 = 0x36,
  Digit9 = 0x39,
  Colon = 0x3a,
  Semicolon = 0x3b,
  Less = 0x3c,
  Equals = 0x3d,
  Greater = 0x3e,
  Question = 0x3f,
  At = 0x40,
  LBracket = 0x5b,
  Backslash = 0x5c,
  RBracket = 0x5d,
  Caret = 0x5e,
  Underscore = 0x5f,
  Backtick = 0x60,
  LowerA = 0x61,
  LowerB = 0x62,
  LowerE = 0x65,
  LowerU = 0x75,
  LowerX = 0x78,
  LCurly = 0x7b,
  Pipe = 0x7c,
  RCurly = 0x7d,
  NextLine = 0x85,
  NoBreakSpace = 0xa0,
  EnDash = 0x2013,
  EmDash = 0x2014,
  HorizontalBar = 0x2015,
  QuoteSingleLeft = 0x2018,
  QuoteSingleRight = 0x2019,
  QuoteSingleBase = 0x201a,
  QuoteReversed = 0x201b,
  QuoteDoubleLeft = 0x201c,
  QuoteDoubleRight = 0x201d,
  QuoteLowDoubleLeft = 0x201e,
}

const traits = new Uint16Array(128);
{
  const set = (chars: string, trait: number): void => {
    for (let i = 0; i < chars.length; i++) traits[chars.charCodeAt(i)]! |= trait;
  };
  traits[0] = Trait.ForceStartNewToken;
  set('\t\v\f ', Trait.Whitespace | Trait.ForceStartNewToken);
  set('\n\r', Trait.Newline | Trait.ForceStartNewToken);
  set('&(),;{|}', Trait.ForceStartNewToken);
  set('!#%*+-./<=>]', Trait.ForceStartNewTokenAfterNumber);
  set('0123456789', Trait.Digit | Trait.HexDigit | Trait.VarNameFirst);
  set('abcdefABCDEF', Trait.HexDigit);
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_';
  set(letters, Trait.IdentifierStart | Trait.VarNameFirst);
  set('$:?^', Trait.VarNameFirst);
  set('dDlLnNsSuUyY', Trait.TypeSuffix);
  set('kKmMgGtTpP', Trait.MultiplierStart);
}

/** ASCII chars that continue a generic token verbatim: not a token end, quote, backtick or `$`. */
const plainGeneric = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const special = c === 0x22 || c === 0x24 || c === 0x27 || c === 0x60;
  plainGeneric[c] = (traits[c]! & Trait.ForceStartNewToken) === 0 && !special ? 1 : 0;
}

/** An ASCII char a generic token copies verbatim (fast path of the generic-token scanner). */
export function isPlainGenericChar(c: number): boolean {
  return c < 128 && plainGeneric[c] === 1;
}

/** An ASCII letter. */
export function isAsciiLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

// Unicode classes, made on the first non-ASCII character: building them costs a fraction of a millisecond that
// start-up (parsing ASCII text, mostly) must not pay.
let letter: RegExp | undefined;
let letterOrDigit: RegExp | undefined;
let separator: RegExp | undefined;

/** A Unicode letter, as .NET `char.IsLetter`. */
export function isLetter(c: number): boolean {
  if (c < 128) return (traits[c]! & Trait.IdentifierStart) !== 0 && c !== Char.Underscore;
  return (letter ??= /\p{L}/u).test(String.fromCharCode(c));
}

/** A Unicode letter or decimal digit, as .NET `char.IsLetterOrDigit`. */
export function isLetterOrDigit(c: number): boolean {
  if (c < 128) return (traits[c]! & (Trait.IdentifierStart | Trait.Digit)) !== 0 && c !== Char.Underscore;
  return (letterOrDigit ??= /[\p{L}\p{Nd}]/u).test(String.fromCharCode(c));
}

/** Blank space that separates tokens; newlines are not whitespace. */
export function isWhitespace(c: number): boolean {
  if (c < 128) return (traits[c]! & Trait.Whitespace) !== 0;
  if (c <= 256) return c === Char.NoBreakSpace || c === Char.NextLine;
  return (separator ??= /\p{Z}/u).test(String.fromCharCode(c));
}

/** .NET `char.IsWhiteSpace`: whitespace or a newline (used after a backtick). */
export function isAnyWhitespace(c: number): boolean {
  return c === Char.LF || c === Char.CR || isWhitespace(c) || (c >= 0x1c && c <= 0x1f);
}

/** `-` or one of the typographic dashes pwsh accepts in its place. */
export function isDash(c: number): boolean {
  return c === Char.Dash || c === Char.EnDash || c === Char.EmDash || c === Char.HorizontalBar;
}

/** `'` or one of the typographic single quotes. */
export function isSingleQuote(c: number): boolean {
  return c === Char.SingleQuote || (c >= Char.QuoteSingleLeft && c <= Char.QuoteReversed);
}

/** `"` or one of the typographic double quotes. */
export function isDoubleQuote(c: number): boolean {
  return c === Char.DoubleQuote || (c >= Char.QuoteDoubleLeft && c <= Char.QuoteLowDoubleLeft);
}

/** A character that may start an unbraced variable name after `$`. */
export function isVariableStart(c: number): boolean {
  if (c < 128) return (traits[c]! & Trait.VarNameFirst) !== 0;
  return isLetterOrDigit(c);
}

/** A character that may start an identifier or label. */
export function isIdentifierStart(c: number): boolean {
  if (c < 128) return (traits[c]! & Trait.IdentifierStart) !== 0;
  return isLetter(c);
}

/** A character that may follow the first character of an identifier. */
export function isIdentifierFollow(c: number): boolean {
  if (c < 128) return (traits[c]! & (Trait.IdentifierStart | Trait.Digit)) !== 0;
  return isLetterOrDigit(c);
}

/** `0`-`9`. */
export function isDecimalDigit(c: number): boolean {
  return c >= Char.Digit0 && c <= Char.Digit9;
}

/** `0`-`9`, `a`-`f`, `A`-`F`. */
export function isHexDigit(c: number): boolean {
  return c < 128 && (traits[c]! & Trait.HexDigit) !== 0;
}

/** A numeric literal type suffix letter (`l`, `d`, `u`, `s`, `y`, `n`). */
export function isTypeSuffix(c: number): boolean {
  return c < 128 && (traits[c]! & Trait.TypeSuffix) !== 0;
}

/** The first letter of a `kb`/`mb`/`gb`/`tb`/`pb` multiplier. */
export function isMultiplierStart(c: number): boolean {
  return c < 128 && (traits[c]! & Trait.MultiplierStart) !== 0;
}

/** A character that ends any token, whatever the mode: blanks, newlines, `{}();,|&` and end of input. */
export function forceStartNewToken(c: number): boolean {
  if (c < 128) return (traits[c]! & Trait.ForceStartNewToken) !== 0;
  return isWhitespace(c);
}

/** In expression mode, a character that ends a number (an operator character). */
export function forceStartNewTokenAfterNumber(c: number, endOnTernaryChars: boolean): boolean {
  if (c < 128) {
    if ((traits[c]! & Trait.ForceStartNewTokenAfterNumber) !== 0) return true;
    return endOnTernaryChars && (c === Char.Question || c === Char.Colon);
  }
  return isDash(c);
}
