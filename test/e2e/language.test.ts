// The PowerShell language subset of issue 3 through the binary: operators (about_Operators, about_Comparison_Operators,
// about_Arithmetic_Operators, about_Split/about_Join/about_Format), string expansion (about_Quoting_Rules; §9.7
// `"$li.Quantity"`), here-strings, hashtables, arrays, switch, loops, try/catch/finally, functions and scopes
// (about_Scopes), and parse errors with ParserStrings.resx texts and the ConciseView Line block (§4.3).
import { describe } from 'vitest';
import { customerId, lineBlock, runCases } from './cases.js';

/** A ParserError of -Command text as ConciseView prints it (see error-view.test.ts). */
const parseError = (line: number, text: string, column: number, width: number, message: string): string =>
  lineBlock('ParserError', '', line, text, column, width, message);

/** A partner's script: create a line item per JSON order, count successes and failures, print a summary. */
const ordersLoop = [
  `$orders = '[{"customer":"${customerId}","qty":2},{"customer":"not-a-guid","qty":1},{"customer":"${customerId}","qty":5}]' | ConvertFrom-Json`,
  '$created = 0; $failed = 0; $seats = 0',
  'foreach ($order in $orders) {',
  '  try {',
  "    $li = New-PartnerCustomerCartLineItem -BillingCycle Monthly -CatalogItemId 'CFQ7TTC0LH18:0001' -CustomerId $order.customer -Quantity $order.qty",
  '    $created += 1',
  '    $seats += $li.Quantity',
  '  } catch {',
  '    $failed += 1',
  '    "order for $($order.customer) failed: $($_.FullyQualifiedErrorId)"',
  '  }',
  '}',
  "'{0} created ({1} seats), {2} failed' -f $created, $seats, $failed",
].join('\n');

describe('language', () => {
  runCases([
    // arithmetic and assignment (about_Arithmetic_Operators, about_Assignment_Operators)
    { name: 'precedence: * before +', command: '1 + 2 * 3', stdout: '7\n' },
    { name: 'integer division gives a double', command: '7 / 2', stdout: '3.5\n' },
    { name: 'modulus', command: '7 % 3', stdout: '1\n' },
    { name: 'string times a number repeats it', command: "'ab' * 3", stdout: 'ababab\n' },
    { name: 'the left operand decides: string + number and number + string', command: "'a' + 1; 1 + '2'", stdout: 'a1\n3\n' },
    { name: '+= on numbers, strings and arrays', command: "$n = 5; $n += 2; $s = 'a'; $s += 'b'; $a = @(); $a += 1; $a += 2; $n; $s; $a.Count", stdout: '7\nab\n2\n' },
    { name: 'the range operator, both directions', command: '1..3; 3..1', stdout: '1\n2\n3\n3\n2\n1\n' },
    // comparison (about_Comparison_Operators)
    { name: '-eq is case-insensitive, -ceq is not', command: "'abc' -eq 'ABC'; 'abc' -ceq 'ABC'; 'abc' -ieq 'ABC'", stdout: 'True\nFalse\nTrue\n' },
    { name: 'a comparison with an array on the left filters it', command: '1, 2, 3, 2 -eq 2', stdout: '2\n2\n' },
    { name: 'the right operand is converted to the left type', command: "10 -gt '9'; '10' -gt '9'", stdout: 'True\nFalse\n' },
    { name: '-like and -notlike take wildcards', command: "'abc' -like 'a*'; 'abc' -notlike '*c'", stdout: 'True\nFalse\n' },
    { name: '-match fills $Matches', command: "'order-42' -match 'order-(\\d+)'; $Matches[1]", stdout: 'True\n42\n' },
    { name: '-notmatch', command: "'abc' -notmatch '^b'", stdout: 'True\n' },
    { name: '-contains, -in and -notin', command: '1, 2, 3 -contains 2; 2 -in 1, 2, 3; 4 -notin 1, 2, 3', stdout: 'True\nTrue\nTrue\n' },
    { name: '-ne, -ge, -le, -lt', command: '1 -ne 2; 2 -ge 2; 3 -le 2; 1 -lt 2', stdout: 'True\nTrue\nFalse\nTrue\n' },
    // logical (about_Logical_Operators)
    { name: '-and, -or, -xor, -not and !', command: '$true -and $false; $true -or $false; $true -xor $true; -not $true; !$false', stdout: 'False\nTrue\nFalse\nFalse\nTrue\n' },
    // -f, -join, -split, -replace
    { name: '-f with format items, alignment and numeric formats', command: "'{0} of {1}' -f 3, 5; '{0:N2}|{1,5}|{2:D3}' -f 1234.5, 42, 7", stdout: '3 of 5\n1,234.50|   42|007\n' },
    { name: '-join, binary and unary', command: "'a', 'b' -join ','; -join ('x', 'y')", stdout: 'a,b\nxy\n' },
    { name: '-split on a regex keeps empty trailing elements', command: "'a1b2' -split '\\d'", stdout: 'a\nb\n\n' },
    { name: '-replace with capture groups', command: "'hello' -replace 'l', 'L'; 'John Smith' -replace '(\\w+) (\\w+)', '$2, $1'", stdout: 'heLLo\nSmith, John\n' },
    // types (about_Type_Operators)
    { name: '-is and -as', command: "5 -is [int]; '5' -is [int]; '5' -as [int]; $null -eq ('x' -as [int])", stdout: 'True\nFalse\n5\nTrue\n' },
    { name: 'casts: [int] parses, [string] concatenates, a non-empty string is $true', command: "[int]'42' + 1; [string]42 + 1; [bool]'false'; [bool]0", stdout: '43\n421\nTrue\nFalse\n' },
    { name: 'member access and methods on strings', command: "'abc'.Length; 'abc'.ToUpper(); '  x '.Trim(); 'a,b'.Split(',').Count", stdout: '3\nABC\nx\n2\n' },
    { name: 'a property of $null is $null, not an error', command: "$x = $null; $x.Foo; 'ok'", stdout: 'ok\n' },
    // strings (about_Quoting_Rules)
    { name: '"$li.Quantity" expands only $li (§9.7)', command: '$li = [pscustomobject]@{Quantity = 3}; "$li.Quantity"', stdout: '@{Quantity=3}.Quantity\n' },
    { name: '$() expands an expression', command: '$li = [pscustomobject]@{Quantity = 3}; "$($li.Quantity) seats, $(1 + 1) carts"', stdout: '3 seats, 2 carts\n' },
    { name: 'single quotes do not expand; doubled quotes escape', command: "$name = 'x'; 'single $name'; 'it''s'; \"say \"\"hi\"\"\"", stdout: 'single $name\nit\'s\nsay "hi"\n' },
    { name: '${name} delimits a variable name', command: "$name = 'cart'; \"${name}s\"", stdout: 'carts\n' },
    { name: 'backtick escapes: `t, `n, `$', command: '"a`tb"; "one`ntwo"; "`$x"', stdout: 'a\tb\none\ntwo\n$x\n' },
    { name: 'an array expands joined by $OFS (a space by default)', command: "$a = 1, 2, 3; \"$a\"; $OFS = '-'; \"$a\"", stdout: '1 2 3\n1-2-3\n' },
    { name: '$env: variables', command: '"home is $env:PCSH_E2E_VALUE"', options: { env: { PCSH_E2E_VALUE: 'here' } }, stdout: 'home is here\n' },
    { name: 'an expandable here-string', command: "$name = 'Contoso'\n@\"\nCustomer: $name\nLines: $(1 + 1)\n\"@", stdout: 'Customer: Contoso\nLines: 2\n' },
    { name: 'a literal here-string', command: "@'\n$name stays\n\"quotes\" too\n'@", stdout: '$name stays\n"quotes" too\n' },
    // hashtables and arrays (about_Hash_Tables, about_Arrays)
    { name: 'hashtable keys by dot and by index; Count', command: "$h = @{ a = 1; 'b c' = 2 }; $h.a; $h['b c']; $h.Count", stdout: '1\n2\n2\n' },
    {
      name: 'a hashtable literal over several lines, then new keys and ContainsKey',
      command: "$ctx = @{\n  duration = '1Year'\n  scope = 'shared'\n}\n$ctx.term = 'P1Y'\n$ctx.Count; $ctx.ContainsKey('scope'); $ctx['term']",
      stdout: '3\nTrue\nP1Y\n',
    },
    { name: 'array indexing, negative index, slices and Count', command: '$a = 10, 20, 30; $a[0]; $a[-1]; $a[1..2]; $a.Count', stdout: '10\n30\n20\n30\n3\n' },
    { name: '@() always makes an array; unary comma wraps one', command: '@(1).Count; @().Count; (,1).Count; @(1, 2).Count', stdout: '1\n0\n1\n2\n' },
    // control flow (about_If, about_Foreach, about_While, about_For, about_Switch, about_Try_Catch_Finally)
    { name: 'if / elseif / else', command: "$q = 5; if ($q -gt 10) { 'big' } elseif ($q -gt 1) { 'some' } else { 'one' }", stdout: 'some\n' },
    { name: 'foreach with continue and break', command: 'foreach ($i in 1..5) { if ($i -eq 2) { continue }; if ($i -eq 4) { break }; $i }', stdout: '1\n3\n' },
    { name: 'while', command: '$i = 0; while ($i -lt 3) { $i; $i += 1 }', stdout: '0\n1\n2\n' },
    { name: 'for', command: 'for ($i = 0; $i -lt 3; $i++) { "n$i" }', stdout: 'n0\nn1\nn2\n' },
    { name: 'switch on a plain value with default', command: "switch ('Monthly') { 'Annual' { 'A' } 'Monthly' { 'M' } default { '?' } }", stdout: 'M\n' },
    { name: 'switch over an array runs once per element; $_ is the element', command: "switch (1, 2, 3) { 2 { 'two' } default { \"n$_\" } }", stdout: 'n1\ntwo\nn3\n' },
    { name: 'switch -Wildcard', command: "switch -Wildcard ('DG7GMGF0DWTL:0001') { 'DG7*' { 'reservation' } default { 'other' } }", stdout: 'reservation\n' },
    { name: 'try / catch / finally; $_ is the error', command: "try { throw 'nope' } catch { \"caught $_\" } finally { 'cleanup' }", stdout: 'caught nope\ncleanup\n' },
    { name: 'catch by exception type', command: 'try { $z = 0; 1 / $z } catch [System.DivideByZeroException] { \'divide\' } catch { \'other\' }', stdout: 'divide\n' },
    { name: 'a statement-terminating error inside try is caught', command: "try { Get-Nope } catch { $_.FullyQualifiedErrorId }", stdout: 'CommandNotFoundException\n' },
    // pipelines, $_ and $PSItem
    { name: 'Where-Object with $_ and ForEach-Object with $PSItem', command: '1..5 | Where-Object { $_ -gt 3 } | ForEach-Object { $PSItem * 10 }', stdout: '40\n50\n' },
    { name: 'Where-Object simplified syntax', command: "[pscustomobject]@{s = 'Active'}, [pscustomobject]@{s = 'Ordered'} | Where-Object s -eq 'Ordered' | ForEach-Object s", stdout: 'Ordered\n' },
    // functions and scopes (about_Functions, about_Scopes)
    { name: 'a function with positional parameters', command: 'function Add-Two($a, $b) { $a + $b }; Add-Two 2 3', stdout: '5\n' },
    { name: 'return leaves the function; earlier output is kept', command: "function f { 'first'; return 'second'; 'never' }; f", stdout: 'first\nsecond\n' },
    { name: 'assignment in a function makes a local variable', command: '$x = 1; function f { $x = 2; "in $x" }; f; "out $x"', stdout: 'in 2\nout 1\n' },
    { name: '$script: writes the script scope', command: '$x = 1; function f { $script:x = 2 }; f; $x', stdout: '2\n' },
    { name: '$global: writes the global scope', command: 'function f { $global:g = 5 }; f; $g', stdout: '5\n' },
    { name: 'a child scope reads the parent variable', command: '$rate = 3; function f { $rate * 2 }; f', stdout: '6\n' },
    { name: '$PSBoundParameters holds what was bound', command: 'function f { param($a, $b) $PSBoundParameters.Count; $PSBoundParameters.ContainsKey(\'b\') }; f -a 1', stdout: '1\nFalse\n' },
    { name: '$args holds the unbound arguments of a simple function', command: 'function f { $args.Count; $args[1] }; f x y z', stdout: '3\ny\n' },
    { name: '${a b} names a variable with a space', command: '${a b} = 4; ${a b} + 1', stdout: '5\n' },
    // lexical details
    { name: 'comments, block comments and backtick line continuation', command: "# a comment\n<# a block\ncomment #> Write-Output `\n  'continued'", stdout: 'continued\n' },
    { name: 'numbers: hex, multipliers, doubles', command: '0x10; 1kb; 1.5e2', stdout: '16\n1024\n150\n' },
    { name: '$true, $false and $null', command: '$true; $false; $null; "[$null]"', stdout: 'True\nFalse\n[]\n' },
    // a partner script
    {
      name: 'a loop over JSON orders with try/catch per order and a -f summary line',
      command: ordersLoop,
      stdout: `order for not-a-guid failed: ParameterArgumentValidationError,Microsoft.Store.PartnerCenter.PowerShell.Commands.NewPartnerCustomerCartLineItem\n2 created (7 seats), 1 failed\n`,
    },
    // parse errors (ParserStrings.resx; extents from Parser.cs / tokenizer.cs)
    {
      name: 'foreach without ( reports MissingOpenParenthesisAfterKeyword after the keyword',
      command: 'foreach abc',
      stderr: parseError(1, 'foreach abc', 8, 0, "Missing opening '(' after keyword 'foreach'."),
      exitCode: 1,
    },
    {
      name: 'an unclosed ( reports MissingEndParenthesisInExpression after the pipeline',
      command: '$x = (1 + 2',
      stderr: parseError(1, '$x = (1 + 2', 12, 0, "Missing closing ')' in expression."),
      exitCode: 1,
    },
    {
      name: 'an unterminated string is marked from its quote to the end',
      command: "Write-Output 'abc",
      stderr: parseError(1, "Write-Output 'abc", 14, 4, "The string is missing the terminator: '."),
      exitCode: 1,
    },
    {
      name: 'if without a block reports MissingStatementBlock at the )',
      command: 'if ($true)',
      stderr: parseError(1, 'if ($true)', 10, 1, 'Missing statement block after if ( condition ).'),
      exitCode: 1,
    },
  ]);
});
