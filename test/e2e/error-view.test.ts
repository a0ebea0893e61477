// Error rendering through the binary: reference §4.2-4.3 and §9.6. ConciseView follows the ErrorInstance view in
// PowerShellCore_format_ps1xml.cs (Get-ConciseViewPositionMessage): the reason, then either the message or, for parse
// errors, script files and lines after the first of -Command text, a `Line |` block built from the PositionMessage
// (engine/parser/Position.cs VerboseMessage). pwsh's ErrorView.Tests.ps1 and Write-Error.Tests.ps1 back the rows.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { freshHome } from '../helpers/pcsh.js';
import { lineBlock, runCases } from './cases.js';

const dir = freshHome();
const script = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const missing = '/nonexistent/pcsh-e2e.txt';
// SessionStateStrings.resx PathNotFound
const notFound = `Cannot find path '${missing}' because it does not exist.`;
const getContent = `Get-Content ${missing}`;
const newCart = 'New-PartnerCustomerCart';
const cartType = 'Microsoft.Store.PartnerCenter.PowerShell.Commands.NewPartnerCustomerCart';
const namedNotFound = "A parameter cannot be found that matches parameter name 'Bogus'.";
// ParserStrings.resx
const missingCurly = "Missing closing '}' in statement block or type definition.";

const runtimeScript = script('runtime.ps1', "'start'\n$null.Foo()\n'end'\n");
const parseScript = script('parse.ps1', "'never printed'\nif ($true) {\n");
const bindingScript = script('binding.ps1', `${newCart} -Bogus 1\n'after'\n`);
const nestedScript = script('nested.ps1', `function Get-Thing {\n  ${getContent}\n}\nGet-Thing\n`);
const throwScript = script('throw.ps1', "function Stop-Order {\n  throw 'order failed'\n}\n'before'\nStop-Order\n'after'\n");

describe('error view', () => {
  runCases([
    { name: '$ErrorView defaults to ConciseView (ErrorView.Tests.ps1)', command: '$ErrorView', stdout: 'ConciseView\n' },
    // single line: `<reason>: <message>`
    { name: 'a cmdlet error on one line is one line of text (ErrorView.Tests.ps1)', command: getContent, stderr: `Get-Content: ${notFound}\n`, exitCode: 1 },
    { name: 'throw gives the reason Exception', command: "throw 'boom'", stderr: 'Exception: boom\n', exitCode: 1 },
    { name: 'a method call on $null is InvalidOperation (the category)', command: '$null.Foo()', stderr: 'InvalidOperation: You cannot call a method on a null-valued expression.\n', exitCode: 1 },
    {
      name: 'a missing method is InvalidOperation',
      command: '$x = 1; $x.Nope()',
      stderr: "InvalidOperation: Method invocation failed because [System.Int32] does not contain a method named 'Nope'.\n",
      exitCode: 1,
    },
    { name: 'division by zero has category NotSpecified, so the reason is RuntimeException', command: '$a = 0; 1 / $a', stderr: 'RuntimeException: Attempted to divide by zero.\n', exitCode: 1 },
    {
      name: 'a failed cast is InvalidArgument with .NET 8\'s inner text (§1.5)',
      command: "[int]'abc'",
      stderr: "InvalidArgument: Cannot convert value \"abc\" to type \"System.Int32\". Error: \"The input string 'abc' was not in a correct format.\"\n",
      exitCode: 1,
    },
    { name: 'Write-Error at the top level: the reason is CategoryInfo.Activity (ErrorView.Tests.ps1)', command: 'Write-Error myError', stderr: 'Write-Error: myError\n', exitCode: 1 },
    { name: '-CategoryActivity replaces the reason', command: 'Write-Error -Message fooMessage -CategoryActivity fooAct', stderr: 'fooAct: fooMessage\n', exitCode: 1 },
    {
      name: 'RecommendedAction adds the 7.5 Recommendation line (ErrorView.Tests.ps1)',
      command: "Write-Error -Message 'TestError' -RecommendedAction 'TestAction'",
      stderr: 'Write-Error: TestError\n  Recommendation: TestAction\n',
      exitCode: 1,
    },
    // multi-line -Command: an empty header, then the Line block (§9.6)
    {
      name: 'a cmdlet error on line 2 of -Command text gets a Line block under the whole command',
      command: `'one'\n${getContent}`,
      stdout: 'one\n',
      stderr: lineBlock('Get-Content', '', 2, getContent, 1, getContent.length, notFound),
      exitCode: 1,
    },
    {
      name: 'a binding error on line 2 puts the tildes under the parameter',
      command: `'one'\n${newCart} -Bogus 1`,
      stdout: 'one\n',
      stderr: lineBlock(newCart, '', 2, `${newCart} -Bogus 1`, newCart.length + 2, '-Bogus'.length, namedNotFound),
      exitCode: 1,
    },
    { name: 'throw on line 2 marks the throw statement', command: "'one'\nthrow 'boom'", stdout: 'one\n', stderr: lineBlock('Exception', '', 2, "throw 'boom'", 1, "throw 'boom'".length, 'boom'), exitCode: 1 },
    {
      name: '-ErrorAction Stop on line 2 shows the original record in the block and ends the script',
      command: `'one'\n${getContent} -ErrorAction Stop\n'after'`,
      stdout: 'one\n',
      stderr: lineBlock('Get-Content', '', 2, `${getContent} -ErrorAction Stop`, 1, `${getContent} -ErrorAction Stop`.length, notFound),
      exitCode: 1,
    },
    {
      name: 'Write-Error carries the caller\'s invocation (line 0 at the top level), so no Line block (Write.cs)',
      command: "'one'\nWrite-Error two",
      stdout: 'one\n',
      stderr: 'Write-Error: two\n',
      exitCode: 1,
    },
    // parse errors: ParserError with a Line block even on line 1 (ErrorView.Tests.ps1 'Parser error shows line information')
    { name: 'a missing closing brace marks the opening one', command: 'if ($true) {', stderr: lineBlock('ParserError', '', 1, 'if ($true) {', 12, 1, missingCurly), exitCode: 1 },
    {
      name: '-Name: with nothing after it is ParameterRequiresArgument, the text keeps the colon (Parsing.Tests.ps1)',
      command: 'Write-Output -InputObject:',
      stderr: lineBlock('ParserError', '', 1, 'Write-Output -InputObject:', 'Write-Output -InputObject:'.length + 1, 0, 'Parameter -InputObject: requires an argument.'),
      exitCode: 1,
    },
    { name: 'a binary operator with nothing after it', command: '1 +', stderr: lineBlock('ParserError', '', 1, '1 +', 4, 0, "You must provide a value expression following the '+' operator."), exitCode: 1 },
    {
      name: 'nothing runs when the text does not parse',
      command: "'first'\n$x = ",
      stderr: lineBlock('ParserError', '', 2, '$x =', 5, 0, "You must provide a value expression following the '=' operator."),
      exitCode: 1,
    },
    // -File: the header is <path>:<line>
    {
      name: 'a runtime error in a script names the file and line; the script goes on and exits 0',
      args: ['-NonInteractive', '-File', runtimeScript],
      stdout: 'start\nend\n',
      stderr: lineBlock('InvalidOperation', `${runtimeScript}:2`, 2, '$null.Foo()', 1, '$null.Foo()'.length, 'You cannot call a method on a null-valued expression.'),
    },
    {
      name: 'a parse error in a script names the file and line; nothing runs; exit 1 (ErrorView.Tests.ps1)',
      args: ['-NonInteractive', '-File', parseScript],
      stderr: lineBlock('ParserError', `${parseScript}:2`, 2, 'if ($true) {', 12, 1, missingCurly),
      exitCode: 1,
    },
    {
      name: 'a binding error in a script is statement-terminating',
      args: ['-NonInteractive', '-File', bindingScript],
      stdout: 'after\n',
      stderr: lineBlock(newCart, `${bindingScript}:1`, 1, `${newCart} -Bogus 1`, newCart.length + 2, '-Bogus'.length, namedNotFound),
    },
    {
      name: 'an error inside a function shows the line inside the function, indentation kept',
      args: ['-NonInteractive', '-File', nestedScript],
      stderr: lineBlock('Get-Content', `${nestedScript}:2`, 2, `  ${getContent}`, 3, getContent.length, notFound),
    },
    {
      name: 'throw inside a function ends the script with exit 1',
      args: ['-NonInteractive', '-File', throwScript],
      stdout: 'before\n',
      stderr: lineBlock('Exception', `${throwScript}:2`, 2, "  throw 'order failed'", 3, "throw 'order failed'".length, 'order failed'),
      exitCode: 1,
    },
    // NormalView and CategoryView (§4.3)
    {
      name: 'NormalView: prefix, PositionMessage, CategoryInfo and FQID with unindented + lines (§4.3, §9.6)',
      command: `$ErrorView = 'NormalView'\n${newCart} -Bogus 1`,
      stderr: [
        `${newCart} : ${namedNotFound}`,
        `At line:2 char:${newCart.length + 2}`,
        `+ ${newCart} -Bogus 1`,
        `+ ${' '.repeat(newCart.length + 1)}~~~~~~`,
        `+ CategoryInfo          : InvalidArgument: (:) [${newCart}], ParameterBindingException`,
        `+ FullyQualifiedErrorId : NamedParameterNotFound,${cartType}`,
        '',
      ].join('\n'),
      exitCode: 1,
    },
    {
      name: 'CategoryView prints CategoryInfo.GetMessage() only',
      command: `$ErrorView = 'CategoryView'; ${newCart} -Bogus 1`,
      stderr: `InvalidArgument: (:) [${newCart}], ParameterBindingException\n`,
      exitCode: 1,
    },
    { name: 'CategoryView of Write-Error (Write-Error.Tests.ps1)', command: "$ErrorView = 'CategoryView'; Write-Error myerrortext", stderr: 'NotSpecified: (:) [Write-Error], WriteErrorException\n', exitCode: 1 },
    {
      name: 'CategoryView with a target: (TargetName:TargetType)',
      command: "$ErrorView = 'CategoryView'; Write-Error -Message x -Category InvalidData -TargetObject 'cart-1'",
      stderr: 'InvalidData: (cart-1:String) [Write-Error], WriteErrorException\n',
      exitCode: 1,
    },
    {
      name: 'CategoryView with every category override (Write-Error.Tests.ps1)',
      command: "$ErrorView = 'CategoryView'; Write-Error -Message fooMessage -CategoryActivity fooAct -CategoryReason fooReason -CategoryTargetName fooTargetName -CategoryTargetType fooTargetType",
      stderr: 'NotSpecified: (fooTargetName:fooTargetType) [fooAct], fooReason\n',
      exitCode: 1,
    },
  ]);
});
