/**
 * `-band -bor -bxor -shl -shr` and unary `-bnot`. Int32 operands stay 32-bit (`1 -shl 31` is
 * -2147483648), larger integers use 64 bits; enum operands give a value of the left enum's type.
 */
// pwsh: engine/runtime/Binding/Binders.cs (BinaryBitwiseOp, Shift), Operations/NumericOps.cs.
import { enumValueName, typeName } from '../conversion.js';
import { PSEnumValue } from '../ps-object.js';
import { numericValue, scanOperand } from './arithmetic.js';
import { methodNotFound } from './interpreter-error.js';
import { roundToIntegral } from '../number-parse.js';

/** The bitwise operators. */
export type BitwiseOperator = '-band' | '-bor' | '-bxor' | '-shl' | '-shr';

const METHODS: Readonly<Record<BitwiseOperator, string>> = {
  '-band': 'op_BitwiseAnd',
  '-bor': 'op_BitwiseOr',
  '-bxor': 'op_ExclusiveOr',
  '-shl': 'op_LeftShift',
  '-shr': 'op_RightShift',
};

function integerOperand(value: unknown, operator: string): bigint {
  if (value === null || value === undefined) return 0n;
  const number = typeof value === 'string' ? scanOperand(value) : numericValue(value);
  if (number === undefined) throw methodNotFound(typeName(value), operator);
  return BigInt(roundToIntegral(number, 'Int64') ?? 0);
}

function is32(value: bigint): boolean {
  return value >= -(2n ** 31n) && value < 2n ** 31n;
}

function result(left: unknown, value: bigint, wide: boolean): unknown {
  const number = Number(wide ? BigInt.asIntN(64, value) : BigInt.asIntN(32, value));
  return left instanceof PSEnumValue ? new PSEnumValue(left.enumType, enumValueName(left.enumType, number), number) : number;
}

/** `left op right` for a bitwise operator. */
export function bitwise(operator: BitwiseOperator, left: unknown, right: unknown): unknown {
  const a = integerOperand(left, METHODS[operator]);
  const b = integerOperand(right, METHODS[operator]);
  switch (operator) {
    case '-band':
      return result(left, a & b, !(is32(a) && is32(b)));
    case '-bor':
      return result(left, a | b, !(is32(a) && is32(b)));
    case '-bxor':
      return result(left, a ^ b, !(is32(a) && is32(b)));
    case '-shl':
      return is32(a) ? result(left, a << (b & 31n), false) : result(left, a << (b & 63n), true);
    case '-shr':
      return is32(a) ? result(left, a >> (b & 31n), false) : result(left, a >> (b & 63n), true);
  }
}

/** `-bnot value`. */
export function bitwiseNot(value: unknown): unknown {
  const a = integerOperand(value, 'op_OnesComplement');
  return result(value, ~a, !is32(a));
}
