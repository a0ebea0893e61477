/**
 * The items a dictionary enumerates into when pwsh formats it: DictionaryEntry for Hashtable and
 * OrderedDictionary (shown by the `Name`/`Value` table), KeyValuePair for `Dictionary<,>` (shown `[k, v]`
 * inside `{...}` and as a `Key`/`Value` table).
 */
// pwsh: DotNetTypes_format_ps1xml.cs (System.Collections.DictionaryEntry views); types.ps1xml adds the `Name`
// alias of `Key` on DictionaryEntry.
import { Hashtable } from '../engine/ps-object.js';

/** `System.Collections.DictionaryEntry`: a key and a value, with pwsh's `Name` alias for the key. */
export class DictionaryEntry {
  static readonly typeNames: readonly string[] = ['System.Collections.DictionaryEntry', 'System.ValueType', 'System.Object'];

  constructor(
    readonly key: unknown,
    readonly value: unknown,
  ) {}

  get typeNames(): readonly string[] {
    return DictionaryEntry.typeNames;
  }

  toString(): string {
    return 'System.Collections.DictionaryEntry';
  }
}

/** `System.Collections.Generic.KeyValuePair<K,V>`, whose `ToString()` is `[key, value]`. */
export class KeyValuePair {
  constructor(
    readonly key: unknown,
    readonly value: unknown,
    /** The .NET type name, e.g. `System.Collections.Generic.KeyValuePair`2[[System.String],[System.Int32]]`. */
    readonly typeName: string = 'System.Collections.Generic.KeyValuePair`2',
  ) {}

  get typeNames(): readonly string[] {
    return [this.typeName, 'System.ValueType', 'System.Object'];
  }
}

/** The entries a dictionary enumerates into, as pwsh's formatter sees them. */
export function dictionaryItems(table: Hashtable): (DictionaryEntry | KeyValuePair)[] {
  const items: (DictionaryEntry | KeyValuePair)[] = [];
  const pairType = table.typeName.replace(/^System\.Collections\.Generic\.Dictionary`2/, 'System.Collections.Generic.KeyValuePair`2');
  for (const [key, value] of table) {
    items.push(table.dictionaryKind === 'Dictionary' ? new KeyValuePair(key, value, pairType) : new DictionaryEntry(key, value));
  }
  return items;
}
