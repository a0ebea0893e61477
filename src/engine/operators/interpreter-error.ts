/**
 * The errors operators, member access and method calls raise, built the way pwsh builds them so the
 * ErrorRecord (errorId, category, target, exception type) matches.
 */
// pwsh: engine/lang/parserutils.cs (InterpreterError.NewInterpreterException: RuntimeException, category
// InvalidOperation), engine/runtime/Operations/MiscOps.cs (ExceptionHandlingOps.ConvertToRuntimeException:
// a .NET exception becomes errorId = its full type name, category OperationStopped).
import { ErrorRecord, PSException, RuntimeException, type ErrorCategory } from '../errors.js';
import { ExtendedTypeSystem } from '../strings/ExtendedTypeSystem.js';
import { format } from '../strings/format.js';
import { ParserRuntimeStrings, type ParserRuntimeStringId } from '../strings/ParserRuntimeStrings.js';

/** InterpreterError.NewInterpreterException: a RuntimeException whose errorId is the resource key. */
export function interpreterError(
  id: ParserRuntimeStringId,
  args: readonly unknown[] = [],
  targetObject: unknown = null,
  errorId: string = id,
  inner?: PSException,
): RuntimeException {
  const exception = new PSException(format(ParserRuntimeStrings[id], ...args), 'System.Management.Automation.RuntimeException', inner);
  return new RuntimeException(new ErrorRecord(exception, errorId, 'InvalidOperation', targetObject));
}

/** A .NET exception thrown by an operation, as pwsh reports it: errorId = its full type name, OperationStopped. */
export function dotNetError(message: string, exceptionType: string, category: ErrorCategory = 'OperationStopped'): RuntimeException {
  const exception = new PSException(message, exceptionType);
  return new RuntimeException(new ErrorRecord(exception, exceptionType, category, null), exceptionType);
}

/** `new RuntimeException(inner.Message, inner)`: errorId `RuntimeException`, category NotSpecified. */
export function wrappedRuntimeError(message: string, innerType: string): RuntimeException {
  const exception = new PSException(message, 'System.Management.Automation.RuntimeException', new PSException(message, innerType));
  return new RuntimeException(new ErrorRecord(exception, 'RuntimeException', 'NotSpecified', null));
}

/** `Method invocation failed because [T] does not contain a method named 'm'.` (errorId MethodNotFound). */
export function methodNotFound(typeFullName: string, methodName: string): RuntimeException {
  return interpreterError('MethodNotFound', [typeFullName, methodName], methodName);
}

/**
 * A MethodException (`Cannot find an overload…`, argument conversion) or MethodInvocationException
 * (`Exception calling "m" with "n" argument(s): "…"`); category NotSpecified, errorId as given.
 */
export function methodError(
  kind: 'MethodException' | 'MethodInvocationException',
  errorId: string,
  message: string,
  inner?: PSException,
): RuntimeException {
  const exception = new PSException(message, `System.Management.Automation.${kind}`, inner);
  return new RuntimeException(new ErrorRecord(exception, errorId, 'NotSpecified', null), exception.typeName);
}

/** `Exception calling "m" with "n" argument(s): "inner message"`, errorId = the inner exception's short type name. */
export function methodInvocationError(methodName: string, argumentCount: number, inner: PSException): RuntimeException {
  const message = format(ExtendedTypeSystem.MethodInvocationException, methodName, argumentCount, inner.message);
  return methodError('MethodInvocationException', inner.shortTypeName, message, inner);
}
