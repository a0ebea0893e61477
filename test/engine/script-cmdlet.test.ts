// $PSCmdlet in advanced functions (pwsh: engine/runtime/CompiledScriptBlock.cs PSScriptCmdlet over
// engine/MshCommandRuntime.cs): ShouldProcess/ShouldContinue in pwsh's decision order with the Confirm prompt
// (reference §3; CommandBaseStrings.resx), WriteError/ThrowTerminatingError (MshCommandRuntime.WriteError sets the
// record's InvocationInfo; ThrowTerminatingError stops the pipeline: ManageException), the Write* methods honouring
// the common parameters, ParameterSetName and MyInvocation.
import { describe, expect, it } from 'vitest';
import { lineItem } from '../e2e/cases.js';
import { runScript } from './script-fixtures.js';

/** A Remove-Thing whose process block asks ShouldProcess in one of the three forms. */
const remover = (impact: string, call: string): string =>
  `function Remove-Thing { [CmdletBinding(SupportsShouldProcess, ConfirmImpact = '${impact}')] param([Parameter(ValueFromPipeline)][string]$Name) process { if ($PSCmdlet.${call}) { "removed $Name" } } }`;

const confirmChoices = '&Yes,Yes to &All,&No,No to A&ll,&Suspend';
const prompt = (target: string, operation = 'Remove-Thing'): string =>
  `Confirm|Are you sure you want to perform this action?\nPerforming the operation "${operation}" on target "${target}".|${confirmChoices}`;

describe('$PSCmdlet.ShouldProcess', () => {
  it.each([
    // WhatIf: the host line, and false (§3 step 2). The operation is the command's name unless given.
    [`${remover('Medium', 'ShouldProcess($Name)')}; Remove-Thing a -WhatIf`, undefined, '', ['What if: Performing the operation "Remove-Thing" on target "a".']],
    [`${remover('Medium', 'ShouldProcess($Name, "Zap")')}; Remove-Thing a -WhatIf`, undefined, '', ['What if: Performing the operation "Zap" on target "a".']],
    [`${remover('Medium', 'ShouldProcess("It is $Name", "Warn", "Cap")')}; Remove-Thing a -WhatIf`, undefined, '', ['What if: It is a']],
    // $WhatIfPreference acts as -WhatIf; -WhatIf:$false overrides it.
    [`${remover('Medium', 'ShouldProcess($Name)')}; $WhatIfPreference = $true; 'a','b' | Remove-Thing`, undefined, '', [
      'What if: Performing the operation "Remove-Thing" on target "a".',
      'What if: Performing the operation "Remove-Thing" on target "b".',
    ]],
    [`${remover('Medium', 'ShouldProcess($Name)')}; $WhatIfPreference = $true; Remove-Thing a -WhatIf:$false`, undefined, 'removed a', []],
    // Auto-confirm: ConfirmImpact Medium is below the default $ConfirmPreference High (§3 step 3).
    [`${remover('Medium', 'ShouldProcess($Name)')}; Remove-Thing a`, undefined, 'removed a', []],
    // High prompts; the answers: Yes, No, Yes to All (asked once for the pipeline), No to All.
    [`${remover('High', 'ShouldProcess($Name)')}; Remove-Thing a`, [0], 'removed a', [prompt('a')]],
    [`${remover('High', 'ShouldProcess($Name)')}; Remove-Thing a`, [2], '', [prompt('a')]],
    [`${remover('High', 'ShouldProcess($Name)')}; 'a','b' | Remove-Thing`, [1], 'removed a|removed b', [prompt('a')]],
    [`${remover('High', 'ShouldProcess($Name)')}; 'a','b' | Remove-Thing`, [3], '', [prompt('a')]],
    // The three-argument form shows the caller's warning and caption.
    [`${remover('High', 'ShouldProcess("desc", "Really remove ${Name}?", "Removing")')}; Remove-Thing a`, [0], 'removed a', [`Removing|Really remove a?|${confirmChoices}`]],
    // -Confirm lowers the threshold to Low; -Confirm:$false raises it to None.
    [`${remover('Medium', 'ShouldProcess($Name, "Zap")')}; Remove-Thing a -Confirm`, [0], 'removed a', [prompt('a', 'Zap')]],
    [`${remover('High', 'ShouldProcess($Name)')}; Remove-Thing a -Confirm:$false`, undefined, 'removed a', []],
    [`${remover('Low', 'ShouldProcess($Name)')}; $ConfirmPreference = 'Low'; Remove-Thing a`, [0], 'removed a', [prompt('a')]],
  ])('%s (answers %j)', async (script, answers, output, host) => {
    const run = await runScript(script, answers);
    expect({ output: run.output.join('|'), host: run.host, errors: run.errors }).toEqual({ output, host, errors: [] });
  });

  it('-Verbose on an auto-confirmed call writes the operation as verbose (§3 step 3)', async () => {
    const run = await runScript(`${remover('Medium', 'ShouldProcess($Name)')}; Remove-Thing a -Verbose`);
    expect({ output: run.output, verbose: run.verbose }).toEqual({ output: ['removed a'], verbose: ['Performing the operation "Remove-Thing" on target "a".'] });
  });

  it('-WhatIf reaches the cart cmdlets the function calls (its $WhatIfPreference)', async () => {
    const run = await runScript(`function Add-Item { [CmdletBinding(SupportsShouldProcess)] param() ${lineItem} }; Add-Item -WhatIf`);
    expect({ output: run.output, host: run.host, errors: run.errors }).toEqual({ output: [], errors: [], host: ['What if: Performing the operation "New-PartnerCustomerCartLineItem" on target "Creates a new cart line item in memory.".'] });
  });

  it('a prompt under -NonInteractive is a method invocation error for the statement; the function goes on (§3)', async () => {
    const run = await runScript(`${remover('High', 'ShouldProcess($Name)')}; function Go { Remove-Thing a; 'after' }; Go`);
    expect({ output: run.output, errors: run.errors }).toEqual({
      output: ['after'],
      errors: ['PSInvalidOperationException: Exception calling "ShouldProcess" with "1" argument(s): "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."'],
    });
  });
});

describe('$PSCmdlet.ShouldContinue', () => {
  const asker = 'function Reset-All { [CmdletBinding()] param() if ($PSCmdlet.ShouldContinue("Reset everything?", "Reset")) { "reset" } }; Reset-All';
  it.each([
    // InquireHelper without Yes/No to All: Yes, No, Suspend.
    [[0], 'reset'],
    [[1], ''],
  ])('answer %j', async (answers, output) => {
    const run = await runScript(asker, answers);
    expect({ output: run.output.join('|'), host: run.host }).toEqual({ output, host: ['Reset|Reset everything?|&Yes,&No,&Suspend'] });
  });
});

describe('$PSCmdlet.WriteError and ThrowTerminatingError', () => {
  const writer = 'function Get-Thing { [CmdletBinding()] param() try { throw "bad" } catch { $PSCmdlet.WriteError($_) }; "continued" }';
  const thrower = 'function Get-Thing { [CmdletBinding()] param() try { throw "deep" } catch { $PSCmdlet.ThrowTerminatingError($_) }; "not reached" }';
  it.each([
    // WriteError: non-terminating, reported as the function's (MshCommandRuntime.WriteError → SetInvocationInfo).
    [`${writer}; Get-Thing`, 'continued', ['bad,Get-Thing: bad']],
    [`${writer}; Get-Thing -ErrorAction SilentlyContinue -ErrorVariable ev; $ev.Count`, 'continued|1', []],
    // -ErrorAction Stop turns it into a stop that ends the script.
    [`${writer}; Get-Thing -ErrorAction Stop; 'not reached'`, '', ['bad,Get-Thing: bad']],
    // ThrowTerminatingError ends the function; for its caller it is statement-terminating.
    [`${thrower}; Get-Thing; 'next'`, 'next', ['deep,Get-Thing: deep']],
    // The function's own catch does not see it (try/catch rethrows PipelineStoppedException); finally runs.
    [
      'function Get-Thing { [CmdletBinding()] param() try { throw "x" } catch { $e = $_ }; try { $PSCmdlet.ThrowTerminatingError($e) } catch { "caught inside" } finally { "finally" } }; Get-Thing; "next"',
      'finally|next',
      ['x,Get-Thing: x'],
    ],
    // The caller's try/catch does.
    [`${thrower}; try { Get-Thing } catch { "caught: $_" }`, 'caught: deep', []],
    // It ends the whole function, through a pipeline inside it.
    ['function Get-Thing { [CmdletBinding()] param() try { throw "y" } catch { $e = $_ }; 1 | ForEach-Object { $PSCmdlet.ThrowTerminatingError($e) }; "not reached" }; Get-Thing', '', ['y,Get-Thing: y']],
    // .NET's ArgumentNullException for a null record, wrapped as a method invocation error.
    [
      'function Get-Thing { [CmdletBinding()] param() $PSCmdlet.WriteError($null); "after" }; Get-Thing',
      'after',
      ['ArgumentNullException: Exception calling "WriteError" with "1" argument(s): "Value cannot be null. (Parameter \'errorRecord\')"'],
    ],
  ])('%s', async (script, output, errors) => {
    const run = await runScript(script);
    expect({ output: run.output.join('|'), errors: run.errors }).toEqual({ output, errors });
  });
});

describe('$PSCmdlet: Write* methods and properties', () => {
  const streams = 'function Show-It { [CmdletBinding()] param() $PSCmdlet.WriteVerbose("v"); $PSCmdlet.WriteWarning("w"); $PSCmdlet.WriteDebug("d"); "out" }';
  it.each([
    [`${streams}; Show-It`, [], ['w']],
    [`${streams}; Show-It -Verbose -WarningAction SilentlyContinue`, ['v'], []],
    [`${streams}; $VerbosePreference = 'Continue'; Show-It`, ['v'], ['w']],
  ])('%s', async (script, verbose, warnings) => {
    const run = await runScript(script);
    expect({ output: run.output, verbose: run.verbose, warnings: run.warnings }).toEqual({ output: ['out'], verbose, warnings });
  });

  it.each([
    // WriteObject(obj) writes the array as one object; WriteObject(obj, $true) enumerates it.
    ['function f { [CmdletBinding()] param() $PSCmdlet.WriteObject(@(1,2)); $PSCmdlet.WriteObject(@(3,4), $true) }; f | ForEach-Object { "[$_]" }', '[1 2]|[3]|[4]'],
    // ParameterSetName: the set the binder chose, the default when nothing decides.
    [
      "function f { [CmdletBinding(DefaultParameterSetName='ByName')] param([Parameter(ParameterSetName='ByName')]$Name, [Parameter(ParameterSetName='ById')]$Id) $PSCmdlet.ParameterSetName }; f -Id 1; f -Name x; f",
      'ById|ByName|ByName',
    ],
    // MyInvocation: the name as typed, the command, the bound parameters.
    ['function Get-It { [CmdletBinding()] param($a) $PSCmdlet.MyInvocation.InvocationName; $PSCmdlet.MyInvocation.MyCommand.Name; $MyInvocation.BoundParameters.a }; gEt-iT -a 5', 'gEt-iT|Get-It|5'],
    ['function f { [CmdletBinding()] param() $PSCmdlet.GetType().FullName }; f', 'System.Management.Automation.PSScriptCmdlet'],
    // A simple function has no $PSCmdlet.
    ['function f { $null -eq $PSCmdlet }; f', 'True'],
  ])('%s', async (script, expected) => {
    const run = await runScript(script);
    expect({ output: run.output.join('|'), errors: run.errors }).toEqual({ output: expected, errors: [] });
  });
});
