import { PSCmdlet } from '../../engine/cmdlet.js';
import { toPSString } from '../../engine/conversion.js';
import { ErrorCategory, ErrorRecord, PSException, type InvocationInfo } from '../../engine/errors.js';
import { Param, type BoundParameters } from '../../engine/parameter-declaration.js';
import { PSEnumValue, type PSEnumType } from '../../engine/ps-object.js';

const ErrorCategoryType: PSEnumType = {
  fullName: 'System.Management.Automation.ErrorCategory',
  name: 'ErrorCategory',
  members: ErrorCategory.map((name, index) => [name, index] as const),
};

const sets = { NoException: {}, WithException: {} } as const;

function isInvocationInfo(value: unknown): value is InvocationInfo {
  return typeof value === 'object' && value !== null && typeof (value as { invocationName?: unknown }).invocationName === 'string' && 'pipelinePosition' in value;
}

/**
 * Write-Error: writes a non-terminating error. As in pwsh (Write.cs WriteOrThrowErrorCommand), the record
 * belongs to the caller, not to Write-Error: no command in its FQID, Activity `Write-Error`.
 */
export class WriteError extends PSCmdlet {
  static readonly cmdlet = { verb: 'Write', noun: 'Error', defaultParameterSetName: 'NoException', implementingType: 'Microsoft.PowerShell.Commands.WriteErrorCommand' } as const;

  static readonly parameters = {
    Exception: Param.object({ parameterSets: { WithException: { mandatory: true, position: 0 } } }),
    Message: Param.string({
      aliases: ['Msg'],
      allowNull: true,
      allowEmptyString: true,
      parameterSets: { NoException: { mandatory: true, position: 0, valueFromPipeline: true }, WithException: {} },
    }),
    ErrorRecord: Param.object({ parameterSets: { ErrorRecord: { mandatory: true, position: 0 } } }),
    Category: Param.enum(ErrorCategoryType, { parameterSets: sets }),
    ErrorId: Param.string({ parameterSets: sets }),
    TargetObject: Param.object({ parameterSets: sets }),
    RecommendedAction: Param.string(),
    CategoryActivity: Param.string({ aliases: ['Activity'] }),
    CategoryReason: Param.string({ aliases: ['Reason'] }),
    CategoryTargetName: Param.string({ aliases: ['TargetName'] }),
    CategoryTargetType: Param.string({ aliases: ['TargetType'] }),
  } as const;

  override processRecord(p: BoundParameters<typeof WriteError>): void {
    let record: ErrorRecord;
    if (p.ErrorRecord instanceof ErrorRecord) {
      record = new ErrorRecord(p.ErrorRecord.exception, p.ErrorRecord.errorId, p.ErrorRecord.category, p.ErrorRecord.targetObject);
      if (p.ErrorRecord.errorDetails !== undefined) record.errorDetails = p.ErrorRecord.errorDetails;
    } else {
      const exception =
        p.Exception instanceof PSException
          ? p.Exception
          : p.Exception !== undefined && p.Exception !== null
            ? new PSException(toPSString(p.Exception), 'System.Exception')
            : new PSException(p.Message ?? '', 'Microsoft.PowerShell.Commands.WriteErrorException');
      const category = (p.Category instanceof PSEnumValue ? p.Category.name : 'NotSpecified') as ErrorCategory;
      const errorId = p.ErrorId === undefined || p.ErrorId === '' ? exception.typeName : p.ErrorId;
      record = new ErrorRecord(exception, errorId, category, p.TargetObject ?? null);
      if (p.Exception !== undefined && p.Message !== undefined && p.Message !== '') record.errorDetails = { message: p.Message };
    }
    if (p.RecommendedAction !== undefined && p.RecommendedAction !== '') {
      record.errorDetails = { message: record.errorDetails?.message ?? record.toString(), recommendedAction: p.RecommendedAction };
    }
    if (p.CategoryReason) record.categoryReason = p.CategoryReason;
    if (p.CategoryTargetName) record.categoryTargetName = p.CategoryTargetName;
    if (p.CategoryTargetType) record.categoryTargetType = p.CategoryTargetType;
    record.categoryActivity = p.CategoryActivity ? p.CategoryActivity : 'Write-Error';
    // The caller's invocation ($MyInvocation): inside a function the function's, so the FQID ends with its
    // name; at the top level there is none, so the FQID has no comma.
    const caller = this.sessionState.getVariable('MyInvocation');
    record.invocationInfo = isInvocationInfo(caller) ? caller : { invocationName: '', pipelinePosition: 0, pipelineLength: 0 };
    this.writeError(record);
  }
}
