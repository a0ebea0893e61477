/**
 * How Sort-Object, Group-Object, Select-Object -Unique and Measure-Object compare values: numbers as numbers,
 * strings in the en-US culture (case-insensitive unless asked), dates by time, enums by value, `$null` first,
 * and anything else by its string form.
 */
// pwsh: commands/utility/ObjectCommandComparer.cs (ObjectCommandComparer.Compare: LanguagePrimitives.TryCompare,
// else a culture string comparison of ToString()).
import { PSDateTime, PSEnumValue } from '../engine/ps-object.js';
import { displayString } from './value-display.js';

const insensitive = new Intl.Collator('en-US', { sensitivity: 'accent' });
const sensitive = new Intl.Collator('en-US', { sensitivity: 'variant', caseFirst: 'lower' });

/** A culture-aware comparison of two strings (CompareInfo.Compare with IgnoreCase unless `caseSensitive`). */
export function compareStrings(a: string, b: string, caseSensitive = false): number {
  return Math.sign((caseSensitive ? sensitive : insensitive).compare(a, b));
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof PSEnumValue) return value.value;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isNaN(n) ? undefined : n;
  }
  return undefined;
}

/** -1, 0 or 1, as ObjectCommandComparer.Compare orders `first` and `second` ascending. */
export function compareValues(first: unknown, second: unknown, caseSensitive = false): number {
  const firstNull = first === null || first === undefined;
  const secondNull = second === null || second === undefined;
  if (firstNull && secondNull) return 0;
  if (firstNull) return -1;
  if (secondNull) return 1;
  if (typeof first === 'string') return compareStrings(first, displayString(second), caseSensitive);
  if (first instanceof PSDateTime && second instanceof PSDateTime) {
    return Math.sign(first.utcMilliseconds - second.utcMilliseconds);
  }
  if (typeof first === 'boolean') {
    const other = typeof second === 'boolean' ? second : asNumber(second);
    if (other !== undefined) return Math.sign(Number(first) - Number(other));
  }
  if (typeof first === 'number' || first instanceof PSEnumValue) {
    const a = asNumber(first) as number;
    const b = asNumber(second);
    if (b !== undefined) return a === b ? 0 : a < b ? -1 : 1;
  }
  return compareStrings(displayString(first), displayString(second), caseSensitive);
}

/** True when two values compare equal. */
export function valuesEqual(first: unknown, second: unknown, caseSensitive = false): boolean {
  return compareValues(first, second, caseSensitive) === 0;
}
