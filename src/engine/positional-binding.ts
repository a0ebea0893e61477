/**
 * Positional binding (pwsh's ParameterBinderController.BindPositionalParameters): the unbound positional
 * parameters of the still-valid sets are grouped by position; each position takes the next unnamed argument,
 * trying the default set without coercion, the other sets without coercion, the default set with coercion, then
 * the other sets with coercion. Every successful bind narrows the valid sets.
 */
import { argumentFor, type BindingArgument } from './binder-argument.js';
import type { BinderController } from './binder-controller.js';
import { matchingSetData, type CompiledParameter, type CompiledParameterSetData } from './binder-metadata.js';
import { ParameterBindingException, newParameterBindingException } from './parameter-binding-exception.js';
import { ParameterBinderStrings } from './strings/ParameterBinderStrings.js';

/** The parameters at one position, each with the set data that puts it there (pwsh's PositionalCommandParameter). */
type PositionEntries = Map<CompiledParameter, CompiledParameterSetData[]>;

/** What positional binding leaves: the unbound arguments and the last swallowed binding error. */
export interface PositionalBindingResult {
  readonly unboundArguments: BindingArgument[];
  /** pwsh reports this instead of PositionalParameterNotFound when the first leftover argument is positional. */
  readonly bindingException: ParameterBindingException | undefined;
}

/** Groups the unbound positional parameters by position; two at one position in one set is ambiguous. */
// pwsh: ParameterBinderController.EvaluateUnboundPositionalParameters / AddNewPosition.
function evaluateUnboundPositionalParameters(c: BinderController, validFlags: number): Map<number, PositionEntries> | undefined {
  const byPosition = new Map<number, PositionEntries>();
  for (const parameter of c.unboundParameters) {
    if ((parameter.parameterSetFlags & validFlags) === 0 && !parameter.isInAllSets) continue;
    for (const data of matchingSetData(parameter, validFlags)) {
      if (data.valueFromRemainingArguments || data.position === undefined) continue;
      let entries = byPosition.get(data.position);
      if (entries === undefined) {
        entries = new Map();
        byPosition.set(data.position, entries);
      } else if (containsPositionalParameterInSet(entries, parameter, data.flag)) {
        return undefined;
      }
      const list = entries.get(parameter);
      if (list === undefined) entries.set(parameter, [data]);
      else list.push(data);
    }
  }
  return new Map([...byPosition].sort(([a], [b]) => a - b));
}

function containsPositionalParameterInSet(entries: PositionEntries, parameter: CompiledParameter, flag: number): boolean {
  for (const [other, dataList] of entries) {
    if (other === parameter) continue;
    if (dataList.some((d) => (d.flag & flag) !== 0 || d.flag === flag)) return true;
  }
  return false;
}

/** After the valid sets narrow, forgets set data (and parameters) outside them. */
// pwsh: ParameterBinderController.UpdatePositionalDictionary.
function updatePositionalDictionary(byPosition: Map<number, PositionEntries>, validFlags: number): void {
  for (const entries of byPosition.values()) {
    for (const [parameter, dataList] of entries) {
      const kept = dataList.filter((d) => (d.flag & validFlags) !== 0 || d.isInAllSets);
      if (kept.length === 0) entries.delete(parameter);
      else entries.set(parameter, kept);
    }
  }
}

/** Binds the unnamed arguments to positional parameters; returns what stays unbound. */
// pwsh: ParameterBinderController.BindPositionalParameters.
export function bindPositionalParameters(c: BinderController, unboundArguments: BindingArgument[]): PositionalBindingResult {
  if (unboundArguments.length === 0) return { unboundArguments, bindingException: undefined };
  const byPosition = evaluateUnboundPositionalParameters(c, c.currentParameterSetFlag);
  if (byPosition === undefined) {
    throw newParameterBindingException({
      category: 'InvalidArgument',
      errorId: 'AmbiguousPositionalParameterNoName',
      template: ParameterBinderStrings.AmbiguousPositionalParameterNoName,
      invocationInfo: c.invocationInfo,
    });
  }
  if (byPosition.size === 0) return { unboundArguments, bindingException: undefined };

  const result: BindingArgument[] = [];
  const defaultFlag = c.metadata.defaultParameterSetFlag;
  let validFlags = c.currentParameterSetFlag;
  let index = 0;
  let lastException: ParameterBindingException | undefined;
  const tryBind = (sets: number, entries: PositionEntries, argument: BindingArgument, coerce: boolean): boolean => {
    const outcome = bindPositionalParametersInSet(c, sets, entries, argument, coerce);
    lastException = outcome.exception;
    return outcome.bound;
  };

  for (const entries of byPosition.values()) {
    if (entries.size === 0) continue;
    let argument: BindingArgument | undefined;
    while (index < unboundArguments.length) {
      const candidate = unboundArguments[index++] as BindingArgument;
      if (candidate.parameterName === undefined) {
        argument = candidate;
        break;
      }
      // A named argument (unknown name) is kept, and so is an unnamed one right after it.
      result.push(candidate);
      const next = unboundArguments[index];
      if (next !== undefined && next.parameterName === undefined) {
        result.push(next);
        index++;
      }
    }
    if (argument === undefined) break;

    const defaultValid = defaultFlag !== 0 && (validFlags & defaultFlag) !== 0;
    let bound = defaultValid && tryBind(defaultFlag, entries, argument, false);
    if (!bound) bound = tryBind(validFlags, entries, argument, false);
    if (!bound && defaultValid) bound = tryBind(defaultFlag, entries, argument, true);
    if (!bound) bound = tryBind(validFlags, entries, argument, true);

    if (!bound) {
      result.push(argument);
    } else if (validFlags !== c.currentParameterSetFlag) {
      validFlags = c.currentParameterSetFlag;
      updatePositionalDictionary(byPosition, validFlags);
    }
  }
  for (; index < unboundArguments.length; index++) result.push(unboundArguments[index] as BindingArgument);
  return { unboundArguments: result, bindingException: lastException };
}

/**
 * Tries the argument on each parameter at this position (in `sets`). Conversion failures are remembered, not
 * thrown; validation and transformation failures are thrown.
 */
// pwsh: ParameterBinderController.BindPositionalParametersInSet.
function bindPositionalParametersInSet(
  c: BinderController,
  sets: number,
  entries: PositionEntries,
  argument: BindingArgument,
  coerce: boolean,
): { bound: boolean; exception: ParameterBindingException | undefined } {
  let bound = false;
  let exception: ParameterBindingException | undefined;
  for (const [parameter, dataList] of entries) {
    for (const data of dataList) {
      if ((sets & data.flag) === 0 && !data.isInAllSets) continue;
      let result = false;
      try {
        result = c.bindParameter(argumentFor(parameter.name, argument.value, argument.argumentExtent), parameter, coerce);
      } catch (error) {
        if (!(error instanceof ParameterBindingException) || error.kind !== 'ParameterBindingException') throw error;
        exception = error;
      }
      if (result) {
        bound = true;
        break;
      }
    }
  }
  return { bound, exception };
}
