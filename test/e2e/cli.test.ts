// pcsh's command line and exit codes: pwsh's switch rules and texts (CommandLineParameterParser.cs,
// CommandLineParameterParserStrings.resx), exit codes as pwsh (-Command: 1 when the last statement failed or a
// terminating error occurred; -File: the script's `exit N`, 1 on a terminating error; 64 for a bad command line).
import { describe } from 'vitest';
import { usageText } from '../../src/host/usage.js';
import { notRecognized, runCases, scriptDir, writeScript } from './cases.js';

const dir = scriptDir;
const exit4 = writeScript('exit4.ps1', ['"before"', 'exit 4', '"after"']);
const lastFails = writeScript('last-fails.ps1', ['Write-Output ok', 'Write-Error late']);
const throws = writeScript('throws.ps1', ['throw "stop here"', '"after"']);
const params = writeScript('params.ps1', ['param($First, $Second)', '"$First-$Second"', '"rest: $($args.Count)"']);
const scriptRoot = writeScript('root.ps1', ['$PSScriptRoot']);
const encoded = Buffer.from('Write-Output encoded', 'utf16le').toString('base64');

describe('command line', () => {
  runCases([
    { name: '-Command runs text and exits 0', command: 'Write-Output 1; "two"', stdout: '1\ntwo\n' },
    { name: '-c is -Command (shortest unambiguous form)', args: ['-c', '"short"'], stdout: 'short\n' },
    { name: '-Command joins the rest of the arguments', args: ['-Command', 'Write-Output', 'a', 'b'], stdout: 'a\nb\n' },
    { name: 'switch names are case-insensitive prefixes', args: ['-noni', '-COMMAND', '"x"'], stdout: 'x\n' },
    { name: '--command works like -command (pwsh drops a second dash)', args: ['--command', '"dashes"'], stdout: 'dashes\n' },
    { name: 'exit N sets the exit code', command: '"a"; exit 7; "b"', stdout: 'a\n', exitCode: 7 },
    { name: 'a failing last statement exits 1', command: 'Write-Error x', stderr: 'Write-Error: x\n', exitCode: 1 },
    { name: 'a failure followed by a success exits 0', command: 'Write-Error x; "ok"', stdout: 'ok\n', stderr: 'Write-Error: x\n' },
    { name: 'an unknown command is statement-terminating, the script goes on', command: 'Get-Nope; "ok"', stdout: 'ok\n', stderr: `Get-Nope: ${notRecognized('Get-Nope')}\n` },
    { name: 'throw is script-terminating and exits 1', command: 'throw "boom"; "after"', stderr: 'Exception: boom\n', exitCode: 1 },
    { name: '-Command - reads the script from stdin', args: ['-NonInteractive', '-Command', '-'], options: { input: '"from stdin"\n' }, stdout: 'from stdin\n' },
    { name: '-EncodedCommand takes base64 UTF-16LE text', args: ['-EncodedCommand', encoded], stdout: 'encoded\n' },
    { name: 'any other first argument is a command line', args: ['Write-Output', 'hello'], stdout: 'hello\n' },
    { name: 'the Node-style form maps --kebab-case flags onto parameters', args: ['write-output', '--input-object', 'hi'], stdout: 'hi\n' },
    { name: '-OutputFormat Json writes one JSON value per line', args: ['-OutputFormat', 'Json', '-Command', "[pscustomobject]@{a=1; b='x'}; 'text'"], stdout: '{"a":1,"b":"x"}\n"text"\n' },
    { name: '-File exits with the script\'s exit code', args: ['-File', exit4], stdout: 'before\n', exitCode: 4 },
    { name: '-File exits 0 even when the last statement failed', args: ['-File', lastFails], stdout: 'ok\n', stderr: 'Write-Error: late\n' },
    { name: '-File exits 1 on a terminating error', args: ['-File', throws], stderr: `Exception: ${throws}:1\nLine |\n   1 |  throw "stop here"\n     |  ~~~~~~~~~~~~~~~~~\n     | stop here\n`, exitCode: 1 },
    { name: '-File binds script arguments to param() in order, the rest to $args', args: ['-File', params, 'a', 'b', 'c'], stdout: 'a-b\nrest: 1\n' },
    { name: '$PSScriptRoot is the script\'s folder', args: ['-File', scriptRoot], stdout: `${dir}\n` },
    { name: 'a script path as the first argument runs it (pwsh\'s default -File)', args: [exit4], stdout: 'before\n', exitCode: 4 },
    {
      name: '-Command without text is a bad command line (exit 64)',
      args: ['-Command'],
      stderr: 'Cannot process the command because of a missing parameter. A command must follow -Command.\n',
      stdout: `\n${usageText}`,
      exitCode: 64,
    },
    {
      name: '-File without a path is a bad command line (exit 64)',
      args: ['-File'],
      stderr: 'The command cannot be run because the File parameter requires a file path. Supply a path for the File parameter and then try the command again.\n',
      stdout: `\n${usageText}`,
      exitCode: 64,
    },
    {
      name: '-File with a missing script is a bad command line (exit 64)',
      args: ['-File', 'no-such-script.ps1'],
      stderr: "The argument 'no-such-script.ps1' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n",
      stdout: `\n${usageText}`,
      exitCode: 64,
    },
    {
      name: '-OutputFormat with a bad value is a bad command line (exit 64)',
      args: ['-OutputFormat', 'Yaml', '-Command', '1'],
      stderr: 'Cannot process the command because of an incorrect parameter value. "Yaml" is not a valid format.\nValid formats are:\nText\nJson\n\n',
      stdout: `\n${usageText}`,
      exitCode: 64,
    },
    {
      name: 'a mandatory parameter under -NonInteractive is an error, not a prompt (§1.8)',
      command: 'Write-Warning',
      stderr: 'Write-Warning: Cannot process command because of one or more missing mandatory parameters: Message.\n',
      exitCode: 1,
    },
    { name: '-Version prints pcsh\'s version', args: ['-Version'], stdout: 'pcsh 0.1.0\n' },
    {
      name: 'an unknown switch that is not a file lists the switches it may mean',
      args: ['-pro'],
      stderr: "Invalid argument '-pro', did you mean:\n\n  -noprofile\n  -noprofileloadtime\n",
      exitCode: 64,
    },
  ]);
});
