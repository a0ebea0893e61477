// Cell text of values (PSObjectHelper.SmartToString / GetObjectName in MshObjectUtil.cs, PSObject.ToString in
// MshObject.cs), display widths (ILineOutput.cs DisplayCells) and word wrapping (ComplexWriter.cs GenerateLines).
import { describe, expect, it } from 'vitest';
import { Hashtable, PSDateTime, PSEnumValue, PSObject, type PSEnumType } from '../../src/engine/ps-object.js';
import { displayWidth } from '../../src/format/display-cells.js';
import { generateLines, splitLines } from '../../src/format/text-lines.js';
import { displayString, smartToString } from '../../src/format/value-display.js';

const Color: PSEnumType = { fullName: 'Test.Color', name: 'Color', members: [['Red', 0], ['Green', 1]] };
const selected = PSObject.custom({ a: 1 });
selected.typeNames.unshift('Selected.System.Management.Automation.PSCustomObject');

describe('smartToString', () => {
  it.each<[string, unknown, string]>([
    ['$null is empty', null, ''],
    ['booleans', true, 'True'],
    ['four elements then …', [1, 2, 3, 4, 5], '{1, 2, 3, 4…}'],
    ['exactly four elements', [1, 2, 3, 4], '{1, 2, 3, 4}'],
    ['empty collection', [], '{}'],
    ['a $null element', [1, null], '{1, $null}'],
    ['a Hashtable shows its keys', Hashtable.from([['a', 1], ['b', 2]]), '{a, b}'],
    ['a Dictionary<,> shows [key, value]', Hashtable.from([['a', 1], ['b', 2]], 'Dictionary', 'System.Collections.Generic.Dictionary`2[System.String,System.Int32]'), '{[a, 1], [b, 2]}'],
    ['PSCustomObject elements', [PSObject.custom({ a: 1, b: 2 })], '{@{a=1; b=2}}'],
    ['hashtable elements show their keys', [Hashtable.from([['x', 1]])], '{x}'],
    ['a nested PSCustomObject', PSObject.custom({ a: 1, b: [1, 2] }), '@{a=1; b=1 2}'],
    ['a selected PSCustomObject is still @{...}', selected, '@{a=1}'],
    ['an empty PSCustomObject', PSObject.custom({}), ''],
    ['typed objects show their type name', new PSObject(['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart', 'System.Object'], [['Id', 'x']]), 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart'],
    ['typed elements show their Name/Id property', [new PSObject(['My.Type', 'System.Object'], [['Id', 'c-1']])], '{c-1}'],
    ['an enum shows its name', PSEnumValue.parse(Color, 'green'), 'Green'],
    ['0.1 + 0.2 with 15 digits', 0.1 + 0.2, '0.3'],
    ['a DateTime in en-US', new PSDateTime(Date.UTC(2024, 0, 2, 15, 4, 5), 'Unspecified'), '1/2/2024 3:04:05 PM'],
    ['a nested Hashtable is its type name', PSObject.custom({ h: new Hashtable() }), '@{h=System.Collections.Hashtable}'],
  ])('%s', (_name, value, expected) => {
    expect(smartToString(value)).toBe(expected);
  });

  it.each<[number, unknown, string]>([
    [-1, [1, 2, 3, 4, 5], '{1, 2, 3, 4, 5}'],
    [0, [1, 2], '{…}'],
    [2, [1, 2, 3], '{1, 2…}'],
  ])('$FormatEnumerationLimit %i', (limit, value, expected) => {
    expect(smartToString(value, limit)).toBe(expected);
  });

  it.each<[number, string]>([
    [1.5, '1.50'],
    [1234.56789, '1234.57'],
    [3, '3'],
  ])('table cells format %d with F', (value, expected) => {
    expect(smartToString(value, 4, true)).toBe(expected);
  });

  it('uses the invariant culture for [string] conversions', () => {
    expect(displayString(new PSDateTime(Date.UTC(2024, 0, 2, 15, 4, 5), 'Unspecified'), 'invariant')).toBe('01/02/2024 15:04:05');
  });
});

describe('display widths and lines', () => {
  it.each<[string, number]>([
    ['abc', 3],
    ['消息', 4],
    ['千', 2],
    ['ｱ', 1],
    ['😀', 2],
    ['\x1b[32;1mgreen\x1b[0m', 5],
  ])('%j is %i cells', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it.each<[string, number, string[]]>([
    ['alpha beta gamma', 11, ['alpha beta ', 'gamma']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['one\ntwo', 10, ['one', 'two']],
    ['消息消息', 5, ['消息', '消息']],
    ['', 5, ['']],
  ])('%j at %i cells', (text, width, lines) => {
    expect(generateLines(text, width)).toEqual(lines);
  });

  it('splits VT-coloured text as pwsh does: a reset at each line end, the sequences again at the next start', () => {
    expect(splitLines('\x1b[31mred\nstill\x1b[0m\nplain')).toEqual(['\x1b[31mred\x1b[0m', '\x1b[31mstill\x1b[0m', '\x1b[31m\x1b[0mplain\x1b[0m']);
  });
});
