// Entry for `npm run bench`'s parse+bind figure: parse the text, evaluate each command's arguments and bind
// them to the command's declared parameters, without running the commands.
import type { CommandAst, StatementAst } from '../../src/language/ast.js';
import { parseInput } from '../../src/language/index.js';
import { CmdletParameterBinder } from '../../src/engine/binder.js';
import { evaluateCommandArguments } from '../../src/engine/command-arguments.js';
import { getCommandMetadata } from '../../src/engine/command-metadata.js';
import type { StreamRoutes } from '../../src/engine/execution-context.js';
import { Runspace } from '../../src/engine/runspace.js';
import { defaultModules } from '../../src/host/modules.js';

const ui = { rawUI: { bufferWidth: 120 }, interactive: false, supportsVirtualTerminal: false, write() {}, writeLine() {}, writeErrorLine() {}, writeWarningLine() {}, writeVerboseLine() {}, writeDebugLine() {}, readLine: async () => null, promptForChoice: async () => 0, promptForCredential: async () => null };
const runspace = new Runspace({ host: { name: 'bench', version: '0', ui }, modules: defaultModules(), version: '0' });
const routes: StreamRoutes = { output() {}, error() {}, warning() {}, verbose() {}, debug() {}, information() {} };

function commands(statement: StatementAst): CommandAst[] {
  if (statement.kind === 'Pipeline') return statement.pipelineElements.filter((e): e is CommandAst => e.kind === 'Command');
  if (statement.kind === 'AssignmentStatement') return commands(statement.right);
  return [];
}

/**
 * Runs `text` once, so that the variables its commands' arguments read (the seed's `$lineItems`) hold what they
 * hold when the script runs: binding alone does not assign them.
 */
export async function prepare(text: string): Promise<void> {
  const outcome = await runspace.invoke(text, routes);
  if (outcome.terminatingError !== undefined) throw new Error(outcome.terminatingError.message);
}

/** Parses `text` and binds every command in it; throws if anything fails. */
export async function parseAndBind(text: string): Promise<void> {
  const { ast, errors } = parseInput(text);
  if (errors.length > 0) throw new Error(errors[0]?.message);
  for (const statement of ast.statements) {
    for (const command of commands(statement)) {
      const name = command.commandElements[0];
      if (name?.kind !== 'StringConstantExpression') continue;
      const resolved = await runspace.context.commands.resolveForInvocation(name.value);
      if (resolved?.cmdletClass === undefined) throw new Error(`unknown command ${name.value}`);
      const args = await evaluateCommandArguments(command.commandElements.slice(1), runspace.interpreter, routes);
      const binder = new CmdletParameterBinder(getCommandMetadata(resolved.cmdletClass), {
        invocationInfo: { invocationName: name.value, pipelinePosition: 1, pipelineLength: 1 },
        ui,
        expectingPipelineInput: false,
      });
      await binder.bindCommandLine(args);
    }
  }
}
