/**
 * en-US text for DateTime values, as pwsh shows them: `ToString()` (`G`: `1/2/2024 3:04:05 PM`) in lists,
 * tables and `@{...}`, and the `DateTime` property (`Tuesday, January 2, 2024 3:04:05 PM`) for a bare date.
 * pcsh pins the en-US culture with a plain space before AM/PM (newer ICU data puts U+202F there).
 */
// pwsh: DotNetTypes_format_ps1xml.cs (System.DateTime view: the DateTime script property, types.ps1xml
// `{0:D} {0:T}`), .NET en-US DateTimeFormatInfo (ShortDatePattern M/d/yyyy, LongTimePattern h:mm:ss tt,
// LongDatePattern dddd, MMMM d, yyyy).
import type { PSDateTime } from '../engine/ps-object.js';

const DayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MonthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function longTime(date: PSDateTime): string {
  const { hour, minute, second } = date.fields;
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${hour12}:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** `ToString()` in en-US (the `G` pattern): `1/2/2024 3:04:05 PM`. */
export function dateTimeGeneral(date: PSDateTime): string {
  const { year, month, day } = date.fields;
  return `${month}/${day}/${String(year).padStart(4, '0')} ${longTime(date)}`;
}

/** The `DateTime` property pwsh shows for a bare date: `Tuesday, January 2, 2024 3:04:05 PM`. */
export function dateTimeLong(date: PSDateTime): string {
  const { year, month, day, dayOfWeek } = date.fields;
  return `${DayNames[dayOfWeek] ?? ''}, ${MonthNames[month - 1] ?? ''} ${day}, ${String(year).padStart(4, '0')} ${longTime(date)}`;
}

/** `ToString()` in the invariant culture: `01/02/2024 15:04:05`. */
export function dateTimeInvariant(date: PSDateTime): string {
  const { year, month, day, hour, minute, second } = date.fields;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(month)}/${two(day)}/${String(year).padStart(4, '0')} ${two(hour)}:${two(minute)}:${two(second)}`;
}
