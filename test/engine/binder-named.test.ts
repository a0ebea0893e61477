/**
 * Named parameters: exact-then-prefix matching, aliases, switches, `-Name value` pairing and type coercion.
 * Expected texts: pwsh's ParameterBinderStrings.resx; behaviour: reference powershell-semantics.md §1.1–§1.3, §1.5, §1.7.
 */
import { describe, expect, it } from 'vitest';
import { PSEnumValue } from '../../src/engine/ps-object.js';
import { Hashtable } from '../../src/engine/ps-object.js';
import { Literal, Splat, TestBinding, bindLine, bound, checkBindingError, type ExpectedBindingError } from './binder-fixtures.js';

describe('binder: successful named binding', () => {
  it.each<[string, unknown[], Record<string, unknown>]>([
    // §1.1: an exact name wins even when it is a prefix of another (Name / NameFilter).
    ['exact name beats a longer one', ['-Name', 'x'], { Name: 'x' }],
    ['case-insensitive exact name', ['-nAmE', 'x'], { Name: 'x' }],
    ['unique prefix', ['-NameF', 'x'], { NameFilter: 'x' }],
    // §1.1 / §9.1: one declared candidate wins over common parameters (Enabled vs ErrorAction/ErrorVariable).
    ['declared parameter wins a prefix tie with common ones', ['-E', 1], { Enabled: true }],
    ['declared Data wins over Debug', ['-D', new Hashtable()], { Data: new Hashtable() }],
    ['alias of a declared parameter', ['-it', 'a'], { Items: ['a'] }],
    ['alias of a common parameter (ea)', ['-ea', 'Stop'], { ErrorAction: 'Stop' }],
    ['exact alias wins over prefixes (ob)', ['-ob', 5], { OutBuffer: 5 }],
    // §1.3: -Name:value and -Name value bind the same.
    ['colon form', ['-Name:', 'x'], { Name: 'x' }],
    // §1.3: a parameter-looking token that matches nothing is the literal value.
    ['unknown parameter-looking token is the value', ['-Name', '-foo'], { Name: '-foo' }],
    ['switch present', ['-Flag'], { Flag: true }],
    ['-Switch:$false is false', ['-Flag:', false], { Flag: false }],
    ['-Switch:0 is false', ['-Flag:', 0], { Flag: false }],
    ['-Switch:$null is present (HandleNullParameterForSpecialTypes)', ['-Flag:', null], { Flag: true }],
    // §1.3: -Switch $false binds the switch and leaves $false positional: Name (position 0) takes "False".
    ['-Switch $false leaves $false positional', ['-Flag', false], { Flag: true, Name: 'False' }],
    ['[bool] consumes the next argument', ['-Enabled', 0], { Enabled: false }],
    ['[bool] from a number', ['-Enabled', 2], { Enabled: true }],
    // §1.7: a scalar given to an array parameter is wrapped; arrays convert element by element.
    ['scalar wrapped into string[]', ['-Items', 'a'], { Items: ['a'] }],
    ['array elements converted to string', ['-Items', [1, 2]], { Items: ['1', '2'] }],
    ['int from string', ['-Count', '42'], { Count: 42 }],
    ['object takes anything as is', ['-Anything', [1, 'a']], { Anything: [1, 'a'] }],
    ['string parameter given $null stays null', ['-Name', null], { Name: null }],
    // §1.4 (1): explicit named arguments supersede splatted ones, wherever the splat is written.
    ['explicit beats splatted', [new Splat({ Name: 's', Count: 1 }), '-Name', 'x'], { Name: 'x', Count: 1 }],
    ['splatted alone', [new Splat({ name: 's' })], { Name: 's' }],
    ['after -- style literal dash argument is positional', [new Literal('-x')], { Name: '-x' }],
  ])('%s', async (_title, items, expected) => {
    const parameters = await bound(TestBinding, ...items);
    const shown = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, v instanceof PSEnumValue ? v.name : v]));
    expect(shown).toEqual(expected);
  });
});

describe('binder: named binding errors', () => {
  it.each<[string, unknown[], ExpectedBindingError]>([
    // §1.2 NamedParameterNotFound: {1} is the name as typed, the error points at the parameter token.
    ['unknown parameter', ['-Bogus', 1], { errorId: 'NamedParameterNotFound', message: "A parameter cannot be found that matches parameter name 'Bogus'.", at: '-Bogus' }],
    ['unknown parameter, colon form', ['-bogus:', 1], { errorId: 'NamedParameterNotFound', message: "A parameter cannot be found that matches parameter name 'bogus'.", at: '-bogus:' }],
    // §1.2 AmbiguousParameter: declared candidates first, in declaration order.
    ['ambiguous declared prefix', ['-Na', 'x'], {
      errorId: 'AmbiguousParameter',
      message: "Parameter cannot be processed because the parameter name 'Na' is ambiguous. Possible matches include: -Name -NameFilter.",
      at: '-Na',
    }],
    ['ambiguous among three declared', ['-C', 'x'], {
      errorId: 'AmbiguousParameter',
      message: "Parameter cannot be processed because the parameter name 'C' is ambiguous. Possible matches include: -Count -Color -Code.",
      at: '-C',
    }],
    // §2 order: OutVariable before OutBuffer; WarningAction before WarningVariable.
    ['ambiguous common parameters', ['-O', 'x'], {
      errorId: 'AmbiguousParameter',
      message: "Parameter cannot be processed because the parameter name 'O' is ambiguous. Possible matches include: -OutVariable -OutBuffer.",
      at: '-O',
    }],
    ['ambiguous in colon form is found while binding named arguments', ['-W:', 'x'], {
      errorId: 'AmbiguousParameter',
      message: "Parameter cannot be processed because the parameter name 'W' is ambiguous. Possible matches include: -WarningAction -WarningVariable.",
      at: '-W:',
    }],
    // §1.3 MissingArgument: {2} is the .NET full type name; the error points at the parameter.
    ['missing argument at the end', ['-Name'], {
      errorId: 'MissingArgument',
      message: "Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String' and try again.",
      at: '-Name',
    }],
    ['missing argument before a known parameter', ['-Count', '-Flag'], {
      errorId: 'MissingArgument',
      message: "Missing an argument for parameter 'Count'. Specify a parameter of type 'System.Int32' and try again.",
      at: '-Count',
    }],
    ['missing argument for an array parameter, full name by prefix', ['-It'], {
      errorId: 'MissingArgument',
      message: "Missing an argument for parameter 'Items'. Specify a parameter of type 'System.String[]' and try again.",
      at: '-It',
    }],
    // §9.2: ParameterAlreadyBound quotes the full name when the value was a separate token...
    ['specified twice, value tokens', ['-name', 'a', '-NAME', 'b'], {
      errorId: 'ParameterAlreadyBound',
      message: 'Cannot bind parameter because parameter \'Name\' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".',
      at: '-NAME',
    }],
    // ...and the typed text for switches and colon forms.
    ['specified twice, switch', ['-Fl', '-Fla'], {
      errorId: 'ParameterAlreadyBound',
      message: 'Cannot bind parameter because parameter \'Fla\' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".',
      at: '-Fla',
    }],
    ['specified twice, colon form', ['-Name:', 'a', '-name:', 'b'], {
      errorId: 'ParameterAlreadyBound',
      message: 'Cannot bind parameter because parameter \'name\' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".',
      at: '-name:',
    }],
    // §1.5: a compiled cmdlet reports PSInvalidCastException as CannotConvertArgumentNoMessage, at the argument.
    ['int from a non-number', ['-Count', 'abc'], {
      errorId: 'CannotConvertArgumentNoMessage',
      message: 'Cannot bind parameter \'Count\'. Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."',
      at: 'abc',
    }],
    ['hashtable from a string', ['-Data', 'x'], {
      errorId: 'CannotConvertArgumentNoMessage',
      message: 'Cannot bind parameter \'Data\'. Cannot convert the "x" value of type "System.String" to type "System.Collections.Hashtable".',
      at: 'x',
    }],
    // ParameterBinderBase.CoerceTypeAsNeeded: a collection never converts to a scalar (NotSupportedException).
    ['array given to a string parameter', ['-Name', ['a', 'b']], {
      errorId: 'CannotConvertArgument',
      message: "Cannot convert 'System.Object[]' to the type 'System.String' required by parameter 'Name'. Specified method is not supported.",
      at: 'a,b',
    }],
    // CoerceTypeAsNeeded: bool and switch parameters take only booleans and numbers ({7} is empty).
    ['[bool] from a string', ['-Enabled', 'yes'], {
      errorId: 'CannotConvertArgument',
      message: "Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'Enabled'. ",
      at: 'yes',
    }],
    ['switch from a string', ['-Flag:', 'yes'], {
      errorId: 'CannotConvertArgument',
      message: "Cannot convert 'System.String' to the type 'System.Management.Automation.SwitchParameter' required by parameter 'Flag'. ",
      at: 'yes',
    }],
    // HandleNullParameterForSpecialTypes: $null for [bool].
    ['[bool] from $null', ['-Enabled', null], {
      errorId: 'ParameterArgumentValidationErrorNullNotAllowed',
      message: "Cannot bind argument to parameter 'Enabled' because it is null.",
      at: '$null',
    }],
    // ReflectionParameterBinder: setting $null on a value-type property fails in the setter.
    ['[int] from $null', ['-Count', null], {
      errorId: 'ParameterBindingFailed',
      category: 'WriteError',
      message: 'Cannot bind parameter \'Count\' to the target. Exception setting "Count": "Cannot convert null to type "System.Int32"."',
      at: '$null',
    }],
    // §2 / MshCommandRuntime: Suspend is rejected by the ActionPreference setters (ActionPreference.Tests.ps1).
    ['-ErrorAction Suspend', ['-ErrorAction', 'Suspend'], {
      errorId: 'ParameterBindingFailed',
      category: 'WriteError',
      message: 'Cannot bind parameter \'ErrorAction\' to the target. Exception setting "ErrorAction": "The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, "about_Preference_Variables.""',
      at: 'Suspend',
    }],
    ['-wa Suspend', ['-wa', 'suspend'], {
      errorId: 'ParameterBindingFailed',
      category: 'WriteError',
      message: 'Cannot bind parameter \'WarningAction\' to the target. Exception setting "WarningAction": "The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, "about_Preference_Variables.""',
      at: 'suspend',
    }],
  ])('%s', async (_title, items, expected) => {
    const { error, line } = await bindLine(TestBinding, items);
    checkBindingError(TestBinding, line, error, expected);
  });

  it('an enum parameter given a non-member reports the conversion (§1.5)', async () => {
    const { error, line } = await bindLine(TestBinding, ['-ErrorAction', 'Bogus']);
    expect(error?.fullyQualifiedErrorId).toBe('CannotConvertArgumentNoMessage,Pcsh.Tests.TestBindingCommand');
    expect(error?.exception.message).toMatch(/^Cannot bind parameter 'ErrorAction'\. Cannot convert value "Bogus" to type "System\.Management\.Automation\.ActionPreference"/);
    expect(error?.invocationInfo?.extent?.startOffset).toBe(line.source.text.indexOf('Bogus'));
  });

  it('the inner exception is the PSInvalidCastException (errorRecord.exception.innerException)', async () => {
    const { error } = await bindLine(TestBinding, ['-Count', 'abc']);
    expect(error?.exception.innerException?.typeName).toBe('System.Management.Automation.PSInvalidCastException');
  });
});
