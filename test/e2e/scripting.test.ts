// Script features partners' scripts use around the cart cmdlets, through the binary: begin/process/end with
// pipeline input (pwsh: ScriptCommandProcessor.cs), simple functions bound like pwsh's
// ScriptParameterBinderController (the e2e findings), and $PSCmdlet with ShouldProcess (reference §3).
import { describe } from 'vitest';
import { customerId, lineItem, runCases, writeScript } from './cases.js';

const removeCart = writeScript(
  'remove-cart.ps1',
  [
    "[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]",
    'param([Parameter(Mandatory)][string]$CustomerId)',
    'begin { "checking $CustomerId" }',
    "process { if ($PSCmdlet.ShouldProcess($CustomerId, 'Delete cart')) { 'deleted' } }",
    "end { 'done' }",
  ],
);
const exits = writeScript('exits.ps1', ["'in'", 'exit 3', "'never'"]);

const nonInteractive = 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.';

describe('scripting: named blocks and pipeline input', () => {
  runCases([
    { name: 'begin once, process per input with $_, end once', command: "function f { begin { 'b' } process { \"p$_\" } end { 'e' } }; 1..2 | f", stdout: 'b\np1\np2\ne\n' },
    { name: 'a function without named blocks gets its input in $input', command: 'function f { $input -join "+" }; 1..3 | f', stdout: '1+2+3\n' },
    { name: 'a filter runs its body per input', command: 'filter double { $_ * 2 }; 1..3 | double', stdout: '2\n4\n6\n' },
    {
      name: 'ValueFromPipelineByPropertyName binds each object',
      command: "function Get-Id { param([Parameter(ValueFromPipelineByPropertyName)]$CustomerId) process { $CustomerId } }; [pscustomobject]@{CustomerId='c1'}, [pscustomobject]@{CustomerId='c2'} | Get-Id",
      stdout: 'c1\nc2\n',
    },
    {
      name: 'an object that binds to nothing is a non-terminating error; the others run',
      command: "function f { param([Parameter(ValueFromPipeline)][int]$n) process { \"n=$n\" } }; 1, 'x', 3 | f",
      stdout: 'n=1\nn=3\n',
      stderr: 'f: The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.\n',
      exitCode: 1,
    },
    { name: 'exit in a script run as a command ends only that script', command: `& '${exits}'; "after $LASTEXITCODE"`, stdout: 'in\nafter 3\n' },
  ]);
});

describe('scripting: simple functions bind through the cmdlet binder', () => {
  runCases([
    // The e2e findings (pwsh: scriptparameterbindercontroller.cs).
    {
      name: 'ValidateSet applies to a simple function (§1.6)',
      command: "function f { param([ValidateSet('Red','Green')]$Color) $Color }; f -Color blue",
      stderr:
        "f: Cannot validate argument on parameter 'Color'. The argument \"blue\" does not belong to the set \"Red,Green\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.\n",
      exitCode: 1,
    },
    { name: '-Name followed by an unknown -foo binds the text -foo', command: 'function f($Name) { $Name }; f -Name -foo', stdout: '-foo\n' },
    {
      name: '-Name followed by a known switch is MissingArgument',
      command: 'function f($Name, [switch]$Force) { }; f -Name -Force',
      stderr: "f: Missing an argument for parameter 'Name'. Specify a parameter of type 'System.Object' and try again.\n",
      exitCode: 1,
    },
    { name: 'what binds to nothing goes to $args, unknown names as typed', command: 'function f($a) { "a=$a args=$($args -join "|")" }; f -foo x y', stdout: 'a=y args=-foo|x\n' },
    { name: '@args passes the parameters on to another command', command: 'function inner($Name, [switch]$Force) { "$Name $Force" }; function wrap { inner @args }; wrap -Force -Name c1', stdout: 'c1 True\n' },
  ]);
});

describe('scripting: $PSCmdlet', () => {
  runCases([
    {
      name: 'a script with begin/process/end and -WhatIf (§3 step 2)',
      args: ['-NonInteractive', '-File', removeCart, '-CustomerId', 'c1', '-WhatIf'],
      stdout: 'checking c1\nWhat if: Performing the operation "Delete cart" on target "c1".\ndone\n',
    },
    // pwsh's CommandLineParameterParser.CollectPSArgs: `-Name:$false` is a boolean, `-Name:` takes the next argument.
    { name: '-Confirm:$false answers for a High-impact script', args: ['-NonInteractive', '-File', removeCart, '-CustomerId', 'c1', '-Confirm:$false'], stdout: 'checking c1\ndeleted\ndone\n' },
    {
      name: '-Name: takes the next -File argument as its value',
      args: ['-NonInteractive', '-File', removeCart, '-CustomerId:', 'c2', '-WhatIf:$true'],
      stdout: 'checking c2\nWhat if: Performing the operation "Delete cart" on target "c2".\ndone\n',
    },
    {
      name: 'a High-impact ShouldProcess under -NonInteractive is a method invocation error; the function goes on (§3)',
      command: "function Remove-Cart { [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')] param($Id) if ($PSCmdlet.ShouldProcess($Id)) { 'deleted' }; 'after' }; Remove-Cart c1",
      stdout: 'after\n',
      stderr: `MethodInvocationException: Exception calling "ShouldProcess" with "1" argument(s): "${nonInteractive}"\n`,
    },
    {
      name: 'ThrowTerminatingError reports the record as the function\'s and ends only the caller\'s statement',
      command: "function Get-Thing { [CmdletBinding()] param() try { Get-Content '/no/such/file' -ErrorAction Stop } catch { $PSCmdlet.ThrowTerminatingError($_) }; 'not reached' }; Get-Thing; 'next'",
      stdout: 'next\n',
      stderr: "Get-Thing: Cannot find path '/no/such/file' because it does not exist.\n",
    },
    {
      name: '-WhatIf on an advanced function reaches the cart cmdlets it calls',
      command: `function Add-Item { [CmdletBinding(SupportsShouldProcess)] param() ${lineItem} }; Add-Item -WhatIf`,
      stdout: 'What if: Performing the operation "New-PartnerCustomerCartLineItem" on target "Creates a new cart line item in memory.".\n',
    },
    {
      name: 'ShouldProcess on the cart target text, from a pipeline of customer ids',
      command: `function Clear-Cart { [CmdletBinding(SupportsShouldProcess)] param([Parameter(ValueFromPipeline)][string]$Id) process { if ($PSCmdlet.ShouldProcess("cart of $Id")) { "cleared $Id" } } }; '${customerId}' | Clear-Cart -WhatIf; '${customerId}' | Clear-Cart`,
      stdout: `What if: Performing the operation "Clear-Cart" on target "cart of ${customerId}".\ncleared ${customerId}\n`,
    },
  ]);
});
