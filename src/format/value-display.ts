/**
 * How pwsh turns one value into the text of a list or table cell: `PSObject.ToString()` in the en-US
 * culture, and the formatter's SmartToString, which shows collections as `{a, b, c, d…}`.
 */
// pwsh: FormatAndOutput/common/Utilities/MshObjectUtil.cs (PSObjectHelper.SmartToString, GetObjectName,
// GetDisplayNameExpression, FormatField) and engine/MshObject.cs (PSObject.ToString, ToStringEmptyBaseObject).
import { ErrorRecord } from '../engine/errors.js';
import { Hashtable, PSDateTime, PSEnumValue, PSObject } from '../engine/ps-object.js';
import { ScriptBlock } from '../engine/script-block.js';
import { formatDateTime } from '../engine/datetime-format.js';
import { recordedToString } from '../engine/members/object-strings.js';
import { typeHierarchy } from '../engine/members/type-names.js';
import { formatNumber, numberToPSString } from '../engine/number-format.js';
import { DictionaryEntry, KeyValuePair, dictionaryItems } from './dictionary-entry.js';

/** `$FormatEnumerationLimit`'s default. */
export const DefaultFormatEnumerationLimit = 4;

/** A property as the formatter sees it. */
export interface DisplayProperty {
  readonly name: string;
  readonly value: unknown;
}

/**
 * The .NET type names of a value, most-derived first, as `$x.PSObject.TypeNames` lists them; objects that
 * declare `typeNames` (dictionary entries, format objects, help objects) use theirs.
 */
export function typeNamesOf(value: unknown): readonly string[] {
  if (value instanceof ErrorRecord) return ['System.Management.Automation.ErrorRecord', 'System.Object'];
  if (value instanceof ScriptBlock) return ['System.Management.Automation.ScriptBlock', 'System.Object'];
  if (value !== null && typeof value === 'object' && !(value instanceof PSObject)) {
    const declared = (value as { typeNames?: unknown }).typeNames;
    if (Array.isArray(declared) && declared.every((n) => typeof n === 'string')) return declared as string[];
  }
  return typeHierarchy(value);
}

/**
 * True for a PSCustomObject, also when type names were added in front of it (Select-Object's
 * `Selected.*`, `$o.PSObject.TypeNames.Insert(0, ...)`): its text is `@{a=1; b=2}`.
 */
export function isPSCustomObject(value: unknown): boolean {
  return value instanceof PSObject && value.typeNames.includes('System.Management.Automation.PSCustomObject');
}

/** True for the types pwsh prints with `ToString()` and right-aligns in tables (DefaultScalarTypes). */
export function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof PSEnumValue;
}

/** The elements pwsh's formatter enumerates a value into, or undefined for values it does not enumerate. */
export function formatEnumerable(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value instanceof Hashtable) return dictionaryItems(value);
  return undefined;
}

/**
 * The properties the formatter shows for an object with no view (all its properties, in order): a
 * PSObject's, a dictionary entry's (`Name`, `Key`, `Value`), a plain record's own fields.
 */
export function displayProperties(value: unknown): readonly DisplayProperty[] {
  if (value instanceof PSObject) return value.properties.map((p) => ({ name: p.name, value: p.value }));
  if (value instanceof DictionaryEntry) {
    return [
      { name: 'Name', value: value.key },
      { name: 'Key', value: value.key },
      { name: 'Value', value: value.value },
    ];
  }
  if (value instanceof KeyValuePair) {
    return [
      { name: 'Key', value: value.key },
      { name: 'Value', value: value.value },
    ];
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value as Record<string, unknown>).map(([name, v]) => ({ name, value: v }));
  }
  return [];
}

/**
 * True when the formatter sees properties on the value (pwsh's HasNonRemotingProperties): objects with a
 * custom view such as DateTime count, scalars and property-less objects do not.
 */
export function hasDisplayProperties(value: unknown): boolean {
  return value instanceof PSDateTime || value instanceof ErrorRecord || displayProperties(value).length > 0;
}

/** Looks a property up case-insensitively, as `$x.Name` does; undefined when there is none. */
export function findProperty(value: unknown, name: string): DisplayProperty | undefined {
  if (value instanceof PSObject) {
    const property = value.getProperty(name);
    return property === undefined ? undefined : { name: property.name, value: property.value };
  }
  const lower = name.toLowerCase();
  return displayProperties(value).find((p) => p.name.toLowerCase() === lower);
}

/** The culture a value is converted to text in: the display culture, or the invariant one (`[string]$x`). */
export type DisplayCulture = 'en-US' | 'invariant';

/**
 * `PSObject.ToString()` in the en-US culture (or the invariant one): numbers as .NET prints them, dates `1/2/2024 3:04:05 PM`,
 * PSCustomObjects `@{a=1; b=2}`, collections joined by spaces (`$OFS`), other objects their type name.
 */
export function displayString(value: unknown, culture: DisplayCulture = 'en-US'): string {
  if (value === null || value === undefined) return '';
  switch (typeof value) {
    case 'string':
      return value;
    case 'boolean':
      return value ? 'True' : 'False';
    case 'number':
      return numberToPSString(value);
    case 'bigint':
      return value.toString();
    default:
      break;
  }
  if (Array.isArray(value)) return value.map((v) => displayString(v, culture)).join(' ');
  if (value instanceof PSEnumValue) return value.name;
  if (value instanceof PSDateTime) return formatDateTime(value, undefined, culture);
  if (value instanceof Hashtable) return value.typeName;
  if (value instanceof PSObject) {
    if (isPSCustomObject(value)) {
      // pwsh: MshObject.cs ToStringEmptyBaseObject; an object with no properties is ''.
      if (value.properties.length === 0) return '';
      return `@{${value.properties.map((p) => `${p.name}=${displayString(p.value, culture)}`).join('; ')}}`;
    }
    return recordedToString(value) ?? value.typeNames[0] ?? 'System.Object';
  }
  if (value instanceof ScriptBlock) return value.toString();
  if (value instanceof ErrorRecord) return value.toString();
  if (value instanceof KeyValuePair) return `[${displayString(value.key, culture)}, ${displayString(value.value, culture)}]`;
  if (value instanceof DictionaryEntry) return value.toString();
  if (value instanceof Date) return value.toISOString();
  const own = (value as { toString?: unknown }).toString;
  if (typeof own === 'function' && own !== Object.prototype.toString) return String(value);
  return typeNamesOf(value)[0] ?? 'System.Object';
}

/** Property names pwsh tries, in order, for an element's display name (GetDisplayNameExpression). */
const DisplayNamePatterns = ['name', 'id', 'key', '*key', '*name', '*id'];

function matchesPattern(name: string, pattern: string): boolean {
  const lower = name.toLowerCase();
  return pattern.startsWith('*') ? lower.endsWith(pattern.slice(1)) : lower === pattern;
}

/** The value of an object's display-name property (`Name`, `Id`, `Key`, `*Key`, `*Name`, `*Id`), if any. */
function displayNameOf(value: unknown): { found: true; value: unknown } | { found: false } {
  // A Hashtable's own .NET properties: `*key` finds `Keys`.
  if (value instanceof Hashtable) return { found: true, value: value.keys() };
  const properties = displayProperties(value);
  for (const pattern of DisplayNamePatterns) {
    const match = properties.find((p) => matchesPattern(p.name, pattern));
    if (match !== undefined) return { found: true, value: match.value };
  }
  return { found: false };
}

/**
 * How one element of a collection is shown inside `{...}` (GetObjectName): `$null` for null, its own
 * `ToString()` when its type declares one, else its display-name property, else `ToString()`.
 */
export function elementName(value: unknown): string {
  if (value === null || value === undefined) return '$null';
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof PSEnumValue ||
    value instanceof PSDateTime ||
    value instanceof ScriptBlock ||
    value instanceof KeyValuePair ||
    value instanceof ErrorRecord ||
    isPSCustomObject(value)
  ) {
    return displayString(value);
  }
  const name = displayNameOf(value);
  return name.found ? displayString(name.value) : displayString(value);
}

/**
 * The text of a property value in a list or table (SmartToString): collections as `{a, b, c, d…}` with at
 * most `enumerationLimit` elements (a negative limit shows all), then `…` glued to the last one shown.
 * With `formatFloat` (table cells since pwsh 7.3) non-integral numbers use `ToString("F")`: `1.50`.
 */
export function smartToString(value: unknown, enumerationLimit = DefaultFormatEnumerationLimit, formatFloat = false): string {
  if (value === null || value === undefined) return '';
  const elements = formatEnumerable(value);
  if (elements !== undefined) {
    let text = '{';
    let count = 0;
    let first = true;
    for (const element of elements) {
      if (enumerationLimit >= 0) {
        if (count === enumerationLimit) {
          text += '\u2026';
          break;
        }
        count++;
      }
      if (!first) text += ', ';
      text += elementName(element);
      first = false;
    }
    return `${text}}`;
  }
  if (formatFloat && typeof value === 'number' && (!Number.isInteger(value) || Object.is(value, -0))) {
    return formatNumber(value, 'F');
  }
  return displayString(value);
}
