// Error views, traced through pwsh 7.5's ErrorInstance view (PowerShellCore_format_ps1xml.cs) and the examples
// of powershell-semantics.md §4.3 / §9.6 and engine/Formatting/ErrorView.Tests.ps1.
import { describe, expect, it } from 'vitest';
import { formatErrorRecord, renderErrorView, type ErrorViewOptions } from '../../src/format/error-view.js';
import { ErrorRecord } from '../../src/engine/errors.js';
import { GetItem, extentAt, extentOf, record } from './fixtures.js';

const plain: ErrorViewOptions = { width: 80, color: false };
const E = '\x1b[31;1m'; // $PSStyle.Formatting.Error
const A = '\x1b[36;1m'; // $PSStyle.Formatting.ErrorAccent
const R = '\x1b[0m';

const fooText = 'Get-Item -Foo';
const namedParameterNotFound = (): ErrorRecord =>
  record({
    message: "A parameter cannot be found that matches parameter name 'Foo'.",
    errorId: 'NamedParameterNotFound',
    category: 'InvalidArgument',
    exceptionType: 'System.Management.Automation.ParameterBindingException',
    command: GetItem,
    extent: extentOf(fooText, '-Foo'),
  });

const scriptText = '$a = 1\nGet-Item /nope\n';
const notFound = (file?: string): ErrorRecord =>
  record({
    message: "Cannot find path '/nope' because it does not exist.",
    errorId: 'PathNotFound',
    category: 'ObjectNotFound',
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
    target: '/nope',
    command: GetItem,
    extent: extentOf(scriptText, 'Get-Item /nope', file),
  });

const parseError = (): ErrorRecord =>
  record({
    message: "You must provide a value expression following the '+' operator.",
    errorId: 'ExpectedValueExpression',
    category: 'ParserError',
    exceptionType: 'System.Management.Automation.ParentContainsErrorRecordException',
    extent: extentAt('1 +', 3, 3),
  });

const thrown = (): ErrorRecord =>
  record({ message: 'boom', errorId: 'boom', category: 'OperationStopped', target: 'boom', extent: extentOf("throw 'boom'", "throw 'boom'"), thrown: true });

describe('ConciseView', () => {
  it.each<[string, () => ErrorRecord, ErrorViewOptions, string]>([
    // one line of command text: no line block (§4.3 "Get-Item: A parameter cannot be found...")
    ['binder error on one line', namedParameterNotFound, plain, "Get-Item: A parameter cannot be found that matches parameter name 'Foo'."],
    ['colour: reason and message in Formatting.Error', namedParameterNotFound, { width: 80, color: true },
      `${E}Get-Item: ${E}A parameter cannot be found that matches parameter name 'Foo'.${R}`],
    // a throw statement's reason is "Exception"
    ['throw', thrown, plain, 'Exception: boom'],
    // line 2 of -Command text: header is just a newline, so the first line ends with ": " (§9.6); no wrapping
    ['statement on line 2 of the command text', () => notFound(), plain,
      "Get-Item: \nLine |\n   2 |  Get-Item /nope\n     |  ~~~~~~~~~~~~~~\n     | Cannot find path '/nope' because it does not exist."],
    ['script file: header is path:line', () => notFound('/tmp/t.ps1'), plain,
      "Get-Item: /tmp/t.ps1:2\nLine |\n   2 |  Get-Item /nope\n     |  ~~~~~~~~~~~~~~\n     | Cannot find path '/nope' because it does not exist."],
    ['TERM_PROGRAM=vscode adds the column', () => notFound('/tmp/t.ps1'), { ...plain, termProgram: 'vscode' },
      "Get-Item: /tmp/t.ps1:2:1\nLine |\n   2 |  Get-Item /nope\n     |  ~~~~~~~~~~~~~~\n     | Cannot find path '/nope' because it does not exist."],
    // `pwsh -c '1 +'`
    ['parse error', parseError, plain,
      "ParserError: \nLine |\n   1 |  1 +\n     |     ~\n     | You must provide a value expression following the '+' operator."],
    ['script module: no line block', () => {
      const r = notFound('/tmp/m.psm1');
      return r;
    }, plain, "Get-Item: Cannot find path '/nope' because it does not exist."],
    // 7.5: RecommendedAction on its own line
    ['RecommendedAction', () => record({ message: 'TestError', errorId: 'Microsoft.PowerShell.Commands.WriteErrorException', category: 'NotSpecified',
      command: { name: 'Write-Error', commandType: 'Cmdlet', implementingType: 'Microsoft.PowerShell.Commands.WriteErrorCommand' },
      extent: extentOf("Write-Error -Message 'TestError' -RecommendedAction 'TestAction'", 'Write-Error'),
      details: { recommendedAction: 'TestAction' } }), plain, 'Write-Error: TestError\n  Recommendation: TestAction'],
    ['ErrorDetails.Message replaces the exception message', () => record({ message: 'inner', errorId: 'X', category: 'InvalidData',
      command: GetItem, details: { message: 'Shown instead.' } }), plain, 'Get-Item: Shown instead.'],
    // no command: the category is the reason (ErrorView.Tests.ps1 'InvalidOperation:*')
    ['no command: category', () => record({ message: 'Collection was modified.', errorId: 'BadEnumeration', category: 'InvalidOperation' }),
      plain, 'InvalidOperation: Collection was modified.'],
    // NotSpecified is skipped: the exception type name is the reason
    ['no command, NotSpecified: exception type', () => record({ message: 'x', errorId: 'X', category: 'NotSpecified',
      exceptionType: 'System.ArgumentException' }), plain, 'ArgumentException: x'],
    ['a script block (not a command) uses the activity', () => {
      const r = record({ message: 'myError', errorId: 'X', category: 'NotSpecified', command: { name: '', commandType: 'Script' } });
      r.categoryActivity = 'Write-Error';
      return r;
    }, plain, 'Write-Error: myError'],
    // native command stderr lines are printed as they are
    ['native command error', () => record({ message: 'ls: cannot access', errorId: 'NativeCommandError', category: 'NotSpecified' }),
      plain, 'ls: cannot access'],
  ])('%s', (_name, make, options, expected) => {
    expect(formatErrorRecord(make(), options)).toBe(expected);
  });

  it('keeps the trailing empty line in the raw view (Out-String) and drops it for the console', () => {
    const r = parseError();
    expect(renderErrorView(r, plain)).toBe(
      "ParserError: \nLine |\n   1 |  1 +\n     |     ~\n     | You must provide a value expression following the '+' operator.\n",
    );
  });

  it('takes a pre-rendered parse message after its tilde line', () => {
    const r = record({ message: "At line:1 char:4\n+ 1 +\n+    ~\nYou must provide a value expression following the '+' operator.\n\nAt line:2 char:1\n+ x\n+ ~\nOther.",
      errorId: 'ExpectedValueExpression', category: 'ParserError',
      exceptionType: 'System.Management.Automation.ParentContainsErrorRecordException', extent: extentAt('1 +', 3, 3) });
    expect(formatErrorRecord(r, plain).split('\n').at(-1)).toBe("     | You must provide a value expression following the '+' operator.");
  });

  it('wraps a long script message at the window width, cutting at the last space', () => {
    const words = Array.from({ length: 30 }, () => 'word');
    const r = record({ message: words.join(' '), errorId: 'X', category: 'InvalidData', command: GetItem,
      extent: extentOf('a\nb\nGet-Item x', 'Get-Item', '/s.ps1') });
    const fourteen = words.slice(0, 14).join(' ');
    expect(formatErrorRecord(r, plain)).toBe(
      `Get-Item: /s.ps1:3\nLine |\n   3 |  Get-Item x\n     |  ~~~~~~~~\n     | ${fourteen}\n     | ${fourteen}\n     | word word`,
    );
  });

  it('pads the gutter for five-digit line numbers', () => {
    const text = `${'\n'.repeat(12344)}Get-Item x`;
    const r = record({ message: 'm', errorId: 'X', category: 'InvalidData', command: GetItem, extent: extentOf(text, 'Get-Item', '/s.ps1') });
    expect(formatErrorRecord(r, plain)).toBe(' Line |\n12345 |  Get-Item x\n      |  ~~~~~~~~\n      | m'.replace(/^/, 'Get-Item: /s.ps1:12345\n'));
  });

  it('colours the gutter with ErrorAccent and the failing code with ErrorAccent, as the view script does', () => {
    // Each console line restarts with the sequences seen so far (ComplexWriter SplitLines), and lines that used
    // VT end with a reset; the last, VT-only line is dropped by the host.
    expect(formatErrorRecord(notFound('/tmp/t.ps1'), { width: 80, color: true }).split('\n')).toEqual([
      `${E}Get-Item: ${R}/tmp/t.ps1:2${R}`,
      `${E}${R}${A}Line |${R}`,
      `${E}${R}${A}${A}   2 | ${R} ${A}Get-Item /nope${R}`,
      `${E}${R}${A}${A}${R}${A}${R}${A}     | ${E} ~~~~~~~~~~~~~~${R}`,
      `${E}${R}${A}${A}${R}${A}${R}${A}${E}${E}${A}     | ${E}Cannot find path '/nope' because it does not exist.${R}`,
    ]);
  });
});

describe('NormalView', () => {
  it.each<[string, () => ErrorRecord, string]>([
    // §4.3's derived example
    ['binder error', namedParameterNotFound,
      "Get-Item : A parameter cannot be found that matches parameter name 'Foo'.\nAt line:1 char:10\n+ Get-Item -Foo\n+          ~~~~\n" +
      '+ CategoryInfo          : InvalidArgument: (:) [Get-Item], ParameterBindingException\n' +
      '+ FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.PowerShell.Commands.GetItemCommand'],
    // an alias is not expanded: the prefix is the invocation name
    ['invocation name as typed', () => {
      const r = namedParameterNotFound();
      r.invocationInfo = { ...r.invocationInfo!, invocationName: 'gi' };
      return r;
    }, "gi : A parameter cannot be found that matches parameter name 'Foo'.\nAt line:1 char:10\n+ Get-Item -Foo\n+          ~~~~\n" +
      '+ CategoryInfo          : InvalidArgument: (:) [Get-Item], ParameterBindingException\n' +
      '+ FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.PowerShell.Commands.GetItemCommand'],
    ['throw with no command', thrown,
      "boom\nAt line:1 char:1\n+ throw 'boom'\n+ ~~~~~~~~~~~~\n+ CategoryInfo          : OperationStopped: (boom:String) [], RuntimeException\n+ FullyQualifiedErrorId : boom"],
    // a parse error with no command has no position message in NormalView
    ['parse error', parseError,
      "You must provide a value expression following the '+' operator.\n+ CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException\n+ FullyQualifiedErrorId : ExpectedValueExpression"],
  ])('%s', (_name, make, expected) => {
    expect(formatErrorRecord(make(), { ...plain, view: 'NormalView' })).toBe(expected);
  });

  it('colours the prefix and the text in Formatting.Error', () => {
    expect(formatErrorRecord(thrown(), { width: 80, color: true, view: 'NormalView' }).split('\n')[0]).toBe(`${E}${E}boom${R}`);
  });
});

describe('CategoryView', () => {
  it.each<[string, () => ErrorRecord, string]>([
    ['binder error', namedParameterNotFound, 'InvalidArgument: (:) [Get-Item], ParameterBindingException'],
    ['target and type', () => notFound(), 'ObjectNotFound: (/nope:String) [Get-Item], ItemNotFoundException'],
  ])('%s', (_name, make, expected) => {
    expect(formatErrorRecord(make(), { ...plain, view: 'CategoryView' })).toBe(expected);
  });
});

describe('DetailedView', () => {
  it('lists the record with names padded to the longest', () => {
    const lines = formatErrorRecord(thrown(), { ...plain, view: 'DetailedView' }).split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Exception             : ',
      '    Type                        : System.Management.Automation.RuntimeException',
      '    WasThrownFromThrowStatement : True',
      '    Message                     : boom',
      'TargetObject          : boom',
    ]);
  });
});
