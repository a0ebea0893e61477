// Lists, with rows ported from pwsh's test/powershell/Modules/Microsoft.PowerShell.Utility/Format-List.Tests.ps1
// and Out-String.Tests.ps1, and cases traced through ListWriter.cs / BaseOutputtingCommand.cs.
import { describe, expect, it } from 'vitest';
import { Hashtable, PSObject } from '../../src/engine/ps-object.js';
import { formatForHost } from '../../src/format/out-default.js';
import { formatThenOutString, visible } from './format-helpers.js';

const obj = (props: Record<string, unknown>): PSObject => PSObject.custom(props);
const A = '\x1b[32;1m';
const R = '\x1b[0m';

describe('Format-List | Out-String (Format-List.Tests.ps1)', () => {
  it.each<[string, readonly unknown[], string]>([
    ['Should produce the expected output', [obj({ testName: 'testValue' })], '\ntestName : testValue\n\n'],
    ['double byte wide chars', [obj({ '哇': '62', dbda: 'KM', '消息': '千' })], '\n哇   : 62\ndbda : KM\n消息 : 千\n\n'],
    ['doubles are not rounded in lists', [obj({ double: 1234.56789, float: 9876.543, decimal: 4567.123456789 })],
      '\ndouble  : 1234.56789\nfloat   : 9876.543\ndecimal : 4567.123456789\n\n'],
    ['Format-List with array should work', [Hashtable.from([['array', Array.from({ length: 256 }, (_, i) => i)]])],
      '\nName  : array\nValue : {0, 1, 2, 3…}\n\n'],
    ['complex object: arrays and enums', [Hashtable.from([['intArray', [1, 2, 3, 4]], ['arrayList', ['string1', 'string2']]])],
      '\nName  : intArray\nValue : {1, 2, 3, 4}\n\nName  : arrayList\nValue : {string1, string2}\n\n'],
    ['each object gets its own labels', [obj({ Name: 'name1', Length: 1 }), obj({ Name: 'name2', Value: 'value2', Length: 2 })],
      '\nName   : name1\nLength : 1\n\nName   : name2\nValue  : value2\nLength : 2\n\n'],
    // an empty value leaves the separator's trailing space
    ['empty value', [obj({ a: null, bb: '' })], '\na  : \nbb : \n\n'],
    ['a multi-line value continues under the value column', [obj({ k: 'one\ntwo' })], '\nk : one\n    two\n\n'],
  ])('%s', (_name, objects, expected) => {
    expect(visible(formatThenOutString('List', {}, objects))).toBe(visible(expected));
  });

  it.each<[string, unknown]>([
    // 'Format-List with ... for End-To-End should work': no properties match, nothing but blank lines
    ['single line string', 'single line string'],
    ['multiple line string', 'Line1\nLine2'],
    ['empty hashtable', new Hashtable()],
  ])('-Force -Property foo,bar on a %s shows nothing', (_name, value) => {
    expect(formatThenOutString('List', { force: true, properties: [{ name: 'foo' }, { name: 'bar' }] }, [value]).trim()).toBe('');
  });

  it('-Property with a wildcard and a calculated property', () => {
    const text = formatThenOutString('List', { properties: [{ name: 'na*' }, { computedSlot: 0, label: 'Twice' }] }, [obj({ name: 'x', size: 2 })]);
    expect(text).toBe('\nname  : x\nTwice : \n\n');
  });

  it.each<[string, readonly unknown[], string]>([
    // 'Property names should use FormatAccent' (without the fixed-label-width test hook)
    ['labels use FormatAccent', [obj({ Short: 1, LongLabelName: 2 })], `\n${A}Short         : ${R}1\n${A}LongLabelName : ${R}2\n\n`],
    // 'VT decorations in a property value should not be leaked in list view'
    ['a value with VT gets a reset', [obj({ a: 'Hello', b: '\x1b[36mworld' })], `\n${A}a : ${R}Hello\n${A}b : ${R}\x1b[36mworld${R}\n\n`],
  ])('colour: %s', (_name, objects, expected) => {
    expect(formatThenOutString('List', {}, objects, { color: true })).toBe(expected);
  });

  it('Out-String -Width 30 wraps values under the value column', () => {
    expect(formatThenOutString('List', {}, [obj({ Text: 'alpha beta gamma delta epsilon zeta' })], { width: 30 })).toBe(
      '\nText : alpha beta gamma delta \n       epsilon zeta\n\n',
    );
  });
});

describe('Out-Default lists', () => {
  it('five properties make a list; the console wraps at width - 1', () => {
    const text = formatForHost([obj({ a: 1, b: 2, c: 3, d: 4, Text: Array.from({ length: 20 }, () => 'word').join(' ') })], 80);
    expect(text).toBe(`\na    : 1\nb    : 2\nc    : 3\nd    : 4\nText : ${'word '.repeat(14)}\n       ${Array.from({ length: 6 }, () => 'word').join(' ')}\n\n`);
  });

  it('an object that does not fit the current registered view is written out of band as a list', () => {
    const text = formatForHost([Hashtable.from([['k', 'v']]), obj({ x: 1 })], 80);
    expect(text).toBe(`\nName${' '.repeat(27)}Value\n----${' '.repeat(27)}-----\nk${' '.repeat(30)}v\n\nx : 1\n\n\n`);
  });
});
