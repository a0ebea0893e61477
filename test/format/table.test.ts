// Tables, with rows ported from pwsh's test/powershell/Modules/Microsoft.PowerShell.Utility/Format-Table.Tests.ps1
// (exact strings) and cases traced through TableWriter.cs / ColumnWidthManager.cs / OutputQueue.cs.
import { describe, expect, it } from 'vitest';
import { Hashtable, PSDateTime, PSObject } from '../../src/engine/ps-object.js';
import { OutDefaultFormatter } from '../../src/format/out-default.js';
import { OutStringFormatter, outString } from '../../src/format/out-default.js';
import { FormatShapeProcessor } from '../../src/format/view-generator.js';
import { formatThenOutString, visible } from './format-helpers.js';

const obj = (props: Record<string, unknown>): PSObject => PSObject.custom(props);

describe('Format-Table | Out-String (Format-Table.Tests.ps1)', () => {
  it.each<[string, readonly PSObject[], string]>([
    ['double byte wide chars', [obj({ '哇': '62', dbda: 'KM', '消息': '千' })], '\n哇 dbda 消息\n-- ---- ----\n62 KM   千\n\n'],
    // "Should render header correctly where header is shorter than column width with justification"
    ['left/right', [obj({ a: 'abc', b: 123 })], '\na     b\n-     -\nabc 123\n\n'],
    ['left/left', [obj({ a: 'abc', b: 'abc' })], '\na   b\n-   -\nabc abc\n\n'],
    ['right/left', [obj({ a: 123, b: 'abc' })], '\n  a b\n  - -\n123 abc\n\n'],
    ['right/right', [obj({ a: 123, b: 123 })], '\n  a   b\n  -   -\n123 123\n\n'],
    // "Should render header/row correctly where values are wider than header w/ implicit autosize"
    ['implicit autosize: first column', [obj({ abc: '1234', bcd: '123' }), obj({ abc: '1', bcd: '1234' })], '\nabc  bcd\n---  ---\n1234 123\n1    1234\n\n'],
    ['implicit autosize: both columns', [obj({ abc: '1234', bcd: '1234' }), obj({ abc: '1', bcd: '1' })], '\nabc  bcd\n---  ---\n1234 1234\n1    1\n\n'],
    ['implicit autosize: second column', [obj({ abc: '123', bcd: '1234' }), obj({ abc: '1', bcd: '123' })], '\nabc bcd\n--- ---\n123 1234\n1   123\n\n'],
    // 'Table should format floats, doubles, and decimals with number of decimals from current culture' (en-US: 2)
    ['doubles use F in tables', [obj({ double: 1234.56789, float: 9876.54321, decimal: 4567.123456789 })],
      '\n double   float decimal\n ------   ----- -------\n1234.57 9876.54 4567.12\n\n'],
  ])('%s', (_name, objects, expected) => {
    expect(visible(formatThenOutString('Table', {}, objects))).toBe(visible(expected));
  });

  it.each<[string, PSObject, string]>([
    // "Should render rows correctly when wrapped" (-Wrap); a cell's width counts its line breaks
    ['right', obj({ A: 1, B: 2, Name: 'This\nIs some random\nmultiline content' }), '\nA B Name\n- - ----\n1 2 This\n    Is some random\n    multiline content\n\n'],
    ['left', obj({ Name: 'This\nIs some random\nmultiline content', A: 1, B: 2 }),
      `\nName${' '.repeat(34)}A B\n----${' '.repeat(34)}- -\nThis${' '.repeat(34)}1 2\nIs some random\nmultiline content\n\n`],
    ['middle', obj({ A: 1, Name: 'This\nIs some random\nmultiline content', B: 2 }),
      `\nA Name${' '.repeat(34)}B\n- ----${' '.repeat(34)}-\n1 This${' '.repeat(34)}2\n  Is some random\n  multiline content\n\n`],
  ])('-Wrap, multi-line cell on the %s', (_name, value, expected) => {
    expect(visible(formatThenOutString('Table', { wrap: true }, [value]))).toBe(visible(expected));
  });

  it.each<[string, unknown, string]>([
    // "Format-Table should not add trailing whitespace to the header"
    ['a string with -Force -Property foo', 'hello', 'foo---'],
    // "... '<testName>' string and -Force should output table with requested properties"
    ['-Force -Property fox,bar', 'single line string', 'foxbar------'],
  ])('%s', (_name, value, expected) => {
    const names = expected === 'foo---' ? ['foo'] : ['fox', 'bar'];
    const text = formatThenOutString('Table', { force: true, properties: names.map((name) => ({ name })) }, [value]);
    expect(text.replaceAll('\n', '').replaceAll(' ', '')).toBe(expected);
    if (expected === 'foo---') expect(text.replaceAll('\n', '')).toBe('foo---');
  });

  it('-HideTableHeaders leaves no trailing whitespace', () => {
    expect(formatThenOutString('Table', { hideTableHeaders: true }, [obj({ a: 1, b: 2 })]).replaceAll('\n', '')).toBe('1 2');
  });

  it.each<[string, number, string]>([
    // $FormatEnumerationLimit rows of Format-Table.Tests.ps1 (@{'test' = 1, 2})
    ['negative shows all', -1, '{1, 2}'],
    ['1 shows one and the ellipsis', 1, '{1…}'],
    ['10', 10, '{1, 2}'],
    ['equal count', 2, '{1, 2}'],
  ])('$FormatEnumerationLimit %s', (_name, limit, cell) => {
    const text = formatThenOutString('Table', { enumerationLimit: limit }, [Hashtable.from([['test', [1, 2]]])]);
    expect(text).toContain(`test${' '.repeat(27)}${cell}`);
  });

  it('an array in a hashtable shows four elements then U+2026', () => {
    const text = formatThenOutString('Table', {}, [Hashtable.from([['array', Array.from({ length: 256 }, (_, i) => i)]])]);
    expect(text).toBe(`\nName${' '.repeat(27)}Value\n----${' '.repeat(27)}-----\narray${' '.repeat(26)}{0, 1, 2, 3…}\n\n`);
  });

  it('-Expand EnumOnly shows nested arrays joined by spaces', () => {
    const text = formatThenOutString('Table', { expand: 'EnumOnly' }, [obj({ name: 'this is name', sub: [['x 0', 'y 0'], ['x 1', 'y 1']] })]);
    expect(text).toBe('\nname         sub\n----         ---\nthis is name {x 0 y 0, x 1 y 1}\n\n');
  });

  it('colours the header and its dash row with TableHeader (Out-String -Stream, OutputRendering Ansi)', () => {
    const processor = new FormatShapeProcessor('Table');
    const writer = new OutStringFormatter({ consoleWidth: 120, color: true });
    const lines = [...processor.process(obj({ foo: 1 })), ...processor.end()].flatMap((d) => writer.write(d)).concat(writer.end());
    expect(lines).toEqual(['', '\x1b[32;1mfoo\x1b[0m', '\x1b[32;1m---\x1b[0m', '  1', '']);
  });
});

describe('Out-Default tables', () => {
  it.each<[string, readonly unknown[], string]>([
    // §9.7: numbers and booleans right-aligned, the last column unpadded
    ['scalar types align right', [obj({ Name: 'x', Count: 3, Enabled: true })], '\nName Count Enabled\n---- ----- -------\nx        3    True\n\n'],
    ['null is an empty cell', [obj({ a: null, b: 'x' })], '\na b\n- -\n  x\n\n'],
    ['nested object shows @{...}', [obj({ name: 'n', inner: obj({ a: 1, b: 2 }) })], '\nname inner\n---- -----\nn    @{a=1; b=2}\n\n'],
    ['a DateTime cell uses en-US G', [obj({ when: new PSDateTime(Date.UTC(2024, 0, 2, 15, 4, 5), 'Unspecified') })],
      '\nwhen\n----\n1/2/2024 3:04:05 PM\n\n'],
    // a view made from properties applies to every object: the second one's b is not shown
    ['a different object in the same table', [obj({ a: 1 }), obj({ b: 2 })], '\na\n-\n1\n \n\n'],
    // scalars are out of band: written where they occur
    ['strings between rows', [obj({ a: 'x' }), 'text', obj({ a: 'y' })], '\na\n-\nx\ntext\ny\n\n'],
    ['a Hashtable: Name (30) / Value', [Hashtable.from([['a', 1], ['b', 'two']])], `\nName${' '.repeat(27)}Value\n----${' '.repeat(27)}-----\na${' '.repeat(30)}1\nb${' '.repeat(30)}two\n\n`],
    ['a Dictionary<,>: Key / Value', [Hashtable.from([['k', 10]], 'Dictionary', 'System.Collections.Generic.Dictionary`2[System.String,System.Int32]')],
      '\nKey Value\n--- -----\nk      10\n\n'],
    ['a value wider than the console is cut with …', [obj({ Name: 'a'.repeat(100), N: 1 })], `\nName\n----${' '.repeat(75)}\n${'a'.repeat(78)}…\n\n`],
  ])('%s', (_name, objects, expected) => {
    const formatter = new OutDefaultFormatter({ width: 80 });
    const text = objects.map((o) => formatter.write(o)).join('') + formatter.end();
    expect(visible(text)).toBe(visible(expected));
  });

  it('sizes a generated table from the rows that arrive within 300 ms', () => {
    let now = 0;
    const formatter = new OutDefaultFormatter({ width: 80, now: () => now });
    expect(formatter.write(obj({ a: 'x' }))).toBe('\n');
    now = 400;
    expect(formatter.write(obj({ a: 'yy' }))).toBe('a\n--\nx\nyy\n'.replace('--', '-'));
    now = 500;
    expect(formatter.write(obj({ a: 'zzzzzz' }))).toBe('z\u2026\n');
    expect(formatter.end()).toBe('\n');
  });

  it('Out-String -Width 20 hides a column that does not fit and cuts the other', () => {
    expect(visible(outString([obj({ Name: 'a'.repeat(30), N: 1 })], { width: 20, consoleWidth: 80 }))).toBe(
      visible(`\nName\n----${' '.repeat(16)}\n${'a'.repeat(19)}…\n\n`),
    );
  });

  it('-AutoSize waits for the whole group', () => {
    const text = formatThenOutString('Table', { autosize: true }, [obj({ name: 'Bob', size: 1234, booleanValue: true }), obj({ name: 'Jim', size: 5678, booleanValue: false })]);
    expect(text).toBe('\nname size booleanValue\n---- ---- ------------\nBob  1234         True\nJim  5678        False\n\n');
  });
});
