/**
 * Runs a Partner Center cmdlet's processRecord with already-bound parameters and a recording command runtime,
 * so the module's behaviour (ShouldProcess first, the sandbox warning, retries on -Verbose, traffic on -Debug,
 * ErrorRecords) is tested without the engine's parser and binder. End-to-end runs live in e2e.test.ts.
 */
import type { CmdletClass, ICommandRuntime, InformationRecord, SessionStateProxy } from '../../../src/engine/cmdlet.js';
import type { CommandInvocationIntrinsics } from '../../../src/engine/command-info.js';
import { ErrorRecord, RuntimeException, type InvocationInfo } from '../../../src/engine/errors.js';
import type { PSHost } from '../../../src/engine/host-ui.js';

/** One host session: module state shared by the commands run in it. */
export class TestSession {
  readonly states = new Map<string, unknown>();

  /** Disposes module state as the engine does when a session closes. */
  async close(): Promise<void> {
    for (const state of this.states.values()) await (state as { dispose?: () => Promise<void> }).dispose?.();
    this.states.clear();
  }
}

/** What a run wrote. */
export interface CmdletRun {
  readonly output: unknown[];
  readonly errors: ErrorRecord[];
  readonly warnings: string[];
  readonly verbose: string[];
  readonly debug: string[];
  /** Host lines: `What if:` lines. */
  readonly host: string[];
  /** A terminating error, if the command threw one. */
  readonly terminating: ErrorRecord | undefined;
}

export interface RunOptions {
  readonly session: TestSession;
  readonly whatIf?: boolean;
  readonly parameterSetName?: string;
  readonly signal?: AbortSignal;
}

/** Runs `type` once with `parameters`, as the engine would after binding. */
export async function runCmdlet(type: CmdletClass, parameters: Record<string, unknown>, options: RunOptions): Promise<CmdletRun> {
  const run = { output: [] as unknown[], errors: [] as ErrorRecord[], warnings: [] as string[], verbose: [] as string[], debug: [] as string[], host: [] as string[] };
  const name = `${type.cmdlet.verb}-${type.cmdlet.noun}`;
  const invocation: InvocationInfo = {
    myCommand: { name, commandType: 'Cmdlet', implementingType: type.cmdlet.implementingType },
    invocationName: name,
    pipelinePosition: 1,
    pipelineLength: 1,
  };
  const sessionState: SessionStateProxy = {
    getVariable: () => undefined,
    setVariable: () => undefined,
    moduleState: <T>(module: string, create: () => T): T => {
      if (!options.session.states.has(module)) options.session.states.set(module, create());
      return options.session.states.get(module) as T;
    },
    currentLocation: process.cwd(),
  };
  const shouldProcessTarget = async (target: string, action?: string): Promise<boolean> => {
    if (options.whatIf !== true) return true;
    run.host.push(`What if: Performing the operation "${action ?? name}" on target "${target}".`);
    return false;
  };
  const runtime: ICommandRuntime = {
    writeObject: (value, enumerate) => (enumerate && Array.isArray(value) ? run.output.push(...(value as unknown[])) : run.output.push(value)),
    writeError: (record) => {
      record.invocationInfo ??= invocation;
      run.errors.push(record);
    },
    throwTerminatingError: (record) => {
      record.invocationInfo ??= invocation;
      throw new RuntimeException(record);
    },
    writeWarning: (message) => run.warnings.push(message),
    writeVerbose: (message) => run.verbose.push(message),
    writeDebug: (message) => run.debug.push(message),
    writeInformation: (_record: InformationRecord) => undefined,
    shouldProcess: async (description) => shouldProcessTarget(description),
    shouldProcessTarget,
    shouldContinue: async () => true,
    invokeScriptBlock: async () => [],
    parameterSetName: options.parameterSetName ?? '__AllParameterSets',
    myInvocation: invocation,
    host: {} as PSHost,
    sessionState,
    invokeCommand: {} as CommandInvocationIntrinsics,
    signal: options.signal ?? new AbortController().signal,
  };
  const cmdlet = new type();
  cmdlet.commandRuntime = runtime;
  let terminating: ErrorRecord | undefined;
  try {
    await cmdlet.beginProcessing(parameters);
    await cmdlet.processRecord(parameters);
    await cmdlet.endProcessing(parameters);
  } catch (error) {
    if (error instanceof RuntimeException && error.errorRecord !== undefined) terminating = error.errorRecord;
    else throw error;
  }
  return { ...run, terminating };
}
