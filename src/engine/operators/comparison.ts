/**
 * `-eq -ne -gt -ge -lt -le` (case-insensitive unless `-c…`) and `-contains -notcontains -in -notin`.
 * A collection on the left filters (`@(1,2,3) -gt 1` is `2, 3`); otherwise the left operand's type decides
 * how the right one is read: numbers compare as numbers (a string is scanned as a number), strings compare
 * as culture-aware text, booleans compare truthiness, dates compare as dates.
 */
// pwsh: engine/runtime/Binding/Binders.cs (PSBinaryOperationBinder.CompareEQ…CompareGE,
// BinaryEqualityComparison, BinaryComparison, BinaryComparisonCommon), lang/parserutils.cs
// (ContainsOperatorCompiled: -contains compares with the -eq binder).
import { compareDates, compareStrings, convertTo, isTrue, toPSString, typeOfValue } from '../conversion.js';
import { isPSTypeInfo } from '../type-resolver.js';
import { PSDateTime, PSEnumValue } from '../ps-object.js';
import { ExtendedTypeSystem } from '../strings/ExtendedTypeSystem.js';
import { format } from '../strings/format.js';
import { PSTypes } from '../type-info.js';
import { scanOperand } from './arithmetic.js';
import { ErrorRecord, PSException, RuntimeException } from '../errors.js';

/** The six comparison operators without their case prefix. */
export type RelationalOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

/** Numbers and enums are "numeric" for comparison (booleans are not). */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (value instanceof PSEnumValue) return value.value;
  return undefined;
}

/** The right operand read as a number for a numeric left operand; undefined when it is not one. */
function numericRight(left: unknown, right: unknown): number | undefined {
  if (typeof right === 'number') return right;
  if (typeof right === 'boolean') return right ? 1 : 0;
  if (right instanceof PSEnumValue) return right.value;
  if (typeof right === 'string') {
    if (left instanceof PSEnumValue) {
      const type = typeOfValue(left);
      const scanned = /^\s*[+-]?\d/.test(right) ? scanOperand(right) : (convertTo(right, type ?? PSTypes.Int32) as PSEnumValue).value;
      return scanned;
    }
    return scanOperand(right, typeOfValue(left) ?? PSTypes.Int32);
  }
  return undefined;
}

function sameReference(left: unknown, right: unknown): boolean {
  if (isPSTypeInfo(left) && isPSTypeInfo(right)) return left.fullName === right.fullName;
  return left === right;
}

/** The -eq binder's equality for one (non-collection) left operand. */
export function operatorEquals(left: unknown, right: unknown, ignoreCase: boolean): boolean {
  if (left === null || left === undefined) return right === null || right === undefined;
  if (right === null || right === undefined) return false;
  if (typeof left === 'string') return compareStrings(left, typeof right === 'string' ? right : toPSString(right), ignoreCase) === 0;
  try {
    const leftNumber = numberOf(left);
    if (leftNumber !== undefined) {
      const rightNumber = numericRight(left, right);
      if (rightNumber !== undefined) return leftNumber === rightNumber;
      const type = typeOfValue(left);
      return type !== undefined && numberOf(convertTo(right, type)) === leftNumber;
    }
    if (typeof left === 'boolean') return left === isTrue(right);
    if (left instanceof PSDateTime) return compareDates(left, convertTo(right, PSTypes.DateTime) as PSDateTime) === 0;
  } catch (error) {
    if (error instanceof PSException) return false;
    throw error;
  }
  return sameReference(left, right);
}

/** `Could not compare "l" to "r". Error: "…"` (errorId ComparisonFailure). */
function comparisonFailure(left: unknown, right: unknown, error: PSException): RuntimeException {
  const message = format(ExtendedTypeSystem.ComparisonFailure, toPSString(left), toPSString(right), error.message);
  const exception = new PSException(message, 'System.Management.Automation.RuntimeException', error);
  return new RuntimeException(new ErrorRecord(exception, 'ComparisonFailure', 'InvalidOperation', null));
}

/** Sign of left ⋚ right for the relational operators; throws pwsh's ComparisonFailure / NotIcomparable. */
function relational(left: unknown, right: unknown, ignoreCase: boolean): number {
  if (typeof left === 'string') return compareStrings(left, typeof right === 'string' ? right : toPSString(right), ignoreCase);
  const leftNumber = numberOf(left);
  if (leftNumber !== undefined) {
    const rightNumber = numericRight(left, right);
    if (rightNumber !== undefined) return Math.sign(leftNumber - rightNumber);
  }
  const type = typeOfValue(left);
  if (type !== undefined) {
    let converted: unknown;
    try {
      converted = convertTo(right, type);
    } catch (error) {
      if (error instanceof PSException) throw comparisonFailure(left, right, error);
      throw error;
    }
    if (left instanceof PSDateTime) return compareDates(left, converted as PSDateTime);
    return Math.sign(Number(numberOf(left) ?? left) - Number(numberOf(converted) ?? converted));
  }
  if (sameReference(left, right)) return 0;
  const exception = new PSException(format(ExtendedTypeSystem.NotIcomparable, toPSString(left)), 'System.Management.Automation.RuntimeException');
  throw new RuntimeException(new ErrorRecord(exception, 'NotIcomparable', 'InvalidOperation', null));
}

/** The binder's rules when one side of `-gt/-ge/-lt/-le` is `$null`: numbers compare with 0. */
function relationalWithNull(operator: Exclude<RelationalOperator, 'eq' | 'ne'>, left: unknown, right: unknown): boolean {
  const leftNumber = numberOf(left);
  const rightNumber = numberOf(right);
  const leftPresent = left !== null && left !== undefined;
  const rightPresent = right !== null && right !== undefined;
  switch (operator) {
    case 'lt':
      return leftNumber !== undefined ? leftNumber < 0 : rightNumber !== undefined ? rightNumber >= 0 : rightPresent;
    case 'le':
      return leftNumber !== undefined ? leftNumber < 0 : rightNumber !== undefined ? rightNumber >= 0 : !leftPresent;
    case 'gt':
      return leftNumber !== undefined ? leftNumber >= 0 : rightNumber !== undefined ? rightNumber < 0 : leftPresent;
    case 'ge':
      return leftNumber !== undefined ? leftNumber >= 0 : rightNumber !== undefined ? rightNumber < 0 : !rightPresent;
  }
}

/** One comparison of a scalar left operand. */
export function compareScalar(operator: RelationalOperator, left: unknown, right: unknown, ignoreCase: boolean): boolean {
  if (operator === 'eq') return operatorEquals(left, right, ignoreCase);
  if (operator === 'ne') return !operatorEquals(left, right, ignoreCase);
  if (left === null || left === undefined || right === null || right === undefined) return relationalWithNull(operator, left, right);
  const sign = relational(left, right, ignoreCase);
  switch (operator) {
    case 'gt':
      return sign > 0;
    case 'ge':
      return sign >= 0;
    case 'lt':
      return sign < 0;
    case 'le':
      return sign <= 0;
  }
}

/** `left -op right`: a boolean, or the matching elements when `left` is a collection. */
export function compare(operator: RelationalOperator, left: unknown, right: unknown, ignoreCase: boolean): unknown {
  if (Array.isArray(left)) return left.filter((element) => compareScalar(operator, element, right, ignoreCase));
  return compareScalar(operator, left, right, ignoreCase);
}

/** `collection -contains value` (a scalar left operand is a one-element collection). */
export function contains(collection: unknown, value: unknown, ignoreCase: boolean): boolean {
  const items = Array.isArray(collection) ? collection : [collection];
  return items.some((item) => operatorEquals(item, value, ignoreCase));
}
