/**
 * Validation attributes and the mandatory null/empty check. Texts: pwsh's Metadata.resx and
 * ParameterBinderStrings.resx; inner errorIds: engine/Attributes.cs (asserted like ValidateAttributes.Tests.ps1 does,
 * `$err.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId`).
 */
import { describe, expect, it } from 'vitest';
import { Param, Validate } from '../../src/engine/parameter-declaration.js';
import { dotNetRegExp } from '../../src/engine/validation.js';
import { GUID_PATTERN, TestBinding, bindLine, bound, checkBindingError, fixture, type ExpectedBindingError } from './binder-fixtures.js';

const validation = (message: string, at: string): ExpectedBindingError => ({
  errorId: 'ParameterArgumentValidationError',
  category: 'InvalidData',
  exception: 'ParameterBindingValidationException',
  message,
  at,
});

/** Mandatory parameters with Allow* attributes (ParameterBinderBase.ValidateNullOrEmptyArgument). */
const TestMandatory = fixture('Test-Mandatory', 'Pcsh.Tests.TestMandatoryCommand', {
  Path: Param.string({ mandatory: true }),
  Names: Param.stringArray({ mandatory: true }),
  Ids: Param.typed<number[]>({ fullName: 'System.Int32[]', name: 'Int32[]', syntaxName: 'int[]', elementType: { fullName: 'System.Int32', name: 'Int32', syntaxName: 'int' } }, { mandatory: true }),
  Note: Param.string({ mandatory: true, allowEmptyString: true }),
  Maybe: Param.object({ mandatory: true, allowNull: true }),
  List: Param.objectArray({ mandatory: true, allowEmptyCollection: true }),
  NotNullList: Param.objectArray({ validate: [Validate.notNull()] }),
  NonEmptyList: Param.stringArray({ validate: [Validate.notNullOrEmpty()] }),
});

describe('binder: validation attributes', () => {
  it.each<[string, unknown[], string, ExpectedBindingError]>([
    ['ValidateSet', ['-Color', 'Pink'], 'ValidateSetFailure', validation(
      'Cannot validate argument on parameter \'Color\'. The argument "Pink" does not belong to the set "Red,Green,Blue" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.', 'Pink')],
    ['ValidateSet on $null', ['-Color', null], 'ArgumentIsEmpty', validation(
      "Cannot validate argument on parameter 'Color'. The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.", '$null')],
    ['ValidateRange too small', ['-Level', 0], 'ValidateRangeTooSmall', validation(
      "Cannot validate argument on parameter 'Level'. The 0 argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.", '0')],
    ['ValidateRange too big', ['-Level', '11'], 'ValidateRangeTooBig', validation(
      "Cannot validate argument on parameter 'Level'. The 11 argument is greater than the maximum allowed range of 10. Supply an argument that is less than or equal to 10 and then try the command again.", '11')],
    ['ValidateRangeKind Positive', ['-Size', 0], 'ValidateRangePositiveFailure', validation(
      'Cannot validate argument on parameter \'Size\'. The argument "0" cannot be validated because its value is not greater than zero.', '0')],
    ['ValidateLength too short', ['-Code', 'a'], 'ValidateLengthMinLengthFailure', validation(
      'Cannot validate argument on parameter \'Code\'. The character length (1) of the argument is too short. Specify an argument with a length that is greater than or equal to "2", and then try the command again.', 'a')],
    ['ValidateLength too long', ['-Code', 'abcde'], 'ValidateLengthMaxLengthFailure', validation(
      'Cannot validate argument on parameter \'Code\'. The character length (5) of the argument is too long. Specify an argument with a length that is shorter than or equal to "4", and then try the command again.', 'abcde')],
    ['ValidateCount min/max', ['-Tags', ['a', 'b', 'c']], 'ValidateCountMinMaxFailure', validation(
      "Cannot validate argument on parameter 'Tags'. The parameter requires at least 1 value(s) and no more than 2 value(s) - 3 value(s) were provided.", 'a,b,c')],
    ['ValidateCount on an empty array', ['-Tags', []], 'ValidateCountMinMaxFailure', validation(
      "Cannot validate argument on parameter 'Tags'. The parameter requires at least 1 value(s) and no more than 2 value(s) - 0 value(s) were provided.", '@()')],
  ])('%s', async (_title, items, innerErrorId, expected) => {
    const { error, line } = await bindLine(TestBinding, items);
    checkBindingError(TestBinding, line, error, expected);
    expect(error?.exception.innerException?.errorRecord?.fullyQualifiedErrorId).toBe(innerErrorId);
  });

  it.each<[string, unknown[], Record<string, unknown>]>([
    ['ValidateSet ignores case and keeps the value as given', ['-Color', 'red'], { Color: 'red' }],
    ['ValidateRange inside the range', ['-Level', 10], { Level: 10 }],
    ['ValidateCount inside the range', ['-Tags', 'a'], { Tags: ['a'] }],
  ])('%s', async (_title, items, expected) => {
    expect(await bound(TestBinding, ...items)).toEqual(expected);
  });
});

describe('binder: mandatory null and empty checks (§1.6, §9.3)', () => {
  it.each<[string, unknown[], ExpectedBindingError]>([
    ['$null to a mandatory string', ['-Path', null], {
      errorId: 'ParameterArgumentValidationErrorNullNotAllowed', category: 'InvalidData', exception: 'ParameterBindingValidationException',
      message: "Cannot bind argument to parameter 'Path' because it is null.", at: '$null' }],
    ["'' to a mandatory string", ['-Path', ''], {
      errorId: 'ParameterArgumentValidationErrorEmptyStringNotAllowed', category: 'InvalidData', exception: 'ParameterBindingValidationException',
      message: "Cannot bind argument to parameter 'Path' because it is an empty string.", at: "''" }],
    ['@() to a mandatory array', ['-Names', []], {
      errorId: 'ParameterArgumentValidationErrorEmptyArrayNotAllowed', category: 'InvalidData', exception: 'ParameterBindingValidationException',
      message: "Cannot bind argument to parameter 'Names' because it is an empty array.", at: '@()' }],
    ["an '' element of a mandatory string[]", ['-Names', ['a', '']], {
      errorId: 'ParameterArgumentValidationErrorEmptyStringNotAllowed', category: 'InvalidData', exception: 'ParameterBindingValidationException',
      message: "Cannot bind argument to parameter 'Names' because it is an empty string.", at: "a,''" }],
    ['a $null element of a mandatory string[]', ['-Names', ['a', null]], {
      errorId: 'ParameterArgumentValidationErrorNullNotAllowed', category: 'InvalidData', exception: 'ParameterBindingValidationException',
      message: "Cannot bind argument to parameter 'Names' because it is null.", at: 'a,$null' }],
    ['ValidateNotNull on an array with a $null element', ['-NotNullList', [1, null]], validation(
      "Cannot validate argument on parameter 'NotNullList'. The argument has a null value, or an element of the argument collection contains a null value. Provide a collection that does not contain any null values, and then try the command again.", '1,$null')],
    ['ValidateNotNullOrEmpty on an empty array', ['-NonEmptyList', []], validation(
      "Cannot validate argument on parameter 'NonEmptyList'. The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.", '@()')],
  ])('%s', async (_title, items, expected) => {
    const { error, line } = await bindLine(TestMandatory, items);
    checkBindingError(TestMandatory, line, error, expected);
  });

  it.each<[string, unknown[], Record<string, unknown>]>([
    ['AllowEmptyString', ['-Note', ''], { Note: '' }],
    ['AllowNull', ['-Maybe', null], { Maybe: null }],
    ['AllowEmptyCollection', ['-List', []], { List: [] }],
    ['value-type elements are not null-checked', ['-Ids', [1, 2]], { Ids: [1, 2] }],
  ])('%s (binding only, other mandatory parameters aside)', async (_title, items, expected) => {
    const { binder } = await bindLine(TestMandatory, items);
    expect(binder.boundParameters).toEqual(expected);
  });
});

describe('binder: .NET patterns as JavaScript regexes (ValidatePattern is compiled once per command)', () => {
  it.each<[string, string, boolean, string, boolean]>([
    ['the cart GUID pattern', GUID_PATTERN, true, '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', true],
    ['the cart GUID pattern with braces, ignoring case', GUID_PATTERN, true, '{46A62ECE-10AD-42E5-B3F1-B2ED53E6FC08}', true],
    ['the cart GUID pattern rejects a short id', GUID_PATTERN, true, '46a62ece', false],
    // .NET `$` also matches before a final newline.
    ['.NET $ before a trailing newline', '^a$', false, 'a\n', true],
    ['\\A and \\z anchors', '\\Aab\\z', false, 'ab', true],
    ['inline (?i) option', '(?i)^abc$', false, 'ABC', true],
    ["(?'name') groups", "^(?'x'a)b$", false, 'ab', true],
  ])('%s', (_title, pattern, ignoreCase, input, matches) => {
    expect(dotNetRegExp(pattern, ignoreCase).test(input)).toBe(matches);
  });
});
