/**
 * .NET number formatting: `ToString(format, culture)` for the standard (`N2`, `D3`, `X8`, `P1`, `C`, `F1`,
 * `E2`, `G`, `R`) and custom (`0.00`, `#,##0`, `0.##%`) format strings, plus the two ways pwsh turns a
 * double into text (`G15` for string conversion, shortest round-trip for `ToString()` and `-f`).
 *
 * Numbers are JavaScript doubles; an integral value formats as .NET formats an Int32/Int64.
 */
// pwsh: LanguagePrimitives.DoublePrecision ("G15") and PSObject.ToString; .NET: Number.Formatting.cs
// (NumberToString, NumberToStringFormat) and the en-US / invariant NumberFormatInfo.
import { PSException } from './errors.js';
import { CoreLibStrings } from './strings/CoreLibStrings.js';

/** The cultures pcsh formats for: en-US (pwsh's pinned current culture) and the invariant culture. */
export type FormatCulture = 'en-US' | 'invariant';

interface NumberFormatInfo {
  readonly nan: string;
  readonly positiveInfinity: string;
  readonly negativeInfinity: string;
  readonly currency: (text: string, negative: boolean) => string;
  readonly percent: (text: string, negative: boolean) => string;
}

const NUMBER_FORMATS: Readonly<Record<FormatCulture, NumberFormatInfo>> = {
  // ICU's en-US data, as .NET 8 on Linux reads it.
  'en-US': {
    nan: 'NaN',
    positiveInfinity: '\u221e',
    negativeInfinity: '-\u221e',
    currency: (text, negative) => `${negative ? '-' : ''}$${text}`,
    percent: (text, negative) => `${negative ? '-' : ''}${text}%`,
  },
  invariant: {
    nan: 'NaN',
    positiveInfinity: 'Infinity',
    negativeInfinity: '-Infinity',
    currency: (text, negative) => (negative ? `(\u00a4${text})` : `\u00a4${text}`),
    percent: (text, negative) => `${negative ? '-' : ''}${text} %`,
  },
};

/** A non-negative decimal number: 0.`digits` × 10^`point`; no leading or trailing zeros ('' is zero). */
interface Digits {
  readonly digits: string;
  readonly point: number;
}

const ZERO: Digits = { digits: '', point: 0 };

function normalize(digits: string, point: number): Digits {
  const lead = digits.search(/[1-9]/);
  if (lead < 0) return ZERO;
  const trimmed = digits.slice(lead).replace(/0+$/, '');
  return { digits: trimmed, point: point - lead };
}

/** The exact decimal expansion of a finite double's magnitude. */
function exactDigits(value: number): Digits {
  const abs = Math.abs(value);
  if (abs === 0 || !Number.isFinite(abs)) return ZERO;
  if (Number.isInteger(abs) && abs < 2 ** 53) {
    const text = String(abs);
    return normalize(text, text.length);
  }
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, abs);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  let exponent: number;
  if (biased === 0) exponent = -1074;
  else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  if (exponent >= 0) {
    const text = (mantissa << BigInt(exponent)).toString();
    return normalize(text, text.length);
  }
  const text = (mantissa * 5n ** BigInt(-exponent)).toString();
  return normalize(text, text.length + exponent);
}

/** The shortest digits that round-trip the double (.NET Core 3.0+ `ToString()` / `R`). */
function shortestDigits(value: number): Digits {
  const abs = Math.abs(value);
  if (abs === 0 || !Number.isFinite(abs)) return ZERO;
  const [mantissa = '0', exponent = '0'] = abs.toExponential().split('e');
  return normalize(mantissa.replace('.', ''), Number(exponent) + 1);
}

/** Keeps the first `keep` digits, rounding the rest: ties to even (doubles) or away from zero. */
function roundDigits(number: Digits, keep: number, mode: 'even' | 'away'): Digits {
  const { digits, point } = number;
  if (keep >= digits.length) return number;
  if (keep < 0) return ZERO;
  const next = digits.charCodeAt(keep) - 48;
  let up = next > 5;
  if (next === 5) {
    const exactTie = !/[1-9]/.test(digits.slice(keep + 1));
    up = !exactTie || mode === 'away' || (keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1);
  }
  let kept = digits.slice(0, keep);
  if (!up) return normalize(kept, point);
  const chars = kept.split('');
  let i = chars.length - 1;
  while (i >= 0 && chars[i] === '9') chars[i--] = '0';
  if (i < 0) return normalize(`1${chars.join('')}`, point + 1);
  chars[i] = String.fromCharCode((chars[i] as string).charCodeAt(0) + 1);
  kept = chars.join('');
  return normalize(kept, point);
}

function groupThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Fixed-point text with exactly `decimals` fraction digits (the number must already be rounded). */
function fixedText(number: Digits, decimals: number, grouped = false): string {
  const { digits, point } = number;
  let integer = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0';
  if (grouped) integer = groupThousands(integer);
  if (decimals <= 0) return integer;
  const fraction = point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits;
  return `${integer}.${fraction.padEnd(decimals, '0').slice(0, decimals)}`;
}

/** Scientific text `d.dddE+xx`; `decimals` < 0 means "as many as the digits have". */
function scientificText(number: Digits, decimals: number, expChar: string, minExponentDigits: number): string {
  const digits = number.digits === '' ? '0' : number.digits;
  const exponent = number.digits === '' ? 0 : number.point - 1;
  const fractionDigits = decimals < 0 ? digits.slice(1) : digits.slice(1).padEnd(decimals, '0').slice(0, decimals);
  const mantissa = fractionDigits.length > 0 ? `${digits[0]}.${fractionDigits}` : (digits[0] as string);
  const sign = exponent < 0 ? '-' : '+';
  return `${mantissa}${expChar}${sign}${String(Math.abs(exponent)).padStart(minExponentDigits, '0')}`;
}

/** .NET's `G` layout: scientific when the exponent is ≥ `threshold` or < -4, else fixed with no trailing zeros. */
function generalText(number: Digits, threshold: number, expChar: string): string {
  if (number.digits === '') return '0';
  const exponent = number.point - 1;
  if (exponent >= threshold || exponent < -4) return scientificText(number, -1, expChar, 2);
  const decimals = Math.max(0, number.digits.length - number.point);
  return fixedText(number, decimals);
}

function withSign(text: string, negative: boolean): string {
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

function isIntegral(value: number): boolean {
  return Number.isInteger(value) && Math.abs(value) < 2 ** 63;
}

function formatError(): PSException {
  return new PSException(CoreLibStrings.Argument_BadFormatSpecifier, 'System.FormatException');
}

/** pwsh's string conversion of a double: `ToString("G15", InvariantCulture)` (`0.1+0.2` → `0.3`, `1e20` → `1E+20`). */
export function doubleToPSString(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (Object.is(value, -0)) return '-0';
  return withSign(generalText(roundDigits(exactDigits(value), 15, 'even'), 15, 'E'), value < 0);
}

/**
 * pwsh's string form of any number: integral values up to 2^53 print all their digits (Int32/Int64),
 * other values as a double (G15).
 */
export function numberToPSString(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) <= 2 ** 53) return Object.is(value, -0) ? '0' : String(value);
  return doubleToPSString(value);
}

/** A standard format string: one letter and an optional precision of up to 9 digits. */
const STANDARD = /^([A-Za-z])(\d{0,9})$/;

/**
 * `value.ToString(format, culture)` as .NET does it for Int32/Int64 (integral values) and Double.
 * Throws a `System.FormatException` PSException for an invalid specifier (`D` or `X` on a non-integer).
 */
export function formatNumber(value: number, format: string | undefined | null, culture: FormatCulture = 'en-US'): string {
  const info = NUMBER_FORMATS[culture];
  const integral = isIntegral(value);
  if (Number.isNaN(value)) return info.nan;
  if (!Number.isFinite(value)) return value > 0 ? info.positiveInfinity : info.negativeInfinity;
  const spec = format ?? '';
  if (spec === '') return integral ? numberToPSString(value) : withSign(generalText(shortestDigits(value), 15, 'E'), value < 0);
  const standard = STANDARD.exec(spec);
  if (standard === null) return formatCustom(value, spec, info, integral);
  const letter = standard[1] as string;
  const precision = standard[2] === '' ? undefined : Number(standard[2]);
  const negative = value < 0;
  const exact = exactDigits(value);
  const mode = integral ? 'away' : 'even';
  switch (letter.toUpperCase()) {
    case 'C': {
      const text = fixedText(roundDigits(exact, exact.point + (precision ?? 2), mode), precision ?? 2, true);
      return info.currency(text, negative && /[1-9]/.test(text));
    }
    case 'D': {
      if (!integral) throw formatError();
      return withSign(fixedText(exact, 0).padStart(precision ?? 0, '0'), negative);
    }
    case 'E': {
      const decimals = precision ?? 6;
      return withSign(scientificText(roundDigits(exact, decimals + 1, mode), decimals, letter === 'e' ? 'e' : 'E', 3), negative);
    }
    case 'F':
      return withSign(fixedText(roundDigits(exact, exact.point + (precision ?? 2), mode), precision ?? 2), negative);
    case 'N':
      return withSign(fixedText(roundDigits(exact, exact.point + (precision ?? 2), mode), precision ?? 2, true), negative);
    case 'P': {
      const scaled: Digits = { digits: exact.digits, point: exact.point + 2 };
      const text = fixedText(roundDigits(scaled, scaled.point + (precision ?? 2), mode), precision ?? 2, true);
      return info.percent(text, negative && /[1-9]/.test(text));
    }
    case 'G': {
      const expChar = letter === 'g' ? 'e' : 'E';
      if (precision === undefined || precision === 0) {
        return integral ? numberToPSString(value) : withSign(generalText(shortestDigits(value), 15, expChar), negative);
      }
      return withSign(generalText(roundDigits(exact, precision, mode), precision, expChar), negative);
    }
    case 'R':
      return integral ? numberToPSString(value) : withSign(generalText(shortestDigits(value), 15, 'E'), negative);
    case 'X':
    case 'B': {
      if (!integral) throw formatError();
      const bits = value >= -2147483648 && value <= 4294967295 ? 32 : 64;
      const unsigned = BigInt.asUintN(bits, BigInt(value));
      const text = unsigned.toString(letter.toUpperCase() === 'X' ? 16 : 2);
      return (letter === 'X' ? text.toUpperCase() : text).padStart(precision ?? 0, '0');
    }
    default:
      throw formatError();
  }
}

// ---------------------------------------------------------------------------------------------
// Custom numeric format strings ("0.00", "#,##0", "0.#%", "(###) ###-####", "0.0E+00")

type Token =
  | { readonly kind: 'digit'; readonly zero: boolean }
  | { readonly kind: 'point' }
  | { readonly kind: 'comma' }
  | { readonly kind: 'percent' }
  | { readonly kind: 'permille' }
  | { readonly kind: 'exponent'; readonly text: string; readonly alwaysSign: boolean; readonly minDigits: number }
  | { readonly kind: 'literal'; readonly text: string };

/** Splits a custom format into its `;` sections, honouring quotes and backslash escapes. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      current += ch;
    } else if (ch === '\\' && i + 1 < format.length) {
      current += ch + (format[++i] as string);
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ';') {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections.slice(0, 3);
}

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string;
    switch (ch) {
      case '0':
      case '#':
        tokens.push({ kind: 'digit', zero: ch === '0' });
        break;
      case '.':
        tokens.push(tokens.some((t) => t.kind === 'point') ? { kind: 'literal', text: '' } : { kind: 'point' });
        break;
      case ',':
        tokens.push({ kind: 'comma' });
        break;
      case '%':
        tokens.push({ kind: 'percent' });
        break;
      case '\u2030':
        tokens.push({ kind: 'permille' });
        break;
      case 'E':
      case 'e': {
        const match = /^[eE]([+-]?)(0+)/.exec(section.slice(i));
        if (match === null) {
          tokens.push({ kind: 'literal', text: ch });
          break;
        }
        tokens.push({ kind: 'exponent', text: ch, alwaysSign: match[1] === '+', minDigits: (match[2] as string).length });
        i += match[0].length - 1;
        break;
      }
      case '\\':
        tokens.push({ kind: 'literal', text: section[++i] ?? '' });
        break;
      case '"':
      case "'": {
        const end = section.indexOf(ch, i + 1);
        tokens.push({ kind: 'literal', text: section.slice(i + 1, end < 0 ? undefined : end) });
        i = end < 0 ? section.length : end;
        break;
      }
      default:
        tokens.push({ kind: 'literal', text: ch });
    }
  }
  return tokens;
}

function formatCustom(value: number, format: string, info: NumberFormatInfo, integral: boolean): string {
  const sections = splitSections(format);
  let section = sections[0] ?? '';
  let signed = value < 0;
  if (value < 0 && sections.length > 1 && sections[1] !== '') {
    section = sections[1] as string;
    signed = false;
  } else if (value === 0 && sections.length > 2 && sections[2] !== '') section = sections[2] as string;
  const tokens = tokenize(section);
  const pointIndex = tokens.findIndex((t) => t.kind === 'point');
  const exponentIndex = tokens.findIndex((t) => t.kind === 'exponent');
  const integerEnd = pointIndex >= 0 ? pointIndex : exponentIndex >= 0 ? exponentIndex : tokens.length;
  const fractionEnd = exponentIndex >= 0 ? exponentIndex : tokens.length;
  // Commas: between integer digit placeholders they group; right before the point (or the end) they scale.
  let grouping = false;
  let scaleCommas = 0;
  const lastIntegerDigit = tokens.slice(0, integerEnd).map((t) => t.kind).lastIndexOf('digit');
  tokens.forEach((t, i) => {
    if (t.kind !== 'comma' || i >= integerEnd) return;
    if (i > lastIntegerDigit) scaleCommas++;
    else if (tokens.slice(0, i).some((p) => p.kind === 'digit')) grouping = true;
  });
  const integerDigits = tokens.slice(0, integerEnd).filter((t) => t.kind === 'digit') as { zero: boolean }[];
  const fractionDigits = pointIndex < 0 ? [] : (tokens.slice(pointIndex + 1, fractionEnd).filter((t) => t.kind === 'digit') as { zero: boolean }[]);
  const firstZero = integerDigits.findIndex((d) => d.zero);
  const minInteger = firstZero < 0 ? 0 : integerDigits.length - firstZero;
  const minFraction = fractionDigits.map((d) => d.zero).lastIndexOf(true) + 1;
  const scale =
    2 * tokens.filter((t) => t.kind === 'percent').length + 3 * tokens.filter((t) => t.kind === 'permille').length - 3 * scaleCommas;
  // .NET formats a double through 15 significant digits before applying a custom format.
  const base = integral ? exactDigits(value) : roundDigits(exactDigits(value), 15, 'even');
  let number: Digits = base.digits === '' ? ZERO : { digits: base.digits, point: base.point + scale };
  let exponent = 0;
  if (exponentIndex >= 0) {
    const width = Math.max(integerDigits.length, 1);
    if (number.digits !== '') {
      exponent = number.point - width;
      number = roundDigits({ digits: number.digits, point: width }, width + fractionDigits.length, 'away');
      if (number.point > width) {
        exponent += number.point - width;
        number = { digits: number.digits, point: width };
      }
    }
  } else number = roundDigits(number, number.point + fractionDigits.length, 'away');
  let integerText = number.point > 0 ? number.digits.slice(0, number.point).padEnd(number.point, '0') : '';
  integerText = integerText.padStart(minInteger, '0');
  let fractionText = number.point >= 0 ? number.digits.slice(number.point) : '0'.repeat(-number.point) + number.digits;
  fractionText = fractionText.padEnd(minFraction, '0');
  let out = '';
  let placeholder = 0;
  const emitDigit = (position: number): void => {
    out += integerText[position];
    const remaining = integerText.length - position - 1;
    if (grouping && remaining > 0 && remaining % 3 === 0) out += ',';
  };
  let fractionPlaceholder = 0;
  tokens.forEach((t, i) => {
    switch (t.kind) {
      case 'digit':
        if (i < integerEnd) {
          const position = integerText.length - integerDigits.length + placeholder;
          if (placeholder === 0) for (let p = 0; p < position; p++) emitDigit(p);
          if (position >= 0) emitDigit(position);
          placeholder++;
        } else if (fractionPlaceholder < fractionText.length) out += fractionText[fractionPlaceholder++];
        break;
      case 'point':
        if (integerDigits.length === 0) for (let p = 0; p < integerText.length; p++) emitDigit(p);
        if (fractionText.length > 0) out += '.';
        break;
      case 'percent':
        out += '%';
        break;
      case 'permille':
        out += '\u2030';
        break;
      case 'exponent':
        out += `${t.text}${exponent < 0 ? '-' : t.alwaysSign ? '+' : ''}${String(Math.abs(exponent)).padStart(t.minDigits, '0')}`;
        break;
      case 'literal':
        out += t.text;
        break;
      default:
        break;
    }
  });
  return signed && number.digits !== '' ? `-${out}` : out;
}
