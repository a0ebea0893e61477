// The formatting and object cmdlets run against a fake command runtime: what they write, traced through
// pwsh's ConvertToJsonCommand.cs, ConvertFromJsonCommand.cs, Select-Object.cs, Sort-Object.cs,
// Group-Object.cs, Measure-Object.cs, Format-*.cs and Out-String.cs, and their Pester tests.
import { describe, expect, it } from 'vitest';
import { Hashtable, PSEnumValue, PSObject } from '../../src/engine/ps-object.js';
import { ConvertFromJson } from '../../src/modules/core/ConvertFromJson.js';
import { ConvertToJson } from '../../src/modules/core/ConvertToJson.js';
import { FormatList } from '../../src/modules/core/FormatList.js';
import { FormatTable } from '../../src/modules/core/FormatTable.js';
import { GroupObject } from '../../src/modules/core/GroupObject.js';
import { MeasureObject } from '../../src/modules/core/MeasureObject.js';
import { OutString } from '../../src/modules/core/OutString.js';
import { SelectObject } from '../../src/modules/core/SelectObject.js';
import { SortObject } from '../../src/modules/core/SortObject.js';
import { FormatCmdlets } from '../../src/modules/core/format-cmdlets.js';
import { StringEscapeHandlingType } from '../../src/format/json.js';
import { outString } from '../../src/format/out-default.js';
import { runCmdlet, script } from './cmdlet-harness.js';

const obj = (props: Record<string, unknown>): PSObject => PSObject.custom(props);
const props = (value: unknown): [string, unknown][] => (value as PSObject).properties.map((p) => [p.name, p.value]);
const text = (values: readonly unknown[]): string => outString(values, { consoleWidth: 120 });

describe('ConvertTo-Json', () => {
  it.each<[string, Record<string, unknown>, readonly unknown[] | undefined, string]>([
    ['several pipeline inputs make an array', { Compress: true }, [1, null, 2], '[1,null,2]'],
    ['-AsArray wraps one input', { AsArray: true, Compress: true }, [1], '[1]'],
    ['-InputObject with an array is that array', { InputObject: [1, 2], Compress: true }, undefined, '[1,2]'],
    ['-EscapeHandling EscapeHtml', { EscapeHandling: PSEnumValue.parse(StringEscapeHandlingType, 'EscapeHtml'), Compress: true }, ["'"], '"\\u0027"'],
  ])('%s', async (_name, parameters, inputs, expected) => {
    const run = await runCmdlet(ConvertToJson, parameters, inputs);
    expect(run.output).toEqual([expected]);
  });

  it('writes the depth warning before the JSON (§9.7)', async () => {
    const deep = Hashtable.from([['a', Hashtable.from([['b', Hashtable.from([['c', Hashtable.from([['d', 1]])]])]])]]);
    const run = await runCmdlet(ConvertToJson, { Compress: true }, [deep]);
    expect(run.order).toEqual(['warning', 'output']);
    expect(run.warnings).toEqual(['Resulting JSON is truncated as serialization has exceeded the set depth of 2.']);
    expect(run.output).toEqual(['{"a":{"b":{"c":"System.Collections.Hashtable"}}}']);
  });

  it('ends with NonStringKeyInDictionary for non-string keys', async () => {
    const run = await runCmdlet(ConvertToJson, {}, [Hashtable.from([[1, 'x']])]);
    expect(run.terminatingError?.fullyQualifiedErrorId).toBe('NonStringKeyInDictionary,Microsoft.PowerShell.Commands.ConvertToJsonCommand');
    expect(run.terminatingError?.category).toBe('InvalidOperation');
  });
});

describe('ConvertFrom-Json', () => {
  it('converts each string when the first is complete JSON (one string per object)', async () => {
    const run = await runCmdlet(ConvertFromJson, {}, ['{"a":"x"}', '{"a":"y"}']);
    expect(run.output.map(props)).toEqual([[['a', 'x']], [['a', 'y']]]);
  });

  it('joins the strings when the first is not complete JSON (Get-Content lines)', async () => {
    const run = await runCmdlet(ConvertFromJson, {}, ['{', '"a": 1', '}']);
    expect(run.output.map(props)).toEqual([[['a', 1]]]);
  });

  it.each<[string, Record<string, unknown>, unknown[]]>([
    ['arrays are enumerated', {}, [1, 2]],
    ['-NoEnumerate keeps the array', { NoEnumerate: true }, [[1, 2]]],
  ])('%s', async (_name, parameters, expected) => {
    expect((await runCmdlet(ConvertFromJson, parameters, ['[ 1, 2 ]'])).output).toEqual(expected);
  });

  it('ends with System.ArgumentException for invalid JSON (ConvertFrom-Json.Tests.ps1)', async () => {
    const run = await runCmdlet(ConvertFromJson, {}, ['[1,']);
    expect(run.terminatingError?.fullyQualifiedErrorId).toBe('System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand');
    expect(run.terminatingError?.exception.message).toBe("Conversion from JSON failed with error: Unexpected end when reading JSON. Path '[0]', line 1, position 3.");
  });
});

describe('Select-Object', () => {
  const rows = [obj({ Name: 'a', Size: 3 }), obj({ Name: 'b', Size: 1 }), obj({ Name: 'c', Size: 2 })];

  it('makes new objects typed Selected.<input type>, with $null for a missing property', async () => {
    const run = await runCmdlet(SelectObject, { Property: ['Name', 'Nope'] }, rows.slice(0, 1));
    const selected = run.output[0] as PSObject;
    expect(props(selected)).toEqual([['Name', 'a'], ['Nope', null]]);
    expect(selected.typeNames).toEqual(['Selected.System.Management.Automation.PSCustomObject', 'System.Management.Automation.PSCustomObject', 'System.Object']);
  });

  it.each<[string, Record<string, unknown>, string, string[]]>([
    ['-First 2', { First: 2 }, 'DefaultParameter', ['a', 'b']],
    ['-Last 2', { Last: 2 }, 'DefaultParameter', ['b', 'c']],
    ['-Skip 1', { Skip: 1 }, 'DefaultParameter', ['b', 'c']],
    ['-First 1 -Skip 1', { First: 1, Skip: 1 }, 'DefaultParameter', ['b']],
    ['-SkipLast 1', { SkipLast: 1 }, 'SkipLastParameter', ['a', 'b']],
    ['-Index 0,2', { Index: [2, 0] }, 'IndexParameter', ['a', 'c']],
    ['-SkipIndex 1', { SkipIndex: [1] }, 'SkipIndexParameter', ['a', 'c']],
  ])('%s', async (_name, parameters, set, expected) => {
    const run = await runCmdlet(SelectObject, parameters, rows, { parameterSetName: set });
    expect(run.output.map((o) => (o as PSObject).getProperty('Name')?.value)).toEqual(expected);
  });

  it('a calculated property runs its script block for each object', async () => {
    const run = await runCmdlet(SelectObject, { Property: ['Name', Hashtable.from([['n', 'Double'], ['e', script(' $_.Size * 2 ', (o) => ((o as PSObject).getProperty('Size')?.value as number) * 2)]])] }, rows.slice(0, 2));
    expect(run.output.map(props)).toEqual([[['Name', 'a'], ['Double', 6]], [['Name', 'b'], ['Double', 2]]]);
  });

  it('a script block without a name is named by its text', async () => {
    const run = await runCmdlet(SelectObject, { Property: [script('$_.Size', (o) => (o as PSObject).getProperty('Size')?.value)] }, rows.slice(0, 1));
    expect(props(run.output[0])).toEqual([['$_.Size', 3]]);
  });

  it('-ExpandProperty writes the values, enumerating a collection', async () => {
    const run = await runCmdlet(SelectObject, { ExpandProperty: 'Tags' }, [obj({ Tags: ['x', 'y'] }), obj({ Tags: 'z' })]);
    expect(run.output).toEqual(['x', 'y', 'z']);
  });

  it('-ExpandProperty of a missing property is ExpandPropertyNotFound', async () => {
    const run = await runCmdlet(SelectObject, { ExpandProperty: 'Nope' }, rows.slice(0, 1));
    expect(run.errors.map((e) => [e.fullyQualifiedErrorId, e.exception.message])).toEqual([
      ['ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand', 'Property "Nope" cannot be found.'],
    ]);
  });

  it('-ExcludeProperty implies -Property *', async () => {
    const run = await runCmdlet(SelectObject, { ExcludeProperty: ['Size'] }, rows.slice(0, 1));
    expect(props(run.output[0])).toEqual([['Name', 'a']]);
  });

  it('-Unique keeps the first of equal objects (case-sensitive unless -CaseInsensitive)', async () => {
    expect((await runCmdlet(SelectObject, { Unique: true }, ['a', 'A', 'a', 'b'])).output).toEqual(['a', 'A', 'b']);
    expect((await runCmdlet(SelectObject, { Unique: true, CaseInsensitive: true }, ['a', 'A', 'b'])).output).toEqual(['a', 'b']);
  });

  it('an unknown hashtable key ends the command with DictionaryKeyIllegal', async () => {
    const run = await runCmdlet(SelectObject, { Property: [Hashtable.from([['x', 'Name']])] }, rows.slice(0, 1));
    expect(run.terminatingError?.fullyQualifiedErrorId).toBe('DictionaryKeyIllegal,Microsoft.PowerShell.Commands.SelectObjectCommand');
    expect(run.terminatingError?.message).toBe('The x key is not valid.');
  });

  it('a hashtable without Expression ends with DictionaryKeyMandatoryEntry', async () => {
    const run = await runCmdlet(SelectObject, { Property: [Hashtable.from([['Name', 'x']])] }, rows.slice(0, 1));
    expect(run.terminatingError?.message).toBe('A mandatory entry for expression is missing.');
  });
});

describe('Sort-Object', () => {
  it.each<[string, Record<string, unknown>, readonly unknown[], readonly unknown[]]>([
    ['numbers', {}, [3, 1, 10, 2], [1, 2, 3, 10]],
    ['strings, case-insensitively in the culture order', {}, ['b', 'B', 'a', 'C'], ['a', 'b', 'B', 'C']],
    ['-Descending', { Descending: true }, [1, 3, 2], [3, 2, 1]],
    ['-Unique', { Unique: true }, ['a', 'A', 'b'], ['a', 'b']],
    ['-Top 2', { Top: 2 }, [5, 1, 4, 2], [1, 2]],
    ['-Bottom 2', { Bottom: 2 }, [5, 1, 4, 2], [4, 5]],
    // OrderObjectBase.ProcessRecord drops $null input
    ['$null input is dropped', {}, [2, null, 1], [1, 2]],
  ])('%s', async (_name, parameters, inputs, expected) => {
    const set = parameters.Top !== undefined ? 'Top' : parameters.Bottom !== undefined ? 'Bottom' : 'Default';
    expect((await runCmdlet(SortObject, parameters, inputs, { parameterSetName: set })).output).toEqual(expected);
  });

  it('sorts by property; objects without it come last in either direction', async () => {
    const inputs = [obj({ n: 2 }), obj({ x: 1 }), obj({ n: 1 })];
    const ascending = await runCmdlet(SortObject, { Property: ['n'] }, inputs);
    const descending = await runCmdlet(SortObject, { Property: ['n'], Descending: true }, inputs);
    expect(ascending.output).toEqual([inputs[2], inputs[0], inputs[1]]);
    expect(descending.output).toEqual([inputs[0], inputs[2], inputs[1]]);
    expect(ascending.debug).toEqual(['"Sort-Object" - "n" cannot be found in "InputObject".']);
  });

  it('a hashtable key can sort one property descending', async () => {
    const inputs = [obj({ a: 1, b: 1 }), obj({ a: 1, b: 2 }), obj({ a: 0, b: 5 })];
    const run = await runCmdlet(SortObject, { Property: ['a', Hashtable.from([['Expression', 'b'], ['Descending', true]])] }, inputs);
    expect(run.output).toEqual([inputs[2], inputs[1], inputs[0]]);
  });
});

describe('Group-Object', () => {
  it('groups sorted by key and shows pwsh’s GroupInfo table', async () => {
    const run = await runCmdlet(GroupObject, {}, ['b', 'a', 'B', 'a']);
    expect(text(run.output)).toBe(
      `\nCount Name${' '.repeat(22)}Group\n----- ----${' '.repeat(22)}-----\n    2 a${' '.repeat(25)}{a, a}\n    2 b${' '.repeat(25)}{b, B}\n\n`,
    );
  });

  it('-NoElement has no Group column', async () => {
    const run = await runCmdlet(GroupObject, { NoElement: true }, ['x', 'x']);
    expect(text(run.output)).toBe(`\nCount Name\n----- ----\n    2 x\n\n`);
  });

  it('groups by property and names multi-key groups with ", "', async () => {
    const run = await runCmdlet(GroupObject, { Property: ['k', 'j'] }, [obj({ k: 1, j: 'x' }), obj({ k: 1, j: 'x' }), obj({ k: 2, j: 'y' })]);
    expect(run.output.map((g) => [(g as PSObject).getProperty('Name')?.value, (g as PSObject).getProperty('Count')?.value])).toEqual([['1, x', 2], ['2, y', 1]]);
  });

  it('-AsHashTable keys the groups by value', async () => {
    const run = await runCmdlet(GroupObject, { Property: ['k'], AsHashTable: true }, [obj({ k: 'a' }), obj({ k: 'b' }), obj({ k: 'a' })], { parameterSetName: 'HashTable' });
    const table = run.output[0] as Hashtable;
    expect(table.keys()).toEqual(['a', 'b']);
    expect((table.get('a') as unknown[]).length).toBe(2);
  });

  it('-AsString without -AsHashTable is an ArgumentException', async () => {
    const run = await runCmdlet(GroupObject, { AsString: true }, ['a']);
    expect(run.terminatingError?.message).toBe('The command cannot be run because the AsString parameter requires that you specify the AsHashtable parameter.');
  });
});

describe('Measure-Object', () => {
  it('-AllStats as the GenericMeasureInfo list', async () => {
    const run = await runCmdlet(MeasureObject, { AllStats: true }, [1, 2, 3]);
    expect(text(run.output)).toBe('\nCount             : 3\nAverage           : 2\nSum               : 6\nMaximum           : 3\nMinimum           : 1\nStandardDeviation : 1\nProperty          : \n\n');
  });

  it('counts with no input (wc behaviour)', async () => {
    const run = await runCmdlet(MeasureObject, {}, []);
    expect(props(run.output[0])).toEqual([['Count', 0], ['Average', null], ['Sum', null], ['Maximum', null], ['Minimum', null], ['StandardDeviation', null], ['Property', null]]);
  });

  it('measures a property and names it', async () => {
    const run = await runCmdlet(MeasureObject, { Property: ['Size'], Sum: true, Maximum: true }, [obj({ Size: 2.5 }), obj({ Size: 4 })]);
    expect(props(run.output[0])).toEqual([['Count', 2], ['Average', null], ['Sum', 6.5], ['Maximum', 4], ['Minimum', null], ['StandardDeviation', null], ['Property', 'Size']]);
  });

  it('a non-numeric value with -Sum is NonNumericInputObject', async () => {
    const run = await runCmdlet(MeasureObject, { Sum: true }, [1, 'x']);
    expect(run.errors.map((e) => [e.fullyQualifiedErrorId, e.exception.message])).toEqual([['NonNumericInputObject,Microsoft.PowerShell.Commands.MeasureObjectCommand', 'Input object "x" is not numeric.']]);
  });

  it('-Line -Word -Character as TextMeasureInfo', async () => {
    const run = await runCmdlet(MeasureObject, { Line: true, Word: true, Character: true }, ['one two\nthree'], { parameterSetName: 'TextMeasure' });
    expect(text(run.output)).toBe('\nLines Words Characters Property\n----- ----- ---------- --------\n    2     3         13 \n\n');
  });
});

describe('Format-Table, Format-List and Out-String', () => {
  it('Format-Table writes format objects that Out-String renders', async () => {
    const formatted = await runCmdlet(FormatTable, { Property: ['Name', Hashtable.from([['Label', 'Twice'], ['Expression', script('$_.n*2', (o) => ((o as PSObject).getProperty('n')?.value as number) * 2)], ['Width', 6]])] }, [obj({ Name: 'x', n: 2 })]);
    const rendered = await runCmdlet(OutString, {}, formatted.output);
    // The first column has no width, so the widths come from the rows (the hint replaces Width = 6 too).
    expect(rendered.output).toEqual(['\nName Twice\n---- -----\nx        4\n\n']);
  });

  it('Format-List | Out-String -Width 20 wraps the values', async () => {
    const formatted = await runCmdlet(FormatList, {}, [obj({ Text: 'alpha beta gamma delta' })]);
    const rendered = await runCmdlet(OutString, { Width: 20 }, formatted.output);
    expect(rendered.output).toEqual(['\nText : alpha beta \n       gamma delta\n\n']);
  });

  it('Out-String -Stream writes each line', async () => {
    const rendered = await runCmdlet(OutString, { Stream: true }, ['a', obj({ b: 1 })], { parameterSetName: 'StreamFormatting' });
    expect(rendered.output).toEqual(['a', '', 'b', '-', '1', '']);
  });

  it('reads $FormatEnumerationLimit', async () => {
    const formatted = await runCmdlet(FormatList, {}, [obj({ a: [1, 2, 3] })], { variables: { FormatEnumerationLimit: 2 } });
    expect((await runCmdlet(OutString, {}, formatted.output)).output).toEqual(['\na : {1, 2…}\n\n']);
  });

  it('an invalid Alignment value is DictionaryKeyIllegalValue', async () => {
    const run = await runCmdlet(FormatTable, { Property: [Hashtable.from([['e', 'x'], ['a', 'middle']])] }, [obj({ x: 1 })]);
    expect(run.terminatingError?.message).toBe('The value "middle" for key "alignment" is not valid; valid values are left, center, right.');
  });
});

describe('format-cmdlets table', () => {
  it.each(Object.entries(FormatCmdlets))('%s loads a class named after it', async (name, load) => {
    const type = await load();
    expect(`${type.cmdlet.verb}-${type.cmdlet.noun}`).toBe(name);
  });
});
