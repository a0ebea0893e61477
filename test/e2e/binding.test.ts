// Parameter binding through the binary: reference §1 (ParameterBinderStrings.resx, Metadata.resx,
// ExtendedTypeSystem.resx, EnumExpressionEvaluatorStrings.resx texts) and §9 items 1-4. Cart cmdlet parameters as
// the archived module declares them (NewPartnerCustomerCart.cs at HEAD, NewPartnerCustomerCartLineItem.cs at 35df4df).
// Binding errors render in ConciseView as `<command>: <message>` (PowerShellCore_format_ps1xml.cs, ErrorInstance).
import { describe } from 'vitest';
import { customerId, guidPattern, runCases } from './cases.js';

const newCart = 'New-PartnerCustomerCart';
const lineItem = 'New-PartnerCustomerCartLineItem';
/** The line-item cmdlet with its three mandatory parameters. */
const minimalLineItem = `${lineItem} -BillingCycle OneTime -CatalogItemId 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB' -CustomerId ${customerId}`;
const cartWhatIf = `What if: Performing the operation "New-PartnerCustomerCart" on target "Creates a new cart for the customer with the identifier of ${customerId}.".\n`;
const cartType = 'Microsoft.Store.PartnerCenter.PowerShell.Commands.NewPartnerCustomerCart';

// ParameterBinderStrings.resx
const notFound = (name: string): string => `A parameter cannot be found that matches parameter name '${name}'.`;
const ambiguous = (name: string, matches: string): string =>
  `Parameter cannot be processed because the parameter name '${name}' is ambiguous. Possible matches include: ${matches}.`;
const positional = (arg: string): string => `A positional parameter cannot be found that accepts argument '${arg}'.`;
const missingArgument = (name: string, type: string): string => `Missing an argument for parameter '${name}'. Specify a parameter of type '${type}' and try again.`;
const alreadyBound = (name: string): string =>
  `Cannot bind parameter because parameter '${name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`;
const missingMandatory = (names: string): string => `Cannot process command because of one or more missing mandatory parameters: ${names}.`;
// .NET 8's FormatException text inside ExtendedTypeSystem InvalidCastExceptionWithInnerException (§1.5)
const notAnInt = (value: string): string => `Cannot convert value "${value}" to type "System.Int32". Error: "The input string '${value}' was not in a correct format."`;
// Metadata.resx ValidatePatternFailure
const patternMismatch = (value: string): string =>
  `Cannot validate argument on parameter 'CustomerId'. The argument "${value}" does not match the "${guidPattern}" pattern. Supply an argument that matches "${guidPattern}" and try the command again.`;

describe('binding', () => {
  runCases([
    // §1.1 / §1.2: names
    { name: 'an unknown parameter is NamedParameterNotFound, named without the dash', command: `${newCart} -Bogus 1`, stderr: `${newCart}: ${notFound('Bogus')}\n`, exitCode: 1 },
    {
      name: 'the FQID is ErrorId,<implementing type> and the category InvalidArgument (§1.2)',
      command: `${newCart} -Bogus 1; $Error[0].FullyQualifiedErrorId; "$($Error[0].CategoryInfo)"`,
      stdout: `NamedParameterNotFound,${cartType}\nInvalidArgument: (:) [${newCart}], ParameterBindingException\n`,
      stderr: `${newCart}: ${notFound('Bogus')}\n`,
    },
    { name: 'parameter names are case-insensitive', command: `${newCart} -customerID ${customerId} -LINEITEMS (${minimalLineItem}) -WhatIf`, stdout: cartWhatIf },
    { name: '-C on New-PartnerCustomerCart is CustomerId: declared beats Confirm (§9.1)', command: `${newCart} -C ${customerId} -L (${minimalLineItem}) -WhatIf`, stdout: cartWhatIf },
    {
      name: '-C on the line-item cmdlet lists three declared names then Confirm (§9.1)',
      command: `${lineItem} -C x`,
      stderr: `${lineItem}: ${ambiguous('C', '-CatalogItemId -CustomerId -CurrencyCode -Confirm')}\n`,
      exitCode: 1,
    },
    { name: '-O on the line-item cmdlet is OrderGroup, not OutVariable/OutBuffer (§9.1)', command: `(${minimalLineItem} -O 'g1').OrderGroup`, stdout: 'g1\n' },
    {
      name: '-W lists common parameters in CommonCommandParameters.cs order, then WhatIf (§9.1)',
      command: `${newCart} -W`,
      stderr: `${newCart}: ${ambiguous('W', '-WarningAction -WarningVariable -WhatIf')}\n`,
      exitCode: 1,
    },
    { name: '-P lists ProgressAction before PipelineVariable (§9.1)', command: `${newCart} -P x`, stderr: `${newCart}: ${ambiguous('P', '-ProgressAction -PipelineVariable')}\n`, exitCode: 1 },
    { name: '-O on New-PartnerCustomerCart lists OutVariable before OutBuffer (§2 order)', command: `${newCart} -O x`, stderr: `${newCart}: ${ambiguous('O', '-OutVariable -OutBuffer')}\n`, exitCode: 1 },
    { name: '-P on the line-item cmdlet is ProvisioningContext (declared wins)', command: `(${minimalLineItem} -P @{scope='shared'}).ProvisioningContext.scope`, stdout: 'shared\n' },
    { name: '-I on Write-Output is InputObject, not InformationAction/InformationVariable', command: 'Write-Output -I 5', stdout: '5\n' },
    {
      name: 'a unique prefix of a common parameter binds it (-ErrorA)',
      command: 'Write-Error x -ErrorA SilentlyContinue; "still here"',
      stdout: 'still here\n',
    },
    { name: 'an alias (ea) binds the common parameter', command: 'Write-Error x -ea SilentlyContinue; $?', stdout: 'False\n' },
    // §1.3 / §9.2: arguments
    { name: 'a stray argument is PositionalParameterNotFound', command: `${newCart} extra`, stderr: `${newCart}: ${positional('extra')}\n`, exitCode: 1 },
    { name: 'a positional leftover is reported before missing mandatory parameters (§9.2)', command: `${newCart} -CustomerId ${customerId} extra`, stderr: `${newCart}: ${positional('extra')}\n`, exitCode: 1 },
    { name: 'a parameter at the end with no value is MissingArgument with the .NET type', command: `${newCart} -CustomerId`, stderr: `${newCart}: ${missingArgument('CustomerId', 'System.String')}\n`, exitCode: 1 },
    {
      name: 'a known parameter as the next token is MissingArgument too (§1.3)',
      command: `${newCart} -CustomerId -WhatIf`,
      stderr: `${newCart}: ${missingArgument('CustomerId', 'System.String')}\n`,
      exitCode: 1,
    },
    {
      name: 'MissingArgument names the module type of LineItems',
      command: `${newCart} -CustomerId ${customerId} -LineItems`,
      stderr: `${newCart}: ${missingArgument('LineItems', 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem[]')}\n`,
      exitCode: 1,
    },
    { name: 'MissingArgument for an int parameter names System.Int32', command: `${minimalLineItem} -Quantity`, stderr: `${lineItem}: ${missingArgument('Quantity', 'System.Int32')}\n`, exitCode: 1 },
    { name: 'a parameter given twice is ParameterAlreadyBound with the full name (§9.2)', command: `${newCart} -CustomerId ${customerId} -Cust ${customerId}`, stderr: `${newCart}: ${alreadyBound('CustomerId')}\n`, exitCode: 1 },
    { name: 'a switch given twice names the typed text (§9.2)', command: `${minimalLineItem} -WhatIf -wi`, stderr: `${lineItem}: ${alreadyBound('wi')}\n`, exitCode: 1 },
    { name: '-Name:value binds like -Name value', command: `${newCart} -CustomerId:${customerId} -LineItems:(${minimalLineItem}) -WhatIf`, stdout: cartWhatIf },
    { name: '-Name: value (space after the colon) takes the next token (§1.3)', command: `${newCart} -CustomerId: ${customerId} -LineItems (${minimalLineItem}) -WhatIf`, stdout: cartWhatIf },
    { name: 'a switch does not take the next token: -NoEnumerate then positional input', command: '(Write-Output -NoEnumerate 1,2,3 | Measure-Object).Count', stdout: '1\n' },
    { name: '-Switch:$false turns a switch off', command: '(Write-Output -NoEnumerate:$false 1,2,3 | Measure-Object).Count', stdout: '3\n' },
    // §1.5: conversion
    { name: 'a bad int is CannotConvertArgumentNoMessage on a compiled cmdlet (§1.5)', command: `${minimalLineItem} -Quantity abc`, stderr: `${lineItem}: Cannot bind parameter 'Quantity'. ${notAnInt('abc')}\n`, exitCode: 1 },
    {
      name: 'a string for a hashtable parameter is InvalidCastException (ExtendedTypeSystem.resx)',
      command: `${minimalLineItem} -ProvisioningContext 'scope=shared'`,
      stderr: `${lineItem}: Cannot bind parameter 'ProvisioningContext'. Cannot convert the "scope=shared" value of type "System.String" to type "System.Collections.Hashtable".\n`,
      exitCode: 1,
    },
    { name: 'an enum value may be a unique prefix (EnumMinimumDisambiguation.cs)', command: `(${lineItem} -BillingCycle onet -CatalogItemId x -CustomerId ${customerId}).BillingCycle`, stdout: 'OneTime\n' },
    {
      name: 'an unknown enum name lists the names in value order (NoEnumNameMatch)',
      command: 'Write-Output 1 -ErrorAction Sometimes',
      stderr:
        'Write-Output: Cannot bind parameter \'ErrorAction\'. Cannot convert value "Sometimes" to type "System.Management.Automation.ActionPreference". Error: "Unable to match the identifier name Sometimes to a valid enumerator name. Specify one of the following enumerator names and try again:\nSilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend, Break"\n',
      exitCode: 1,
    },
    {
      name: 'an ambiguous enum prefix is MultipleEnumNameMatch',
      command: 'Write-Output 1 -ErrorAction S',
      stderr:
        'Write-Output: Cannot bind parameter \'ErrorAction\'. Cannot convert value "S" to type "System.Management.Automation.ActionPreference". Error: "The identifier name S cannot be processed because it is either too similar or identical to the following enumerator names: SilentlyContinue, Stop, Suspend. Use a more specific identifier name."\n',
      exitCode: 1,
    },
    { name: 'a bad int on Select-Object -First', command: '1..3 | Select-Object -First abc', stderr: `Select-Object: Cannot bind parameter 'First'. ${notAnInt('abc')}\n`, exitCode: 1 },
    // §1.6 / §9.3: validation
    {
      name: 'an enum value outside the ValidateSet: the set joined with "," (Metadata.resx ValidateSetFailure)',
      command: `${lineItem} -BillingCycle Unknown -CatalogItemId x -CustomerId ${customerId}`,
      stderr: `${lineItem}: Cannot validate argument on parameter 'BillingCycle'. The argument "Unknown" does not belong to the set "Annual,Monthly,None,OneTime" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.\n`,
      exitCode: 1,
    },
    { name: 'a CustomerId that is not a GUID fails ValidatePattern', command: `${newCart} -CustomerId nope -LineItems (${minimalLineItem})`, stderr: `${newCart}: ${patternMismatch('nope')}\n`, exitCode: 1 },
    { name: 'the GUID pattern accepts braces', command: `${newCart} -CustomerId '{${customerId}}' -LineItems (${minimalLineItem}) -WhatIf`, stdout: cartWhatIf.replace(customerId, `{${customerId}}`) },
    {
      name: 'validation runs at bind time, before the mandatory check (§9.3)',
      command: `${newCart} -CustomerId nope`,
      stderr: `${newCart}: ${patternMismatch('nope')}\n`,
      exitCode: 1,
    },
    {
      name: 'a validation failure later on the line wins over an unknown name (§9.2)',
      command: `${newCart} -Bogus 1 -CustomerId nope`,
      stderr: `${newCart}: ${patternMismatch('nope')}\n`,
      exitCode: 1,
    },
    {
      name: '$null for a ValidatePattern parameter gives the collection text (§9.3)',
      command: `${newCart} -CustomerId $null -LineItems (${minimalLineItem})`,
      stderr: `${newCart}: Cannot validate argument on parameter 'CustomerId'. The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.\n`,
      exitCode: 1,
    },
    { name: "'' for a ValidatePattern parameter is a pattern mismatch (§9.3)", command: `${newCart} -CustomerId '' -LineItems (${minimalLineItem})`, stderr: `${newCart}: ${patternMismatch('')}\n`, exitCode: 1 },
    {
      name: '$null for LineItems gives ValidateNotNull\'s text (§9.3)',
      command: `${newCart} -CustomerId ${customerId} -LineItems $null`,
      stderr: `${newCart}: Cannot validate argument on parameter 'LineItems'. The argument is null. Provide a valid value for the argument, and then try running the command again.\n`,
      exitCode: 1,
    },
    {
      name: 'an empty array for mandatory LineItems is the mandatory empty-array check (§9.3)',
      command: `${newCart} -CustomerId ${customerId} -LineItems @()`,
      stderr: `${newCart}: Cannot bind argument to parameter 'LineItems' because it is an empty array.\n`,
      exitCode: 1,
    },
    {
      name: "'' for mandatory CartId is the empty-string check (§9.3)",
      command: `Get-PartnerCustomerCart -CustomerId ${customerId} -CartId ''`,
      stderr: "Get-PartnerCustomerCart: Cannot bind argument to parameter 'CartId' because it is an empty string.\n",
      exitCode: 1,
    },
    {
      name: 'ValidateNotNullOrEmpty on CatalogItemId (Metadata.resx)',
      command: `${lineItem} -BillingCycle OneTime -CatalogItemId '' -CustomerId ${customerId}`,
      stderr: `${lineItem}: Cannot validate argument on parameter 'CatalogItemId'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.\n`,
      exitCode: 1,
    },
    { name: 'missing mandatory parameters under -NonInteractive, in declaration order (§1.8)', command: newCart, stderr: `${newCart}: ${missingMandatory('CustomerId LineItems')}\n`, exitCode: 1 },
    { name: 'one missing mandatory parameter', command: `${newCart} -CustomerId ${customerId}`, stderr: `${newCart}: ${missingMandatory('LineItems')}\n`, exitCode: 1 },
    // §9.4: binding errors and -ErrorAction
    {
      name: '-ErrorAction SilentlyContinue does not hide a binding error (§9.4)',
      command: `${newCart} -Bogus 1 -ErrorAction SilentlyContinue; 'next'`,
      stdout: 'next\n',
      stderr: `${newCart}: ${notFound('Bogus')}\n`,
    },
    {
      name: '-ErrorAction Stop does not stop the script on a binding error (§9.4)',
      command: `${newCart} -Bogus 1 -ErrorAction Stop; 'next'`,
      stdout: 'next\n',
      stderr: `${newCart}: ${notFound('Bogus')}\n`,
    },
    {
      name: "$ErrorActionPreference = 'Stop' does stop the script (§9.4)",
      command: `$ErrorActionPreference = 'Stop'; ${newCart} -Bogus 1; 'next'`,
      stderr: `${newCart}: ${notFound('Bogus')}\n`,
      exitCode: 1,
    },
    { name: 'a binding error is caught by try/catch', command: `try { ${newCart} -Bogus 1 } catch { 'caught ' + $_.FullyQualifiedErrorId }`, stdout: `caught NamedParameterNotFound,${cartType}\n` },
    // splatting (Splatting.Tests.ps1)
    { name: 'hashtable splatting binds named parameters', command: `$p = @{ CustomerId = '${customerId}'; LineItems = (${minimalLineItem}) }; ${newCart} @p -WhatIf`, stdout: cartWhatIf },
    {
      name: 'an explicit named argument supersedes the same one in the splatted hashtable (Splatting.Tests.ps1)',
      command: `$p = @{ CustomerId = 'not-a-guid'; LineItems = (${minimalLineItem}) }; ${newCart} @p -CustomerId ${customerId} -WhatIf`,
      stdout: cartWhatIf,
    },
    { name: 'array splatting binds positionally', command: "$a = 'x', 'y'; Write-Output @a", stdout: 'x\ny\n' },
    { name: 'a splatted unknown key is NamedParameterNotFound', command: `$p = @{ Bogus = 1 }; ${newCart} @p`, stderr: `${newCart}: ${notFound('Bogus')}\n`, exitCode: 1 },
    // functions (§1.5 transformation, Splatting.Tests.ps1 SimpleTest)
    {
      name: 'ValidateSet on a function parameter',
      command: "function f { [CmdletBinding()] param([ValidateSet('Red', 'Green')] $Color) $Color }; f -Color blue",
      stderr: 'f: Cannot validate argument on parameter \'Color\'. The argument "blue" does not belong to the set "Red,Green" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.\n',
      exitCode: 1,
    },
    {
      name: 'ValidateRange on a function parameter (Metadata.resx ValidateRangeTooBig)',
      command: 'function f { [CmdletBinding()] param([ValidateRange(1, 10)] [int] $N) $N }; f -N 11',
      stderr: "f: Cannot validate argument on parameter 'N'. The 11 argument is greater than the maximum allowed range of 10. Supply an argument that is less than or equal to 10 and then try the command again.\n",
      exitCode: 1,
    },
    { name: 'a mandatory function parameter under -NonInteractive', command: 'function f { param([Parameter(Mandatory)] $Name) $Name }; f', stderr: `f: ${missingMandatory('Name')}\n`, exitCode: 1 },
    { name: 'an advanced function rejects unknown names', command: 'function f { [CmdletBinding()] param($Name) $Name }; f -Bogus 1', stderr: `f: ${notFound('Bogus')}\n`, exitCode: 1 },
    { name: 'a simple function passes unknown names on in $args (Splatting.Tests.ps1)', command: 'function f { param($Name) "[$Name] $args" }; $h = @{ Name = \'Hello\'; Blah = \'World\' }; f @h', stdout: '[Hello] -Blah: World\n' },
    { name: '-Switch $false is the switch plus a positional $false (§1.3)', command: 'function f { param([switch] $S, $Rest) "$S $Rest" }; f -S $false', stdout: 'True False\n' },
    { name: 'a parameter-looking token that matches nothing is a value (§1.3)', command: 'function f { [CmdletBinding()] param($Name) $Name }; f -Name -foo', stdout: '-foo\n' },
    {
      name: 'a matching parameter token after -Name is MissingArgument (§1.3)',
      command: 'function f { [CmdletBinding()] param($Name, [switch] $Force) $Name }; f -Name -Force',
      stderr: `f: ${missingArgument('Name', 'System.Object')}\n`,
      exitCode: 1,
    },
    { name: 'after a bare --, parameter-looking tokens are arguments (§1.3)', command: 'function f { param($Name) "[$Name]" }; f -- -Name', stdout: '[-Name]\n' },
  ]);
});
