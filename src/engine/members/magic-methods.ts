/**
 * The intrinsic `.Where({ })` and `.ForEach({ })` methods every value has (a scalar is a one-element
 * collection). Both return a collection (a JavaScript array).
 */
// pwsh: engine/runtime/Operations/MiscOps.cs (EnumerableOps.Where, EnumerableOps.ForEach,
// WhereOperatorSelectionMode).
import { convertTo, isTrue, toPSString } from '../conversion.js';
import { PSException } from '../errors.js';
import { interpreterError } from '../operators/interpreter-error.js';
import type { PSEnumValue } from '../ps-object.js';
import { ScriptBlock } from '../script-block.js';
import { BuiltInEnums, isPSTypeInfo } from '../type-resolver.js';
import { enumTypeInfo, PSTypes } from '../type-info.js';
import type { MethodContext } from './method-binding.js';
import { ownMember, setMember } from './property-access.js';

/** Calls a method by name on one item (for `.ForEach('MethodName', args)`). */
export type InvokeByName = (target: unknown, name: string, args: readonly unknown[]) => Promise<unknown>;

function itemsOf(target: unknown): unknown[] {
  if (Array.isArray(target)) return target;
  return target === null || target === undefined ? [] : [target];
}

const MODES = enumTypeInfo(BuiltInEnums.WhereOperatorSelectionMode);

/** `.Where({ condition }, [mode], [numberToReturn])`. */
export async function whereMethod(target: unknown, args: readonly unknown[], context: MethodContext): Promise<unknown[]> {
  const [condition, modeArg, countArg] = args;
  const mode = modeArg === undefined ? 'Default' : (convertTo(modeArg, MODES) as PSEnumValue).name;
  const count = countArg === undefined ? 0 : (convertTo(countArg, PSTypes.Int32) as number);
  if (count < 0) throw interpreterError('NumberToReturnMustBeGreaterThanZero', [], count);
  const items = itemsOf(target);
  const test = async (item: unknown): Promise<boolean> =>
    condition instanceof ScriptBlock ? isTrue(await context.invokeScriptBlock(condition, item)) : isTrue(condition);
  const matched: unknown[] = [];
  switch (mode) {
    case 'First':
    case 'Default': {
      const limit = count === 0 ? (mode === 'First' ? 1 : Infinity) : count;
      for (const item of items) {
        if (matched.length >= limit) break;
        if (await test(item)) matched.push(item);
      }
      return matched;
    }
    case 'Last': {
      for (const item of items) if (await test(item)) matched.push(item);
      return matched.slice(-(count === 0 ? 1 : count));
    }
    case 'SkipUntil': {
      let on = false;
      for (const item of items) {
        if (!on && (await test(item))) on = true;
        if (on) matched.push(item);
        if (count > 0 && matched.length >= count) break;
      }
      return matched;
    }
    case 'Until': {
      for (const item of items) {
        if (await test(item)) break;
        matched.push(item);
        if (count > 0 && matched.length >= count) break;
      }
      return matched;
    }
    default: {
      const rest: unknown[] = [];
      for (const item of items) {
        if ((count === 0 || matched.length < count) && (await test(item))) matched.push(item);
        else rest.push(item);
      }
      return [matched, rest];
    }
  }
}

/** `.ForEach({ script })`, `.ForEach('Property')`, `.ForEach('Property', value)`, `.ForEach('Method', args)`, `.ForEach([type])`. */
export async function forEachMethod(target: unknown, args: readonly unknown[], context: MethodContext, invoke: InvokeByName): Promise<unknown[]> {
  const [first, ...rest] = args;
  const items = itemsOf(target);
  const results: unknown[] = [];
  if (first instanceof ScriptBlock) {
    for (const item of items) results.push(...(await context.invokeScriptBlock(first, item)));
    return results;
  }
  if (isPSTypeInfo(first)) {
    for (const item of items) {
      try {
        results.push(convertTo(item, first));
      } catch (error) {
        if (error instanceof PSException) throw interpreterError('ForEachTypeConversionFailed', [first.fullName], item, 'ForEachTypeConversionFailed', error);
        throw error;
      }
    }
    return results;
  }
  const name = toPSString(first);
  for (const item of items) {
    const member = ownMember(item, name);
    if (member !== undefined && rest.length === 0) {
      if (Array.isArray(member.value)) results.push(...member.value);
      else results.push(member.value);
    } else if (member !== undefined) setMember(item, name, rest[0]);
    else {
      const value = await invoke(item, name, rest);
      if (Array.isArray(value)) results.push(...value);
      else if (typeof value !== 'symbol') results.push(value);
    }
  }
  return results;
}
