/**
 * .NET's text for numbers, which pwsh prints and Newtonsoft writes: `1E+15`, `1E-05`, `0.1`, `1.50` (`F`).
 * JavaScript's own forms differ (`1e+21`, `0.00001`), so display and JSON go through these helpers.
 */
// pwsh runs on .NET 8: Double.ToString() is the shortest round-trippable text (since .NET Core 3.0), in fixed
// notation when the decimal exponent E satisfies -5 < E < 15, else `d.dddE+XX` (at least two exponent digits).

/** `Double.ToString()` in en-US / invariant culture: shortest round-trip digits, .NET's exponent rules. */
export function formatDouble(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '\u221e';
  if (value === -Infinity) return '-\u221e';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const [mantissa = '0', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  let text: string;
  if (exponent > -5 && exponent < 15) {
    if (exponent >= 0) {
      const intPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
      const fraction = digits.slice(exponent + 1);
      text = fraction === '' ? intPart : `${intPart}.${fraction}`;
    } else {
      text = `0.${'0'.repeat(-exponent - 1)}${digits}`;
    }
  } else {
    const head = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const sign = exponent < 0 ? '-' : '+';
    text = `${head}E${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return negative ? `-${text}` : text;
}

/** The text of an integral value (Int32/Int64), never in exponent form. */
export function formatInteger(value: number): string {
  return Math.abs(value) < 1e21 ? BigInt(value).toString() : formatDouble(value);
}

/** A number as pwsh displays it: integers as digits, other values as `Double.ToString()`. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) && !Object.is(value, -0) ? formatInteger(value) : formatDouble(value);
}

/** `ToString("F")` in en-US: two decimals, rounded half away from zero on the exact value. */
export function formatFixed2(value: number): string {
  if (!Number.isFinite(value)) return formatDouble(value);
  if (Math.abs(value) >= 1e21) return formatDouble(value);
  const text = value.toFixed(2);
  return Object.is(value, -0) || (value < 0 && !text.startsWith('-')) ? `-${text}` : text;
}
