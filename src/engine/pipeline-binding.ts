/**
 * Binding one pipeline input object (pwsh's CmdletParameterBinderController.BindPipelineParameters): the values
 * bound from the previous object are reset, then four rounds run over the unbound pipeline parameters —
 * ValueFromPipeline without coercion, ByPropertyName without coercion, ValueFromPipeline with coercion,
 * ByPropertyName with coercion — each preferring the default set, each narrowing the valid sets.
 */
import { argumentFor } from './binder-argument.js';
import type { BinderController } from './binder-controller.js';
import { matchingSetData, type CompiledParameter } from './binder-metadata.js';
import { validateParameterSets, verifyParameterSetSelected } from './binder-parameter-sets.js';
import { ParameterBindingException } from './parameter-binding-exception.js';
import { ownMember } from './members/property-access.js';
import { Hashtable, PSObject } from './ps-object.js';

/** pwsh's CurrentlyBinding, in the order the rounds run. */
const enum CurrentlyBinding {
  ValueFromPipelineNoCoercion,
  ValueFromPipelineByPropertyNameNoCoercion,
  ValueFromPipelineWithCoercion,
  ValueFromPipelineByPropertyNameWithCoercion,
}

/** Binds `input`; true when some parameter took it. Throws a ParameterBindingException for this input. */
// pwsh: CmdletParameterBinderController.BindPipelineParameters.
export function bindPipelineParameters(c: BinderController, input: unknown): boolean {
  let result: boolean;
  try {
    result = bindPipelineParametersPrivate(c, input);
    verifyParameterSetSelected(c);
  } catch (error) {
    restoreDefaultParameterValues(c);
    throw error;
  }
  if (!result) restoreDefaultParameterValues(c);
  return result;
}

/** Unbinds what the previous input object bound. */
// pwsh: CmdletParameterBinderController.RestoreDefaultParameterValues.
export function restoreDefaultParameterValues(c: BinderController): void {
  for (const parameter of c.parametersBoundThroughPipelineInput) c.unbind(parameter);
}

function bindPipelineParametersPrivate(c: BinderController, input: unknown): boolean {
  restoreDefaultParameterValues(c);
  c.parametersBoundThroughPipelineInput.length = 0;
  c.currentParameterSetFlag = c.prePipelineProcessingParameterSetFlags;
  const prioritized = c.parameterSetToBePrioritizedInPipelineBinding;
  let validSets = prioritized !== 0 ? prioritized : c.currentParameterSetFlag;
  const steps = prioritized !== 0 ? 2 : 1;
  let result = false;
  for (let step = 0; step < steps; step++) {
    for (let state = CurrentlyBinding.ValueFromPipelineNoCoercion; state <= CurrentlyBinding.ValueFromPipelineByPropertyNameWithCoercion; state++) {
      if (!bindUnboundParametersForBindingState(c, input, state, validSets)) continue;
      if (prioritized === 0 || step === 1) {
        validateParameterSets(c, true, true);
        validSets = c.currentParameterSetFlag;
      }
      result = true;
    }
    if (prioritized !== 0 && step === 0) {
      if (c.currentParameterSetFlag === prioritized) break;
      validSets = c.currentParameterSetFlag & ~prioritized;
    }
  }
  validateParameterSets(c, false, true);
  return result;
}

function bindUnboundParametersForBindingState(c: BinderController, input: unknown, state: CurrentlyBinding, validSets: number): boolean {
  const defaultFlag = c.metadata.defaultParameterSetFlag;
  let bound = false;
  let sets = validSets;
  if (defaultFlag !== 0 && (sets & defaultFlag) !== 0) {
    bound = bindInParameterSet(c, input, state, defaultFlag);
    if (!bound) sets &= ~defaultFlag;
  }
  return bound || bindInParameterSet(c, input, state, sets);
}

/** Tries every unbound pipeline parameter of `sets` (last first, as pwsh does). */
function bindInParameterSet(c: BinderController, input: unknown, state: CurrentlyBinding, sets: number): boolean {
  let bound = false;
  const hasInput = input !== null && input !== undefined;
  for (let i = c.unboundParameters.length - 1; i >= 0; i--) {
    const parameter = c.unboundParameters[i] as CompiledParameter;
    if (!parameter.isPipelineParameterInSomeParameterSet) continue;
    if ((sets & parameter.parameterSetFlags) === 0 && !parameter.isInAllSets) continue;
    for (const data of matchingSetData(parameter, sets)) {
      let result = false;
      if (state === CurrentlyBinding.ValueFromPipelineNoCoercion && data.valueFromPipeline) {
        result = bindValueFromPipeline(c, input, parameter, false);
      } else if (state === CurrentlyBinding.ValueFromPipelineByPropertyNameNoCoercion && data.valueFromPipelineByPropertyName && hasInput) {
        result = bindValueFromPipelineByPropertyName(c, input, parameter, false);
      } else if (state === CurrentlyBinding.ValueFromPipelineWithCoercion && data.valueFromPipeline) {
        result = bindValueFromPipeline(c, input, parameter, true);
      } else if (state === CurrentlyBinding.ValueFromPipelineByPropertyNameWithCoercion && data.valueFromPipelineByPropertyName && hasInput) {
        result = bindValueFromPipelineByPropertyName(c, input, parameter, true);
      }
      if (result) {
        bound = true;
        break;
      }
    }
  }
  return bound;
}

/**
 * The input object itself; conversion failures mean "not this parameter" (also a script parameter's type
 * constraint, an argument transformation failing with an invalid cast), validation failures are errors.
 */
function bindValueFromPipeline(c: BinderController, input: unknown, parameter: CompiledParameter, coerce: boolean): boolean {
  try {
    return bindPipelineParameter(c, input, parameter, coerce);
  } catch (error) {
    if (error instanceof ParameterBindingException && (error.kind === 'ParameterBindingException' || isInvalidCastTransformation(error))) return false;
    throw error;
  }
}

// pwsh: CmdletParameterBinderController.BindValueFromPipeline (the PSInvalidCastException inner exception test).
function isInvalidCastTransformation(error: ParameterBindingException): boolean {
  return error.kind === 'ParameterBindingArgumentTransformationException' && error.errorRecord?.exception.innerException?.typeName.endsWith('InvalidCastException') === true;
}

/** A property of a pipeline object as binding by property name sees it: a PSObject's, or a .NET value's own (a string's Length). */
function propertyOf(input: unknown, name: string): { readonly value: unknown } | undefined {
  if (input instanceof PSObject) return input.getProperty(name);
  // A hashtable's keys are not its properties here (pwsh binds from PSObject.Properties).
  if (input instanceof Hashtable || input === null || input === undefined) return undefined;
  return ownMember(input, name);
}

/** The input's property named like the parameter (or one of its aliases). */
function bindValueFromPipelineByPropertyName(c: BinderController, input: unknown, parameter: CompiledParameter, coerce: boolean): boolean {
  let property = propertyOf(input, parameter.name);
  for (const alias of parameter.metadata.aliases) {
    if (property !== undefined) break;
    property = propertyOf(input, alias);
  }
  if (property === undefined) return false;
  try {
    return bindPipelineParameter(c, property.value, parameter, coerce);
  } catch (error) {
    if (error instanceof ParameterBindingException && error.kind === 'ParameterBindingException') return false;
    throw error;
  }
}

function bindPipelineParameter(c: BinderController, value: unknown, parameter: CompiledParameter, coerce: boolean): boolean {
  const bound = c.bindParameter(argumentFor(parameter.name, value, undefined), parameter, coerce);
  if (bound) c.parametersBoundThroughPipelineInput.push(parameter);
  return bound;
}
