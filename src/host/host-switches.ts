/**
 * pcsh's own command line, read with pwsh's rules (CommandLineParameterParser.cs): switches start with `-`,
 * `--` or `/`, are case-insensitive, and may be abbreviated down to pwsh's shortest unambiguous form
 * (`-c`, `-f`, `-noni`, `-nop`, `-o`…). This module is on the start-up path: it imports only its texts.
 */
import { format } from '../engine/strings/format.js';
import { CommandLineParameterParserStrings as S } from './strings/CommandLineParameterParserStrings.js';

/** What the command line asks for. */
export type HostRequest =
  | { readonly kind: 'version' }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string; /** pwsh prints its usage after these errors. */ readonly showHelp: boolean }
  | ({ readonly kind: 'run'; readonly action: RunAction } & HostOptions);

/** What to run. */
export type RunAction =
  | { readonly kind: 'command'; readonly text: string }
  | { readonly kind: 'command-stdin' }
  | { readonly kind: 'file'; readonly path: string; readonly args: readonly string[] }
  | { readonly kind: 'node-style'; readonly argv: readonly string[] }
  | { readonly kind: 'sandbox'; readonly argv: readonly string[] }
  | { readonly kind: 'repl' };

export interface HostOptions {
  readonly nonInteractive: boolean;
  readonly outputFormat: 'Text' | 'Json';
  readonly workingDirectory: string | undefined;
}

/** pwsh's MatchSwitch: `key` is a prefix of `name` at least as long as the shortest unambiguous form. */
function matchSwitch(key: string, name: string, shortest: string): boolean {
  return key.length >= shortest.length && name.startsWith(key.toLowerCase());
}

/** pcsh's output formats, each followed by a newline as pwsh lists its DataFormat names. */
const ValidFormats = 'Text\nJson\n';

/** pwsh's s_validParameters, for the `did you mean` list. */
const validParameters = [
  'sta', 'mta', 'command', 'commandwithargs', 'configurationname', 'custompipename', 'encodedcommand', 'executionpolicy',
  'file', 'help', 'inputformat', 'login', 'noexit', 'nologo', 'noninteractive', 'noprofile', 'noprofileloadtime',
  'outputformat', 'removeworkingdirectorytrailingcharacter', 'settingsfile', 'version', 'windowstyle', 'workingdirectory',
];

function error(message: string, showHelp: boolean): HostRequest {
  return { kind: 'error', message, showHelp };
}

/** pwsh's ParseFile for an argument that is not a known switch: a script if it exists, else an error. */
function fileOrError(argv: readonly string[], i: number, fileExists: (path: string) => boolean, options: HostOptions): HostRequest {
  const path = argv[i] as string;
  if (fileExists(path)) return { kind: 'run', action: { kind: 'file', path, args: argv.slice(i + 1) }, ...options };
  if (path.startsWith('-') && path.length > 1) {
    const key = path.slice(1).toLowerCase();
    const candidates = validParameters.filter((p) => p.includes(key));
    if (candidates.length > 0) return error(`${format(S.InvalidArgument, path)}\n${candidates.map((c) => `\n  -${c}`).join('')}`, false);
  }
  return error(format(S.ArgumentFileDoesNotExist, path), true);
}


/** True for `--customer-id`-style flags: the Node-style form of a cmdlet call. */
function isNodeStyleFlag(arg: string): boolean {
  return /^--[a-z]/i.test(arg);
}

/**
 * Reads pcsh's switches. The first argument that is not a switch starts what to run: a script file if it
 * names an existing file (pwsh's rule), otherwise — pcsh's extension — a command line made of all the
 * remaining arguments, or the Node-style form when it uses `--kebab-case` flags.
 */
export function readHostSwitches(argv: readonly string[], fileExists: (path: string) => boolean): HostRequest {
  let nonInteractive = false;
  let outputFormat: 'Text' | 'Json' = 'Text';
  let workingDirectory: string | undefined;
  const options = (): HostOptions => ({ nonInteractive, outputFormat, workingDirectory });

  for (let i = 0; i < argv.length; i++) {
    const arg = (argv[i] as string).trim();
    if (arg === '') continue;
    const first = arg.charAt(0);
    if (first !== '-' && first !== '/' && first !== '\u2013' && first !== '\u2014') {
      const rest = argv.slice(i);
      if (fileExists(arg)) return { kind: 'run', action: { kind: 'file', path: arg, args: rest.slice(1) }, ...options() };
      if (rest.slice(1).some(isNodeStyleFlag)) return { kind: 'run', action: { kind: 'node-style', argv: rest }, ...options() };
      return { kind: 'run', action: { kind: 'command', text: rest.join(' ') }, ...options() };
    }
    let key = arg.slice(1);
    if (key.startsWith(first)) key = key.slice(1);
    const lower = key.toLowerCase();
    if (matchSwitch(lower, 'version', 'v')) return { kind: 'version' };
    if (matchSwitch(lower, 'help', 'h') || lower === '?') return { kind: 'help' };
    if (matchSwitch(lower, 'command', 'c')) {
      const next = argv[i + 1];
      if (next === undefined) return error(S.MissingCommandParameter, true);
      if (next === '-') {
        if (i + 2 !== argv.length) return error(S.TooManyParametersToCommand, true);
        return { kind: 'run', action: { kind: 'command-stdin' }, ...options() };
      }
      // pwsh joins everything after -Command into one command line.
      return { kind: 'run', action: { kind: 'command', text: argv.slice(i + 1).join(' ') }, ...options() };
    }
    if (matchSwitch(lower, 'file', 'f')) {
      const next = argv[i + 1];
      if (next === undefined) return error(S.MissingFileArgument, true);
      if (next === '-') return { kind: 'run', action: { kind: 'command-stdin' }, ...options() };
      return fileOrError(argv, i + 1, fileExists, options());
    }
    if (matchSwitch(lower, 'noninteractive', 'noni')) {
      nonInteractive = true;
      continue;
    }
    if (matchSwitch(lower, 'noprofile', 'nop') || matchSwitch(lower, 'nologo', 'nol') || matchSwitch(lower, 'login', 'l') || matchSwitch(lower, 'interactive', 'i')) continue;
    if (matchSwitch(lower, 'outputformat', 'o') || matchSwitch(lower, 'of', 'o')) {
      const value = argv[++i];
      if (value === undefined) return error(format(S.MissingOutputFormatParameter, ValidFormats), true);
      if (/^text$/i.test(value)) outputFormat = 'Text';
      else if (/^json$/i.test(value)) outputFormat = 'Json';
      else return error(format(S.BadFormatParameterValue, value, ValidFormats), true);
      continue;
    }
    if (matchSwitch(lower, 'executionpolicy', 'ex') || matchSwitch(lower, 'ep', 'ep')) {
      // Accepted for scripts written for pwsh; pcsh has no execution policy.
      if (argv[++i] === undefined) return error(S.MissingExecutionPolicyParameter, true);
      continue;
    }
    if (matchSwitch(lower, 'workingdirectory', 'wo') || matchSwitch(lower, 'wd', 'wd')) {
      workingDirectory = argv[++i];
      if (workingDirectory === undefined) return error(S.MissingWorkingDirectoryArgument, false);
      continue;
    }
    if (matchSwitch(lower, 'encodedcommand', 'e') || matchSwitch(lower, 'ec', 'e')) {
      const value = argv[++i];
      if (value === undefined) return error(S.MissingCommandParameter, true);
      const text = Buffer.from(value, 'base64').toString('utf16le');
      return { kind: 'run', action: { kind: 'command', text }, ...options() };
    }
    if (lower === 'sandbox') return { kind: 'run', action: { kind: 'sandbox', argv: argv.slice(i + 1) }, ...options() };
    // pwsh: the first argument that is not a switch it knows is the script file.
    return fileOrError(argv, i, fileExists, options());
  }
  return { kind: 'run', action: { kind: 'repl' }, ...options() };
}

