/**
 * Parameter-set resolution (pwsh's CmdletParameterBinderController.ValidateParameterSets and helpers): after
 * bindings narrow the valid sets, decide whether one set is chosen, whether the default set applies, whether to
 * wait for pipeline input, or whether the sets are ambiguous.
 */
import type { BinderController } from './binder-controller.js';
import { AllSetsFlag, matchingSetData, parameterSetNameOf, takesPipelineInput, validParameterSetCount } from './binder-metadata.js';

/**
 * Checks the valid sets and returns how many remain. `prePipelineInput`: several sets may stay valid while one of
 * them takes pipeline input. `setDefault`: latch onto the default set when it is among them.
 */
// pwsh: CmdletParameterBinderController.ValidateParameterSets.
export function validateParameterSets(c: BinderController, prePipelineInput: boolean, setDefault: boolean): number {
  const metadata = c.metadata;
  let count = validParameterSetCount(c.currentParameterSetFlag);
  if (count === 0 && c.currentParameterSetFlag !== AllSetsFlag) {
    c.throwAmbiguousParameterSet();
  } else if (count > 1) {
    const defaultFlag = metadata.defaultParameterSetFlag;
    const hasDefault = defaultFlag !== 0;
    const current = c.currentParameterSetFlag;
    if ((!prePipelineInput && current === defaultFlag) || (hasDefault && (current & defaultFlag) !== 0)) {
      c.parameterSetName = parameterSetNameOf(metadata, defaultFlag);
      if (setDefault) {
        c.currentParameterSetFlag = defaultFlag;
        count = 1;
      }
    } else if (prePipelineInput && atLeastOneUnboundValidParameterSetTakesPipelineInput(c, current)) {
      // Wait for pipeline input to decide.
    } else {
      const resolved = resolveParameterSetAmbiguityBasedOnMandatoryParameters(c);
      if (resolved !== 1) c.throwAmbiguousParameterSet();
      count = resolved;
    }
  } else {
    if (c.currentParameterSetFlag === AllSetsFlag) {
      count = metadata.parameterSetNames.length > 0 ? metadata.parameterSetNames.length : 1;
      if (prePipelineInput && atLeastOneUnboundValidParameterSetTakesPipelineInput(c, c.currentParameterSetFlag)) {
        // Do not fixate on the default set before pipeline input.
      } else if (metadata.defaultParameterSetFlag !== 0) {
        if (setDefault) {
          c.currentParameterSetFlag = metadata.defaultParameterSetFlag;
          count = 1;
        }
      } else if (count > 1) {
        const resolved = resolveParameterSetAmbiguityBasedOnMandatoryParameters(c);
        if (resolved !== 1) c.throwAmbiguousParameterSet();
        count = resolved;
      }
    }
    c.parameterSetName = c.currentParameterSetName;
  }
  return count;
}

/** Among several valid sets, the one whose mandatory parameters are all bound, if exactly one is; else -1. */
// pwsh: CmdletParameterBinderController.ResolveParameterSetAmbiguityBasedOnMandatoryParameters.
export function resolveParameterSetAmbiguityBasedOnMandatoryParameters(c: BinderController): number {
  let remaining = c.currentParameterSetFlag;
  let allFlags = 0;
  for (const parameter of c.boundParameters.values()) for (const data of parameter.setData) allFlags |= data.flag;
  for (const parameter of c.unboundParameters) for (const data of parameter.setData) allFlags |= data.flag;
  remaining &= allFlags;
  for (const parameter of c.unboundParameters) {
    for (const data of parameter.setData) if (data.isMandatory) remaining &= ~data.flag;
  }
  if (validParameterSetCount(remaining) === 1) {
    c.currentParameterSetFlag = remaining;
    c.parameterSetName = c.currentParameterSetName;
    return 1;
  }
  return -1;
}

/** With several sets and all of them still valid, take the default set or fail as ambiguous. */
// pwsh: CmdletParameterBinderController.VerifyParameterSetSelected.
export function verifyParameterSetSelected(c: BinderController): void {
  const metadata = c.metadata;
  if (metadata.parameterSetNames.length > 1 && c.currentParameterSetFlag === AllSetsFlag) {
    const defaultFlag = metadata.defaultParameterSetFlag;
    if (defaultFlag !== 0) c.currentParameterSetFlag = defaultFlag;
    else c.throwAmbiguousParameterSet();
  }
}

/** True when an unbound parameter of one of `flags`' sets takes pipeline input. */
export function atLeastOneUnboundValidParameterSetTakesPipelineInput(c: BinderController, flags: number): boolean {
  return c.unboundParameters.some((parameter) => takesPipelineInput(parameter, flags));
}

/** With pipeline input coming, drop the valid sets in which no unbound parameter takes pipeline input. */
// pwsh: CmdletParameterBinderController.FilterParameterSetsTakingNoPipelineInput.
export function filterParameterSetsTakingNoPipelineInput(c: BinderController): number {
  let setsTakingPipeInput = 0;
  for (const parameter of c.unboundParameters) {
    if (!parameter.isPipelineParameterInSomeParameterSet) continue;
    for (const data of matchingSetData(parameter, c.currentParameterSetFlag)) {
      if (!data.valueFromPipeline && !data.valueFromPipelineByPropertyName) continue;
      if (data.flag === 0 && data.isInAllSets) return c.currentParameterSetFlag;
      setsTakingPipeInput |= data.flag;
    }
  }
  return setsTakingPipeInput !== 0 ? c.currentParameterSetFlag & setsTakingPipeInput : c.currentParameterSetFlag;
}
