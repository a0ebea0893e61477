/**
 * Reading numbers out of strings the way pwsh does when it converts a string to a number: first with its
 * own number-literal rules (`0x1F`, `1kb`, `1e3`, `2l`), then, when those fail, with .NET's
 * `Int32.Parse` / `Double.Parse` in the invariant culture.
 */
// pwsh: engine/parser/Parser.cs ScanNumber (the tokenizer with AllowSignedNumbers) and
// engine/LanguagePrimitives.cs ConvertStringToInteger / ConvertStringToReal / ConvertNumericThroughDouble.

/** The numeric .NET types pcsh distinguishes. */
export type NumericTypeName = 'Int32' | 'Int64' | 'Double' | 'Decimal';

/** A number read from text, with the .NET type pwsh would give it. */
export interface ScannedNumber {
  readonly value: number;
  readonly numberType: NumericTypeName;
}

const MULTIPLIERS: Readonly<Record<string, number>> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

// sign, body (hex, binary or decimal), type suffix, multiplier.
const LITERAL =
  /^([+\-\u2013\u2014\u2015])?(?:0x([0-9a-f]+)|0b([01]+)|((?:\d+\.?\d*|\.\d+)(?:e[+\-\u2013\u2014\u2015]?\d+)?))(ul|us|uy|u|l|d|n|s|y)?(kb|mb|gb|tb|pb)?$/i;

/** The type of an integral value as pwsh's tokenizer picks it: Int32, else Int64, else Decimal, else Double. */
function integralType(value: bigint): NumericTypeName {
  if (value >= BigInt(INT32_MIN) && value <= BigInt(INT32_MAX)) return 'Int32';
  if (value >= INT64_MIN && value <= INT64_MAX) return 'Int64';
  return value < 2n ** 96n && value > -(2n ** 96n) ? 'Decimal' : 'Double';
}

/**
 * pwsh's number-literal scan of a whole string (`Parser.ScanNumber` without coercion): leading and trailing
 * white space are ignored, an empty string is 0, and anything that is not one numeric literal gives undefined.
 */
export function scanNumber(text: string): ScannedNumber | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { value: 0, numberType: 'Int32' };
  const match = LITERAL.exec(trimmed);
  if (match === null) return undefined;
  const [, sign, hex, binary, decimal, suffixText, multiplierText] = match;
  const negative = sign !== undefined && sign !== '+';
  const suffix = suffixText?.toLowerCase();
  const multiplier = multiplierText === undefined ? 1 : (MULTIPLIERS[multiplierText.toLowerCase()] ?? 1);
  if (suffix === 'n' || suffix === 'y' || suffix === 'uy' || suffix === 's' || suffix === 'us') {
    // BigInteger, byte and short literals: pcsh keeps their value as a plain number.
    if (decimal !== undefined && /[.e]/i.test(decimal)) return undefined;
  }
  if (hex !== undefined || binary !== undefined) {
    let bits = hex !== undefined ? BigInt(`0x${hex}`) : BigInt(`0b${binary}`);
    const digits = hex !== undefined ? hex.length * 4 : (binary?.length ?? 0);
    // pwsh reads 0xFFFFFFFF as the Int32 -1 and 0xFFFFFFFFFFFFFFFF as the Int64 -1 (two's complement).
    if (suffix === undefined || suffix === 'l') {
      if (suffix === undefined && digits <= 32 && bits <= 0xffffffffn) bits = BigInt.asIntN(32, bits);
      else if (bits <= 0xffffffffffffffffn) bits = BigInt.asIntN(64, bits);
      else return undefined;
    }
    const value = (negative ? -bits : bits) * BigInt(multiplier);
    return { value: Number(value), numberType: suffix === 'l' ? 'Int64' : integralType(value) };
  }
  if (decimal === undefined) return undefined;
  const real = /[.e]/i.test(decimal);
  const magnitude = Number(decimal.replace(/[\u2013\u2014\u2015]/g, '-'));
  const value = (negative ? -magnitude : magnitude) * multiplier;
  if (suffix === 'd') return { value, numberType: 'Decimal' };
  if (suffix === 'l') {
    if (!Number.isInteger(value) || Math.abs(value) > 2 ** 63) return undefined;
    return { value, numberType: 'Int64' };
  }
  if (real) return { value, numberType: 'Double' };
  const integral = BigInt(decimal) * (negative ? -1n : 1n) * BigInt(multiplier);
  const numberType = integralType(integral);
  return { value: Number(integral), numberType };
}

const DOTNET_INTEGER = /^[\s]*([+-])?(\d+)[\s]*$/;
const DOTNET_FLOAT = /^\s*([+-])?((?:\d[\d,]*)?(?:\.\d*)?)(?:[eE]([+-]?\d+))?\s*$/;

/**
 * .NET `Int64.Parse(text, NumberStyles.Integer, InvariantCulture)`: 'format' when the text is not an
 * optionally signed run of digits, else the exact value (range checks are the caller's).
 */
export function parseDotNetInteger(text: string): bigint | 'format' {
  const match = DOTNET_INTEGER.exec(text);
  if (match === null) return 'format';
  const value = BigInt(match[2] ?? '0');
  return match[1] === '-' ? -value : value;
}

/**
 * .NET `Double.Parse(text, NumberStyles.Float | AllowThousands, InvariantCulture)`, as
 * `Convert.ChangeType(string, typeof(double))` calls it; undefined when the text is not a number.
 */
export function parseDotNetDouble(text: string): number | undefined {
  const special = text.trim().toLowerCase();
  if (special === 'nan') return NaN;
  if (special === 'infinity' || special === '+infinity' || special === '\u221e') return Infinity;
  if (special === '-infinity' || special === '-\u221e') return -Infinity;
  const match = DOTNET_FLOAT.exec(text);
  if (match === null) return undefined;
  const body = (match[2] ?? '').replace(/,/g, '');
  if (!/\d/.test(body)) return undefined;
  const value = Number(`${body}${match[3] === undefined ? '' : `e${match[3]}`}`);
  return match[1] === '-' ? -value : value;
}

/**
 * .NET `Convert.ToInt32(double)` / `ToInt64(double)`: rounds half to even; undefined when the result is
 * out of the type's range (the caller raises the OverflowException text).
 */
export function roundToIntegral(value: number, type: 'Int32' | 'Int64'): number | undefined {
  if (Number.isNaN(value)) return undefined;
  let rounded = Math.round(value);
  if (Math.abs(value % 1) === 0.5 && rounded % 2 !== 0) rounded -= 1;
  if (Object.is(rounded, -0)) rounded = 0;
  if (type === 'Int32') return rounded >= INT32_MIN && rounded <= INT32_MAX ? rounded : undefined;
  return rounded >= -(2 ** 63) && rounded < 2 ** 63 ? rounded : undefined;
}
