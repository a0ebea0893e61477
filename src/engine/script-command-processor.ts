/**
 * Running a function, a script file or a script block as a command of a pipeline (pwsh's
 * DlrScriptCommandProcessor, and PSScriptCmdlet for advanced ones). Its parameters are bound when the pipeline is
 * prepared; then its begin block runs once, its process block once per input object (with `$_` and `$PSItem`,
 * and, for an advanced block, the ValueFromPipeline parameters bound for that object), and its end block once. A
 * body without named blocks is the end block. `$input` holds the current object in process, the objects no
 * process block took in end, and nothing in begin. Each clause runs in the command's own scope, made when it was
 * prepared (none when dot-sourced).
 */
// pwsh: engine/ScriptCommandProcessor.cs (DlrScriptCommandProcessor: DoBegin, ProcessRecord, Complete, RunClause),
// engine/runtime/CompiledScriptBlock.cs (PSScriptCmdlet).
import type { ParameterAst, ScriptBlockAst, StatementAst } from '../language/ast.js';
import type { CommandArgument } from './binder.js';
import type { CommandProcessor, Emit } from './command-processor.js';
import { CommandRuntime } from './command-runtime.js';
import { ExitSignal, PipelineStoppedSignal, ReturnSignal } from './control-flow.js';
import type { InvocationInfo } from './errors.js';
import { withOutput, type StreamRoutes } from './execution-context.js';
import type { Interpreter } from './interpreter.js';
import { InvocationInfoValue } from './invocation-info-value.js';
import { clausesOf, type ScriptBlockClauses } from './named-blocks.js';
import { ScriptParameterBinder } from './script-binding.js';
import { PSScriptCmdlet } from './script-cmdlet.js';
import { SessionStateScope, variablePath, type PSVariable, type ScopeKind } from './session-state.js';

/** What runs: the body, its parameters, and the command it is. */
export interface ScriptCommand {
  readonly body: ScriptBlockAst;
  /** The parameters written after a function's name, else the body's param block's. */
  readonly parameters: readonly ParameterAst[];
  /** The function or script; a bare script block (`& { }`) has no `myCommand`. */
  readonly invocation: InvocationInfo;
  /** The kind of scope the command runs in; undefined when it is dot-sourced (it runs in its caller's scope). */
  readonly scope: Exclude<ScopeKind, 'Global'> | undefined;
  /**
   * The run's own script (`-File`, or `-Command` text with a param block or named blocks), not a command of a
   * pipeline: its `exit` ends the run, and it has no `$MyInvocation` (as when pcsh ran it statement by statement).
   */
  readonly topLevel?: boolean;
}

/** How the command sits in its pipeline. */
export interface ScriptProcessorOptions {
  /** True when a command comes before it: its mandatory pipeline parameters wait for input. */
  readonly expectingPipelineInput: boolean;
  /** Set when it is last in its pipeline: output goes straight to the statement's output, as it is written. */
  readonly output?: (value: unknown) => void;
}

/** `$_` is left as it is (begin and end blocks). */
const KEEP = Symbol('KeepDollarUnder');

/** The automatic variables a clause defines; a dot-sourced command gives them back afterwards. */
const AUTOMATIC = ['_', 'PSItem', 'input', 'args', 'PSBoundParameters', 'MyInvocation', 'PSCmdlet'];

/** One function, script or script block in a running pipeline. */
export class ScriptProcessor implements CommandProcessor {
  private readonly clauses: ScriptBlockClauses;
  private scope: SessionStateScope | undefined;
  /** The caller's scopes while a clause runs: output goes downstream from there. */
  private callerScopes: readonly [SessionStateScope, SessionStateScope] | undefined;
  private binding: ScriptParameterBinder | undefined;
  private runtime: CommandRuntime | undefined;
  /** `$args`, `$PSBoundParameters`, `$MyInvocation`, `$PSCmdlet`. */
  private automatic: (readonly [string, unknown])[] = [];
  /** Input objects no process block took, for the end block's `$input`. */
  private readonly input: unknown[] = [];
  /** Output of the running statement, passed downstream when it ends. */
  private readonly pending: unknown[] = [];
  private pipelineVariable: string | undefined;
  private exited = false;
  private errorOccurred = false;

  constructor(
    private readonly interpreter: Interpreter,
    private readonly command: ScriptCommand,
    private readonly args: readonly CommandArgument[],
    private readonly routes: StreamRoutes,
    private readonly emit: Emit,
    private readonly options: ScriptProcessorOptions,
  ) {
    this.clauses = clausesOf(command.body);
  }

  get failed(): boolean {
    return this.errorOccurred || this.runtime?.executionFailed === true;
  }

  /** Makes the command's scope and binds its parameters there (defaults may use earlier parameters). */
  async prepare(): Promise<void> {
    const state = this.interpreter.context.sessionState;
    const { body, parameters, invocation } = this.command;
    if (this.command.scope !== undefined) this.scope = new SessionStateScope(this.command.scope, state.currentScope);
    const target = { parameters, paramBlock: body.paramBlock, command: invocation.myCommand ?? { name: '', commandType: 'Script' as const }, invocation };
    const binding = await ScriptParameterBinder.create(this.interpreter, target, this.routes, this.options.expectingPipelineInput);
    this.binding = binding;
    const bound = await this.inScope((scope) => binding.bindCommandLine(this.args, scope));
    this.automatic = [['args', bound.args], ['PSBoundParameters', bound.boundParameters]];
    const myInvocation = new InvocationInfoValue(invocation, bound, this.options.expectingPipelineInput);
    // $MyInvocation: Write-Error reports a function's errors as the function's (pwsh: Write.cs).
    if (invocation.myCommand !== undefined && this.command.topLevel !== true) this.automatic.push(['MyInvocation', myInvocation]);
    if (binding.advanced) {
      // Made in the caller's scope: -OutVariable and the other stream variables are the caller's.
      this.runtime = new CommandRuntime(this.interpreter.context, {
        metadata: binding.metadata,
        invocationInfo: invocation,
        routes: this.routes,
        commonParameters: binding.commonParameters,
        invokeScriptBlock: (block, dollarUnder, args) => this.interpreter.invokeScriptBlock(block, { newScope: false, dollarUnder, args }, this.routes),
        parameterSetName: () => binding.parameterSetName,
      });
      const pipelineVariable = binding.commonParameters.PipelineVariable;
      if (typeof pipelineVariable === 'string') this.pipelineVariable = pipelineVariable;
      const cmdlet = new PSScriptCmdlet({
        runtime: this.runtime,
        myInvocation,
        owner: this,
        parameterSetName: () => binding.parameterSetName,
        writeObject: (value, enumerate) => this.write(value, enumerate),
      });
      this.automatic.push(['PSCmdlet', cmdlet]);
    }
    if (this.scope !== undefined) for (const [name, value] of this.automatic) state.define(this.scope, name, value);
  }

  begin(): Promise<void> {
    return this.runClause(this.clauses.begin, KEEP, []);
  }

  async process(input: unknown): Promise<void> {
    if (this.exited) return;
    const binding = this.binding as ScriptParameterBinder;
    if (binding.advanced) {
      const error = await this.inScope((scope) => binding.bindPipelineInput(input, scope));
      if (error !== undefined) {
        (this.runtime as CommandRuntime).writeError(error);
        return;
      }
    }
    if (this.clauses.process === undefined) this.input.push(input);
    else await this.runClause(this.clauses.process, input, [input]);
  }

  /** First in its pipeline: the process block runs once, with `$_` null and an empty `$input`. */
  processWithoutInput(): Promise<void> {
    return this.runClause(this.clauses.process, null, []);
  }

  end(): Promise<void> {
    return this.runClause(this.clauses.end, KEEP, this.clauses.process === undefined ? this.input : []);
  }

  /**
   * Runs one clause in the command's scope. Output goes downstream after each statement (straight away when
   * the command is last); `return` ends the clause; `exit` in a script file ends the script with
   * `$LASTEXITCODE`; `$PSCmdlet.ThrowTerminatingError()` ends the command with its error.
   */
  private async runClause(statements: readonly StatementAst[] | undefined, dollarUnder: unknown, input: readonly unknown[]): Promise<void> {
    if (statements === undefined || this.exited) return;
    await this.inScope(async (scope) => {
      const state = this.interpreter.context.sessionState;
      const saved = this.scope === undefined ? AUTOMATIC.map((name) => [name, scope.variables.get(name.toLowerCase())] as const) : undefined;
      if (saved !== undefined) for (const [name, value] of this.automatic) state.define(scope, name, value);
      if (dollarUnder !== KEEP) {
        state.define(scope, '_', dollarUnder);
        state.define(scope, 'PSItem', dollarUnder);
      }
      state.define(scope, 'input', [...input]);
      const routes = withOutput(this.routes, (value) => this.write(value, false));
      try {
        for (const statement of statements) {
          await this.interpreter.executeStatements([statement], routes);
          await this.flush();
        }
        if (!this.interpreter.context.questionMark) this.errorOccurred = true;
      } catch (thrown) {
        this.onClauseEnded(thrown);
      } finally {
        await this.flush();
        if (saved !== undefined) restore(scope, saved);
      }
    });
  }

  /** What ends a clause early: `return`, a script's `exit`, this command's ThrowTerminatingError; else rethrown. */
  private onClauseEnded(thrown: unknown): void {
    if (thrown instanceof ReturnSignal) return;
    if (thrown instanceof ExitSignal && this.command.invocation.myCommand?.commandType === 'ExternalScript' && this.command.topLevel !== true) {
      // pwsh: an exit in a script run as a command ends that script only (DlrScriptCommandProcessor.RunClause).
      this.exited = true;
      this.interpreter.context.lastExitCode = thrown.exitCode;
      this.interpreter.context.sessionState.setValue(variablePath('global:LASTEXITCODE'), thrown.exitCode);
      if (thrown.exitCode !== 0) this.errorOccurred = true;
      return;
    }
    this.errorOccurred = true;
    if (thrown instanceof PipelineStoppedSignal && thrown.owner === this) throw thrown.error;
    throw thrown;
  }

  /** Output of the command: through its runtime (for -OutVariable), then downstream. */
  private write(value: unknown, enumerateCollection: boolean): void {
    let values: readonly unknown[] = enumerateCollection && Array.isArray(value) ? value : [value];
    if (this.runtime !== undefined) {
      this.runtime.writeObject(value, enumerateCollection);
      values = this.runtime.pending.splice(0);
    }
    const direct = this.options.output;
    if (direct !== undefined) for (const item of values) direct(item);
    else this.pending.push(...values);
  }

  /** Passes buffered output downstream from the caller's scope, so that the next command does not see this one's variables. */
  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const values = this.pending.splice(0);
    await this.outOfScope(async () => {
      for (const value of values) {
        // -PipelineVariable: downstream commands see the object this command just passed on.
        if (this.pipelineVariable !== undefined) this.interpreter.context.sessionState.setValue(variablePath(this.pipelineVariable), value);
        await this.emit(value);
      }
    });
  }

  /** Runs `body` with the command's scope current (the caller's scope when dot-sourced). */
  private async inScope<T>(body: (scope: SessionStateScope) => Promise<T>): Promise<T> {
    const state = this.interpreter.context.sessionState;
    const own = this.scope;
    if (own === undefined) return body(state.currentScope);
    const callerScopes = [state.currentScope, state.scriptScope] as const;
    const outer = this.callerScopes;
    this.callerScopes = callerScopes;
    state.currentScope = own;
    if (own.kind === 'Script') state.scriptScope = own;
    try {
      return await body(own);
    } finally {
      [state.currentScope, state.scriptScope] = callerScopes;
      this.callerScopes = outer;
    }
  }

  /** Runs `body` with the caller's scope current again (from inside a clause). */
  private async outOfScope(body: () => Promise<void>): Promise<void> {
    const state = this.interpreter.context.sessionState;
    const caller = this.callerScopes;
    if (caller === undefined || this.scope === undefined) return body();
    const inside = [state.currentScope, state.scriptScope] as const;
    [state.currentScope, state.scriptScope] = caller;
    try {
      await body();
    } finally {
      [state.currentScope, state.scriptScope] = inside;
    }
  }
}

/** Puts back automatic variables a dot-sourced clause defined in its caller's scope. */
function restore(scope: SessionStateScope, saved: readonly (readonly [string, PSVariable | undefined])[]): void {
  for (const [name, variable] of saved) {
    if (variable === undefined) scope.variables.delete(name.toLowerCase());
    else scope.variables.set(name.toLowerCase(), variable);
  }
}
