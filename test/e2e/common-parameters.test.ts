// Common parameters and preference variables through the binary: reference §2 (CommonCommandParameters.cs,
// MshCommandRuntime.cs, ErrorPackage.resx, CommandBaseStrings.resx) and §4.1 (stream prefixes on stdout), pwsh's
// ActionPreference.Tests.ps1, OutErrorVariable.Tests.ps1, Write-Error.Tests.ps1 and ErrorView.Tests.ps1.
import { describe } from 'vitest';
import { customerId, runCases } from './cases.js';

const lineItem = `New-PartnerCustomerCartLineItem -BillingCycle OneTime -CatalogItemId 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB' -CustomerId ${customerId}`;
const lineItemWhatIf = 'What if: Performing the operation "New-PartnerCustomerCartLineItem" on target "Creates a new cart line item in memory.".\n';
// ErrorPackage.resx ActionPreferenceReservedForFutureUseError, set through ReflectionParameterBinder (ExceptionWhenSetting)
// and reported as ParameterBindingFailed ("Cannot bind parameter '{1}' to the target. {6}").
const suspend = (parameter: string): string =>
  `Cannot bind parameter '${parameter}' to the target. Exception setting "${parameter}": "The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, "about_Preference_Variables.""`;

describe('common parameters', () => {
  runCases([
    // §4.1: VERBOSE/DEBUG/WARNING lines go to stdout
    { name: 'Write-Warning prints WARNING: on stdout (WarningPreference Continue)', command: 'Write-Warning careful', stdout: 'WARNING: careful\n' },
    { name: '-WarningAction SilentlyContinue hides the warning', command: "Write-Warning careful -WarningAction SilentlyContinue; 'x'", stdout: 'x\n' },
    { name: '$WarningPreference SilentlyContinue hides the warning', command: "$WarningPreference = 'SilentlyContinue'; Write-Warning careful; 'x'", stdout: 'x\n' },
    { name: 'Write-Verbose is silent by default (VerbosePreference SilentlyContinue)', command: "Write-Verbose detail; 'x'", stdout: 'x\n' },
    { name: '-Verbose shows VERBOSE: lines', command: 'Write-Verbose detail -Verbose', stdout: 'VERBOSE: detail\n' },
    { name: '$VerbosePreference Continue shows VERBOSE: lines', command: "$VerbosePreference = 'Continue'; Write-Verbose detail", stdout: 'VERBOSE: detail\n' },
    { name: '-Verbose:$false overrides $VerbosePreference', command: "$VerbosePreference = 'Continue'; Write-Verbose detail -Verbose:$false; 'x'", stdout: 'x\n' },
    { name: '-Debug shows DEBUG: lines (Continue in pwsh 7)', command: 'Write-Debug trace -Debug', stdout: 'DEBUG: trace\n' },
    { name: '$DebugPreference Continue shows DEBUG: lines', command: "$DebugPreference = 'Continue'; Write-Debug trace", stdout: 'DEBUG: trace\n' },
    { name: 'Write-Information is silent by default (InformationPreference SilentlyContinue)', command: "Write-Information note; 'x'", stdout: 'x\n' },
    { name: '$InformationPreference Continue shows information', command: "$InformationPreference = 'Continue'; Write-Information note", stdout: 'note\n' },
    { name: '-InformationAction Continue shows information', command: 'Write-Information note -InformationAction Continue', stdout: 'note\n' },
    { name: 'Write-Host shows although InformationPreference is SilentlyContinue', command: 'Write-Host hello', stdout: 'hello\n' },
    { name: 'Write-Host -InformationAction SilentlyContinue hides it', command: "Write-Host hello -InformationAction SilentlyContinue; 'x'", stdout: 'x\n' },
    { name: 'Write-Host -InformationAction Ignore hides it', command: "Write-Host hello -InformationAction Ignore; 'x'", stdout: 'x\n' },
    // variables
    { name: '-WarningVariable collects the warning while SilentlyContinue hides it', command: 'Write-Warning careful -WarningVariable wv -WarningAction SilentlyContinue; "got $wv"', stdout: 'got careful\n' },
    { name: '-ErrorVariable collects the error record', command: 'Write-Error oops -ErrorVariable ev -ErrorAction SilentlyContinue; "got $ev"', stdout: 'got oops\n' },
    {
      name: '-ErrorVariable +name appends (OutErrorVariable.Tests.ps1)',
      command: 'Write-Error a -ev ev -ea SilentlyContinue; Write-Error b -ev +ev -ea SilentlyContinue; $ev.Count',
      stdout: '2\n',
    },
    { name: '-ErrorVariable without + starts a fresh list', command: 'Write-Error a -ev ev -ea SilentlyContinue; Write-Error b -ev ev -ea SilentlyContinue; $ev.Count', stdout: '1\n' },
    { name: '+name appends to an existing array (OutErrorVariable.Tests.ps1 PreSet)', command: "$ev = 'a', 'b'; Write-Error c -ev +ev -ea SilentlyContinue; $ev.Count", stdout: '3\n' },
    { name: '-OutVariable keeps the output', command: 'Write-Output 5 -OutVariable o | Out-Null; "o=$o"', stdout: 'o=5\n' },
    { name: '-OutVariable +name appends to an existing value', command: "$o = 'a'; Write-Output b -OutVariable +o | Out-Null; \"$o\"", stdout: 'a b\n' },
    { name: '-OutVariable collects every object', command: 'Write-Output 1, 2, 3 -OutVariable o | Out-Null; $o.Count', stdout: '3\n' },
    // §2: Ignore vs SilentlyContinue
    { name: 'SilentlyContinue still records the error in $Error', command: 'Write-Error a -ErrorAction SilentlyContinue; $Error.Count', stdout: '1\n' },
    { name: 'Ignore keeps the error out of $Error', command: 'Write-Error a -ErrorAction Ignore; $Error.Count', stdout: '0\n' },
    { name: 'Ignore keeps the error out of -ErrorVariable', command: 'Write-Error a -ErrorAction Ignore -ErrorVariable ev; $ev.Count', stdout: '0\n' },
    { name: 'Ignore still sets $? to false: a lone call exits 1 with no output (§9.4)', command: 'Write-Error a -ErrorAction Ignore', exitCode: 1 },
    { name: 'the enum value may be abbreviated (ActionPreference.Tests.ps1 "enum disambiguation works")', command: 'Write-Error a -ErrorAction Ig; $Error.Count', stdout: '0\n' },
    { name: 'the newest error is $Error[0]', command: 'Write-Error first -ea SilentlyContinue; Write-Error second -ea SilentlyContinue; "$($Error[0])"', stdout: 'second\n' },
    // §2: Stop
    { name: '-ErrorAction Stop ends the script and shows the original record', command: "Write-Error oops -ErrorAction Stop; 'after'", stderr: 'Write-Error: oops\n', exitCode: 1 },
    { name: "$ErrorActionPreference = 'Stop' turns Write-Error terminating", command: "$ErrorActionPreference = 'Stop'; Write-Error oops; 'after'", stderr: 'Write-Error: oops\n', exitCode: 1 },
    { name: 'try/catch catches -ErrorAction Stop; $_ is the original record', command: 'try { Write-Error oops -ErrorAction Stop; \'not here\' } catch { "caught: $_" }', stdout: 'caught: oops\n' },
    {
      name: '$WarningPreference Stop writes the warning, then stops (CommandBaseStrings ErrorPreferenceStop)',
      command: "$WarningPreference = 'Stop'; Write-Warning careful; 'after'",
      stdout: 'WARNING: careful\n',
      stderr: 'Write-Warning: The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: careful\n',
      exitCode: 1,
    },
    // advanced functions pass the common parameters on as preference variables
    { name: '-Verbose on an advanced function reaches Write-Verbose inside', command: "function Test-Verbose { [CmdletBinding()] param() Write-Verbose 'inside' }; Test-Verbose -Verbose", stdout: 'VERBOSE: inside\n' },
    {
      name: '-WhatIf on a SupportsShouldProcess function reaches the cart cmdlet inside (§3)',
      command: `function New-Item2 { [CmdletBinding(SupportsShouldProcess)] param() ${lineItem} }; New-Item2 -WhatIf`,
      stdout: lineItemWhatIf,
    },
    // §2: Suspend (ActionPreference.Tests.ps1)
    { name: '-ErrorAction Suspend is rejected', command: 'Write-Output test -ErrorAction Suspend', stderr: `Write-Output: ${suspend('ErrorAction')}\n`, exitCode: 1 },
    { name: '-WarningAction Suspend is rejected', command: 'Write-Output test -WarningAction Suspend', stderr: `Write-Output: ${suspend('WarningAction')}\n`, exitCode: 1 },
    {
      name: 'the Suspend rejection is ParameterBindingFailed,<cmdlet type> (ActionPreference.Tests.ps1)',
      command: 'try { Write-Output test -ErrorAction Suspend } catch { $_.FullyQualifiedErrorId }',
      stdout: 'ParameterBindingFailed,Microsoft.PowerShell.Commands.WriteOutputCommand\n',
    },
    {
      name: 'on a function it is ParameterBindingFailed,<function> (ActionPreference.Tests.ps1)',
      command: "function MyHelperFunction { [CmdletBinding()] param() 'Hello' }; try { MyHelperFunction -ErrorAction Suspend } catch { $_.FullyQualifiedErrorId }",
      stdout: 'ParameterBindingFailed,MyHelperFunction\n',
    },
  ]);
});
