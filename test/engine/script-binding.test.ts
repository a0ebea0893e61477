// Functions and scripts bound through the cmdlet binder. Simple ones (no [CmdletBinding()], no [Parameter()]) as
// pwsh's ScriptParameterBinderController.BindCommandLineParameters does: pairing and MissingArgument as for cmdlets,
// named then positional binding with conversion and validation, and whatever binds to nothing goes to $args
// (HandleRemainingArguments). Type constraints convert as ArgumentTypeConverterAttribute.Transform does. Errors are
// shown as `FullyQualifiedErrorId: message` (the texts are ParameterBinderStrings.resx / Metadata.resx).
import { describe, expect, it } from 'vitest';
import { runScript } from './script-fixtures.js';

async function outputAndErrors(script: string): Promise<{ output: string; errors: string[] }> {
  const run = await runScript(script);
  return { output: run.output.join('|'), errors: run.errors };
}

describe('simple functions: binding', () => {
  it.each([
    // The e2e findings (pwsh: scriptparameterbindercontroller.cs): -Name pairs with an unknown -foo as its value.
    ['function f($Name) { $Name }; f -Name -foo', '-foo'],
    // ParameterBinding.Tests.ps1 'Normal functions'.
    ['function foo ($a, $b) {$b, $a}; (foo a b) -join ","', 'b,a'],
    // Unique prefixes and aliases, as for cmdlets.
    ['function f($Name, $Count) { "$Name/$Count" }; f -Na x -Co 2', 'x/2'],
    ['function f { param([Alias("cn")]$ComputerName) $ComputerName }; f -cn srv', 'srv'],
    // A switch takes no value; `-Switch:$false` does.
    ['function f([switch]$Force) { "[$Force]" }; f; f -Force; f -Force:$false', '[False]|[True]|[False]'],
    // Switches are not positional (Compiler.GetParameterMetaData's automatic positions).
    ['function f([switch]$s, $a) { "$s/$a" }; f x', 'False/x'],
    // Unbound parameters get .NET's default of their type (Compiler.TryGetDefaultParameterValue): '' for [string].
    ['function f([string]$s, [int]$n, $o) { ($null -eq $s), $n, ($null -eq $o) -join "," }; f', 'False,0,True'],
    // Type constraints convert as a cast does; a simple function's [string] takes an array (ArgumentTypeConverterAttribute).
    ['function f([int]$n, [string]$s) { $n + 1; $s }; f "41" (1,2)', '42|1 2'],
    ['function f([bool[]]$b) { $b -join "," }; f "a", ""', 'True,False'],
    // Validation attributes run on bound values only, never on defaults (ParameterBinding.Tests.ps1).
    ['function f([ValidateRange(1,42)] $p = 55) { $p }; f', '55'],
    ['function f([ValidateRange(1,42)][int]$p) { $p }; f "7"', '7'],
  ])('%s', async (script, expected) => {
    expect(await outputAndErrors(script)).toEqual({ output: expected, errors: [] });
  });
});

describe('simple functions: $args', () => {
  it.each([
    // HandleRemainingArguments: an unknown -Name goes in as its text, then its value; GetNextPositionalArgument skips
    // the value after an unknown name, so `y` binds $a.
    ['function f($a) { "a=$a args=$($args -join "|")" }; f -foo x y', 'a=y args=-foo|x'],
    ['function f { $args.Count; $args[0] }; f -Nope:1', '2|-Nope:'],
    ['function f($a) { $args -join "|" }; f 1 2 3', '2|3'],
    // A simple function has no common parameters: -Verbose is just an unknown name.
    ['function f { $args -join "|" }; f -Verbose -ErrorAction Stop', '-Verbose|-ErrorAction|Stop'],
    // A value that does not convert positionally is left for $args (not a transformation: a plain binding failure).
    ['function f($a) { "[$a]" + ($args -join "|") }; f', '[]'],
    // @args passes the caller's parameter tokens on as parameters (MiscOps.SplatEnumerableElement).
    ['function inner($Name, [switch]$Force) { "n=$Name f=$Force" }; function w { inner @args }; w -Name x -Force; w -Force y', 'n=x f=True|n=y f=True'],
    ['function inner { $args -join "|" }; function w { inner @args }; w "-notaparameter" 1', '-notaparameter|1'],
  ])('%s', async (script, expected) => {
    expect(await outputAndErrors(script)).toEqual({ output: expected, errors: [] });
  });
});

describe('simple functions: binding errors', () => {
  it.each([
    // The e2e findings: ValidateSet applies to a simple function's parameter.
    [
      "function f { param([ValidateSet('Red','Green')]$Color) $Color }; f -Color blue",
      'ParameterArgumentValidationError,f: Cannot validate argument on parameter \'Color\'. The argument "blue" does not belong to the set "Red,Green" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.',
    ],
    // The e2e findings: -Name followed by a known parameter is MissingArgument.
    ['function f($Name, [switch]$Force) { }; f -Name -Force', "MissingArgument,f: Missing an argument for parameter 'Name'. Specify a parameter of type 'System.Object' and try again."],
    ['function f($Name) { }; f -Name', "MissingArgument,f: Missing an argument for parameter 'Name'. Specify a parameter of type 'System.Object' and try again."],
    ['function f($Name, $NameX) { }; f -Na 1', "AmbiguousParameter,f: Parameter cannot be processed because the parameter name 'Na' is ambiguous. Possible matches include: -Name -NameX."],
    ['function f($Name) { }; f -Name 1 -Name 2', "ParameterAlreadyBound,f: Cannot bind parameter because parameter 'Name' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\"."],
    // A type constraint is an argument transformation (reference §1.5), positional or named.
    [
      'function f([int]$n) { }; f abc',
      'ParameterArgumentTransformationError,f: Cannot process argument transformation on parameter \'n\'. Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."',
    ],
    // ArgumentTypeConverterAttribute.CheckBoolValue: a [bool] takes only booleans and numbers.
    [
      'function f([bool]$b) { }; f -b "yes"',
      'ParameterArgumentTransformationError,f: Cannot process argument transformation on parameter \'b\'. Cannot convert value "System.String" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.',
    ],
    [
      'function f([ValidateLength(2,3)]$code) { }; f x',
      "ParameterArgumentValidationError,f: Cannot validate argument on parameter 'code'. The character length (1) of the argument is too short. Specify an argument with a length that is greater than or equal to \"2\", and then try the command again.",
    ],
  ])('%s', async (script, error) => {
    expect(await outputAndErrors(script)).toEqual({ output: '', errors: [error] });
  });
});

describe('advanced functions: binding', () => {
  it.each([
    // ParameterBinding.Tests.ps1 'Binding array of string to array of bool should fail (cmdletbinding)'.
    [
      'function get-foo { [cmdletbinding()] param ([bool[]] $Parameter) $Parameter }; get-foo "a","b"',
      '',
      ['ParameterArgumentTransformationError,get-foo: Cannot process argument transformation on parameter \'Parameter\'. Cannot convert value "System.String" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.'],
    ],
    // ArgumentTypeConverterAttribute: an advanced function's [string] takes no array.
    [
      'function f { [CmdletBinding()] param([string]$s) $s }; f 1,2',
      '',
      ["ParameterArgumentTransformationError,f: Cannot process argument transformation on parameter 's'. Cannot convert value to type System.String."],
    ],
    // ParameterBinding.Tests.ps1 'Multiple positional parameters case 1' and 'Value from remaining arguments'.
    ['function get-foo { param([Parameter(position=1)] $a, [Parameter(position=2)] $b) $a; $b }; (get-foo -b d c) -join ","', 'c,d', []],
    ['function get-foo { param([Parameter(position=1)] $a, [Parameter(valuefromremainingarguments=$true)] $foo) $foo }; (get-foo a b -a c -q d) -join ","', 'a,b,-q,d', []],
    // ParameterBinding.Tests.ps1 'Null is not Allowed when AllowNull attribute is not set'.
    [
      'function get-foo { param([Parameter(mandatory=$true)] $a) $a }; get-foo -a $null',
      '',
      ["ParameterArgumentValidationErrorNullNotAllowed,get-foo: Cannot bind argument to parameter 'a' because it is null."],
    ],
  ])('%s', async (script, output, errors) => {
    expect(await outputAndErrors(script)).toEqual({ output, errors });
  });
});
