/**
 * Reading and writing properties: PSObject properties (case-insensitive), hashtable keys before the
 * hashtable's own properties, `.Length` of strings, `.Count` of anything (1 for a scalar, 0 for `$null`),
 * DateTime's parts, and member enumeration (`$items.Name` collects each item's `Name`).
 */
// pwsh: engine/runtime/Binding/Binders.cs (PSGetMemberBinder, PSSetMemberBinder), MiscOps.cs
// (EnumerableOps.PropertyGetter), types.ps1xml (DateTime's DateTime script property, PSObject members).
import { enumValueName, typeName } from '../conversion.js';
import { formatDateTime, wallClockMilliseconds } from '../datetime-format.js';
import { interpreterError } from '../operators/interpreter-error.js';
import { Hashtable, PSDateTime, PSEnumValue, PSObject } from '../ps-object.js';
import { BuiltInEnums, isPSTypeInfo } from '../type-resolver.js';
import type { PSTypeInfo } from '../type-info.js';
import { engineMembersOf } from './engine-object.js';
import { errorMember } from './error-members.js';
import { listType } from './mutable-list.js';
import { newTimeSpan } from './timespan.js';
import { typeHierarchy } from './type-names.js';

/** A member lookup's outcome: found (possibly `$null`), or absent. */
type Found = { readonly value: unknown } | undefined;

function found(value: unknown): Found {
  return { value };
}

function enumValue(type: (typeof BuiltInEnums)[keyof typeof BuiltInEnums], value: number): PSEnumValue {
  return new PSEnumValue(type, enumValueName(type, value), value);
}

const DATE_PARTS: Readonly<Record<string, (f: PSDateTime['fields']) => number>> = {
  year: (f) => f.year,
  month: (f) => f.month,
  day: (f) => f.day,
  hour: (f) => f.hour,
  minute: (f) => f.minute,
  second: (f) => f.second,
  millisecond: (f) => f.millisecond,
};

function dateMember(d: PSDateTime, name: string): Found {
  const f = d.fields;
  const part = DATE_PARTS[name];
  if (part !== undefined) return found(part(f));
  switch (name) {
    case 'dayofweek':
      return found(enumValue(BuiltInEnums.DayOfWeek, f.dayOfWeek));
    case 'dayofyear': {
      const wall = wallClockMilliseconds(d);
      return found(Math.floor((wall - Date.UTC(f.year, 0, 1)) / 86400000) + 1);
    }
    case 'date': {
      const wall = wallClockMilliseconds(d);
      const midnight = Date.UTC(f.year, f.month - 1, f.day);
      return found(new PSDateTime(d.utcMilliseconds - (wall - midnight), d.dateTimeKind));
    }
    case 'timeofday':
      return found(newTimeSpan(wallClockMilliseconds(d) - Date.UTC(f.year, f.month - 1, f.day)));
    case 'kind':
      return found(enumValue(BuiltInEnums.DateTimeKind, ['Unspecified', 'Utc', 'Local'].indexOf(d.dateTimeKind)));
    case 'ticks':
      return found((wallClockMilliseconds(d) + 62135596800000) * 10000);
    case 'datetime':
      return found(formatDateTime(d, 'dddd, MMMM d, yyyy h:mm:ss tt'));
    default:
      return undefined;
  }
}

function typeMember(t: PSTypeInfo, name: string): Found {
  switch (name) {
    case 'name':
      return found(t.name);
    case 'fullname':
      return found(t.fullName);
    case 'namespace':
      return found(t.fullName.includes('.') ? t.fullName.slice(0, t.fullName.lastIndexOf('.')) : null);
    case 'isarray':
      return found(t.elementType !== undefined && t.name.endsWith('[]'));
    case 'isenum':
      return found(t.enumType !== undefined);
    default:
      return undefined;
  }
}

/** A PSNoteProperty as `.PSObject.Properties` lists it. */
function noteProperty(name: string, value: unknown): PSObject {
  return new PSObject(
    ['System.Management.Automation.PSNoteProperty', 'System.Management.Automation.PSPropertyInfo', 'System.Management.Automation.PSMemberInfo', 'System.Object'],
    [
      ['Value', value],
      ['MemberType', 'NoteProperty'],
      ['IsSettable', true],
      ['IsGettable', true],
      ['TypeNameOfValue', typeName(value)],
      ['Name', name],
      ['IsInstance', true],
    ],
  );
}

/** `$x.PSObject`: the object's TypeNames, Properties and BaseObject. */
function psObjectView(target: unknown): PSObject {
  const properties =
    target instanceof PSObject
      ? target.properties.map((p) => noteProperty(p.name, p.value))
      : target instanceof Hashtable
        ? [noteProperty('Count', target.size), noteProperty('Keys', target.keys()), noteProperty('Values', target.values())]
        : [];
  return new PSObject(['System.Management.Automation.PSObject', 'System.Object'], [
    ['BaseObject', target],
    ['ImmediateBaseObject', target],
    ['Properties', properties],
    ['TypeNames', typeHierarchy(target)],
  ]);
}

/** The ICollection / IList members arrays and hashtables share. */
function collectionMember(target: unknown, key: string, count: number, fixedSize: boolean): Found {
  switch (key) {
    case 'count':
      return found(count);
    case 'isfixedsize':
      return found(fixedSize);
    case 'isreadonly':
    case 'issynchronized':
      return found(false);
    case 'syncroot':
      return found(target);
    default:
      return undefined;
  }
}

/** The member `name` of one object (no member enumeration), or undefined when it has none. */
export function ownMember(target: unknown, name: string): Found {
  const key = name.toLowerCase();
  if (key === 'psobject' && target !== null && target !== undefined) return found(psObjectView(target));
  if (key === 'pstypenames' && target !== null && target !== undefined) return found(typeHierarchy(target));
  if (target instanceof PSObject) {
    const property = target.getProperty(name);
    return property === undefined ? undefined : found(property.value);
  }
  if (target instanceof Hashtable) {
    if (target.has(name)) return found(target.get(name));
    if (key === 'keys') return found(target.keys());
    if (key === 'values') return found(target.values());
    return collectionMember(target, key, target.size, false);
  }
  if (typeof target === 'string') return key === 'length' ? found(target.length) : undefined;
  if (Array.isArray(target)) {
    if (key === 'length' || key === 'longlength') return found(target.length);
    if (key === 'rank') return found(1);
    return collectionMember(target, key, target.length, listType(target) === undefined);
  }
  if (target instanceof PSEnumValue) return key === 'value__' ? found(target.value) : undefined;
  if (target instanceof PSDateTime) return dateMember(target, key);
  if (isPSTypeInfo(target)) return typeMember(target, key);
  const engineObject = engineMembersOf(target);
  if (engineObject !== undefined) {
    const getter = engineObject.properties[key];
    return getter === undefined ? undefined : found(getter(target as never));
  }
  return errorMember(target, name);
}

/** Member enumeration: each element's member (flattened one level), skipping elements without it. */
function enumerateMember(items: readonly unknown[], name: string, into: unknown[]): void {
  for (const item of items) {
    const member = ownMember(item, name);
    if (member !== undefined) {
      if (Array.isArray(member.value)) into.push(...member.value);
      else into.push(member.value);
    } else if (Array.isArray(item)) enumerateMember(item, name, into);
  }
}

/**
 * `target.name`: the member's value; `$null` when there is none (pwsh without strict mode). Arrays without
 * the member enumerate it over their elements (one result is returned as itself).
 */
export function getMember(target: unknown, name: string): unknown {
  if (target === null || target === undefined) return /^(count|length)$/i.test(name) ? 0 : null;
  const own = ownMember(target, name);
  if (own !== undefined) return own.value;
  if (Array.isArray(target)) {
    const values: unknown[] = [];
    enumerateMember(target, name, values);
    return values.length === 0 ? null : values.length === 1 ? values[0] : values;
  }
  // Every object has an intrinsic Count and Length of 1.
  return /^(count|length)$/i.test(name) ? 1 : null;
}

const READ_ONLY: Readonly<Record<string, readonly string[]>> = {
  string: ['length'],
  array: ['count', 'length', 'longlength', 'rank', 'isfixedsize', 'isreadonly', 'issynchronized', 'syncroot'],
  hashtable: ['count', 'keys', 'values', 'isreadonly', 'isfixedsize', 'issynchronized', 'syncroot'],
};

/** `target.name = value`: sets a PSObject property or a hashtable key; anything else is pwsh's error. */
export function setMember(target: unknown, name: string, value: unknown): void {
  if (target === null || target === undefined) throw interpreterError('PropertyNotFound', [name], null, 'PropertyNotFound');
  if (target instanceof Hashtable) {
    if (!target.has(name) && READ_ONLY.hashtable?.includes(name.toLowerCase())) {
      throw interpreterError('PropertyNotFound', [name], null, 'PropertyAssignmentException');
    }
    target.set(name, value);
    return;
  }
  if (target instanceof PSObject && target.getProperty(name) !== undefined) {
    target.setProperty(name, value);
    return;
  }
  const kind = typeof target === 'string' ? 'string' : Array.isArray(target) ? 'array' : undefined;
  if (kind !== undefined && READ_ONLY[kind]?.includes(name.toLowerCase())) {
    throw interpreterError('PropertyIsReadOnly', [name], null, 'PropertyAssignmentException');
  }
  throw interpreterError('PropertyNotFound', [name], null, 'PropertyAssignmentException');
}
