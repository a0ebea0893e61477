/**
 * Command processors (pwsh's CommandProcessor): one per command in a pipeline. A pipeline first prepares
 * (binds) every command, then begins them, feeds input through, and ends them in order, as pwsh's
 * PipelineProcessor does. Functions, scripts and script blocks run in script-command-processor.ts.
 */
import { CmdletParameterBinder, type CommandArgument } from './binder.js';
import type { CmdletClass, PSCmdlet } from './cmdlet.js';
import { getCommandMetadata } from './command-metadata.js';
import { CommandRuntime } from './command-runtime.js';
import { isControlFlow } from './control-flow.js';
import type { InvocationInfo } from './errors.js';
import type { StreamRoutes } from './execution-context.js';
import type { Interpreter } from './interpreter.js';
import { toRuntimeException } from './runtime-errors.js';
import { variablePath } from './session-state.js';

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
