/**
 * The cart cmdlets' binding cases of reference powershell-semantics.md §9 (items 1–4), on fixtures that mirror
 * New-PartnerCustomerCart and New-PartnerCustomerCartLineItem (microsoft/Partner-Center-PowerShell).
 */
import { describe, expect, it } from 'vitest';
import { Hashtable, PSEnumValue } from '../../src/engine/ps-object.js';
import { GUID_PATTERN, NewCart, NewCartLineItem, bindLine, checkBindingError, type ExpectedBindingError } from './binder-fixtures.js';

const ID = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const ITEMS = [new Hashtable()];
const patternFailure = (value: string): string =>
  `Cannot validate argument on parameter 'CustomerId'. The argument "${value}" does not match the "${GUID_PATTERN}" pattern. Supply an argument that matches "${GUID_PATTERN}" and try the command again.`;
const invalidData = (message: string, at: string, errorId = 'ParameterArgumentValidationError'): ExpectedBindingError => ({
  errorId,
  category: 'InvalidData',
  exception: 'ParameterBindingValidationException',
  message,
  at,
});

describe('binder: New-PartnerCustomerCart', () => {
  it('binds the seed example with -WhatIf', async () => {
    const { binder, error } = await bindLine(NewCart, ['-CustomerId', ID, '-LineItems', ITEMS, '-WhatIf']);
    expect(error).toBeUndefined();
    expect(binder.boundParameters).toEqual({ CustomerId: ID, LineItems: ITEMS, WhatIf: true });
    expect(binder.parameterSetName).toBe('__AllParameterSets');
  });

  it.each<[string, unknown[], Record<string, unknown>]>([
    // §9.1: -C is CustomerId, the only declared candidate beside Confirm.
    ['-C is CustomerId', ['-C', ID, '-L', ITEMS], { CustomerId: ID, LineItems: ITEMS }],
    ['a braced GUID matches', ['-CustomerId', `{${ID}}`, '-LineItems', ITEMS], { CustomerId: `{${ID}}`, LineItems: ITEMS }],
    ['-wi alias and -Confirm:$false', ['-CustomerId', ID, '-LineItems', ITEMS, '-wi', '-Confirm:', false], { CustomerId: ID, LineItems: ITEMS, WhatIf: true, Confirm: false }],
    ['one line item given as a scalar is wrapped', ['-CustomerId', ID, '-LineItems', ITEMS[0]], { CustomerId: ID, LineItems: ITEMS }],
  ])('%s', async (_title, items, expected) => {
    const { binder, error } = await bindLine(NewCart, items);
    expect(error?.exception.message).toBeUndefined();
    expect(binder.boundParameters).toEqual(expected);
  });

  it.each<[string, unknown[], ExpectedBindingError]>([
    // §9.1: common parameters in CommonCommandParameters.cs order, then WhatIf, Confirm.
    ['-W is ambiguous', ['-W', 'x'], { errorId: 'AmbiguousParameter', at: '-W',
      message: "Parameter cannot be processed because the parameter name 'W' is ambiguous. Possible matches include: -WarningAction -WarningVariable -WhatIf." }],
    ['-P is ambiguous', ['-P', 'x'], { errorId: 'AmbiguousParameter', at: '-P',
      message: "Parameter cannot be processed because the parameter name 'P' is ambiguous. Possible matches include: -ProgressAction -PipelineVariable." }],
    // §9.2: an unknown name is reported only after all named arguments bound: the validation failure wins...
    ['validation before an unknown name written after it', ['-CustomerId', 'bad', '-Bogus', 1], invalidData(patternFailure('bad'), 'bad')],
    ['validation before an unknown name written before it', ['-Bogus', 1, '-CustomerId', 'bad'], invalidData(patternFailure('bad'), 'bad')],
    // ...and positional leftovers and unknown names come before the mandatory check.
    ['unknown name before the missing mandatory parameters', ['-Bogus', 1], { errorId: 'NamedParameterNotFound', at: '-Bogus',
      message: "A parameter cannot be found that matches parameter name 'Bogus'." }],
    ['positional leftover before the missing mandatory parameters', ['extra'], { errorId: 'PositionalParameterNotFound',
      message: "A positional parameter cannot be found that accepts argument 'extra'." }],
    // §9.5: -WhatIf $false is the switch plus a stray positional False.
    ['-WhatIf $false', ['-CustomerId', ID, '-LineItems', ITEMS, '-WhatIf', false], { errorId: 'PositionalParameterNotFound',
      message: "A positional parameter cannot be found that accepts argument 'False'." }],
    // §9.2: ParameterAlreadyBound names the typed text for switches.
    ['-wi twice', ['-wi', '-wi'], { errorId: 'ParameterAlreadyBound', at: '-wi',
      message: 'Cannot bind parameter because parameter \'wi\' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".' }],
    ['-CustomerId twice', ['-CustomerId', ID, '-cust', ID], { errorId: 'ParameterAlreadyBound', at: '-cust',
      message: 'Cannot bind parameter because parameter \'CustomerId\' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".' }],
    // §9.3: validation attributes run before the mandatory null/empty check.
    ['-CustomerId $null gives the ValidatePattern collection text', ['-CustomerId', null], invalidData(
      "Cannot validate argument on parameter 'CustomerId'. The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.", '$null')],
    ["-CustomerId '' is a pattern mismatch", ['-CustomerId', ''], invalidData(patternFailure(''), "''")],
    ['-LineItems $null gives ValidateNotNull', ['-LineItems', null], invalidData(
      "Cannot validate argument on parameter 'LineItems'. The argument is null. Provide a valid value for the argument, and then try running the command again.", '$null')],
    ['-LineItems @() reaches the mandatory check', ['-LineItems', []], invalidData(
      "Cannot bind argument to parameter 'LineItems' because it is an empty array.", '@()', 'ParameterArgumentValidationErrorEmptyArrayNotAllowed')],
    ['-CustomerId at the end', ['-LineItems', ITEMS, '-CustomerId'], { errorId: 'MissingArgument', at: '-CustomerId',
      message: "Missing an argument for parameter 'CustomerId'. Specify a parameter of type 'System.String' and try again." }],
    ['-LineItems followed by a parameter', ['-LineItems', '-WhatIf'], { errorId: 'MissingArgument', at: '-LineItems',
      message: "Missing an argument for parameter 'LineItems'. Specify a parameter of type 'System.Object[]' and try again." }],
    // §1.8: without a prompt, MissingMandatoryParameter lists every missing name.
    ['nothing given, non-interactive', ['-WhatIf'], { errorId: 'MissingMandatoryParameter',
      message: 'Cannot process command because of one or more missing mandatory parameters: CustomerId LineItems.' }],
    ['-ErrorAction Suspend', ['-CustomerId', ID, '-LineItems', ITEMS, '-ea', 'Suspend'], { errorId: 'ParameterBindingFailed', category: 'WriteError', at: 'Suspend',
      message: 'Cannot bind parameter \'ErrorAction\' to the target. Exception setting "ErrorAction": "The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, "about_Preference_Variables.""' }],
  ])('%s', async (_title, items, expected) => {
    const { error, line } = await bindLine(NewCart, items);
    checkBindingError(NewCart, line, error, expected);
  });
});

describe('binder: New-PartnerCustomerCartLineItem', () => {
  const required = ['-BillingCycle', 'OneTime', '-CatalogItemId', 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', '-CustomerId', ID];

  it('binds the help example', async () => {
    const context = Hashtable.from([['duration', '1Year'], ['scope', 'shared']]);
    const { binder, error } = await bindLine(NewCartLineItem, [...required, '-FriendlyName', 'Sample RI Purchase', '-ProvisioningContext', context, '-Quantity', 10]);
    expect(error?.exception.message).toBeUndefined();
    const { BillingCycle, ...rest } = binder.boundParameters;
    expect(BillingCycle).toBeInstanceOf(PSEnumValue);
    expect((BillingCycle as PSEnumValue).name).toBe('OneTime');
    expect(rest).toEqual({ CatalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', CustomerId: ID, FriendlyName: 'Sample RI Purchase', ProvisioningContext: context, Quantity: 10 });
  });

  it.each<[string, unknown[], string, unknown]>([
    // §9.1: -O is OrderGroup (declared) over OutVariable/OutBuffer; -P is ProvisioningContext over ProgressAction/PipelineVariable.
    ['-O is OrderGroup', ['-O', 'g1'], 'OrderGroup', 'g1'],
    ['-P is ProvisioningContext', ['-P', new Hashtable()], 'ProvisioningContext', new Hashtable()],
    ['enum names convert case-insensitively', ['-B', 'monthly'], 'BillingCycle', 'Monthly'],
    ['[int] from a string', ['-Quantity', '5'], 'Quantity', 5],
  ])('%s', async (_title, items, name, value) => {
    const { binder, error } = await bindLine(NewCartLineItem, [...required.filter((_, i) => !(name === 'BillingCycle' && i < 2)), ...items]);
    expect(error?.exception.message).toBeUndefined();
    const actual = binder.boundParameters[name];
    expect(actual instanceof PSEnumValue ? actual.name : actual).toEqual(value);
  });

  it.each<[string, unknown[], ExpectedBindingError]>([
    // §9.1: three declared matches are ambiguous and the message lists all four.
    ['-C is ambiguous', ['-C', 'x'], { errorId: 'AmbiguousParameter', at: '-C',
      message: "Parameter cannot be processed because the parameter name 'C' is ambiguous. Possible matches include: -CatalogItemId -CustomerId -CurrencyCode -Confirm." }],
    ['ValidateSet rejects an enum member outside the set', ['-BillingCycle', 'Unknown'], invalidData(
      'Cannot validate argument on parameter \'BillingCycle\'. The argument "Unknown" does not belong to the set "Annual,Monthly,None,OneTime" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.', 'Unknown')],
    ["-CatalogItemId '' gives ValidateNotNullOrEmpty", ['-CatalogItemId', ''], invalidData(
      "Cannot validate argument on parameter 'CatalogItemId'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.", "''")],
    ['-ProvisioningContext $null gives ValidateNotNull', ['-ProvisioningContext', null], invalidData(
      "Cannot validate argument on parameter 'ProvisioningContext'. The argument is null. Provide a valid value for the argument, and then try running the command again.", '$null')],
    ['-Quantity $null gives ValidateNotNull before the setter', ['-Quantity', null], invalidData(
      "Cannot validate argument on parameter 'Quantity'. The argument is null. Provide a valid value for the argument, and then try running the command again.", '$null')],
    ['-Quantity abc', ['-Quantity', 'abc'], { errorId: 'CannotConvertArgumentNoMessage', at: 'abc',
      message: 'Cannot bind parameter \'Quantity\'. Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."' }],
    ['nothing given, non-interactive', [], { errorId: 'MissingMandatoryParameter',
      message: 'Cannot process command because of one or more missing mandatory parameters: BillingCycle CatalogItemId CustomerId.' }],
  ])('%s', async (_title, items, expected) => {
    const { error, line } = await bindLine(NewCartLineItem, items);
    checkBindingError(NewCartLineItem, line, error, expected);
  });
});
