/**
 * Assignment: `$x = v`, `$x += v`, `$h.k = v`, `$a[0] = v`, `[int]$x = v`, `$a, $b = v`, and the targets of
 * `++`/`--`.
 */
import type { AssignmentStatementAst, BinaryOperator, ExpressionAst } from '../language/ast.js';
import { convertTo, toPSString } from './conversion.js';
import type { StreamRoutes } from './execution-context.js';
import { evaluateExpression } from './expressions.js';
import type { Interpreter } from './interpreter.js';
import { getIndex, getMember, setIndex, setMember } from './members.js';
import { binaryOperation } from './operators/index.js';
import { resolveType } from './type-resolver.js';
import { runtimeError } from './runtime-errors.js';

const compoundOperators: Readonly<Record<AssignmentStatementAst['operator'], BinaryOperator | undefined>> = {
  '=': undefined,
  '+=': '+',
  '-=': '-',
  '*=': '*',
  '/=': '/',
  '%=': '%',
};

function invalidTarget(target: ExpressionAst): Error {
  return runtimeError(
    'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.',
    'InvalidLeftHandSide',
    'ParserError',
    target.extent,
  );
}

async function memberName(node: ExpressionAst, interpreter: Interpreter, routes: StreamRoutes): Promise<string> {
  return node.kind === 'StringConstantExpression' ? node.value : toPSString(await evaluateExpression(node, interpreter, routes));
}

/** The current value of an assignable expression (for compound assignment and `++`). */
export async function readAssignable(target: ExpressionAst, interpreter: Interpreter, routes: StreamRoutes): Promise<unknown> {
  switch (target.kind) {
    case 'VariableExpression':
      return interpreter.getVariable(target.variablePath);
    case 'ConvertExpression':
      return readAssignable(target.child, interpreter, routes);
    case 'MemberExpression': {
      const owner = await evaluateExpression(target.expression, interpreter, routes);
      const name = await memberName(target.member, interpreter, routes);
      return interpreter.withPosition(target.extent, () => getMember(owner, name));
    }
    case 'IndexExpression': {
      const owner = await evaluateExpression(target.target, interpreter, routes);
      const index = await evaluateExpression(target.index, interpreter, routes);
      return interpreter.withPosition(target.extent, () => getIndex(owner, index));
    }
    default:
      throw invalidTarget(target);
  }
}

/** Stores `value` into an assignable expression. */
export async function assignTo(target: ExpressionAst, value: unknown, interpreter: Interpreter, routes: StreamRoutes): Promise<void> {
  switch (target.kind) {
    case 'VariableExpression':
      interpreter.setVariable(target.variablePath, value, target.extent);
      return;
    case 'ConvertExpression': {
      const type = resolveType(target.type.typeName);
      if (type === undefined) throw interpreter.typeNotFound(target.type.typeName, target.type.extent);
      const converted = interpreter.withPosition(target.extent, () => convertTo(value, type));
      await assignTo(target.child, converted, interpreter, routes);
      return;
    }
    case 'MemberExpression': {
      const owner = await evaluateExpression(target.expression, interpreter, routes);
      const name = await memberName(target.member, interpreter, routes);
      interpreter.withPosition(target.extent, () => setMember(owner, name, value));
      return;
    }
    case 'IndexExpression': {
      const owner = await evaluateExpression(target.target, interpreter, routes);
      const index = await evaluateExpression(target.index, interpreter, routes);
      interpreter.withPosition(target.extent, () => setIndex(owner, index, value));
      return;
    }
    case 'ArrayLiteral': {
      // `$a, $b = 1, 2, 3`: each target takes one element, the last takes the rest.
      const values = Array.isArray(value) ? value : [value];
      const targets = target.elements;
      for (let i = 0; i < targets.length; i++) {
        const element = targets[i] as ExpressionAst;
        const rest = i === targets.length - 1 ? values.slice(i) : [values[i] ?? null];
        await assignTo(element, rest.length === 1 ? rest[0] : rest.length === 0 ? null : rest, interpreter, routes);
      }
      return;
    }
    default:
      throw invalidTarget(target);
  }
}

/** Runs an assignment statement and returns the value stored. */
export async function executeAssignment(node: AssignmentStatementAst, interpreter: Interpreter, routes: StreamRoutes): Promise<unknown> {
  const right = await interpreter.statementValue(node.right, routes);
  const operator = compoundOperators[node.operator];
  let value = right;
  if (operator !== undefined) {
    const current = await readAssignable(node.left, interpreter, routes);
    value = interpreter.withPosition(node.extent, () => binaryOperation(operator, current, right, interpreter.operatorContext));
  }
  await assignTo(node.left, value, interpreter, routes);
  return value;
}
