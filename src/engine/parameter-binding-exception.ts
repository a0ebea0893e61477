/**
 * pwsh's ParameterBindingException family (`utils/ParameterBinderExceptions.cs`): the message is built from a
 * ParameterBinderStrings template whose slots are fixed ({0} command, {1} parameter, {2} parameter type, {3}
 * argument type, {4} line, {5} column, {6}+ extra arguments), and the ErrorRecord carries the command's
 * InvocationInfo with the position pwsh reports for that error.
 */
import type { Extent } from '../language/ast.js';
import { ErrorRecord, PSException, RuntimeException, type ErrorCategory, type InvocationInfo } from './errors.js';
import { format } from './strings/format.js';

/** The .NET exception classes a binding failure can carry; CategoryInfo.Reason shows the name. */
export type ParameterBindingExceptionKind =
  | 'ParameterBindingException'
  | 'ParameterBindingValidationException'
  | 'ParameterBindingArgumentTransformationException';

/**
 * A binding failure: a RuntimeException whose `errorRecord` is the complete binding ErrorRecord (exception type
 * ParameterBindingException or a subclass, pwsh's category and errorId, empty target).
 */
export class ParameterBindingException extends RuntimeException {
  constructor(
    record: ErrorRecord,
    /** Which ParameterBindingException class pwsh would throw. */
    readonly kind: ParameterBindingExceptionKind,
  ) {
    super(record, `System.Management.Automation.${kind}`);
  }

  /** The binding ErrorRecord (always set). */
  get record(): ErrorRecord {
    return this.errorRecord as ErrorRecord;
  }
}

/** Everything `ParameterBindingException`'s constructor takes in pwsh. */
export interface ParameterBindingErrorInfo {
  readonly kind?: ParameterBindingExceptionKind;
  readonly category: ErrorCategory;
  readonly errorId: string;
  /** A ParameterBinderStrings template. */
  readonly template: string;
  /** The command's invocation; its `myCommand.name` fills {0}. */
  readonly invocationInfo: InvocationInfo;
  /** The position pwsh reports (a parameter or argument token); the command's extent when absent. */
  readonly errorPosition?: Extent | undefined;
  /** {1}: usually the parameter name; some errors put the argument or a name list here. */
  readonly parameterName?: string | undefined;
  /** {2}: the parameter's .NET type full name, e.g. `System.String[]`. */
  readonly parameterType?: string | undefined;
  /** {3}: the argument's .NET type full name. */
  readonly typeSpecified?: string | undefined;
  /** {6}, {7}...: extra arguments. */
  readonly args?: readonly unknown[];
  readonly innerException?: PSException | undefined;
}

/** Builds the exception and its ErrorRecord as pwsh's preferred ParameterBindingException constructors do. */
// pwsh: utils/ParameterBinderExceptions.cs (ctor + BuildMessage) and utils/RuntimeException.cs (ErrorRecord).
export function newParameterBindingException(info: ParameterBindingErrorInfo): ParameterBindingException {
  const position = info.errorPosition ?? info.invocationInfo.extent;
  const slots: unknown[] = [
    info.invocationInfo.myCommand?.name ?? '',
    info.parameterName,
    info.parameterType,
    info.typeSpecified,
    position?.startLine,
    position?.startColumn,
    ...(info.args ?? []),
  ];
  const kind = info.kind ?? 'ParameterBindingException';
  const exception = new PSException(format(info.template, ...slots), `System.Management.Automation.${kind}`, info.innerException);
  const record = new ErrorRecord(exception, info.errorId, info.category, null);
  record.invocationInfo = withExtent(info.invocationInfo, position);
  return new ParameterBindingException(record, kind);
}

/** The command's InvocationInfo pointing at `extent` (pwsh's `new InvocationInfo(MyCommand, errorPosition)`). */
export function withExtent(invocationInfo: InvocationInfo, extent: Extent | undefined): InvocationInfo {
  if (extent === undefined || extent === invocationInfo.extent) return invocationInfo;
  return { ...invocationInfo, extent };
}

/**
 * An inner .NET exception that carries its own ErrorRecord, as pwsh's ValidationMetadataException and
 * SetValueInvocationException do (`$err.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId`).
 */
export function newInnerException(message: string, typeName: string, errorId: string, category: ErrorCategory): PSException {
  const exception = new PSException(message, typeName);
  exception.errorRecord = new ErrorRecord(exception, errorId, category, null);
  return exception;
}
