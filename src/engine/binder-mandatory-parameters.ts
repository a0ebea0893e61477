/**
 * Which mandatory parameters are still missing (pwsh's CmdletParameterBinderController.GetMissingMandatoryParameters).
 * Without pipeline input every unbound mandatory parameter of the chosen set is missing. With pipeline input
 * coming, parameters that take pipeline input are left for it, and the set to latch onto is chosen from which
 * sets can still be filled from the pipeline.
 */
import { bindParameterByName } from './binder-command-line.js';
import type { BinderController } from './binder-controller.js';
import { AllSetsFlag, matchingSetData, setDataFor, validParameterSetCount, type CompiledParameter, type CompiledParameterSetData } from './binder-metadata.js';
import { PSException } from './errors.js';
import { promptForFields } from './mandatory-prompt.js';
import { newParameterBindingException } from './parameter-binding-exception.js';
import { format } from './strings/format.js';
import { ParameterBinderStrings } from './strings/ParameterBinderStrings.js';

/** Per-set bookkeeping of unbound mandatory parameters (pwsh's ParameterSetPromptingData). */
interface ParameterSetPromptingData {
  readonly parameterSet: number;
  readonly isDefaultSet: boolean;
  readonly isAllSet: boolean;
  readonly pipelineable: Set<CompiledParameter>;
  readonly pipelineableByValue: Set<CompiledParameter>;
  readonly pipelineableByPropertyName: Set<CompiledParameter>;
  readonly nonpipelineable: Set<CompiledParameter>;
}

/**
 * Finds the missing mandatory parameters and, when `processMissing`, prompts for them on an interactive host and
 * binds the answers; a host that cannot prompt, or input that ends, gives MissingMandatoryParameter.
 */
// pwsh: CmdletParameterBinderController.HandleUnboundMandatoryParameters and PromptForMissingMandatoryParameters.
export async function handleUnboundMandatoryParameters(
  c: BinderController,
  validSetCount: number,
  processMissing: boolean,
  isPipelineInputExpected: boolean,
): Promise<CompiledParameter[]> {
  const missing = getMissingMandatoryParameters(c, validSetCount, isPipelineInputExpected);
  if (missing.length === 0 || !processMissing) return missing;
  const { ui, invocationInfo } = c.invocation;
  let answers: Map<string, unknown> | undefined;
  if (ui.interactive) {
    const caption = format(ParameterBinderStrings.PromptCaption, invocationInfo.myCommand?.name ?? invocationInfo.invocationName, invocationInfo.pipelinePosition);
    const fields = missing.map((parameter) => ({
      name: parameter.name,
      helpMessage: setDataFor(parameter, c.currentParameterSetFlag)?.helpMessage,
      shape: parameter.shape,
    }));
    try {
      answers = await promptForFields(ui, caption, ParameterBinderStrings.PromptMessage, fields);
    } catch (error) {
      // The host cannot prompt (pwsh catches NotImplemented, Host and PSInvalidOperation exceptions).
      if (!(error instanceof PSException)) throw error;
    }
  }
  if (answers === undefined || answers.size === 0) {
    throw newParameterBindingException({
      category: 'InvalidArgument',
      errorId: 'MissingMandatoryParameter',
      template: ParameterBinderStrings.MissingMandatoryParameter,
      invocationInfo,
      parameterName: buildMissingParamsString(missing),
    });
  }
  for (const [name, value] of answers) bindParameterByName(c, name, value);
  return [];
}

/** ` Name Path`: each missing parameter's name preceded by a space (MissingMandatoryParameter's {1}). */
export function buildMissingParamsString(missing: readonly CompiledParameter[]): string {
  let text = '';
  for (const parameter of missing) text += ` ${parameter.name}`;
  return text;
}

function recordPromptingData(
  promptingData: Map<number, ParameterSetPromptingData>,
  parameter: CompiledParameter,
  data: CompiledParameterSetData,
  defaultParameterSet: number,
  pipelineInputExpected: boolean,
): number {
  const setFlag = data.flag === 0 ? AllSetsFlag : data.flag;
  if (!data.isMandatory) return 0;
  let entry = promptingData.get(setFlag);
  if (entry === undefined) {
    entry = {
      parameterSet: setFlag,
      isDefaultSet: defaultParameterSet !== 0 && (defaultParameterSet & setFlag) !== 0,
      isAllSet: setFlag === AllSetsFlag,
      pipelineable: new Set(),
      pipelineableByValue: new Set(),
      pipelineableByPropertyName: new Set(),
      nonpipelineable: new Set(),
    };
    promptingData.set(setFlag, entry);
  }
  if (pipelineInputExpected && (data.valueFromPipeline || data.valueFromPipelineByPropertyName)) {
    entry.pipelineable.add(parameter);
    if (data.valueFromPipeline) entry.pipelineableByValue.add(parameter);
    if (data.valueFromPipelineByPropertyName) entry.pipelineableByPropertyName.add(parameter);
  } else {
    entry.nonpipelineable.add(parameter);
  }
  return setFlag;
}

/** The unbound mandatory parameters to prompt for (or report), possibly latching onto a parameter set. */
// pwsh: CmdletParameterBinderController.GetMissingMandatoryParameters.
export function getMissingMandatoryParameters(c: BinderController, validParameterSetCount_: number, isPipelineInputExpected: boolean): CompiledParameter[] {
  const result: CompiledParameter[] = [];
  const defaultParameterSet = c.metadata.defaultParameterSetFlag;
  let commandMandatorySets = 0;
  const promptingData = new Map<number, ParameterSetPromptingData>();
  let missingAMandatoryParameter = false;
  let missingAMandatoryParameterInAllSet = false;

  for (const parameter of c.unboundParameters) {
    if (!parameter.isMandatoryInSomeParameterSet) continue;
    let parameterMandatorySets = 0;
    let thisParameterMissing = false;
    for (const data of matchingSetData(parameter, c.currentParameterSetFlag)) {
      const newFlag = recordPromptingData(promptingData, parameter, data, defaultParameterSet, isPipelineInputExpected);
      if (newFlag === 0) continue;
      missingAMandatoryParameter = true;
      thisParameterMissing = true;
      if (newFlag !== AllSetsFlag) {
        parameterMandatorySets |= c.currentParameterSetFlag & newFlag;
        commandMandatorySets |= c.currentParameterSetFlag & parameterMandatorySets;
      } else {
        missingAMandatoryParameterInAllSet = true;
      }
    }
    if (!isPipelineInputExpected && thisParameterMissing) result.push(parameter);
  }

  if (!missingAMandatoryParameter || !isPipelineInputExpected) return result;

  if (commandMandatorySets === 0) commandMandatorySets = c.currentParameterSetFlag;
  if (missingAMandatoryParameterInAllSet) {
    const available = c.metadata.allParameterSetFlags === 0 ? AllSetsFlag : c.metadata.allParameterSetFlags;
    commandMandatorySets = c.currentParameterSetFlag & available;
  }

  if (
    validParameterSetCount_ > 1 &&
    defaultParameterSet !== 0 &&
    (defaultParameterSet & commandMandatorySets) === 0 &&
    (defaultParameterSet & c.currentParameterSetFlag) !== 0
  ) {
    let setThatTakesPipelineInput = 0;
    for (const data of promptingData.values()) {
      if ((data.parameterSet & c.currentParameterSetFlag) !== 0 && (data.parameterSet & defaultParameterSet) === 0 && !data.isAllSet && data.pipelineable.size > 0) {
        setThatTakesPipelineInput = data.parameterSet;
        break;
      }
    }
    if (setThatTakesPipelineInput === 0) {
      // Ignore the sets with unbound mandatory parameters, but keep the others; prefer the default set.
      commandMandatorySets = c.currentParameterSetFlag & ~commandMandatorySets;
      c.currentParameterSetFlag = commandMandatorySets;
      if (c.currentParameterSetFlag === defaultParameterSet) c.parameterSetName = c.currentParameterSetName;
      else c.parameterSetToBePrioritizedInPipelineBinding = defaultParameterSet;
    }
  }

  const setCount = validParameterSetCount(commandMandatorySets);
  if (setCount === 0) {
    c.throwAmbiguousParameterSet();
  } else if (setCount === 1) {
    addNonpipelineable(promptingData, commandMandatorySets, result);
  } else if (c.parameterSetToBePrioritizedInPipelineBinding === 0) {
    chooseAmongSeveralSets(c, promptingData, commandMandatorySets, result);
  }
  return result;
}

function addNonpipelineable(promptingData: Map<number, ParameterSetPromptingData>, sets: number, result: CompiledParameter[]): void {
  for (const data of promptingData.values()) {
    if ((data.parameterSet & sets) !== 0 || data.isAllSet) for (const parameter of data.nonpipelineable) result.push(parameter);
  }
}

/** Several sets remain: latch onto the default set, or onto the one set the pipeline can fill. */
function chooseAmongSeveralSets(
  c: BinderController,
  promptingData: Map<number, ParameterSetPromptingData>,
  commandMandatorySets: number,
  result: CompiledParameter[],
): void {
  const defaultParameterSet = c.metadata.defaultParameterSetFlag;
  const values = [...promptingData.values()];
  let latchOnToDefault = false;
  if (defaultParameterSet !== 0 && (commandMandatorySets & defaultParameterSet) !== 0) {
    const anotherSetTakesPipelineInput = values.some(
      (d) => !d.isAllSet && !d.isDefaultSet && d.pipelineable.size > 0 && d.nonpipelineable.size === 0,
    );
    const anotherSetTakesPipelineInputByPropertyName = values.some((d) => !d.isAllSet && !d.isDefaultSet && d.pipelineableByPropertyName.size > 0);
    const defaultData = promptingData.get(defaultParameterSet);
    if (defaultData !== undefined) {
      if (defaultData.pipelineableByPropertyName.size > 0 && !anotherSetTakesPipelineInputByPropertyName) latchOnToDefault = true;
      else if (defaultData.pipelineable.size > 0 && !anotherSetTakesPipelineInput) latchOnToDefault = true;
    }
    if (!latchOnToDefault && !anotherSetTakesPipelineInput) latchOnToDefault = true;
    if (!latchOnToDefault && (promptingData.get(AllSetsFlag)?.nonpipelineable.size ?? 0) > 0) latchOnToDefault = true;
    if (latchOnToDefault) {
      c.currentParameterSetFlag = defaultParameterSet;
      c.parameterSetName = c.currentParameterSetName;
      addNonpipelineable(promptingData, defaultParameterSet, result);
      return;
    }
  }

  const byValue = uniqueSet(values, commandMandatorySets, (d) => d.pipelineableByValue.size > 0);
  const byPropertyName = uniqueSet(values, commandMandatorySets, (d) => d.pipelineableByPropertyName.size > 0);
  let uniqueSetThatTakesPipelineInput = 0;
  if (byValue.found && byPropertyName.found && byValue.set === byPropertyName.set) uniqueSetThatTakesPipelineInput = byValue.set;
  if (byValue.found !== byPropertyName.found) uniqueSetThatTakesPipelineInput = byValue.found ? byValue.set : byPropertyName.set;

  if (uniqueSetThatTakesPipelineInput !== 0) {
    latchOntoPipelineSet(c, promptingData, uniqueSetThatTakesPipelineInput, result);
    return;
  }
  let foundMissingParameters = false;
  let setsWithNonpipelineableMandatory = 0;
  for (const data of values) {
    if (((data.parameterSet & commandMandatorySets) !== 0 || data.isAllSet) && data.nonpipelineable.size > 0) {
      foundMissingParameters = true;
      if (!data.isAllSet) setsWithNonpipelineableMandatory |= data.parameterSet;
    }
  }
  if (!foundMissingParameters) return;
  if (byValue.set !== 0) {
    latchOntoPipelineSet(c, promptingData, byValue.set, result);
    return;
  }
  if (!byValue.multiple && !byPropertyName.multiple) c.throwAmbiguousParameterSet();
  if (setsWithNonpipelineableMandatory !== 0) {
    ignoreOtherMandatoryParameterSets(c, setsWithNonpipelineableMandatory);
    if (c.currentParameterSetFlag === 0) c.throwAmbiguousParameterSet();
    if (validParameterSetCount(c.currentParameterSetFlag) === 1) c.parameterSetName = c.currentParameterSetName;
  }
}

/** The single set (among `sets`) that `test` accepts; `multiple` when more than one does. */
function uniqueSet(
  values: readonly ParameterSetPromptingData[],
  sets: number,
  test: (data: ParameterSetPromptingData) => boolean,
): { found: boolean; multiple: boolean; set: number } {
  let found = false;
  let set = 0;
  for (const data of values) {
    if ((data.parameterSet & sets) === 0 || data.isAllSet || !test(data)) continue;
    if (found) return { found: true, multiple: true, set: 0 };
    found = true;
    set = data.parameterSet;
  }
  return { found, multiple: false, set };
}

function latchOntoPipelineSet(c: BinderController, promptingData: Map<number, ParameterSetPromptingData>, chosen: number, result: CompiledParameter[]): void {
  let otherMandatorySetsToBeIgnored = 0;
  let chosenHasNonpipelineable = false;
  for (const data of promptingData.values()) {
    if ((data.parameterSet & chosen) !== 0 || data.isAllSet) {
      if (!data.isAllSet) chosenHasNonpipelineable = data.nonpipelineable.size > 0;
      for (const parameter of data.nonpipelineable) result.push(parameter);
    } else {
      otherMandatorySetsToBeIgnored |= data.parameterSet;
    }
  }
  // pwsh: PreservePotentialParameterSets.
  if (chosenHasNonpipelineable) {
    c.currentParameterSetFlag = chosen;
    c.parameterSetName = c.currentParameterSetName;
  } else {
    ignoreOtherMandatoryParameterSets(c, otherMandatorySetsToBeIgnored);
    c.parameterSetName = c.currentParameterSetName;
    if (c.currentParameterSetFlag !== chosen) c.parameterSetToBePrioritizedInPipelineBinding = chosen;
  }
}

// pwsh: CmdletParameterBinderController.IgnoreOtherMandatoryParameterSets.
function ignoreOtherMandatoryParameterSets(c: BinderController, ignored: number): void {
  if (ignored === 0) return;
  if (c.currentParameterSetFlag === AllSetsFlag) c.currentParameterSetFlag = c.metadata.allParameterSetFlags & ~ignored;
  else c.currentParameterSetFlag &= ~ignored;
}
