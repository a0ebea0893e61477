/**
 * Runs script text in a fresh runspace with pcsh's modules and a scripted host UI, and returns what a user would
 * see, stream by stream: output values as pwsh's string form, errors as `FQID: message`, host lines, and the
 * Confirm prompts shown (caption, message and choice labels), answered from a list.
 */
import type { ErrorRecord } from '../../src/engine/errors.js';
import { toPSString } from '../../src/engine/conversion.js';
import type { ChoiceDescription, PSHostUserInterface } from '../../src/engine/host-ui.js';
import { Runspace } from '../../src/engine/runspace.js';
import { nonInteractiveError } from '../../src/host/console-host.js';
import { defaultModules } from '../../src/host/modules.js';

/** What one run showed. */
export interface ScriptRun {
  readonly output: string[];
  /** `FullyQualifiedErrorId: message`, in order. */
  readonly errors: string[];
  readonly records: ErrorRecord[];
  readonly warnings: string[];
  readonly verbose: string[];
  /** Host lines (`What if: …`) and prompts, as `caption|message|choices`. */
  readonly host: string[];
  readonly exitCode: number | undefined;
}

/** A UI that answers Confirm prompts from a list of choice indexes; with none, it is non-interactive. */
class ScriptedUI implements PSHostUserInterface {
  readonly rawUI = { bufferWidth: 120 };
  readonly supportsVirtualTerminal = false;
  readonly lines: string[] = [];

  constructor(private readonly answers: number[] | undefined) {}

  get interactive(): boolean {
    return this.answers !== undefined;
  }

  write(text: string): void {
    this.lines.push(text);
  }
  writeLine(text = ''): void {
    this.lines.push(text);
  }
  writeErrorLine(): void {}
  writeWarningLine(): void {}
  writeVerboseLine(): void {}
  writeDebugLine(): void {}
  async readLine(): Promise<string | null> {
    throw nonInteractiveError();
  }
  async promptForCredential(): Promise<null> {
    throw nonInteractiveError();
  }
  async promptForChoice(caption: string, message: string, choices: readonly ChoiceDescription[]): Promise<number> {
    if (this.answers === undefined) throw nonInteractiveError();
    this.lines.push(`${caption}|${message}|${choices.map((c) => c.label).join(',')}`);
    return this.answers.shift() ?? -1;
  }
}

/** Runs `text`; `answers` (choice indexes) makes the host interactive. */
export async function runScript(text: string, answers?: number[]): Promise<ScriptRun> {
  const ui = new ScriptedUI(answers === undefined ? undefined : [...answers]);
  const runspace = new Runspace({ host: { name: 'test', version: '0.0.0', ui }, modules: defaultModules(), version: '0.0.0' });
  const run: ScriptRun = { output: [], errors: [], records: [], warnings: [], verbose: [], host: ui.lines, exitCode: undefined };
  const outcome = await runspace.invoke(text, {
    output: (value) => run.output.push(toPSString(value)),
    error: (record) => {
      run.records.push(record);
      run.errors.push(`${record.fullyQualifiedErrorId}: ${record.message}`);
    },
    warning: (message) => run.warnings.push(message),
    verbose: (message) => run.verbose.push(message),
    debug: () => {},
    information: () => {},
  });
  await runspace.dispose();
  return { ...run, exitCode: outcome.exitCode };
}
