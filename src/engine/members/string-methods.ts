/**
 * The System.String methods scripts call: Trim, Split, Replace, Substring, IndexOf, PadLeft, ... with
 * .NET's semantics (ordinal, case-sensitive unless a StringComparison says otherwise) and exception texts.
 */
// .NET: System.String (String.Manipulation.cs, String.Searching.cs, String.Comparison.cs).
import { compareStrings, toPSString } from '../conversion.js';
import type { PSEnumValue } from '../ps-object.js';
import { CoreLibStrings } from '../strings/CoreLibStrings.js';
import { BuiltInEnums } from '../type-resolver.js';
import { enumTypeInfo, PSTypes } from '../type-info.js';
import { dotNetException, lazyMethodTable, overload, type MethodTable } from './method-binding.js';

const S = PSTypes.String;
const I = PSTypes.Int32;
const B = PSTypes.Boolean;
const COMPARISON = enumTypeInfo(BuiltInEnums.StringComparison);
const SPLIT_OPTIONS = enumTypeInfo(BuiltInEnums.StringSplitOptions);

/** StringComparison values ending in IgnoreCase (1, 3, 5). */
function ignoresCase(comparison: unknown): boolean {
  return ((comparison as PSEnumValue).value & 1) === 1;
}

function outOfRange(message: string, parameter: string): never {
  throw dotNetException(message, 'System.ArgumentOutOfRangeException', parameter);
}

function checkIndex(s: string, start: number, parameter = 'startIndex'): void {
  if (start < 0) outOfRange(CoreLibStrings.ArgumentOutOfRange_StartIndex, parameter);
  if (start > s.length) outOfRange(CoreLibStrings.ArgumentOutOfRange_StartIndexLargerThanLength, parameter);
}

function substring(s: string, start: number, length = s.length - start): string {
  checkIndex(s, start);
  if (length < 0) outOfRange(CoreLibStrings.ArgumentOutOfRange_NegativeLength, 'length');
  if (start + length > s.length) outOfRange(CoreLibStrings.ArgumentOutOfRange_IndexLength, 'length');
  return s.slice(start, start + length);
}

/** The characters of a `char[]` argument (a string, or an array of strings). */
function charSet(value: unknown): Set<string> {
  const items = Array.isArray(value) ? value.map((v) => toPSString(v)) : [toPSString(value)];
  return new Set(items.join('').split(''));
}

function trim(s: string, chars: Set<string> | undefined, start: boolean, end: boolean): string {
  const strip = (c: string): boolean => (chars === undefined || chars.size === 0 ? /\s/.test(c) : chars.has(c));
  let i = 0;
  let j = s.length;
  if (start) while (i < j && strip(s[i] as string)) i++;
  if (end) while (j > i && strip(s[j - 1] as string)) j--;
  return s.slice(i, j);
}

/** String.Split with separators (none: white space), an optional count and StringSplitOptions. */
function splitString(s: string, separators: readonly string[], count = Number.MAX_SAFE_INTEGER, options = 0): string[] {
  if (count < 0) outOfRange(CoreLibStrings.ArgumentOutOfRange_NegativeCount, 'count');
  const pieces: string[] = [];
  const add = (piece: string): void => {
    const value = (options & 2) !== 0 ? piece.trim() : piece;
    if ((options & 1) === 0 || value.length > 0) pieces.push(value);
  };
  if (count === 0) return pieces;
  const whiteSpace = separators.length === 0;
  const seps = separators.filter((x) => x.length > 0);
  let start = 0;
  let i = 0;
  while (i < s.length && pieces.length < count - 1 && (whiteSpace || seps.length > 0)) {
    const sep = whiteSpace ? (/\s/.test(s[i] as string) ? (s[i] as string) : undefined) : seps.find((x) => s.startsWith(x, i));
    if (sep === undefined) {
      i++;
      continue;
    }
    add(s.slice(start, i));
    i += sep.length;
    start = i;
  }
  add(s.slice(start));
  return pieces;
}

function separatorsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => toPSString(v)) : [toPSString(value)];
}

function indexOf(s: string, value: string, start: number, ignoreCase: boolean, last: boolean): number {
  checkIndex(s, start);
  const hay = ignoreCase ? s.toLowerCase() : s;
  const needle = ignoreCase ? value.toLowerCase() : value;
  return last ? hay.lastIndexOf(needle) : hay.indexOf(needle, start);
}

function pad(s: string, width: number, ch: string, left: boolean): string {
  if (width < 0) outOfRange(CoreLibStrings.ArgumentOutOfRange_NeedNonNegNum, 'totalWidth');
  return left ? s.padStart(width, ch) : s.padEnd(width, ch);
}

function replaceAll(s: string, oldValue: string, newValue: string, ignoreCase: boolean): string {
  if (oldValue.length === 0) throw dotNetException(CoreLibStrings.Argument_StringZeroLength, 'System.ArgumentException', 'oldValue');
  if (!ignoreCase) return s.split(oldValue).join(newValue);
  const escaped = oldValue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return s.replace(new RegExp(escaped, 'giu'), () => newValue);
}

function equalsWith(s: string, other: unknown, ignoreCase: boolean): boolean {
  if (typeof other !== 'string') return false;
  return ignoreCase ? s.toLowerCase() === other.toLowerCase() : s === other;
}

/** System.String's instance methods. */
export const StringMethods: MethodTable<string> = lazyMethodTable<string>(() => ({
  Trim: [overload([], (s) => trim(s, undefined, true, true)), overload([['trimChars']], (s, [c]) => trim(s, charSet(c), true, true))],
  TrimStart: [overload([], (s) => trim(s, undefined, true, false)), overload([['trimChars']], (s, [c]) => trim(s, charSet(c), true, false))],
  TrimEnd: [overload([], (s) => trim(s, undefined, false, true)), overload([['trimChars']], (s, [c]) => trim(s, charSet(c), false, true))],
  ToUpper: [overload([], (s) => s.toUpperCase())],
  ToLower: [overload([], (s) => s.toLowerCase())],
  ToUpperInvariant: [overload([], (s) => s.toUpperCase())],
  ToLowerInvariant: [overload([], (s) => s.toLowerCase())],
  ToString: [overload([], (s) => s), overload([['provider']], (s) => s)],
  Split: [
    overload([], (s) => splitString(s, [])),
    overload([['separator']], (s, [sep]) => splitString(s, separatorsOf(sep))),
    overload([['separator'], ['count', I]], (s, [sep, n]) => splitString(s, separatorsOf(sep), n as number)),
    overload([['separator'], ['options', SPLIT_OPTIONS]], (s, [sep, o]) => splitString(s, separatorsOf(sep), undefined, (o as PSEnumValue).value)),
    overload([['separator'], ['count', I], ['options', SPLIT_OPTIONS]], (s, [sep, n, o]) => splitString(s, separatorsOf(sep), n as number, (o as PSEnumValue).value)),
  ],
  Replace: [
    overload([['oldValue', S], ['newValue', S]], (s, [a, b]) => replaceAll(s, a as string, b as string, false)),
    overload([['oldValue', S], ['newValue', S], ['comparisonType', COMPARISON]], (s, [a, b, c]) => replaceAll(s, a as string, b as string, ignoresCase(c))),
    overload([['oldValue', S], ['newValue', S], ['ignoreCase', B], ['culture']], (s, [a, b, c]) => replaceAll(s, a as string, b as string, c as boolean)),
  ],
  Contains: [
    overload([['value', S]], (s, [v]) => s.includes(v as string)),
    overload([['value', S], ['comparisonType', COMPARISON]], (s, [v, c]) => indexOf(s, v as string, 0, ignoresCase(c), false) >= 0),
  ],
  StartsWith: [
    overload([['value', S]], (s, [v]) => s.startsWith(v as string)),
    overload([['value', S], ['comparisonType', COMPARISON]], (s, [v, c]) => (ignoresCase(c) ? s.toLowerCase().startsWith((v as string).toLowerCase()) : s.startsWith(v as string))),
  ],
  EndsWith: [
    overload([['value', S]], (s, [v]) => s.endsWith(v as string)),
    overload([['value', S], ['comparisonType', COMPARISON]], (s, [v, c]) => (ignoresCase(c) ? s.toLowerCase().endsWith((v as string).toLowerCase()) : s.endsWith(v as string))),
  ],
  Substring: [overload([['startIndex', I]], (s, [i]) => substring(s, i as number)), overload([['startIndex', I], ['length', I]], (s, [i, n]) => substring(s, i as number, n as number))],
  IndexOf: [
    overload([['value', S]], (s, [v]) => indexOf(s, v as string, 0, false, false)),
    overload([['value', S], ['startIndex', I]], (s, [v, i]) => indexOf(s, v as string, i as number, false, false)),
    overload([['value', S], ['comparisonType', COMPARISON]], (s, [v, c]) => indexOf(s, v as string, 0, ignoresCase(c), false)),
  ],
  LastIndexOf: [
    overload([['value', S]], (s, [v]) => indexOf(s, v as string, 0, false, true)),
    overload([['value', S], ['comparisonType', COMPARISON]], (s, [v, c]) => indexOf(s, v as string, 0, ignoresCase(c), true)),
  ],
  IndexOfAny: [overload([['anyOf']], (s, [c]) => [...s].findIndex((ch) => charSet(c).has(ch)))],
  PadLeft: [overload([['totalWidth', I]], (s, [w]) => pad(s, w as number, ' ', true)), overload([['totalWidth', I], ['paddingChar', PSTypes.Char]], (s, [w, c]) => pad(s, w as number, c as string, true))],
  PadRight: [overload([['totalWidth', I]], (s, [w]) => pad(s, w as number, ' ', false)), overload([['totalWidth', I], ['paddingChar', PSTypes.Char]], (s, [w, c]) => pad(s, w as number, c as string, false))],
  Insert: [
    overload([['startIndex', I], ['value', S]], (s, [i, v]) => {
      checkIndex(s, i as number);
      return s.slice(0, i as number) + (v as string) + s.slice(i as number);
    }),
  ],
  Remove: [
    overload([['startIndex', I]], (s, [i]) => {
      if ((i as number) < 0 || (i as number) >= s.length) outOfRange(CoreLibStrings.ArgumentOutOfRange_StartIndexLessThanLength, 'startIndex');
      return s.slice(0, i as number);
    }),
    overload([['startIndex', I], ['count', I]], (s, [i, n]) => s.slice(0, i as number) + s.slice((i as number) + substring(s, i as number, n as number).length)),
  ],
  Equals: [overload([['value']], (s, [v]) => equalsWith(s, v, false)), overload([['value'], ['comparisonType', COMPARISON]], (s, [v, c]) => equalsWith(s, v, ignoresCase(c)))],
  CompareTo: [overload([['value']], (s, [v]) => (v === null || v === undefined ? 1 : compareStrings(s, toPSString(v), false)))],
  ToCharArray: [overload([], (s) => s.split(''))],
  Normalize: [overload([], (s) => s.normalize('NFC'))],
}));
