// ConvertTo-Json / ConvertFrom-Json, with rows ported from pwsh's ConvertTo-Json.Tests.ps1 and
// ConvertFrom-Json.Tests.ps1 (exact strings), and cases traced through JsonObject.cs and Newtonsoft's writer.
import { describe, expect, it } from 'vitest';
import { Hashtable, PSDateTime, PSEnumValue, PSObject, type PSEnumType } from '../../src/engine/ps-object.js';
import { RuntimeException } from '../../src/engine/errors.js';
import { convertFromJson, JsonConversionError } from '../../src/format/json-parse.js';
import { convertToJson, jsonMaxDepthWarning, type ConvertToJsonOptions } from '../../src/format/json.js';
import { outString } from '../../src/format/out-default.js';

const obj = (props: Record<string, unknown>): PSObject => PSObject.custom(props);
const DayOfWeek: PSEnumType = {
  fullName: 'System.DayOfWeek',
  name: 'DayOfWeek',
  members: [['Sunday', 0], ['Monday', 1], ['Tuesday', 2], ['Wednesday', 3], ['Thursday', 4], ['Friday', 5], ['Saturday', 6]],
};
const day = (name: string): PSEnumValue => PSEnumValue.parse(DayOfWeek, name) as PSEnumValue;

describe('ConvertTo-Json', () => {
  it.each<[string, unknown, ConvertToJsonOptions, string]>([
    // 'Should accept minimum depth as 0.'
    ['-Depth 0', obj({ FirstLevel1: Hashtable.from([['Child1_1', 0], ['Bool', true]]), FirstLevel2: Hashtable.from([['x', 1]]), Integer: 10, Bool: false }), { depth: 0 },
      '{\n  "FirstLevel1": "System.Collections.Hashtable",\n  "FirstLevel2": "System.Collections.Hashtable",\n  "Integer": 10,\n  "Bool": false\n}'],
    ['one input is not an array', 1, {}, '1'],
    ['-AsArray (an array of one)', [1], {}, '[\n  1\n]'],
    // 'The result string should <Name>.' — not escaped by default, escaped with EscapeHtml
    ["' is not escaped by default", Hashtable.from([['abc', "'def'"]]), {}, '{\n  "abc": "\'def\'"\n}'],
    ["' with -EscapeHandling EscapeHtml", Hashtable.from([['abc', "'def'"]]), { escapeHandling: 'EscapeHtml' }, '{\n  "abc": "\\u0027def\\u0027"\n}'],
    ['EscapeHtml escapes <>&"', '<a href="x">&', { escapeHandling: 'EscapeHtml', compress: true }, '"\\u003ca href=\\u0022x\\u0022\\u003e\\u0026"'],
    ['EscapeNonAscii', 'é', { escapeHandling: 'EscapeNonAscii', compress: true }, '"\\u00e9"'],
    // 'Should handle null'
    ['property null', obj({ prop: null }), { compress: true }, '{"prop":null}'],
    ['null', null, { compress: true }, 'null'],
    ['array with null', [1, null, 2], { compress: true }, '[1,null,2]'],
    // Primitive scalar types
    ['int', 42, { compress: true }, '42'],
    ['negative int', -42, { compress: true }, '-42'],
    ['int max', 2147483647, { compress: true }, '2147483647'],
    ['double', 3.14159, { compress: true }, '3.14159'],
    ['negative double', -3.14159, { compress: true }, '-3.14159'],
    ['NaN is a string', Number.NaN, { compress: true }, '"NaN"'],
    ['Infinity is a string', Number.POSITIVE_INFINITY, { compress: true }, '"Infinity"'],
    ['-Infinity is a string', Number.NEGATIVE_INFINITY, { compress: true }, '"-Infinity"'],
    ['tiny double uses .NET exponent text', 1e-7, { compress: true }, '1E-07'],
    ['true', true, { compress: true }, 'true'],
    ['false', false, { compress: true }, 'false'],
    // String scalar types
    ['empty string', '', { compress: true }, '""'],
    ['newline', 'line1\nline2', { compress: true }, '"line1\\nline2"'],
    ['tab', 'col1\tcol2', { compress: true }, '"col1\\tcol2"'],
    ['quotes', 'say "hello"', { compress: true }, '"say \\"hello\\""'],
    ['backslash', 'c:\\path', { compress: true }, '"c:\\\\path"'],
    ['emoji is not escaped', '😀', { compress: true }, '"😀"'],
    ['control characters as lower-case \\u', '\u001f\u2028', { compress: true }, '"\\u001f\\u2028"'],
    // DateTime and related types
    ['DateTime Utc', new PSDateTime(Date.UTC(2024, 5, 15, 10, 30, 0), 'Utc'), { compress: true }, '"2024-06-15T10:30:00Z"'],
    ['DateTime Unspecified', new PSDateTime(Date.UTC(2024, 5, 15, 10, 30, 0), 'Unspecified'), { compress: true }, '"2024-06-15T10:30:00"'],
    ['DateTime fraction without trailing zeros', new PSDateTime(Date.UTC(2024, 5, 15, 10, 30, 0, 500), 'Utc'), { compress: true }, '"2024-06-15T10:30:00.5Z"'],
    // enums: numbers by default, names with -EnumsAsStrings ('["Monday","Wednesday","Friday"]')
    ['enums as numbers', [day('Monday'), day('Wednesday'), day('Friday')], { compress: true }, '[1,3,5]'],
    ['-EnumsAsStrings', [day('Monday'), day('Wednesday'), day('Friday')], { compress: true, enumsAsStrings: true }, '["Monday","Wednesday","Friday"]'],
    ['mixed array', [1, 'two', true, 3.14], { compress: true }, '[1,"two",true,3.14]'],
    ['empty array and object', obj({ a: [], b: new Hashtable() }), {}, '{\n  "a": [],\n  "b": {}\n}'],
    ['nested indentation', obj({ a: [1, [2]], b: obj({ c: 'x' }) }), {},
      '{\n  "a": [\n    1,\n    [\n      2\n    ]\n  ],\n  "b": {\n    "c": "x"\n  }\n}'],
  ])('%s', (_name, value, options, expected) => {
    expect(convertToJson(value, options).json).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    // §7/§9.7: beyond -Depth a value becomes its string form
    ['hashtable at depth 3', Hashtable.from([['a', Hashtable.from([['b', Hashtable.from([['c', Hashtable.from([['d', 1]])]])]])]]),
      '{\n  "a": {\n    "b": {\n      "c": "System.Collections.Hashtable"\n    }\n  }\n}'],
    ['PSCustomObject at depth 3', obj({ L1: obj({ L2: obj({ L3: obj({ L4: 'deep' }) }) }) }), '{\n  "L1": {\n    "L2": {\n      "L3": "@{L4=deep}"\n    }\n  }\n}'],
    ['array at depth 3 joined by spaces', obj({ a: obj({ b: obj({ c: [1, 2, 3] }) }) }), '{\n  "a": {\n    "b": {\n      "c": "1 2 3"\n    }\n  }\n}'],
  ])('truncates %s', (_name, value, expected) => {
    const result = convertToJson(value);
    expect(result).toEqual({ json: expected, truncated: true });
  });

  it('does not report truncation when everything fits', () => {
    expect(convertToJson(obj({ a: obj({ b: 1 }) })).truncated).toBe(false);
  });

  it('words the depth warning as WebCmdletStrings.JsonMaxDepthReached', () => {
    expect(jsonMaxDepthWarning(2)).toBe('Resulting JSON is truncated as serialization has exceeded the set depth of 2.');
  });

  it('rejects dictionary keys that are not strings (NonStringKeyInDictionary)', () => {
    let caught: unknown;
    try {
      convertToJson(Hashtable.from([[1, 'x']]));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RuntimeException);
    const record = (caught as RuntimeException).errorRecord;
    expect(record?.fullyQualifiedErrorId).toBe('NonStringKeyInDictionary');
    expect(record?.exception.message).toBe("The type 'System.Collections.Hashtable' is not supported for serialization or deserialization of a dictionary. Keys must be strings.");
  });
});

describe('ConvertFrom-Json', () => {
  it('makes PSCustomObjects with properties in document order', () => {
    const value = convertFromJson('{"b" : "1", "a": [1, 2.5, true, null], "c": {"d": {}}}') as PSObject;
    expect(value.isCustomObject).toBe(true);
    expect(value.properties.map((p) => p.name)).toEqual(['b', 'a', 'c']);
    expect(value.getProperty('a')?.value).toEqual([1, 2.5, true, null]);
    expect((value.getProperty('c')?.value as PSObject).getProperty('d')?.value).toBeInstanceOf(PSObject);
  });

  it.each<[string, string, unknown]>([
    ['null', 'null', null],
    ['empty text is null', '   ', null],
    ['an array', '[ 1, 2 ]', [1, 2]],
    ['comments and a trailing comma', '[1, /* two */ 2, // end\n]', [1, 2]],
    ['single-quoted string', "'x'", 'x'],
    ['escapes', '"a\\u0041\\n"', 'aA\n'],
  ])('%s', (_name, text, expected) => {
    expect(convertFromJson(text)).toEqual(expected);
  });

  it('keeps order with -AsHashtable and shows it as a Name/Value table (Order is preserved for a hashtable)', () => {
    const table = convertFromJson('{"a":1,"b":2,"c":3}', { asHashtable: true });
    expect(outString([table], { consoleWidth: 120 }).trim()).toBe(
      `Name${' '.repeat(27)}Value\n----${' '.repeat(27)}-----\na${' '.repeat(30)}1\nb${' '.repeat(30)}2\nc${' '.repeat(30)}3`,
    );
  });

  it.each<[string, string, number, 'Utc' | 'Local' | 'Unspecified']>([
    // 'Parses DateKind Default strings' (ConvertFrom-Json.Tests.ps1)
    ['an offset gives Local', '"2022-11-02T12:01:44.5801388+04:00"', Date.UTC(2022, 10, 2, 8, 1, 44, 580), 'Local'],
    ['a negative offset', '"2022-11-02T12:01:44.5801388-04:00"', Date.UTC(2022, 10, 2, 16, 1, 44, 580), 'Local'],
    ['no zone gives Unspecified', '"1970-01-01T00:00:00"', 0, 'Unspecified'],
    ['Z gives Utc', '"1970-01-01T00:00:00.0000000Z"', 0, 'Utc'],
    ['+10:00', '"1970-01-01T00:00:00.0000000+10:00"', -36_000_000, 'Local'],
  ])('date: %s', (_name, text, instant, kind) => {
    const value = convertFromJson(text);
    expect(value).toBeInstanceOf(PSDateTime);
    expect(value).toEqual(new PSDateTime(instant, kind));
  });

  it.each([['"2022-11-02T12:01:44.5801388+04:00"'], ['"1970-01-01T00:00:00"']])('-DateKind String keeps %s a string', (text) => {
    expect(convertFromJson(text, { dateKind: 'String' })).toBe(text.slice(1, -1));
  });

  it.each([['"2024-06-15"'], ['"hello T there 12345678"'], ['"2024-13-01T00:00:00"']])('does not take %s for a date', (text) => {
    expect(typeof convertFromJson(text)).toBe('string');
  });

  it.each<[string, string, object | undefined, string, string]>([
    ['incomplete array', '[1,', undefined, 'System.ArgumentException',
      "Conversion from JSON failed with error: Unexpected end when reading JSON. Path '[0]', line 1, position 3."],
    ['not JSON at all', 'not json', undefined, 'System.ArgumentException',
      "Conversion from JSON failed with error: Unexpected character encountered while parsing value: n. Path '', line 0, position 0."],
    ['text after the value', '{"a":1} x', undefined, 'System.ArgumentException',
      "Conversion from JSON failed with error: Additional text encountered after finished reading JSON content: x. Path '', line 1, position 8."],
    ['deeper than -Depth', '{"a":{"b":{}}}', { depth: 2 }, 'System.ArgumentException',
      "Conversion from JSON failed with error: The reader's MaxDepth of 2 has been exceeded. Path 'a.b', line 1, position 11."],
    ['empty key', '{"":1}', undefined, 'EmptyKeyInJsonString',
      'The provided JSON includes a property whose name is an empty string, this is only supported using the -AsHashTable switch.'],
    ['keys differing in case', '{"a":1,"A":2}', undefined, 'KeysWithDifferentCasingInJsonString',
      "Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key 'a' was 'A'."],
    ['keys differing in case with -AsHashtable', '{"a":1,"A":2}', { asHashtable: true }, 'DuplicateKeysInJsonString',
      "Cannot convert the JSON string because a dictionary that was converted from the string contains the duplicated key 'A'."],
  ])('error: %s', (_name, text, options, errorId, message) => {
    let caught: unknown;
    try {
      convertFromJson(text, options ?? {});
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(JsonConversionError);
    const record = (caught as JsonConversionError).record;
    expect(record.errorId).toBe(errorId);
    expect(record.exception.message).toBe(message);
  });

  it('keeps the last of two identical keys in the first one’s place', () => {
    const value = convertFromJson('{"a":1,"b":2,"a":3}') as PSObject;
    expect(value.properties.map((p) => [p.name, p.value])).toEqual([['a', 3], ['b', 2]]);
  });
});
