/**
 * The library host: `createHost()` for Node programs. Every stream is collected into the result; nothing
 * is written to the process's stdout or stderr, and nothing prompts (a prompt fails with pwsh's
 * NonInteractive error, as under `pwsh -NonInteractive`).
 */
import type { InformationRecord } from '../engine/cmdlet.js';
import type { ModuleInfo } from '../engine/command-info.js';
import type { ErrorRecord } from '../engine/errors.js';
import type { ChoiceDescription, PSHost, PSHostUserInterface } from '../engine/host-ui.js';
import { Runspace } from '../engine/runspace.js';
import { nonInteractiveError } from './console-host.js';
import { defaultModules } from './modules.js';
import { pcshVersion } from './version.js';

/** What one `invoke` produced, stream by stream. */
export interface InvokeResult {
  /** The success stream, as objects. */
  readonly output: unknown[];
  /** Every error: non-terminating ones, and the terminating one that ended the run, if any. */
  readonly errors: ErrorRecord[];
  readonly warnings: string[];
  readonly verbose: string[];
  readonly debug: string[];
  /** Write-Host and Write-Information records. */
  readonly information: InformationRecord[];
  /** Lines the host itself printed, such as `What if: …`. */
  readonly hostOutput: string[];
  /** True when any error was written or the last statement failed (pwsh's `HadErrors`). */
  readonly hadErrors: boolean;
  /** The code of an `exit` statement, when one ran. */
  readonly exitCode: number | undefined;
}

export interface CreateHostOptions {
  /** Modules in addition to pcsh's built-in ones and the Partner Center module. */
  readonly modules?: readonly ModuleInfo[];
  /** The width Out-String and Format-* use (default 120, pwsh's width when there is no console). */
  readonly width?: number;
}

export interface InvokeOptions {
  /** Global variables to set before the script runs, e.g. `{ customerId: '…' }` for `$customerId`. */
  readonly variables?: Readonly<Record<string, unknown>>;
}

/** A PowerShell session for a Node program. */
export interface PcshHost {
  invoke(script: string, options?: InvokeOptions): Promise<InvokeResult>;
  /** Releases what the session holds (for example the embedded sandbox server). */
  close(): Promise<void>;
}

class CollectingUI implements PSHostUserInterface {
  readonly interactive = false;
  readonly supportsVirtualTerminal = false;
  lines: string[] = [];
  private partial = '';

  constructor(readonly rawUI: { readonly bufferWidth: number }) {}

  write(text: string): void {
    const parts = (this.partial + text).split('\n');
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
  }

  writeLine(text = ''): void {
    this.write(`${text}\n`);
  }

  writeErrorLine(text: string): void {
    this.writeLine(text);
  }

  writeWarningLine(message: string): void {
    this.writeLine(`WARNING: ${message}`);
  }

  writeVerboseLine(message: string): void {
    this.writeLine(`VERBOSE: ${message}`);
  }

  writeDebugLine(message: string): void {
    this.writeLine(`DEBUG: ${message}`);
  }

  async readLine(): Promise<string | null> {
    throw nonInteractiveError();
  }

  async promptForCredential(): Promise<null> {
    throw nonInteractiveError();
  }

  async promptForChoice(_caption: string, _message: string, _choices: readonly ChoiceDescription[], _defaultChoice: number): Promise<number> {
    throw nonInteractiveError();
  }

  take(): string[] {
    const taken = this.partial === '' ? this.lines : [...this.lines, this.partial];
    this.lines = [];
    this.partial = '';
    return taken;
  }
}

/** Creates a session. */
export function createHost(options: CreateHostOptions = {}): PcshHost {
  const ui = new CollectingUI({ bufferWidth: options.width ?? 120 });
  const host: PSHost = { name: 'pcsh', version: pcshVersion, ui };
  const runspace = new Runspace({ host, modules: [...defaultModules(), ...(options.modules ?? [])], version: pcshVersion });
  return {
    async invoke(script, invokeOptions = {}) {
      for (const [name, value] of Object.entries(invokeOptions.variables ?? {})) runspace.setGlobalVariable(name, value);
      const result = { output: [] as unknown[], errors: [] as ErrorRecord[], warnings: [] as string[], verbose: [] as string[], debug: [] as string[], information: [] as InformationRecord[] };
      const outcome = await runspace.invoke(script, {
        output: (value) => result.output.push(value),
        error: (record) => result.errors.push(record),
        warning: (message) => result.warnings.push(message),
        verbose: (message) => result.verbose.push(message),
        debug: (message) => result.debug.push(message),
        information: (record) => result.information.push(record),
      });
      return {
        ...result,
        hostOutput: ui.take(),
        hadErrors: result.errors.length > 0 || !outcome.lastStatementSucceeded,
        exitCode: outcome.exitCode,
      };
    },
    close: () => runspace.dispose(),
  };
}
