/**
 * `-f` / `[string]::Format` (.NET composite formatting in en-US) and the number and date formatters the
 * format engineer reuses. Expected texts are .NET 8's for the en-US culture pwsh runs under.
 */
import { describe, expect, it } from 'vitest';
import { compositeFormat, formatOperator } from '../../src/engine/format-operator.js';
import { formatDateTime, formatTimeSpan } from '../../src/engine/datetime-format.js';
import { ErrorRecord, PSException } from '../../src/engine/errors.js';
import { doubleToPSString, formatNumber } from '../../src/engine/number-format.js';
import { Hashtable, PSDateTime, PSEnumValue, PSObject } from '../../src/engine/ps-object.js';
import { BuiltInEnums } from '../../src/engine/type-resolver.js';

const when = new PSDateTime(Date.UTC(2024, 0, 2, 15, 4, 5, 120), 'Unspecified');
const utc = new PSDateTime(Date.UTC(2024, 5, 15, 10, 30, 0), 'Utc');

describe('-f composite formatting', () => {
  // .NET: StringBuilder.AppendFormatHelper (alignment, {{ }}), standard numeric format strings in en-US.
  it.each<[string, unknown[], string]>([
    ['{0}', ['a'], 'a'],
    ['{0} {1}', ['a', 'b'], 'a b'],
    ['{1}{0}', ['a', 'b'], 'ba'],
    ['{0,5}|', ['ab'], '   ab|'],
    ['{0,-5}|', ['ab'], 'ab   |'],
    ['{0,2}', ['abcd'], 'abcd'],
    ['{{0}}', [], '{0}'],
    ['{{{0}}}', [7], '{7}'],
    ['{0}', [null], ''],
    ['{0}', [true], 'True'],
    ['{0} items', [3], '3 items'],
    ['{0}', [0.1 + 0.2], '0.30000000000000004'],
    ['{0}', [[1, 2]], 'System.Object[]'],
    ['{0}', [new Hashtable()], 'System.Collections.Hashtable'],
    ['{0}', [PSObject.custom({ a: 1 })], '@{a=1}'],
    ['{0}', [new PSEnumValue(BuiltInEnums.DayOfWeek, 'Friday', 5)], 'Friday'],
    ['{0:N2}', [1234.5], '1,234.50'],
    ['{0:N0}', [1234567], '1,234,567'],
    ['{0:N2}', [-1234.567], '-1,234.57'],
    ['{0:D3}', [5], '005'],
    ['{0:D}', [-42], '-42'],
    ['{0:X}', [255], 'FF'],
    ['{0:x8}', [255], '000000ff'],
    ['{0:X}', [-1], 'FFFFFFFF'],
    ['{0:P1}', [0.125], '12.5%'],
    ['{0:P0}', [0.5], '50%'],
    ['{0:C}', [1234.5], '$1,234.50'],
    ['{0:C}', [-1234.5], '-$1,234.50'],
    ['{0:C0}', [1234.5], '$1,234'],
    ['{0:F1}', [1234.5678], '1234.6'],
    ['{0:F}', [3], '3.00'],
    ['{0:F3}', [-0.5], '-0.500'],
    ['{0:E2}', [1234.5678], '1.23E+003'],
    ['{0:e1}', [0.000123], '1.2e-004'],
    ['{0:G}', [0.1], '0.1'],
    ['{0:G3}', [12345], '1.23E+04'],
    ['{0:G}', [1e20], '1E+20'],
    ['{0:R}', [0.1 + 0.2], '0.30000000000000004'],
    ['{0:0.00}', [1.5], '1.50'],
    ['{0:0.00}', [2.675], '2.68'],
    ['{0:#,##0}', [1234567], '1,234,567'],
    ['{0:#,##0.00}', [-1234.5], '-1,234.50'],
    ['{0:#.##}', [0.5], '.5'],
    ['{0:0.##}', [2], '2'],
    ['{0:00}', [5], '05'],
    ['{0:0%}', [0.5], '50%'],
    ['{0:0.0E+00}', [1234], '1.2E+03'],
    ['{0:0;(0)}', [-5], '(5)'],
    ['{0:#,0,}', [1234567], '1,235'],
    ['{0:(###) ###-####}', [5551234567], '(555) 123-4567'],
    ['{0,8:N1}|', [3.14159], '     3.1|'],
  ])("'%s' -f %j", (template, args, expected) => {
    expect(compositeFormat(template, args)).toBe(expected);
  });

  // .NET: DateTime standard formats with en-US (ICU) patterns; custom format specifiers.
  it.each<[string, PSDateTime, string]>([
    ['{0}', when, '1/2/2024 3:04:05 PM'],
    ['{0:d}', when, '1/2/2024'],
    ['{0:D}', when, 'Tuesday, January 2, 2024'],
    ['{0:t}', when, '3:04 PM'],
    ['{0:T}', when, '3:04:05 PM'],
    ['{0:g}', when, '1/2/2024 3:04 PM'],
    ['{0:G}', when, '1/2/2024 3:04:05 PM'],
    ['{0:f}', when, 'Tuesday, January 2, 2024 3:04 PM'],
    ['{0:F}', when, 'Tuesday, January 2, 2024 3:04:05 PM'],
    ['{0:M}', when, 'January 2'],
    ['{0:Y}', when, 'January 2024'],
    ['{0:s}', when, '2024-01-02T15:04:05'],
    ['{0:u}', when, '2024-01-02 15:04:05Z'],
    ['{0:o}', when, '2024-01-02T15:04:05.1200000'],
    ['{0:o}', utc, '2024-06-15T10:30:00.0000000Z'],
    ['{0:r}', utc, 'Sat, 15 Jun 2024 10:30:00 GMT'],
    ['{0:yyyy-MM-dd HH:mm:ss}', when, '2024-01-02 15:04:05'],
    ['{0:yyyy-MM-dd}', when, '2024-01-02'],
    ['{0:dddd, MMM d yy}', when, 'Tuesday, Jan 2 24'],
    ['{0:h:mm tt}', when, '3:04 PM'],
    ['{0:HH:mm:ss.fff}', when, '15:04:05.120'],
    ['{0:HH:mm:ss.FFFF}', when, '15:04:05.12'],
    ["{0:yyyy'T'HH}", when, '2024T15'],
    ['{0:MM/dd/yyyy}', when, '01/02/2024'],
    ['{0:%K}', utc, 'Z'],
    ['{0:zzz}', utc, '+00:00'],
  ])("'%s' -f date", (template, value, expected) => {
    expect(compositeFormat(template, [value])).toBe(expected);
  });

  it('spreads an array right operand and wraps a scalar', () => {
    expect([formatOperator('{0}+{1}', [1, 2]), formatOperator('[{0}]', 5), formatOperator(42, [])]).toEqual(['1+2', '[5]', '42']);
  });

  // pwsh: StringOps.FormatOperator (FormatError, `Error formatting a string: {0}.`); .NET 8 FormatException texts.
  it.each<[string, unknown[], string]>([
    ['{1}', [1], 'Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..'],
    ['{0}', [], 'Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..'],
    ['{0:D2}', [1.5], 'Error formatting a string: Format specifier was invalid..'],
    ['{0:X}', [2.5], 'Error formatting a string: Format specifier was invalid..'],
    ['{a}', [1], 'Error formatting a string: Input string was not in a correct format. Failure to parse near offset 1. Expected an ASCII digit..'],
    ['a}b', [1], 'Error formatting a string: Input string was not in a correct format. Failure to parse near offset 2. Unexpected closing brace without a corresponding opening brace..'],
    ['{0', [1], 'Error formatting a string: Input string was not in a correct format. Failure to parse near offset 2. Format item ends prematurely..'],
    ['{0:yyyy{', [1], 'Error formatting a string: Input string was not in a correct format. Failure to parse near offset 7. Format item ends prematurely..'],
    ['{0:Q}', [when], 'Error formatting a string: Input string was not in a correct format..'],
  ])("'%s' -f %j fails with FormatError", (template, args, message) => {
    let record: ErrorRecord | undefined;
    try {
      formatOperator(template, args);
    } catch (error) {
      if (error instanceof PSException) record = error.errorRecord;
    }
    expect([record?.fullyQualifiedErrorId, record?.category, record?.targetObject, record?.exception.message]).toEqual(['FormatError', 'InvalidOperation', template, message]);
  });
});

describe('number and date formatters', () => {
  // pwsh: string conversion of doubles is ToString("G15", InvariantCulture).
  it.each<[number, string]>([
    [0.1, '0.1'],
    [1 / 3, '0.333333333333333'],
    [2 / 3, '0.666666666666667'],
    [1e15, '1E+15'],
    [123456789012345680, '1.23456789012346E+17'],
    [1e14, '100000000000000'],
    [-1e-7, '-1E-07'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
  ])('doubleToPSString(%d)', (value, expected) => {
    expect(doubleToPSString(value)).toBe(expected);
  });

  // .NET: Double.ToString(format, culture) — invariant culture, as the format engineer's table cells use ("F").
  it.each<[number, string, string]>([
    [1.5, 'F', '1.50'],
    [1234.5, 'N', '1,234.50'],
    [0.125, 'P1', '12.5 %'],
    [1234.5, 'C', '\u00a41,234.50'],
    [-1, 'N0', '-1'],
    [Infinity, 'F', 'Infinity'],
  ])('formatNumber(%d, %s, invariant)', (value, format, expected) => {
    expect(formatNumber(value, format, 'invariant')).toBe(expected);
  });

  it.each<[string, string, string]>([
    ['G', 'invariant', '01/02/2024 15:04:05'],
    ['d', 'invariant', '01/02/2024'],
    ['D', 'invariant', 'Tuesday, 02 January 2024'],
    ['T', 'invariant', '15:04:05'],
    ['G', 'en-US', '1/2/2024 3:04:05 PM'],
  ])('formatDateTime(date, %s, %s)', (format, culture, expected) => {
    expect(formatDateTime(when, format, culture as 'en-US' | 'invariant')).toBe(expected);
  });

  it.each<[number, string]>([
    [0, '00:00:00'],
    [90000, '00:01:30'],
    [93784500, '1.02:03:04.5000000'],
    [-1500, '-00:00:01.5000000'],
  ])('TimeSpan.ToString() of %d ms', (milliseconds, expected) => {
    expect(formatTimeSpan(milliseconds)).toBe(expected);
  });
});
