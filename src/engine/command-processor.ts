/**
 * Command processors (pwsh's CommandProcessor / ScriptCommandProcessor): one per command in a pipeline.
 * A pipeline first prepares (binds) every command, then begins them, feeds input through, and ends them
 * in order, as pwsh's PipelineProcessor does.
 */
import type { ParameterAst, ScriptBlockAst } from '../language/ast.js';
import { CmdletParameterBinder, type CommandArgument } from './binder.js';
import type { CmdletClass, PSCmdlet } from './cmdlet.js';
import { getCommandMetadata } from './command-metadata.js';
import { CommandRuntime } from './command-runtime.js';
import { ReturnSignal, isControlFlow } from './control-flow.js';
import type { InvocationInfo } from './errors.js';
import { withOutput, type StreamRoutes } from './execution-context.js';
import type { Interpreter } from './interpreter.js';
import { toRuntimeException } from './runtime-errors.js';
import type { ScriptBlock } from './script-block.js';
import { bindScriptParameters } from './script-binding.js';
import { variablePath, type SessionStateScope } from './session-state.js';

/** One command of a running pipeline. */
export interface CommandProcessor {
  /** Binds the command line (pwsh's DoPrepare); a binding error is statement-terminating. */
  prepare(): Promise<void>;
  begin(): Promise<void>;
  /** Handles one pipeline input object. */
  process(input: unknown): Promise<void>;
  /** The first command of a pipeline runs once with no input. */
  processWithoutInput(): Promise<void>;
  end(): Promise<void>;
  /** pwsh's ExecutionFailed: an error was written (even an ignored one). */
  readonly failed: boolean;
}

/** Where a processor sends what it outputs: the next command, or the statement's output. */
export type Emit = (value: unknown) => Promise<void>;

/** Runs a compiled cmdlet class. */
export class CmdletProcessor implements CommandProcessor {
  private readonly binder: CmdletParameterBinder;
  private runtime: CommandRuntime | undefined;
  private instance: PSCmdlet | undefined;
  private pipelineVariable: string | undefined;

  constructor(
    private readonly interpreter: Interpreter,
    private readonly cmdletClass: CmdletClass,
    private readonly invocationInfo: InvocationInfo,
    private readonly args: readonly CommandArgument[],
    private readonly routes: StreamRoutes,
    private readonly emit: Emit,
    expectingPipelineInput: boolean,
  ) {
    this.binder = new CmdletParameterBinder(getCommandMetadata(cmdletClass), {
      invocationInfo,
      ui: interpreter.context.host.ui,
      expectingPipelineInput,
    });
  }

  get failed(): boolean {
    return this.runtime?.executionFailed ?? false;
  }

  async prepare(): Promise<void> {
    await this.guard(() => this.binder.bindCommandLine(this.args));
    const metadata = getCommandMetadata(this.cmdletClass);
    const bound = this.binder.boundParameters;
    const common: Record<string, unknown> = {};
    for (const parameter of metadata.parameters) {
      if (parameter.origin !== 'Declared' && bound[parameter.name] !== undefined) common[parameter.name] = bound[parameter.name];
    }
    this.runtime = new CommandRuntime(this.interpreter.context, {
      metadata,
      invocationInfo: this.invocationInfo,
      routes: this.routes,
      commonParameters: common,
      invokeScriptBlock: (block, dollarUnder, args) =>
        this.interpreter.invokeScriptBlock(block, { newScope: false, dollarUnder, args }, this.routes),
      parameterSetName: () => this.binder.parameterSetName,
    });
    if (typeof common.PipelineVariable === 'string') this.pipelineVariable = common.PipelineVariable;
    this.instance = new this.cmdletClass();
    this.instance.commandRuntime = this.runtime;
  }

  begin(): Promise<void> {
    return this.call((instance) => instance.beginProcessing(this.binder.boundParameters));
  }

  async process(input: unknown): Promise<void> {
    const bindingError = await this.guard(() => this.binder.bindPipelineInput(input));
    if (bindingError !== undefined) {
      (this.runtime as CommandRuntime).writeError(bindingError);
      return;
    }
    await this.call((instance) => instance.processRecord(this.binder.boundParameters));
  }

  processWithoutInput(): Promise<void> {
    return this.call((instance) => instance.processRecord(this.binder.boundParameters));
  }

  end(): Promise<void> {
    return this.call((instance) => instance.endProcessing(this.binder.boundParameters));
  }

  /** Runs a cmdlet method, then passes what it wrote downstream (also when it failed half-way). */
  private async call(method: (instance: PSCmdlet) => void | Promise<void>): Promise<void> {
    const runtime = this.runtime as CommandRuntime;
    try {
      await this.guard(async () => method(this.instance as PSCmdlet));
    } finally {
      const written = runtime.pending.splice(0);
      for (const value of written) {
        // -PipelineVariable: downstream commands see the object this command just passed on.
        if (this.pipelineVariable !== undefined) this.interpreter.context.sessionState.setValue(variablePath(this.pipelineVariable), value);
        await this.emit(value);
      }
    }
  }

  /** Gives errors thrown by binding or the cmdlet this command's invocation info. */
  private async guard<T>(body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (thrown) {
      if (isControlFlow(thrown)) throw thrown;
      if (this.runtime !== undefined) this.runtime.executionFailed = true;
      throw toRuntimeException(thrown, this.invocationInfo.extent, this.invocationInfo);
    }
  }
}

/**
 * Runs a function or a script block (`& { }`): collects pipeline input into `$input`, then runs the body
 * once at the end in a new scope, binding its parameters by name and position; the rest go to `$args`.
 */
export class ScriptProcessor implements CommandProcessor {
  private readonly input: unknown[] = [];
  private hasInput = false;
  private common: Readonly<Record<string, unknown>> = {};
  failed = false;

  constructor(
    private readonly interpreter: Interpreter,
    private readonly body: ScriptBlockAst,
    private readonly inlineParameters: readonly ParameterAst[],
    private readonly args: readonly CommandArgument[],
    private readonly routes: StreamRoutes,
    private readonly emit: Emit,
    private readonly newScope: boolean,
    /** The function or script being run, for binding errors; a bare script block has none. */
    private readonly invocation: InvocationInfo = { invocationName: '', pipelinePosition: 0, pipelineLength: 0 },
  ) {}

  async prepare(): Promise<void> {}

  async begin(): Promise<void> {}

  async process(input: unknown): Promise<void> {
    this.hasInput = true;
    this.input.push(input);
  }

  async processWithoutInput(): Promise<void> {}

  async end(): Promise<void> {
    const state = this.interpreter.context.sessionState;
    const output: unknown[] = [];
    const run = async (): Promise<void> => {
      const scope = state.currentScope;
      state.define(scope, 'input', this.input);
      if (this.hasInput) {
        const last = this.input[this.input.length - 1];
        state.define(scope, '_', last);
      }
      // $MyInvocation: Write-Error reports a function's errors as the function's (pwsh: Write.cs).
      if (this.invocation.myCommand !== undefined) state.define(scope, 'MyInvocation', this.invocation);
      this.common = await this.bind(scope);
      try {
        await this.interpreter.executeStatements(this.body.statements, withOutput(this.routes, (value) => output.push(value)));
      } catch (thrown) {
        if (!(thrown instanceof ReturnSignal)) throw thrown;
      }
    };
    const before = this.interpreter.context.questionMark;
    if (this.newScope) await state.withScope('Function', run);
    else await run();
    if (!this.interpreter.context.questionMark && before) this.failed = true;
    // -OutVariable of an advanced function: set in the caller's scope, like a cmdlet's.
    const outVariable = this.common.OutVariable;
    if (typeof outVariable === 'string' && outVariable !== '') {
      const append = outVariable.startsWith('+');
      const path = variablePath(append ? outVariable.slice(1) : outVariable);
      const existing = append ? state.getValue(path) : undefined;
      state.setValue(path, [...(Array.isArray(existing) ? existing : existing === undefined || existing === null ? [] : [existing]), ...output]);
    }
    for (const value of output) await this.emit(value);
  }

  /** Binds the arguments to the function's or script block's parameters (script-binding.ts). */
  private bind(scope: SessionStateScope): Promise<Readonly<Record<string, unknown>>> {
    const parameters = this.inlineParameters.length > 0 ? this.inlineParameters : (this.body.paramBlock?.parameters ?? []);
    const command = this.invocation.myCommand ?? { name: '', commandType: 'Script' as const };
    return bindScriptParameters(this.interpreter, { parameters, paramBlock: this.body.paramBlock, command, invocation: this.invocation }, this.args, scope, this.routes);
  }
}

/** A script block value invoked with `&` or `.`. */
export function scriptBlockProcessor(
  interpreter: Interpreter,
  block: ScriptBlock,
  args: readonly CommandArgument[],
  routes: StreamRoutes,
  emit: Emit,
  dotSource: boolean,
): ScriptProcessor {
  return new ScriptProcessor(interpreter, block.ast, [], args, routes, emit, !dotSource);
}
