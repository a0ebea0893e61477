/**
 * The cmdlet base class (pwsh's PSCmdlet): a static declaration plus `processRecord`. The engine creates an
 * instance per invocation, binds its parameters and calls beginProcessing / processRecord (once per pipeline
 * input, or once with none) / endProcessing. Everything a cmdlet does to the outside goes through
 * {@link ICommandRuntime}, which the engine supplies.
 */
import type { CommandInvocationIntrinsics } from './command-info.js';
import type { ErrorRecord, InvocationInfo } from './errors.js';
import type { PSHost } from './host-ui.js';
import type { ParameterDeclarations } from './parameter-declaration.js';
import type { ScriptBlock } from './script-block.js';

/** pwsh's ConfirmImpact. */
export type ConfirmImpact = 'None' | 'Low' | 'Medium' | 'High';

/** The `[Cmdlet(...)]` and `[OutputType(...)]` attributes of a cmdlet class. */
export interface CmdletDeclaration {
  /** The command name when it is not `Verb-Noun` (advanced functions and scripts); cmdlets leave it out. */
  readonly name?: string;
  readonly verb: string;
  readonly noun: string;
  readonly supportsShouldProcess?: boolean;
  /** Default Medium, as pwsh's CmdletBinding. */
  readonly confirmImpact?: ConfirmImpact;
  readonly defaultParameterSetName?: string;
  /** The .NET type full name that completes FullyQualifiedErrorIds (`ErrorId,<implementingType>`). */
  readonly implementingType: string;
  readonly outputType?: readonly string[];
  readonly helpUri?: string;
}

/** Session state a cmdlet may read or change. */
export interface SessionStateProxy {
  /** A variable's value, or `undefined` when no such variable exists. Names may carry a scope (`global:x`). */
  getVariable(name: string): unknown;
  setVariable(name: string, value: unknown): void;
  /**
   * Per-session data owned by a module (its private state), created on first use. An object with a
   * `dispose(): Promise<void>` method is disposed when the session closes.
   */
  moduleState<T>(moduleName: string, create: () => T): T;
  /** The current location (`$PWD`). */
  readonly currentLocation: string;
}

/** Where `writeInformation` records go: the information stream (Write-Host and Write-Information). */
export interface InformationRecord {
  readonly messageData: unknown;
  readonly tags: readonly string[];
  readonly source: string;
  /** Write-Host's `-NoNewline`: the host prints it without a line break. */
  readonly noNewline?: boolean;
}

/** What the engine gives a cmdlet instance: the streams, ShouldProcess, the host and the session. */
export interface ICommandRuntime {
  writeObject(value: unknown, enumerateCollection: boolean): void;
  writeError(record: ErrorRecord): void;
  throwTerminatingError(record: ErrorRecord): never;
  writeWarning(message: string): void;
  writeVerbose(message: string): void;
  writeDebug(message: string): void;
  writeInformation(record: InformationRecord): void;
  shouldProcess(verboseDescription: string, verboseWarning?: string, caption?: string): Promise<boolean>;
  shouldProcessTarget(target: string, action?: string): Promise<boolean>;
  shouldContinue(query: string, caption: string): Promise<boolean>;
  /** Runs a script block with `$_` set, returning what it wrote to the output stream. */
  invokeScriptBlock(block: ScriptBlock, options?: { readonly dollarUnder?: unknown; readonly args?: readonly unknown[] }): Promise<unknown[]>;
  readonly parameterSetName: string;
  readonly myInvocation: InvocationInfo;
  readonly host: PSHost;
  readonly sessionState: SessionStateProxy;
  /** The session's commands (Get-Command, Get-Help). */
  readonly invokeCommand: CommandInvocationIntrinsics;
  /** Aborted when the user presses Ctrl+C; pass it to long waits and HTTP requests. */
  readonly signal: AbortSignal;
}

/**
 * Base class of every cmdlet. Subclasses declare `static cmdlet` and `static parameters` and override
 * `processRecord` (and, when they need them, `beginProcessing` / `endProcessing`).
 */
export abstract class PSCmdlet {
  /** Set by the engine before `beginProcessing`. */
  commandRuntime!: ICommandRuntime;

  /** Called once before any input, with the parameters bound from the command line. */
  beginProcessing(_parameters: Readonly<Record<string, unknown>>): void | Promise<void> {}

  /** Called once per pipeline input object (or once when there is no input). */
  processRecord(_parameters: Readonly<Record<string, unknown>>): void | Promise<void> {}

  /** Called once after the last input. */
  endProcessing(_parameters: Readonly<Record<string, unknown>>): void | Promise<void> {}

  protected writeObject(value: unknown, enumerateCollection = false): void {
    this.commandRuntime.writeObject(value, enumerateCollection);
  }

  protected writeError(record: ErrorRecord): void {
    this.commandRuntime.writeError(record);
  }

  protected throwTerminatingError(record: ErrorRecord): never {
    return this.commandRuntime.throwTerminatingError(record);
  }

  protected writeWarning(message: string): void {
    this.commandRuntime.writeWarning(message);
  }

  protected writeVerbose(message: string): void {
    this.commandRuntime.writeVerbose(message);
  }

  protected writeDebug(message: string): void {
    this.commandRuntime.writeDebug(message);
  }

  /**
   * pwsh's `ShouldProcess(target)`: `What if: Performing the operation "<command>" on target "<target>".`
   * With `action`, the operation is `action` instead of the command name.
   */
  protected shouldProcess(target: string, action?: string): Promise<boolean> {
    return this.commandRuntime.shouldProcessTarget(target, action);
  }

  protected shouldContinue(query: string, caption: string): Promise<boolean> {
    return this.commandRuntime.shouldContinue(query, caption);
  }

  protected get parameterSetName(): string {
    return this.commandRuntime.parameterSetName;
  }

  protected get myInvocation(): InvocationInfo {
    return this.commandRuntime.myInvocation;
  }

  protected get host(): PSHost {
    return this.commandRuntime.host;
  }

  protected get sessionState(): SessionStateProxy {
    return this.commandRuntime.sessionState;
  }
}

/** A cmdlet class: constructible, with its static declarations. */
export type CmdletClass = (new () => PSCmdlet) & {
  readonly cmdlet: CmdletDeclaration;
  readonly parameters: ParameterDeclarations;
};
