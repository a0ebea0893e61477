/**
 * A runspace: session state, command table and interpreter, and the entry point that runs script text
 * with pwsh's top-level semantics (parse errors stop everything; a script-terminating error ends the run;
 * `exit` ends it with a code).
 */
import { homedir } from 'node:os';
import type { ScriptBlockAst } from '../language/ast.js';
import type { CommandArgument } from './binder.js';
import { parseInput } from '../language/index.js';
import { actionPreference } from './action-preference.js';
import { CommandDiscovery } from './command-discovery.js';
import type { ModuleInfo } from './command-info.js';
import { ExitSignal, isControlFlow, PipelineStoppedSignal } from './control-flow.js';
import type { ErrorRecord } from './errors.js';
import { ExecutionContext, type StreamRoutes } from './execution-context.js';
import type { PSHost } from './host-ui.js';
import { Interpreter } from './interpreter.js';
import { ParseException } from './parse-exception.js';
import { PreferenceDefaults, ErrorViewType } from './preferences.js';
import { Hashtable, PSEnumValue, PSObject } from './ps-object.js';
import { toRuntimeException } from './runtime-errors.js';
import { SessionState, variablePath } from './session-state.js';
import { ConfirmImpactType } from './action-preference.js';

/** How a run ended. */
export interface InvocationOutcome {
  /** The code of an `exit` statement, when one ran. */
  readonly exitCode: number | undefined;
  /** The error that ended the run (script-terminating, or the parse error), already written to `routes.error`. */
  readonly terminatingError: ErrorRecord | undefined;
  /** `$?` after the last statement. */
  readonly lastStatementSucceeded: boolean;
}

export interface RunspaceOptions {
  readonly host: PSHost;
  readonly modules: readonly ModuleInfo[];
  /** Values for `$PSVersionTable.PcshVersion`. */
  readonly version: string;
}

/** What to run and how. */
export interface InvokeOptions {
  /** A script path: the text runs in a new script scope with `$PSScriptRoot`/`$PSCommandPath`, like `-File`. */
  readonly file?: string;
  /** Arguments bound to the script's `param()` block, then `$args`. */
  readonly args?: readonly unknown[];
}

/** One PowerShell session. */
export class Runspace {
  readonly context: ExecutionContext;
  readonly interpreter: Interpreter;

  constructor(options: RunspaceOptions) {
    const sessionState = new SessionState();
    const commands = new CommandDiscovery(options.modules, sessionState);
    this.context = new ExecutionContext(sessionState, options.host, commands);
    this.interpreter = new Interpreter(this.context);
    defineAutomaticVariables(this.context, options);
  }

  /** Parses text; parse errors come back as one ParseException (never thrown). */
  parse(text: string, file?: string): { readonly ast: ScriptBlockAst } | { readonly error: ParseException } {
    const result = parseInput(text, file);
    if (result.errors.length > 0) return { error: new ParseException(result.errors) };
    return { ast: result.ast };
  }

  /** Runs script text, sending every stream to `routes`. */
  async invoke(text: string, routes: StreamRoutes, options: InvokeOptions = {}): Promise<InvocationOutcome> {
    const parsed = this.parse(text, options.file);
    if ('error' in parsed) {
      const record = parsed.error.errorRecord as ErrorRecord;
      this.context.appendError(record);
      this.context.questionMark = false;
      routes.error(record);
      return { exitCode: undefined, terminatingError: record, lastStatementSucceeded: false };
    }
    return this.invokeAst(parsed.ast, routes, options);
  }

  /** Runs a parsed script. */
  async invokeAst(ast: ScriptBlockAst, routes: StreamRoutes, options: InvokeOptions = {}): Promise<InvocationOutcome> {
    const state = this.context.sessionState;
    const run = async (): Promise<void> => {
      if (options.file !== undefined) {
        const { dirname } = await import('node:path');
        state.define(state.currentScope, 'PSScriptRoot', dirname(options.file));
        state.define(state.currentScope, 'PSCommandPath', options.file);
      }
      const named = ast.beginBlock !== undefined || ast.processBlock !== undefined || ast.endBlock !== undefined;
      if (options.args === undefined && ast.paramBlock === undefined && !named) {
        await this.interpreter.executeStatements(ast.statements, routes);
        return;
      }
      // A script with parameters or named blocks runs as a command would, in this scope: bound, then begin,
      // process (once, without input) and end, with $PSCmdlet when it is advanced.
      const { ScriptProcessor } = await import('./script-command-processor.js');
      const name = options.file === undefined ? '' : options.file.slice(options.file.lastIndexOf('/') + 1);
      const invocation = { myCommand: { name, commandType: 'ExternalScript' as const }, invocationName: name, pipelinePosition: 0, pipelineLength: 0 };
      const command = { body: ast, parameters: ast.paramBlock?.parameters ?? [], invocation, scope: undefined, topLevel: true };
      const output = (value: unknown): void => routes.output(value);
      const processor = new ScriptProcessor(this.interpreter, command, scriptArguments(options.args ?? []), routes, async (value) => output(value), { expectingPipelineInput: false, output });
      await processor.prepare();
      await processor.begin();
      await processor.processWithoutInput();
      await processor.end();
    };
    try {
      if (options.file === undefined) await run();
      else await state.withScope('Script', run);
      return { exitCode: undefined, terminatingError: undefined, lastStatementSucceeded: this.context.questionMark };
    } catch (thrown) {
      if (thrown instanceof ExitSignal) {
        this.context.lastExitCode = thrown.exitCode;
        state.setValue(variablePath('global:LASTEXITCODE'), thrown.exitCode);
        return { exitCode: thrown.exitCode, terminatingError: undefined, lastStatementSucceeded: this.context.questionMark };
      }
      // A ThrowTerminatingError whose command has ended (a $PSCmdlet kept in a variable): its error ends the run.
      if (thrown instanceof PipelineStoppedSignal) thrown = thrown.error;
      else if (isControlFlow(thrown)) {
        // A `break`/`continue` outside any loop ends the script quietly, as in pwsh; `return` likewise.
        return { exitCode: undefined, terminatingError: undefined, lastStatementSucceeded: this.context.questionMark };
      }
      const exception = toRuntimeException(thrown, undefined);
      const record = exception.errorRecord as ErrorRecord;
      if (!exception.recorded) this.context.appendError(record);
      this.context.questionMark = false;
      routes.error(record);
      return { exitCode: undefined, terminatingError: record, lastStatementSucceeded: false };
    }
  }

  /** Sets a global variable (the library's `variables` option, the Node-style form's arguments). */
  setGlobalVariable(name: string, value: unknown): void {
    const state = this.context.sessionState;
    state.define(state.globalScope, name, value);
  }

  /** Releases what modules hold (servers, connections). */
  dispose(): Promise<void> {
    return this.context.dispose();
  }
}

/**
 * `-File` arguments as command arguments, the way pwsh passes them to a script: `-Name` is a parameter,
 * `-Name:value` carries its value (`$true`, `true`, `$false` and `false` as booleans, so that `-Confirm:$false`
 * works), `-Name:` takes the next argument as its value, anything else is a positional string. Their extents point
 * into the command line itself (no file), so binding errors print as one line, as pwsh's do for `-File` arguments.
 */
// pwsh: CommandLineParameterParser.CollectPSArgs.
function scriptArguments(args: readonly unknown[]): CommandArgument[] {
  const texts = args.map((arg) => (typeof arg === 'string' ? arg : String(arg)));
  const source = { text: texts.join(' ') };
  let offset = 0;
  const result: CommandArgument[] = [];
  let pending: Extract<CommandArgument, { kind: 'Parameter' }> | undefined;
  args.forEach((arg, index) => {
    const text = texts[index] as string;
    const start = offset;
    offset += text.length + 1;
    const extent = { source, startOffset: start, endOffset: start + text.length, startLine: 1, startColumn: start + 1, endLine: 1, endColumn: start + text.length + 1 };
    if (pending !== undefined) {
      result.push({ ...pending, argument: { value: arg, extent } });
      pending = undefined;
    } else if (typeof arg !== 'string' || !/^-[A-Za-z_?]/.test(text)) {
      result.push({ kind: 'Argument', value: arg, extent });
    } else {
      const colon = text.indexOf(':');
      if (colon < 0) result.push({ kind: 'Parameter', parameterName: text.slice(1), parameterText: text, extent });
      else if (colon === text.length - 1) pending = { kind: 'Parameter', parameterName: text.slice(1, colon), parameterText: text, extent };
      else result.push({ kind: 'Parameter', parameterName: text.slice(1, colon), parameterText: text.slice(0, colon + 1), extent, argument: { value: boolIfPossible(text.slice(colon + 1)), extent } });
    }
  });
  if (pending !== undefined) result.push(pending);
  return result;
}

/** `$true`/`true`/`$false`/`false` (any case) as a boolean, else the text (pwsh's ConvertToBoolIfPossible). */
function boolIfPossible(text: string): unknown {
  const word = (text.startsWith('$') ? text.slice(1) : text).toLowerCase();
  return word === 'true' ? true : word === 'false' ? false : text;
}

/** The automatic and preference variables of a new session (InitialSessionState.cs, SpecialVariables.cs). */
function defineAutomaticVariables(context: ExecutionContext, options: RunspaceOptions): void {
  const state = context.sessionState;
  const global = state.globalScope;
  for (const [name, value] of Object.entries(PreferenceDefaults)) state.define(global, name, actionPreference(value));
  state.define(global, 'ConfirmPreference', PSEnumValue.parse(ConfirmImpactType, 'High'));
  state.define(global, 'WhatIfPreference', false);
  state.define(global, 'ErrorView', PSEnumValue.parse(ErrorViewType, 'ConciseView'));
  state.define(global, 'FormatEnumerationLimit', 4);
  state.define(global, 'MaximumHistoryCount', 4096);
  state.define(global, 'PSDefaultParameterValues', new Hashtable());
  state.define(global, 'Error', context.errorList, 'Constant');
  state.define(global, 'HOME', homedir(), 'ReadOnly');
  state.define(global, 'PID', process.pid, 'Constant');
  state.define(global, 'IsLinux', process.platform === 'linux', 'Constant');
  state.define(global, 'IsMacOS', process.platform === 'darwin', 'Constant');
  state.define(global, 'IsWindows', process.platform === 'win32', 'Constant');
  state.define(global, 'IsCoreCLR', true, 'Constant');
  state.define(global, 'ShellId', 'Microsoft.PowerShell', 'Constant');
  state.define(global, 'PSEdition', 'Core', 'Constant');
  const version = new PSObject(['System.Management.Automation.SemanticVersion', 'System.Object'], [
    ['Major', 7],
    ['Minor', 5],
    ['Patch', 0],
    ['PreReleaseLabel', null],
    ['BuildLabel', null],
  ]);
  state.define(
    global,
    'PSVersionTable',
    Hashtable.from([
      ['PSVersion', version],
      ['PSEdition', 'Core'],
      ['PcshVersion', options.version],
      ['Platform', process.platform === 'win32' ? 'Win32NT' : 'Unix'],
      ['OS', `${process.platform} ${process.arch}`],
    ]),
    'ReadOnly',
  );
  state.define(
    global,
    'Host',
    new PSObject(['System.Management.Automation.Internal.Host.InternalHost', 'System.Object'], [
      ['Name', options.host.name],
      ['Version', options.host.version],
    ]),
    'ReadOnly',
  );
}
