/**
 * Methods of collections: arrays (`Object[]`: fixed size, so `Add` fails as in pwsh), resizable lists
 * (`ArrayList`, `List[T]`) and hashtables (`Add` with .NET's duplicate-key text, `ContainsKey`,
 * `GetEnumerator`...).
 */
// .NET: System.Array (IList explicit implementation), System.Collections.ArrayList, List<T>, Hashtable.
import { convertTo, psCompare, toPSString, typeName } from '../conversion.js';
import { Hashtable, PSDateTime, PSEnumValue, PSObject } from '../ps-object.js';
import { CoreLibStrings } from '../strings/CoreLibStrings.js';
import { format } from '../strings/format.js';
import { PSTypes } from '../type-info.js';
import { dotNetException, lazyMethodTable, overload, Void, type MethodTable } from './method-binding.js';
import { listType, newList } from './mutable-list.js';

/** .NET `Object.Equals` as IList.Contains / IndexOf / Remove use it: same type and value. */
export function clrEquals(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a === 'number' && typeof b === 'number') return a === b && typeName(a) === typeName(b);
  if (a instanceof PSEnumValue && b instanceof PSEnumValue) return a.enumType.fullName === b.enumType.fullName && a.value === b.value;
  if (a instanceof PSDateTime && b instanceof PSDateTime) return a.utcMilliseconds === b.utcMilliseconds;
  return a === b;
}

function fixedSize(): never {
  throw dotNetException(CoreLibStrings.NotSupported_FixedSizeCollection, 'System.NotSupportedException');
}

/** A resizable list's element type conversion (List[T] converts, ArrayList keeps anything). */
function element(list: unknown[], value: unknown): unknown {
  const type = listType(list)?.elementType;
  return type === undefined ? value : convertTo(value, type);
}

function checkListIndex(list: unknown[], index: number, inclusive: boolean): void {
  if (index < 0 || index > list.length || (!inclusive && index === list.length)) {
    throw dotNetException(CoreLibStrings.ArgumentOutOfRange_Index, 'System.ArgumentOutOfRangeException', 'index');
  }
}

function resizable(list: unknown[]): boolean {
  return listType(list) !== undefined;
}

/** Methods of arrays and lists. */
export const ArrayMethods: MethodTable<unknown[]> = lazyMethodTable<unknown[]>(() => ({
  Contains: [overload([['item']], (a, [x]) => a.some((v) => clrEquals(v, x)))],
  IndexOf: [overload([['item']], (a, [x]) => a.findIndex((v) => clrEquals(v, x)))],
  Add: [
    overload([['item']], (a, [x]) => {
      if (!resizable(a)) fixedSize();
      a.push(element(a, x));
      return listType(a)?.name === 'List`1' ? Void : a.length - 1;
    }),
  ],
  AddRange: [
    overload([['collection']], (a, [items]) => {
      if (!resizable(a)) fixedSize();
      for (const x of Array.isArray(items) ? items : [items]) a.push(element(a, x));
      return Void;
    }),
  ],
  Remove: [
    overload([['item']], (a, [x]) => {
      if (!resizable(a)) fixedSize();
      const i = a.findIndex((v) => clrEquals(v, x));
      if (i >= 0) a.splice(i, 1);
      return listType(a)?.name === 'List`1' ? i >= 0 : Void;
    }),
  ],
  RemoveAt: [
    overload([['index', PSTypes.Int32]], (a, [i]) => {
      if (!resizable(a)) fixedSize();
      checkListIndex(a, i as number, false);
      a.splice(i as number, 1);
      return Void;
    }),
  ],
  Insert: [
    overload([['index', PSTypes.Int32], ['item']], (a, [i, x]) => {
      if (!resizable(a)) fixedSize();
      checkListIndex(a, i as number, true);
      a.splice(i as number, 0, element(a, x));
      return Void;
    }),
  ],
  Clear: [
    overload([], (a) => {
      if (!resizable(a)) fixedSize();
      a.length = 0;
      return Void;
    }),
  ],
  Sort: [
    overload([], (a) => {
      a.sort((x, y) => psCompare(x, y, false));
      return Void;
    }),
  ],
  Reverse: [
    overload([], (a) => {
      a.reverse();
      return Void;
    }),
  ],
  ToArray: [overload([], (a) => [...a])],
  Clone: [overload([], (a) => (resizable(a) ? newList(listType(a) ?? PSTypes.Object, a) : [...a]))],
  ToString: [overload([], (a) => typeName(a))],
  Equals: [overload([['obj']], (a, [x]) => a === x)],
}));

/** A DictionaryEntry as `GetEnumerator()` yields it (with pwsh's `Name` alias for `Key`). */
function dictionaryEntry(key: unknown, value: unknown): PSObject {
  return new PSObject(['System.Collections.DictionaryEntry', 'System.ValueType', 'System.Object'], [
    ['Name', key],
    ['Key', key],
    ['Value', value],
  ]);
}

function nullKey(): never {
  throw dotNetException(CoreLibStrings.ArgumentNull_Key, 'System.ArgumentNullException', 'key');
}

function addEntry(table: Hashtable, key: unknown, value: unknown): symbol {
  if (key === null || key === undefined) nullKey();
  if (table.has(key)) {
    const existing = table.keys().find((k) => (typeof k === 'string' && typeof key === 'string' ? k.toLowerCase() === key.toLowerCase() : k === key));
    throw dotNetException(format(CoreLibStrings.Argument_AddingDuplicate__, toPSString(existing), toPSString(key)), 'System.ArgumentException');
  }
  table.set(key, value);
  return Void;
}

/** Methods of hashtables and ordered dictionaries. */
export const HashtableMethods: MethodTable<Hashtable> = lazyMethodTable<Hashtable>(() => ({
  Add: [overload([['key'], ['value']], (h, [k, v]) => addEntry(h, k, v))],
  Remove: [
    overload([['key']], (h, [k]) => {
      if (k === null || k === undefined) nullKey();
      h.delete(k);
      return Void;
    }),
  ],
  ContainsKey: [overload([['key']], (h, [k]) => (k === null || k === undefined ? nullKey() : h.has(k)))],
  Contains: [overload([['key']], (h, [k]) => (k === null || k === undefined ? nullKey() : h.has(k)))],
  ContainsValue: [overload([['value']], (h, [v]) => h.values().some((x) => clrEquals(x, v)))],
  Clear: [
    overload([], (h) => {
      h.clear();
      return Void;
    }),
  ],
  Clone: [overload([], (h) => Hashtable.from(h, h.dictionaryKind, h.typeName))],
  GetEnumerator: [overload([], (h) => [...h].map(([k, v]) => dictionaryEntry(k, v)))],
  ToString: [overload([], (h) => h.typeName)],
  Equals: [overload([['obj']], (h, [x]) => h === x)],
}));
