/**
 * The operators on values, as pwsh 7.5 evaluates them. Rows port pwsh's own tests where they exist
 * (test/powershell/Language/Operators/{Comparison,Split,Replace,Range}Operator.Tests.ps1) and otherwise
 * follow the binder and ParserOps source cited per table.
 */
import { describe, expect, it } from 'vitest';
import type { BinaryOperator, UnaryOperator } from '../../src/language/ast.js';
import { ErrorRecord, PSException } from '../../src/engine/errors.js';
import { binaryOperation, unaryOperation, type OperatorContext } from '../../src/engine/operators/index.js';
import { Hashtable, PSDateTime, PSEnumValue, PSObject, type PSEnumType } from '../../src/engine/ps-object.js';
import { PSTypes } from '../../src/engine/type-info.js';
import { resolveType } from '../../src/engine/type-resolver.js';

/** Records what `-match` sets `$Matches` to. */
function context(): OperatorContext & { matches: Hashtable | null | undefined } {
  const ctx = {
    matches: undefined as Hashtable | null | undefined,
    setMatches(m: Hashtable | null): void {
      ctx.matches = m;
    },
  };
  return ctx;
}

function op(operator: BinaryOperator, left: unknown, right: unknown): unknown {
  return binaryOperation(operator, left, right, context());
}

function failure(action: () => unknown): { errorId: string; category: string; message: string } {
  try {
    action();
  } catch (error) {
    if (!(error instanceof PSException) || !(error.errorRecord instanceof ErrorRecord)) throw error;
    return { errorId: error.errorRecord.fullyQualifiedErrorId, category: error.errorRecord.category, message: error.errorRecord.exception.message };
  }
  throw new Error('expected a failure');
}

const date = (y: number, mo: number, d: number): PSDateTime => new PSDateTime(Date.UTC(y, mo - 1, d), 'Unspecified');
const CommandTypes: PSEnumType = { fullName: 'System.Management.Automation.CommandTypes', name: 'CommandTypes', members: [['Alias', 1], ['Function', 2], ['Filter', 4], ['Cmdlet', 8], ['ExternalScript', 16], ['Application', 32]] };
const flag = (name: string, value: number): PSEnumValue => new PSEnumValue(CommandTypes, name, value);

describe('arithmetic', () => {
  // pwsh: Binders.cs BinaryAdd / BinarySubDivOrRem / BinaryMultiply; NumericOps.cs IntOps (overflow → double,
  // inexact division → double); StringOps.Multiply; ArrayOps.Multiply.
  it.each<[string, BinaryOperator, unknown, unknown, unknown]>([
    ["'5' + 3 (string left: concatenation)", '+', '5', 3, '53'],
    ["5 + '3' (number left: the string is read as a number)", '+', 5, '3', 8],
    ["5 + '3.5'", '+', 5, '3.5', 8.5],
    ["5 + '0x10'", '+', 5, '0x10', 21],
    ['[int]::MaxValue + 1 (Int32 overflow widens)', '+', 2147483647, 1, 2147483648],
    ['7 / 2 (inexact: a double)', '/', 7, 2, 3.5],
    ['6 / 3 (exact: stays integral)', '/', 6, 3, 2],
    ['7 % 3', '%', 7, 3, 1],
    ['-7 % 3 (sign of the dividend)', '%', -7, 3, -1],
    ['5.5 % 2', '%', 5.5, 2, 1.5],
    ["5 - '2'", '-', 5, '2', 3],
    ["'10' - '3' (string left is read as a number for -)", '-', '10', '3', 7],
    ["'10' / 4", '/', '10', 4, 2.5],
    ["'' - 5 (the empty string is 0)", '-', '', 5, -5],
    ['1.5 * 2', '*', 1.5, 2, 3],
    ["'ab' * 3", '*', 'ab', 3, 'ababab'],
    ["'ab' * '2'", '*', 'ab', '2', 'abab'],
    ["'ab' * 0", '*', 'ab', 0, ''],
    ['(1,2) * 2', '*', [1, 2], 2, [1, 2, 1, 2]],
    ['(1,2) + 3', '+', [1, 2], 3, [1, 2, 3]],
    ['(1) + (2,3)', '+', [1], [2, 3], [1, 2, 3]],
    ['(1,2) + $null (the null is appended)', '+', [1, 2], null, [1, 2, null]],
    ['$null + 5', '+', null, 5, 5],
    ["$null + 'a'", '+', null, 'a', 'a'],
    ['$null * 5', '*', null, 5, null],
    ['$null - 5 ($null is 0)', '-', null, 5, -5],
    ['5 + $null', '+', 5, null, 5],
    ['$true + 1', '+', true, 1, 2],
    ['1 + $true', '+', 1, true, 2],
    ["'a' + (1,2) (joined with a space)", '+', 'a', [1, 2], 'a1 2'],
    ["'a' + $null", '+', 'a', null, 'a'],
    ['0.1 + 0.2', '+', 0.1, 0.2, 0.30000000000000004],
    ['1.5 / 0 (double division: infinity, not an error)', '/', 1.5, 0, Infinity],
  ])('%s', (_label, operator, left, right, expected) => {
    expect(op(operator, left, right)).toEqual(expected);
  });

  it('@{a=1} + @{b=2} is a new hashtable with both keys', () => {
    const left = Hashtable.from([['a', 1]]);
    const sum = op('+', left, Hashtable.from([['b', 2]])) as Hashtable;
    expect([sum === left, [...sum]]).toEqual([false, [['a', 1], ['b', 2]]]);
  });

  it('[DayOfWeek]-style enum + 1 stays an enum value', () => {
    expect(String(op('+', flag('Alias', 1), 1))).toBe('Function');
  });

  // pwsh: NumericOps.cs (RuntimeException wrapping DivideByZeroException), ParserOps.ImplicitOp
  // (MethodNotFound op_*), HashtableOps.Add (Hashtable.Add's ArgumentException, OperationStopped).
  it.each<[string, BinaryOperator, unknown, unknown, string, string, string]>([
    ['1 / 0', '/', 1, 0, 'RuntimeException', 'NotSpecified', 'Attempted to divide by zero.'],
    ['5 % 0', '%', 5, 0, 'RuntimeException', 'NotSpecified', 'Attempted to divide by zero.'],
    ["'abc' - 1", '-', 'abc', 1, 'InvalidCastFromStringToInteger', 'InvalidArgument',
      'Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."'],
    ["5 + 'abc'", '+', 5, 'abc', 'InvalidCastFromStringToInteger', 'InvalidArgument',
      'Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."'],
    ["1.5 + 'abc' (reads as the left operand's type)", '+', 1.5, 'abc', 'InvalidCastFromStringToDoubleOrSingle', 'InvalidArgument',
      'Cannot convert value "abc" to type "System.Double". Error: "The input string \'abc\' was not in a correct format."'],
    ['@{a=1} + @{a=2}', '+', Hashtable.from([['a', 1]]), Hashtable.from([['a', 2]]), 'System.ArgumentException', 'OperationStopped',
      "Item has already been added. Key in dictionary: 'a'  Key being added: 'a'"],
    ['@{a=1} + @{A=2} (keys compare case-insensitively)', '+', Hashtable.from([['a', 1]]), Hashtable.from([['A', 2]]), 'System.ArgumentException', 'OperationStopped',
      "Item has already been added. Key in dictionary: 'a'  Key being added: 'A'"],
    ['@{a=1} + 1', '+', Hashtable.from([['a', 1]]), 1, 'AddHashTableToNonHashTable', 'InvalidOperation', 'A hash table can only be added to another hash table.'],
    ['(1,2) - 1', '-', [1, 2], 1, 'MethodNotFound', 'InvalidOperation', "Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'."],
    ['1 + (2,3)', '+', 1, [2, 3], 'MethodNotFound', 'InvalidOperation', "Method invocation failed because [System.Object[]] does not contain a method named 'op_Addition'."],
    ['[pscustomobject]@{} * 2', '*', PSObject.custom({}), 2, 'MethodNotFound', 'InvalidOperation',
      "Method invocation failed because [System.Management.Automation.PSCustomObject] does not contain a method named 'op_Multiply'."],
  ])('%s fails', (_label, operator, left, right, errorId, category, message) => {
    expect(failure(() => op(operator, left, right))).toEqual({ errorId, category, message });
  });
});

describe('comparison', () => {
  // pwsh: ComparisonOperator.Tests.ps1 (first table), Binders.cs CompareEQ…CompareGE and
  // BinaryComparisonCommon (collections filter; numbers compare numerically; strings culturally).
  it.each<[string, BinaryOperator, unknown, unknown, unknown]>([
    ['1 -lt 2', '-lt', 1, 2, true],
    ['1 -gt 2', '-gt', 1, 2, false],
    ['1 -le 2', '-le', 1, 2, true],
    ['1 -le 1', '-le', 1, 1, true],
    ['1 -ge 2', '-ge', 1, 2, false],
    ['1 -ge 1', '-ge', 1, 1, true],
    ['1 -eq 1', '-eq', 1, 1, true],
    ['1 -ne 2', '-ne', 1, 2, true],
    ["'abc' -ceq 'abc'", '-ceq', 'abc', 'abc', true],
    ["'abc' -ceq 'Abc'", '-ceq', 'abc', 'Abc', false],
    ["'abc' -eq 'ABC'", '-eq', 'abc', 'ABC', true],
    ["'abc' -ieq 'ABC'", '-ieq', 'abc', 'ABC', true],
    ["'abc' -cne 'ABC'", '-cne', 'abc', 'ABC', true],
    ["1 -eq '1'", '-eq', 1, '1', true],
    ["'1' -eq 1", '-eq', '1', 1, true],
    ["1 -eq '1.0' (the string is read as a number)", '-eq', 1, '1.0', true],
    ["'1.0' -eq 1 (the number is read as a string)", '-eq', '1.0', 1, false],
    ["1 -eq 'abc' (unreadable: not equal, no error)", '-eq', 1, 'abc', false],
    ["$true -eq 'false' (the string converts to bool)", '-eq', true, 'false', true],
    ['$false -eq 0', '-eq', false, 0, true],
    ['1 -eq $true', '-eq', 1, true, true],
    ['2 -eq $true', '-eq', 2, true, false],
    ['$null -eq $null', '-eq', null, null, true],
    ['$null -eq 0', '-eq', null, 0, false],
    ['0 -eq $null', '-eq', 0, null, false],
    ["'' -eq $null", '-eq', '', null, false],
    ["[DayOfWeek] value -eq its name", '-eq', new PSEnumValue({ fullName: 'System.DayOfWeek', name: 'DayOfWeek', members: [['Sunday', 0], ['Monday', 1]] }, 'Monday', 1), 'monday', true],
    ['(1,2,3) -eq 2', '-eq', [1, 2, 3], 2, [2]],
    ['(1,2,3) -gt 1', '-gt', [1, 2, 3], 1, [2, 3]],
    ['(1,2,3) -ne 2', '-ne', [1, 2, 3], 2, [1, 3]],
    ['(1,$null,2) -eq $null', '-eq', [1, null, 2], null, [null]],
    ["('a','B','c') -clt 'b'", '-clt', ['a', 'B', 'c'], 'b', ['a']],
    ["'b' -gt 'a'", '-gt', 'b', 'a', true],
    ["'a' -lt 'B' (culture order, not ordinal)", '-lt', 'a', 'B', true],
    ["'a' -clt 'A' (lower case sorts first)", '-clt', 'a', 'A', true],
    ["10 -gt '9' (numeric)", '-gt', 10, '9', true],
    ["'10' -gt 9 (text)", '-gt', '10', 9, false],
    ['$null -lt 1', '-lt', null, 1, true],
    ['$null -lt -1', '-lt', null, -1, false],
    ['1 -gt $null', '-gt', 1, null, true],
    ['-1 -lt $null', '-lt', -1, null, true],
    ["$null -gt 'a'", '-gt', null, 'a', false],
    ["'a' -gt $null", '-gt', 'a', null, true],
    ['$null -ge $null', '-ge', null, null, true],
    ["date -gt '2020-01-01'", '-gt', date(2024, 1, 2), '2020-01-01', true],
    ["date -eq '2024-01-02'", '-eq', date(2024, 1, 2), '2024-01-02', true],
  ])('%s', (_label, operator, left, right, expected) => {
    expect(op(operator, left, right)).toEqual(expected);
  });

  // pwsh: ComparisonOperator.Tests.ps1 (second table); ParserOps.ContainsOperatorCompiled uses -eq.
  it.each<[string, BinaryOperator, unknown, unknown, boolean]>([
    ["'Hello' -contains 'Hello'", '-contains', 'Hello', 'Hello', true],
    ["'Hello' -notcontains 'Hello'", '-notcontains', 'Hello', 'Hello', false],
    ["'Hello','world' -ccontains 'hello'", '-ccontains', ['Hello', 'world'], 'hello', false],
    ["'Hello','world' -ccontains 'Hello'", '-ccontains', ['Hello', 'world'], 'Hello', true],
    ["'Hello','world' -cnotcontains 'Hello'", '-cnotcontains', ['Hello', 'world'], 'Hello', false],
    ['(1,2,3) -contains 2', '-contains', [1, 2, 3], 2, true],
    ["(1,2) -contains '1'", '-contains', [1, 2], '1', true],
    ['2 -in (1,2)', '-in', 2, [1, 2], true],
    ["'1' -in (1,2)", '-in', '1', [1, 2], true],
    ['3 -notin (1,2)', '-notin', 3, [1, 2], true],
    ["'A' -cin ('a','b')", '-cin', 'A', ['a', 'b'], false],
  ])('%s', (_label, operator, left, right, expected) => {
    expect(op(operator, left, right)).toBe(expected);
  });

  it.each<[string, BinaryOperator, unknown, unknown, string, string]>([
    ["1 -lt 'abc'", '-lt', 1, 'abc', 'InvalidCastFromStringToInteger',
      'Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."'],
    ["date -lt 'abc'", '-lt', date(2024, 1, 2), 'abc', 'ComparisonFailure',
      'Could not compare "01/02/2024 00:00:00" to "abc". Error: "Cannot convert value "abc" to type "System.DateTime". Error: "The string \'abc\' was not recognized as a valid DateTime. There is an unknown word starting at index \'0\'.""'],
    ['[pscustomobject]@{a=1} -gt 1', '-gt', PSObject.custom({ a: 1 }), 1, 'NotIcomparable', 'Cannot compare "@{a=1}" because it is not IComparable.'],
  ])('%s fails', (_label, operator, left, right, errorId, message) => {
    expect(failure(() => op(operator, left, right))).toMatchObject({ errorId, message });
  });
});

describe('-like and -match', () => {
  // pwsh: ComparisonOperator.Tests.ps1 (like/match rows and the backtick table); ParserOps.LikeOperator
  // (a collection yields the matching elements as strings).
  it.each<[string, BinaryOperator, unknown, unknown, unknown]>([
    ["'Hello world' -like 'Hello*'", '-like', 'Hello world', 'Hello*', true],
    ["'Hello world' -notlike 'Hello*'", '-notlike', 'Hello world', 'Hello*', false],
    ["'abc' -like 'a?c'", '-like', 'abc', 'a?c', true],
    ["'abc' -like '[a-c]bc'", '-like', 'abc', '[a-c]bc', true],
    ["'abc' -like '[xyz]bc'", '-like', 'abc', '[xyz]bc', false],
    ["'ABC' -like 'abc'", '-like', 'ABC', 'abc', true],
    ["'ABC' -clike 'abc'", '-clike', 'ABC', 'abc', false],
    ["'a*c' -like 'a`*c'", '-like', 'a*c', 'a`*c', true],
    ["'abc' -like 'a`*c'", '-like', 'abc', 'a`*c', false],
    ["'abc`def' -like 'abc`def'", '-like', 'abc`def', 'abc`def', false],
    ["'abc`def' -like 'abc``def'", '-like', 'abc`def', 'abc``def', true],
    ["'abc`def' -like 'abc````def'", '-like', 'abc`def', 'abc````def', false],
    ["'abc``def' -like 'abc````def'", '-like', 'abc``def', 'abc````def', true],
    ["'apple','banana' -like '*an*'", '-like', ['apple', 'banana'], '*an*', ['banana']],
    ["1,2,12 -like '1*' (elements become strings)", '-like', [1, 2, 12], '1*', ['1', '12']],
    ["$null -like ''", '-like', null, '', true],
    ["'Hello world' -match 'Hello*'", '-match', 'Hello world', 'Hello*', true],
    ["'Hello world' -notmatch 'Hello*'", '-notmatch', 'Hello world', 'Hello*', false],
    ["'ABC' -cmatch 'abc'", '-cmatch', 'ABC', 'abc', false],
    ["'ABC' -match 'abc'", '-match', 'ABC', 'abc', true],
    ["\"abc`n\" -match 'abc$' (.NET $ before a final newline)", '-match', 'abc\n', 'abc$', true],
    ["'abc' -match '\\Aab'", '-match', 'abc', '\\Aab', true],
    ["'a1','b','c2' -match '\\d'", '-match', ['a1', 'b', 'c2'], '\\d', ['a1', 'c2']],
    ["'a1','b' -notmatch '\\d'", '-notmatch', ['a1', 'b'], '\\d', ['b']],
  ])('%s', (_label, operator, left, right, expected) => {
    expect(op(operator, left, right)).toEqual(expected);
  });

  // pwsh: ParserOps.MatchOperator fills $Matches from GetGroupNames (numbers as Int32 keys, then names).
  it.each<[string, string, string, [unknown, string][]]>([
    ['named groups', 'John 42', '(?<name>\\w+) (?<age>\\d+)', [['name', 'John'], ['age', '42'], [0, 'John 42']]],
    ['numbered groups', 'abc', '(a)(b)', [[2, 'b'], [1, 'a'], [0, 'ab']]],
    ['a group that did not take part is left out', 'ac', '(a)(x)?c', [[1, 'a'], [0, 'ac']]],
    ['unnamed groups are numbered before named ones', 'xyz', '(?<n>x)(y)(z)', [['n', 'x'], [2, 'z'], [1, 'y'], [0, 'xyz']]],
  ])('$Matches: %s', (_label, input, pattern, entries) => {
    const ctx = context();
    expect(binaryOperation('-match', input, pattern, ctx)).toBe(true);
    expect([...(ctx.matches as Hashtable)]).toEqual(entries);
  });

  it('-match on a collection, or a failed match, leaves $Matches alone', () => {
    const ctx = context();
    binaryOperation('-match', ['a1'], '\\d', ctx);
    binaryOperation('-match', 'abc', 'x', ctx);
    expect(ctx.matches).toBeUndefined();
  });

  it.each<[string, BinaryOperator, unknown, string, string, string]>([
    ["'a' -match '('", '-match', '(', 'System.Text.RegularExpressions.RegexParseException', 'OperationStopped', "Invalid pattern '(' at offset 1. Not enough )'s."],
    ["'a' -match '[a'", '-match', '[a', 'System.Text.RegularExpressions.RegexParseException', 'OperationStopped', "Invalid pattern '[a' at offset 2. Unterminated [] set."],
    ["'a' -like '[a'", '-like', '[a', 'WildcardPattern_Invalid', 'InvalidArgument', 'The specified wildcard character pattern is not valid: [a'],
  ])('%s fails', (_label, operator, right, errorId, category, message) => {
    expect(failure(() => op(operator, 'a', right))).toEqual({ errorId, category, message });
  });
});

describe('-replace, -split, -join', () => {
  // pwsh: ReplaceOperator.Tests.ps1; ParserOps.ReplaceOperator (.NET Regex.Replace substitutions).
  it.each<[string, BinaryOperator, unknown, unknown, unknown]>([
    ["'Get-Process' -replace 'Get','Stop'", '-replace', 'Get-Process', ['Get', 'Stop'], 'Stop-Process'],
    ["'image.gif' -replace '\\.gif$','.jpg'", '-replace', 'image.gif', ['\\.gif$', '.jpg'], 'image.jpg'],
    ["'book' -replace 'B','C'", '-replace', 'book', ['B', 'C'], 'Cook'],
    ["'book' -ireplace 'B','C'", '-ireplace', 'book', ['B', 'C'], 'Cook'],
    ["'book' -creplace 'B','C'", '-creplace', 'book', ['B', 'C'], 'book'],
    ["'PowerPoint' -replace 'Point','Shell'", '-replace', 'PowerPoint', ['Point', 'Shell'], 'PowerShell'],
    ["'PowerPoint' -replace 'Point'", '-replace', 'PowerPoint', 'Point', 'Power'],
    ["'PowerPoint1','PowerPoint2' -replace 'Point','Shell'", '-replace', ['PowerPoint1', 'PowerPoint2'], ['Point', 'Shell'], ['PowerShell1', 'PowerShell2']],
    ["'domain.example' -replace '.*\\.(\\w+)$', \"Tld of '`$0' is - '`$1'\"", '-replace', 'domain.example', ['.*\\.(\\w+)$', "Tld of '$0' is - '$1'"], "Tld of 'domain.example' is - 'example'"],
    ["'domain.example' -replace '.*\\.(?<tld>\\w+)$', '${tld}'", '-replace', 'domain.example', ['.*\\.(?<tld>\\w+)$', '${tld}'], 'example'],
    ["'a' -replace 'a','$$'", '-replace', 'a', ['a', '$$'], '$'],
    ["'ab' -replace '(a)(b)','$2$1'", '-replace', 'ab', ['(a)(b)', '$2$1'], 'ba'],
    ["'a' -replace 'a','$3' (no group 3: literal)", '-replace', 'a', ['a', '$3'], '$3'],
    ["1.2 -replace ',' (LHS stringification is invariant)", '-replace', 1.2, ',', '1.2'],
  ])('%s', (_label, operator, left, right, expected) => {
    expect(op(operator, left, right)).toEqual(expected);
  });

  // pwsh: SplitOperator.Tests.ps1; ParserOps.SplitWithPattern (Regex.Split; a negative count splits from the right).
  it.each<[string, BinaryOperator, unknown, unknown, string[]]>([
    ["'a b c d' -split ' '", '-split', 'a b c d', ' ', ['a', 'b', 'c', 'd']],
    ["'a b','c d' -split ' '", '-split', ['a b', 'c d'], ' ', ['a', 'b', 'c', 'd']],
    ["'a b c d' -split ' ', 2", '-split', 'a b c d', [' ', 2], ['a', 'b c d']],
    ["'a b c d' -split ' ', 0", '-split', 'a b c d', [' ', 0], ['a', 'b', 'c', 'd']],
    ["'a b c d' -split ' ', -2", '-split', 'a b c d', [' ', -2], ['a b c', 'd']],
    ["'a b c d' -split ' ', -1", '-split', 'a b c d', [' ', -1], ['a b c d']],
    ["'a b c d' -split ' ', 8", '-split', 'a b c d', [' ', 8], ['a', 'b', 'c', 'd']],
    ["' ' -split ' ', -2", '-split', ' ', [' ', -2], ['', '']],
    ["'a2b3c4d' -split '\\d+', 2", '-split', 'a2b3c4d', ['\\d+', 2], ['a', 'b3c4d']],
    ["'a2b3c4d' -split '\\d+', -2", '-split', 'a2b3c4d', ['\\d+', -2], ['a2b3c', 'd']],
    ["'a::b::c::d' -split '::'", '-split', 'a::b::c::d', '::', ['a', 'b', 'c', 'd']],
    ["'a1:b1:c1:d' -split '(1:)' (captures are kept)", '-split', 'a1:b1:c1:d', '(1:)', ['a', '1:', 'b', '1:', 'c', '1:', 'd']],
    ["'a1:b1:c1:d' -split '1(:)'", '-split', 'a1:b1:c1:d', '1(:)', ['a', ':', 'b', ':', 'c', ':', 'd']],
    ["'abcBd' -split 'B'", '-split', 'abcBd', 'B', ['a', 'c', 'd']],
    ["'abcBd' -isplit 'B'", '-isplit', 'abcBd', 'B', ['a', 'c', 'd']],
    ["'abcBd' -csplit 'B'", '-csplit', 'abcBd', 'B', ['abc', 'd']],
    ["'a.b' -split '.', 0, 'SimpleMatch'", '-split', 'a.b', ['.', 0, 'SimpleMatch'], ['a', 'b']],
    ["'aXbxc' -csplit 'x', 0, 'IgnoreCase'", '-csplit', 'aXbxc', ['x', 0, 'IgnoreCase'], ['a', 'b', 'c']],
    ["1.2 -split ','", '-split', 1.2, ',', ['1.2']],
    ["'abc' -split ''", '-split', 'abc', '', ['', 'a', 'b', 'c', '']],
  ])('%s', (_label, operator, left, right, expected) => {
    expect(op(operator, left, right)).toEqual(expected);
  });

  // pwsh: ParserOps.JoinOperator (PSObject.ToStringEnumerable: elements are not expanded further).
  it.each<[string, unknown, unknown, string]>([
    ["1,2,3 -join ','", [1, 2, 3], ',', '1,2,3'],
    ["'a' -join ','", 'a', ',', 'a'],
    ["1,(2,3) -join ','", [1, [2, 3]], ',', '1,System.Object[]'],
    ["1,$null,2 -join '-'", [1, null, 2], '-', '1--2'],
    ['1,2 -join $null', [1, 2], null, '12'],
    ["1.5,2 -join ';'", [1.5, 2], ';', '1.5;2'],
  ])('%s', (_label, left, right, expected) => {
    expect(op('-join', left, right)).toBe(expected);
  });

  it.each<[string, BinaryOperator, unknown, unknown, string, string, string]>([
    ["'a' -replace 'a','b','c'", '-replace', 'a', ['a', 'b', 'c'], 'BadReplaceArgument', 'InvalidOperation', 'The -replace operator allows only two elements to follow it, not 3.'],
    ["'a' -replace '('", '-replace', 'a', '(', 'InvalidRegularExpression', 'InvalidOperation', 'The regular expression pattern ( is not valid.'],
    ["'a' -split 'b', 0, 'SimpleMatch,Multiline'", '-split', 'a', ['b', 0, 'SimpleMatch,Multiline'], 'InvalidSplitOptionCombination', 'ParserError', 'The combination of options with the -split operator is not valid.'],
  ])('%s fails', (_label, operator, left, right, errorId, category, message) => {
    expect(failure(() => op(operator, left, right))).toEqual({ errorId, category, message });
  });
});

describe('range, type operators, bitwise and logical operators', () => {
  // pwsh: RangeOperator.Tests.ps1; ParserOps.RangeOperator (single non-digit characters give chars).
  it.each<[string, unknown, unknown, unknown[]]>([
    ['5..8', 5, 8, [5, 6, 7, 8]],
    ['-8..-5', -8, -5, [-8, -7, -6, -5]],
    ['0..0', 0, 0, [0]],
    ['4..3 (descending)', 4, 3, [4, 3]],
    ['-2..2', -2, 2, [-2, -1, 0, 1, 2]],
    ["'a'..'e'", 'a', 'e', ['a', 'b', 'c', 'd', 'e']],
    ["'C'..'A'", 'C', 'A', ['C', 'B', 'A']],
    ["'1'..'3' (digits give numbers)", '1', '3', [1, 2, 3]],
    ['$null..2', null, 2, [0, 1, 2]],
  ])('%s', (_label, left, right, expected) => {
    expect(op('..', left, right)).toEqual(expected);
  });

  // pwsh: ComparisonOperator.Tests.ps1 (type comparison tables); ParserOps.IsOperator / -as TryConvertTo.
  it.each<[string, BinaryOperator, unknown, unknown, unknown]>([
    ['[pscustomobject]@{foo=1} -is [pscustomobject]', '-is', PSObject.custom({ foo: 1 }), resolveType('pscustomobject'), true],
    ['[pscustomobject]@{foo=1} -is [psobject]', '-is', PSObject.custom({ foo: 1 }), resolveType('psobject'), true],
    ["'hello' -is [string]", '-is', 'hello', resolveType('string'), true],
    ["'hello' -is [system.string]", '-is', 'hello', resolveType('system.string'), true],
    ['100 -is [int]', '-is', 100, resolveType('int'), true],
    ['100 -is [system.int32]', '-is', 100, resolveType('system.int32'), true],
    ["'hello' -isnot [int]", '-isnot', 'hello', resolveType('int'), true],
    ['[pscustomobject]@{foo=1} -is [string]', '-is', PSObject.custom({ foo: 1 }), resolveType('string'), false],
    ["'hello' -is [psobject]", '-is', 'hello', resolveType('psobject'), false],
    ["'hello' -isnot [string]", '-isnot', 'hello', resolveType('string'), false],
    ["'hello' -is 'string' (a type name)", '-is', 'hello', 'string', true],
    ['5 -is [long]', '-is', 5, resolveType('long'), false],
    ['1.5 -is [double]', '-is', 1.5, resolveType('double'), true],
    ['5 -is [ValueType]', '-is', 5, resolveType('System.ValueType'), true],
    ['(1,2) -is [array]', '-is', [1, 2], resolveType('array'), true],
    ['@{} -is [hashtable]', '-is', new Hashtable(), resolveType('hashtable'), true],
    ['@{} -is [System.Collections.IDictionary]', '-is', new Hashtable(), resolveType('System.Collections.IDictionary'), true],
    ['$null -is [object]', '-is', null, resolveType('object'), false],
    ["'5' -as [int]", '-as', '5', resolveType('int'), 5],
    ["'abc' -as [int]", '-as', 'abc', resolveType('int'), null],
    ['5 -as [string]', '-as', 5, resolveType('string'), '5'],
    ["'int]whatever' -as [type] (Conversions.Tests.ps1)", '-as', 'int]whatever', resolveType('type'), null],
  ])('%s', (_label, operator, left, right, expected) => {
    expect(op(operator, left, right)).toEqual(expected);
  });

  it("'Hello' -is 'foo' fails with RuntimeException (ComparisonOperator.Tests.ps1)", () => {
    expect(failure(() => op('-is', 'Hello', 'foo'))).toEqual({
      errorId: 'RuntimeException',
      category: 'NotSpecified',
      message: 'Cannot convert the "foo" value of type "System.String" to type "System.Type".',
    });
  });

  // pwsh: Binders.cs BinaryBitwiseOp / Shift (Int32 stays 32-bit; shift counts are masked);
  // ComparisonOperator.Tests.ps1 "Bytewise Operator" (flag enums).
  it.each<[string, BinaryOperator, unknown, unknown, unknown]>([
    ['5 -band 3', '-band', 5, 3, 1],
    ['5 -bor 3', '-bor', 5, 3, 7],
    ['5 -bxor 3', '-bxor', 5, 3, 6],
    ['1 -shl 31 (Int32)', '-shl', 1, 31, -2147483648],
    ['1 -shl 33 (count masked to 5 bits)', '-shl', 1, 33, 2],
    ['-8 -shr 1 (arithmetic)', '-shr', -8, 1, -4],
    ["255 -band '0x0F'", '-band', 255, '0x0F', 15],
    ['$null -bor 4', '-bor', null, 4, 4],
    ['1 -xor 0', '-xor', 1, 0, true],
    ['1 -xor 1', '-xor', 1, 1, false],
    ['$null ?? 5', '??', null, 5, 5],
    ['0 ?? 5', '??', 0, 5, 0],
  ])('%s', (_label, operator, left, right, expected) => {
    expect(op(operator, left, right)).toEqual(expected);
  });

  it.each<[string, BinaryOperator, PSEnumValue, PSEnumValue, string]>([
    ['Alias -bor Application', '-bor', flag('Alias', 1), flag('Application', 32), 'Alias, Application'],
    ['Alias -bxor Application', '-bxor', flag('Alias', 1), flag('Application', 32), 'Alias, Application'],
    ['Alias -band Function', '-band', flag('Alias', 1), flag('Function', 2), '0'],
  ])('[CommandTypes]::%s', (_label, operator, left, right, expected) => {
    expect(String(op(operator, left, right))).toBe(expected);
  });

  // pwsh: ComparisonOperator.Tests.ps1 (-not/! table); Binders.cs PSUnaryOperationBinder.
  it.each<[string, UnaryOperator, unknown, unknown]>([
    ['-not 1', '-not', 1, false],
    ['-not 0', '-not', 0, true],
    ['! 1', '!', 1, false],
    ['!0', '!', 0, true],
    ["-not ''", '-not', '', true],
    ['!$null', '!', null, true],
    ["-'5'", '-', '5', -5],
    ['-$null', '-', null, 0],
    ['-(-2147483648) widens', '-', -2147483648, 2147483648],
    ["+'3'", '+', '3', 3],
    ['-bnot 0', '-bnot', 0, -1],
    ['-bnot 5', '-bnot', 5, -6],
    [',5', ',', 5, [5]],
    ["-join ('a','b')", '-join', ['a', 'b'], 'ab'],
    ["-split ' a  b '", '-split', ' a  b ', ['a', 'b']],
    ["-split 'a b','c'", '-split', ['a b', 'c'], ['a', 'b', 'c']],
  ])('%s', (_label, operator, value, expected) => {
    expect(unaryOperation(operator, value)).toEqual(expected);
  });

  it("-'abc' fails like pwsh", () => {
    expect(failure(() => unaryOperation('-', 'abc'))).toMatchObject({ errorId: 'InvalidCastFromStringToInteger' });
  });

  it('-f formats with the right operand as the argument list', () => {
    expect(op('-f', '{0}-{1}', [PSTypes.Int32.name, 2])).toBe('Int32-2');
  });
});
