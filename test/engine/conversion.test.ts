/**
 * LanguagePrimitives as pcsh implements it: `[type]value` casts, string conversion, truthiness, type names,
 * Equals/Compare and the string-to-number scan. Expected values are pwsh 7.5's; each table cites the pwsh
 * source or test it comes from.
 */
import { describe, expect, it } from 'vitest';
import { convertTo, isTrue, psCompare, psEquals, toPSString, typeName } from '../../src/engine/conversion.js';
import { formatDateTime } from '../../src/engine/datetime-format.js';
import { ErrorRecord, PSException } from '../../src/engine/errors.js';
import { scanNumber } from '../../src/engine/number-parse.js';
import { Hashtable, PSDateTime, PSEnumValue, PSObject } from '../../src/engine/ps-object.js';
import { BuiltInEnums, MoreTypes, resolveType } from '../../src/engine/type-resolver.js';
import { arrayOf, enumTypeInfo, PSTypes, type PSTypeInfo } from '../../src/engine/type-info.js';

const DayOfWeek = enumTypeInfo(BuiltInEnums.DayOfWeek);
const date = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): PSDateTime => new PSDateTime(Date.UTC(y, mo - 1, d, h, mi, s), 'Unspecified');

/** The record a failed conversion carries: errorId, category and message. */
function failure(action: () => unknown): { errorId: string; category: string; message: string } {
  try {
    action();
  } catch (error) {
    if (!(error instanceof PSException) || !(error.errorRecord instanceof ErrorRecord)) throw error;
    return { errorId: error.errorRecord.fullyQualifiedErrorId, category: error.errorRecord.category, message: error.message };
  }
  throw new Error('expected a failure');
}

describe('convertTo: successful casts', () => {
  // pwsh: LanguagePrimitives.ConvertStringToInteger (Parser.ScanNumber, then Int32 parsing, then through
  // double), ConvertNumeric (Convert.ToInt32 rounds half to even), ConvertNullToNumeric.
  it.each<[string, unknown, PSTypeInfo, unknown]>([
    ["[int]'5'", '5', PSTypes.Int32, 5],
    ["[int]' 42 ' (white space)", ' 42 ', PSTypes.Int32, 42],
    ["[int]'0x1F' (hex literal)", '0x1F', PSTypes.Int32, 31],
    ["[int]'0xFFFFFFFF' (Int32 two's complement)", '0xFFFFFFFF', PSTypes.Int32, -1],
    ["[int]'1kb' (multiplier)", '1kb', PSTypes.Int32, 1024],
    ["[int]'' is 0", '', PSTypes.Int32, 0],
    ["[int]'   ' is 0", '   ', PSTypes.Int32, 0],
    ["[int]'2.5' rounds to even", '2.5', PSTypes.Int32, 2],
    ["[int]'3.5' rounds to even", '3.5', PSTypes.Int32, 4],
    ['[int]2.5', 2.5, PSTypes.Int32, 2],
    ['[int]-2.5', -2.5, PSTypes.Int32, -2],
    ['[int]1.6', 1.6, PSTypes.Int32, 2],
    ["[int]'1,000' (through double, thousands allowed)", '1,000', PSTypes.Int32, 1000],
    ["[int]'1e3'", '1e3', PSTypes.Int32, 1000],
    ['[int]$true', true, PSTypes.Int32, 1],
    ['[int]$null', null, PSTypes.Int32, 0],
    ["[long]'3000000000'", '3000000000', PSTypes.Int64, 3000000000],
    ["[double]'1.5'", '1.5', PSTypes.Double, 1.5],
    ["[double]'1e3'", '1e3', PSTypes.Double, 1000],
    ["[double]'1,000.5'", '1,000.5', PSTypes.Double, 1000.5],
    ["[double]''", '', PSTypes.Double, 0],
    ['[byte]255', 255, MoreTypes.Byte, 255],
    ["[decimal]'1.25'", '1.25', PSTypes.Decimal, 1.25],
    ['[string]5', 5, PSTypes.String, '5'],
    ['[string]1.5', 1.5, PSTypes.String, '1.5'],
    ['[string]$null is empty', null, PSTypes.String, ''],
    ['[string]$true', true, PSTypes.String, 'True'],
    ['[string](1,2,3)', [1, 2, 3], PSTypes.String, '1 2 3'],
    ["[bool]'false' (any non-empty string)", 'false', PSTypes.Boolean, true],
    ["[bool]''", '', PSTypes.Boolean, false],
    ['[bool]0', 0, PSTypes.Boolean, false],
    ['[bool]@()', [], PSTypes.Boolean, false],
    ['[bool]@(0)', [0], PSTypes.Boolean, false],
    ['[bool]@(0,0)', [0, 0], PSTypes.Boolean, true],
    ['[switch]1', 1, PSTypes.SwitchParameter, true],
    ['[char]65', 65, PSTypes.Char, 'A'],
    ["[char]'x'", 'x', PSTypes.Char, 'x'],
    ["[guid]'46A62ECE-10AD-42E5-B3F1-B2ED53E6FC08' (lower-cased D form)", '46A62ECE-10AD-42E5-B3F1-B2ED53E6FC08', PSTypes.Guid, '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'],
    ["[guid]'{46a62ece-10ad-42e5-b3f1-b2ed53e6fc08}' (B form)", '{46a62ece-10ad-42e5-b3f1-b2ed53e6fc08}', PSTypes.Guid, '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'],
    ["[guid]'46a62ece10ad42e5b3f1b2ed53e6fc08' (N form)", '46a62ece10ad42e5b3f1b2ed53e6fc08', PSTypes.Guid, '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'],
    ["[string[]](1,2)", [1, 2], arrayOf(PSTypes.String), ['1', '2']],
    ["[int[]]'5' (a scalar is wrapped)", '5', arrayOf(PSTypes.Int32), [5]],
    ["[int[]]('1','2')", ['1', '2'], arrayOf(PSTypes.Int32), [1, 2]],
    ['[array]5', 5, MoreTypes.Array, [5]],
    ['[object[]]$null stays $null', null, arrayOf(PSTypes.Object), null],
  ])('%s', (_label, value, type, expected) => {
    expect(convertTo(value, type)).toEqual(expected);
  });

  // pwsh: LanguagePrimitives.ConvertStringToEnum (case-insensitive Enum.Parse, then EnumMinimumDisambiguation),
  // ConvertIntegerToEnum.
  it.each<[string, unknown, string]>([
    ["[DayOfWeek]'Monday'", 'Monday', 'Monday'],
    ["[DayOfWeek]'monday' (case-insensitive)", 'monday', 'Monday'],
    ["[DayOfWeek]'Sat' (unique prefix)", 'Sat', 'Saturday'],
    ['[DayOfWeek]2', 2, 'Tuesday'],
    ["[DayOfWeek]'3'", '3', 'Wednesday'],
  ])('enum: %s', (_label, value, name) => {
    expect((convertTo(value, DayOfWeek) as PSEnumValue).name).toBe(name);
  });

  // pwsh: DateTime.Parse(s, InvariantCulture) through ConvertViaParseMethod; no offset gives Unspecified.
  it.each<[string, string]>([
    ['2024-01-02', '2024-01-02T00:00:00.0000000'],
    ['2024-01-02T15:04:05', '2024-01-02T15:04:05.0000000'],
    ['01/02/2024 15:04:05', '2024-01-02T15:04:05.0000000'],
    ['1/2/2024 3:04:05 PM', '2024-01-02T15:04:05.0000000'],
    ['January 2, 2024', '2024-01-02T00:00:00.0000000'],
    ['Tuesday, January 2, 2024 3:04:05 PM', '2024-01-02T15:04:05.0000000'],
  ])("[datetime]'%s'", (text, roundTrip) => {
    const value = convertTo(text, PSTypes.DateTime) as PSDateTime;
    expect([value.dateTimeKind, formatDateTime(value, 'o', 'invariant')]).toEqual(['Unspecified', roundTrip]);
  });

  it('[hashtable] of a hashtable and [pscustomobject] of a hashtable return the same object', () => {
    const table = Hashtable.from([['a', 1]]);
    expect(convertTo(table, PSTypes.Hashtable)).toBe(table);
    expect(convertTo(table, PSTypes.PSObject)).toBe(table);
  });

  it('[System.Collections.Generic.List[string]](1,2) converts each element', () => {
    const type = resolveType('System.Collections.Generic.List[string]') as PSTypeInfo;
    const list = convertTo([1, 2], type) as unknown[];
    expect([list, typeName(list)]).toEqual([['1', '2'], 'System.Collections.Generic.List`1[System.String]']);
  });
});

describe('convertTo: failures (errorId, message)', () => {
  // pwsh: ExtendedTypeSystem.resx texts; .NET 8 inner messages; LanguagePrimitives error ids.
  it.each<[string, unknown, PSTypeInfo, string, string]>([
    ["[int]'abc'", 'abc', PSTypes.Int32, 'InvalidCastFromStringToInteger',
      'Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."'],
    ["[int]'99999999999'", '99999999999', PSTypes.Int32, 'InvalidCastFromStringToInteger',
      'Cannot convert value "99999999999" to type "System.Int32". Error: "Value was either too large or too small for an Int32."'],
    ['[int]3e10', 3e10, PSTypes.Int32, 'InvalidCastIConvertible',
      'Cannot convert value "30000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."'],
    ['[byte]256', 256, MoreTypes.Byte, 'InvalidCastIConvertible',
      'Cannot convert value "256" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."'],
    ["[double]'abc'", 'abc', PSTypes.Double, 'InvalidCastFromStringToDoubleOrSingle',
      'Cannot convert value "abc" to type "System.Double". Error: "The input string \'abc\' was not in a correct format."'],
    ["[char]'ab'", 'ab', PSTypes.Char, 'InvalidCastIConvertible',
      'Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one character long."'],
    ["[guid]'abc'", 'abc', PSTypes.Guid, 'InvalidCastParseTargetInvocationWithFormatProvider',
      'Cannot convert value "abc" to type "System.Guid". Error: "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."'],
    ["[guid]'zzzzzzzz-10ad-42e5-b3f1-b2ed53e6fc08'", 'zzzzzzzz-10ad-42e5-b3f1-b2ed53e6fc08', PSTypes.Guid, 'InvalidCastParseTargetInvocationWithFormatProvider',
      'Cannot convert value "zzzzzzzz-10ad-42e5-b3f1-b2ed53e6fc08" to type "System.Guid". Error: "Guid string should only contain hexadecimal characters."'],
    ["[datetime]'abc'", 'abc', PSTypes.DateTime, 'InvalidCastParseTargetInvocationWithFormatProvider',
      'Cannot convert value "abc" to type "System.DateTime". Error: "The string \'abc\' was not recognized as a valid DateTime. There is an unknown word starting at index \'0\'."'],
    ["[datetime]'19-06-2018' (a pwsh docs transcript)", '19-06-2018', PSTypes.DateTime, 'InvalidCastParseTargetInvocationWithFormatProvider',
      'Cannot convert value "19-06-2018" to type "System.DateTime". Error: "String \'19-06-2018\' was not recognized as a valid DateTime."'],
    ["[DayOfWeek]'Funday'", 'Funday', DayOfWeek, 'SubstringDisambiguationEnumParseThrewAnException',
      'Cannot convert value "Funday" to type "System.DayOfWeek". Error: "Unable to match the identifier name Funday to a valid enumerator name. Specify one of the following enumerator names and try again:\nSunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday"'],
    ["[DayOfWeek]'T' (ambiguous prefix)", 'T', DayOfWeek, 'SubstringDisambiguationEnumParseThrewAnException',
      'Cannot convert value "T" to type "System.DayOfWeek". Error: "The identifier name T cannot be processed because it is either too similar or identical to the following enumerator names: Tuesday, Thursday. Use a more specific identifier name."'],
    ['[DayOfWeek]10', 10, DayOfWeek, 'UndefinedIntegerToEnum',
      'Cannot convert value "10" to type "System.DayOfWeek" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday".'],
    ['[int](1,2)', [1, 2], PSTypes.Int32, 'ConvertToFinalInvalidCastException',
      'Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Int32".'],
    ['[int]@{}', new Hashtable(), PSTypes.Int32, 'ConvertToFinalInvalidCastException',
      'Cannot convert the "System.Collections.Hashtable" value of type "System.Collections.Hashtable" to type "System.Int32".'],
    ['[int][pscustomobject]@{a=1}', PSObject.custom({ a: 1 }), PSTypes.Int32, 'ConvertToFinalInvalidCastException',
      'Cannot convert the "@{a=1}" value of type "System.Management.Automation.PSCustomObject" to type "System.Int32".'],
    ['[datetime]$null', null, PSTypes.DateTime, 'nullToObjectInvalidCast', 'Cannot convert null to type "System.DateTime".'],
    ["[int[]]'x' (scalar to array)", 'x', arrayOf(PSTypes.Int32), 'InvalidCastExceptionScalarToArray',
      'Cannot convert value "x" to type "System.Int32[]". Error: "Cannot convert value "x" to type "System.Int32". Error: "The input string \'x\' was not in a correct format.""'],
    ["[type]'NoSuchType'", 'NoSuchType', MoreTypes.Type, 'InvalidCastFromStringToType',
      'Cannot convert the "NoSuchType" value of type "System.String" to type "System.Type".'],
  ])('%s', (_label, value, type, errorId, message) => {
    expect(failure(() => convertTo(value, type))).toEqual({ errorId, category: 'InvalidArgument', message });
  });
});

describe('toPSString: pwsh string conversion (PSObject.ToStringParser, invariant culture)', () => {
  // pwsh: LanguagePrimitives.DoublePrecision = "G15"; Conversions.Tests.ps1 (1.1 * 3 → "3.3");
  // MshObject.cs ToStringEmptyBaseObject / ToStringEnumerable.
  it.each<[string, unknown, string]>([
    ['1.1 * 3 (G15)', 1.1 * 3, '3.3'],
    ['1.1 * 6 (G15)', 1.1 * 6, '6.6'],
    ['0.1 + 0.2', 0.1 + 0.2, '0.3'],
    ['1e20', 1e20, '1E+20'],
    ['1e-5', 1e-5, '1E-05'],
    ['0.0001', 0.0001, '0.0001'],
    ['1.5', 1.5, '1.5'],
    ['-0.5', -0.5, '-0.5'],
    ['[Math]::PI', Math.PI, '3.14159265358979'],
    ['123456789', 123456789, '123456789'],
    ['$true', true, 'True'],
    ['$null', null, ''],
    ['1,2,3', [1, 2, 3], '1 2 3'],
    ['1,$null,2 (a null element leaves its separator)', [1, null, 2], '1  2'],
    ['1,(2,3) (nested arrays are not expanded)', [1, [2, 3]], '1 System.Object[]'],
    ['@{a=1}', Hashtable.from([['a', 1]]), 'System.Collections.Hashtable'],
    ['[pscustomobject]@{a=1; b=2}', PSObject.custom({ a: 1, b: 2 }), '@{a=1; b=2}'],
    ['[pscustomobject]@{a=1,2} (inner array not expanded)', PSObject.custom({ a: [1, 2] }), '@{a=System.Object[]}'],
    ['[pscustomobject]@{a=[pscustomobject]@{b=1}} (inner object prints empty)', PSObject.custom({ a: PSObject.custom({ b: 1 }) }), '@{a=}'],
    ['[pscustomobject]@{} (no properties)', PSObject.custom({}), ''],
    ['a typed object prints its type name', new PSObject(['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart', 'System.Object']), 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart'],
    ['[datetime]"2024-01-02 15:04:05"', date(2024, 1, 2, 15, 4, 5), '01/02/2024 15:04:05'],
    ['[DayOfWeek]::Friday', new PSEnumValue(BuiltInEnums.DayOfWeek, 'Friday', 5), 'Friday'],
    ['[int] (a type prints its accelerator)', PSTypes.Int32, 'int'],
  ])('%s', (_label, value, expected) => {
    expect(toPSString(value)).toBe(expected);
  });

  it('joins with $OFS when given one', () => {
    expect(toPSString([1, 2, 3], ',')).toBe('1,2,3');
  });
});

describe('isTrue (LanguagePrimitives.IsTrue)', () => {
  it.each<[string, unknown, boolean]>([
    ['$null', null, false],
    ['0', 0, false],
    ['0.0', 0.0, false],
    ['1', 1, true],
    ['-1', -1, true],
    ["''", '', false],
    ["' '", ' ', true],
    ["'False'", 'False', true],
    ['@()', [], false],
    ['@(0)', [0], false],
    ['@(1)', [1], true],
    ['@(,@())', [[]], false],
    ['@(0,0)', [0, 0], true],
    ['@{} (a dictionary is not a list)', new Hashtable(), true],
    ['[pscustomobject]@{}', PSObject.custom({}), true],
  ])('%s', (_label, value, expected) => {
    expect(isTrue(value)).toBe(expected);
  });
});

describe('typeName ($x.GetType().FullName)', () => {
  it.each<[string, unknown, string]>([
    ['5', 5, 'System.Int32'],
    ['2147483648', 2147483648, 'System.Int64'],
    ['1.5', 1.5, 'System.Double'],
    ["'a'", 'a', 'System.String'],
    ['$true', true, 'System.Boolean'],
    ['@()', [], 'System.Object[]'],
    ['@{}', new Hashtable(), 'System.Collections.Hashtable'],
    ['[ordered]@{}', new Hashtable('OrderedDictionary'), 'System.Collections.Specialized.OrderedDictionary'],
    ['[pscustomobject]@{}', PSObject.custom({}), 'System.Management.Automation.PSCustomObject'],
    ['Get-Date', date(2024, 1, 2), 'System.DateTime'],
    ['[int]', PSTypes.Int32, 'System.RuntimeType'],
  ])('%s', (_label, value, expected) => {
    expect(typeName(value)).toBe(expected);
  });
});

describe('psEquals / psCompare (LanguagePrimitives.Equals / Compare)', () => {
  // pwsh: LanguagePrimitives.Equals: the second operand is converted to the first's type.
  it.each<[string, unknown, unknown, boolean, boolean]>([
    ["1, '1'", 1, '1', false, true],
    ["'1', 1", '1', 1, false, true],
    ["2, '1.5' ('1.5' converts to Int32 2)", 2, '1.5', false, true],
    ["1, 'abc' (failed conversion is unequal)", 1, 'abc', false, false],
    ["'abc', 'ABC' ignoring case", 'abc', 'ABC', true, true],
    ["'abc', 'ABC' case-sensitive", 'abc', 'ABC', false, false],
    ['$null, $null', null, null, false, true],
    ['$null, 0', null, 0, false, false],
    ["$true, 'false' ('false' is a non-empty string)", true, 'false', false, true],
    ['1, 1.0', 1, 1.0, false, true],
    ["date, '2024-01-02'", date(2024, 1, 2), '2024-01-02', false, true],
    ['two distinct hashtables', new Hashtable(), new Hashtable(), false, false],
  ])('Equals(%s)', (_label, a, b, ignoreCase, expected) => {
    expect(psEquals(a, b, ignoreCase)).toBe(expected);
  });

  // pwsh: LanguagePrimitives.Compare and CompareObjectToNull.
  it.each<[string, unknown, unknown, boolean, number]>([
    ['1, 2', 1, 2, false, -1],
    ['2, 1', 2, 1, false, 1],
    ["5, '10' (numeric)", 5, '10', false, -1],
    ["'10', 5 (text)", '10', 5, false, -1],
    ["'a', 'B' ignoring case", 'a', 'B', true, -1],
    ["'b', 'A' ignoring case", 'b', 'A', true, 1],
    ["'a', 'A' ignoring case", 'a', 'A', true, 0],
    ['$null, 1', null, 1, false, -1],
    ['$null, -1 (negative numbers sort below $null)', null, -1, false, 1],
    ['1, $null', 1, null, false, 1],
    ['$null, $null', null, null, false, 0],
    ['2024-01-02, 2024-01-03', date(2024, 1, 2), date(2024, 1, 3), false, -1],
  ])('Compare(%s)', (_label, a, b, ignoreCase, expected) => {
    expect(psCompare(a, b, ignoreCase)).toBe(expected);
  });

  it('Compare(5, "abc") fails with ComparisonFailure', () => {
    expect(failure(() => psCompare(5, 'abc'))).toEqual({
      errorId: 'ComparisonFailure',
      category: 'InvalidOperation',
      message: 'Could not compare "5" to "abc". Error: "Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format.""',
    });
  });
});

describe('scanNumber (Parser.ScanNumber: pwsh number literals in strings)', () => {
  it.each<[string, { value: number; numberType: string } | undefined]>([
    ['42', { value: 42, numberType: 'Int32' }],
    ['-5', { value: -5, numberType: 'Int32' }],
    ['+5', { value: 5, numberType: 'Int32' }],
    ['0x10', { value: 16, numberType: 'Int32' }],
    ['0b101', { value: 5, numberType: 'Int32' }],
    ['1.5e2', { value: 150, numberType: 'Double' }],
    ['3000000000', { value: 3000000000, numberType: 'Int64' }],
    ['10l', { value: 10, numberType: 'Int64' }],
    ['1d', { value: 1, numberType: 'Decimal' }],
    ['1mb', { value: 1048576, numberType: 'Int32' }],
    ['1.5kb', { value: 1536, numberType: 'Double' }],
    ['', { value: 0, numberType: 'Int32' }],
    ['abc', undefined],
    ['1,000', undefined],
    ['12abc', undefined],
  ])("'%s'", (text, expected) => {
    expect(scanNumber(text)).toEqual(expected);
  });
});
