/**
 * `+ - * / %` and unary `-` / `+`: the left operand's type decides (`"5" + 3` is "53", `5 + "3"` is 8),
 * Int32 results that overflow become doubles, `/` stays integral only when exact, strings and arrays
 * repeat with `*`, arrays and hashtables concatenate with `+`.
 */
// pwsh: engine/runtime/Binding/Binders.cs (PSBinaryOperationBinder.BinaryAdd, BinarySubDivOrRem,
// BinaryMultiply, BinaryNumericOp, BinaryNumericStringOp), Operations/NumericOps.cs (IntOps, DoubleOps),
// StringOps.Multiply, ArrayOps.Multiply, MiscOps.cs (HashtableOps.Add), ParserOps.ImplicitOp.
import { convertTo, enumValueName, toPSString, typeName } from '../conversion.js';
import { wallClockMilliseconds } from '../datetime-format.js';
import { newTimeSpan, timeSpanMilliseconds } from '../members/timespan.js';
import { scanNumber } from '../number-parse.js';
import { Hashtable, PSDateTime, PSEnumValue } from '../ps-object.js';
import { CoreLibStrings } from '../strings/CoreLibStrings.js';
import { format } from '../strings/format.js';
import { MoreTypes } from '../type-resolver.js';
import { PSTypes, type PSTypeInfo } from '../type-info.js';
import { dotNetError, interpreterError, methodNotFound, wrappedRuntimeError } from './interpreter-error.js';

/** The arithmetic operators, by the .NET operator method pwsh falls back to (`op_Addition`…). */
export type ArithmeticOperator = '+' | '-' | '*' | '/' | '%';

const OPERATOR_METHODS: Readonly<Record<ArithmeticOperator, string>> = {
  '+': 'op_Addition',
  '-': 'op_Subtraction',
  '*': 'op_Multiply',
  '/': 'op_Division',
  '%': 'op_Modulus',
};

/** Numbers, booleans and enums take part in arithmetic as numbers (pwsh: IsNumericOrPrimitive). */
export function numericValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof PSEnumValue) return value.value;
  return undefined;
}

/** The numeric type a string operand is read as when it fails to scan (for the error message). */
function numericTypeOf(value: unknown): PSTypeInfo {
  return typeof value === 'number' && !Number.isInteger(value) ? PSTypes.Double : PSTypes.Int32;
}

/** pwsh's Parser.ScanNumber with coercion: a numeric literal, else LanguagePrimitives.ConvertTo (which throws). */
export function scanOperand(text: string, otherType: PSTypeInfo = PSTypes.Int32): number {
  const scanned = scanNumber(text);
  if (scanned !== undefined) return scanned.value;
  return convertTo(text, otherType) as number;
}

function isIntegral(n: number): boolean {
  return Number.isInteger(n);
}

/** IntOps / LongOps / DoubleOps: the arithmetic itself, with pwsh's divide-by-zero error for integers. */
export function numericOperation(operator: ArithmeticOperator, left: number, right: number): number {
  const integral = isIntegral(left) && isIntegral(right);
  let result: number;
  switch (operator) {
    case '+':
      result = left + right;
      break;
    case '-':
      result = left - right;
      break;
    case '*':
      result = left * right;
      break;
    case '/':
      if (integral && right === 0) throw wrappedRuntimeError(CoreLibStrings.Arg_DivideByZero, 'System.DivideByZeroException');
      result = left / right;
      break;
    case '%':
      if (integral && right === 0) throw wrappedRuntimeError(CoreLibStrings.Arg_DivideByZero, 'System.DivideByZeroException');
      result = left % right;
      break;
  }
  return integral && Object.is(result, -0) ? 0 : result;
}

/** ParserOps.ImplicitOp's failure: the operand whose type would have to define the operator. */
function noOperator(operator: ArithmeticOperator, left: unknown, right: unknown): never {
  const leftPrimitive = left === null || left === undefined || typeof left !== 'object' || left instanceof PSEnumValue;
  const rightPrimitive = right === null || right === undefined || typeof right !== 'object' || right instanceof PSEnumValue;
  if (!leftPrimitive) throw methodNotFound(typeName(left), OPERATOR_METHODS[operator]);
  if (!rightPrimitive) throw methodNotFound(typeName(right), OPERATOR_METHODS[operator]);
  const show = (v: unknown): string => (v === null || v === undefined ? '$null' : typeName(v));
  throw interpreterError('NotADefinedOperationForType', [show(left), operator, show(right)], left ?? null);
}

function withEnumType(left: unknown, result: number): unknown {
  return left instanceof PSEnumValue ? new PSEnumValue(left.enumType, enumValueName(left.enumType, result), result) : result;
}

/** A numeric left operand: the right one must be numeric, null (0) or a numeric string. */
function numericLeft(operator: ArithmeticOperator, left: unknown, leftNumber: number, right: unknown): unknown {
  if (right === null || right === undefined) return withEnumType(left, numericOperation(operator, leftNumber, 0));
  const rightNumber = numericValue(right);
  if (rightNumber !== undefined) return withEnumType(left, numericOperation(operator, leftNumber, rightNumber));
  if (typeof right === 'string') return withEnumType(left, numericOperation(operator, leftNumber, scanOperand(right, numericTypeOf(left))));
  return noOperator(operator, left, right);
}

function dateArithmetic(operator: ArithmeticOperator, left: PSDateTime, right: unknown): unknown {
  const span = timeSpanMilliseconds(right);
  if (span !== undefined && (operator === '+' || operator === '-')) {
    return new PSDateTime(left.utcMilliseconds + (operator === '+' ? span : -span), left.dateTimeKind);
  }
  if (operator === '-' && right instanceof PSDateTime) {
    return newTimeSpan(wallClockMilliseconds(left) - wallClockMilliseconds(right));
  }
  return noOperator(operator, left, right);
}

/** Hashtable + hashtable: a new table (ordered when the left one is), failing on a duplicate key. */
function addHashtables(left: Hashtable, right: unknown): Hashtable {
  if (!(right instanceof Hashtable)) throw interpreterError('AddHashTableToNonHashTable', [], right);
  const result = new Hashtable(left.dictionaryKind === 'OrderedDictionary' ? 'OrderedDictionary' : 'Hashtable');
  for (const [key, value] of left) result.set(key, value);
  for (const [key, value] of right) {
    if (result.has(key)) {
      const existing = result.keys().find((k) => (typeof k === 'string' && typeof key === 'string' ? k.toLowerCase() === key.toLowerCase() : k === key));
      throw dotNetError(format(CoreLibStrings.Argument_AddingDuplicate__, toPSString(existing), toPSString(key)), 'System.ArgumentException');
    }
    result.set(key, value);
  }
  return result;
}

/** `left + right`. */
export function add(left: unknown, right: unknown): unknown {
  if (left === null || left === undefined) return right ?? null;
  const leftNumber = numericValue(left);
  if (leftNumber !== undefined) return numericLeft('+', left, leftNumber, right);
  if (typeof left === 'string') return left + toPSString(right);
  if (Array.isArray(left)) return Array.isArray(right) ? [...left, ...right] : [...left, right ?? null];
  if (left instanceof Hashtable) return addHashtables(left, right);
  if (left instanceof PSDateTime) return dateArithmetic('+', left, right);
  const span = timeSpanMilliseconds(left);
  const rightSpan = timeSpanMilliseconds(right);
  if (span !== undefined && rightSpan !== undefined) return newTimeSpan(span + rightSpan);
  return noOperator('+', left, right);
}

/** `left - right`, `left / right`, `left % right`. */
export function subtractDivideOrRemainder(operator: '-' | '/' | '%', left: unknown, right: unknown): unknown {
  const leftValue = left ?? 0;
  const leftNumber = numericValue(leftValue);
  if (leftNumber !== undefined) return numericLeft(operator, leftValue, leftNumber, right);
  if (typeof leftValue === 'string') {
    const rightType = typeof right === 'number' ? numericTypeOf(right) : PSTypes.Int32;
    const number = scanOperand(leftValue, rightType);
    return numericLeft(operator, number, number, right);
  }
  if (leftValue instanceof PSDateTime) return dateArithmetic(operator, leftValue, right);
  const span = timeSpanMilliseconds(leftValue);
  const rightSpan = timeSpanMilliseconds(right);
  if (operator === '-' && span !== undefined && rightSpan !== undefined) return newTimeSpan(span - rightSpan);
  return noOperator(operator, leftValue, right);
}

/** `left * right`: numbers multiply, strings and arrays repeat. */
export function multiply(left: unknown, right: unknown): unknown {
  if (left === null || left === undefined) return null;
  const leftNumber = numericValue(left);
  if (leftNumber !== undefined) return numericLeft('*', left, leftNumber, right);
  if (typeof left === 'string') {
    const times = typeof right === 'string' ? (convertTo(scanOperand(right), PSTypes.Int32) as number) : (convertTo(right, PSTypes.Int32) as number);
    if (times < 0) {
      throw dotNetError(
        `times ('${times}') must be a non-negative value. ${format(CoreLibStrings.Arg_ParamName_Name, 'times')}\nActual value was ${times}.`,
        'System.ArgumentOutOfRangeException',
      );
    }
    return left.repeat(times);
  }
  if (Array.isArray(left)) {
    const times = convertTo(typeof right === 'string' ? scanOperand(right) : right, MoreTypes.UInt32) as number;
    const result: unknown[] = [];
    for (let i = 0; i < times; i++) result.push(...left);
    return result;
  }
  return noOperator('*', left, right);
}

/** Unary minus: `-$x`. Strings are read as numbers; `-$null` is 0. */
export function negate(value: unknown): unknown {
  if (value === null || value === undefined) return 0;
  const number = numericValue(value);
  if (number !== undefined) return number === 0 ? 0 : -number;
  if (typeof value === 'string') {
    const scanned = scanOperand(value);
    return scanned === 0 ? 0 : -scanned;
  }
  throw methodNotFound(typeName(value), 'op_UnaryNegation');
}

/** Unary plus: `+$x`. */
export function unaryPlus(value: unknown): unknown {
  if (value === null || value === undefined) return 0;
  const number = numericValue(value);
  if (number !== undefined) return typeof value === 'boolean' ? number : value;
  if (typeof value === 'string') return scanOperand(value);
  throw methodNotFound(typeName(value), 'op_UnaryPlus');
}
