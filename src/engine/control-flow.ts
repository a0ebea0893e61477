/**
 * Non-error control flow (`break`, `continue`, `return`, `exit`). pwsh implements these with exceptions too
 * (BreakException, ContinueException, ReturnException, ExitException); they are not Errors and are never
 * shown to a user.
 */
import type { RuntimeException } from './errors.js';

/** `break [label]`: leaves the innermost loop (or the labelled one). */
export class BreakSignal {
  readonly signal = 'break';
  constructor(readonly label: string | undefined) {}
}

/** `continue [label]`: next iteration of the innermost loop (or the labelled one). */
export class ContinueSignal {
  readonly signal = 'continue';
  constructor(readonly label: string | undefined) {}
}

/** `return`: leaves the current function or script block; its value was already written to the output. */
export class ReturnSignal {
  readonly signal = 'return';
}

/** `exit [code]`: ends the script (or the whole `-Command`), with `$LASTEXITCODE` = code. */
export class ExitSignal {
  readonly signal = 'exit';
  constructor(readonly exitCode: number) {}
}

/**
 * A command stopped its pipeline with a terminating error (`$PSCmdlet.ThrowTerminatingError()`, pwsh's
 * PipelineStoppedException after MshCommandRuntime.ManageException): the script's statements and its `catch`
 * blocks let it pass, and the command's own processor (`owner`) turns it back into `error` for its caller.
 */
export class PipelineStoppedSignal {
  readonly signal = 'stop';
  constructor(
    readonly owner: object,
    readonly error: RuntimeException,
  ) {}
}

/** True for the control-flow signals, which must pass through error handling untouched. */
export function isControlFlow(value: unknown): value is BreakSignal | ContinueSignal | ReturnSignal | ExitSignal | PipelineStoppedSignal {
  return (
    value instanceof BreakSignal || value instanceof ContinueSignal || value instanceof ReturnSignal || value instanceof ExitSignal || value instanceof PipelineStoppedSignal
  );
}
