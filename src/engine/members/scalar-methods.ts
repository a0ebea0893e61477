/**
 * Methods of numbers, booleans, dates, enums, script blocks and PSObjects: `ToString(format)` in en-US,
 * `CompareTo`, `Equals`, DateTime's `AddDays`…`ToUniversalTime`, `HasFlag`, `ScriptBlock.Invoke()`.
 */
// .NET: Int32/Double/Boolean/DateTime/Enum members; pwsh: ScriptBlock.Invoke.
import { compareDates, convertTo, psCompare, toDotNetString, toPSString } from '../conversion.js';
import { formatDateTime, instantMilliseconds, wallClockMilliseconds } from '../datetime-format.js';
import { PSDateTime, PSEnumValue, PSObject } from '../ps-object.js';
import type { ScriptBlock } from '../script-block.js';
import { PSTypes } from '../type-info.js';
import { lazyMethodTable, overload, type MethodTable } from './method-binding.js';
import { newTimeSpan, timeSpanMilliseconds } from './timespan.js';

const D = PSTypes.Double;
const I = PSTypes.Int32;
const S = PSTypes.String;

/** Methods of Int32, Int64 and Double values. */
export const NumberMethods: MethodTable<number> = lazyMethodTable<number>(() => ({
  ToString: [
    overload([], (n) => toDotNetString(n)),
    overload([['format', S]], (n, [f]) => toDotNetString(n, f as string)),
    overload([['format', S], ['provider']], (n, [f]) => toDotNetString(n, f as string)),
  ],
  CompareTo: [overload([['value', D]], (n, [v]) => Math.sign(n - (v as number)))],
  Equals: [overload([['obj']], (n, [v]) => typeof v === 'number' && v === n)],
}));

/** Methods of Boolean values. */
export const BooleanMethods: MethodTable<boolean> = lazyMethodTable<boolean>(() => ({
  ToString: [overload([], (b) => toPSString(b)), overload([['provider']], (b) => toPSString(b))],
  CompareTo: [overload([['value', PSTypes.Boolean]], (b, [v]) => Math.sign(Number(b) - Number(v)))],
  Equals: [overload([['obj']], (b, [v]) => b === v)],
}));

function shift(d: PSDateTime, milliseconds: number): PSDateTime {
  return new PSDateTime(d.utcMilliseconds + milliseconds, d.dateTimeKind);
}

/** DateTime.AddMonths / AddYears: the day is clamped to the target month's length. */
function addMonths(d: PSDateTime, months: number): PSDateTime {
  const wall = new Date(wallClockMilliseconds(d));
  const day = wall.getUTCDate();
  wall.setUTCDate(1);
  wall.setUTCMonth(wall.getUTCMonth() + months);
  const last = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + 1, 0)).getUTCDate();
  wall.setUTCDate(Math.min(day, last));
  return shift(d, wall.getTime() - wallClockMilliseconds(d));
}

const adder = (unit: number) => overload<PSDateTime>([['value', D]], (d, [v]) => shift(d, (v as number) * unit));

/** Methods of DateTime values. */
export const DateTimeMethods: MethodTable<PSDateTime> = lazyMethodTable<PSDateTime>(() => ({
  ToString: [
    overload([], (d) => formatDateTime(d, undefined)),
    overload([['format', S]], (d, [f]) => formatDateTime(d, f as string)),
    overload([['format', S], ['provider']], (d, [f]) => formatDateTime(d, f as string)),
  ],
  ToShortDateString: [overload([], (d) => formatDateTime(d, 'd'))],
  ToLongDateString: [overload([], (d) => formatDateTime(d, 'D'))],
  ToShortTimeString: [overload([], (d) => formatDateTime(d, 't'))],
  ToLongTimeString: [overload([], (d) => formatDateTime(d, 'T'))],
  AddMilliseconds: [adder(1)],
  AddSeconds: [adder(1000)],
  AddMinutes: [adder(60000)],
  AddHours: [adder(3600000)],
  AddDays: [adder(86400000)],
  AddTicks: [adder(0.0001)],
  AddMonths: [overload([['months', I]], (d, [m]) => addMonths(d, m as number))],
  AddYears: [overload([['value', I]], (d, [y]) => addMonths(d, (y as number) * 12))],
  Add: [overload([['value']], (d, [span]) => shift(d, timeSpanMilliseconds(span) ?? 0))],
  Subtract: [
    overload([['value']], (d, [v]) =>
      v instanceof PSDateTime ? newTimeSpan(wallClockMilliseconds(d) - wallClockMilliseconds(v)) : shift(d, -(timeSpanMilliseconds(v) ?? 0)),
    ),
  ],
  ToUniversalTime: [overload([], (d) => (d.dateTimeKind === 'Utc' ? d : new PSDateTime(instantMilliseconds(d), 'Utc')))],
  ToLocalTime: [overload([], (d) => (d.dateTimeKind === 'Local' ? d : new PSDateTime(d.utcMilliseconds, 'Local')))],
  CompareTo: [overload([['value', PSTypes.DateTime]], (d, [v]) => compareDates(d, v as PSDateTime))],
  Equals: [overload([['value']], (d, [v]) => v instanceof PSDateTime && compareDates(d, v) === 0)],
}));

/** Methods of enum values. */
export const EnumMethods: MethodTable<PSEnumValue> = lazyMethodTable<PSEnumValue>(() => ({
  ToString: [overload([], (e) => e.name), overload([['format', S]], (e, [f]) => toDotNetString(e, f as string))],
  HasFlag: [
    overload([['flag']], (e, [f]) => {
      const flag = (convertTo(f, { fullName: e.enumType.fullName, name: e.enumType.name, syntaxName: e.enumType.name, enumType: e.enumType }) as PSEnumValue).value;
      return (e.value & flag) === flag;
    }),
  ],
  CompareTo: [overload([['target']], (e, [v]) => psCompare(e, v))],
  Equals: [overload([['obj']], (e, [v]) => v instanceof PSEnumValue && v.enumType.fullName === e.enumType.fullName && v.value === e.value)],
}));

/** Methods of PSObjects (PSCustomObject's ToString is empty; typed objects print their type name). */
export const PSObjectMethods: MethodTable<PSObject> = lazyMethodTable<PSObject>(() => ({
  ToString: [overload([], (o) => (o.isCustomObject ? '' : toPSString(o)))],
  Equals: [overload([['obj']], (o, [v]) => o === v)],
}));

/** Methods of script blocks. */
export const ScriptBlockMethods: MethodTable<ScriptBlock> = lazyMethodTable<ScriptBlock>(() => ({
  Invoke: [overload([], (b, _args, context) => context.invokeScriptBlock(b, undefined))],
  InvokeReturnAsIs: [
    overload([], async (b, _args, context) => {
      const results = await context.invokeScriptBlock(b, undefined);
      return results.length === 1 ? results[0] : results;
    }),
  ],
  ToString: [overload([], (b) => b.toString())],
}));
