// Commands and their arguments: command vs expression mode, parameters, bare words, numbers in command mode,
// `--`, arrays in arguments, redirections. Expected shapes follow pwsh's Parser.CommandRule / GetCommandArgument
// (engine/parser/Parser.cs) and tokenizer.cs; `render` notation is described in render.ts.
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/language/index.js';
import { render } from './render.js';

function shape(text: string): string {
  const result = parseInput(text);
  expect(result.errors.map((e) => `${e.errorId}: ${e.message}`)).toEqual([]);
  return render(result.ast);
}

describe('commands', () => {
  it.each([
    // A statement starting with a bare word is a command (Parser.PipelineRule falls back to CommandRule).
    ['Get-Foo', '(Get-Foo)'],
    ['Get-Foo a b', '(Get-Foo a b)'],
    // -Name value: a parameter element plus a separate argument element (the binder pairs them).
    ['Get-Foo -Name bar', '(Get-Foo -Name bar)'],
    // -Name:value and -Name: value attach the argument to the parameter (Parser.CommandRule, UsedColon).
    ['Get-Foo -Name:bar', '(Get-Foo -Name:bar)'],
    ['Get-Foo -Name: bar', '(Get-Foo -Name:bar)'],
    ['Get-Foo -Flag:$false', '(Get-Foo -Flag:$false)'],
    ["Get-Foo -Name:'a b'", "(Get-Foo -Name:'a b')"],
    // Numbers are numbers only when the whole word is a number (tokenizer.ScanNumber falls back to a generic token).
    ['Get-Foo -Quantity 10', '(Get-Foo -Quantity 10:Int32)'],
    ['Get-Foo 1Year', '(Get-Foo 1Year)'],
    ['Get-Foo 77z.exe', '(Get-Foo 77z.exe)'],
    ['Get-Foo 1kb', '(Get-Foo 1024:Int32)'],
    ['Get-Foo 0x10', '(Get-Foo 16:Int32)'],
    ['Get-Foo 1.5', '(Get-Foo 1.5:Double)'],
    ['Get-Foo -1', '(Get-Foo -1)'],
    ['Get-Foo 3000000000', '(Get-Foo 3000000000:Int64)'],
    // A generic token with $var inside is an expandable bare word.
    ['Get-Foo a$b', '(Get-Foo a{$b})'],
    ['Get-Foo $b.txt', '(Get-Foo $b.txt)'],
    ['Get-Foo $a', '(Get-Foo $a)'],
    ['Get-Foo $a.Name', '(Get-Foo $a.Name)'],
    ["Get-Foo a'b c'd", "(Get-Foo ab cd)"],
    // Comma lists are arrays.
    ['Get-Foo a, b, c', '(Get-Foo [a, b, c])'],
    ['Get-Foo -Name a,b', '(Get-Foo -Name [a, b])'],
    ["Get-Foo 1, 'x', $y", "(Get-Foo [1:Int32, 'x', $y])"],
    ['Get-Foo -Name:a,b', '(Get-Foo -Name:[a, b])'],
    // Bare -- ends parameter recognition and is not passed; later dash words are arguments.
    ['Write-Output -- -foo', '(Write-Output -foo)'],
    ['Write-Output -- -- -x:', '(Write-Output -- -x:)'],
    // Splatting.
    ['Get-Foo @params', '(Get-Foo @params)'],
    // Invocation operators.
    ['& $cmd a', '(& $cmd a)'],
    ["& 'Get-Foo' -x", "(& 'Get-Foo' -x)"],
    ['. ./script.ps1', '(. ./script.ps1)'],
    ['.\\script.ps1 -x', '(.\\script.ps1 -x)'],
    // Keywords after the command name are bare words.
    ['Write-Output if else default', '(Write-Output if else default)'],
    // Script blocks and hashtables as arguments.
    ['Where-Object { $_.Name -eq 1 }', '(Where-Object {($_.Name -eq 1:Int32)})'],
    ['ForEach-Object -Process { $_ }', '(ForEach-Object -Process {$_})'],
    ['Get-Foo @{ a = 1 }', '(Get-Foo @{a=1:Int32})'],
    ['Get-Foo (1 + 2) $(3)', '(Get-Foo ((1:Int32 + 2:Int32)) $(3:Int32))'],
    // Pipelines, a newline allowed after '|' and before a leading '|'.
    ['Get-A | Get-B | Get-C', '(Get-A) | (Get-B) | (Get-C)'],
    ['Get-A |\n  Get-B', '(Get-A) | (Get-B)'],
    ['Get-A\n  | Get-B', '(Get-A) | (Get-B)'],
    ['$x | Get-B', '$x | (Get-B)'],
    // Statements split by ';' and newlines; backtick line continuation.
    ['Get-A; Get-B\nGet-C', '(Get-A); (Get-B); (Get-C)'],
    ['Get-Foo -Name `\n  bar', '(Get-Foo -Name bar)'],
    // Comments, including #requires lines, are skipped.
    ['#requires -Version 7\nGet-Foo # trailing\n<# block\ncomment #> Get-Bar', '(Get-Foo); (Get-Bar)'],
    // Redirections.
    ['Get-Foo 2>&1', '(Get-Foo 2>&1)'],
    ['Get-Foo > out.txt', '(Get-Foo >out.txt)'],
    ['Get-Foo >> out.txt', '(Get-Foo >>out.txt)'],
    ['Get-Foo *> $null', '(Get-Foo *>$null)'],
    ['Get-Foo 2> $null', '(Get-Foo 2>$null)'],
    ['$x 2>&1', '$x 2>&1'],
  ])('%j', (text, expected) => {
    expect(shape(text)).toBe(expected);
  });
});
