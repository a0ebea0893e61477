/**
 * The state one binding works on (pwsh's ParameterBinderController fields): which parameters are bound and
 * unbound, their values, and the parameter-set flags that bindings narrow. The binding phases
 * (positional-binding.ts, pipeline-binding.ts, binder-parameter-sets.ts, binder-mandatory-parameters.ts) read
 * and change it; binder.ts drives them in pwsh's order.
 */
import type { BindingArgument } from './binder-argument.js';
import { AllSetsFlag, parameterSetNameOf, type BinderMetadata, type CompiledParameter } from './binder-metadata.js';
import type { InvocationInfo } from './errors.js';
import type { PSHostUserInterface } from './host-ui.js';
import { bindParameterValue } from './parameter-binding-base.js';
import { NOT_BOUND } from './parameter-binding-coercion.js';
import { newParameterBindingException } from './parameter-binding-exception.js';
import { ParameterBinderStrings } from './strings/ParameterBinderStrings.js';

/** What the engine tells the binder about the invocation (see binder.ts's BindingContext). */
export interface BinderInvocation {
  readonly invocationInfo: InvocationInfo;
  readonly ui: PSHostUserInterface;
  readonly expectingPipelineInput: boolean;
  readonly scriptBinding?: 'Simple' | 'Advanced';
}

/** One command's binding state. */
export class BinderController {
  /** Parameters not bound yet, in merge order (a parameter unbound again after a pipeline record goes last). */
  readonly unboundParameters: CompiledParameter[];
  /** Canonical name → parameter, in binding order. */
  readonly boundParameters = new Map<string, CompiledParameter>();
  /** Canonical name → converted value. */
  readonly values = new Map<string, unknown>();
  /** Bumped whenever `values` changes, so snapshots can be cached. */
  version = 0;
  currentParameterSetFlag = AllSetsFlag;
  prePipelineProcessingParameterSetFlags = AllSetsFlag;
  parameterSetToBePrioritizedInPipelineBinding = 0;
  /** The cmdlet's ParameterSetName as pwsh's binder last set it. */
  parameterSetName = '';
  /** Parameters bound from the current pipeline record; unbound again before the next one. */
  readonly parametersBoundThroughPipelineInput: CompiledParameter[] = [];

  constructor(
    readonly metadata: BinderMetadata,
    readonly invocation: BinderInvocation,
  ) {
    this.unboundParameters = [...metadata.parameters];
  }

  get invocationInfo(): InvocationInfo {
    return this.invocation.invocationInfo;
  }

  /**
   * Binds `argument` to `parameter` and records it; false when `coerce` is off and the value is not of the
   * parameter's type. Narrows the valid parameter sets to the parameter's sets.
   */
  // pwsh: CmdletParameterBinderController.BindParameter(argument, parameter, flags).
  bindParameter(argument: BindingArgument, parameter: CompiledParameter, coerce: boolean): boolean {
    const value = bindParameterValue(this.invocationInfo, argument, parameter, coerce, this.invocation.scriptBinding);
    if (value === NOT_BOUND) return false;
    this.values.set(parameter.name, value);
    this.version++;
    if (parameter.parameterSetFlags !== 0) this.currentParameterSetFlag &= parameter.parameterSetFlags;
    const index = this.unboundParameters.indexOf(parameter);
    if (index >= 0) this.unboundParameters.splice(index, 1);
    if (!this.boundParameters.has(parameter.name)) this.boundParameters.set(parameter.name, parameter);
    return true;
  }

  /** Returns a parameter to the unbound list (pipeline-bound values are reset before the next record). */
  // pwsh: CmdletParameterBinderController.RestoreDefaultParameterValues.
  unbind(parameter: CompiledParameter): void {
    this.boundParameters.delete(parameter.name);
    if (this.values.delete(parameter.name)) this.version++;
    if (!this.unboundParameters.includes(parameter)) this.unboundParameters.push(parameter);
  }

  /** The name of the set the current flags designate. */
  get currentParameterSetName(): string {
    return parameterSetNameOf(this.metadata, this.currentParameterSetFlag);
  }

  /** pwsh's AmbiguousParameterSet: the command's extent, no parameter name. */
  // pwsh: CmdletParameterBinderController.ThrowAmbiguousParameterSetException.
  throwAmbiguousParameterSet(): never {
    throw newParameterBindingException({
      category: 'InvalidArgument',
      errorId: 'AmbiguousParameterSet',
      template: ParameterBinderStrings.AmbiguousParameterSet,
      invocationInfo: this.invocationInfo,
    });
  }
}
