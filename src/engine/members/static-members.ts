/**
 * Static members of the .NET types scripts use: `[Math]::Round`, `[string]::Join`, `[guid]::NewGuid()`,
 * `[datetime]::Now`, `[int]::MaxValue`, `[Convert]::ToBase64String`, `[regex]::Escape`, `::new()`...
 * (`[Environment]` and `[System.IO.*]` are in `static-io.ts`).
 */
// .NET: System.Math (Round's power-of-ten scaling), String, Guid, DateTime, Convert, Regex, Char, Boolean.
import { convertTo, psCompare, toPSString } from '../conversion.js';
import { clrEquals } from './collection-methods.js';
import { compositeFormat } from '../format-operator.js';
import { dotNetRegex, firstMatch, matchAll, matchGroups, regexEscape, regexReplace, regexSplit } from '../dotnet-regex.js';
import { parseDateTime, parseDateTimeExact } from '../datetime-format.js';
import { parseDotNetDouble, parseDotNetInteger, roundToIntegral } from '../number-parse.js';
import { Hashtable, PSDateTime, PSEnumValue, PSObject } from '../ps-object.js';
import { CoreLibStrings } from '../strings/CoreLibStrings.js';
import { format } from '../strings/format.js';
import { BuiltInEnums, MoreTypes } from '../type-resolver.js';
import { enumTypeInfo, PSTypes, type PSTypeInfo } from '../type-info.js';
import { escapeWildcard, containsWildcardCharacters } from '../wildcard.js';
import { dotNetException, methodTable, overload, Void, type MethodTable } from './method-binding.js';
import { newList } from './mutable-list.js';
import { withToString } from './object-strings.js';
import { ioStaticTypes } from './static-io.js';
import { newTimeSpan } from './timespan.js';

/** The static side of a type: properties (computed on read) and methods. */
export interface StaticMembers {
  readonly properties: Readonly<Record<string, () => unknown>>;
  readonly methods: MethodTable<null>;
}

const D = PSTypes.Double;
const I = PSTypes.Int32;
const S = PSTypes.String;
const ROUNDING = enumTypeInfo(BuiltInEnums.MidpointRounding);
const REGEX_OPTIONS = enumTypeInfo(BuiltInEnums.RegexOptions);

/** Math.Round(value, MidpointRounding) on a double. */
function roundMode(value: number, mode: number): number {
  switch (mode) {
    case 1:
      return Math.trunc(value + Math.sign(value) * 0.49999999999999994);
    case 2:
      return Math.trunc(value);
    case 3:
      return Math.floor(value);
    case 4:
      return Math.ceil(value);
    default:
      return roundToIntegral(value, 'Int64') ?? value;
  }
}

/** Math.Round(value, digits, mode): .NET scales by 10^digits, rounds, and scales back. */
function round(value: number, digits = 0, mode = 0): number {
  if (digits < 0 || digits > 15) throw dotNetException(CoreLibStrings.ArgumentOutOfRange_RoundingDigits, 'System.ArgumentOutOfRangeException', 'digits');
  if (Math.abs(value) >= 1e16) return value;
  const power = 10 ** digits;
  const result = roundMode(value * power, mode) / power;
  return Object.is(result, -0) ? 0 : result;
}

const math = (): StaticMembers => ({
  properties: { pi: () => Math.PI, e: () => Math.E, tau: () => 2 * Math.PI },
  methods: methodTable<null>({
    Abs: [overload([['value', D]], (_, [x]) => Math.abs(x as number))],
    Ceiling: [overload([['a', D]], (_, [x]) => Math.ceil(x as number))],
    Floor: [overload([['d', D]], (_, [x]) => Math.floor(x as number))],
    Truncate: [overload([['d', D]], (_, [x]) => Math.trunc(x as number))],
    Sign: [overload([['value', D]], (_, [x]) => Math.sign(x as number))],
    Max: [overload([['val1', D], ['val2', D]], (_, [a, b]) => Math.max(a as number, b as number))],
    Min: [overload([['val1', D], ['val2', D]], (_, [a, b]) => Math.min(a as number, b as number))],
    Pow: [overload([['x', D], ['y', D]], (_, [a, b]) => (a as number) ** (b as number))],
    Sqrt: [overload([['d', D]], (_, [x]) => Math.sqrt(x as number))],
    Exp: [overload([['d', D]], (_, [x]) => Math.exp(x as number))],
    Log: [overload([['d', D]], (_, [x]) => Math.log(x as number)), overload([['a', D], ['newBase', D]], (_, [x, b]) => Math.log(x as number) / Math.log(b as number))],
    Log10: [overload([['d', D]], (_, [x]) => Math.log10(x as number))],
    Log2: [overload([['x', D]], (_, [x]) => Math.log2(x as number))],
    Round: [
      overload([['a', D]], (_, [x]) => round(x as number)),
      overload([['value', D], ['digits', I]], (_, [x, d]) => round(x as number, d as number)),
      overload([['value', D], ['mode', ROUNDING]], (_, [x, m]) => round(x as number, 0, (m as PSEnumValue).value)),
      overload([['value', D], ['digits', I], ['mode', ROUNDING]], (_, [x, d, m]) => round(x as number, d as number, (m as PSEnumValue).value)),
    ],
  }),
});

function joinValues(separator: unknown, values: readonly unknown[]): string {
  const items = values.length === 1 && Array.isArray(values[0]) ? (values[0] as unknown[]) : values;
  return items.map((v) => toPSString(v)).join(toPSString(separator));
}

const string = (): StaticMembers => ({
  properties: { empty: () => '' },
  methods: methodTable<null>({
    IsNullOrEmpty: [overload([['value']], (_, [s]) => s === null || s === undefined || toPSString(s) === '')],
    IsNullOrWhiteSpace: [overload([['value']], (_, [s]) => s === null || s === undefined || toPSString(s).trim() === '')],
    Join: [overload([['separator'], ['values']], (_, [sep, ...values]) => joinValues(sep, values), true)],
    Concat: [overload([['values']], (_, values) => joinValues('', values), true)],
    Format: [
      overload([['format', S], ['args']], (_, [f, ...args]) => compositeFormat(f as string, args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args), true),
    ],
    Compare: [
      overload([['strA', S], ['strB', S]], (_, [a, b]) => Math.sign((a as string).localeCompare(b as string, 'en-US'))),
      overload([['strA', S], ['strB', S], ['ignoreCase', PSTypes.Boolean]], (_, [a, b, i]) =>
        Math.sign((a as string).localeCompare(b as string, 'en-US', { sensitivity: i === true ? 'accent' : 'variant' })),
      ),
    ],
    Equals: [overload([['a'], ['b']], (_, [a, b]) => a === b)],
  }),
});

const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

const guid = (): StaticMembers => ({
  properties: { empty: () => EMPTY_GUID },
  methods: methodTable<null>({
    NewGuid: [overload([], () => globalThis.crypto.randomUUID())],
    Parse: [overload([['input', S]], (_, [s]) => parseWith(() => convertTo(s, PSTypes.Guid)))],
  }),
});

/** Runs a conversion as a .NET Parse method: its inner FormatException is the method's exception. */
function parseWith(parse: () => unknown): unknown {
  try {
    return parse();
  } catch (error) {
    const inner = error instanceof Error ? (error as { innerException?: unknown }).innerException : undefined;
    if (inner instanceof Error) throw inner;
    throw error;
  }
}

function newDateTime(parts: readonly number[]): PSDateTime {
  const [year = 1, month = 1, day = 1, hour = 0, minute = 0, second = 0, millisecond = 0] = parts;
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millisecond));
  date.setUTCFullYear(year);
  if (month < 1 || month > 12 || day < 1 || date.getUTCMonth() !== month - 1 || date.getUTCFullYear() !== year) {
    throw dotNetException(CoreLibStrings.ArgumentOutOfRange_BadYearMonthDay, 'System.ArgumentOutOfRangeException');
  }
  if (hour > 23 || minute > 59 || second > 59 || hour < 0 || minute < 0 || second < 0) {
    throw dotNetException(CoreLibStrings.ArgumentOutOfRange_BadHourMinuteSecond, 'System.ArgumentOutOfRangeException');
  }
  return new PSDateTime(date.getTime(), 'Unspecified');
}

const datetime = (): StaticMembers => ({
  properties: {
    now: () => new PSDateTime(Date.now(), 'Local'),
    utcnow: () => new PSDateTime(Date.now(), 'Utc'),
    today: () => {
      const now = new Date();
      return new PSDateTime(new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime(), 'Local');
    },
    minvalue: () => newDateTime([1, 1, 1]),
    maxvalue: () => new PSDateTime(newDateTime([9999, 12, 31, 23, 59, 59, 999]).utcMilliseconds, 'Unspecified'),
  },
  methods: methodTable<null>({
    Parse: [overload([['s', S]], (_, [s]) => parseDateTime(s as string)), overload([['s', S], ['provider']], (_, [s]) => parseDateTime(s as string))],
    ParseExact: [
      overload([['s', S], ['format', S], ['provider']], (_, [s, f]) => parseDateTimeExact(s as string, f as string)),
      overload([['s', S], ['format', S], ['provider'], ['style']], (_, [s, f]) => parseDateTimeExact(s as string, f as string)),
    ],
    DaysInMonth: [overload([['year', I], ['month', I]], (_, [y, m]) => new Date(Date.UTC(y as number, m as number, 0)).getUTCDate())],
    IsLeapYear: [overload([['year', I]], (_, [y]) => new Date(Date.UTC(y as number, 1, 29)).getUTCDate() === 29)],
    SpecifyKind: [overload([['value', PSTypes.DateTime], ['kind', enumTypeInfo(BuiltInEnums.DateTimeKind)]], (_, [d, k]) => new PSDateTime((d as PSDateTime).utcMilliseconds, (k as PSEnumValue).name as 'Utc'))],
    new: [
      overload([['year', I], ['month', I], ['day', I]], (_, parts) => newDateTime(parts as number[])),
      overload([['year', I], ['month', I], ['day', I], ['hour', I], ['minute', I], ['second', I]], (_, parts) => newDateTime(parts as number[])),
      overload([['year', I], ['month', I], ['day', I], ['hour', I], ['minute', I], ['second', I], ['millisecond', I]], (_, parts) => newDateTime(parts as number[])),
    ],
  }),
});

/** Int32.Parse / Int64.Parse (NumberStyles.Integer). */
function integerParse(text: unknown, overflow: string, min: number, max: number): number {
  const parsed = parseDotNetInteger(toPSString(text));
  if (parsed === 'format') throw dotNetException(format(CoreLibStrings.Format_InvalidStringWithValue, toPSString(text)), 'System.FormatException');
  if (parsed < BigInt(min) || parsed > BigInt(max)) throw dotNetException(overflow, 'System.OverflowException');
  return Number(parsed);
}

/** Boolean.Parse / Convert.ToBoolean(string): `true` or `false`, any case, surrounding white space allowed. */
function parseBoolean(value: string): boolean {
  const text = value.trim().toLowerCase();
  if (text === 'true' || text === 'false') return text === 'true';
  throw dotNetException(format(CoreLibStrings.Format_BadBoolean, value), 'System.FormatException');
}

function numericStatics(min: number, max: number, overflow?: string): StaticMembers {
  return {
    properties: { maxvalue: () => max, minvalue: () => min },
    methods: methodTable<null>({
      Parse: [
        overload([['s', S]], (_, [s]) => {
          if (overflow !== undefined) return integerParse(s, overflow, min, max);
          const value = parseDotNetDouble(s as string);
          if (value === undefined) throw dotNetException(format(CoreLibStrings.Format_InvalidStringWithValue, s), 'System.FormatException');
          return value;
        }),
      ],
    }),
  };
}

const convert = (): StaticMembers => ({
  properties: {},
  methods: methodTable<null>({
    ToInt32: [
      overload([['value']], (_, [v]) => (typeof v === 'string' ? integerParse(v, CoreLibStrings.Overflow_Int32, -2147483648, 2147483647) : convertTo(v, I))),
      overload([['value', S], ['fromBase', I]], (_, [v, b]) => {
        const parsed = parseInt(v as string, b as number);
        if (Number.isNaN(parsed)) throw dotNetException('Could not find any recognizable digits.', 'System.FormatException');
        return parsed;
      }),
    ],
    ToInt64: [overload([['value']], (_, [v]) => convertTo(v, PSTypes.Int64))],
    ToDouble: [overload([['value']], (_, [v]) => convertTo(v, D))],
    ToString: [overload([['value']], (_, [v]) => toPSString(v)), overload([['value', PSTypes.Int64], ['toBase', I]], (_, [v, b]) => (v as number).toString(b as number))],
    ToBoolean: [overload([['value']], (_, [v]) => (typeof v === 'string' ? parseBoolean(v) : convertTo(v, PSTypes.Boolean)))],
    ToBase64String: [overload([['inArray']], (_, [bytes]) => Buffer.from((Array.isArray(bytes) ? bytes : [bytes]).map((b) => Number(b))).toString('base64'))],
    FromBase64String: [
      overload([['s', S]], (_, [s]) => {
        const text = (s as string).replace(/\s/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw dotNetException(CoreLibStrings.Format_BadBase64Char, 'System.FormatException');
        return [...Buffer.from(text, 'base64')];
      }),
    ],
  }),
});

/** A Group / Match object (its ToString is its value). */
function group(typeNames: readonly string[], name: string, value: string | undefined, index: number, extra: readonly (readonly [string, unknown])[] = []): PSObject {
  const object = new PSObject(typeNames, [
    ...extra,
    ['Success', value !== undefined],
    ['Name', name],
    ['Captures', value === undefined ? [] : [value]],
    ['Index', value === undefined ? 0 : index],
    ['Length', value?.length ?? 0],
    ['Value', value ?? ''],
  ]);
  return withToString(object, value ?? '');
}

const GROUP = ['System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture', 'System.Object'];
const MATCH = ['System.Text.RegularExpressions.Match', ...GROUP];

function regexOptions(options: unknown): { ignoreCase: boolean; multiline: boolean; singleline: boolean } {
  const flags = options === undefined ? 0 : (options as PSEnumValue).value;
  return { ignoreCase: (flags & 1) !== 0, multiline: (flags & 2) !== 0, singleline: (flags & 16) !== 0 };
}

function matchObject(input: string, m: RegExpExecArray | null, re: ReturnType<typeof dotNetRegex>): PSObject {
  if (m === null) return group(MATCH, '0', undefined, 0, [['Groups', new Hashtable('Dictionary', 'System.Text.RegularExpressions.GroupCollection')]]);
  const groups = new Hashtable('Dictionary', 'System.Text.RegularExpressions.GroupCollection');
  for (const g of matchGroups(re, m)) {
    const index = g.value === undefined ? 0 : input.indexOf(g.value, m.index);
    groups.set(/^\d+$/.test(g.name) ? Number(g.name) : g.name, group(GROUP, g.name, g.value, index));
  }
  return group(MATCH, '0', m[0], m.index, [['Groups', groups]]);
}

const regex = (): StaticMembers => ({
  properties: {},
  methods: methodTable<null>({
    Escape: [overload([['str', S]], (_, [s]) => regexEscape(s as string))],
    Unescape: [overload([['str', S]], (_, [s]) => (s as string).replace(/\\(.)/g, '$1'))],
    IsMatch: [
      overload([['input', S], ['pattern', S]], (_, [i, p]) => firstMatch(dotNetRegex(p as string), i as string) !== null),
      overload([['input', S], ['pattern', S], ['options', REGEX_OPTIONS]], (_, [i, p, o]) => firstMatch(dotNetRegex(p as string, regexOptions(o)), i as string) !== null),
    ],
    Match: [
      overload([['input', S], ['pattern', S]], (_, [i, p]) => {
        const re = dotNetRegex(p as string);
        return matchObject(i as string, firstMatch(re, i as string), re);
      }),
      overload([['input', S], ['pattern', S], ['options', REGEX_OPTIONS]], (_, [i, p, o]) => {
        const re = dotNetRegex(p as string, regexOptions(o));
        return matchObject(i as string, firstMatch(re, i as string), re);
      }),
    ],
    Matches: [
      overload([['input', S], ['pattern', S]], (_, [i, p]) => {
        const re = dotNetRegex(p as string);
        return matchAll(re, i as string).map((m) => matchObject(i as string, m, re));
      }),
    ],
    Replace: [
      overload([['input', S], ['pattern', S], ['replacement', S]], (_, [i, p, r]) => regexReplace(dotNetRegex(p as string), i as string, r as string)),
      overload([['input', S], ['pattern', S], ['replacement', S], ['options', REGEX_OPTIONS]], (_, [i, p, r, o]) =>
        regexReplace(dotNetRegex(p as string, regexOptions(o)), i as string, r as string),
      ),
    ],
    Split: [overload([['input', S], ['pattern', S]], (_, [i, p]) => regexSplit(dotNetRegex(p as string), i as string))],
  }),
});

const char = (): StaticMembers => ({
  properties: {},
  methods: methodTable<null>({
    IsDigit: [overload([['c', PSTypes.Char]], (_, [c]) => /\p{Nd}/u.test(c as string))],
    IsLetter: [overload([['c', PSTypes.Char]], (_, [c]) => /\p{L}/u.test(c as string))],
    IsLetterOrDigit: [overload([['c', PSTypes.Char]], (_, [c]) => /[\p{L}\p{Nd}]/u.test(c as string))],
    IsWhiteSpace: [overload([['c', PSTypes.Char]], (_, [c]) => /\s/u.test(c as string))],
    IsUpper: [overload([['c', PSTypes.Char]], (_, [c]) => /\p{Lu}/u.test(c as string))],
    IsLower: [overload([['c', PSTypes.Char]], (_, [c]) => /\p{Ll}/u.test(c as string))],
    ToUpper: [overload([['c', PSTypes.Char]], (_, [c]) => (c as string).toUpperCase())],
    ToLower: [overload([['c', PSTypes.Char]], (_, [c]) => (c as string).toLowerCase())],
  }),
});

const bool = (): StaticMembers => ({
  properties: { truestring: () => 'True', falsestring: () => 'False' },
  methods: methodTable<null>({ Parse: [overload([['value', S]], (_, [v]) => parseBoolean(v as string))] }),
});

const timespan = (): StaticMembers => ({
  properties: { zero: () => newTimeSpan(0) },
  methods: methodTable<null>({
    FromMilliseconds: [overload([['value', D]], (_, [v]) => newTimeSpan(v as number))],
    FromSeconds: [overload([['value', D]], (_, [v]) => newTimeSpan((v as number) * 1000))],
    FromMinutes: [overload([['value', D]], (_, [v]) => newTimeSpan((v as number) * 60000))],
    FromHours: [overload([['value', D]], (_, [v]) => newTimeSpan((v as number) * 3600000))],
    FromDays: [overload([['value', D]], (_, [v]) => newTimeSpan((v as number) * 86400000))],
  }),
});

function listStatics(type: PSTypeInfo): StaticMembers {
  return {
    properties: {},
    methods: methodTable<null>({
      new: [overload([], () => newList(type)), overload([['collection']], (_, [items]) => newList(type, typeof items === 'number' ? [] : Array.isArray(items) ? items : [items]))],
    }),
  };
}

const wildcard = (): StaticMembers => ({
  properties: {},
  methods: methodTable<null>({
    Escape: [overload([['pattern', S]], (_, [p]) => escapeWildcard(p as string))],
    ContainsWildcardCharacters: [overload([['pattern', S]], (_, [p]) => containsWildcardCharacters(p as string))],
  }),
});

const encodings: Readonly<Record<string, readonly [string, string, number]>> = {
  utf8: ['System.Text.UTF8Encoding', 'utf-8', 65001],
  ascii: ['System.Text.ASCIIEncoding', 'us-ascii', 20127],
  unicode: ['System.Text.UnicodeEncoding', 'utf-16', 1200],
};

/** `[System.Text.Encoding]::UTF8` and friends: objects whose GetBytes/GetString pcsh implements. */
export function encodingObject(name: string): PSObject | undefined {
  const entry = encodings[name.toLowerCase()];
  if (entry === undefined) return undefined;
  return new PSObject([entry[0], 'System.Text.Encoding', 'System.Object'], [['WebName', entry[1]], ['CodePage', entry[2]]]);
}

function encodingName(encoding: PSObject): BufferEncoding {
  const web = encoding.getProperty('WebName')?.value;
  return web === 'utf-16' ? 'utf16le' : web === 'us-ascii' ? 'latin1' : 'utf8';
}

let encodingMethodTable: MethodTable<PSObject> | undefined;

/** GetBytes / GetString of the encoding objects (built on first use, as the static members are). */
export function encodingMethods(): MethodTable<PSObject> {
  return (encodingMethodTable ??= methodTable<PSObject>({
    GetBytes: [
      overload([['s', S]], (e, [s]) => {
        const text = encodingName(e) === 'latin1' ? (s as string).replace(/[^\x00-\x7f]/g, '?') : (s as string);
        return [...Buffer.from(text, encodingName(e))];
      }),
    ],
    GetString: [overload([['bytes']], (e, [bytes]) => Buffer.from((Array.isArray(bytes) ? bytes : [bytes]).map(Number)).toString(encodingName(e)))],
  }));
}

const encoding = (): StaticMembers => ({
  properties: { utf8: () => encodingObject('utf8'), ascii: () => encodingObject('ascii'), unicode: () => encodingObject('unicode') },
  methods: methodTable<null>({}),
});

const enumStatics = (): StaticMembers => ({
  properties: {},
  methods: methodTable<null>({
    GetNames: [overload([['enumType', MoreTypes.Type]], (_, [t]) => (t as PSTypeInfo).enumType?.members.map(([n]) => n) ?? [])],
    GetValues: [
      overload([['enumType', MoreTypes.Type]], (_, [t]) => {
        const e = (t as PSTypeInfo).enumType;
        return e === undefined ? [] : e.members.map(([n, v]) => new PSEnumValue(e, n, v));
      }),
    ],
    Parse: [
      overload([['enumType', MoreTypes.Type], ['value', S]], (_, [t, v]) => parseWith(() => convertTo(v, t as PSTypeInfo))),
      overload([['enumType', MoreTypes.Type], ['value', S], ['ignoreCase', PSTypes.Boolean]], (_, [t, v]) => parseWith(() => convertTo(v, t as PSTypeInfo))),
    ],
  }),
});

const arrayStatics = (): StaticMembers => ({
  properties: {},
  methods: methodTable<null>({
    Reverse: [
      overload([['array']], (_, [a]) => {
        if (Array.isArray(a)) a.reverse();
        return Void;
      }),
    ],
    Sort: [
      overload([['array']], (_, [a]) => {
        if (Array.isArray(a)) a.sort((x, y) => psCompare(x, y, false));
        return Void;
      }),
    ],
    IndexOf: [overload([['array'], ['value']], (_, [a, v]) => (Array.isArray(a) ? a.findIndex((x) => clrEquals(x, v)) : -1))],
    Empty: [overload([], () => [])],
  }),
});

/** All static members by type full name (`[System.IO.*]` and `[Environment]` come from static-io.ts). */
function allStaticTypes(): Map<string, StaticMembers> {
  return new Map<string, StaticMembers>([
    ['System.Math', math()],
    ['System.String', string()],
    ['System.Guid', guid()],
    ['System.DateTime', datetime()],
    ['System.Int32', numericStatics(-2147483648, 2147483647, CoreLibStrings.Overflow_Int32)],
    ['System.Int64', numericStatics(-(2 ** 63), 2 ** 63 - 1, CoreLibStrings.Overflow_Int64)],
    ['System.Double', { ...numericStatics(-1.7976931348623157e308, 1.7976931348623157e308), properties: { maxvalue: () => Number.MAX_VALUE, minvalue: () => -Number.MAX_VALUE, nan: () => NaN, positiveinfinity: () => Infinity, negativeinfinity: () => -Infinity, epsilon: () => 5e-324 } }],
    ['System.Convert', convert()],
    ['System.Text.RegularExpressions.Regex', regex()],
    ['System.Char', char()],
    ['System.Boolean', bool()],
    ['System.TimeSpan', timespan()],
    ['System.Collections.ArrayList', listStatics(MoreTypes.ArrayList)],
    ['System.Management.Automation.WildcardPattern', wildcard()],
    ['System.Text.Encoding', encoding()],
    ['System.Enum', enumStatics()],
    ['System.Array', arrayStatics()],
    ...ioStaticTypes(),
  ]);
}

// Built on the first `[type]::` lookup, not when the engine loads: the tables hold hundreds of closures that
// most runs never call, and building them was a millisecond of every start-up.
let staticTypes: Map<string, StaticMembers> | undefined;

/** The static members of `type`, including `::new()` for generic lists. */
export function staticMembersOf(type: PSTypeInfo): StaticMembers | undefined {
  if (type.name === 'List`1') return listStatics(type);
  staticTypes ??= allStaticTypes();
  return staticTypes.get(type.fullName);
}
