/**
 * The sort keys of Sort-Object and Group-Object: for each input object, the values of the `-Property`
 * expressions (wildcards expanded per object, in name order; script blocks run with `$_`), or the object
 * itself. A missing property sorts after every present one, whatever the direction.
 */
// pwsh: commands/utility/OrderObjectBase.cs (OrderByProperty, OrderByPropertyEntryEvaluationHelper,
// OrderByPropertyComparer) and ObjectCommandComparer.cs (NonExistingProperty ordering).
import { Param } from '../engine/parameter-declaration.js';
import { compareStrings, compareValues } from './object-comparer.js';
import { resolvePropertyNames, propertyValue } from './property-expression.js';
import { scriptResult, type PropertyParameter, type ScriptBlockInvoker } from './property-parameter.js';

/** One key value: a property's value, or a property the object does not have. */
export type OrderValue = { readonly exists: true; readonly value: unknown } | { readonly exists: false; readonly name: string };

/** An input object with its key values and its position in the input. */
export interface OrderEntry {
  readonly input: unknown;
  readonly values: readonly OrderValue[];
  readonly index: number;
}

/** Computes an object's keys; `ascending` gets one direction per key (hashtable Ascending/Descending win). */
export async function orderEntry(
  input: unknown,
  index: number,
  parameters: readonly PropertyParameter[],
  invoke: ScriptBlockInvoker,
): Promise<OrderEntry> {
  if (parameters.length === 0) return { input, index, values: [{ exists: true, value: input }] };
  const values: OrderValue[] = [];
  for (const parameter of parameters) {
    const expression = parameter.expression;
    if (typeof expression !== 'string') {
      values.push({ exists: true, value: scriptResult(await invoke(expression, input)) });
      continue;
    }
    const names = resolvePropertyNames(input, expression);
    if (names.length === 0) {
      values.push({ exists: false, name: expression });
      continue;
    }
    if (names.length > 1) names.sort((a, b) => compareStrings(a.toLowerCase(), b.toLowerCase()));
    for (const name of names) values.push({ exists: true, value: propertyValue(input, name).value });
  }
  return { input, index, values };
}

/** The direction of each parameter's key: the hashtable's Ascending/Descending, else the command's. */
export function keyDirections(parameters: readonly PropertyParameter[], ascending: boolean): boolean[] {
  if (parameters.length === 0) return [ascending];
  return parameters.map((p) => {
    if (p.ascending !== undefined && p.descending !== undefined && p.ascending === p.descending) return ascending;
    if (p.ascending !== undefined) return p.ascending;
    if (p.descending !== undefined) return !p.descending;
    return ascending;
  });
}

/** OrderByPropertyComparer.Compare: the first key that differs decides. */
export function compareEntries(first: OrderEntry, second: OrderEntry, directions: readonly boolean[], caseSensitive: boolean): number {
  const count = Math.max(first.values.length, second.values.length);
  for (let k = 0; k < count; k++) {
    const a = first.values[k];
    const b = second.values[k];
    if (a === undefined || b === undefined) continue;
    let result: number;
    if (a.exists && b.exists) {
      result = compareValues(a.value, b.value, caseSensitive);
      if (directions[Math.min(k, directions.length - 1)] === false) result = -result;
    } else if (a.exists) {
      result = -1;
    } else if (b.exists) {
      result = 1;
    } else {
      result = 0;
    }
    if (result !== 0) return result;
  }
  return 0;
}

/** The parameters of pwsh's ObjectBase and ObjectCmdletBase, which Sort-Object and Group-Object end with. */
export const ObjectBaseParameters = {
  InputObject: Param.psObject({ valueFromPipeline: true }),
  Property: Param.objectArray({ position: 0 }),
  Culture: Param.string(),
  CaseSensitive: Param.switch(),
} as const;
