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

/**
 * A .NET standard numeric format (`F2`, `N0`, `D5`, `X`, `P1`, `G`) applied to `value` in en-US; undefined for
 * a format pcsh does not know, so the caller can fall back to the plain text.
 */
export function formatNumberWithSpec(value: number, spec: string): string | undefined {
  const match = /^([FfNnDdXxPpGgEe])(\d{0,2})$/.exec(spec);
  if (match === null) return undefined;
  const letter = (match[1] as string).toUpperCase();
  const precision = match[2] === '' ? undefined : Number(match[2]);
  const fixed = (n: number, digits: number): string => {
    const text = Math.abs(n) >= 1e21 ? formatDouble(n) : n.toFixed(digits);
    return n < 0 && !text.startsWith('-') ? `-${text}` : text;
  };
  switch (letter) {
    case 'F':
      return fixed(value, precision ?? 2);
    case 'N': {
      const text = fixed(value, precision ?? 2);
      const [whole = '', fraction] = text.replace('-', '').split('.');
      const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      return `${text.startsWith('-') ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
    }
    case 'D':
      if (!Number.isInteger(value)) return undefined;
      return `${value < 0 ? '-' : ''}${String(Math.abs(value)).padStart(precision ?? 0, '0')}`;
    case 'X': {
      if (!Number.isInteger(value)) return undefined;
      const hex = (value < 0 ? BigInt.asUintN(32, BigInt(value)) : BigInt(value)).toString(16).padStart(precision ?? 0, '0');
      return match[1] === 'x' ? hex : hex.toUpperCase();
    }
    case 'P':
      return `${fixed(value * 100, precision ?? 2)} %`;
    case 'E': {
      const text = value.toExponential(precision ?? 6);
      const [mantissa = '', exponent = '0'] = text.split('e');
      const sign = exponent.startsWith('-') ? '-' : '+';
      const e = `${match[1] === 'e' ? 'e' : 'E'}${sign}${exponent.replace(/^[+-]/, '').padStart(3, '0')}`;
      return mantissa + e;
    }
    default:
      return precision === undefined ? formatNumber(value) : String(Number(value.toPrecision(precision)));
  }
}
