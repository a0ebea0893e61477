/**
 * The `ToString()` of typed .NET objects pcsh models as PSObjects (TimeSpan, regex Match and Group):
 * remembered per object, so string conversion prints what .NET's ToString would (`00:01:30`, the match
 * value) instead of the type name.
 */
import type { PSObject } from '../ps-object.js';

const strings = new WeakMap<PSObject, string>();

/** Records `text` as `value.ToString()` and returns `value`. */
export function withToString<T extends PSObject>(value: T, text: string): T {
  strings.set(value, text);
  return value;
}

/** The recorded `ToString()` of a PSObject, if any. */
export function recordedToString(value: PSObject): string | undefined {
  return strings.get(value);
}
