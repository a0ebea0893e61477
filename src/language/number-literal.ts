/**
 * The value of a scanned numeric literal: pwsh's rules for choosing Int32, Int64, Decimal or Double.
 */
// pwsh: engine/parser/tokenizer.cs, TryGetNumberValue.

/** The .NET type pwsh gives a numeric literal. */
export type NumberType = 'Int32' | 'Int64' | 'Double' | 'Decimal';

/** Type suffixes of a numeric literal, as flags (`u`, `y`, `s`, `l`, `d`, `n`). */
export const enum NumberSuffix {
  None = 0x0,
  Unsigned = 0x1,
  SignedByte = 0x2,
  UnsignedByte = 0x3,
  Short = 0x4,
  UnsignedShort = 0x5,
  Long = 0x8,
  UnsignedLong = 0x9,
  Decimal = 0x10,
  BigInteger = 0x20,
}

/** `0x` hex, `0b` binary or plain decimal digits. */
export const enum NumberFormat {
  Decimal,
  Hex,
  Binary,
}

/** What the tokenizer scanned: the digits (with sign, dot and exponent), format, suffix and multiplier. */
export interface ScannedNumber {
  readonly digits: string;
  readonly format: NumberFormat;
  readonly suffix: NumberSuffix;
  readonly real: boolean;
  readonly multiplier: number;
}

/** A literal's value; `unsupported` marks a valid pwsh literal of a type pcsh does not model (`1uy`, `1n`). */
export type NumberValue =
  | { readonly ok: true; readonly value: number; readonly numberType: NumberType }
  | { readonly ok: false; readonly unsupported: boolean };

const INT32_MIN = -(2n ** 31n);
const INT32_MAX = 2n ** 31n - 1n;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const DECIMAL_MAX = 2n ** 96n - 1n;

const FAIL: NumberValue = { ok: false, unsupported: false };
const UNSUPPORTED: NumberValue = { ok: false, unsupported: true };

function result(value: number, numberType: NumberType): NumberValue {
  return { ok: true, value, numberType };
}

function fitsSuffix(value: bigint, suffix: NumberSuffix): boolean {
  switch (suffix) {
    case NumberSuffix.SignedByte: return value >= -128n && value <= 127n;
    case NumberSuffix.UnsignedByte: return value >= 0n && value <= 255n;
    case NumberSuffix.Short: return value >= -32768n && value <= 32767n;
    case NumberSuffix.UnsignedShort: return value >= 0n && value <= 65535n;
    case NumberSuffix.Unsigned:
    case NumberSuffix.UnsignedLong: return value >= 0n && value <= 2n ** 64n - 1n;
    case NumberSuffix.BigInteger: return true;
    default: return false;
  }
}

/** Parses hex digits as .NET `BigInteger.Parse(AllowHexSpecifier)`: a leading digit of 8 or more is negative. */
function parseHex(digits: string): bigint {
  let value = BigInt(`0x${digits}`);
  if (parseInt(digits[0] ?? '0', 16) >= 8) value -= 1n << BigInt(4 * digits.length);
  return value;
}

/** Parses binary digits; a full-width (8, 16, 32, 64, 96, 128+ digits) literal with its top bit set is negative. */
// pwsh: engine/Utils.cs, ParseBinary.
function parseBinary(digits: string, unsigned: boolean): bigint {
  let value = BigInt(`0b${digits}`);
  const width = digits.length;
  const signed = width === 8 || width === 16 || width === 32 || width === 64 || width === 96 || width >= 128;
  if (!unsigned && digits[0] === '1' && signed) {
    value -= 1n << BigInt(width);
  }
  return value;
}

function integerValue(scanned: ScannedNumber): { value: bigint; suffix: NumberSuffix } | undefined {
  let { digits, suffix } = scanned;
  let multiplier = BigInt(scanned.multiplier);
  if (scanned.format === NumberFormat.Decimal) {
    if (!/^[+-]?\d+$/.test(digits)) return undefined;
    return { value: BigInt(digits) * multiplier, suffix };
  }
  const first = digits[0];
  if (first === '-' || first === '+') {
    if (first === '-') multiplier = -multiplier;
    digits = digits.slice(1);
  }
  if (digits.length === 0) return undefined;
  let value: bigint;
  if (scanned.format === NumberFormat.Hex) {
    // The scanner prepends a 0; drop it when the digits fill the type exactly, so the sign bit counts.
    if ((suffix & NumberSuffix.Unsigned) === 0) {
      const expected = suffix === NumberSuffix.SignedByte ? 2 : suffix === NumberSuffix.Short ? 4
        : suffix === NumberSuffix.Long ? 16 : digits.length < 16 ? 8 : 16;
      if (digits.length === expected + 1) digits = digits.slice(1);
    }
    value = parseHex(digits);
    if (digits.length === 16 && (suffix === NumberSuffix.None || suffix === NumberSuffix.Unsigned)) suffix |= NumberSuffix.Long;
  } else {
    value = parseBinary(digits, (suffix & NumberSuffix.Unsigned) !== 0);
    if (digits.length === 64 && (suffix === NumberSuffix.None || suffix === NumberSuffix.Unsigned)) suffix |= NumberSuffix.Long;
  }
  return { value: value * multiplier, suffix };
}

/** Converts a scanned literal to its value, or reports that pwsh would reject it (BadNumericConstant). */
export function numberValue(scanned: ScannedNumber): NumberValue {
  const { suffix } = scanned;
  if (!scanned.real && suffix === NumberSuffix.None && scanned.format === NumberFormat.Decimal
    && scanned.digits.length <= 9 && scanned.multiplier === 1) {
    // Fast path: up to nine digits always fit an Int32.
    const value = Number(scanned.digits);
    if (Number.isInteger(value)) return result(value, 'Int32');
  }
  if (scanned.real) {
    const parsed = Number(scanned.digits);
    if (Number.isNaN(parsed)) return FAIL;
    const value = parsed * scanned.multiplier;
    if (suffix === NumberSuffix.None) return result(value, 'Double');
    if (suffix === NumberSuffix.Decimal) return result(value, 'Decimal');
    if (suffix === NumberSuffix.Long) {
      const rounded = Math.round(value);
      return BigInt(rounded) >= INT64_MIN && BigInt(rounded) <= INT64_MAX ? result(rounded, 'Int64') : FAIL;
    }
    return Number.isFinite(value) && fitsSuffix(BigInt(Math.round(value)), suffix) ? UNSUPPORTED : FAIL;
  }
  const integer = integerValue(scanned);
  if (integer === undefined) return FAIL;
  const { value } = integer;
  switch (integer.suffix) {
    case NumberSuffix.None:
      if (value >= INT32_MIN && value <= INT32_MAX) return result(Number(value), 'Int32');
      if (value >= INT64_MIN && value <= INT64_MAX) return result(Number(value), 'Int64');
      if (scanned.format !== NumberFormat.Decimal) return FAIL;
      if (value >= -DECIMAL_MAX && value <= DECIMAL_MAX) return result(Number(value), 'Decimal');
      return result(Number(value), 'Double');
    case NumberSuffix.Long:
      return value >= INT64_MIN && value <= INT64_MAX ? result(Number(value), 'Int64') : FAIL;
    case NumberSuffix.Decimal:
      return value >= -DECIMAL_MAX && value <= DECIMAL_MAX ? result(Number(value), 'Decimal') : FAIL;
    default:
      return fitsSuffix(value, integer.suffix) ? UNSUPPORTED : FAIL;
  }
}
