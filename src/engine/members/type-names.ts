/**
 * The .NET type names a value is an instance of (pwsh's `$x.PSObject.TypeNames`), used by `-is` and by
 * `.PSObject.TypeNames`.
 */
import { typeName } from '../conversion.js';
import { PSException } from '../errors.js';
import { Hashtable, PSDateTime, PSEnumValue, PSObject } from '../ps-object.js';
import { exceptionTypeHierarchy } from './error-members.js';
import { isPSTypeInfo } from '../type-resolver.js';
import { listType } from './mutable-list.js';

const VALUE_TYPE = ['System.ValueType', 'System.Object'];

/** Most-derived first, ending with `System.Object`; empty for `$null`. */
export function typeHierarchy(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (value instanceof PSObject) return [...value.typeNames];
  const own = typeName(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof PSDateTime) return [own, ...VALUE_TYPE];
  if (value instanceof PSEnumValue) return [own, 'System.Enum', ...VALUE_TYPE];
  if (Array.isArray(value)) return listType(value) !== undefined ? [own, 'System.Object'] : [own, 'System.Array', 'System.Object'];
  if (isPSTypeInfo(value)) return ['System.RuntimeType', 'System.Reflection.TypeInfo', 'System.Type', 'System.Reflection.MemberInfo', 'System.Object'];
  if (value instanceof PSException) return [...exceptionTypeHierarchy(value.typeName), 'System.Object'];
  return [own, 'System.Object'];
}

/** Interfaces pwsh scripts test for with `-is`, by the kinds of value that implement them. */
export function implementsInterface(value: unknown, interfaceName: string): boolean {
  switch (interfaceName) {
    case 'System.Collections.IDictionary':
      return value instanceof Hashtable;
    case 'System.Collections.IEnumerable':
      return Array.isArray(value) || value instanceof Hashtable || typeof value === 'string';
    case 'System.Collections.ICollection':
      return Array.isArray(value) || value instanceof Hashtable;
    case 'System.Collections.IList':
      return Array.isArray(value);
    case 'System.IComparable':
    case 'System.IFormattable':
      return typeof value === 'number' || value instanceof PSDateTime || value instanceof PSEnumValue || (interfaceName === 'System.IComparable' && typeof value === 'string');
    default:
      return false;
  }
}
