/**
 * The operators of the language, applied to values: `binaryOperation` for every BinaryOperator of the AST
 * (`-and`/`-or` are short-circuited by the evaluator; here they are plain logic) and `unaryOperation` for
 * the non-mutating UnaryOperators. Failures throw a RuntimeException (or a PSInvalidCastException) with
 * pwsh's ErrorRecord.
 */
// pwsh: engine/parser/Compiler.cs (VisitBinaryExpression / VisitUnaryExpression: which operator maps to
// which binder or ParserOps method).
import type { BinaryOperator, UnaryOperator } from '../../language/ast.js';
import { isTrue } from '../conversion.js';
import { formatOperator } from '../format-operator.js';
import { add, multiply, negate, subtractDivideOrRemainder, unaryPlus } from './arithmetic.js';
import { bitwise, bitwiseNot } from './bitwise.js';
import { compare, contains } from './comparison.js';
import { range } from './range.js';
import { join, like, match, replace, split, unarySplit, type OperatorContext } from './string-operators.js';
import { asOperator, isOperator } from './type-operators.js';

export type { OperatorContext } from './string-operators.js';

const COMPARISON_NAMES = [
  'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'contains', 'notcontains', 'in', 'notin', 'replace', 'split',
] as const;
type ComparisonName = (typeof COMPARISON_NAMES)[number];

function isComparisonName(name: string): name is ComparisonName {
  return (COMPARISON_NAMES as readonly string[]).includes(name);
}

/** `-ceq` → case-sensitive `eq`; `-eq` and `-ieq` → case-insensitive. */
function comparisonParts(operator: string): { readonly name: ComparisonName; readonly ignoreCase: boolean } {
  const body = operator.slice(1);
  if (isComparisonName(body)) return { name: body, ignoreCase: true };
  const rest = body.slice(1);
  if (isComparisonName(rest)) return { name: rest, ignoreCase: body[0] !== 'c' };
  return { name: 'eq', ignoreCase: true };
}

function comparison(operator: string, left: unknown, right: unknown, context: OperatorContext): unknown {
  const { name, ignoreCase } = comparisonParts(operator);
  switch (name) {
    case 'like':
    case 'notlike':
      return like(left, right, ignoreCase, name === 'notlike');
    case 'match':
    case 'notmatch':
      return match(left, right, ignoreCase, name === 'notmatch', context);
    case 'contains':
      return contains(left, right, ignoreCase);
    case 'notcontains':
      return !contains(left, right, ignoreCase);
    case 'in':
      return contains(right, left, ignoreCase);
    case 'notin':
      return !contains(right, left, ignoreCase);
    case 'replace':
      return replace(left, right, ignoreCase, operator);
    case 'split':
      return split(left, right, ignoreCase);
    default:
      return compare(name, left, right, ignoreCase);
  }
}

/** `left operator right`. `context` receives `$Matches` from `-match`. */
export function binaryOperation(operator: BinaryOperator, left: unknown, right: unknown, context: OperatorContext): unknown {
  switch (operator) {
    case '+':
      return add(left, right);
    case '-':
    case '/':
    case '%':
      return subtractDivideOrRemainder(operator, left, right);
    case '*':
      return multiply(left, right);
    case '..':
      return range(left, right);
    case '-and':
      return isTrue(left) && isTrue(right);
    case '-or':
      return isTrue(left) || isTrue(right);
    case '-xor':
      return isTrue(left) !== isTrue(right);
    case '-band':
    case '-bor':
    case '-bxor':
    case '-shl':
    case '-shr':
      return bitwise(operator, left, right);
    case '-f':
      return formatOperator(left, right);
    case '-join':
      return join(left, right);
    case '-is':
      return isOperator(left, right);
    case '-isnot':
      return !isOperator(left, right);
    case '-as':
      return asOperator(left, right);
    case '??':
      return left === null || left === undefined ? right : left;
    default:
      return comparison(operator, left, right, context);
  }
}

/** `operator value` for the non-mutating unary operators (`++`/`--` add or subtract one). */
export function unaryOperation(operator: UnaryOperator, value: unknown): unknown {
  switch (operator) {
    case '-not':
    case '!':
      return !isTrue(value);
    case '-':
      return negate(value);
    case '+':
      return unaryPlus(value);
    case '-bnot':
      return bitwiseNot(value);
    case ',':
      return [value];
    case '-join':
      return join(value, '');
    case '-split':
    case '-isplit':
    case '-csplit':
      return unarySplit(value);
    case '++':
    case 'postfix++':
      return add(value ?? 0, 1);
    case '--':
    case 'postfix--':
      return subtractDivideOrRemainder('-', value ?? 0, 1);
  }
}
