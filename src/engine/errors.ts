/**
 * ErrorRecord and the exceptions it carries, as pwsh models them (`engine/ErrorPackage.cs`).
 *
 * Errors are values: a cmdlet writes an ErrorRecord (non-terminating) or terminates with one. A thrown
 * {@link PSException} only unwinds to the engine, which attaches the record to `$Error` and the error stream.
 * Only `format/error-view.ts` turns a record into text.
 */
import type { Extent } from '../language/ast.js';

/** pwsh's ErrorCategory enum, values 0–31 in order. */
export const ErrorCategory = [
  'NotSpecified', 'OpenError', 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument', 'InvalidData',
  'InvalidOperation', 'InvalidResult', 'InvalidType', 'MetadataError', 'NotImplemented', 'NotInstalled',
  'ObjectNotFound', 'OperationStopped', 'OperationTimeout', 'SyntaxError', 'ParserError', 'PermissionDenied',
  'ResourceBusy', 'ResourceExists', 'ResourceUnavailable', 'ReadError', 'WriteError', 'FromStdErr', 'SecurityError',
  'ProtocolError', 'ConnectionError', 'AuthenticationError', 'LimitsExceeded', 'QuotaExceeded', 'NotEnabled',
] as const;
export type ErrorCategory = (typeof ErrorCategory)[number];

/** What a command is, for InvocationInfo.MyCommand and for forming FullyQualifiedErrorIds. */
export interface CommandIdentity {
  /** The canonical name, e.g. `New-PartnerCustomerCart`. */
  readonly name: string;
  readonly commandType: 'Cmdlet' | 'Function' | 'Script' | 'Alias' | 'ExternalScript';
  /** For a cmdlet: the .NET type full name that completes its FQIDs. */
  readonly implementingType?: string;
}

/** Where and how a command was invoked (`System.Management.Automation.InvocationInfo`). */
export interface InvocationInfo {
  readonly myCommand?: CommandIdentity;
  /** The name as typed (an alias is not expanded), e.g. `new-partnercustomercart`. */
  readonly invocationName: string;
  /** The extent pwsh points its tildes at: the command, or the offending parameter/argument. */
  readonly extent?: Extent;
  /** 1-based; 0 when unknown. */
  readonly pipelinePosition: number;
  readonly pipelineLength: number;
}

/** ErrorDetails: a message that replaces the exception's in views, and a recommended action. */
export interface ErrorDetails {
  readonly message?: string;
  readonly recommendedAction?: string;
}

/**
 * A .NET exception as pwsh would carry it: a message and the type name that CategoryInfo.Reason shows.
 * It extends Error only so the engine can unwind with it; its stack is never shown to a user.
 */
export class PSException extends Error {
  /** Set when the exception already carries a complete ErrorRecord (RuntimeException and subclasses). */
  errorRecord?: ErrorRecord;

  constructor(
    message: string,
    /** The .NET full type name, e.g. `System.Management.Automation.ParameterBindingException`. */
    readonly typeName: string = 'System.Management.Automation.RuntimeException',
    readonly innerException?: PSException,
  ) {
    super(message);
    this.name = typeName.slice(typeName.lastIndexOf('.') + 1);
  }

  /** The short type name, e.g. `ParameterBindingException` (CategoryInfo.Reason). */
  get shortTypeName(): string {
    return this.name;
  }
}

/** Reasons and activities over 40 characters are shortened as pwsh does: first 19 + `…` + last 19. */
function ellipsize(text: string): string {
  return text.length > 40 ? `${text.slice(0, 19)}\u2026${text.slice(-19)}` : text;
}

/** The CategoryInfo of an ErrorRecord; `getMessage()` is pwsh's `ToString()`. */
export class ErrorCategoryInfo {
  constructor(private readonly record: ErrorRecord) {}

  get category(): ErrorCategory {
    return this.record.category;
  }

  /** The override, else the command's name, else empty. */
  get activity(): string {
    return this.record.categoryActivity ?? this.record.invocationInfo?.myCommand?.name ?? '';
  }

  /** The override, else the exception's short type name. */
  get reason(): string {
    return this.record.categoryReason ?? this.record.exception.shortTypeName;
  }

  /** The override, else the target object's string form. */
  get targetName(): string {
    if (this.record.categoryTargetName !== undefined) return this.record.categoryTargetName;
    return targetToString(this.record.targetObject);
  }

  /** The override, else the target object's short type name. */
  get targetType(): string {
    if (this.record.categoryTargetType !== undefined) return this.record.categoryTargetType;
    return targetTypeName(this.record.targetObject);
  }

  /** `{Category}: ({TargetName}:{TargetType}) [{Activity}], {Reason}` (ErrorCategoryStrings.resx). */
  getMessage(): string {
    const label = this.category === 'DeadlockDetected' ? 'Deadlock detected' : this.category;
    const reason = this.record.categoryReason === undefined ? this.reason : ellipsize(this.reason);
    return `${label}: (${ellipsize(this.targetName)}:${ellipsize(this.targetType)}) [${ellipsize(this.activity)}], ${reason}`;
  }

  toString(): string {
    return this.getMessage();
  }
}

function targetToString(target: unknown): string {
  if (target === null || target === undefined) return '';
  if (typeof target === 'string') return target;
  if (typeof target === 'boolean') return target ? 'True' : 'False';
  return String(target);
}

function targetTypeName(target: unknown): string {
  if (target === null || target === undefined) return '';
  switch (typeof target) {
    case 'string':
      return 'String';
    case 'number':
      return Number.isInteger(target) ? 'Int32' : 'Double';
    case 'boolean':
      return 'Boolean';
    default:
      if (Array.isArray(target)) return 'Object[]';
      return (target as { constructor?: { name?: string } }).constructor?.name ?? 'Object';
  }
}

/** An error as pwsh records it: exception, id, category, target, and where it happened. */
export class ErrorRecord {
  invocationInfo?: InvocationInfo;
  errorDetails?: ErrorDetails;
  /** CategoryInfo overrides (pwsh's `CategoryInfo.Activity = ...` setters). */
  categoryActivity?: string;
  categoryReason?: string;
  categoryTargetName?: string;
  categoryTargetType?: string;
  /** Script stack trace lines, innermost first (`at <ScriptBlock>, <No file>: line 1`). */
  scriptStackTrace?: string;
  /** True when pwsh would show this record as coming from a `throw` statement (ConciseView says `Exception:`). */
  fromThrowStatement = false;
  /** True for records whose position pwsh reports even on one-line input (parse errors). */
  readonly categoryInfo: ErrorCategoryInfo;

  constructor(
    readonly exception: PSException,
    readonly errorId: string,
    readonly category: ErrorCategory,
    readonly targetObject: unknown = null,
  ) {
    this.categoryInfo = new ErrorCategoryInfo(this);
  }

  /** `errorId,<implementing type>` for a cmdlet, `errorId,<name>` for a function or script, else `errorId`. */
  get fullyQualifiedErrorId(): string {
    const command = this.invocationInfo?.myCommand;
    if (command === undefined) return this.errorId;
    const owner = command.commandType === 'Cmdlet' ? (command.implementingType ?? command.name) : command.name;
    return `${this.errorId},${owner}`;
  }

  /** What views print: ErrorDetails.Message when set, else the exception's message. */
  get message(): string {
    return this.errorDetails?.message ?? this.exception.message;
  }

  toString(): string {
    return this.message;
  }
}

/**
 * Thrown to unwind the current statement with a complete ErrorRecord (pwsh's RuntimeException carrying
 * an ErrorRecord). Terminating errors from cmdlets (`throwTerminatingError`), `throw` statements and
 * `-ErrorAction Stop` all travel this way.
 */
export class RuntimeException extends PSException {
  /**
   * pwsh's SuppressPromptInInterpreter: set for ActionPreferenceStopException and for errors already turned
   * into a stop; the statement-level handler then rethrows instead of reporting (script-terminating).
   */
  suppressPromptInInterpreter = false;
  /** True once the record was added to `$Error`, so an error unwinding through nested statements counts once. */
  recorded = false;

  constructor(record: ErrorRecord, typeName = 'System.Management.Automation.RuntimeException') {
    super(record.exception.message, typeName, record.exception);
    this.errorRecord = record;
  }
}

/** Builds an ErrorRecord whose exception has the given message and .NET type. */
export function newErrorRecord(
  message: string,
  errorId: string,
  category: ErrorCategory,
  targetObject: unknown = null,
  exceptionType = 'System.Management.Automation.RuntimeException',
): ErrorRecord {
  return new ErrorRecord(new PSException(message, exceptionType), errorId, category, targetObject);
}
