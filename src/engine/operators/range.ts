/**
 * The range operator `a..b`: integers counting up or down, or characters when both ends are a single
 * non-digit character (`'a'..'e'`).
 */
// pwsh: engine/lang/parserutils.cs (ParserOps.RangeOperator, AsChar), Operations/NumericOps.cs (IntOps.Range).
import { typeName } from '../conversion.js';
import { PSEnumValue } from '../ps-object.js';
import { parseDotNetInteger, roundToIntegral } from '../number-parse.js';
import { CoreLibStrings } from '../strings/CoreLibStrings.js';
import { format } from '../strings/format.js';
import { dotNetError } from './interpreter-error.js';

function asChar(value: unknown): string | undefined {
  return typeof value === 'string' && value.length === 1 && !/\p{Nd}/u.test(value) ? value : undefined;
}

/** .NET `Convert.ToInt32(object)` as the range operator uses it. */
function toInt32(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof PSEnumValue) return value.value;
  if (typeof value === 'number') {
    const rounded = roundToIntegral(value, 'Int32');
    if (rounded === undefined) throw dotNetError(CoreLibStrings.Overflow_Int32, 'System.OverflowException');
    return rounded;
  }
  if (typeof value === 'string') {
    const parsed = parseDotNetInteger(value);
    if (parsed === 'format') throw dotNetError(format(CoreLibStrings.Format_InvalidStringWithValue, value), 'System.FormatException');
    if (parsed < -(2n ** 31n) || parsed >= 2n ** 31n) throw dotNetError(CoreLibStrings.Overflow_Int32, 'System.OverflowException');
    return Number(parsed);
  }
  throw dotNetError(`Unable to cast object of type '${typeName(value)}' to type 'System.IConvertible'.`, 'System.InvalidCastException');
}

/** `left..right`. */
export function range(left: unknown, right: unknown): unknown[] {
  const lc = asChar(left);
  const rc = asChar(right);
  if (lc !== undefined && rc !== undefined) {
    const from = lc.charCodeAt(0);
    const to = rc.charCodeAt(0);
    const step = from <= to ? 1 : -1;
    const chars: string[] = [];
    for (let c = from; ; c += step) {
      chars.push(String.fromCharCode(c));
      if (c === to) break;
    }
    return chars;
  }
  const from = toInt32(left);
  const to = toInt32(right);
  const result: number[] = new Array<number>(Math.abs(to - from) + 1);
  const step = from <= to ? 1 : -1;
  for (let i = 0, v = from; i < result.length; i++, v += step) result[i] = v;
  return result;
}
