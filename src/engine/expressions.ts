/**
 * Expression evaluation: one handler per ExpressionAst kind, in a table the compiler checks for
 * completeness. Value semantics (conversion, operators, members) live in their own modules; this file only
 * walks the tree and decides evaluation order.
 */
import type {
  ConvertExpressionAst,
  ExpressionAst,
  HashtableAst,
  InvokeMemberExpressionAst,
  MemberExpressionAst,
  UnaryExpressionAst,
  VariableExpressionAst,
} from '../language/ast.js';
import { convertTo, isTrue, toPSString } from './conversion.js';
import { getIndex, getMember, getStaticMember, invokeMethod, invokeStaticMethod } from './members.js';
import { binaryOperation, unaryOperation } from './operators/index.js';
import { Hashtable, PSObject } from './ps-object.js';
import { ScriptBlock } from './script-block.js';
import { resolveType } from './type-resolver.js';
import type { Interpreter } from './interpreter.js';
import type { StreamRoutes } from './execution-context.js';
import { runtimeError } from './runtime-errors.js';
import { assignTo, readAssignable } from './assignment.js';

type ExpressionTable = {
  readonly [K in ExpressionAst['kind']]: (node: Extract<ExpressionAst, { kind: K }>, interpreter: Interpreter, routes: StreamRoutes) => unknown;
};

/** Evaluates an expression to its value (arrays stay arrays; nothing is enumerated). */
export function evaluateExpression(node: ExpressionAst, interpreter: Interpreter, routes: StreamRoutes): Promise<unknown> | unknown {
  const handler = expressionTable[node.kind] as (node: ExpressionAst, interpreter: Interpreter, routes: StreamRoutes) => unknown;
  return handler(node, interpreter, routes);
}

async function evaluateAll(nodes: readonly ExpressionAst[], interpreter: Interpreter, routes: StreamRoutes): Promise<unknown[]> {
  const values: unknown[] = [];
  for (const node of nodes) values.push(await evaluateExpression(node, interpreter, routes));
  return values;
}

/** The member name of `.Name`, `.$name` or `."name"`. */
async function memberName(node: ExpressionAst, interpreter: Interpreter, routes: StreamRoutes): Promise<string> {
  return node.kind === 'StringConstantExpression' ? node.value : toPSString(await evaluateExpression(node, interpreter, routes));
}

function readVariable(node: VariableExpressionAst, interpreter: Interpreter): unknown {
  return interpreter.getVariable(node.variablePath);
}

async function evaluateHashtable(node: HashtableAst, interpreter: Interpreter, routes: StreamRoutes, kind: 'Hashtable' | 'OrderedDictionary'): Promise<Hashtable> {
  const table = new Hashtable(kind);
  for (const { key, value } of node.keyValuePairs) {
    const keyValue = await evaluateExpression(key, interpreter, routes);
    if (table.has(keyValue)) {
      // pwsh reports duplicate literal keys at parse time; computed duplicates fail the same way at run time.
      throw runtimeError(`Duplicate keys '${toPSString(keyValue)}' are not allowed in hash literals.`, 'DuplicateKeyInHashLiteral', 'ParserError', key.extent);
    }
    table.set(keyValue, await interpreter.statementValue(value, routes));
  }
  return table;
}

async function evaluateConvert(node: ConvertExpressionAst, interpreter: Interpreter, routes: StreamRoutes): Promise<unknown> {
  const typeName = node.type.typeName.toLowerCase();
  if (typeName === 'ordered') {
    if (node.child.kind !== 'Hashtable') {
      throw runtimeError('The ordered attribute can be specified only on a hash literal node.', 'OrderedAttributeOnlyOnHashLiteralNode', 'ParserError', node.extent);
    }
    return evaluateHashtable(node.child, interpreter, routes, 'OrderedDictionary');
  }
  if (typeName === 'pscustomobject' && node.child.kind === 'Hashtable') {
    const table = await evaluateHashtable(node.child, interpreter, routes, 'OrderedDictionary');
    return new PSObject(PSObject.customObjectTypeNames, [...table].map(([k, v]) => [toPSString(k), v] as const));
  }
  const value = await evaluateExpression(node.child, interpreter, routes);
  if (typeName === 'void') return interpreter.automationNull;
  if (typeName === 'pscustomobject' || typeName === 'system.management.automation.pscustomobject') {
    if (value instanceof Hashtable) return new PSObject(PSObject.customObjectTypeNames, [...value].map(([k, v]) => [toPSString(k), v] as const));
    return value;
  }
  const type = resolveType(node.type.typeName);
  if (type === undefined) throw interpreter.typeNotFound(node.type.typeName, node.type.extent);
  return interpreter.withPosition(node.extent, () => convertTo(value, type));
}

async function evaluateMember(node: MemberExpressionAst, interpreter: Interpreter, routes: StreamRoutes): Promise<unknown> {
  const name = await memberName(node.member, interpreter, routes);
  if (node.static && node.expression.kind === 'TypeExpression') {
    const typeName = node.expression.typeName;
    return interpreter.withPosition(node.extent, () => getStaticMember(typeName, name));
  }
  const target = await evaluateExpression(node.expression, interpreter, routes);
  if (node.nullConditional && (target === null || target === undefined)) return null;
  return interpreter.withPosition(node.extent, () => getMember(target, name));
}

async function evaluateInvokeMember(node: InvokeMemberExpressionAst, interpreter: Interpreter, routes: StreamRoutes): Promise<unknown> {
  const name = await memberName(node.member, interpreter, routes);
  const context = interpreter.methodContext(routes);
  if (node.static && node.expression.kind === 'TypeExpression') {
    const typeName = node.expression.typeName;
    const args = await evaluateAll(node.arguments, interpreter, routes);
    return interpreter.withPositionAsync(node.extent, () => invokeStaticMethod(typeName, name, args, context));
  }
  const target = await evaluateExpression(node.expression, interpreter, routes);
  if (node.nullConditional && (target === null || target === undefined)) return null;
  const args = await evaluateAll(node.arguments, interpreter, routes);
  return interpreter.withPositionAsync(node.extent, () => invokeMethod(target, name, args, context));
}

async function evaluateUnary(node: UnaryExpressionAst, interpreter: Interpreter, routes: StreamRoutes): Promise<unknown> {
  switch (node.operator) {
    case '++':
    case '--':
    case 'postfix++':
    case 'postfix--': {
      const before = await readAssignable(node.child, interpreter, routes);
      const after = interpreter.withPosition(node.extent, () => binaryOperation(node.operator.endsWith('++') ? '+' : '-', before ?? 0, 1, interpreter.operatorContext));
      await assignTo(node.child, after, interpreter, routes);
      return node.operator.startsWith('postfix') ? before ?? 0 : after;
    }
    default: {
      const operand = await evaluateExpression(node.child, interpreter, routes);
      const operator = node.operator;
      return interpreter.withPosition(node.extent, () => unaryOperation(operator, operand));
    }
  }
}

const expressionTable: ExpressionTable = {
  ConstantExpression: (node) => node.value,
  StringConstantExpression: (node) => node.value,
  ExpandableStringExpression: async (node, interpreter, routes) => {
    let text = '';
    for (const part of node.parts) {
      text += typeof part === 'string' ? part : interpreter.toExpandedString(await evaluateExpression(part, interpreter, routes));
    }
    return text;
  },
  VariableExpression: (node, interpreter) => readVariable(node, interpreter),
  ArrayExpression: (node, interpreter, routes) => interpreter.collectStatements(node.subExpression.statements, routes),
  ArrayLiteral: (node, interpreter, routes) => evaluateAll(node.elements, interpreter, routes),
  Hashtable: (node, interpreter, routes) => evaluateHashtable(node, interpreter, routes, 'Hashtable'),
  ParenExpression: (node, interpreter, routes) => interpreter.statementValue(node.pipeline, routes),
  SubExpression: async (node, interpreter, routes) => interpreter.unwrap(await interpreter.collectStatements(node.subExpression.statements, routes)),
  ConvertExpression: evaluateConvert,
  TypeExpression: (node, interpreter) => {
    const type = resolveType(node.typeName);
    if (type === undefined) throw interpreter.typeNotFound(node.typeName, node.extent);
    // A type literal's value is its PSTypeInfo (pwsh's System.Type).
    return type;
  },
  MemberExpression: evaluateMember,
  InvokeMemberExpression: evaluateInvokeMember,
  IndexExpression: async (node, interpreter, routes) => {
    const target = await evaluateExpression(node.target, interpreter, routes);
    if (node.nullConditional && (target === null || target === undefined)) return null;
    const index = await evaluateExpression(node.index, interpreter, routes);
    return interpreter.withPosition(node.extent, () => getIndex(target, index));
  },
  BinaryExpression: async (node, interpreter, routes) => {
    const left = await evaluateExpression(node.left, interpreter, routes);
    switch (node.operator) {
      case '-and':
        return isTrue(left) ? isTrue(await evaluateExpression(node.right, interpreter, routes)) : false;
      case '-or':
        return isTrue(left) ? true : isTrue(await evaluateExpression(node.right, interpreter, routes));
      case '??':
        return left === null || left === undefined ? evaluateExpression(node.right, interpreter, routes) : left;
      default: {
        const right = await evaluateExpression(node.right, interpreter, routes);
        const operator = node.operator;
        return interpreter.withPosition(node.errorPosition, () => binaryOperation(operator, left, right, interpreter.operatorContext));
      }
    }
  },
  UnaryExpression: evaluateUnary,
  ScriptBlockExpression: (node) => new ScriptBlock(node.scriptBlock),
  ErrorExpression: (node) => {
    throw runtimeError('The expression could not be parsed.', 'ErrorExpression', 'ParserError', node.extent);
  },
};
