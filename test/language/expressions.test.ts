// Expressions: operators with pwsh's precedence (token.cs BinaryPrecedence*, Parser.BinaryExpressionRule), unary
// operators, numbers, strings and escapes, variables, arrays, hashtables, casts and type literals, member access,
// method calls and indexing. `render` notation is described in render.ts.
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/language/index.js';
import { render } from './render.js';

function shape(text: string): string {
  const result = parseInput(text);
  expect(result.errors.map((e) => `${e.errorId}: ${e.message}`)).toEqual([]);
  return render(result.ast);
}

describe('operators', () => {
  it.each([
    // Precedence: multiply > add > comparison > bitwise > logical (token.cs TokenFlags.BinaryPrecedence*).
    ['1 + 2 * 3', '(1:Int32 + (2:Int32 * 3:Int32))'],
    ['1 * 2 + 3', '((1:Int32 * 2:Int32) + 3:Int32)'],
    ['1 - 2 - 3', '((1:Int32 - 2:Int32) - 3:Int32)'],
    ['$a -eq 1 -and $b -ne 2', '(($a -eq 1:Int32) -and ($b -ne 2:Int32))'],
    ['$a -or $b -and $c', '(($a -or $b) -and $c)'],
    ['1 -band 2 -eq 2', '(1:Int32 -band (2:Int32 -eq 2:Int32))'],
    ['1..10', '(1:Int32 .. 10:Int32)'],
    ['1..$n + 1', '((1:Int32 .. $n) + 1:Int32)'],
    ["'{0}' -f 1 + 1", "(('{0}' -f 1:Int32) + 1:Int32)"],
    ['$a ?? $b ?? 1', '(($a ?? $b) ?? 1:Int32)'],
    ['$x -is [int]', '($x -is [int])'],
    ['$x -isnot [string]', '($x -isnot [string])'],
    ["$x -as [int]", '($x -as [int])'],
    // Operators are case-insensitive when typed and stored in canonical lower case; -i/-c forms are kept.
    ['$a -EQ 1', '($a -eq 1:Int32)'],
    ['$a -ceq $b', '($a -ceq $b)'],
    ['$a -ILike $b', '($a -ilike $b)'],
    ['$a -cnotmatch $b', '($a -cnotmatch $b)'],
    ['$a -notcontains $b', '($a -notcontains $b)'],
    ['$a -in $b', '($a -in $b)'],
    ['$a -notin $b', '($a -notin $b)'],
    ["$a -replace 'x', 'y'", "($a -replace ['x', 'y'])"],
    ["$a -creplace 'x'", "($a -creplace 'x')"],
    ["$a -split ','", "($a -split ',')"],
    ["$a -join ','", "($a -join ',')"],
    ['$a -shl 2 -shr 1', '(($a -shl 2:Int32) -shr 1:Int32)'],
    ['$a -bxor $b -bor $c', '(($a -bxor $b) -bor $c)'],
    ['$a -xor $b', '($a -xor $b)'],
    ['$a % 2', '($a % 2:Int32)'],
    ['$a / 2', '($a / 2:Int32)'],
    // Unary operators.
    ['-not $a', '(-not $a)'],
    ['!$a', '(! $a)'],
    ['-bnot 5', '(-bnot 5:Int32)'],
    ['-split $s', '(-split $s)'],
    ['-join $a', '(-join $a)'],
    ['-$a', '(- $a)'],
    ['-5', '-5:Int32'],
    ['- 5', '(- 5:Int32)'],
    ['++$i', '(++ $i)'],
    ['$i++', '($i ++)'],
    ['$i--', '($i --)'],
    [',1', '[1:Int32]'],
    ['1, 2, 3', '[1:Int32, 2:Int32, 3:Int32]'],
    [', (1, 2)', '[([1:Int32, 2:Int32])]'],
    ['1, 2 + 3', '([1:Int32, 2:Int32] + 3:Int32)'],
    ['-not $a -eq $b', '((-not $a) -eq $b)'],
    // Multi-line continuation after an operator.
    ['1 +\n2', '(1:Int32 + 2:Int32)'],
  ])('%j', (text, expected) => {
    expect(shape(text)).toBe(expected);
  });
});

describe('numbers', () => {
  // tokenizer.cs TryGetNumberValue: narrowest of Int32, Int64, Decimal, Double; suffixes L and d; kb..pb multipliers.
  it.each([
    ['10', '10:Int32'],
    ['2147483647', '2147483647:Int32'],
    ['2147483648', '2147483648:Int64'],
    ['1L', '1:Int64'],
    ['1.5', '1.5:Double'],
    ['1e3', '1000:Double'],
    ['.5', '0.5:Double'],
    ['1.5d', '1.5:Decimal'],
    ['10d', '10:Decimal'],
    ['0x1F', '31:Int32'],
    ['0xFFFFFFFF', '-1:Int32'],
    ['0x100000000', '4294967296:Int64'],
    ['1kb', '1024:Int32'],
    ['1MB', '1048576:Int32'],
    ['2gb', '2147483648:Int64'],
    ['1tb', '1099511627776:Int64'],
    ['1pb', '1125899906842624:Int64'],
    ['1.5kb', '1536:Double'],
    ['0b101', '5:Int32'],
    ['99999999999999999999', '100000000000000000000:Decimal'],
  ])('%s', (text, expected) => {
    expect(shape(text)).toBe(expected);
  });
});

describe('strings and variables', () => {
  it.each([
    ["'single'", "'single'"],
    ["'it''s'", "'it's'"],
    ['"double"', '"double"'],
    ['"say ""hi"""', '"say "hi""'],
    ['"a $x b"', '"a {$x} b"'],
    // "$li.Quantity" expands only $li; the rest is literal text.
    ['"$li.Quantity"', '"{$li}.Quantity"'],
    ['"${a b}!"', '"{$a b}!"'],
    ['"$($x.Count) items"', '"{$($x.Count)} items"'],
    ['"$env:USERNAME"', '"{$env:USERNAME}"'],
    // Inside "$( )", `""` is one quote of the nested code (tokenizer.ScanSubExpression skips the first character).
    ['"$(""abc"")"', '"{$("abc")}"'],
    ['"$($a -join "", "")"', '"{$(($a -join ", "))}"'],
    ['"$(`"q`")"', '"{$("q")}"'],
    ['@"\n$("x")\n"@', '@"{$("x")}"@'],
    ['"$script:count"', '"{$script:count}"'],
    ['"cost: $"', '"cost: $"'],
    ['"tab`tnew`nline"', '"tab\tnew\nline"'],
    ['"`0`a`b`e`f`r`v"', '"\0\x07\b\x1b\f\r\v"'],
    ['"`$x `" ``"', '"$x " `"'],
    ['"`u{1F600}"', '"😀"'],
    ['"`u{41}"', '"A"'],
    ["@'\nline1\n'line2'\n'@", "@'line1\n'line2''@"],
    ['@"\nhello $name\n"@', '@"hello {$name}"@'],
    ['@"\n"@', '@""@'],
    ["@'\r\na\r\nb\r\n'@", "@'a\r\nb'@"],
    ['$x', '$x'],
    ['${a b}', '$a b'],
    ['$env:PATH', '$env:PATH'],
    ['$script:x', '$script:x'],
    ['$global:x', '$global:x'],
    ['$true', '$true'],
    ['$null', '$null'],
    ['$_', '$_'],
    ['$PSItem', '$PSItem'],
    ['$?', '$?'],
    ['$^', '$^'],
    ['$$', '$$'],
  ])('%j', (text, expected) => {
    expect(shape(text)).toBe(expected);
  });

  it.each([
    // VariablePath: qualifier lower-cased, name without it (engine/VariablePath.cs).
    ['$x', 'x', undefined, 'x'],
    ['$Script:Count', 'Script:Count', 'script', 'Count'],
    ['$env:Path', 'env:Path', 'env', 'Path'],
    ['${env:ProgramFiles(x86)}', 'env:ProgramFiles(x86)', 'env', 'ProgramFiles(x86)'],
    ['$using:x', 'using:x', 'using', 'x'],
    ['$variable:x', 'variable:x', 'variable', 'x'],
    ['$true', 'true', undefined, 'true'],
  ])('%s has path parts', (text, userPath, qualifier, name) => {
    const statement = parseInput(text).ast.statements[0];
    const expression = statement?.kind === 'Pipeline' && statement.pipelineElements[0]?.kind === 'CommandExpression'
      ? statement.pipelineElements[0].expression : undefined;
    expect(expression?.kind === 'VariableExpression' ? expression.variablePath : undefined)
      .toEqual(qualifier === undefined ? { userPath, name } : { userPath, qualifier, name });
  });
});

describe('arrays, hashtables, types, members', () => {
  it.each([
    ['@()', '@()'],
    ['@(1, 2)', '@([1:Int32, 2:Int32])'],
    ['@(Get-A; Get-B)', '@((Get-A); (Get-B))'],
    ['$(Get-A)', '$((Get-A))'],
    ['(Get-A)', '((Get-A))'],
    ["@{ k = 'v'; 'k2' = 2 }", "@{k='v'; 'k2'=2:Int32}"],
    ['@{\n  a = 1\n  b = 2\n}', '@{a=1:Int32; b=2:Int32}'],
    ['@{ a = Get-Foo -x }', '@{a=(Get-Foo -x)}'],
    ['@{}', '@{}'],
    ['[int]$x', '[int]$x'],
    ["[string[]]'a'", "[string[]]'a'"],
    ['[System.Collections.Generic.List[string]]::new()', '[System.Collections.Generic.List[string]]::new()'],
    ['[System.Collections.Generic.Dictionary[string,int]]', '[System.Collections.Generic.Dictionary[string,int]]'],
    ['[ordered]@{ a = 1 }', '[ordered]@{a=1:Int32}'],
    ['[pscustomobject]@{ a = 1 }', '[pscustomobject]@{a=1:Int32}'],
    ['[int]', '[int]'],
    ['[int[,]]', '[int[,]]'],
    ['[int][string]$x', '[int][string]$x'],
    ['[Math]::Round(1.5)', '[Math]::Round(1.5:Double)'],
    ['[guid]::NewGuid()', '[guid]::NewGuid()'],
    ['[int]::MaxValue', '[int]::MaxValue'],
    ['$x.Prop', '$x.Prop'],
    ['$x.Prop.Sub', '$x.Prop.Sub'],
    ['$x?.Prop', '$x?.Prop'],
    ['$x.$name', '$x.$name'],
    ["$x.'a b'", "$x.'a b'"],
    ['$x.M()', '$x.M()'],
    ['$x.M(1, 2)', '$x.M(1:Int32, 2:Int32)'],
    ["$x.Add('duration', '1Year')", "$x.Add('duration', '1Year')"],
    ['$x.M((1, 2))', '$x.M(([1:Int32, 2:Int32]))'],
    ['$x[0]', '$x[0:Int32]'],
    ['$x[-1]', '$x[-1:Int32]'],
    ['$x[1, 2]', '$x[[1:Int32, 2:Int32]]'],
    ["$h['k'].Name", "$h['k'].Name"],
    ['$x?[0]', '$x?[0:Int32]'],
    ['$x.Items[0].Name', '$x.Items[0:Int32].Name'],
    ['$x.Where({ $_ })', '$x.Where({$_})'],
    // Fluent style: a newline is allowed after the member operator (Parser.CheckPostPrimaryExpressionOperators).
    ['$x.\n  M()', '$x.M()'],
    ['{ param($a) $a }', '{param($a) $a}'],
  ])('%j', (text, expected) => {
    expect(shape(text)).toBe(expected);
  });
});

describe('assignments', () => {
  it.each([
    ['$x = 1', '($x = 1:Int32)'],
    ['$x += 1', '($x += 1:Int32)'],
    ['$x -= 1', '($x -= 1:Int32)'],
    ['$x *= 2', '($x *= 2:Int32)'],
    ['$x /= 2', '($x /= 2:Int32)'],
    ['$x %= 2', '($x %= 2:Int32)'],
    ['$x.Prop = 1', '($x.Prop = 1:Int32)'],
    ['$h["k"] = 1', '($h["k"] = 1:Int32)'],
    ['$a, $b = 1, 2', '([$a, $b] = [1:Int32, 2:Int32])'],
    ['[int]$x = "5"', '([int]$x = "5")'],
    ['$x = Get-Foo -Name a | Select-Object -First 1', '($x = (Get-Foo -Name a) | (Select-Object -First 1:Int32))'],
    ['$x = if ($a) { 1 } else { 2 }', '($x = (if ($a) {1:Int32} else {2:Int32}))'],
    ['$x =\n  5', '($x = 5:Int32)'],
    ['$x = $y = 2', '($x = ($y = 2:Int32))'],
  ])('%j', (text, expected) => {
    expect(shape(text)).toBe(expected);
  });
});
