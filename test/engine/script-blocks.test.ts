// begin/process/end blocks with pipeline input (pwsh: engine/ScriptCommandProcessor.cs, DlrScriptCommandProcessor:
// DoBegin, ProcessRecord, Complete, DoProcessRecordWithInput, RunClause; engine/runtime/CompiledScriptBlock.cs,
// PSScriptCmdlet for advanced blocks), `$input` and `$_`, filters, and the single-clause rule for script blocks run
// by cmdlets (CompiledScriptBlock.GetCodeToInvoke). Output values are shown in pwsh's string form, joined by '|'.
import { describe, expect, it } from 'vitest';
import { runScript } from './script-fixtures.js';

const f = (body: string): string => `function f { ${body} }`;

describe('named blocks', () => {
  it.each([
    // DoBegin once, ProcessRecord per input object, Complete once.
    [`${f('begin { "b" } process { "p$_" } end { "e" }')}; 1..3 | f`, 'b|p1|p2|p3|e'],
    // First in its pipeline: IsPipelineInputExpected() is false, so the process block runs once with $_ = $null.
    [`${f('begin { "b" } process { "p[$_]" } end { "e" }')}; f`, 'b|p[]|e'],
    // No input objects: the process block never runs (Read() returns false at once).
    ['@() | & { process { "p" } end { "e" } }', 'e'],
    // $null is an input object.
    ['$null | & { process { "p[$_]" } }', 'p[]'],
    // Blocks run in begin, process, end order whatever order they are written in.
    [`${f('end { "e" } process { "p" } begin { "b" }')}; 1 | f`, 'b|p|e'],
    // Without a process block the input is collected for the end block's $input; $_ is not set (AutomationNull).
    [`${f('"[$($input -join ",")][$_]"')}; 1..3 | f`, '[1,2,3][]'],
    // DoProcessRecordWithInput: $input holds the current object, and is cleared for the end block.
    [`${f('process { "[$($input -join ",")]" } end { "end[$($input -join ",")]" }')}; 1,2 | f`, '[1]|[2]|end[]'],
    // The begin block's $input is the empty list.
    [`${f('begin { "[$(@($input).Count)]" }')}; 1,2 | f`, '[0]'],
    // $_ set by the process block stays in the command's scope for the end block.
    [`${f('process { } end { "[$_]" }')}; 1,2 | f`, '[2]'],
    // return ends one clause: the next input and the end block still run.
    [`${f('process { if ($_ -eq 2) { return }; $_ } end { "end" }')}; 1..3 | f`, '1|3|end'],
    // return in begin ends the begin block only.
    [`${f('begin { return; "never" } process { "p" }')}; f`, 'p'],
    // A filter's body is its process block (Parser.cs: ScriptBlockBodyRule with isFilter).
    ['filter double { $_ * 2 }; 1..3 | double', '2|4|6'],
    ['filter show { "[$_]" }; show', '[]'],
    // Named blocks in a function with parameters, and a script block invoked with &.
    ['function f($x) { begin { "b$x" } process { "p$x$_" } }; 1 | f 7', 'b7|p71'],
    ['1,2 | & { begin { $sum = 0 } process { $sum += $_ } end { $sum } }', '3'],
    // -Command text with named blocks runs them in order, the process block once.
    ['begin { "b" } process { "p" } end { "e" }', 'b|p|e'],
  ])('%s', async (script, expected) => {
    const run = await runScript(script);
    expect({ output: run.output.join('|'), errors: run.errors }).toEqual({ output: expected, errors: [] });
  });
});

describe('advanced functions with pipeline input (PSScriptCmdlet)', () => {
  it.each([
    // ParameterBinding.Tests.ps1 'Value from pipeline'.
    ['function get-foo { param([Parameter(valuefrompipeline=$true)] $a) process { if ($a % 2 -eq 0) { $a } } }; (1..10 | get-foo) -join ","', '2,4,6,8,10'],
    // ParameterBinding.Tests.ps1 'Value from pipeline by property name'.
    [
      'function get-foo { param([Parameter(valuefrompipelinebypropertyname=$true)] $foo) process { if ($foo % 2 -eq 0) { $foo } } }; (1..10 | Select-Object @{name="foo"; expression={$_ * 10}} | get-foo) -join ","',
      '10,20,30,40,50,60,70,80,90,100',
    ],
    // ParameterBinding.Tests.ps1 'Parameter binding failure on Parameter1 should not cause parameter binding failure on Length'.
    [
      'function get-foo { param([Parameter(ValueFromPipeline = $true)] [int] $Parameter1 = 10, [Parameter(ValueFromPipelineByPropertyName = $true)] [int] $Length = 100) process { $Length } }; "abc" | get-foo',
      '3',
    ],
    // ParameterBinding.Tests.ps1 'Unspecified non-mandatory bool should not cause exception'.
    ['function get-foo { param([Parameter(Mandatory=$true, Position=0, ValueFromPipeline=$true)] $a, [System.Boolean] $b) $a }; 42 | get-foo', '42'],
    // The ValueFromPipeline parameter keeps the last object's value in the end block.
    ['function f { param([Parameter(ValueFromPipeline)]$x) process { "x=$x" } end { "last=$x" } }; "a","b" | f', 'x=a|x=b|last=b'],
    // Pipeline bindings last one object: $PSBoundParameters and the variables go back to their defaults
    // (CmdletParameterBinderController.RestoreDefaultParameterValues).
    [
      'function f { param([Parameter(ValueFromPipelineByPropertyName)]$a, [Parameter(ValueFromPipelineByPropertyName)]$b = "d") process { "$(($PSBoundParameters.Keys | Sort-Object) -join ",")=$a$b" } }; [pscustomobject]@{a=1;b=2}, [pscustomobject]@{a=3} | f',
      'a,b=12|a=3d',
    ],
    // AutomaticVariables.Tests.ps1 'Empty $input really is empty'.
    ['& { [cmdletbinding()]param() begin { @($input).Count } process { @($input).Count } end { @($input).Count } }', '0|0|0'],
    // A mandatory ValueFromPipeline parameter is not asked for when input is coming.
    ['function f { param([Parameter(Mandatory, ValueFromPipeline)][string]$Name) process { "hi $Name" } }; "a","b" | f', 'hi a|hi b'],
  ])('%s', async (script, expected) => {
    const run = await runScript(script);
    expect({ output: run.output.join('|'), errors: run.errors }).toEqual({ output: expected, errors: [] });
  });

  it.each([
    // CommandProcessor.WriteInputObjectError: a non-terminating error per object; the others still run.
    [
      'function f { param([Parameter(ValueFromPipeline)][int]$n) process { "n=$n" } }; 1, "x", 3 | f',
      'n=1|n=3',
      "InputObjectNotBound,f: The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.",
    ],
    // An advanced block without pipeline parameters cannot take input.
    [
      '1 | & { [CmdletBinding()] param() process { "p" } }',
      '',
      "InputObjectNotBound: The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.",
    ],
  ])('%s', async (script, output, error) => {
    const run = await runScript(script);
    expect({ output: run.output.join('|'), errors: run.errors }).toEqual({ output, errors: [error] });
  });
});

describe('output and scopes', () => {
  it('passes each statement\'s output downstream before the next statement runs', async () => {
    // pwsh streams every object to the next command as it is written.
    const run = await runScript('function f { 1; Write-Warning "after 1"; 2 }; f | ForEach-Object { Write-Warning "got $_" }');
    expect(run.warnings).toEqual(['got 1', 'after 1', 'got 2']);
  });

  it.each([
    // The next command runs in the caller's scope, not the function's (ForEach-Object's block sees $x = outer).
    ['$x = "outer"; function f { $x = "inner"; 1 }; f | ForEach-Object { $x }', 'outer'],
    // The function's scope lasts from begin to end.
    [`${f('begin { $n = 10 } process { $n += $_ } end { $n }')}; 1,2 | f`, '13'],
    // Dot-sourced: the function's variables land in the caller's scope, its automatic variables do not.
    ['function f($p) { $b = 2 }; $args = "mine"; . f -p 3; "$b $p $args"', '2 3 mine'],
    // A parameter's default may use an earlier parameter (defaults are bound in declaration order, in the scope).
    ['function f($a, $b = $a * 2) { $b }; f 3', '6'],
  ])('%s', async (script, expected) => {
    const run = await runScript(script);
    expect({ output: run.output.join('|'), errors: run.errors }).toEqual({ output: expected, errors: [] });
  });
});

describe('script blocks run as a single clause', () => {
  const oneClause =
    'The script block cannot be invoked because it contains more than one clause. The Invoke() method can only be used on script blocks that contain a single clause.';
  it.each([
    // GetCodeToInvoke(ProcessBlockOnly): the process block when there is one, else the end block.
    ['1,2 | ForEach-Object { process { "p$_" } }', 'p1|p2', []],
    ['1,2 | Where-Object { end { $_ -eq 2 } }', '2', []],
    ['{ process { "only" } }.Invoke()', 'only', []],
    // A begin block, or both process and end: PSInvalidOperationException.
    ['1 | ForEach-Object { begin { } process { $_ } }', '', [`InvalidOperation,Microsoft.PowerShell.Commands.ForEachObjectCommand: ${oneClause}`]],
    ['{ process { 1 } end { 2 } }.Invoke()', '', [`PSInvalidOperationException: Exception calling "Invoke" with "0" argument(s): "${oneClause}"`]],
  ])('%s', async (script, expected, errors) => {
    const run = await runScript(script);
    expect({ output: run.output.join('|'), errors: run.errors }).toEqual({ output: expected, errors });
  });
});
