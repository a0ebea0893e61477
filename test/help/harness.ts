/**
 * Runs Get-Help / Get-Command / help in-process against fixture modules: a minimal command runtime that
 * records output, errors and verbose messages, and the format layer's Out-Default / Out-String to turn the
 * output into the text a user sees.
 */
import type { CmdletClass, ICommandRuntime, PSCmdlet } from '../../src/engine/cmdlet.js';
import type { CommandInfo, CommandInvocationIntrinsics, ModuleInfo } from '../../src/engine/command-info.js';
import { getCommandMetadata } from '../../src/engine/command-metadata.js';
import { ErrorRecord } from '../../src/engine/errors.js';
import { formatForHost, outString } from '../../src/format/out-default.js';

/** What a cmdlet run produced. */
export interface CmdletRun {
  readonly output: unknown[];
  readonly errors: ErrorRecord[];
  readonly verbose: string[];
  /** The terminating error, if the cmdlet threw one. */
  readonly terminating: ErrorRecord | undefined;
}

class Terminated extends Error {
  constructor(readonly record: ErrorRecord) {
    super(record.message);
  }
}

/** The command table of fixture modules (aliases, then cmdlets). */
export function commandTable(modules: readonly ModuleInfo[]): CommandInvocationIntrinsics {
  const commands: CommandInfo[] = [];
  for (const module of modules) {
    for (const [alias, definition] of Object.entries(module.aliases ?? {})) commands.push({ name: alias, commandType: 'Alias', module, definition });
  }
  for (const module of modules) for (const name of Object.keys(module.commands)) commands.push({ name, commandType: 'Cmdlet', module });
  return {
    listCommands: () => commands,
    listModules: () => modules,
    getCommand: async (name) => {
      const info = commands.find((c) => c.name.toLowerCase() === name.toLowerCase());
      if (info === undefined) return undefined;
      const load = info.commandType === 'Cmdlet' ? info.module?.commands[info.name] : undefined;
      return load === undefined ? { info } : { info, cmdletClass: await load() };
    },
  };
}

/** The parameter set the binder would pick for these named parameters (enough for these cmdlets). */
function parameterSetFor(type: CmdletClass, parameters: Readonly<Record<string, unknown>>): string {
  const metadata = getCommandMetadata(type);
  for (const name of Object.keys(parameters)) {
    const sets = [...(metadata.byName.get(name.toLowerCase())?.parameterSets.keys() ?? [])].filter((s) => s !== '__AllParameterSets');
    if (sets.length === 1) return sets[0] as string;
  }
  return metadata.defaultParameterSetName;
}

/** Runs one cmdlet with bound parameters (processRecord once, then endProcessing). */
export async function runCmdlet(type: CmdletClass, parameters: Readonly<Record<string, unknown>>, modules: readonly ModuleInfo[]): Promise<CmdletRun> {
  const output: unknown[] = [];
  const errors: ErrorRecord[] = [];
  const verbose: string[] = [];
  const notUsed = (): never => {
    throw new Error('not used by help cmdlets');
  };
  const runtime: ICommandRuntime = {
    writeObject: (value) => output.push(value),
    writeError: (record) => errors.push(record),
    throwTerminatingError: (record) => {
      throw new Terminated(record);
    },
    writeWarning: notUsed,
    writeVerbose: (message) => verbose.push(message),
    writeDebug: notUsed,
    writeInformation: notUsed,
    shouldProcess: notUsed,
    shouldProcessTarget: notUsed,
    shouldContinue: notUsed,
    invokeScriptBlock: notUsed,
    parameterSetName: parameterSetFor(type, parameters),
    myInvocation: { invocationName: type.cmdlet.noun, pipelinePosition: 1, pipelineLength: 1 },
    get host(): never {
      return notUsed();
    },
    get sessionState(): never {
      return notUsed();
    },
    invokeCommand: commandTable(modules),
    signal: new AbortController().signal,
  };
  const cmdlet: PSCmdlet = new type();
  cmdlet.commandRuntime = runtime;
  const command = { name: `${type.cmdlet.verb}-${type.cmdlet.noun}`, commandType: 'Cmdlet' as const, implementingType: type.cmdlet.implementingType };
  let terminating: ErrorRecord | undefined;
  try {
    await cmdlet.beginProcessing(parameters);
    await cmdlet.processRecord(parameters);
    await cmdlet.endProcessing(parameters);
  } catch (e) {
    if (!(e instanceof Terminated)) throw e;
    terminating = e.record;
  }
  for (const record of [...errors, ...(terminating === undefined ? [] : [terminating])]) {
    record.invocationInfo = { myCommand: command, invocationName: command.name, pipelinePosition: 1, pipelineLength: 1 };
  }
  return { output, errors, verbose, terminating };
}

/** What the console shows for the output with no terminal: pwsh's 80 columns, formatted at 79. */
export function consoleText(output: readonly unknown[]): string {
  return formatForHost(output, 80);
}

/** `... | Out-String -Width <width>`. */
export function outStringText(output: readonly unknown[], width: number): string {
  return outString(output, { width, consoleWidth: 80 });
}
