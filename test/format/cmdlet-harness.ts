/**
 * Runs a cmdlet class against a fake ICommandRuntime, the way the engine calls it (begin, one process per
 * input, end), and records what it wrote. Script blocks are stood in for by JavaScript functions.
 */
import type { ScriptBlockAst } from '../../src/language/ast.js';
import type { CmdletClass, ICommandRuntime, InformationRecord } from '../../src/engine/cmdlet.js';
import { ErrorRecord, RuntimeException } from '../../src/engine/errors.js';
import { ScriptBlock } from '../../src/engine/script-block.js';

const scripts = new WeakMap<ScriptBlock, (dollarUnder: unknown) => unknown>();

/** A script block whose text is `{text}` and whose value is `fn($_)`. */
export function script(text: string, fn: (dollarUnder: unknown) => unknown): ScriptBlock {
  const source = `{${text}}`;
  const ast = { kind: 'ScriptBlock', statements: [], extent: { source: { text: source }, startOffset: 0, endOffset: source.length, startLine: 1, startColumn: 1, endLine: 1, endColumn: source.length + 1 } } as unknown as ScriptBlockAst;
  const block = new ScriptBlock(ast);
  scripts.set(block, fn);
  return block;
}

export interface CmdletRun {
  readonly output: unknown[];
  readonly errors: ErrorRecord[];
  readonly warnings: string[];
  readonly debug: string[];
  /** Every stream in order, as `kind: text` (to check that a warning comes before the output). */
  readonly order: string[];
  readonly terminatingError?: ErrorRecord;
}

/** Runs `type` with `parameters`, feeding `inputs` (if any) to `InputObject` one by one. */
export async function runCmdlet(
  type: CmdletClass,
  parameters: Readonly<Record<string, unknown>>,
  inputs?: readonly unknown[],
  options: { parameterSetName?: string; variables?: Readonly<Record<string, unknown>>; width?: number } = {},
): Promise<CmdletRun> {
  const run = { output: [] as unknown[], errors: [] as ErrorRecord[], warnings: [] as string[], debug: [] as string[], order: [] as string[] };
  const cmdlet = new type();
  const myInvocation: ICommandRuntime['myInvocation'] = {
    myCommand: { name: `${type.cmdlet.verb}-${type.cmdlet.noun}`, commandType: 'Cmdlet', implementingType: type.cmdlet.implementingType },
    invocationName: `${type.cmdlet.verb}-${type.cmdlet.noun}`,
    pipelinePosition: 1,
    pipelineLength: 1,
  };
  // The engine gives records without an InvocationInfo the command's (MshCommandRuntime).
  const attach = (record: ErrorRecord): ErrorRecord => {
    record.invocationInfo ??= myInvocation;
    return record;
  };
  const runtime: Partial<ICommandRuntime> = {
    writeObject(value, enumerate) {
      const values = enumerate && Array.isArray(value) ? value : [value];
      for (const v of values) {
        run.output.push(v);
        run.order.push('output');
      }
    },
    writeError(record) {
      run.errors.push(attach(record));
      run.order.push('error');
    },
    throwTerminatingError(record): never {
      throw new RuntimeException(attach(record));
    },
    writeWarning(message) {
      run.warnings.push(message);
      run.order.push('warning');
    },
    writeVerbose() {},
    writeDebug(message) {
      run.debug.push(message);
    },
    writeInformation(_record: InformationRecord) {},
    async invokeScriptBlock(block, invokeOptions) {
      const fn = scripts.get(block);
      if (fn === undefined) throw new Error('unknown script block');
      const value = fn(invokeOptions?.dollarUnder);
      return value === undefined ? [] : [value];
    },
    parameterSetName: options.parameterSetName ?? type.cmdlet.defaultParameterSetName ?? '__AllParameterSets',
    myInvocation,
    host: { name: 'test', version: '0', ui: { rawUI: { bufferWidth: options.width ?? 80 } } } as ICommandRuntime['host'],
    sessionState: {
      getVariable: (name: string) => options.variables?.[name.replace(/^global:/i, '')],
      setVariable: () => undefined,
      moduleState: <T>(_module: string, create: () => T) => create(),
      currentLocation: '/',
    },
    signal: new AbortController().signal,
  };
  cmdlet.commandRuntime = runtime as ICommandRuntime;
  try {
    await cmdlet.beginProcessing(parameters);
    if (inputs === undefined) await cmdlet.processRecord(parameters);
    else for (const input of inputs) await cmdlet.processRecord({ ...parameters, InputObject: input });
    await cmdlet.endProcessing(parameters);
  } catch (error) {
    if (error instanceof RuntimeException && error.errorRecord !== undefined) return { ...run, terminatingError: error.errorRecord };
    throw error;
  }
  return run;
}
