/**
 * The state one runspace shares across everything it runs (pwsh's ExecutionContext), and the routes the
 * streams of a statement take.
 */
import type { InformationRecord } from './cmdlet.js';
import type { CommandDiscovery } from './command-discovery.js';
import type { ErrorRecord } from './errors.js';
import type { PSHost } from './host-ui.js';
import type { SessionState } from './session-state.js';

/**
 * Where a statement's streams go. The top level routes to the host (console) or to the library's result;
 * nested pipelines route output to a collector and pass the other streams through; redirections
 * (`2>&1`, `*> $null`) replace single routes.
 */
export interface StreamRoutes {
  output(value: unknown): void;
  error(record: ErrorRecord): void;
  warning(message: string): void;
  verbose(message: string): void;
  debug(message: string): void;
  information(record: InformationRecord): void;
}

/** The value pwsh writes nothing for (AutomationNull.Value): `[void]` casts, empty `(…)`. */
export const AutomationNull: unique symbol = Symbol('AutomationNull');

/** Routes that send output somewhere else and keep every other stream. */
export function withOutput(routes: StreamRoutes, output: (value: unknown) => void): StreamRoutes {
  return { ...routes, output };
}

/** Writes a value to the output route the way a statement does: one level of arrays is enumerated. */
export function writeEnumerated(routes: StreamRoutes, value: unknown): void {
  if (value === AutomationNull) return;
  if (Array.isArray(value)) for (const item of value) routes.output(item);
  else routes.output(value);
}

/** Per-session data a module keeps (`moduleState`); objects with `dispose()` are disposed at close. */
interface Disposable {
  dispose(): Promise<void> | void;
}

function isDisposable(value: unknown): value is Disposable {
  return typeof value === 'object' && value !== null && typeof (value as { dispose?: unknown }).dispose === 'function';
}

/** The runspace-wide state. */
export class ExecutionContext {
  /** `$?`: whether the last statement succeeded. */
  questionMark = true;
  /** `$LASTEXITCODE`. */
  lastExitCode: number | null = null;
  /** `$Error`, newest first (pwsh's ArrayList). */
  readonly errorList: ErrorRecord[] = [];
  /** > 0 while running the body of a `try`: statement-terminating errors then propagate to its catch. */
  tryDepth = 0;
  private readonly moduleStates = new Map<string, unknown>();
  // Made when a command first asks for the signal: AbortController loads a Node module that most runs never need.
  private controller: AbortController | undefined;

  constructor(
    readonly sessionState: SessionState,
    readonly host: PSHost,
    readonly commands: CommandDiscovery,
  ) {}

  /** Aborted when the user presses Ctrl+C during the current run. */
  get signal(): AbortSignal {
    this.controller ??= new AbortController();
    return this.controller.signal;
  }

  /** Ctrl+C: stops what is running now; the next run gets a fresh signal. */
  interrupt(): void {
    const current = this.controller;
    this.controller = undefined;
    current?.abort();
  }

  /** A module's per-session state, created on first use. */
  moduleState<T>(moduleName: string, create: () => T): T {
    const key = moduleName.toLowerCase();
    if (!this.moduleStates.has(key)) this.moduleStates.set(key, create());
    return this.moduleStates.get(key) as T;
  }

  /** Adds a record to `$Error` (newest first), keeping pwsh's default $MaximumErrorCount of 256. */
  appendError(record: ErrorRecord): void {
    this.errorList.unshift(record);
    if (this.errorList.length > 256) this.errorList.length = 256;
  }

  /** Disposes module states that hold resources (servers, agents). */
  async dispose(): Promise<void> {
    const states = [...this.moduleStates.values()];
    this.moduleStates.clear();
    await Promise.all(states.filter(isDisposable).map((state) => state.dispose()));
  }
}
