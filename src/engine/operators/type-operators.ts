/**
 * `-is`, `-isnot` and `-as`: the right operand is a type (`[int]`) or a type name (`'int'`).
 */
// pwsh: engine/lang/parserutils.cs (ParserOps.IsOperator, IsNotOperator; -as uses
// LanguagePrimitives.TryConvertTo and yields $null on failure).
import { convertTo } from '../conversion.js';
import { PSException } from '../errors.js';
import { implementsInterface, typeHierarchy } from '../members/type-names.js';
import { PSObject } from '../ps-object.js';
import { isPSTypeInfo, MoreTypes } from '../type-resolver.js';
import { PSTypes, type PSTypeInfo } from '../type-info.js';
import { wrappedRuntimeError } from './interpreter-error.js';

/** The right operand of a type operator as a type: a type value, or a name converted to one. */
function asType(operand: unknown): PSTypeInfo {
  if (isPSTypeInfo(operand)) return operand;
  try {
    return convertTo(operand, MoreTypes.Type) as PSTypeInfo;
  } catch (error) {
    // pwsh: ParserOps.ConvertTo wraps the PSInvalidCastException in a plain RuntimeException.
    if (error instanceof PSException) throw wrappedRuntimeError(error.message, error.typeName);
    throw error;
  }
}

/** True when `value` is an instance of `type` (`$null` is an instance of nothing). */
export function isInstanceOf(value: unknown, type: PSTypeInfo): boolean {
  if (value === null || value === undefined) return false;
  if (type.isInstance !== undefined) return type.isInstance(value);
  const name = type.fullName;
  if (name === PSTypes.PSObject.fullName) return value instanceof PSObject;
  if (name === MoreTypes.PSCustomObject.fullName) return value instanceof PSObject && value.isCustomObject;
  if (type.enumType !== undefined && typeHierarchy(value)[0] === name) return true;
  return typeHierarchy(value).includes(name) || implementsInterface(value, name);
}

/** `value -is type`. */
export function isOperator(value: unknown, typeOperand: unknown): boolean {
  return isInstanceOf(value, asType(typeOperand));
}

/** `value -as type`: the converted value, or `$null` when it cannot be converted. */
export function asOperator(value: unknown, typeOperand: unknown): unknown {
  const type = asType(typeOperand);
  if (isInstanceOf(value, type)) return value;
  try {
    return convertTo(value, type);
  } catch (error) {
    if (error instanceof PSException) return null;
    throw error;
  }
}
