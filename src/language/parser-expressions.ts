/**
 * Expression rules: binary operators by pwsh's precedence, array literals, unary operators, casts and type
 * literals, and the semantic checks pwsh applies to assignment and increment targets.
 */
// pwsh: engine/parser/Parser.cs (ExpressionRule, BinaryExpressionRule, ArrayLiteralRule, UnaryExpressionRule) and
// SemanticChecks.cs.

import type {
  ArrayLiteralAst, BinaryOperator, ExpressionAst, TypeConstraintAst, UnaryOperator,
} from './ast.js';
import { after, endOf, type Located, rangeOf, startOf } from './parser-core.js';
import { PrimaryParser } from './parser-primary.js';
import type { AttributeOrType } from './parser-types.js';
import type { ScannedToken } from './scanned-token.js';
import { binaryPrecedence, hasTrait, TokenFlags, TokenKind } from './token.js';
import { TokenizerMode } from './tokenizer.js';

/** Spellings of the symbol operators; dash operators carry their canonical spelling in the token value. */
const SYMBOL_OPERATORS: Partial<Record<TokenKind, string>> = {
  [TokenKind.Plus]: '+', [TokenKind.Minus]: '-', [TokenKind.Multiply]: '*', [TokenKind.Divide]: '/',
  [TokenKind.Rem]: '%', [TokenKind.DotDot]: '..', [TokenKind.QuestionQuestion]: '??', [TokenKind.Exclaim]: '!',
  [TokenKind.PlusPlus]: '++', [TokenKind.MinusMinus]: '--',
};

/** The operator spelling of an operator token (`-EQ` → `-eq`). */
export function operatorText(token: ScannedToken): string {
  return SYMBOL_OPERATORS[token.kind] ?? token.value;
}

/** Operator and unary-expression rules; statements and commands come from the subclasses. */
export abstract class ExpressionParser extends PrimaryParser {
  /** Placeholders for `[Attr()]$x`: attributed variables, so an outer attribute sees a variable. */
  private attributedVariables: Set<object> | undefined = undefined;

  // G  expression:
  // G      logical-expression
  // G  logical-expression:
  // G      binary-expression
  // G      ternary-expression (not supported by pcsh: reported, parsed for recovery)
  protected expressionRule(endNumberOnTernaryOpChars = false): ExpressionAst | undefined {
    const oldMode = this.tokenizer.mode;
    try {
      this.setTokenizerMode(TokenizerMode.Expression);
      const condition = this.binaryExpressionRule(endNumberOnTernaryOpChars);
      if (condition === undefined) return undefined;
      const question = this.peekToken();
      if (question.kind !== TokenKind.QuestionMark) return condition;
      return this.ternaryRecovery(condition, question);
    } finally {
      this.setTokenizerMode(oldMode);
    }
  }

  /** `c ? a : b` parses as in pwsh but is reported as unsupported. */
  private ternaryRecovery(condition: ExpressionAst, question: ScannedToken): ExpressionAst {
    this.skipToken();
    this.notSupportedAt(rangeOf(question), 'TernaryOperatorNotSupported');
    this.skipNewlines();
    let end = endOf(question);
    const ifTrue = this.expressionRule(true);
    if (ifTrue === undefined) this.incompleteAt(after(question), 'ExpectedValueExpression', question.text);
    else end = endOf(ifTrue);
    this.skipNewlines();
    const colon = this.nextToken();
    if (colon.kind !== TokenKind.Colon) {
      this.ungetToken(colon);
      if (ifTrue !== undefined) this.incompleteAt(rangeOf(colon), 'MissingColonInTernaryExpression');
      return this.errorExpression([startOf(condition), end]);
    }
    this.skipNewlines();
    const ifFalse = this.expressionRule(true);
    if (ifFalse === undefined) this.incompleteAt(after(colon), 'ExpectedValueExpression', colon.text);
    return this.placeholder([startOf(condition), ifFalse === undefined ? colon.end : endOf(ifFalse)]);
  }

  // G  binary-expression:           bitwise-expression  (('-and' | '-or' | '-xor') new-lines:opt bitwise-expression)*
  // G  bitwise-expression:          comparison-expression  (('-band' | '-bor' | '-bxor') ...)*
  // G  comparison-expression:       nullcoalesce-expression  (comparison-operator ...)*
  // G  nullcoalesce-expression:     additive-expression  ('??' ...)*
  // G  additive-expression:         multiplicative-expression  (('+' | dash) ...)*
  // G  multiplicative-expression:   format-expression  (('*' | '/' | '%') ...)*
  // G  format-expression:           range-expression  ('-f' ...)*
  // G  range-expression:            array-literal-expression  ('..' new-lines:opt array-literal-expression)*
  private binaryExpressionRule(endNumberOnTernaryOpChars: boolean): ExpressionAst | undefined {
    let expr = this.arrayLiteralRule(endNumberOnTernaryOpChars);
    if (expr === undefined) return undefined;
    let token = this.peekToken();
    if (!hasTrait(token.kind, TokenFlags.BinaryOperator)) {
      return token.kind === TokenKind.Parameter ? this.parameterInExpression(token, expr) : expr;
    }
    this.skipToken();
    const operands: ExpressionAst[] = [expr];
    const operators: ScannedToken[] = [token];
    let precedence = binaryPrecedence(token.kind);
    let strayParameter: ScannedToken | undefined;
    for (;;) {
      this.skipNewlines();
      expr = this.arrayLiteralRule(true);
      if (expr === undefined) {
        this.incompleteAt(after(token), 'ExpectedValueExpression', token.text);
        expr = this.errorExpression(after(token));
      }
      operands.push(expr);
      token = this.nextToken();
      if (!hasTrait(token.kind, TokenFlags.BinaryOperator)) {
        if (token.kind === TokenKind.Parameter) strayParameter = token;
        this.ungetToken(token);
        break;
      }
      const newPrecedence = binaryPrecedence(token.kind);
      while (newPrecedence <= precedence) {
        const rhs = operands.pop()!;
        const lhs = operands.pop()!;
        operands.push(this.binary(lhs, operators.pop()!, rhs));
        if (operators.length === 0) break;
        precedence = binaryPrecedence(operators[operators.length - 1]!.kind);
      }
      operators.push(token);
      precedence = newPrecedence;
    }
    let rhs = operands.pop()!;
    while (operands.length > 0) rhs = this.binary(operands.pop()!, operators.pop()!, rhs);
    return strayParameter === undefined ? rhs : this.parameterInExpression(strayParameter, rhs);
  }

  private binary(left: ExpressionAst, op: ScannedToken, right: ExpressionAst): ExpressionAst {
    return {
      kind: 'BinaryExpression', extent: this.extentOf(left, right), operator: operatorText(op) as BinaryOperator, left,
      right, errorPosition: op.extent,
    };
  }

  /** `$a -foo`: a parameter where an operator belongs is an unexpected token. */
  private parameterInExpression(parameter: ScannedToken, expr: ExpressionAst): ExpressionAst {
    this.errorAt(rangeOf(parameter), 'UnexpectedToken', parameter.text);
    this.skipToken();
    return this.errorExpression([startOf(expr), parameter.end]);
  }

  // G  array-literal-expression:
  // G      unary-expression
  // G      unary-expression   ','    new-lines:opt   array-literal-expression
  private arrayLiteralRule(endNumberOnTernaryOpChars: boolean): ExpressionAst | undefined {
    let last = this.unaryExpressionRule(endNumberOnTernaryOpChars);
    if (last === undefined) return undefined;
    let comma = this.peekToken();
    if (comma.kind !== TokenKind.Comma || this.disableCommaOperator) return last;
    const elements: ExpressionAst[] = [last];
    while (comma.kind === TokenKind.Comma) {
      this.skipToken();
      this.skipNewlines();
      const element = this.unaryExpressionRule(true);
      if (element === undefined) {
        this.incompleteAt(after(comma), 'MissingExpressionAfterToken', comma.text);
        last = this.errorExpression(rangeOf(comma));
        elements.push(last);
        break;
      }
      last = element;
      elements.push(element);
      comma = this.peekToken();
    }
    return { kind: 'ArrayLiteral', extent: this.extentOf(elements[0]!, last), elements };
  }

  // G  unary-expression:
  // G      primary-expression
  // G      (',' | '-not' | '!' | '-bnot' | '+' | dash | '++' | dashdash | '-split' | '-join')  new-lines:opt  unary-expression
  // G      type-literal   unary-expression
  protected unaryExpressionRule(endNumberOnTernaryOpChars = false): ExpressionAst | undefined {
    const tokenizer = this.tokenizer;
    const oldSigned = tokenizer.allowSignedNumbers;
    const oldForceEnd = tokenizer.forceEndNumberOnTernaryOpChars;
    let token: ScannedToken;
    try {
      tokenizer.allowSignedNumbers = true;
      tokenizer.forceEndNumberOnTernaryOpChars = endNumberOnTernaryOpChars;
      const ungot = this.ungotToken;
      if (ungot !== undefined
        && (ungot.kind === TokenKind.Minus || (endNumberOnTernaryOpChars && ungot.kind === TokenKind.Generic))) {
        this.resync(ungot.start);
      }
      token = this.peekToken();
    } finally {
      tokenizer.allowSignedNumbers = oldSigned;
      tokenizer.forceEndNumberOnTernaryOpChars = oldForceEnd;
    }
    let expr: ExpressionAst | undefined;
    if (hasTrait(token.kind, TokenFlags.UnaryOperator)) {
      if (this.disableCommaOperator && token.kind === TokenKind.Comma) return undefined;
      this.skipToken();
      this.skipNewlines();
      const child = this.unaryExpressionRule(true);
      if (child === undefined) {
        this.incompleteAt(after(token), 'MissingExpressionAfterOperator', token.text);
        return this.errorExpression(rangeOf(token));
      }
      if (token.kind === TokenKind.Comma) {
        expr = { kind: 'ArrayLiteral', extent: this.extentOf(token, child), elements: [child] } satisfies ArrayLiteralAst;
      } else {
        expr = { kind: 'UnaryExpression', extent: this.extentOf(token, child), operator: operatorText(token) as UnaryOperator, child };
        if (token.kind === TokenKind.PlusPlus || token.kind === TokenKind.MinusMinus) this.checkIncrementTarget(expr, child);
      }
    } else if (token.kind === TokenKind.LBracket) {
      expr = this.castOrTypeExpression();
      if (expr === undefined) return undefined;
    } else {
      expr = this.primaryExpressionRule(true);
    }
    if (expr !== undefined) {
      const next = this.peekToken();
      if (next.kind === TokenKind.PlusPlus || next.kind === TokenKind.MinusMinus) {
        this.skipToken();
        const operator = next.kind === TokenKind.PlusPlus ? 'postfix++' : 'postfix--';
        const child = expr;
        expr = { kind: 'UnaryExpression', extent: this.extentOf(child, next), operator, child };
        this.checkIncrementTarget(expr, child);
      }
    }
    return expr;
  }

  /** `[type]` then a value (a cast), `[type]::Member`, or `[type]` alone (a type literal). */
  private castOrTypeExpression(): ExpressionAst | undefined {
    const attributes = this.attributeListRule(true);
    if (attributes === undefined) return undefined;
    const last = attributes[attributes.length - 1]!;
    let expr: ExpressionAst | undefined;
    if (last.kind === 'Attribute') {
      this.skipNewlines();
      const child = this.unaryExpressionRule(true);
      if (child === undefined) {
        this.incompleteAt(rangeOf(last), 'UnexpectedAttribute', last.typeName);
        return this.errorExpression([startOf(attributes[0]!), endOf(last)]);
      }
      expr = child;
    } else {
      const memberAccess = this.ungotToken !== undefined ? undefined : this.nextMemberAccessToken(false);
      const typeExpression: ExpressionAst = { kind: 'TypeExpression', extent: last.extent, typeName: last.typeName };
      if (memberAccess !== undefined) {
        expr = this.checkPostPrimaryExpressionOperators(memberAccess, typeExpression);
      } else {
        const next = this.peekToken();
        if (next.kind !== TokenKind.NewLine && next.kind !== TokenKind.Comma) {
          const child = this.unaryExpressionRule(true);
          if (child !== undefined) expr = this.convert(last, child);
        }
      }
      expr ??= typeExpression;
    }
    const first = last.kind === 'Attribute' ? attributes.length - 1 : attributes.length - 2;
    for (let i = first; i >= 0; i--) expr = this.wrapAttribute(attributes[i]!, expr);
    return expr;
  }

  /** `[type]child`; `[ordered]` applies only to a hashtable literal (pwsh's SemanticChecks.VisitConvertExpression). */
  private convert(type: TypeConstraintAst, child: ExpressionAst): ExpressionAst {
    const node: ExpressionAst = { kind: 'ConvertExpression', extent: this.extentOf(type, child), type, child };
    if (type.typeName.toLowerCase() === 'ordered' && child.kind !== 'Hashtable') {
      this.semanticErrors.push([rangeOf(node), 'OrderedAttributeOnlyOnHashLiteralNode', type.typeName]);
    }
    return node;
  }

  /** `[int]x` is a cast; `[ValidateNotNull()]x` (an attributed expression) is not supported by pcsh. */
  private wrapAttribute(attribute: AttributeOrType, expr: ExpressionAst): ExpressionAst {
    if (attribute.kind === 'TypeConstraint') return this.convert(attribute, expr);
    // pwsh: SemanticChecks.VisitAttributedExpression — the attributed value must be a variable (after any casts).
    let inner = expr;
    while (inner.kind === 'ConvertExpression') inner = inner.child;
    const attributedVariable = inner.kind === 'VariableExpression' || (this.attributedVariables?.has(inner) ?? false);
    if (!attributedVariable) this.semanticErrors.push([rangeOf(attribute), 'UnexpectedAttribute', attribute.typeName]);
    this.notSupportedAt(rangeOf(attribute), 'AttributedExpressionNotSupported', attribute.typeName);
    const node = this.placeholder([startOf(attribute), endOf(expr)]);
    if (attributedVariable) (this.attributedVariables ??= new Set()).add(node);
    return node;
  }

  /**
   * pwsh's semantic check that a value can be assigned to `target` (variable, member, index, a cast of one, or
   * with `=` a list of them); calls `report` with each part that cannot.
   */
  // pwsh: SemanticChecks.CheckAssignmentTarget.
  protected checkAssignable(target: ExpressionAst, simple: boolean, report: (invalid: Located) => void): void {
    switch (target.kind) {
      case 'ArrayLiteral':
        if (!simple) report(target);
        else for (const element of target.elements) this.checkAssignable(element, simple, report);
        return;
      case 'ParenExpression': {
        const pipeline = target.pipeline;
        const first = pipeline.kind === 'Pipeline' && pipeline.pipelineElements.length === 1 ? pipeline.pipelineElements[0] : undefined;
        if (first?.kind === 'CommandExpression') this.checkAssignable(first.expression, simple, report);
        else report(pipeline);
        return;
      }
      case 'VariableExpression':
      case 'InvokeMemberExpression':
        return;
      case 'MemberExpression':
      case 'IndexExpression':
        if (target.nullConditional) report(target);
        return;
      case 'ConvertExpression': {
        let child: ExpressionAst = target;
        while (child.kind === 'ConvertExpression') child = child.child;
        if (child.kind !== 'VariableExpression') this.checkAssignable(child, simple, report);
        return;
      }
      case 'ErrorExpression':
        if (!this.isPlaceholder(target)) report(target);
        return;
      default:
        report(target);
    }
  }

  /** `++`/`--` need a variable or property (pwsh's SemanticChecks.VisitUnaryExpression). */
  private checkIncrementTarget(unary: ExpressionAst, child: ExpressionAst): void {
    const text = unary.kind === 'UnaryExpression' && unary.operator.endsWith('++') ? '++' : '--';
    this.checkAssignable(child, false, (invalid) =>
      this.semanticErrors.push([rangeOf(invalid), 'OperatorRequiresVariableOrProperty', text]));
  }
}
