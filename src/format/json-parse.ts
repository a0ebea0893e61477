/**
 * ConvertFrom-Json as pwsh 7.5 does it: JSON text → PSCustomObjects with properties in document order (or
 * ordered hashtables with `-AsHashtable`), arrays, numbers, booleans, null, and ISO 8601 date strings
 * turned into DateTime values (`Z` → Utc, an offset → Local, none → Unspecified) unless `-DateKind String`.
 *
 * The reader follows Newtonsoft.Json's JsonTextReader, which pwsh uses: comments, single-quoted strings,
 * unquoted property names and trailing commas are accepted; the first error ends the conversion with
 * Newtonsoft's message, path, line and position, wrapped in pwsh's JsonDeserializationFailed text.
 */
// pwsh: commands/utility/WebCmdlet/JsonObject.cs (ConvertFromJson, PopulateFromJDictionary,
// PopulateHashTableFromJDictionary) and ConvertFromJsonCommand.cs; Newtonsoft.Json JsonTextReader
// (ParseValue, ParseProperty, ParseNumber), DateTimeUtils.TryParseDateTimeIso / DateTimeParser, JsonPosition.
import { ErrorRecord, PSException } from '../engine/errors.js';
import { Hashtable, PSDateTime, PSObject, type PSEnumType } from '../engine/ps-object.js';
import { format } from '../engine/strings/format.js';
import { WebCmdletStrings } from './strings/WebCmdletStrings.js';

/** ConvertFrom-Json's `-DateKind`. pcsh has no DateTimeOffset: `Offset` gives a Local DateTime. */
export type JsonDateKind = 'Default' | 'Local' | 'Utc' | 'Offset' | 'String';

/** The `Microsoft.PowerShell.Commands.JsonDateKind` enum ConvertFrom-Json's `-DateKind` is declared with. */
export const JsonDateKindType: PSEnumType = {
  fullName: 'Microsoft.PowerShell.Commands.JsonDateKind',
  name: 'JsonDateKind',
  members: [['Default', 0], ['Local', 1], ['Utc', 2], ['Offset', 3], ['String', 4]],
};

/** ConvertFrom-Json's switches. */
export interface ConvertFromJsonOptions {
  readonly asHashtable?: boolean;
  /** `-Depth`: the reader's MaxDepth, 1024 by default. */
  readonly depth?: number;
  readonly dateKind?: JsonDateKind;
}

/**
 * A conversion failure. `argumentException` is true for syntax errors (pwsh throws ArgumentException,
 * `System.ArgumentException,…ConvertFromJsonCommand`); otherwise `record` is pwsh's error record
 * (EmptyKeyInJsonString, DuplicateKeysInJsonString, KeysWithDifferentCasingInJsonString).
 */
export class JsonConversionError extends Error {
  constructor(
    message: string,
    readonly record: ErrorRecord,
  ) {
    super(message);
  }
}

/** The record pwsh's engine makes when a cmdlet throws ArgumentException. */
function argumentExceptionRecord(message: string): ErrorRecord {
  return new ErrorRecord(new PSException(message, 'System.ArgumentException'), 'System.ArgumentException', 'NotSpecified', null);
}

function invalidOperationRecord(message: string, errorId: string): ErrorRecord {
  return new ErrorRecord(new PSException(message, 'System.InvalidOperationException'), errorId, 'InvalidOperation', null);
}

/** A parsed JSON object before it becomes a PSObject or Hashtable: properties in order, duplicates kept. */
class JsonObjectValue {
  readonly entries: [string, JsonValue][] = [];
}
type JsonValue = null | boolean | number | string | PSDateTime | JsonValue[] | JsonObjectValue;

type PathPart = { readonly kind: 'property'; name: string } | { readonly kind: 'index'; index: number };

/** Newtonsoft's reader, in miniature: positions, paths and messages as JsonTextReader reports them. */
class JsonReader {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private started = false;
  private depth = 0;
  private readonly path: PathPart[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    private readonly dateKind: JsonDateKind,
  ) {}

  /** Reads the whole text: one value, then only white space and comments. Empty text is `null`. */
  readDocument(): JsonValue {
    this.skipWhitespace();
    if (this.pos >= this.text.length) return null;
    const value = this.readValue();
    this.skipWhitespace();
    if (this.pos < this.text.length) {
      this.fail(`Additional text encountered after finished reading JSON content: ${this.text[this.pos]}.`, this.column());
    }
    return value;
  }

  private column(): number {
    return this.pos - this.lineStart;
  }

  private pathText(): string {
    let text = '';
    for (const part of this.path) {
      if (part.kind === 'index') text += `[${part.index}]`;
      else if (/^[A-Za-z0-9_$]*$/.test(part.name) && part.name !== '') text += text === '' ? part.name : `.${part.name}`;
      else text += `['${part.name.replaceAll("'", "\\'")}']`;
    }
    return text;
  }

  private fail(message: string, position: number): never {
    const line = this.started ? this.line : 0;
    const where = this.started ? position : 0;
    const full = `${message} Path '${this.pathText()}', line ${line}, position ${where}.`;
    throw new JsonConversionError(full, argumentExceptionRecord(format(WebCmdletStrings.JsonDeserializationFailed, full)));
  }

  private unexpectedEnd(): never {
    return this.fail('Unexpected end when reading JSON.', this.column());
  }

  private advance(): string {
    const c = this.text[this.pos++] as string;
    if (c === '\n' || (c === '\r' && this.text[this.pos] !== '\n')) {
      this.line++;
      this.lineStart = this.pos;
    }
    return c;
  }

  private skipWhitespace(): void {
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) return;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff' || /\s/u.test(c)) {
        this.advance();
      } else if (c === '/' && this.text[this.pos + 1] === '/') {
        while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.advance();
      } else if (c === '/' && this.text[this.pos + 1] === '*') {
        const end = this.text.indexOf('*/', this.pos + 2);
        if (end < 0) {
          while (this.pos < this.text.length) this.advance();
          this.unexpectedEnd();
        }
        while (this.pos < end + 2) this.advance();
      } else {
        return;
      }
    }
  }

  private readValue(): JsonValue {
    this.skipWhitespace();
    const c = this.text[this.pos];
    if (c === undefined) this.unexpectedEnd();
    switch (c) {
      case '{':
        return this.readObject();
      case '[':
        return this.readArray();
      case '"':
      case "'":
        return this.readStringValue();
      case 't':
        return this.readLiteral('true', true, 'Error parsing boolean value.');
      case 'f':
        return this.readLiteral('false', false, 'Error parsing boolean value.');
      case 'n':
        // Newtonsoft looks one character ahead: `nu…` is null, anything else is unexpected.
        if (this.text[this.pos + 1] !== 'u') return this.fail(`Unexpected character encountered while parsing value: ${c}.`, this.column());
        return this.readLiteral('null', null, 'Error parsing null value.');
      case 'N':
        return this.readLiteral('NaN', Number.NaN, 'Cannot read NaN value.');
      case 'I':
        return this.readLiteral('Infinity', Number.POSITIVE_INFINITY, 'Cannot read Infinity value.');
      default:
        if (c === '-' || (c >= '0' && c <= '9') || c === '.') return this.readNumber();
        return this.fail(`Unexpected character encountered while parsing value: ${c}.`, this.column());
    }
  }

  private readLiteral(word: string, value: JsonValue, message: string): JsonValue {
    this.started = true;
    if (this.text.startsWith(word, this.pos)) {
      for (let i = 0; i < word.length; i++) this.advance();
      return value;
    }
    if (word === 'Infinity' || word === 'NaN') return this.fail(message, this.column());
    return this.fail(message, this.column() + 1);
  }

  private readNumber(): JsonValue {
    this.started = true;
    const start = this.pos;
    while (this.pos < this.text.length && /[-+0-9.eExXa-fA-F]/.test(this.text[this.pos] as string)) this.advance();
    const raw = this.text.slice(start, this.pos);
    if (raw === '-' && this.text.startsWith('Infinity', this.pos)) {
      for (let i = 0; i < 'Infinity'.length; i++) this.advance();
      return Number.NEGATIVE_INFINITY;
    }
    if (/^-?(0|[1-9]\d*)$/.test(raw)) return Number(raw);
    if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/.test(raw) || /^-?\.\d+([eE][-+]?\d+)?$/.test(raw)) return Number(raw);
    if (/^0[xX][0-9a-fA-F]+$/.test(raw)) return Number.parseInt(raw.slice(2), 16);
    return this.fail(`Input string '${raw}' is not a valid number.`, this.column());
  }

  private readString(): string {
    this.started = true;
    const quote = this.advance();
    let out = '';
    for (;;) {
      if (this.pos >= this.text.length) {
        return this.fail(`Unterminated string. Expected delimiter: ${quote}.`, this.column());
      }
      const c = this.advance();
      if (c === quote) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      if (this.pos >= this.text.length) return this.fail(`Unterminated string. Expected delimiter: ${quote}.`, this.column());
      const e = this.advance();
      switch (e) {
        case 'b':
          out += '\b';
          break;
        case 't':
          out += '\t';
          break;
        case 'n':
          out += '\n';
          break;
        case 'f':
          out += '\f';
          break;
        case 'r':
          out += '\r';
          break;
        case 'u': {
          const hex = this.text.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) return this.fail(`Invalid Unicode escape sequence: \\u${hex}.`, this.column());
          for (let i = 0; i < 4; i++) this.advance();
          out += String.fromCharCode(Number.parseInt(hex, 16));
          break;
        }
        case '\\':
        case '/':
        case '"':
        case "'":
          out += e;
          break;
        default:
          return this.fail(`Bad JSON escape sequence: \\${e}.`, this.column());
      }
    }
  }

  private readStringValue(): JsonValue {
    const text = this.readString();
    return parseJsonDate(text, this.dateKind) ?? text;
  }

  /** Opens a container; Newtonsoft fails when it would be deeper than MaxDepth. */
  private enter(): void {
    if (this.depth + 1 > this.maxDepth) {
      this.fail(`The reader's MaxDepth of ${this.maxDepth} has been exceeded.`, this.column() + 1);
    }
    this.depth++;
  }

  /**
   * Reads `[...]` or `{...}`: items separated by commas (a trailing comma is allowed) up to `close`.
   * `readItem(index)` reads one item and, for the first, pushes the container's path part; Newtonsoft's path
   * names the last item read until the next one starts.
   */
  private readContainer(close: ']' | '}', readItem: (index: number) => void, afterItem: string): void {
    this.started = true;
    this.enter();
    this.advance();
    let count = 0;
    for (;;) {
      this.skipWhitespace();
      const c = this.text[this.pos];
      if (c === undefined) return this.unexpectedEnd();
      if (c !== close) {
        readItem(count++);
        this.skipWhitespace();
        const next = this.text[this.pos];
        if (next === undefined) return this.unexpectedEnd();
        if (next === ',') {
          this.advance();
          continue;
        }
        if (next !== close) return this.fail(`${afterItem} ${next}.`, this.column());
      }
      this.advance();
      if (count > 0) this.path.pop();
      this.depth--;
      return;
    }
  }

  private readArray(): JsonValue[] {
    const result: JsonValue[] = [];
    const part: PathPart = { kind: 'index', index: 0 };
    this.readContainer(
      ']',
      (index) => {
        part.index = index;
        if (index === 0) this.path.push(part);
        result.push(this.readValue());
      },
      'After parsing a value an unexpected character was encountered:',
    );
    return result;
  }

  private readPropertyName(): string {
    const c = this.text[this.pos] as string;
    if (c === '"' || c === "'") return this.readString();
    if (/[A-Za-z0-9_$]/.test(c)) {
      const start = this.pos;
      while (this.pos < this.text.length && /[A-Za-z0-9_$]/.test(this.text[this.pos] as string)) this.advance();
      return this.text.slice(start, this.pos);
    }
    return this.fail(`Invalid property identifier character: ${c}.`, this.column());
  }

  private readObject(): JsonObjectValue {
    const result = new JsonObjectValue();
    const part: PathPart = { kind: 'property', name: '' };
    this.readContainer(
      '}',
      (index) => {
        const name = this.readPropertyName();
        if (index === 0) this.path.push(part);
        part.name = name;
        this.skipWhitespace();
        const colon = this.text[this.pos];
        if (colon === undefined) this.unexpectedEnd();
        if (colon !== ':') this.fail(`Invalid character after parsing property name. Expected ':' but got: ${colon}.`, this.column());
        this.advance();
        result.entries.push([name, this.readValue()]);
      },
      'After parsing a property value an unexpected character was encountered:',
    );
    return result;
  }
}

const IsoDate = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const MicrosoftDate = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

/**
 * Newtonsoft's date recognition (DateParseHandling.DateTime with RoundtripKind): `yyyy-MM-ddTHH:mm:ss[.f…][Z|±hh[:mm]]`
 * (19–40 characters) and `/Date(ms)/`. Returns undefined for other strings and for `-DateKind String`.
 */
export function parseJsonDate(text: string, dateKind: JsonDateKind = 'Default'): PSDateTime | undefined {
  if (dateKind === 'String') return undefined;
  let instant: number;
  let zone: 'none' | 'utc' | 'offset';
  const ms = MicrosoftDate.exec(text);
  if (ms !== null) {
    instant = Number(ms[1]);
    zone = ms[2] === undefined ? 'utc' : 'offset';
  } else {
    if (text.length < 19 || text.length > 40 || text[10] !== 'T') return undefined;
    const m = IsoDate.exec(text);
    if (m === null) return undefined;
    const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 59) return undefined;
    if (hour === 24 && (minute !== 0 || second !== 0)) return undefined;
    const fraction = m[7] === undefined ? 0 : Math.round(Number(`0.${m[7].slice(0, 7)}`) * 1000);
    const wall = Date.UTC(year, month - 1, day, hour, minute, second, fraction);
    if (new Date(wall).getUTCDate() !== day && hour !== 24) return undefined;
    const zoneText = m[8];
    if (zoneText === undefined) {
      zone = 'none';
      instant = wall;
    } else if (zoneText === 'Z' || zoneText === 'z') {
      zone = 'utc';
      instant = wall;
    } else {
      const sign = zoneText.startsWith('-') ? -1 : 1;
      const digits = zoneText.slice(1).replace(':', '');
      const offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
      zone = 'offset';
      instant = wall - offsetMinutes * 60_000;
    }
  }
  switch (dateKind) {
    case 'Utc':
      return new PSDateTime(instant, 'Utc');
    case 'Local':
      return new PSDateTime(instant, 'Local');
    default:
      if (zone === 'utc') return new PSDateTime(instant, 'Utc');
      if (zone === 'offset') return new PSDateTime(instant, 'Local');
      return new PSDateTime(instant, 'Unspecified');
  }
}

function toPSObject(value: JsonObjectValue): PSObject {
  const result = new PSObject();
  const seen = new Map<string, string>();
  for (const [name, entryValue] of value.entries) {
    if (name === '') {
      const message = WebCmdletStrings.EmptyKeyInJsonString;
      throw new JsonConversionError(message, invalidOperationRecord(message, 'EmptyKeyInJsonString'));
    }
    const existing = seen.get(name.toLowerCase());
    if (existing !== undefined) {
      // Newtonsoft keeps the last of two identical names; a different casing cannot be a PSObject property.
      if (existing === name) {
        result.setProperty(name, convert(entryValue, false));
        continue;
      }
      const message = format(WebCmdletStrings.KeysWithDifferentCasingInJsonString, existing, name);
      throw new JsonConversionError(message, invalidOperationRecord(message, 'KeysWithDifferentCasingInJsonString'));
    }
    seen.set(name.toLowerCase(), name);
    result.setProperty(name, convert(entryValue, false));
  }
  return result;
}

function toHashtable(value: JsonObjectValue): Hashtable {
  // Newtonsoft's JObject keeps one property per exact name (first position, last value); pwsh's
  // OrderedHashtable then rejects names that differ only in case.
  const merged = new Map<string, JsonValue>();
  for (const [name, entryValue] of value.entries) merged.set(name, entryValue);
  const result = new Hashtable('OrderedDictionary', 'System.Management.Automation.OrderedHashtable');
  for (const [name, entryValue] of merged) {
    if (result.has(name)) {
      const message = format(WebCmdletStrings.DuplicateKeysInJsonString, name);
      throw new JsonConversionError(message, invalidOperationRecord(message, 'DuplicateKeysInJsonString'));
    }
    result.set(name, convert(entryValue, true));
  }
  return result;
}

function convert(value: JsonValue, asHashtable: boolean): unknown {
  if (value instanceof JsonObjectValue) return asHashtable ? toHashtable(value) : toPSObject(value);
  if (Array.isArray(value)) return value.map((element) => convert(element, asHashtable));
  return value;
}

/**
 * Converts JSON text as ConvertFrom-Json does. Throws {@link JsonConversionError} (whose `record` is what the
 * cmdlet terminates with) for invalid JSON and for keys a PSCustomObject cannot hold.
 */
export function convertFromJson(text: string, options: ConvertFromJsonOptions = {}): unknown {
  const reader = new JsonReader(text, options.depth ?? 1024, options.dateKind ?? 'Default');
  return convert(reader.readDocument(), options.asHashtable ?? false);
}
