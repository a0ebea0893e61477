/**
 * The runtime of one command invocation (pwsh's MshCommandRuntime): the streams with their preferences,
 * the stream variables (-OutVariable, -ErrorVariable…), ShouldProcess, and terminating errors.
 */
import type { ActionPreference } from './action-preference.js';
import type { ConfirmImpact, ICommandRuntime, InformationRecord, SessionStateProxy } from './cmdlet.js';
import type { CommandMetadata } from './command-metadata.js';
import type { CommandInvocationIntrinsics } from './command-info.js';
import { toPSString } from './conversion.js';
import { ErrorRecord, PSException, RuntimeException, type InvocationInfo } from './errors.js';
import type { ExecutionContext, StreamRoutes } from './execution-context.js';
import type { PSHost } from './host-ui.js';
import { PSEnumValue } from './ps-object.js';
import { getActionPreference, getConfirmPreference, getWhatIfPreference, type PreferenceVariable } from './preferences.js';
import type { ScriptBlock } from './script-block.js';
import { variablePath } from './session-state.js';
import { doShouldContinue, doShouldProcess, shouldProcessDescription, type ShouldProcessContext, type ContinueStatus } from './should-process.js';
import { CommandBaseStrings } from './strings/CommandBaseStrings.js';
import { format } from './strings/format.js';

/**
 * Thrown for `-ErrorAction Stop` and friends. Views show the original record (its `errorRecord`), as pwsh's
 * ActionPreferenceStopException does.
 */
export class ActionPreferenceStopException extends RuntimeException {
  constructor(record: ErrorRecord, message: string) {
    super(record, 'System.Management.Automation.ActionPreferenceStopException');
    this.message = message;
    this.suppressPromptInInterpreter = true;
  }
}

/** An information record as a value: its string form is its message, as pwsh's InformationRecord.ToString(). */
class InformationRecordValue implements InformationRecord {
  readonly messageData: unknown;
  readonly tags: readonly string[];
  readonly source: string;

  constructor(record: InformationRecord) {
    this.messageData = record.messageData;
    this.tags = record.tags;
    this.source = record.source;
  }

  toString(): string {
    return toPSString(this.messageData);
  }
}

/** What the engine hands a command runtime besides the context. */
export interface CommandRuntimeOptions {
  readonly metadata: CommandMetadata;
  readonly invocationInfo: InvocationInfo;
  readonly routes: StreamRoutes;
  /** The bound common parameters (Verbose, ErrorAction, WhatIf…), by canonical name. */
  readonly commonParameters: Readonly<Record<string, unknown>>;
  /** Runs a script block for Where-Object / ForEach-Object and friends. */
  readonly invokeScriptBlock: (block: ScriptBlock, dollarUnder: unknown, args: readonly unknown[]) => Promise<unknown[]>;
  readonly parameterSetName: () => string;
}

function enumName(value: unknown): ActionPreference | undefined {
  return value instanceof PSEnumValue ? (value.name as ActionPreference) : undefined;
}

/** A stream variable: `-OutVariable x` (fresh list) or `-OutVariable +x` (append to the existing one). */
function setUpStreamVariable(context: ExecutionContext, spec: unknown): unknown[] | undefined {
  if (typeof spec !== 'string' || spec === '') return undefined;
  const append = spec.startsWith('+');
  const path = variablePath(append ? spec.slice(1) : spec);
  const existing = context.sessionState.getValue(path);
  let list: unknown[];
  if (append && Array.isArray(existing)) list = existing;
  else if (append && existing !== undefined && existing !== null) list = [existing];
  else list = [];
  context.sessionState.setValue(path, list);
  return list;
}

/** MshCommandRuntime for one cmdlet instance. */
export class CommandRuntime implements ICommandRuntime {
  /** Objects written by the current processRecord call, drained by the command processor. */
  readonly pending: unknown[] = [];
  /** pwsh's ExecutionFailed: any error, even an ignored one, makes `$?` false. */
  executionFailed = false;
  private readonly errorAction: ActionPreference;
  private readonly warningAction: ActionPreference;
  private readonly verbosePreference: ActionPreference;
  private readonly debugPreference: ActionPreference;
  private readonly informationAction: ActionPreference;
  private readonly informationActionSet: boolean;
  private readonly outVariable: unknown[] | undefined;
  private readonly errorVariable: unknown[] | undefined;
  private readonly warningVariable: unknown[] | undefined;
  private readonly informationVariable: unknown[] | undefined;
  private readonly shouldProcessContext: ShouldProcessContext;

  constructor(
    private readonly context: ExecutionContext,
    private readonly options: CommandRuntimeOptions,
  ) {
    const common = options.commonParameters;
    const state = context.sessionState;
    this.errorAction = enumName(common.ErrorAction) ?? getActionPreference(state, 'ErrorActionPreference');
    this.warningAction = enumName(common.WarningAction) ?? getActionPreference(state, 'WarningPreference');
    this.informationAction = enumName(common.InformationAction) ?? getActionPreference(state, 'InformationPreference');
    this.informationActionSet = common.InformationAction !== undefined;
    this.verbosePreference = common.Verbose === undefined ? getActionPreference(state, 'VerbosePreference') : common.Verbose === true ? 'Continue' : 'SilentlyContinue';
    this.debugPreference = common.Debug === undefined ? getActionPreference(state, 'DebugPreference') : common.Debug === true ? 'Continue' : 'SilentlyContinue';
    this.outVariable = setUpStreamVariable(context, common.OutVariable);
    this.errorVariable = setUpStreamVariable(context, common.ErrorVariable);
    this.warningVariable = setUpStreamVariable(context, common.WarningVariable);
    this.informationVariable = setUpStreamVariable(context, common.InformationVariable);
    const confirm = common.Confirm;
    const confirmPreference: ConfirmImpact = confirm === true ? 'Low' : confirm === false ? 'None' : getConfirmPreference(state);
    this.shouldProcessContext = {
      whatIf: common.WhatIf === undefined ? getWhatIfPreference(state) : common.WhatIf === true,
      confirmPreference,
      confirmImpact: options.metadata.confirmImpact,
      verboseSwitch: common.Verbose === true,
      ui: context.host.ui,
      writeVerbose: (message) => this.writeVerbose(message),
      stop: (message) => this.stop('ActionPreferenceStop', message),
      lastStatus: undefined as ContinueStatus | undefined,
    };
  }

  get myInvocation(): InvocationInfo {
    return this.options.invocationInfo;
  }

  get parameterSetName(): string {
    return this.options.parameterSetName();
  }

  get host(): PSHost {
    return this.context.host;
  }

  get signal(): AbortSignal {
    return this.context.signal;
  }

  get invokeCommand(): CommandInvocationIntrinsics {
    return this.context.commands;
  }

  get sessionState(): SessionStateProxy {
    const context = this.context;
    return {
      getVariable: (name) => context.sessionState.getValue(variablePath(name)),
      setVariable: (name, value) => context.sessionState.setValue(variablePath(name), value),
      moduleState: (moduleName, create) => context.moduleState(moduleName, create),
      get currentLocation() {
        return process.cwd();
      },
    };
  }

  writeObject(value: unknown, enumerateCollection: boolean): void {
    if (enumerateCollection && Array.isArray(value)) {
      for (const item of value) this.writeOne(item);
    } else {
      this.writeOne(value);
    }
  }

  private writeOne(value: unknown): void {
    this.pending.push(value);
    this.outVariable?.push(value);
  }

  /** Attaches this command's invocation to a record that has none (pwsh's SetInvocationInfo). */
  private own(record: ErrorRecord): ErrorRecord {
    if (record.invocationInfo === undefined) record.invocationInfo = this.options.invocationInfo;
    return record;
  }

  writeError(record: ErrorRecord): void {
    this.writeErrorWithPreference(this.own(record), this.errorAction);
  }

  /** pwsh's _WriteErrorSkipAllowCheck. */
  private writeErrorWithPreference(record: ErrorRecord, preference: ActionPreference): void {
    this.executionFailed = true;
    if (preference === 'Ignore') return;
    if (preference === 'SilentlyContinue') {
      this.appendError(record);
      return;
    }
    if (preference === 'Stop') {
      // pwsh appends the stop to -ErrorVariable before throwing; $Error gets it at the statement.
      this.errorVariable?.push(record);
      throw new ActionPreferenceStopException(record, format(CommandBaseStrings.ErrorPreferenceStop, 'ErrorActionPreference', record.toString()));
    }
    this.appendError(record);
    this.options.routes.error(record);
  }

  private appendError(record: ErrorRecord): void {
    this.context.appendError(record);
    this.errorVariable?.push(record);
  }

  throwTerminatingError(record: ErrorRecord): never {
    this.executionFailed = true;
    throw new RuntimeException(this.own(record));
  }

  /** Stops the command with an ActionPreferenceStopException of its own (no original record). */
  private stop(errorId: string, message: string): never {
    const record = this.own(new ErrorRecord(new PSException(message, 'System.Management.Automation.ActionPreferenceStopException'), errorId, 'OperationStopped'));
    throw new ActionPreferenceStopException(record, message);
  }

  /**
   * pwsh's WriteHelper_ShouldWrite then WriteHelper: the line is written for Continue, Stop and Inquire, and
   * only then does Stop end the command.
   */
  private writeStream(preference: ActionPreference, variable: PreferenceVariable, message: string, write: () => void, record?: () => void): void {
    if (preference === 'Continue' || preference === 'Stop' || preference === 'Inquire') write();
    record?.();
    if (preference === 'Stop') this.stop('ActionPreferenceStop', format(CommandBaseStrings.ErrorPreferenceStop, variable, message));
  }

  writeWarning(message: string): void {
    // pwsh appends to -WarningVariable whatever the preference (MshCommandRuntime.WriteWarning).
    this.writeStream(this.warningAction, 'WarningPreference', message, () => this.options.routes.warning(message), () => this.warningVariable?.push(message));
  }

  writeVerbose(message: string): void {
    this.writeStream(this.verbosePreference, 'VerbosePreference', message, () => this.options.routes.verbose(message));
  }

  writeDebug(message: string): void {
    this.writeStream(this.debugPreference, 'DebugPreference', message, () => this.options.routes.debug(message));
  }

  writeInformation(record: InformationRecord): void {
    // Write-Host output is shown unless -InformationAction says otherwise (pwsh: PSHOST-tagged records).
    const isHost = record.tags.includes('PSHOST');
    const preference = isHost && !this.informationActionSet ? 'Continue' : this.informationAction;
    if (preference !== 'Ignore') this.informationVariable?.push(new InformationRecordValue(record));
    this.writeStream(preference, 'InformationPreference', String(record.messageData), () => this.options.routes.information(record));
  }

  shouldProcess(verboseDescription: string, verboseWarning?: string, caption?: string): Promise<boolean> {
    return doShouldProcess(this.shouldProcessContext, verboseDescription, verboseWarning, caption);
  }

  shouldProcessTarget(target: string, action?: string): Promise<boolean> {
    const description = shouldProcessDescription(action ?? this.options.metadata.name, target);
    return doShouldProcess(this.shouldProcessContext, description);
  }

  shouldContinue(query: string, caption: string): Promise<boolean> {
    return doShouldContinue(this.shouldProcessContext, query, caption);
  }

  invokeScriptBlock(block: ScriptBlock, options: { readonly dollarUnder?: unknown; readonly args?: readonly unknown[] } = {}): Promise<unknown[]> {
    return this.options.invokeScriptBlock(block, options.dollarUnder, options.args ?? []);
  }
}
