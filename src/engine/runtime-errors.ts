/**
 * Building and normalising the RuntimeExceptions the evaluator unwinds with. Every failure a user can
 * cause becomes an ErrorRecord with pwsh's id, category and position; a JavaScript exception (a pcsh bug)
 * is wrapped the same way so that no stack trace ever reaches a user.
 */
import type { Extent } from '../language/ast.js';
import { ErrorRecord, PSException, RuntimeException, type ErrorCategory, type InvocationInfo } from './errors.js';
import { isControlFlow } from './control-flow.js';

/** An InvocationInfo for an error raised by script code itself (no command): position only. */
export function scriptPosition(extent: Extent): InvocationInfo {
  return { invocationName: '', extent, pipelinePosition: 0, pipelineLength: 0 };
}

/** A RuntimeException for an error in script code at `extent`. */
export function runtimeError(
  message: string,
  errorId: string,
  category: ErrorCategory,
  extent: Extent | undefined,
  targetObject: unknown = null,
  exceptionType = 'System.Management.Automation.RuntimeException',
): RuntimeException {
  const record = new ErrorRecord(new PSException(message, exceptionType), errorId, category, targetObject);
  if (extent !== undefined) record.invocationInfo = scriptPosition(extent);
  return new RuntimeException(record);
}

/**
 * Normalises anything thrown during evaluation into a RuntimeException carrying a record. Records without a
 * position get `extent`; control-flow signals must be filtered out by the caller first.
 */
export function toRuntimeException(thrown: unknown, extent: Extent | undefined, invocation?: InvocationInfo): RuntimeException {
  if (isControlFlow(thrown)) throw new TypeError('control flow is not an error');
  if (thrown instanceof RuntimeException && thrown.errorRecord !== undefined) {
    const record = thrown.errorRecord;
    if (record.invocationInfo === undefined) {
      if (invocation !== undefined) record.invocationInfo = invocation;
      else if (extent !== undefined) record.invocationInfo = scriptPosition(extent);
    }
    return thrown;
  }
  let exception: PSException;
  let errorId: string;
  let category: ErrorCategory = 'NotSpecified';
  if (thrown instanceof PSException) {
    exception = thrown;
    const withId = thrown as PSException & { errorId?: unknown; category?: unknown };
    errorId = typeof withId.errorId === 'string' ? withId.errorId : thrown.shortTypeName;
    if (thrown.typeName.endsWith('InvalidCastException')) category = 'InvalidArgument';
    if (typeof withId.category === 'string') category = withId.category as ErrorCategory;
  } else {
    // A JavaScript error is a pcsh defect; keep its message, never its stack.
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    exception = new PSException(message, 'System.Exception');
    errorId = thrown instanceof Error ? thrown.name : 'System.Exception';
  }
  const record = thrown instanceof PSException && thrown.errorRecord !== undefined ? thrown.errorRecord : new ErrorRecord(exception, errorId, category);
  if (record.invocationInfo === undefined) {
    if (invocation !== undefined) record.invocationInfo = invocation;
    else if (extent !== undefined) record.invocationInfo = scriptPosition(extent);
  }
  return new RuntimeException(record, exception.typeName);
}
