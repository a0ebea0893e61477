/**
 * ConvertTo-Json as pwsh 7.5 does it: values are pre-processed to `-Depth` (default 2; deeper objects become
 * their string form and the caller writes one warning), then written as Newtonsoft.Json writes them:
 * indented by two spaces with `"name": value`, or on one line with `-Compress`; enums as numbers unless
 * `-EnumsAsStrings`; DateTime as ISO 8601 with `Z`, an offset or nothing by kind; doubles with `.0` when
 * integral-looking text; NaN and infinities as strings.
 *
 * ConvertFrom-Json lives in `json-parse.ts`.
 */
// pwsh: commands/utility/WebCmdlet/JsonObject.cs (ConvertToJson, ProcessValue, AddPsProperties,
// ProcessDictionary, ProcessEnumerable) and ConvertToJsonCommand.cs; Newtonsoft.Json's JsonTextWriter
// (indentation, JavaScriptUtils.WriteEscapedJavaScriptString, JsonConvert.ToString(double): "R" + EnsureDecimalPlace,
// IsoDateFormat yyyy-MM-ddTHH:mm:ss.FFFFFFFK).
import { ErrorRecord, PSException, RuntimeException } from '../engine/errors.js';
import { Hashtable, PSDateTime, PSEnumValue, PSObject, type PSEnumType } from '../engine/ps-object.js';
import { ScriptBlock } from '../engine/script-block.js';
import { format } from '../engine/strings/format.js';
import { DictionaryEntry, KeyValuePair } from './dictionary-entry.js';
import { formatDateTime } from '../engine/datetime-format.js';
import { formatNumber } from '../engine/number-format.js';
import { WebCmdletStrings } from './strings/WebCmdletStrings.js';
import { displayString } from './value-display.js';

/** Newtonsoft's StringEscapeHandling (`-EscapeHandling`). */
export type StringEscapeHandling = 'Default' | 'EscapeNonAscii' | 'EscapeHtml';

/** The `Newtonsoft.Json.StringEscapeHandling` enum ConvertTo-Json's `-EscapeHandling` is declared with. */
export const StringEscapeHandlingType: PSEnumType = {
  fullName: 'Newtonsoft.Json.StringEscapeHandling',
  name: 'StringEscapeHandling',
  members: [['Default', 0], ['EscapeNonAscii', 1], ['EscapeHtml', 2]],
};

/** ConvertTo-Json's switches. */
export interface ConvertToJsonOptions {
  /** `-Depth`, 0–100; 2 by default. */
  readonly depth?: number;
  readonly compress?: boolean;
  readonly enumsAsStrings?: boolean;
  readonly escapeHandling?: StringEscapeHandling;
}

/** The JSON text, and whether `-Depth` cut something off (the cmdlet then writes JsonMaxDepthReached). */
export interface ConvertToJsonResult {
  readonly json: string;
  readonly truncated: boolean;
}

/** A number already written as Newtonsoft writes it. */
class JsonNumber {
  constructor(readonly text: string) {}
}

type JsonNode = null | boolean | string | JsonNumber | JsonNode[] | Map<string, JsonNode>;

/** Newtonsoft's text for a double: `R` format, `.0` added when the text has no `.` or exponent. */
function doubleText(value: number): JsonNode {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  const text = formatNumber(value, undefined, 'invariant');
  return new JsonNumber(/[.E]/.test(text) ? text : `${text}.0`);
}

/** Newtonsoft's IsoDateFormat: fraction without trailing zeros, `Z` for Utc, the offset for Local. */
export function isoDateText(date: PSDateTime): string {
  return formatDateTime(date, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK", 'invariant');
}

class JsonPreprocessor {
  truncated = false;

  constructor(
    private readonly maxDepth: number,
    private readonly enumsAsStrings: boolean,
  ) {}

  /** JsonObject.ProcessValue. */
  process(value: unknown, depth: number): JsonNode {
    if (value === null || value === undefined) return null;
    switch (typeof value) {
      case 'string':
        return value;
      case 'boolean':
        return value;
      case 'number':
        if (Object.is(value, -0)) return new JsonNumber('-0.0');
        return Number.isInteger(value) ? new JsonNumber(formatNumber(value, undefined, 'invariant')) : doubleText(value);
      case 'bigint':
        return new JsonNumber(value.toString());
      default:
        break;
    }
    if (value instanceof PSDateTime) return isoDateText(value);
    if (value instanceof PSEnumValue) return this.enumsAsStrings ? value.name : new JsonNumber(String(value.value));
    if (depth > this.maxDepth) {
      this.truncated = true;
      return displayString(value, 'invariant');
    }
    if (value instanceof Hashtable) return this.dictionary(value, depth);
    if (Array.isArray(value)) return value.map((element) => this.process(element, depth + 1));
    if (value instanceof PSObject) {
      return new Map(value.properties.map((p) => [p.name, this.process(p.value, depth + 1)] as const));
    }
    if (value instanceof DictionaryEntry) {
      return new Map<string, JsonNode>([
        ['Key', this.process(value.key, depth + 1)],
        ['Value', this.process(value.value, depth + 1)],
        ['Name', this.process(value.key, depth + 1)],
      ]);
    }
    if (value instanceof KeyValuePair) {
      return new Map<string, JsonNode>([
        ['Key', this.process(value.key, depth + 1)],
        ['Value', this.process(value.value, depth + 1)],
      ]);
    }
    if (value instanceof ScriptBlock || value instanceof ErrorRecord) return displayString(value, 'invariant');
    if (Object.getPrototypeOf(value) === Object.prototype) {
      return new Map(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, this.process(v, depth + 1)] as const));
    }
    return displayString(value, 'invariant');
  }

  /** ProcessDictionary: keys must be strings. */
  private dictionary(table: Hashtable, depth: number): JsonNode {
    const result = new Map<string, JsonNode>();
    for (const [key, entryValue] of table) {
      if (typeof key !== 'string') {
        const record = new ErrorRecord(
          new PSException(format(WebCmdletStrings.NonStringKeyInDictionary, table.typeName), 'System.InvalidOperationException'),
          'NonStringKeyInDictionary',
          'InvalidOperation',
          table,
        );
        throw new RuntimeException(record);
      }
      result.set(key, this.process(entryValue, depth + 1));
    }
    return result;
  }
}

function hex4(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** JavaScriptUtils.WriteEscapedJavaScriptString with a double-quote delimiter. */
export function jsonString(text: string, escapeHandling: StringEscapeHandling = 'Default'): string {
  let out = '"';
  for (const c of text) {
    for (let i = 0; i < c.length; i++) {
      const unit = c[i] as string;
      const code = unit.charCodeAt(0);
      switch (unit) {
        case '\t':
          out += '\\t';
          continue;
        case '\n':
          out += '\\n';
          continue;
        case '\r':
          out += '\\r';
          continue;
        case '\f':
          out += '\\f';
          continue;
        case '\b':
          out += '\\b';
          continue;
        case '\\':
          out += '\\\\';
          continue;
        case '\u0085':
        case '\u2028':
        case '\u2029':
          out += hex4(code);
          continue;
        default:
          break;
      }
      if (code < 0x20) out += hex4(code);
      else if (unit === '"') out += escapeHandling === 'EscapeHtml' ? hex4(code) : '\\"';
      else if (escapeHandling === 'EscapeHtml' && (unit === "'" || unit === '<' || unit === '>' || unit === '&')) out += hex4(code);
      else if (escapeHandling === 'EscapeNonAscii' && code >= 0x80) out += hex4(code);
      else out += unit;
    }
  }
  return `${out}"`;
}

function write(node: JsonNode, indent: string, compress: boolean, escapeHandling: StringEscapeHandling): string {
  if (node === null) return 'null';
  if (typeof node === 'boolean') return node ? 'true' : 'false';
  if (typeof node === 'string') return jsonString(node, escapeHandling);
  if (node instanceof JsonNumber) return node.text;
  const inner = `${indent}  `;
  const newline = compress ? '' : '\n';
  if (Array.isArray(node)) {
    if (node.length === 0) return '[]';
    const items = node.map((item) => (compress ? '' : inner) + write(item, inner, compress, escapeHandling));
    return `[${newline}${items.join(`,${newline}`)}${newline}${compress ? '' : indent}]`;
  }
  if (node.size === 0) return '{}';
  const members = [...node].map(
    ([name, value]) => `${compress ? '' : inner}${jsonString(name, escapeHandling)}:${compress ? '' : ' '}${write(value, inner, compress, escapeHandling)}`,
  );
  return `{${newline}${members.join(`,${newline}`)}${newline}${compress ? '' : indent}}`;
}

/**
 * Serialises `value` as ConvertTo-Json does (pass an array for several pipeline inputs or `-AsArray`).
 * Throws a {@link RuntimeException} with pwsh's NonStringKeyInDictionary record for a dictionary whose keys
 * are not strings.
 */
export function convertToJson(value: unknown, options: ConvertToJsonOptions = {}): ConvertToJsonResult {
  const preprocessor = new JsonPreprocessor(options.depth ?? 2, options.enumsAsStrings ?? false);
  const node = preprocessor.process(value, 0);
  return { json: write(node, '', options.compress ?? false, options.escapeHandling ?? 'Default'), truncated: preprocessor.truncated };
}

/** The warning ConvertTo-Json writes once when `-Depth` cut the value (WebCmdletStrings.JsonMaxDepthReached). */
export function jsonMaxDepthWarning(depth: number): string {
  return format(WebCmdletStrings.JsonMaxDepthReached, depth);
}
