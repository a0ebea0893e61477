/**
 * The base of the cart cmdlets (the module's PartnerAsyncCmdlet): the session's connection — or the embedded
 * sandbox, announced with one warning — the REST client, retries shown with -Verbose, traffic with -Debug,
 * Ctrl+C passed to the request, and failures written as ErrorRecords. Like the archived module, a failed request
 * is a non-terminating error.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Commands/PartnerPSCmdlet.cs (ProcessRecord writes the
// exception as an error record rather than terminating).
import { PSCmdlet } from '../../engine/cmdlet.js';
import { ErrorRecord, PSException } from '../../engine/errors.js';
import { format } from '../../engine/strings/format.js';
import type { PartnerClient, RequestObserver, RetryEvent } from './api/client.js';
import { PartnerRequestCancelledError } from './api/errors.js';
import { SignInCancelledError } from './auth/errors.js';
import { toErrorRecord, type ErrorRecordOptions } from './error-records.js';
import { MODULE_NAME, PartnerSession, type EmbeddedSandbox } from './session.js';
import { PartnerCenterPcshStrings as Strings } from './strings/PartnerCenterPcshStrings.js';

function seconds(milliseconds: number): string {
  return String(Math.round(milliseconds / 100) / 10);
}

/** The -Verbose line of a retry. */
export function retryMessage(event: RetryEvent): string {
  const next = event.attempt + 1;
  return event.reason.kind === 'status'
    ? format(Strings.RetryingAfterStatus, event.method, event.path, event.reason.statusCode, seconds(event.delayMs), next, event.maxAttempts, event.requestId)
    : format(Strings.RetryingAfterConnectionError, event.method, event.path, event.reason.errorCode, seconds(event.delayMs), next, event.maxAttempts, event.requestId);
}

/** How {@link PartnerCmdlet.invokePartnerCenter} reports and what it checks first. */
export interface PartnerCallOptions extends ErrorRecordOptions {
  /** Runs before anything is connected or sent: a request that fails it starts no sandbox and sends nothing. */
  readonly check?: () => Promise<void>;
}

/** A cmdlet that talks to Partner Center. */
export abstract class PartnerCmdlet extends PSCmdlet {
  /** The module's state in this session. */
  protected get partnerSession(): PartnerSession {
    return this.sessionState.moduleState(MODULE_NAME, () => new PartnerSession());
  }

  /** Cancellation, -Verbose retry lines and -Debug traffic for one request. */
  protected requestObserver(): RequestObserver {
    return {
      signal: this.commandRuntime.signal,
      onRetry: (event) => this.writeVerbose(retryMessage(event)),
      onDebug: (text) => this.writeDebug(text),
    };
  }

  /** Writes the one warning that says the embedded sandbox is in use. */
  protected announceSandbox(sandbox: EmbeddedSandbox): void {
    this.writeWarning(format(Strings.EmbeddedSandboxInUse, sandbox.url, sandbox.storeDirectory ?? Strings.EmbeddedSandboxInMemory));
  }

  /**
   * Runs `options.check`, then `call` with the session's client. A failure is written as a non-terminating
   * ErrorRecord about `target` and `undefined` is returned; Ctrl+C returns `undefined` quietly (the engine
   * reports the stop).
   */
  protected async invokePartnerCenter<T>(
    target: unknown,
    call: (client: PartnerClient, observer: RequestObserver) => Promise<T>,
    options: PartnerCallOptions = {},
  ): Promise<T | undefined> {
    if (options.check !== undefined && !(await this.attempt(target, options.check, options))) return undefined;
    const session = this.partnerSession;
    let chosen: Awaited<ReturnType<PartnerSession['connection']>>;
    try {
      chosen = await session.connection(); // only the embedded sandbox's start can fail here
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.writeError(new ErrorRecord(new PSException(format(Strings.SandboxUnavailable, reason)), 'SandboxUnavailable', 'ResourceUnavailable', target));
      return undefined;
    }
    if (chosen.announce !== undefined) this.announceSandbox(chosen.announce);
    const client = await session.client(chosen.connection);
    let result: T | undefined;
    const ok = await this.attempt(target, async () => {
      result = await call(client, this.requestObserver());
    }, options);
    return ok ? result : undefined;
  }

  /** Runs `step`; on a known failure writes its ErrorRecord and returns false (Ctrl+C: false, quietly). */
  private async attempt(target: unknown, step: () => Promise<void>, options: ErrorRecordOptions): Promise<boolean> {
    try {
      await step();
      return true;
    } catch (error) {
      if (error instanceof PartnerRequestCancelledError || error instanceof SignInCancelledError) return false;
      const record = toErrorRecord(error, target, options);
      if (record === undefined) throw error;
      this.writeError(record);
      return false;
    }
  }
}
