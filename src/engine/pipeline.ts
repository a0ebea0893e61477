/**
 * Running a pipeline (pwsh's PipelineProcessor): resolve each command, bind them all, then begin, stream
 * input through, and end them in order. `$?` reflects whether any command failed.
 */
import type { CommandAst, ExpressionAst, PipelineAst, RedirectionAst } from '../language/ast.js';
import type { CommandArgument } from './binder.js';
import { evaluateCommandArguments } from './command-arguments.js';
import { CmdletProcessor, type CommandProcessor, type Emit } from './command-processor.js';
import { toPSString } from './conversion.js';
import type { InvocationInfo } from './errors.js';
import { AutomationNull, writeEnumerated, type StreamRoutes } from './execution-context.js';
import { evaluateExpression } from './expressions.js';
import type { Interpreter } from './interpreter.js';
import { runtimeError } from './runtime-errors.js';
import { ScriptBlock } from './script-block.js';
import { ScriptProcessor, type ScriptProcessorOptions } from './script-command-processor.js';
import { format } from './strings/format.js';
import { DiscoveryExceptions } from './strings/DiscoveryExceptions.js';

/** What `1 | Foo` feeds the next command: arrays element by element, `$null` once, nothing for AutomationNull. */
function pipelineInput(value: unknown): readonly unknown[] {
  if (value === AutomationNull) return [];
  return Array.isArray(value) ? value : [value];
}

/** Applies `2>&1`, `> $null`, `2> $null`, `*> $null` to a command's routes. File targets go through Out-File. */
async function applyRedirections(redirections: readonly RedirectionAst[], routes: StreamRoutes, interpreter: Interpreter): Promise<{ routes: StreamRoutes; files: FileRedirection[] }> {
  let result = routes;
  const files: FileRedirection[] = [];
  for (const redirection of redirections) {
    const streams = redirection.fromStream === '*' ? [1, 2, 3, 4, 5, 6] : [redirection.fromStream];
    if (redirection.toStream === 1) {
      const output = result.output;
      for (const stream of streams) {
        if (stream === 2) result = { ...result, error: (record) => output(record) };
        if (stream === 3) result = { ...result, warning: (message) => output(message) };
        if (stream === 4) result = { ...result, verbose: (message) => output(message) };
        if (stream === 5) result = { ...result, debug: (message) => output(message) };
        if (stream === 6) result = { ...result, information: (record) => output(record) };
      }
      continue;
    }
    const target = redirection.file === undefined ? null : await evaluateExpression(redirection.file, interpreter, routes);
    const sink: unknown[] | undefined = target === null ? undefined : [];
    if (sink !== undefined) files.push({ path: toPSString(target), append: redirection.append, values: sink, extent: redirection.extent });
    const keep = (value: unknown): void => {
      sink?.push(value);
    };
    for (const stream of streams) {
      if (stream === 1) result = { ...result, output: keep };
      if (stream === 2) result = { ...result, error: keep };
      if (stream === 3) result = { ...result, warning: keep };
      if (stream === 4) result = { ...result, verbose: keep };
      if (stream === 5) result = { ...result, debug: keep };
      if (stream === 6) result = { ...result, information: keep };
    }
  }
  return { routes: result, files };
}

interface FileRedirection {
  readonly path: string;
  readonly append: boolean;
  readonly values: unknown[];
  readonly extent: RedirectionAst['extent'];
}

/** Writes what was redirected to files, through the Out-File cmdlet (pwsh implements `>` the same way). */
async function flushFiles(files: readonly FileRedirection[], interpreter: Interpreter, routes: StreamRoutes): Promise<void> {
  for (const file of files) {
    const outFile = await interpreter.context.commands.resolveForInvocation('Out-File');
    if (outFile?.cmdletClass === undefined) throw runtimeError('Redirection to a file needs the Out-File cmdlet, which is not loaded.', 'RedirectionNotSupported', 'NotImplemented', file.extent);
    const info: InvocationInfo = { myCommand: { name: 'Out-File', commandType: 'Cmdlet', implementingType: outFile.cmdletClass.cmdlet.implementingType }, invocationName: 'Out-File', extent: file.extent, pipelinePosition: 1, pipelineLength: 1 };
    const args: CommandArgument[] = [{ kind: 'Parameter', parameterName: 'FilePath', parameterText: '-FilePath', extent: file.extent, argument: { value: file.path, extent: file.extent } }];
    if (file.append) args.push({ kind: 'Parameter', parameterName: 'Append', parameterText: '-Append', extent: file.extent });
    const processor = new CmdletProcessor(interpreter, outFile.cmdletClass, info, args, routes, async () => {}, true);
    await processor.prepare();
    await processor.begin();
    for (const value of file.values) await processor.process(value);
    await processor.end();
  }
}

/** The name a command is invoked by, for a bare-word or quoted command name. */
async function commandName(node: CommandAst, interpreter: Interpreter, routes: StreamRoutes): Promise<unknown> {
  const first = node.commandElements[0];
  if (first === undefined) return '';
  if (first.kind === 'StringConstantExpression') return first.value;
  if (first.kind === 'CommandParameter') return `-${first.parameterName}`;
  return evaluateExpression(first, interpreter, routes);
}

function commandNotFound(name: string, node: CommandAst): Error {
  const extent = node.commandElements[0]?.extent ?? node.extent;
  const error = runtimeError(format(DiscoveryExceptions.CommandNotFoundException, name), 'CommandNotFoundException', 'ObjectNotFound', extent, name, 'System.Management.Automation.CommandNotFoundException');
  const record = error.errorRecord;
  if (record !== undefined) record.invocationInfo = { invocationName: name, extent, pipelinePosition: 0, pipelineLength: 0 };
  return error;
}

/**
 * Creates the processor for one command element of a pipeline. `output` is the statement's own output when the
 * command is last: functions and scripts write to it as they go.
 */
async function createProcessor(
  node: CommandAst,
  position: number,
  length: number,
  interpreter: Interpreter,
  routes: StreamRoutes,
  emit: Emit,
  output: ((value: unknown) => void) | undefined,
): Promise<CommandProcessor> {
  const nameValue = await commandName(node, interpreter, routes);
  const args = await evaluateCommandArguments(node.commandElements.slice(1), interpreter, routes);
  const dotSourced = node.invocationOperator === '.';
  const options: ScriptProcessorOptions = output === undefined ? { expectingPipelineInput: position > 1 } : { expectingPipelineInput: position > 1, output };
  if (nameValue instanceof ScriptBlock) {
    const command = { body: nameValue.ast, parameters: nameValue.ast.paramBlock?.parameters ?? [], invocation: { invocationName: '', pipelinePosition: 0, pipelineLength: 0 }, scope: dotSourced ? undefined : ('ScriptBlock' as const) };
    return new ScriptProcessor(interpreter, command, args, routes, emit, options);
  }
  const name = toPSString(nameValue);
  const resolved = await interpreter.context.commands.resolveForInvocation(name);
  const invocation = (commandType: 'Function' | 'ExternalScript', commandName: string): InvocationInfo => ({
    myCommand: { name: commandName, commandType },
    invocationName: name,
    extent: node.extent,
    pipelinePosition: position,
    pipelineLength: length,
  });
  if (resolved === undefined) {
    const script = await externalScript(name, interpreter);
    if (script !== undefined) {
      const command = { body: script, parameters: script.paramBlock?.parameters ?? [], invocation: invocation('ExternalScript', name.slice(name.lastIndexOf('/') + 1)), scope: dotSourced ? undefined : ('Script' as const) };
      return new ScriptProcessor(interpreter, command, args, routes, emit, options);
    }
    throw commandNotFound(name, node);
  }
  if (resolved.info.commandType === 'Function') {
    const fn = interpreter.context.sessionState.lookupFunction(resolved.info.name);
    if (fn === undefined) throw commandNotFound(name, node);
    if (wantsHelp(args)) return helpProcessor(fn.name, node, interpreter, routes, emit);
    const command = { body: fn.definition.body, parameters: fn.definition.parameters, invocation: invocation('Function', fn.name), scope: dotSourced ? undefined : ('Function' as const) };
    return new ScriptProcessor(interpreter, command, args, routes, emit, options);
  }
  const cmdletClass = resolved.cmdletClass;
  if (cmdletClass === undefined) throw commandNotFound(name, node);
  if (wantsHelp(args)) return helpProcessor(resolved.info.name, node, interpreter, routes, emit);
  const invocationInfo: InvocationInfo = {
    myCommand: { name: resolved.info.name, commandType: 'Cmdlet', implementingType: cmdletClass.cmdlet.implementingType },
    invocationName: name,
    extent: node.extent,
    pipelinePosition: position,
    pipelineLength: length,
  };
  return new CmdletProcessor(interpreter, cmdletClass, invocationInfo, args, routes, emit, position > 1);
}

/** `X -?` asks for help: pwsh runs `Get-Help -Name X` instead (CommandProcessor.IsHelpRequested). */
function wantsHelp(args: readonly CommandArgument[]): boolean {
  return args.some((a) => a.kind === 'Parameter' && a.parameterName === '?' && a.argument === undefined);
}

async function helpProcessor(name: string, node: CommandAst, interpreter: Interpreter, routes: StreamRoutes, emit: Emit): Promise<CommandProcessor> {
  const getHelp = await interpreter.context.commands.resolveForInvocation('Get-Help');
  if (getHelp?.cmdletClass === undefined) throw commandNotFound('Get-Help', node);
  const info: InvocationInfo = { myCommand: { name: 'Get-Help', commandType: 'Cmdlet', implementingType: getHelp.cmdletClass.cmdlet.implementingType }, invocationName: 'Get-Help', extent: node.extent, pipelinePosition: 1, pipelineLength: 1 };
  const args: CommandArgument[] = [{ kind: 'Parameter', parameterName: 'Name', parameterText: '-Name', extent: node.extent, argument: { value: name, extent: node.extent } }];
  return new CmdletProcessor(interpreter, getHelp.cmdletClass, info, args, routes, emit, false);
}

/** A `.ps1` path used as a command (`./other.ps1`), parsed and run as a script. */
async function externalScript(name: string, interpreter: Interpreter): Promise<import('../language/ast.js').ScriptBlockAst | undefined> {
  if (!name.toLowerCase().endsWith('.ps1')) return undefined;
  const { readFile } = await import('node:fs/promises');
  const { resolve } = await import('node:path');
  const path = resolve(process.cwd(), name);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  return interpreter.parseScript(text, path);
}

/** `++`/`--` in either position. */
function isIncrement(expression: ExpressionAst): boolean {
  return expression.kind === 'UnaryExpression' && ['++', '--', 'postfix++', 'postfix--'].includes(expression.operator);
}

/** Runs a pipeline statement. */
export async function runPipeline(node: PipelineAst, interpreter: Interpreter, routes: StreamRoutes): Promise<void> {
  const elements = node.pipelineElements;
  const first = elements[0];
  if (first === undefined) return;
  const context = interpreter.context;

  // A lone expression: its value is written, enumerated one level — except `$i++`/`++$i`, which pwsh runs
  // for its effect only when it is a whole statement.
  if (elements.length === 1 && first.kind === 'CommandExpression') {
    const redirected = await applyRedirections(first.redirections, routes, interpreter);
    const value = await evaluateExpression(first.expression, interpreter, redirected.routes);
    if (!isIncrement(first.expression)) writeEnumerated(redirected.routes, value);
    await flushFiles(redirected.files, interpreter, routes);
    context.questionMark = true;
    return;
  }

  const length = elements.length;
  const files: FileRedirection[] = [];
  let source: readonly unknown[] | undefined;
  // Build from the last command backwards so that each knows where its output goes.
  let emit: Emit = async (value) => routes.output(value);
  const processors: CommandProcessor[] = [];
  for (let index = length - 1; index >= 0; index--) {
    const element = elements[index];
    if (element === undefined) continue;
    const redirected = await applyRedirections(element.redirections, routes, interpreter);
    files.push(...redirected.files);
    if (element.kind === 'CommandExpression') {
      if (index !== 0) throw runtimeError('Expressions are only allowed as the first element of a pipeline.', 'ExpressionsMustBeFirstInPipeline', 'ParserError', element.extent);
      source = pipelineInput(await evaluateExpression(element.expression, interpreter, redirected.routes));
      continue;
    }
    const routesHere = redirected.routes;
    const output = index === length - 1 ? (value: unknown) => routesHere.output(value) : undefined;
    const target = output === undefined ? emit : async (value: unknown) => output(value);
    const processor = await createProcessor(element, index + 1, length, interpreter, redirected.routes, target, output);
    processors.unshift(processor);
    emit = (value) => processor.process(value);
  }

  for (const processor of processors) await processor.prepare();
  for (const processor of processors) await processor.begin();
  const head = processors[0];
  if (head !== undefined) {
    if (source === undefined) await head.processWithoutInput();
    else for (const value of source) await head.process(value);
  }
  for (const processor of processors) await processor.end();
  await flushFiles(files, interpreter, routes);
  context.questionMark = !processors.some((p) => p.failed);
}
