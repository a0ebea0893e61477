/**
 * Value conversion as pwsh's LanguagePrimitives does it: `[int]'5'`, parameter binding, `-as`, string
 * expansion and truthiness. Failures throw {@link PSInvalidCastException} with pwsh's ExtendedTypeSystem text.
 *
 * NOTE: initial version; the "value semantics" work completes it (see the API contract below, which stays).
 */
import { PSException } from './errors.js';
import { Hashtable, PSDateTime, PSEnumValue, PSObject } from './ps-object.js';
import { ScriptBlock } from './script-block.js';
import type { PSTypeInfo } from './type-info.js';

/** pwsh's PSInvalidCastException; `errorId` is pwsh's (e.g. `InvalidCastFromStringToInteger`). */
export class PSInvalidCastException extends PSException {
  constructor(
    message: string,
    readonly errorId: string,
  ) {
    super(message, 'System.Management.Automation.PSInvalidCastException');
  }
}

/** LanguagePrimitives.IsTrue: pwsh's truthiness. */
export function isTrue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) {
    if (value.length === 0) return false;
    if (value.length === 1) return isTrue(value[0]);
    return true;
  }
  return true;
}

/** pwsh's string conversion of a value (invariant culture; arrays joined with a space, `$OFS`'s default). */
export function toPSString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(toPSString).join(' ');
  if (value instanceof PSEnumValue) return value.name;
  if (value instanceof ScriptBlock) return value.toString();
  if (value instanceof Hashtable) return value.typeName;
  if (value instanceof PSObject) {
    if (value.isCustomObject) return `@{${value.properties.map((p) => `${p.name}=${toPSString(p.value)}`).join('; ')}}`;
    return value.typeNames[0] ?? 'System.Object';
  }
  if (value instanceof PSDateTime) return new Date(value.utcMilliseconds).toISOString();
  return String(value);
}

/** LanguagePrimitives.ConvertTo: converts `value` to `type` or throws PSInvalidCastException. */
export function convertTo(value: unknown, type: PSTypeInfo): unknown {
  switch (type.fullName) {
    case 'System.Object':
      return value;
    case 'System.String':
      return value === null ? null : toPSString(value);
    case 'System.Boolean':
    case 'System.Management.Automation.SwitchParameter':
      return isTrue(value);
    case 'System.Int32':
    case 'System.Int64':
    case 'System.Double': {
      if (typeof value === 'number') return type.fullName === 'System.Double' ? value : Math.round(value);
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isNaN(n)) return type.fullName === 'System.Double' ? n : Math.round(n);
      throw new PSInvalidCastException(
        `Cannot convert value "${toPSString(value)}" to type "${type.fullName}". Error: "The input string '${toPSString(value)}' was not in a correct format."`,
        'InvalidCastFromStringToInteger',
      );
    }
    case 'System.Collections.Hashtable':
      if (value instanceof Hashtable) return value;
      break;
    default:
      break;
  }
  if (type.elementType !== undefined) {
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => convertTo(item, type.elementType as PSTypeInfo));
  }
  if (type.enumType !== undefined) {
    if (value instanceof PSEnumValue && value.enumType === type.enumType) return value;
    const parsed = PSEnumValue.parse(type.enumType, toPSString(value));
    if (parsed !== undefined) return parsed;
    throw new PSInvalidCastException(
      `Cannot convert value "${toPSString(value)}" to type "${type.fullName}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "${type.enumType.members.map(([n]) => n).join(', ')}".`,
      'InvalidCastFromStringToEnum',
    );
  }
  if (type.isInstance?.(value) === true) return value;
  const converted = type.convertFrom?.(value);
  if (converted !== undefined) return converted;
  throw new PSInvalidCastException(`Cannot convert the "${toPSString(value)}" value of type "${typeName(value)}" to type "${type.fullName}".`, 'ConvertToFinalInvalidCastException');
}

/** The .NET full type name of a value, as `$x.GetType().FullName` reports it. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return 'System.String';
    case 'boolean':
      return 'System.Boolean';
    case 'number':
      return Number.isInteger(value) ? (Math.abs(value) <= 2147483647 ? 'System.Int32' : 'System.Int64') : 'System.Double';
    default:
      if (Array.isArray(value)) return 'System.Object[]';
      if (value instanceof Hashtable) return value.typeName;
      if (value instanceof PSObject) return value.typeNames[0] ?? 'System.Object';
      if (value instanceof PSEnumValue) return value.enumType.fullName;
      if (value instanceof PSDateTime) return 'System.DateTime';
      if (value instanceof ScriptBlock) return 'System.Management.Automation.ScriptBlock';
      return 'System.Object';
  }
}
