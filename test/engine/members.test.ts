/**
 * Member access as pwsh does it: properties (with member enumeration and the intrinsic Count), indexing,
 * instance methods of strings, numbers, dates, arrays and hashtables, the `.Where()`/`.ForEach()` magic
 * methods, static members of .NET types, and type name resolution.
 */
import { describe, expect, it } from 'vitest';
import { toPSString } from '../../src/engine/conversion.js';
import { ErrorRecord, PSException } from '../../src/engine/errors.js';
import { getIndex, getMember, getStaticMember, invokeMethod, invokeStaticMethod, setIndex, setMember, typeOf, type MethodContext } from '../../src/engine/members.js';
import { Hashtable, PSDateTime, PSObject } from '../../src/engine/ps-object.js';
import { registerType, resolveType } from '../../src/engine/type-resolver.js';
import type { PSTypeInfo } from '../../src/engine/type-info.js';
import { ScriptBlock } from '../../src/engine/script-block.js';
import type { ScriptBlockAst } from '../../src/language/ast.js';

/** Script blocks are JavaScript predicates here; the test context runs them with `$_` bound. */
const scripts = new WeakMap<ScriptBlock, (dollarUnder: unknown) => unknown[]>();
function block(body: (dollarUnder: unknown) => unknown[]): ScriptBlock {
  const sb = new ScriptBlock({} as ScriptBlockAst);
  scripts.set(sb, body);
  return sb;
}
const context: MethodContext = { invokeScriptBlock: async (sb, dollarUnder) => (scripts.get(sb) as (d: unknown) => unknown[])(dollarUnder) };

const when = new PSDateTime(Date.UTC(2024, 0, 2, 15, 4, 5), 'Unspecified');
const people = [PSObject.custom({ Name: 'a', Age: 1 }), PSObject.custom({ Name: 'b', Age: 2 })];

async function failure(action: () => unknown): Promise<{ errorId: string; message: string }> {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof PSException) || !(error.errorRecord instanceof ErrorRecord)) throw error;
    return { errorId: error.errorRecord.fullyQualifiedErrorId, message: error.errorRecord.exception.message };
  }
  throw new Error('expected a failure');
}

describe('properties', () => {
  // pwsh: PSGetMemberBinder (case-insensitive, hashtable keys first, intrinsic Count/Length of 1 for
  // scalars and 0 for $null), EnumerableOps.PropertyGetter (member enumeration; one result is a scalar).
  it.each<[string, unknown, string, unknown]>([
    ['[pscustomobject].name (case-insensitive)', PSObject.custom({ Name: 'n' }), 'name', 'n'],
    ['[pscustomobject].Missing is $null', PSObject.custom({ Name: 'n' }), 'Missing', null],
    ['@{a=1}.a', Hashtable.from([['a', 1]]), 'a', 1],
    ['@{a=1}.A (keys are case-insensitive)', Hashtable.from([['a', 1]]), 'A', 1],
    ['@{a=1}.Missing', Hashtable.from([['a', 1]]), 'Missing', null],
    ['@{a=1;b=2}.Keys', Hashtable.from([['a', 1], ['b', 2]]), 'Keys', ['a', 'b']],
    ['@{a=1;b=2}.Values', Hashtable.from([['a', 1], ['b', 2]]), 'Values', [1, 2]],
    ['@{a=1;b=2}.Count', Hashtable.from([['a', 1], ['b', 2]]), 'Count', 2],
    ["@{Count='x'}.Count (a key wins over the property)", Hashtable.from([['Count', 'x']]), 'Count', 'x'],
    ["'abc'.Length", 'abc', 'Length', 3],
    ['(1,2,3).Count', [1, 2, 3], 'Count', 3],
    ['(1,2,3).Length', [1, 2, 3], 'Length', 3],
    ['5.Count (intrinsic)', 5, 'Count', 1],
    ['[pscustomobject]@{}.Count (intrinsic)', PSObject.custom({}), 'Count', 1],
    ['$null.Count', null, 'Count', 0],
    ['$null.Name', null, 'Name', null],
    ['$people.Name (member enumeration)', people, 'Name', ['a', 'b']],
    ['@($people[0]).Name (one result is a scalar)', [people[0]], 'Name', 'a'],
    ['(1,2).Name (no element has it)', [1, 2], 'Name', null],
    ["('ab','c').Length (the array's own property)", ['ab', 'c'], 'Length', 2],
    ['(@{a=1},@{a=2}).a', [Hashtable.from([['a', 1]]), Hashtable.from([['a', 2]])], 'a', [1, 2]],
    ['date.Year', when, 'Year', 2024],
    ['date.Month', when, 'Month', 1],
    ['date.Day', when, 'Day', 2],
    ['date.Hour', when, 'Hour', 15],
    ['date.DayOfYear', when, 'DayOfYear', 2],
    ['[int].Name', resolveType('int'), 'Name', 'Int32'],
    ['[int].FullName', resolveType('int'), 'FullName', 'System.Int32'],
  ])('%s', (_label, target, name, expected) => {
    expect(getMember(target, name)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['DayOfWeek', 'Tuesday', 'System.DayOfWeek'],
    ['Date', '01/02/2024 00:00:00', 'System.DateTime'],
    ['Kind', 'Unspecified', 'System.DateTimeKind'],
    ['TimeOfDay', '15:04:05', 'System.TimeSpan'],
    ['DateTime', 'Tuesday, January 2, 2024 3:04:05 PM', 'System.String'],
  ])('date.%s', (name, text, type) => {
    const value = getMember(when, name);
    expect([toPSString(value), typeOf(value).fullName]).toEqual([text, type]);
  });

  it('.PSObject.Properties lists a custom object\'s note properties', () => {
    const view = getMember(PSObject.custom({ a: 1, b: 'x' }), 'PSObject');
    expect([getMember(getMember(view, 'Properties'), 'Name'), getMember(getMember(view, 'Properties'), 'Value')]).toEqual([['a', 'b'], [1, 'x']]);
  });

  it('sets hashtable keys and existing PSObject properties', () => {
    const table = new Hashtable();
    const object = PSObject.custom({ Name: 'a' });
    setMember(table, 'k', 1);
    setMember(object, 'name', 'b');
    expect([table.get('k'), object.getProperty('Name')?.value]).toEqual([1, 'b']);
  });

  // pwsh: PSSetMemberBinder (PropertyAssignmentException / PropertyNotFound with ParserStrings.PropertyNotFound).
  it.each<[string, unknown, string, string, string]>([
    ['[pscustomobject]@{}.Missing = 1', PSObject.custom({}), 'Missing', 'PropertyAssignmentException', "The property 'Missing' cannot be found on this object. Verify that the property exists and can be set."],
    ['$null.Name = 1', null, 'Name', 'PropertyNotFound', "The property 'Name' cannot be found on this object. Verify that the property exists and can be set."],
    ["'abc'.Length = 1", 'abc', 'Length', 'PropertyAssignmentException', "'Length' is a ReadOnly property."],
  ])('%s fails', async (_label, target, name, errorId, message) => {
    expect(await failure(() => setMember(target, name, 1))).toEqual({ errorId, message });
  });
});

describe('error objects ($_ in catch)', () => {
  // pwsh: ErrorRecord / Exception / ErrorCategoryInfo properties; PSInvalidCastException derives from
  // InvalidCastException, not RuntimeException.
  const record = new ErrorRecord(new PSException('Cannot convert value "x".', 'System.Management.Automation.PSInvalidCastException'), 'InvalidCastFromStringToInteger', 'InvalidArgument', 'x');
  it.each<[string, () => unknown, unknown]>([
    ['$_.Exception.Message', () => getMember(getMember(record, 'Exception'), 'Message'), 'Cannot convert value "x".'],
    ['$_.FullyQualifiedErrorId', () => getMember(record, 'FullyQualifiedErrorId'), 'InvalidCastFromStringToInteger'],
    ['$_.TargetObject', () => getMember(record, 'TargetObject'), 'x'],
    ['$_.CategoryInfo.Category', () => getMember(getMember(record, 'CategoryInfo'), 'Category'), 'InvalidArgument'],
    ['$_.CategoryInfo.Reason', () => getMember(getMember(record, 'CategoryInfo'), 'Reason'), 'PSInvalidCastException'],
    ['"$($_.CategoryInfo)"', () => toPSString(getMember(record, 'CategoryInfo')), 'InvalidArgument: (x:String) [], PSInvalidCastException'],
    ['"$_"', () => toPSString(record), 'Cannot convert value "x".'],
    ['$_.Exception.GetType().FullName', () => typeOf(getMember(record, 'Exception')).fullName, 'System.Management.Automation.PSInvalidCastException'],
    ['$_.Exception -is [System.InvalidCastException]', () => (resolveType('System.InvalidCastException') as PSTypeInfo).isInstance?.(record.exception), true],
    ['$_.Exception -is [System.Management.Automation.RuntimeException]', () => (resolveType('System.Management.Automation.RuntimeException') as PSTypeInfo).isInstance?.(record.exception), false],
    ['$_ -is [System.Management.Automation.ErrorRecord]', () => (resolveType('System.Management.Automation.ErrorRecord') as PSTypeInfo).isInstance?.(record), true],
    ['$_.NoSuchMember', () => getMember(record, 'NoSuchMember'), null],
  ])('%s', (_label, read, expected) => {
    expect(read()).toEqual(expected);
  });
});

describe('indexing', () => {
  // pwsh: PSGetIndexBinder (negative indexes, slices drop missing elements, out of range is $null),
  // ArrayOps.GetNonIndexable ($x[0] and $x[-1] of a scalar are $x).
  it.each<[string, unknown, unknown, unknown]>([
    ['(1,2,3)[0]', [1, 2, 3], 0, 1],
    ['(1,2,3)[-1]', [1, 2, 3], -1, 3],
    ['(1,2,3)[0,2]', [1, 2, 3], [0, 2], [1, 3]],
    ['(1,2,3)[5] is $null', [1, 2, 3], 5, null],
    ['(1,2,3)[1,5] drops the missing index', [1, 2, 3], [1, 5], [2]],
    ["(1,2,3)['1']", [1, 2, 3], '1', 2],
    ["'abc'[1]", 'abc', 1, 'b'],
    ["'abc'[-1]", 'abc', -1, 'c'],
    ["'abc'[0,2]", 'abc', [0, 2], ['a', 'c']],
    ["@{a=1}['a']", Hashtable.from([['a', 1]]), 'a', 1],
    ["@{a=1}['missing']", Hashtable.from([['a', 1]]), 'missing', null],
    ['@{1=2}[1] (a number key)', Hashtable.from([[1, 2]]), 1, 2],
    ['5[0]', 5, 0, 5],
    ['5[-1]', 5, -1, 5],
    ['5[1]', 5, 1, null],
  ])('%s', (_label, target, index, expected) => {
    expect(getIndex(target, index)).toEqual(expected);
  });

  it('sets an element, a negative index and a hashtable key', () => {
    const items = [1, 2, 3];
    const table = new Hashtable();
    setIndex(items, 0, 'x');
    setIndex(items, -1, 'z');
    setIndex(table, 'k', 'v');
    expect([items, table.get('k')]).toEqual([['x', 2, 'z'], 'v']);
  });

  it.each<[string, () => unknown, string, string]>([
    ['$null[0]', () => getIndex(null, 0), 'NullArray', 'Cannot index into a null array.'],
    ['(1,2)[$null]', () => getIndex([1, 2], null), 'NullArrayIndex', 'Index operation failed; the array index evaluated to null.'],
    ['$null[0] = 1', () => setIndex(null, 0, 1), 'NullArray', 'Cannot index into a null array.'],
    ['(1,2)[5] = 1', () => setIndex([1, 2], 5, 1), 'System.IndexOutOfRangeException', 'Index was outside the bounds of the array.'],
    ['(1,2)[0,1] = 1', () => setIndex([1, 2], [0, 1], 1), 'ArraySliceAssignmentFailed', 'Array assignment to [0,1] failed because assignment to slices is not supported.'],
    ["'abc'[0] = 'x'", () => setIndex('abc', 0, 'x'), 'CannotIndex', 'Unable to index into an object of type "System.String".'],
  ])('%s fails', async (_label, action, errorId, message) => {
    expect(await failure(action)).toEqual({ errorId, message });
  });
});

describe('instance methods', () => {
  // .NET System.String (ordinal, case-sensitive by default); pwsh 7 binds Split('::') to Split(string).
  it.each<[string, unknown, string, unknown[], unknown]>([
    ["'  a b  '.Trim()", '  a b  ', 'Trim', [], 'a b'],
    ["'xxaxx'.Trim('x')", 'xxaxx', 'Trim', ['x'], 'a'],
    ["'xyaxy'.Trim('xy') (a char[] of x and y)", 'xyaxy', 'Trim', ['xy'], 'a'],
    ["'  a'.TrimStart()", '  a', 'TrimStart', [], 'a'],
    ["'a  '.TrimEnd()", 'a  ', 'TrimEnd', [], 'a'],
    ["'abc'.ToUpper()", 'abc', 'ToUpper', [], 'ABC'],
    ["'ABC'.ToLower()", 'ABC', 'ToLower', [], 'abc'],
    ["'ABC'.tolowerinvariant() (case-insensitive name)", 'ABC', 'tolowerinvariant', [], 'abc'],
    ["'a,b,,c'.Split(',')", 'a,b,,c', 'Split', [','], ['a', 'b', '', 'c']],
    ["'a::b'.Split('::')", 'a::b', 'Split', ['::'], ['a', 'b']],
    ["'a,b;c'.Split((',',';'))", 'a,b;c', 'Split', [[',', ';']], ['a', 'b', 'c']],
    ["'a,b,c'.Split(',', 2)", 'a,b,c', 'Split', [',', 2], ['a', 'b,c']],
    ["'a,,b'.Split(',', 'RemoveEmptyEntries')", 'a,,b', 'Split', [',', 'RemoveEmptyEntries'], ['a', 'b']],
    ["'a b'.Split()", 'a b', 'Split', [], ['a', 'b']],
    ["'abcabc'.Replace('b','X')", 'abcabc', 'Replace', ['b', 'X'], 'aXcaXc'],
    ["'aBc'.Replace('b','X') (case-sensitive)", 'aBc', 'Replace', ['b', 'X'], 'aBc'],
    ["'aBc'.Replace('b','X','OrdinalIgnoreCase')", 'aBc', 'Replace', ['b', 'X', 'OrdinalIgnoreCase'], 'aXc'],
    ["'abc'.Contains('B')", 'abc', 'Contains', ['B'], false],
    ["'abc'.Contains('B', 'OrdinalIgnoreCase')", 'abc', 'Contains', ['B', 'OrdinalIgnoreCase'], true],
    ["'abc'.StartsWith('ab')", 'abc', 'StartsWith', ['ab'], true],
    ["'abc'.EndsWith('C')", 'abc', 'EndsWith', ['C'], false],
    ["'abc'.EndsWith('C', 'CurrentCultureIgnoreCase')", 'abc', 'EndsWith', ['C', 'CurrentCultureIgnoreCase'], true],
    ["'abcdef'.Substring(2)", 'abcdef', 'Substring', [2], 'cdef'],
    ["'abcdef'.Substring(1, 3)", 'abcdef', 'Substring', [1, 3], 'bcd'],
    ["'abcdef'.Substring('1', '2') (arguments are converted)", 'abcdef', 'Substring', ['1', '2'], 'bc'],
    ["'abcabc'.IndexOf('c')", 'abcabc', 'IndexOf', ['c'], 2],
    ["'abcabc'.LastIndexOf('c')", 'abcabc', 'LastIndexOf', ['c'], 5],
    ["'abc'.IndexOf('x')", 'abc', 'IndexOf', ['x'], -1],
    ["'7'.PadLeft(3, '0')", '7', 'PadLeft', [3, '0'], '007'],
    ["'7'.PadRight(3)", '7', 'PadRight', [3], '7  '],
    ["'ac'.Insert(1, 'b')", 'ac', 'Insert', [1, 'b'], 'abc'],
    ["'abcd'.Remove(1, 2)", 'abcd', 'Remove', [1, 2], 'ad'],
    ["'abcd'.Remove(2)", 'abcd', 'Remove', [2], 'ab'],
    ["'abc'.Equals('ABC') (ordinal)", 'abc', 'Equals', ['ABC'], false],
    ["'abc'.Equals('ABC', 'OrdinalIgnoreCase')", 'abc', 'Equals', ['ABC', 'OrdinalIgnoreCase'], true],
    ["'b'.CompareTo('a')", 'b', 'CompareTo', ['a'], 1],
    ["'ab'.ToCharArray()", 'ab', 'ToCharArray', [], ['a', 'b']],
    ["'abc'.ToString()", 'abc', 'ToString', [], 'abc'],
    ['(1234.5).ToString("N2")', 1234.5, 'ToString', ['N2'], '1,234.50'],
    ['(5).ToString("D3")', 5, 'ToString', ['D3'], '005'],
    ['(1.1 * 3).ToString() (round-trip; Conversions.Tests.ps1)', 1.1 * 3, 'ToString', [], '3.3000000000000003'],
    ['(1.1 * 6).ToString() (Conversions.Tests.ps1)', 1.1 * 6, 'ToString', [], '6.6000000000000005'],
    ['(5).CompareTo(3)', 5, 'CompareTo', [3], 1],
    ['(5).Equals(5)', 5, 'Equals', [5], true],
    ['$true.ToString()', true, 'ToString', [], 'True'],
    ['date.ToString("yyyy-MM-dd")', when, 'ToString', ['yyyy-MM-dd'], '2024-01-02'],
    ['date.ToString()', when, 'ToString', [], '1/2/2024 3:04:05 PM'],
    ['date.ToShortDateString()', when, 'ToShortDateString', [], '1/2/2024'],
    ['date.ToLongTimeString()', when, 'ToLongTimeString', [], '3:04:05 PM'],
    ["[DayOfWeek]::Friday.ToString('D')", getStaticMember('DayOfWeek', 'Friday'), 'ToString', ['D'], '5'],
    ['[DayOfWeek]::Friday.GetType()', getStaticMember('DayOfWeek', 'Friday'), 'GetType', [], resolveType('DayOfWeek')],
    ['(1,2,3).Contains(2)', [1, 2, 3], 'Contains', [2], true],
    ["(1,2,3).Contains('2') (Object.Equals: no conversion)", [1, 2, 3], 'Contains', ['2'], false],
    ['(1,2,3).IndexOf(3)', [1, 2, 3], 'IndexOf', [3], 2],
    ['(1,2).ToString()', [1, 2], 'ToString', [], 'System.Object[]'],
    ["('a','b').ToUpper() (method enumeration)", ['a', 'b'], 'ToUpper', [], ['A', 'B']],
    ["@{a=1}.ContainsKey('A')", Hashtable.from([['a', 1]]), 'ContainsKey', ['A'], true],
    ['@{a=1}.ContainsValue(1)', Hashtable.from([['a', 1]]), 'ContainsValue', [1], true],
  ])('%s', async (_label, target, name, args, expected) => {
    expect(await invokeMethod(target, name, args, context)).toEqual(expected);
  });

  it('date arithmetic methods', async () => {
    const results = await Promise.all([
      invokeMethod(when, 'AddDays', [1], context),
      invokeMethod(when, 'AddHours', [-15.5], context),
      invokeMethod(when, 'AddMonths', [1], context),
      invokeMethod(new PSDateTime(Date.UTC(2024, 0, 31), 'Unspecified'), 'AddMonths', [1], context),
      invokeMethod(when, 'AddYears', [1], context),
    ]);
    expect(results.map((d) => toPSString(d))).toEqual(['01/03/2024 15:04:05', '01/01/2024 23:34:05', '02/02/2024 15:04:05', '02/29/2024 00:00:00', '01/02/2025 15:04:05']);
  });

  it('date.Subtract(date) and date - date give a TimeSpan', async () => {
    const span = await invokeMethod(when, 'Subtract', [new PSDateTime(Date.UTC(2024, 0, 1, 14, 3, 4), 'Unspecified')], context);
    expect([toPSString(span), getMember(span, 'TotalHours'), getMember(span, 'Days')]).toEqual(['1.01:01:01', 25 + 1 / 60 + 1 / 3600, 1]);
  });

  it('hashtable Add, Remove, Clone and GetEnumerator', async () => {
    const table = Hashtable.from([['b', 2]]);
    await invokeMethod(table, 'Add', ['a', 1], context);
    await invokeMethod(table, 'Remove', ['B'], context);
    const clone = (await invokeMethod(table, 'Clone', [], context)) as Hashtable;
    const entries = await invokeMethod(table, 'GetEnumerator', [], context);
    expect([[...table], clone !== table && [...clone], getMember(entries, 'Name'), getMember(entries, 'Value')]).toEqual([[['a', 1]], [['a', 1]], 'a', 1]);
  });

  it('ArrayList.Add returns the index; List[string].Add converts and returns nothing', async () => {
    const arrayList = await invokeStaticMethod('System.Collections.ArrayList', 'new', [], context);
    const list = await invokeStaticMethod('System.Collections.Generic.List[string]', 'new', [], context);
    const indexes = [await invokeMethod(arrayList, 'Add', ['x'], context), await invokeMethod(arrayList, 'Add', ['y'], context)];
    const added = await invokeMethod(list, 'Add', [5], context);
    expect([indexes, arrayList, typeof added, list, typeOf(list).fullName]).toEqual([[0, 1], ['x', 'y'], 'symbol', ['5'], 'System.Collections.Generic.List`1[System.String]']);
  });

  // pwsh: EnumerableOps.Where / ForEach (WhereOperatorSelectionMode).
  it.each<[string, unknown, string, unknown[], unknown]>([
    ['(1..5).Where({$_ -gt 2})', [1, 2, 3, 4, 5], 'Where', [block((x) => [(x as number) > 2])], [3, 4, 5]],
    ["(1..5).Where({$_ -gt 2}, 'First')", [1, 2, 3, 4, 5], 'Where', [block((x) => [(x as number) > 2]), 'First'], [3]],
    ["(1..5).Where({$_ -gt 2}, 'Last', 2)", [1, 2, 3, 4, 5], 'Where', [block((x) => [(x as number) > 2]), 'Last', 2], [4, 5]],
    ["(1..5).Where({$_ -gt 2}, 'SkipUntil')", [1, 2, 3, 4, 5], 'Where', [block((x) => [(x as number) > 2]), 'SkipUntil'], [3, 4, 5]],
    ["(1..5).Where({$_ -gt 2}, 'Until')", [1, 2, 3, 4, 5], 'Where', [block((x) => [(x as number) > 2]), 'Until'], [1, 2]],
    ["(1..5).Where({$_ % 2}, 'Split')", [1, 2, 3, 4, 5], 'Where', [block((x) => [(x as number) % 2])], [1, 3, 5]],
    ['(5).Where({$true}) (a scalar is a collection of one)', 5, 'Where', [block(() => [true])], [5]],
    ['(1,2).ForEach({$_ * 2})', [1, 2], 'ForEach', [block((x) => [(x as number) * 2])], [2, 4]],
    ["$people.ForEach('Name')", people, 'ForEach', ['Name'], ['a', 'b']],
    ["('a','b').ForEach('ToUpper')", ['a', 'b'], 'ForEach', ['ToUpper'], ['A', 'B']],
    ["('1','2').ForEach([int])", ['1', '2'], 'ForEach', [resolveType('int')], [1, 2]],
  ])('%s', async (_label, target, name, args, expected) => {
    expect(await invokeMethod(target, name, args, context)).toEqual(expected);
  });

  it("(1..5).Where({...}, 'Split') returns the matches and the rest", async () => {
    expect(await invokeMethod([1, 2, 3, 4, 5], 'Where', [block((x) => [(x as number) > 3]), 'Split'], context)).toEqual([[4, 5], [1, 2, 3]]);
  });

  it('GetType() gives a type whose Name and FullName work', async () => {
    const types = await Promise.all(['a', 5, 1.5, [1], new Hashtable(), PSObject.custom({}), when].map((v) => invokeMethod(v, 'GetType', [], context)));
    expect(types.map((t) => [getMember(t, 'Name'), getMember(t, 'FullName')])).toEqual([
      ['String', 'System.String'],
      ['Int32', 'System.Int32'],
      ['Double', 'System.Double'],
      ['Object[]', 'System.Object[]'],
      ['Hashtable', 'System.Collections.Hashtable'],
      ['PSCustomObject', 'System.Management.Automation.PSCustomObject'],
      ['DateTime', 'System.DateTime'],
    ]);
  });

  // pwsh: ParserOps.CallMethod (InvokeMethodOnNull, MethodNotFound), CoreAdapter (MethodCountCouldNotFindBest,
  // MethodArgumentConversionInvalidCastArgument), ExceptionHandlingOps.ConvertToMethodInvocationException
  // (errorId = the .NET exception's type name).
  it.each<[string, unknown, string, unknown[], string, string]>([
    ['$null.ToString()', null, 'ToString', [], 'InvokeMethodOnNull', 'You cannot call a method on a null-valued expression.'],
    ["'x'.Foo()", 'x', 'Foo', [], 'MethodNotFound', "Method invocation failed because [System.String] does not contain a method named 'Foo'."],
    ['[pscustomobject]@{}.Foo()', PSObject.custom({}), 'Foo', [], 'MethodNotFound',
      "Method invocation failed because [System.Management.Automation.PSCustomObject] does not contain a method named 'Foo'."],
    ['(1,2).Foo()', [1, 2], 'Foo', [], 'MethodNotFound', "Method invocation failed because [System.Object[]] does not contain a method named 'Foo'."],
    ["'abc'.Substring(5)", 'abc', 'Substring', [5], 'ArgumentOutOfRangeException',
      'Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. (Parameter \'startIndex\')"'],
    ["'abc'.Substring(1, 5)", 'abc', 'Substring', [1, 5], 'ArgumentOutOfRangeException',
      'Exception calling "Substring" with "2" argument(s): "Index and length must refer to a location within the string. (Parameter \'length\')"'],
    ["'abc'.Substring(1, 2, 3)", 'abc', 'Substring', [1, 2, 3], 'MethodCountCouldNotFindBest', 'Cannot find an overload for "Substring" and the argument count: "3".'],
    ["'abc'.Substring('x')", 'abc', 'Substring', ['x'], 'MethodArgumentConversionInvalidCastArgument',
      'Cannot convert argument "startIndex", with value: "x", for "Substring" to type "System.Int32": "Cannot convert value "x" to type "System.Int32". Error: "The input string \'x\' was not in a correct format.""'],
    ["'abc'.Replace('', 'x')", 'abc', 'Replace', ['', 'x'], 'ArgumentException',
      'Exception calling "Replace" with "2" argument(s): "String cannot be of zero length. (Parameter \'oldValue\')"'],
    ['(1,2).Add(3)', [1, 2], 'Add', [3], 'NotSupportedException', 'Exception calling "Add" with "1" argument(s): "Collection was of a fixed size."'],
    ['(1,2).Remove(1)', [1, 2], 'Remove', [1], 'NotSupportedException', 'Exception calling "Remove" with "1" argument(s): "Collection was of a fixed size."'],
    ["@{a=1}.Add('a', 2)", Hashtable.from([['a', 1]]), 'Add', ['a', 2], 'ArgumentException',
      'Exception calling "Add" with "2" argument(s): "Item has already been added. Key in dictionary: \'a\'  Key being added: \'a\'"'],
    ['@{}.Add($null, 1)', new Hashtable(), 'Add', [null, 1], 'ArgumentNullException',
      'Exception calling "Add" with "2" argument(s): "Key cannot be null. (Parameter \'key\')"'],
    ['(1.5).ToString("D")', 1.5, 'ToString', ['D'], 'FormatException', 'Exception calling "ToString" with "1" argument(s): "Format specifier was invalid."'],
    ["date.ToString('Q')", when, 'ToString', ['Q'], 'FormatException', 'Exception calling "ToString" with "1" argument(s): "Input string was not in a correct format."'],
  ])('%s fails', async (_label, target, name, args, errorId, message) => {
    expect(await failure(() => invokeMethod(target, name, args, context))).toEqual({ errorId, message });
  });
});

describe('static members', () => {
  // .NET: Math.Round rounds half to even and scales by 10^digits; String, Int32, Guid, Convert, Path, Regex.
  it.each<[string, string, string, unknown[], unknown]>([
    ['[Math]::Round(2.5)', 'Math', 'Round', [2.5], 2],
    ['[Math]::Round(3.5)', 'Math', 'Round', [3.5], 4],
    ['[Math]::Round(-2.5)', 'Math', 'Round', [-2.5], -2],
    ['[Math]::Round(2.675, 2) (.NET scales by 100 first: 267.5, then ties to even)', 'Math', 'Round', [2.675, 2], 2.68],
    ['[Math]::Round(1.2345, 2)', 'Math', 'Round', [1.2345, 2], 1.23],
    ["[Math]::Round(2.5, 'AwayFromZero')", 'Math', 'Round', [2.5, 'AwayFromZero'], 3],
    ["[Math]::Round(1.25, 1, 'AwayFromZero')", 'Math', 'Round', [1.25, 1, 'AwayFromZero'], 1.3],
    ['[Math]::Floor(-1.5)', 'Math', 'Floor', [-1.5], -2],
    ['[Math]::Ceiling(1.2)', 'Math', 'Ceiling', [1.2], 2],
    ['[Math]::Truncate(-1.7)', 'Math', 'Truncate', [-1.7], -1],
    ['[Math]::Max(3, 7)', 'Math', 'Max', [3, 7], 7],
    ['[Math]::Min(3, 7)', 'Math', 'Min', [3, 7], 3],
    ['[Math]::Abs(-4)', 'Math', 'Abs', [-4], 4],
    ['[Math]::Pow(2, 10)', 'Math', 'Pow', [2, 10], 1024],
    ['[Math]::Sqrt(16)', 'Math', 'Sqrt', [16], 4],
    ["[string]::IsNullOrEmpty('')", 'string', 'IsNullOrEmpty', [''], true],
    ['[string]::IsNullOrEmpty($null)', 'string', 'IsNullOrEmpty', [null], true],
    ["[string]::IsNullOrWhiteSpace(' ')", 'string', 'IsNullOrWhiteSpace', [' '], true],
    ["[string]::Join(',', @(1,2,3))", 'string', 'Join', [',', [1, 2, 3]], '1,2,3'],
    ["[string]::Join('-', 'a', 'b')", 'string', 'Join', ['-', 'a', 'b'], 'a-b'],
    ["[string]::Format('{0}-{1}', 'a', 'b')", 'string', 'Format', ['{0}-{1}', 'a', 'b'], 'a-b'],
    ["[string]::Concat('a', 'b')", 'string', 'Concat', ['a', 'b'], 'ab'],
    ["[int]::Parse('42')", 'int', 'Parse', ['42'], 42],
    ["[double]::Parse('1.5')", 'double', 'Parse', ['1.5'], 1.5],
    ["[bool]::Parse('TRUE')", 'bool', 'Parse', ['TRUE'], true],
    ["[guid]::Parse('46A62ECE-10AD-42E5-B3F1-B2ED53E6FC08')", 'guid', 'Parse', ['46A62ECE-10AD-42E5-B3F1-B2ED53E6FC08'], '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'],
    ["[System.IO.Path]::Combine('a', 'b')", 'System.IO.Path', 'Combine', ['a', 'b'], 'a/b'],
    ["[IO.Path]::Combine('a', '/b') (a rooted part restarts)", 'IO.Path', 'Combine', ['a', '/b'], '/b'],
    ["[IO.Path]::Combine('a/', 'b', 'c.txt')", 'IO.Path', 'Combine', ['a/', 'b', 'c.txt'], 'a/b/c.txt'],
    ["[IO.Path]::GetFileName('/x/y.txt')", 'IO.Path', 'GetFileName', ['/x/y.txt'], 'y.txt'],
    ["[IO.Path]::GetFileNameWithoutExtension('/x/y.tar.gz')", 'IO.Path', 'GetFileNameWithoutExtension', ['/x/y.tar.gz'], 'y.tar'],
    ["[IO.Path]::GetExtension('/x/y.txt')", 'IO.Path', 'GetExtension', ['/x/y.txt'], '.txt'],
    ["[IO.Path]::GetDirectoryName('/x/y.txt')", 'IO.Path', 'GetDirectoryName', ['/x/y.txt'], '/x'],
    ["[Convert]::ToBase64String((72,105))", 'Convert', 'ToBase64String', [[72, 105]], 'SGk='],
    ["[Convert]::FromBase64String('SGk=')", 'Convert', 'FromBase64String', ['SGk='], [72, 105]],
    ["[Convert]::ToInt32('ff', 16)", 'Convert', 'ToInt32', ['ff', 16], 255],
    ["[regex]::Escape('a.b*c')", 'regex', 'Escape', ['a.b*c'], 'a\\.b\\*c'],
    ["[regex]::IsMatch('abc', 'B', 'IgnoreCase')", 'regex', 'IsMatch', ['abc', 'B', 'IgnoreCase'], true],
    ["[regex]::Replace('a1b2', '\\d', '#')", 'regex', 'Replace', ['a1b2', '\\d', '#'], 'a#b#'],
    ["[WildcardPattern]::Escape('a*b')", 'WildcardPattern', 'Escape', ['a*b'], 'a`*b'],
    ['[datetime]::DaysInMonth(2024, 2)', 'datetime', 'DaysInMonth', [2024, 2], 29],
    ['[datetime]::IsLeapYear(2023)', 'datetime', 'IsLeapYear', [2023], false],
    ["[char]::IsDigit('7')", 'char', 'IsDigit', ['7'], true],
    ["[Enum]::GetNames([DayOfWeek])", 'Enum', 'GetNames', [resolveType('DayOfWeek')], ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']],
    ['[array]::IndexOf((1,2,3), 2)', 'array', 'IndexOf', [[1, 2, 3], 2], 1],
  ])('%s', async (_label, type, name, args, expected) => {
    expect(await invokeStaticMethod(type, name, args, context)).toEqual(expected);
  });

  it.each<[string, string, string, unknown]>([
    ['[int]::MaxValue', 'int', 'MaxValue', 2147483647],
    ['[int]::MinValue', 'int', 'MinValue', -2147483648],
    ['[string]::Empty', 'string', 'Empty', ''],
    ['[Math]::PI', 'Math', 'PI', Math.PI],
    ['[Environment]::NewLine', 'Environment', 'NewLine', '\n'],
    ['[guid]::Empty', 'guid', 'Empty', '00000000-0000-0000-0000-000000000000'],
    ['[IO.Path]::DirectorySeparatorChar', 'IO.Path', 'DirectorySeparatorChar', '/'],
    ['[Math]::NoSuchProperty', 'Math', 'NoSuchProperty', null],
  ])('%s', (_label, type, name, expected) => {
    expect(getStaticMember(type, name)).toEqual(expected);
  });

  it('[DayOfWeek]::Monday is an enum value; [datetime]::new(2024,1,2) an Unspecified date', async () => {
    const monday = getStaticMember('System.DayOfWeek', 'monday');
    const made = await invokeStaticMethod('datetime', 'new', [2024, 1, 2], context);
    expect([toPSString(monday), typeOf(monday).fullName, toPSString(made), (made as PSDateTime).dateTimeKind]).toEqual(['Monday', 'System.DayOfWeek', '01/02/2024 00:00:00', 'Unspecified']);
  });

  it.each<[string, string, string]>([
    ['20240102', 'yyyyMMdd', '2024-01-02T00:00:00'],
    ['02 Jan 2024 3:04 PM', 'dd MMM yyyy h:mm tt', '2024-01-02T15:04:00'],
    ['2024-01-02 15:04:05', 'yyyy-MM-dd HH:mm:ss', '2024-01-02T15:04:05'],
  ])("[datetime]::ParseExact('%s', '%s', $null)", async (text, format, expected) => {
    const value = await invokeStaticMethod('datetime', 'ParseExact', [text, format, null], context);
    expect(await invokeMethod(value, 'ToString', ['s'], context)).toBe(expected);
  });

  it('[guid]::NewGuid() is a lower-case D-format GUID; [datetime]::UtcNow is Utc', async () => {
    const guid = await invokeStaticMethod('guid', 'NewGuid', [], context);
    expect([/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(String(guid)), (getStaticMember('datetime', 'UtcNow') as PSDateTime).dateTimeKind]).toEqual([true, 'Utc']);
  });

  it("[regex]::Match gives a Match whose Groups index by number and name", async () => {
    const match = await invokeStaticMethod('regex', 'Match', ['v1.25', '(?<major>\\d+)\\.(\\d+)'], context);
    const groups = getMember(match, 'Groups');
    expect([getMember(match, 'Success'), toPSString(match), getMember(getIndex(groups, 1), 'Value'), getMember(getIndex(groups, 'major'), 'Value')]).toEqual([true, '1.25', '25', '1']);
  });

  it.each<[string, () => unknown, string, string]>([
    ["[int]::Parse('abc')", () => invokeStaticMethod('int', 'Parse', ['abc'], context), 'FormatException',
      'Exception calling "Parse" with "1" argument(s): "The input string \'abc\' was not in a correct format."'],
    ["[int]::Parse('99999999999')", () => invokeStaticMethod('int', 'Parse', ['99999999999'], context), 'OverflowException',
      'Exception calling "Parse" with "1" argument(s): "Value was either too large or too small for an Int32."'],
    ["[guid]::Parse('x')", () => invokeStaticMethod('guid', 'Parse', ['x'], context), 'FormatException',
      'Exception calling "Parse" with "1" argument(s): "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."'],
    ['[Math]::Round(1.5, 16)', () => invokeStaticMethod('Math', 'Round', [1.5, 16], context), 'ArgumentOutOfRangeException',
      'Exception calling "Round" with "2" argument(s): "Rounding digits must be between 0 and 15, inclusive. (Parameter \'digits\')"'],
    ['[Math]::Foo()', () => invokeStaticMethod('Math', 'Foo', [], context), 'MethodNotFound', "Method invocation failed because [System.Math] does not contain a method named 'Foo'."],
    ['[NoSuchType]::Foo()', () => invokeStaticMethod('NoSuchType', 'Foo', [], context), 'TypeNotFound', 'Unable to find type [NoSuchType].'],
    ["[datetime]::ParseExact('2024-1-2', 'yyyyMMdd', $null)", () => invokeStaticMethod('datetime', 'ParseExact', ['2024-1-2', 'yyyyMMdd', null], context), 'FormatException',
      'Exception calling "ParseExact" with "3" argument(s): "String \'2024-1-2\' was not recognized as a valid DateTime."'],
    ["[System.IO.File]::ReadAllText('/no/such/file')", () => invokeStaticMethod('System.IO.File', 'ReadAllText', ['/no/such/file'], context), 'FileNotFoundException',
      'Exception calling "ReadAllText" with "1" argument(s): "Could not find file \'/no/such/file\'."'],
  ])('%s fails', async (_label, action, errorId, message) => {
    expect(await failure(action)).toEqual({ errorId, message });
  });
});

describe('type names (TypeResolver and TypeAccelerators)', () => {
  it.each<[string, string | undefined]>([
    ['int', 'System.Int32'],
    ['Int32', 'System.Int32'],
    ['system.int32', 'System.Int32'],
    ['long', 'System.Int64'],
    ['string[]', 'System.String[]'],
    ['int[]', 'System.Int32[]'],
    ['hashtable', 'System.Collections.Hashtable'],
    ['ordered', 'System.Collections.Specialized.OrderedDictionary'],
    ['pscustomobject', 'System.Management.Automation.PSObject'],
    ['array', 'System.Array'],
    ['switch', 'System.Management.Automation.SwitchParameter'],
    ['datetime', 'System.DateTime'],
    ['guid', 'System.Guid'],
    ['regex', 'System.Text.RegularExpressions.Regex'],
    ['scriptblock', 'System.Management.Automation.ScriptBlock'],
    ['Math', 'System.Math'],
    ['IO.Path', 'System.IO.Path'],
    ['System.Collections.Generic.List[string]', 'System.Collections.Generic.List`1[System.String]'],
    ['Collections.Generic.List[int]', 'System.Collections.Generic.List`1[System.Int32]'],
    ['NoSuchType', undefined],
    ['List[NoSuchType]', undefined],
  ])('[%s]', (name, fullName) => {
    expect(resolveType(name)?.fullName).toBe(fullName);
  });

  it('registerType makes a module type resolvable by full and short name', () => {
    const type: PSTypeInfo = { fullName: 'Pcsh.Tests.PSWidget', name: 'PSWidget', syntaxName: 'PSWidget' };
    registerType(type, 'PSWidget');
    expect([resolveType('pcsh.tests.pswidget'), resolveType('PSWidget[]')?.fullName]).toEqual([type, 'Pcsh.Tests.PSWidget[]']);
  });
});
