/**
 * The parameter binder (pwsh's CmdletParameterBinderController): binds the evaluated elements of a command line,
 * then each pipeline input object, to a cmdlet's compiled metadata, in pwsh's order and with pwsh's errors.
 *
 * ```ts
 * const binder = new CmdletParameterBinder(getCommandMetadata(NewPartnerCustomerCart), context);
 * await binder.bindCommandLine(args);           // throws a ParameterBindingException (a RuntimeException)
 * const error = await binder.bindPipelineInput(item); // per record; an ErrorRecord to write, or undefined
 * cmdlet.processRecord(binder.boundParameters);
 * ```
 */
import type { Extent } from '../language/ast.js';
import type { BindingArgument } from './binder-argument.js';
import {
  bindNamedParameters,
  handleRemainingArguments,
  remainingArgumentValues,
  reparseUnboundArguments,
  verifyArgumentsProcessed,
} from './binder-command-line.js';
import { BinderController } from './binder-controller.js';
import { buildMissingParamsString, getMissingMandatoryParameters, handleUnboundMandatoryParameters } from './binder-mandatory-parameters.js';
import { getBinderMetadata, validParameterSetCount } from './binder-metadata.js';
import { filterParameterSetsTakingNoPipelineInput, validateParameterSets, verifyParameterSetSelected } from './binder-parameter-sets.js';
import type { CommandMetadata } from './command-metadata.js';
import { ErrorRecord, type InvocationInfo } from './errors.js';
import type { PSHostUserInterface } from './host-ui.js';
import { ParameterBindingException, newParameterBindingException } from './parameter-binding-exception.js';
import { bindPipelineParameters } from './pipeline-binding.js';
import { bindPositionalParameters } from './positional-binding.js';
import { markParameterTokens } from './splatted-parameters.js';
import { ParameterBinderStrings } from './strings/ParameterBinderStrings.js';

export { ParameterBindingException } from './parameter-binding-exception.js';

/** One command-line element after evaluation, in source order. */
export type CommandArgument =
  | {
      readonly kind: 'Parameter';
      /** As typed, without the dash or colon: 'cust', 'CustomerId'. */
      readonly parameterName: string;
      /** The token text as typed, e.g. '-CustomerId:' (messages quote typed text in places). */
      readonly parameterText: string;
      readonly extent: Extent;
      /** Only for `-Name:value` (and hashtable splatting): the attached value. */
      readonly argument?: { readonly value: unknown; readonly extent: Extent };
      /** From `@hashtable` splatting: pwsh moves these after the explicit arguments. */
      readonly fromSplatting?: boolean;
    }
  | {
      readonly kind: 'Argument';
      readonly value: unknown;
      readonly extent: Extent;
      /** Accepted for the evaluator's convenience; positional values bind the same whatever their origin. */
      readonly fromSplatting?: boolean;
    };

/** What the engine tells the binder about the invocation. */
export interface BindingContext {
  /**
   * The command's invocation (myCommand with implementingType, invocationName as typed, pipeline position, extent
   * of the whole command). Error records carry it, with `extent` replaced by the position pwsh reports.
   */
  readonly invocationInfo: InvocationInfo;
  /** For the interactive mandatory-parameter prompt; when `ui.interactive` is false, MissingMandatoryParameter. */
  readonly ui: PSHostUserInterface;
  /**
   * True when the command is not first in its pipeline: mandatory parameters that take pipeline input are then not
   * prompted for before input arrives (pwsh's rule).
   */
  readonly expectingPipelineInput: boolean;
  /**
   * Set when binding a function's or script's parameters (`Simple` without `[CmdletBinding()]`/`[Parameter()]`,
   * else `Advanced`): their type constraints are argument transformations, as pwsh's ArgumentTypeConverterAttribute
   * (parameter-binding-coercion.ts).
   */
  readonly scriptBinding?: ScriptBinding;
}

/** How a script's parameters convert their arguments (see {@link BindingContext.scriptBinding}). */
export type ScriptBinding = 'Simple' | 'Advanced';

/** Turns the evaluator's elements into binder arguments; splatted hashtable entries go last (pwsh's InitUnboundArguments). */
function toBindingArguments(args: readonly CommandArgument[]): BindingArgument[] {
  const explicit: BindingArgument[] = [];
  let splatted: BindingArgument[] | undefined;
  for (const arg of args) {
    if (arg.kind === 'Argument') {
      explicit.push({
        parameterName: undefined,
        parameterText: undefined,
        parameterExtent: undefined,
        argumentSpecified: true,
        value: arg.value,
        argumentExtent: arg.extent,
        fromHashtableSplatting: false,
      });
      continue;
    }
    const converted: BindingArgument = {
      parameterName: arg.parameterName,
      parameterText: arg.parameterText,
      parameterExtent: arg.extent,
      argumentSpecified: arg.argument !== undefined,
      value: arg.argument?.value,
      argumentExtent: arg.argument?.extent,
      fromHashtableSplatting: arg.fromSplatting === true,
    };
    if (converted.fromHashtableSplatting) (splatted ??= []).push(converted);
    else explicit.push(converted);
  }
  return splatted === undefined ? explicit : explicit.concat(splatted);
}

/** Binds one invocation of a cmdlet: its command line once, then each pipeline input object. */
export class CmdletParameterBinder {
  private readonly controller: BinderController;
  private snapshot: Readonly<Record<string, unknown>> = {};
  private snapshotVersion = 0;

  constructor(metadata: CommandMetadata, context: BindingContext) {
    this.controller = new BinderController(getBinderMetadata(metadata), context);
  }

  /**
   * pwsh's BindCommandLineParameters: named, positional, parameter-set validation, leftover check, mandatory
   * check/prompt — in pwsh's order. Throws a {@link ParameterBindingException} (a RuntimeException whose
   * errorRecord is the binding ErrorRecord) on failure.
   */
  // pwsh: CmdletParameterBinderController.BindCommandLineParameters and BindCommandLineParametersNoValidation.
  async bindCommandLine(args: readonly CommandArgument[]): Promise<void> {
    const c = this.controller;
    let unbound = reparseUnboundArguments(c, toBindingArguments(args));
    unbound = bindNamedParameters(c, unbound);
    const positional = bindPositionalParameters(c, unbound);
    validateParameterSets(c, true, false);
    const leftover = handleRemainingArguments(c, positional.unboundArguments);
    verifyArgumentsProcessed(c, leftover, positional.bindingException);

    const expectingInput = c.invocation.expectingPipelineInput;
    let validSetCount = expectingInput ? validateParameterSets(c, true, false) : validateParameterSets(c, false, true);
    if (validSetCount > 1 && expectingInput) {
      const filtered = filterParameterSetsTakingNoPipelineInput(c);
      if (filtered !== c.currentParameterSetFlag) {
        c.currentParameterSetFlag = filtered;
        validSetCount = validateParameterSets(c, true, false);
      }
    }
    await handleUnboundMandatoryParameters(c, validSetCount, true, expectingInput);
    if (!expectingInput) verifyParameterSetSelected(c);
    c.prePipelineProcessingParameterSetFlags = c.currentParameterSetFlag;
  }

  /**
   * pwsh's ScriptParameterBinderController.BindCommandLineParameters, for functions, scripts and script blocks
   * without `[CmdletBinding()]` or `[Parameter()]`: `-Name value` pairing (with MissingArgument and
   * AmbiguousParameter as for cmdlets), named, then positional binding, with conversion and validation. There are
   * no parameter sets and no mandatory parameters, and nothing is an error for binding to nothing: what is left
   * is returned for `$args`, each parameter token as typed (`-Name`, `-Name:`) followed by its value, if any.
   */
  // pwsh: ScriptParameterBinderController.BindCommandLineParameters and HandleRemainingArguments.
  bindScriptCommandLine(args: readonly CommandArgument[]): unknown[] {
    const c = this.controller;
    let unbound = reparseUnboundArguments(c, toBindingArguments(args));
    unbound = bindNamedParameters(c, unbound);
    const positional = bindPositionalParameters(c, unbound);
    c.prePipelineProcessingParameterSetFlags = c.currentParameterSetFlag;
    const values = remainingArgumentValues(positional.unboundArguments);
    // `@args` passes the parameter tokens on as parameters.
    const tokens = new Map<number, string>();
    let index = 0;
    for (const argument of positional.unboundArguments) {
      if (argument.parameterName !== undefined && argument.parameterText !== undefined) tokens.set(index++, argument.parameterName);
      if (argument.argumentSpecified) index++;
    }
    markParameterTokens(values, tokens);
    return values;
  }

  /**
   * Binds one pipeline input object (ValueFromPipeline without then with coercion, then ByPropertyName), narrowing
   * parameter sets; the bindings last for this record only. Returns the non-terminating ErrorRecord pwsh writes
   * when the object cannot be bound (InputObjectNotBound, a binding error with the object as target, or
   * InputObjectMissingMandatory), else undefined.
   */
  // pwsh: CommandProcessor.Read / ProcessInputPipelineObject / WriteInputObjectError.
  async bindPipelineInput(inputObject: unknown): Promise<ErrorRecord | undefined> {
    const c = this.controller;
    try {
      if (!bindPipelineParameters(c, inputObject)) return this.inputObjectError(inputObject, 'InputObjectNotBound');
    } catch (error) {
      if (!(error instanceof ParameterBindingException)) throw error;
      const record = error.record;
      const retargeted = new ErrorRecord(record.exception, record.errorId, record.category, inputObject);
      if (record.invocationInfo !== undefined) retargeted.invocationInfo = record.invocationInfo;
      return retargeted;
    }
    const missing = getMissingMandatoryParameters(c, validParameterSetCount(c.currentParameterSetFlag), false);
    if (missing.length > 0) return this.inputObjectError(inputObject, 'InputObjectMissingMandatory', buildMissingParamsString(missing));
    return undefined;
  }

  private inputObjectError(inputObject: unknown, errorId: 'InputObjectNotBound' | 'InputObjectMissingMandatory', ...args: unknown[]): ErrorRecord {
    const exception = newParameterBindingException({
      category: 'InvalidArgument',
      errorId,
      template: ParameterBinderStrings[errorId],
      invocationInfo: this.controller.invocationInfo,
      args,
    });
    const record = new ErrorRecord(exception.record.exception, errorId, 'InvalidArgument', inputObject);
    record.invocationInfo = this.controller.invocationInfo;
    return record;
  }

  /** Canonical parameter name → converted value, for the current record (command-line + pipeline bindings). */
  get boundParameters(): Readonly<Record<string, unknown>> {
    const c = this.controller;
    if (this.snapshotVersion !== c.version) {
      this.snapshot = Object.fromEntries(c.values);
      this.snapshotVersion = c.version;
    }
    return this.snapshot;
  }

  /**
   * The parameter set the binder resolved (`__AllParameterSets` when the cmdlet has none); empty while pwsh would
   * still be waiting for pipeline input to choose between sets.
   */
  get parameterSetName(): string {
    return this.controller.parameterSetName;
  }
}
