/**
 * `$x[i]` and `$x[i] = v`: arrays and lists (negative indexes from the end, several indexes give a slice,
 * out of range gives `$null`), strings (characters), hashtables (keys), and scalars (`$x[0]` is `$x`).
 */
// pwsh: engine/runtime/Binding/Binders.cs (PSGetIndexBinder, PSSetIndexBinder), Operations/ArrayOps.cs
// (SlicingIndex, GetNonIndexable, IndexStringMessage).
import { convertTo, psEquals, toPSString, typeName } from '../conversion.js';
import { dotNetError, interpreterError } from '../operators/interpreter-error.js';
import { Hashtable, PSEnumValue } from '../ps-object.js';
import { CoreLibStrings } from '../strings/CoreLibStrings.js';
import { PSTypes } from '../type-info.js';
import { listType } from './mutable-list.js';

/** An index as an Int32 (`$a['1']` works; `$a[$null]` is pwsh's NullArrayIndex error). */
function toIndex(index: unknown): number {
  if (index === null || index === undefined) throw interpreterError('NullArrayIndex', [], null, 'NullArrayIndex');
  if (index instanceof PSEnumValue) return index.value;
  return convertTo(index, PSTypes.Int32) as number;
}

const NOTHING: unique symbol = Symbol('no element');

function element(items: ArrayLike<unknown>, index: unknown): unknown {
  const i = toIndex(index);
  const position = i < 0 ? i + items.length : i;
  return position >= 0 && position < items.length ? items[position] : NOTHING;
}

/** Several indexes: the elements that exist, in index order. */
function slice(items: ArrayLike<unknown>, indexes: readonly unknown[]): unknown[] {
  return indexes.map((i) => element(items, i)).filter((v) => v !== NOTHING);
}

function stringChars(text: string): string[] {
  return text.split('');
}

/** `target[index]`. */
export function getIndex(target: unknown, index: unknown): unknown {
  if (target === null || target === undefined) throw interpreterError('NullArray', [], null, 'NullArray');
  if (target instanceof Hashtable) {
    if (Array.isArray(index)) return index.filter((k) => k !== null && target.has(k)).map((k) => target.get(k));
    return index === null || index === undefined ? null : (target.get(index) ?? null);
  }
  const items = Array.isArray(target) ? target : typeof target === 'string' ? stringChars(target) : undefined;
  if (items === undefined) {
    // pwsh: ArrayOps.GetNonIndexable; `$x[0]` and `$x[-1]` are `$x`.
    if (!Array.isArray(index) && index !== null && (psEquals(0, index) || psEquals(-1, index))) return target;
    return null;
  }
  if (Array.isArray(index)) return slice(items, index);
  const value = element(items, index);
  return value === NOTHING ? null : value;
}

/** `target[index] = value`. */
export function setIndex(target: unknown, index: unknown, value: unknown): void {
  if (target === null || target === undefined) throw interpreterError('NullArray', [], null, 'NullArray');
  if (target instanceof Hashtable) {
    if (index === null || index === undefined) {
      throw dotNetError(`${CoreLibStrings.ArgumentNull_Key} (Parameter 'key')`, 'System.ArgumentNullException');
    }
    target.set(index, value);
    return;
  }
  if (!Array.isArray(target)) throw interpreterError('CannotIndex', [typeName(target)], target, 'CannotIndex');
  if (Array.isArray(index)) {
    const shown = toPSString(index, ',');
    throw interpreterError('ArraySliceAssignmentFailed', [shown.length > 20 ? `${shown.slice(0, 20)} ...` : shown], index, 'ArraySliceAssignmentFailed');
  }
  const i = toIndex(index);
  const position = i < 0 ? i + target.length : i;
  if (position < 0 || position >= target.length) {
    if (listType(target) !== undefined) {
      throw dotNetError(`${CoreLibStrings.ArgumentOutOfRange_Index} (Parameter 'index')`, 'System.ArgumentOutOfRangeException');
    }
    throw dotNetError(CoreLibStrings.Arg_IndexOutOfRangeException, 'System.IndexOutOfRangeException');
  }
  const elementType = listType(target)?.elementType;
  target[position] = elementType === undefined ? value : convertTo(value, elementType);
}
