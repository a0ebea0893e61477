/**
 * `System.TimeSpan` values (`$end - $start`, `$date.Subtract($other)`), held as PSObjects with TimeSpan's
 * properties so `.TotalSeconds`, `.Days` and Format-List work without a dedicated value class.
 */
import { formatTimeSpan } from '../datetime-format.js';
import { PSObject } from '../ps-object.js';
import { withToString } from './object-strings.js';

/** PSObject.TypeNames of a TimeSpan. */
export const TimeSpanTypeNames: readonly string[] = ['System.TimeSpan', 'System.ValueType', 'System.Object'];

/** A TimeSpan of `milliseconds` (.NET ticks are 100 ns; pcsh keeps millisecond precision). */
export function newTimeSpan(milliseconds: number): PSObject {
  const sign = milliseconds < 0 ? -1 : 1;
  const abs = Math.abs(milliseconds);
  const part = (unit: number, modulo: number): number => sign * Math.floor((abs / unit) % modulo) || 0;
  const span = new PSObject(TimeSpanTypeNames, [
    ['Ticks', milliseconds * 10000],
    ['Days', sign * Math.floor(abs / 86400000) || 0],
    ['Hours', part(3600000, 24)],
    ['Milliseconds', part(1, 1000)],
    ['Microseconds', 0],
    ['Nanoseconds', 0],
    ['Minutes', part(60000, 60)],
    ['Seconds', part(1000, 60)],
    ['TotalDays', milliseconds / 86400000],
    ['TotalHours', milliseconds / 3600000],
    ['TotalMilliseconds', milliseconds],
    ['TotalMicroseconds', milliseconds * 1000],
    ['TotalNanoseconds', milliseconds * 1000000],
    ['TotalMinutes', milliseconds / 60000],
    ['TotalSeconds', milliseconds / 1000],
  ]);
  return withToString(span, formatTimeSpan(milliseconds));
}

/** The length in milliseconds of a TimeSpan made by {@link newTimeSpan}; undefined for anything else. */
export function timeSpanMilliseconds(value: unknown): number | undefined {
  if (!(value instanceof PSObject) || value.typeNames[0] !== 'System.TimeSpan') return undefined;
  const ticks = value.getProperty('Ticks')?.value;
  return typeof ticks === 'number' ? ticks / 10000 : undefined;
}
