/**
 * How PowerShell values are held in JavaScript.
 *
 * | pwsh                          | pcsh                                            |
 * |-------------------------------|-------------------------------------------------|
 * | `$null`                       | `null` (never `undefined`)                      |
 * | String, Char                  | `string`                                        |
 * | Int32, Int64, Double, Decimal | `number` (an integral value counts as Int32/64) |
 * | Boolean, SwitchParameter      | `boolean`                                       |
 * | Object[] / ArrayList          | a JS array                                      |
 * | Hashtable, OrderedDictionary, Dictionary<,> | {@link Hashtable}                 |
 * | PSCustomObject, typed objects | {@link PSObject}                                |
 * | DateTime                      | {@link PSDateTime}                              |
 * | enum values                   | {@link PSEnumValue}                             |
 * | ScriptBlock                   | `ScriptBlock` (engine/script-block.ts)          |
 */

/** A property of a {@link PSObject}: a note property (a value) or a script-computed one. */
export interface PSPropertyInfo {
  readonly name: string;
  /** The .NET type name shown by Get-Member; optional. */
  readonly typeName?: string;
  value: unknown;
}

/**
 * An object with named properties: PSCustomObject (`[pscustomobject]@{...}`, Select-Object output) or a
 * typed model object such as PSCart. Property names are case-insensitive and keep their declared order.
 */
export class PSObject {
  /** Most-derived first, as `$x.PSObject.TypeNames`; e.g. `['System.Management.Automation.PSCustomObject', 'System.Object']`. */
  readonly typeNames: string[];
  private readonly byName = new Map<string, PSPropertyInfo>();
  private readonly ordered: PSPropertyInfo[] = [];

  constructor(typeNames: readonly string[] = PSObject.customObjectTypeNames, properties?: Iterable<readonly [string, unknown]>) {
    this.typeNames = [...typeNames];
    if (properties !== undefined) for (const [name, value] of properties) this.setProperty(name, value);
  }

  static readonly customObjectTypeNames: readonly string[] = ['System.Management.Automation.PSCustomObject', 'System.Object'];

  /** A PSCustomObject with the given properties in order. */
  static custom(properties: Iterable<readonly [string, unknown]> | Record<string, unknown>): PSObject {
    const entries = Symbol.iterator in properties ? (properties as Iterable<readonly [string, unknown]>) : Object.entries(properties);
    return new PSObject(PSObject.customObjectTypeNames, entries);
  }

  /** True for `[pscustomobject]`s (as opposed to typed model objects). */
  get isCustomObject(): boolean {
    return this.typeNames[0] === 'System.Management.Automation.PSCustomObject';
  }

  /** The properties in declaration order. */
  get properties(): readonly PSPropertyInfo[] {
    return this.ordered;
  }

  /** Looks a property up case-insensitively. */
  getProperty(name: string): PSPropertyInfo | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** Sets a property's value, adding the property at the end if it does not exist. */
  setProperty(name: string, value: unknown, typeName?: string): void {
    const existing = this.byName.get(name.toLowerCase());
    if (existing !== undefined) {
      existing.value = value;
      return;
    }
    const property: PSPropertyInfo = typeName === undefined ? { name, value } : { name, value, typeName };
    this.byName.set(name.toLowerCase(), property);
    this.ordered.push(property);
  }
}

/** What kind of dictionary a {@link Hashtable} stands for; it decides how pwsh displays it. */
export type DictionaryKind = 'Hashtable' | 'OrderedDictionary' | 'Dictionary';

/**
 * A dictionary with insertion order. Keys that are strings compare case-insensitively (pwsh's `@{}` uses
 * `StringComparer.CurrentCultureIgnoreCase`). pwsh's Hashtable order is by hash code, which .NET randomises per
 * process; pcsh keeps insertion order, a deliberate, deterministic difference.
 */
export class Hashtable {
  private readonly entries = new Map<unknown, { key: unknown; value: unknown }>();

  constructor(
    readonly dictionaryKind: DictionaryKind = 'Hashtable',
    /** The full .NET type name, e.g. `System.Collections.Generic.Dictionary`2[System.String,System.String]`. */
    readonly typeName: string = dictionaryKind === 'OrderedDictionary'
      ? 'System.Collections.Specialized.OrderedDictionary'
      : 'System.Collections.Hashtable',
  ) {}

  static from(entries: Iterable<readonly [unknown, unknown]>, kind: DictionaryKind = 'Hashtable', typeName?: string): Hashtable {
    const table = typeName === undefined ? new Hashtable(kind) : new Hashtable(kind, typeName);
    for (const [key, value] of entries) table.set(key, value);
    return table;
  }

  private static normalize(key: unknown): unknown {
    return typeof key === 'string' ? key.toLowerCase() : key;
  }

  get size(): number {
    return this.entries.size;
  }

  has(key: unknown): boolean {
    return this.entries.has(Hashtable.normalize(key));
  }

  /** The value for `key`, or `undefined` when absent (callers turn that into `$null`). */
  get(key: unknown): unknown {
    return this.entries.get(Hashtable.normalize(key))?.value;
  }

  /** Sets a value; an existing key keeps its original spelling and position. */
  set(key: unknown, value: unknown): void {
    const normalized = Hashtable.normalize(key);
    const existing = this.entries.get(normalized);
    if (existing !== undefined) existing.value = value;
    else this.entries.set(normalized, { key, value });
  }

  delete(key: unknown): boolean {
    return this.entries.delete(Hashtable.normalize(key));
  }

  clear(): void {
    this.entries.clear();
  }

  keys(): unknown[] {
    return [...this.entries.values()].map((e) => e.key);
  }

  values(): unknown[] {
    return [...this.entries.values()].map((e) => e.value);
  }

  /** `[key, value]` pairs in order, with keys as first spelled. */
  *[Symbol.iterator](): IterableIterator<[unknown, unknown]> {
    for (const { key, value } of this.entries.values()) yield [key, value];
  }
}

/** The kind of a DateTime, which decides how it is rendered and serialised. */
export type DateTimeKind = 'Utc' | 'Local' | 'Unspecified';

/**
 * A .NET DateTime. `utcMilliseconds` is the instant for Utc and Local values; for Unspecified values it holds
 * the wall-clock reading as if it were UTC, so rendering never depends on the machine's time zone.
 */
export class PSDateTime {
  constructor(
    readonly utcMilliseconds: number,
    readonly dateTimeKind: DateTimeKind,
  ) {}

  static utc(date: Date): PSDateTime {
    return new PSDateTime(date.getTime(), 'Utc');
  }

  /** The calendar fields as the value reads them (UTC fields for Utc/Unspecified, local fields for Local). */
  get fields(): { year: number; month: number; day: number; hour: number; minute: number; second: number; millisecond: number; dayOfWeek: number } {
    const d = new Date(this.utcMilliseconds);
    if (this.dateTimeKind === 'Local') {
      return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes(), second: d.getSeconds(), millisecond: d.getMilliseconds(), dayOfWeek: d.getDay() };
    }
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds(), dayOfWeek: d.getUTCDay() };
  }
}

/** The definition of an enum type: `BillingCycleType`, `ActionPreference`, `ErrorCategory`... */
export interface PSEnumType {
  /** e.g. `Microsoft.Store.PartnerCenter.Models.Offers.BillingCycleType`. */
  readonly fullName: string;
  /** e.g. `BillingCycleType`. */
  readonly name: string;
  /** Members in declaration order with their numeric values. */
  readonly members: readonly (readonly [name: string, value: number])[];
}

/** A value of an enum type. Displays as its name; ConvertTo-Json writes its number. */
export class PSEnumValue {
  constructor(
    readonly enumType: PSEnumType,
    readonly name: string,
    readonly value: number,
  ) {}

  /** The member named `name` (case-insensitive), or undefined. */
  static parse(enumType: PSEnumType, name: string): PSEnumValue | undefined {
    const lower = name.trim().toLowerCase();
    const member = enumType.members.find(([n]) => n.toLowerCase() === lower);
    return member === undefined ? undefined : new PSEnumValue(enumType, member[0], member[1]);
  }

  /** The member whose value is `value`, or undefined. */
  static fromValue(enumType: PSEnumType, value: number): PSEnumValue | undefined {
    const member = enumType.members.find(([, v]) => v === value);
    return member === undefined ? undefined : new PSEnumValue(enumType, member[0], member[1]);
  }

  toString(): string {
    return this.name;
  }
}
