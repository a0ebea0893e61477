// Default formatting and the formatting cmdlets through the binary: reference §7 and §9.7, pwsh's
// Format-Table.Tests.ps1, Format-List.Tests.ps1, Out-String.Tests.ps1, ConvertTo-Json.Tests.ps1; the alignment rule is
// FormatViewGenerator_Table.cs ComputeDefaultAlignment (DefaultScalarTypes and enums right, everything else left).
// Console output has an empty line before a table or list and one after it; a string from Out-String is printed with
// one more newline after its own.
import { describe } from 'vitest';
import { runCases } from './cases.js';

/** The lines of a table or list as the console prints them: one empty line before and one after. */
const block = (...lines: string[]): string => `\n${lines.join('\n')}\n\n`;
// WebCmdletStrings.resx JsonMaxDepthReached
const depthWarning = (depth: number): string => `WARNING: Resulting JSON is truncated as serialization has exceeded the set depth of ${depth}.\n`;

describe('formatting', () => {
  runCases([
    // shape and alignment (§7, Format-Table.Tests.ps1 'header is shorter than column width with justification')
    { name: 'up to four properties make a table; a string column is left-aligned, a number right', command: "[pscustomobject]@{a = 'abc'; b = 123}", stdout: block('a     b', '-     -', 'abc 123') },
    { name: 'right/left: the number column pads its header on the left', command: "[pscustomobject]@{a = 123; b = 'abc'}", stdout: block('  a b', '  - -', '123 abc') },
    { name: 'right/right', command: '[pscustomobject]@{a = 123; b = 123}', stdout: block('  a   b', '  -   -', '123 123') },
    {
      name: 'columns are as wide as the widest value of the objects (Format-Table.Tests.ps1 implicit autosize)',
      command: "[pscustomobject]@{abc = '1234'; bcd = '123'}, [pscustomobject]@{abc = '1'; bcd = '1234'}",
      stdout: block('abc  bcd', '---  ---', '1234 123', '1    1234'),
    },
    { name: 'five properties make a list (PropertyCountForTable = 4)', command: '[pscustomobject]@{a = 1; b = 2; c = 3; d = 4; e = 5}', stdout: block('a : 1', 'b : 2', 'c : 3', 'd : 4', 'e : 5') },
    { name: 'list labels are padded to the longest label', command: "[pscustomobject]@{Name = 'x'; Quantity = 2} | Format-List", stdout: block('Name     : x', 'Quantity : 2') },
    {
      name: 'two objects in a list are separated by one empty line',
      command: "[pscustomobject]@{a = 1}, [pscustomobject]@{a = 2} | Format-List",
      stdout: '\na : 1\n\na : 2\n\n',
    },
    { name: 'booleans are right-aligned (DefaultScalarTypes)', command: "[pscustomobject]@{Name = 'x'; Ok = $true}", stdout: block('Name   Ok', '----   --', 'x    True') },
    { name: 'doubles in a table use two decimals (7.3 "F" format)', command: '[pscustomobject]@{Price = 1.5; Qty = 2}', stdout: block('Price Qty', '----- ---', ' 1.50   2') },
    {
      name: 'doubles and decimals in a list are not rounded (Format-List.Tests.ps1)',
      command: '[pscustomobject]@{double = [double]1234.56789; decimal = [decimal]4567.123456789} | Format-List',
      stdout: block('double  : 1234.56789', 'decimal : 4567.123456789'),
    },
    // values inside cells (§7 property value rendering)
    { name: 'a collection shows at most four elements, then U+2026 glued on', command: "[pscustomobject]@{Name = 'x'; Items = 1, 2, 3, 4, 5}", stdout: block('Name Items', '---- -----', 'x    {1, 2, 3, 4…}') },
    { name: 'four elements show no ellipsis', command: "[pscustomobject]@{Name = 'x'; Items = 1, 2, 3, 4}", stdout: block('Name Items', '---- -----', 'x    {1, 2, 3, 4}') },
    { name: '$FormatEnumerationLimit changes the limit', command: "$FormatEnumerationLimit = 2; [pscustomobject]@{Name = 'x'; Items = 1, 2, 3}", stdout: block('Name Items', '---- -----', 'x    {1, 2…}') },
    { name: 'a nested PSCustomObject shows as @{a=1; b=2}', command: "[pscustomobject]@{Name = 'x'; Info = [pscustomobject]@{a = 1; b = 2}}", stdout: block('Name Info', '---- ----', 'x    @{a=1; b=2}') },
    { name: 'a hashtable value shows its keys only', command: "[pscustomobject]@{Name = 'x'; Ctx = @{scope = 'shared'}}", stdout: block('Name Ctx', '---- ---', 'x    {scope}') },
    // hashtables (§9.7: the Name column is 30 wide)
    { name: 'a hashtable prints as a Name/Value table with a 30-wide Name column', command: '@{a = 1}', stdout: block(`${'Name'.padEnd(30)} Value`, `${'----'.padEnd(30)} -----`, `${'a'.padEnd(30)} 1`) },
    { name: 'an ordered dictionary keeps its order', command: '[ordered]@{b = 2; a = 1}', stdout: block(`${'Name'.padEnd(30)} Value`, `${'----'.padEnd(30)} -----`, `${'b'.padEnd(30)} 2`, `${'a'.padEnd(30)} 1`) },
    { name: 'Format-List of a hashtable with an array (Format-List.Tests.ps1)', command: '@{array = 0..255} | Format-List', stdout: block('Name  : array', 'Value : {0, 1, 2, 3…}') },
    // dates (§7, en-US)
    { name: 'a bare DateTime prints its long date and long time through its view, with the empty lines', command: "[datetime]'2024-01-02 15:04:05'", stdout: block('Tuesday, January 2, 2024 3:04:05 PM') },
    { name: 'a DateTime in a table is its short date and long time, left-aligned', command: "[pscustomobject]@{When = [datetime]'2024-01-02 15:04:05'; N = 1}", stdout: block('When                N', '----                -', '1/2/2024 3:04:05 PM 1') },
    // Format-Table
    { name: 'Format-Table -Property picks and orders columns', command: '[pscustomobject]@{a = 1; b = 2; c = 3} | Format-Table -Property c, a', stdout: block('c a', '- -', '3 1') },
    { name: 'Format-Table with a calculated property', command: "[pscustomobject]@{a = 1} | Format-Table @{ n = 'Double'; e = { $_.a * 2 } }", stdout: block('Double', '------', '     2') },
    { name: 'Format-Table on five properties still makes a table', command: '[pscustomobject]@{a = 1; b = 2; c = 3; d = 4; e = 5} | Format-Table', stdout: block('a b c d e', '- - - - -', '1 2 3 4 5') },
    { name: 'Format-List on one property', command: '[pscustomobject]@{a = 1; b = 2} | Format-List -Property b', stdout: block('b : 2') },
    // Out-String (Out-String.Tests.ps1)
    { name: 'Out-String joins the lines, each with a newline', command: "$s = 'a', ' b' | Out-String; $s.Replace(\"`n\", '|')", stdout: 'a| b|\n' },
    { name: 'Out-String -NoNewline joins without newlines', command: "'a', 'b' | Out-String -NoNewline", stdout: 'ab\n' },
    { name: 'Out-String -Stream returns one string per line', command: "('a', 'b' | Out-String -Stream).Count", stdout: '2\n' },
    {
      name: 'Out-String -NoNewline -Stream cannot be used together (AmbiguousParameterSet)',
      command: "'a', 'b' | Out-String -NoNewline -Stream",
      stderr: 'Out-String: Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.\n',
      exitCode: 1,
    },
    {
      name: 'Out-String -Width 200 keeps a 100-character value whole; printing the string adds a newline',
      command: "[pscustomobject]@{Id = 1; Text = 'x' * 100} | Out-String -Width 200",
      stdout: `\nId Text\n-- ----\n 1 ${'x'.repeat(100)}\n\n\n`,
    },
    // ConvertTo-Json (ConvertTo-Json.Tests.ps1, §7)
    { name: 'ConvertTo-Json indents with two spaces', command: "@{ 'abc' = \"'def'\" } | ConvertTo-Json", stdout: '{\n  "abc": "\'def\'"\n}\n' },
    { name: '-EscapeHandling EscapeHtml escapes quotes', command: "@{ 'abc' = \"'def'\" } | ConvertTo-Json -EscapeHandling EscapeHtml", stdout: '{\n  "abc": "\\u0027def\\u0027"\n}\n' },
    { name: '-Compress writes one line', command: "[pscustomobject]@{a = 1; b = 'x'; c = $null} | ConvertTo-Json -Compress", stdout: '{"a":1,"b":"x","c":null}\n' },
    { name: 'several inputs become one array', command: '1, $null, 2 | ConvertTo-Json -Compress', stdout: '[1,null,2]\n' },
    { name: 'one input is not wrapped in an array', command: '1 | ConvertTo-Json', stdout: '1\n' },
    { name: '-AsArray wraps one input', command: '1 | ConvertTo-Json -AsArray', stdout: '[\n  1\n]\n' },
    { name: 'enums are numbers ($ErrorActionPreference is ActionPreference.Continue = 2)', command: '[pscustomobject]@{Action = $ErrorActionPreference} | ConvertTo-Json -Compress', stdout: '{"Action":2}\n' },
    { name: '-EnumsAsStrings writes names', command: '[pscustomobject]@{Action = $ErrorActionPreference} | ConvertTo-Json -Compress -EnumsAsStrings', stdout: '{"Action":"Continue"}\n' },
    { name: 'a DateTime of unspecified kind has no suffix', command: "[datetime]'2024-06-15T10:30:00' | ConvertTo-Json", stdout: '"2024-06-15T10:30:00"\n' },
    {
      name: 'past -Depth 2 a PSCustomObject becomes its string, after one WARNING (§9.7)',
      command: "[pscustomobject]@{L1 = [pscustomobject]@{L2 = [pscustomobject]@{L3 = [pscustomobject]@{L4 = 'deep'}}}} | ConvertTo-Json",
      stdout: `${depthWarning(2)}{\n  "L1": {\n    "L2": {\n      "L3": "@{L4=deep}"\n    }\n  }\n}\n`,
    },
    {
      name: '-Depth 0 turns hashtables into their type name (ConvertTo-Json.Tests.ps1)',
      command: "[pscustomobject]@{FirstLevel1 = @{Child1_1 = 0}; Integer = 10; Bool = $false} | ConvertTo-Json -Depth 0",
      stdout: `${depthWarning(0)}{\n  "FirstLevel1": "System.Collections.Hashtable",\n  "Integer": 10,\n  "Bool": false\n}\n`,
    },
    // ConvertFrom-Json
    { name: 'ConvertFrom-Json makes a PSCustomObject; JSON numbers are right-aligned Int64', command: "'{\"a\":1,\"b\":[1,2]}' | ConvertFrom-Json", stdout: block('a b', '- -', '1 {1, 2}') },
    { name: 'ConvertFrom-Json values keep their types', command: "('{\"name\":\"x\",\"qty\":3}' | ConvertFrom-Json).qty + 1", stdout: '4\n' },
    { name: 'ConvertFrom-Json enumerates a top-level array', command: "('[1,2,3]' | ConvertFrom-Json | Measure-Object).Count", stdout: '3\n' },
    { name: 'ConvertFrom-Json -AsHashtable', command: "('{\"a\":{\"b\":1}}' | ConvertFrom-Json -AsHashtable).a.b", stdout: '1\n' },
    // Select-Object, Sort-Object, Measure-Object, Group-Object
    { name: 'Select-Object -First', command: '1..5 | Select-Object -First 2', stdout: '1\n2\n' },
    { name: 'Select-Object -Last', command: '1..5 | Select-Object -Last 2', stdout: '4\n5\n' },
    { name: 'Select-Object picks properties into a new table', command: '[pscustomobject]@{a = 1; b = 2; c = 3} | Select-Object a, c', stdout: block('a c', '- -', '1 3') },
    { name: 'Select-Object -ExpandProperty', command: "[pscustomobject]@{Name = 'x'}, [pscustomobject]@{Name = 'y'} | Select-Object -ExpandProperty Name", stdout: 'x\ny\n' },
    { name: 'Sort-Object sorts strings case-insensitively', command: "'b', 'C', 'a' | Sort-Object", stdout: 'a\nb\nC\n' },
    { name: 'Sort-Object -Descending', command: '3, 1, 2 | Sort-Object -Descending', stdout: '3\n2\n1\n' },
    { name: 'Sort-Object by a property', command: "[pscustomobject]@{n = 2}, [pscustomobject]@{n = 1} | Sort-Object n | ForEach-Object { $_.n }", stdout: '1\n2\n' },
    { name: 'Measure-Object -Sum', command: '(1..10 | Measure-Object -Sum).Sum', stdout: '55\n' },
    { name: 'Measure-Object -Average', command: '(1..10 | Measure-Object -Average).Average', stdout: '5.5\n' },
    { name: 'Group-Object counts, the Count column right-aligned', command: "'a', 'b', 'a' | Group-Object | Select-Object Name, Count", stdout: block('Name Count', '---- -----', 'a        2', 'b        1') },
  ]);
});
