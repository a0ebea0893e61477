/**
 * Runs what pcsh's command line asked for in a console session and returns the process exit code, with
 * pwsh's rules: `-Command` exits 1 when the last statement failed or a terminating error occurred;
 * `-File` exits with the script's `exit N`, or 1 on a terminating error; `exit N` wins in both.
 */
import { resolve } from 'node:path';
import { Runspace, type InvocationOutcome } from '../engine/runspace.js';
import type { StreamRoutes } from '../engine/execution-context.js';
import { ConsoleHost, detectConsole } from './console-host.js';
import { consoleRoutes } from './console-routes.js';
import type { HostOptions, RunAction } from './host-switches.js';
import { jsonRoutes } from './json-routes.js';
import { LineReader, readAllStdin } from './line-reader.js';
import { defaultModules } from './modules.js';
import { standardStream, writeStderr, writeStdout } from './standard-output.js';
import { isTerminal } from './terminal.js';
import { pcshVersion } from './version.js';

/** `-Command`'s exit code. */
function commandExitCode(outcome: InvocationOutcome): number {
  if (outcome.exitCode !== undefined) return outcome.exitCode;
  return outcome.terminatingError !== undefined || !outcome.lastStatementSucceeded ? 1 : 0;
}

/** `-File`'s exit code. */
function fileExitCode(outcome: InvocationOutcome): number {
  if (outcome.exitCode !== undefined) return outcome.exitCode;
  return outcome.terminatingError !== undefined ? 1 : 0;
}

/** Runs one request to completion. */
export async function runHost(action: RunAction, options: HostOptions): Promise<number> {
  if (options.workingDirectory !== undefined) process.chdir(options.workingDirectory);
  if (action.kind === 'sandbox') {
    // The sandbox server writes to the Node streams itself.
    standardStream(1);
    standardStream(2);
    const { runSandboxCommand } = await import('./sandbox-command.js');
    return runSandboxCommand(action.argv);
  }
  const console = detectConsole(options.nonInteractive);
  const lines = new LineReader(isTerminal(0));
  const host = new ConsoleHost(
    { ...console, lines, stdout: writeStdout, stderr: writeStderr },
    pcshVersion,
  );
  const runspace = new Runspace({ host, modules: defaultModules(), version: pcshVersion });
  const routes =
    options.outputFormat === 'Json'
      ? jsonRoutes(writeStdout, writeStderr)
      : consoleRoutes(host, runspace.context.sessionState, console.width, console.color);
  // Ctrl+C stops the running pipeline (pwsh's StopProcessing); the REPL then shows a new prompt.
  const onSigint = (): void => runspace.context.interrupt();
  process.on('SIGINT', onSigint);
  try {
    switch (action.kind) {
      case 'command':
        return commandExitCode(await invokeAndFlush(runspace, action.text, routes));
      case 'command-stdin':
        return commandExitCode(await invokeAndFlush(runspace, await readAllStdin(), routes));
      case 'file': {
        const path = resolve(action.path);
        const { readFile } = await import('node:fs/promises');
        const text = await readFile(path, 'utf8');
        return fileExitCode(await invokeAndFlush(runspace, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, routes, { file: path, args: action.args }));
      }
      case 'node-style': {
        const { nodeStyleScript } = await import('./node-style.js');
        const prepared = await nodeStyleScript(action.argv, runspace);
        if ('error' in prepared) {
          writeStderr(`${prepared.error}\n`);
          return 64;
        }
        return commandExitCode(await invokeAndFlush(runspace, prepared.script, routes, { variables: prepared.variables }));
      }
      case 'repl': {
        const { runRepl } = await import('./repl.js');
        return await runRepl(runspace, routes, lines);
      }
    }
  } finally {
    process.off('SIGINT', onSigint);
    lines.close();
    await runspace.dispose();
  }
}

/** Runs text and writes out whatever the formatter still holds. */
async function invokeAndFlush(
  runspace: Runspace,
  text: string,
  routes: StreamRoutes & { flush(): void },
  options: { readonly file?: string; readonly args?: readonly string[]; readonly variables?: ReadonlyMap<string, unknown> } = {},
): Promise<InvocationOutcome> {
  for (const [name, value] of options.variables ?? []) runspace.setGlobalVariable(name, value);
  try {
    return await runspace.invoke(text, routes, { ...(options.file === undefined ? {} : { file: options.file }), ...(options.args === undefined ? {} : { args: options.args }) });
  } finally {
    routes.flush();
  }
}
