/**
 * Resizable lists (`System.Collections.ArrayList`, `System.Collections.Generic.List[T]`). The value model
 * holds every collection as a JavaScript array; the arrays that stand for a resizable list are remembered
 * here with their .NET type, so `Add` works on them and fails on a plain `Object[]`, as in pwsh.
 */
import type { PSTypeInfo } from '../type-info.js';

const listTypes = new WeakMap<readonly unknown[], PSTypeInfo>();

/** A new list of the given type holding `items`. */
export function newList(type: PSTypeInfo, items: Iterable<unknown> = []): unknown[] {
  const list = [...items];
  listTypes.set(list, type);
  return list;
}

/** The list type of an array created by {@link newList}; undefined for a plain `Object[]`. */
export function listType(value: readonly unknown[]): PSTypeInfo | undefined {
  return listTypes.get(value);
}
