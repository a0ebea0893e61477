// Statements: if/elseif/else, loops with labels, switch with flags and default, try/catch/finally, flow control,
// functions and param blocks. Grammar from pwsh's Parser.cs statement rules; `render` notation in render.ts.
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/language/index.js';
import { render } from './render.js';

function shape(text: string): string {
  const result = parseInput(text);
  expect(result.errors.map((e) => `${e.errorId}: ${e.message}`)).toEqual([]);
  return render(result.ast);
}

describe('statements', () => {
  it.each([
    ['if ($a) { 1 }', '(if ($a) {1:Int32})'],
    ['if ($a) { 1 } elseif ($b) { 2 } else { 3 }', '(if ($a) {1:Int32} elseif ($b) {2:Int32} else {3:Int32})'],
    ['if ($a)\n{\n  1\n}\nelse\n{\n  2\n}', '(if ($a) {1:Int32} else {2:Int32})'],
    ['if (Test-Path x) { }', '(if ((Test-Path x)) {})'],
    ['if ($a) { 1 }\nGet-B', '(if ($a) {1:Int32}); (Get-B)'],
    ['foreach ($li in $lineItems) { $li.Quantity }', '(foreach $li in $lineItems {$li.Quantity})'],
    ['foreach ($i in 1..3) { }', '(foreach $i in (1:Int32 .. 3:Int32) {})'],
    ['foreach ($f in Get-ChildItem) { $f }', '(foreach $f in (Get-ChildItem) {$f})'],
    [':outer foreach ($a in $b) { break outer }', '(:outer foreach $a in $b {(break outer)})'],
    ['for ($i = 0; $i -lt 10; $i++) { continue }', '(for ($i = 0:Int32); ($i -lt 10:Int32); ($i ++) {(continue)})'],
    ['for (;;) { break }', '(for ; ;  {(break)})'],
    ['while ($true) { }', '(while $true {})'],
    [':loop while ($x) { continue loop }', '(:loop while $x {(continue loop)})'],
    ['do { $i++ } while ($i -lt 3)', '(do {($i ++)} while ($i -lt 3:Int32))'],
    ['do { $i++ } until ($i -ge 3)', '(do {($i ++)} until ($i -ge 3:Int32))'],
    ["switch ($x) { 1 { 'one' } 'b' { 'bee' } default { 'other' } }",
      "(switch $x {1:Int32 {'one'}; 'b' {'bee'}; default {'other'}})"],
    ['switch -Wildcard ($x) { a* { 1 } }', '(switch -Wildcard $x {a* {1:Int32}})'],
    ['switch -regex -casesensitive ($x) { "^a" { 1 } }', '(switch -Regex -CaseSensitive $x {"^a" {1:Int32}})'],
    ['switch -exact ($x) { a { 1 } }', '(switch -Exact $x {a {1:Int32}})'],
    ['switch ($x) { { $_ -gt 5 } { 1 } }', '(switch $x {{($_ -gt 5:Int32)} {1:Int32}})'],
    ['switch ($x)\n{\n  a { 1 }\n  b { 2 }\n}', '(switch $x {a {1:Int32}; b {2:Int32}})'],
    ['try { Get-A } catch { $_ }', '(try {(Get-A)} catch {$_})'],
    ['try { } catch [System.Net.WebException], [System.IO.IOException] { } catch { } finally { }',
      '(try {} catch [System.Net.WebException], [System.IO.IOException] {} catch {} finally {})'],
    ['try { } finally { }', '(try {} finally {})'],
    ['try\n{\n}\ncatch\n{\n}', '(try {} catch {})'],
    ['throw', '(throw)'],
    ["throw 'bad'", "(throw 'bad')"],
    ['throw $_', '(throw $_)'],
    ['exit', '(exit)'],
    ['exit 3', '(exit 3:Int32)'],
    ['return', '(return)'],
    ['return $x', '(return $x)'],
    ['break', '(break)'],
    ['continue', '(continue)'],
    ['function Get-Thing { 1 }', '(function Get-Thing param() {1:Int32})'],
    ['function f($a, $b = 2) { $a }', '(function f param($a, $b=2:Int32) {$a})'],
    ['function f { param([Parameter(Mandatory)][string]$Name, [int]$Count = 1) $Name }',
      '(function f param([Parameter(Mandatory)][string]$Name, [int]$Count=1:Int32) {param([Parameter(Mandatory)][string]$Name, [int]$Count=1:Int32) $Name})'],
    ['function f {\n  [CmdletBinding()]\n  param([Parameter(Mandatory = $true, Position = 0)] $x)\n}',
      '(function f param([Parameter(Mandatory=$true, Position=0:Int32)]$x) {[CmdletBinding()]param([Parameter(Mandatory=$true, Position=0:Int32)]$x) })'],
    ['param($a, [switch]$b)\n$a', 'param($a, [switch]$b); $a'],
    ['[CmdletBinding()]\nparam()\n$a', '[CmdletBinding()] param(); $a'],
    ['[int]$x = 5', '([int]$x = 5:Int32)'],
    ['[void](Get-A)', '[void]((Get-A))'],
    ['param', '(param)'],
    // Named blocks (Parser.cs NamedBlockListRule): each written block is kept, in source order of kinds.
    ['function f { begin { 1 } process { $_ } end { 2 } }', '(function f param() {begin {1:Int32} process {$_} end {2:Int32}})'],
    ['function f { process { $_ } }', '(function f param() {process {$_}})'],
    ['function f { [CmdletBinding()] param($x)\n end { $x }\n begin { } }', '(function f param($x) {[CmdletBinding()]param($x) begin {} end {$x}})'],
    ['begin { 1 }\nprocess { 2 }', 'begin {1:Int32} process {2:Int32}'],
    ['& { ; process { $_ } ; }', '(& {process {$_}})'],
    // A filter's body is its process block (ScriptBlockAst's isFilter constructor).
    ['filter f { $_ }', '(function f param() {process(unnamed) {$_}})'],
    ['filter f { end { 1 } }', '(function f param() {end {1:Int32}})'],
  ])('%j', (text, expected) => {
    expect(shape(text)).toBe(expected);
  });
});
