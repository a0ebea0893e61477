/**
 * .NET DateTime text: `ToString(format, culture)` for the standard (`d`, `D`, `t`, `T`, `g`, `G`, `f`, `F`,
 * `M`, `Y`, `s`, `u`, `U`, `o`, `r`) and custom (`yyyy-MM-dd HH:mm:ss`) formats in en-US and the invariant
 * culture, `DateTime.Parse` for the forms scripts use, and `TimeSpan.ToString()`.
 */
// .NET: DateTimeFormat.cs (FormatCustomized, ExpandStandardFormatToCustomPattern), DateTimeParse.cs,
// TimeSpanFormat.cs; culture data from ICU en-US and CultureInfo.InvariantCulture. pwsh converts DateTime to
// string with the invariant culture (PSObject.ToStringParser) and formats `-f` with the current culture.
import { PSException } from './errors.js';
import type { FormatCulture } from './number-format.js';
import { PSDateTime, type DateTimeKind } from './ps-object.js';
import { format as fill } from './strings/format.js';
import { CoreLibStrings } from './strings/CoreLibStrings.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The standard format letters expanded to each culture's pattern. */
const STANDARD_PATTERNS: Readonly<Record<FormatCulture, Readonly<Record<string, string>>>> = {
  'en-US': {
    d: 'M/d/yyyy',
    D: 'dddd, MMMM d, yyyy',
    t: 'h:mm tt',
    T: 'h:mm:ss tt',
    f: 'dddd, MMMM d, yyyy h:mm tt',
    F: 'dddd, MMMM d, yyyy h:mm:ss tt',
    g: 'M/d/yyyy h:mm tt',
    G: 'M/d/yyyy h:mm:ss tt',
    M: 'MMMM d',
    Y: 'MMMM yyyy',
  },
  invariant: {
    d: 'MM/dd/yyyy',
    D: 'dddd, dd MMMM yyyy',
    t: 'HH:mm',
    T: 'HH:mm:ss',
    f: 'dddd, dd MMMM yyyy HH:mm',
    F: 'dddd, dd MMMM yyyy HH:mm:ss',
    g: 'MM/dd/yyyy HH:mm',
    G: 'MM/dd/yyyy HH:mm:ss',
    M: 'MMMM dd',
    Y: 'yyyy MMMM',
  },
};

const CULTURE_INDEPENDENT: Readonly<Record<string, string>> = {
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
};

interface Fields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly dayOfWeek: number;
}

function utcFields(ms: number): Fields {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(),
    minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds(), dayOfWeek: d.getUTCDay(),
  };
}

/** The local time zone's offset from UTC, in minutes, at the instant `utcMs`. */
export function localOffsetMinutes(utcMs: number): number {
  return -new Date(utcMs).getTimezoneOffset();
}

/** The wall-clock reading of a DateTime as milliseconds-since-epoch-as-if-UTC (what .NET's Ticks measure). */
export function wallClockMilliseconds(value: PSDateTime): number {
  return value.dateTimeKind === 'Local' ? value.utcMilliseconds + localOffsetMinutes(value.utcMilliseconds) * 60000 : value.utcMilliseconds;
}

/** The instant a DateTime stands for; an Unspecified value is read as local time, as .NET's ToUniversalTime does. */
export function instantMilliseconds(value: PSDateTime): number {
  if (value.dateTimeKind !== 'Unspecified') return value.utcMilliseconds;
  const guess = value.utcMilliseconds - localOffsetMinutes(value.utcMilliseconds) * 60000;
  return value.utcMilliseconds - localOffsetMinutes(guess) * 60000;
}

function offsetMinutes(value: PSDateTime): number {
  if (value.dateTimeKind === 'Utc') return 0;
  return localOffsetMinutes(instantMilliseconds(value));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function invalidFormat(): PSException {
  return new PSException(CoreLibStrings.Format_InvalidString, 'System.FormatException');
}

/** Runs of a pattern: a repeated letter, a quoted literal or a single other character. */
function formatCustom(value: PSDateTime, pattern: string, fields: Fields): string {
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i] as string;
    let n = 1;
    while (pattern[i + n] === ch && 'dfFghHKmMstyz'.includes(ch)) n++;
    switch (ch) {
      case 'd':
        out += n === 1 ? String(fields.day) : n === 2 ? pad(fields.day, 2) : n === 3 ? DAYS[fields.dayOfWeek]?.slice(0, 3) : DAYS[fields.dayOfWeek];
        break;
      case 'f':
      case 'F': {
        if (n > 7) throw invalidFormat();
        let digits = pad(fields.millisecond, 3).padEnd(7, '0').slice(0, n);
        if (ch === 'F') {
          digits = digits.replace(/0+$/, '');
          if (digits === '' && out.endsWith('.')) out = out.slice(0, -1);
        }
        out += digits;
        break;
      }
      case 'g':
        out += 'A.D.';
        break;
      case 'h':
        out += n === 1 ? String(fields.hour % 12 || 12) : pad(fields.hour % 12 || 12, 2);
        break;
      case 'H':
        out += n === 1 ? String(fields.hour) : pad(fields.hour, 2);
        break;
      case 'K':
        if (value.dateTimeKind === 'Utc') out += 'Z';
        else if (value.dateTimeKind === 'Local') out += offsetText(offsetMinutes(value), 3);
        break;
      case 'm':
        out += n === 1 ? String(fields.minute) : pad(fields.minute, 2);
        break;
      case 'M':
        out += n === 1 ? String(fields.month) : n === 2 ? pad(fields.month, 2) : n === 3 ? MONTHS[fields.month - 1]?.slice(0, 3) : MONTHS[fields.month - 1];
        break;
      case 's':
        out += n === 1 ? String(fields.second) : pad(fields.second, 2);
        break;
      case 't': {
        const designator = fields.hour < 12 ? 'AM' : 'PM';
        out += n === 1 ? designator[0] : designator;
        break;
      }
      case 'y':
        out += n === 1 ? String(fields.year % 100) : n === 2 ? pad(fields.year % 100, 2) : pad(fields.year, n);
        break;
      case 'z':
        out += offsetText(offsetMinutes(value), n);
        break;
      case ':':
      case '/':
        out += ch;
        break;
      case "'":
      case '"': {
        const end = pattern.indexOf(ch, i + 1);
        if (end < 0) throw invalidFormat();
        out += pattern.slice(i + 1, end);
        n = end - i + 1;
        break;
      }
      case '%':
        break;
      case '\\':
        if (i + 1 >= pattern.length) throw invalidFormat();
        out += pattern[i + 1];
        n = 2;
        break;
      default:
        out += ch;
    }
    i += n;
  }
  return out;
}

function offsetText(minutes: number, width: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  if (width === 1) return `${sign}${hours}`;
  if (width === 2) return `${sign}${pad(hours, 2)}`;
  return `${sign}${pad(hours, 2)}:${pad(abs % 60, 2)}`;
}

/**
 * `DateTime.ToString(format, culture)`. A missing format is `G`. Throws a `System.FormatException`
 * PSException for an unknown one-letter format.
 */
export function formatDateTime(value: PSDateTime, format: string | undefined | null, culture: FormatCulture = 'en-US'): string {
  let pattern = format === undefined || format === null || format === '' ? 'G' : format;
  let fields: Fields = utcFields(wallClockMilliseconds(value));
  if (pattern.length === 1) {
    const letter = pattern === 'm' ? 'M' : pattern === 'y' ? 'Y' : pattern;
    if ((letter === 'r' || letter === 'R') && value.dateTimeKind === 'Local') fields = utcFields(value.utcMilliseconds);
    if (letter === 'U') {
      fields = utcFields(instantMilliseconds(value));
      pattern = STANDARD_PATTERNS[culture].F as string;
    } else {
      const expanded = CULTURE_INDEPENDENT[letter] ?? STANDARD_PATTERNS[culture][letter];
      if (expanded === undefined) throw invalidFormat();
      pattern = expanded;
    }
  }
  return formatCustom(value, pattern, fields);
}

/** `TimeSpan.ToString()` ("c" format): `[-][d.]hh:mm:ss[.fffffff]`. */
export function formatTimeSpan(milliseconds: number): string {
  const negative = milliseconds < 0;
  let rest = Math.abs(milliseconds);
  const days = Math.floor(rest / 86400000);
  rest -= days * 86400000;
  const hours = Math.floor(rest / 3600000);
  rest -= hours * 3600000;
  const minutes = Math.floor(rest / 60000);
  rest -= minutes * 60000;
  const seconds = Math.floor(rest / 1000);
  const fraction = Math.round((rest - seconds * 1000) * 10000);
  return `${negative ? '-' : ''}${days > 0 ? `${days}.` : ''}${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}${fraction > 0 ? `.${pad(fraction, 7)}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// DateTime.Parse (invariant and en-US read month/day/year the same way)

// Month and day words, made on the first date parse rather than at start-up.
let monthWords: Readonly<Record<string, number>> | undefined;
let dayWords: ReadonlySet<string> | undefined;

/** Month names and abbreviations (lower case) → month number. */
function months(): Readonly<Record<string, number>> {
  return (monthWords ??= Object.fromEntries([
    ...MONTHS.flatMap((m, i) => [[m.toLowerCase(), i + 1] as const, [m.slice(0, 3).toLowerCase(), i + 1] as const]),
    ['sept', 9],
  ]));
}

/** Day names and abbreviations, lower case. */
function days(): ReadonlySet<string> {
  return (dayWords ??= new Set(DAYS.flatMap((d) => [d.toLowerCase(), d.slice(0, 3).toLowerCase()])));
}

function badDateTime(text: string): PSException {
  return new PSException(fill(CoreLibStrings.Format_BadDateTime, text), 'System.FormatException');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const TIME = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?(?:\s*([AaPp])\.?[Mm]?\.?)?$/;
const OFFSET = /^(?:Z|GMT|UTC|[+-]\d{1,2}(?::?\d{2})?)$/i;

function readTime(text: string): TimeOfDay | undefined {
  const m = TIME.exec(text);
  if (m === null) return undefined;
  let hour = Number(m[1]);
  const designator = m[5]?.toUpperCase();
  if (designator !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (designator === 'P' ? 12 : 0);
  }
  const time = { hour, minute: Number(m[2]), second: Number(m[3] ?? 0), millisecond: Math.floor(Number(`0.${m[4] ?? '0'}`) * 1000) };
  return time.hour < 24 && time.minute < 60 && time.second < 60 ? time : undefined;
}

function readOffset(text: string): number {
  if (/^(Z|GMT|UTC)$/i.test(text)) return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(text);
  const minutes = Number(m?.[2] ?? 0) * 60 + Number(m?.[3] ?? 0);
  return m?.[1] === '-' ? -minutes : minutes;
}

function twoDigitYear(year: string): number {
  const n = Number(year);
  if (year.length > 2) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/**
 * `DateTime.Parse(text, CultureInfo.InvariantCulture)` for ISO 8601, `M/d/yyyy [time]`, month-name dates
 * (`January 2, 2024`, `2 Jan 2024`) and bare times (today's date). A `Z` or offset gives a Local value
 * converted to this machine's zone, as .NET does; otherwise the value is Unspecified. Throws a
 * `System.FormatException` PSException with .NET's text.
 */
export function parseDateTime(text: string, now: () => Date = () => new Date()): PSDateTime {
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}:\d{1,2}(?::\d{1,2}(?:\.\d{1,7})?)?))?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/i.exec(text);
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let time: TimeOfDay = { hour: 0, minute: 0, second: 0, millisecond: 0 };
  let offset: number | undefined;
  if (iso !== null) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (iso[4] !== undefined) {
      const t = readTime(iso[4]);
      if (t === undefined) throw badDateTime(text);
      time = t;
    }
    if (iso[5] !== undefined) offset = readOffset(iso[5]);
  } else {
    const tokens = [...text.matchAll(/[A-Za-z]+\.?|\d{1,2}:\d{1,2}(?::\d{1,2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]?\.?(?![A-Za-z]))?|[+-]\d{1,2}:?\d{2}|\d+(?:[/.-]\d+)*|\S/g)];
    const numbers: number[] = [];
    let monthFromWord: number | undefined;
    let numericDate: string[] | undefined;
    for (const token of tokens) {
      const word = token[0];
      const index = token.index ?? 0;
      if (/^[A-Za-z]/.test(word)) {
        const lower = word.replace(/\.$/, '').toLowerCase();
        if (months()[lower] !== undefined) monthFromWord = months()[lower];
        else if (days().has(lower) || lower === 't') continue;
        else if (OFFSET.test(word)) offset = readOffset(word);
        else if (/^[ap]m$/.test(lower) && time.hour > 0 && time.hour <= 12) time = { ...time, hour: (time.hour % 12) + (lower === 'pm' ? 12 : 0) };
        else throw new PSException(fill(CoreLibStrings.Format_UnknownDateTimeWord, text, index), 'System.FormatException');
      } else if (word.includes(':')) {
        const t = readTime(word.replace(/\s+/g, ' ').replace(/\s(?=[AaPp])/, ''));
        if (t === undefined) throw badDateTime(text);
        time = t;
      } else if (/^[+-]\d{1,2}:?\d{2}$/.test(word)) offset = readOffset(word);
      else if (/^\d+[/.-]\d+/.test(word)) numericDate = word.split(/[/.-]/);
      else if (/^\d+$/.test(word)) numbers.push(Number(word));
      else if (word !== ',') throw badDateTime(text);
    }
    if (numericDate !== undefined) {
      const [a = '', b = '', c] = numericDate;
      if (numericDate.length === 3 && a.length === 4) [year, month, day] = [Number(a), Number(b), Number(c)];
      else if (numericDate.length === 3 && c !== undefined) [month, day, year] = [Number(a), Number(b), twoDigitYear(c)];
      else if (numericDate.length === 2) [month, day, year] = [Number(a), Number(b), now().getFullYear()];
    } else if (monthFromWord !== undefined) {
      month = monthFromWord;
      const [first, second] = numbers;
      if (first !== undefined && first > 31) [year, day] = [first, second];
      else [day, year] = [first, second ?? now().getFullYear()];
    } else if (numbers.length === 0 && tokens.some((t) => t[0].includes(':'))) {
      const today = now();
      [year, month, day] = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
    }
  }
  if (year === undefined || month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw badDateTime(text);
  }
  const wall = Date.UTC(year, month - 1, day, time.hour, time.minute, time.second, time.millisecond);
  const adjusted = year < 100 ? new Date(wall).setUTCFullYear(year) : wall;
  if (offset === undefined) return new PSDateTime(adjusted, 'Unspecified');
  const kind: DateTimeKind = 'Local';
  return new PSDateTime(adjusted - offset * 60000, kind);
}

const EXACT_FIELDS: Readonly<Record<string, string>> = {
  yyyy: '(?<year>\\d{4})',
  yy: '(?<year2>\\d{2})',
  MM: '(?<month>\\d{2})',
  M: '(?<month>\\d{1,2})',
  dd: '(?<day>\\d{2})',
  d: '(?<day>\\d{1,2})',
  HH: '(?<hour>\\d{2})',
  H: '(?<hour>\\d{1,2})',
  hh: '(?<hour12>\\d{2})',
  h: '(?<hour12>\\d{1,2})',
  mm: '(?<minute>\\d{2})',
  m: '(?<minute>\\d{1,2})',
  ss: '(?<second>\\d{2})',
  s: '(?<second>\\d{1,2})',
  fff: '(?<fraction>\\d{3})',
  ff: '(?<fraction>\\d{2})',
  f: '(?<fraction>\\d)',
  tt: '(?<designator>AM|PM)',
  MMMM: `(?<monthName>${MONTHS.join('|')})`,
  MMM: `(?<monthAbbr>${MONTHS.map((m) => m.slice(0, 3)).join('|')})`,
};

/**
 * `DateTime.ParseExact(text, format, provider)` for custom formats made of `yyyy yy MMMM MMM MM M dd d HH H hh h
 * mm m ss s fff ff f tt`, quoted literals and separators. Throws .NET's FormatException text.
 */
export function parseDateTimeExact(text: string, format: string): PSDateTime {
  const pattern = formatDateTimePattern(format.length === 1 ? (CULTURE_INDEPENDENT[format] ?? STANDARD_PATTERNS['en-US'][format] ?? format) : format);
  const m = new RegExp(`^${pattern}$`, 'i').exec(text);
  const g = m?.groups;
  if (g === undefined) throw badDateTime(text);
  const month = g.month !== undefined ? Number(g.month) : g.monthName !== undefined ? months()[g.monthName.toLowerCase()] : g.monthAbbr !== undefined ? months()[g.monthAbbr.toLowerCase()] : 1;
  const year = g.year !== undefined ? Number(g.year) : g.year2 !== undefined ? twoDigitYear(g.year2) : new Date().getFullYear();
  let hour = Number(g.hour ?? g.hour12 ?? 0);
  if (g.hour12 !== undefined && g.designator !== undefined) hour = (hour % 12) + (g.designator.toUpperCase() === 'PM' ? 12 : 0);
  const day = Number(g.day ?? 1);
  if (month === undefined || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || Number(g.minute ?? 0) > 59 || Number(g.second ?? 0) > 59) {
    throw badDateTime(text);
  }
  const millisecond = g.fraction === undefined ? 0 : Math.round(Number(`0.${g.fraction}`) * 1000);
  return new PSDateTime(Date.UTC(year, month - 1, day, hour, Number(g.minute ?? 0), Number(g.second ?? 0), millisecond), 'Unspecified');
}

/** A custom date pattern as a regular expression (each field at most once). */
function formatDateTimePattern(format: string): string {
  let out = '';
  const used = new Set<string>();
  for (let i = 0; i < format.length; ) {
    const ch = format[i] as string;
    if (ch === "'" || ch === '"') {
      const end = format.indexOf(ch, i + 1);
      out += escapeRegex(format.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? format.length : end + 1;
      continue;
    }
    if (ch === '\\') {
      out += escapeRegex(format[i + 1] ?? '');
      i += 2;
      continue;
    }
    let n = 1;
    while (format[i + n] === ch) n++;
    const token = ch.repeat(n);
    const field = EXACT_FIELDS[token];
    if (field !== undefined && !used.has(token)) {
      used.add(token);
      out += field;
    } else out += escapeRegex(token);
    i += n;
  }
  return out;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
