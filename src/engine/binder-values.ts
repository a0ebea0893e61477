/**
 * What the binder needs to know about values and parameter types without converting anything: the .NET-style
 * "is this value already of that type" test (`Type.IsInstanceOfType`), value types versus reference types, and
 * `Object.ToString()` as pwsh's messages print it.
 */
import { toPSString, typeName } from './conversion.js';
import { Hashtable, PSDateTime, PSEnumValue } from './ps-object.js';
import { ScriptBlock } from './script-block.js';
import type { PSTypeInfo } from './type-info.js';

/** How the binder treats a parameter type (pwsh's `Type` tests in ParameterBinderBase and ParameterCollectionTypeInformation). */
export type TypeShapeKind = 'Object' | 'PSObject' | 'String' | 'Boolean' | 'SwitchParameter' | 'Array' | 'Enum' | 'Other';

/** A parameter type, classified once when the metadata is compiled. */
export interface TypeShape {
  readonly type: PSTypeInfo;
  readonly kind: TypeShapeKind;
  /** .NET value types cannot hold `$null` (setting one to null fails; collections of them are not null-checked). */
  readonly isValueType: boolean;
  /** For arrays: the element type's shape. */
  readonly element?: TypeShape;
}

const VALUE_TYPES: ReadonlySet<string> = new Set([
  'System.Int32', 'System.Int64', 'System.Double', 'System.Decimal', 'System.Single', 'System.Byte', 'System.Char',
  'System.Boolean', 'System.Management.Automation.SwitchParameter', 'System.DateTime', 'System.Guid', 'System.TimeSpan',
]);

/** Classifies a parameter type. */
export function typeShape(type: PSTypeInfo): TypeShape {
  if (type.elementType !== undefined) {
    return { type, kind: 'Array', isValueType: false, element: typeShape(type.elementType) };
  }
  if (type.enumType !== undefined) return { type, kind: 'Enum', isValueType: true };
  switch (type.fullName) {
    case 'System.Object':
      return { type, kind: 'Object', isValueType: false };
    case 'System.Management.Automation.PSObject':
      return { type, kind: 'PSObject', isValueType: false };
    case 'System.String':
      return { type, kind: 'String', isValueType: false };
    case 'System.Boolean':
      return { type, kind: 'Boolean', isValueType: true };
    case 'System.Management.Automation.SwitchParameter':
      return { type, kind: 'SwitchParameter', isValueType: true };
    default:
      return { type, kind: 'Other', isValueType: VALUE_TYPES.has(type.fullName) };
  }
}

/**
 * `toType.IsInstanceOfType(value)`: true when the value can be bound without any conversion. A JS array is an
 * `Object[]`, so only `Object[]` parameters take one as is; other arrays are rebuilt element by element.
 */
export function isInstanceOfType(shape: TypeShape, value: unknown): boolean {
  if (value === null || value === undefined) return false;
  switch (shape.kind) {
    case 'Object':
    case 'PSObject':
      return true;
    case 'String':
      return typeof value === 'string';
    case 'Boolean':
      return typeof value === 'boolean';
    case 'SwitchParameter':
      return false;
    case 'Array':
      return Array.isArray(value) && shape.element?.kind === 'Object';
    case 'Enum':
      return value instanceof PSEnumValue && value.enumType === shape.type.enumType;
    case 'Other':
      return isInstanceOfOther(shape.type, value);
  }
}

function isInstanceOfOther(type: PSTypeInfo, value: unknown): boolean {
  switch (type.fullName) {
    case 'System.Int32':
    case 'System.Int64':
    case 'System.Double':
      return typeof value === 'number' && typeName(value) === type.fullName;
    case 'System.Collections.Hashtable':
      return value instanceof Hashtable && value.typeName === 'System.Collections.Hashtable';
    case 'System.Management.Automation.ScriptBlock':
      return value instanceof ScriptBlock;
    case 'System.DateTime':
      return value instanceof PSDateTime;
    default:
      return type.isInstance?.(value) === true;
  }
}

/** `value.ToString()` as pwsh's messages show an argument: arrays and dictionaries print their type name. */
export function dotNetToString(value: unknown): string {
  if (Array.isArray(value)) return 'System.Object[]';
  if (value instanceof Hashtable) return value.typeName;
  return toPSString(value);
}

/** The short .NET type name of a value (`String`, `Int32`, `Object[]`), as `GetType().Name` prints it. */
export function shortTypeName(value: unknown): string {
  const full = typeName(value);
  const tick = full.indexOf('`');
  const head = tick < 0 ? full : full.slice(0, tick);
  return head.slice(head.lastIndexOf('.') + 1);
}
