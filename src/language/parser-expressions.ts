/**
 * Expression rules: operators by pwsh's precedence, unary operators and casts, primary expressions, member
 * access, method calls, indexing, hashtables, sub-expressions and expandable strings.
 */
// pwsh: engine/parser/Parser.cs (Expressions region).

import type {
  ArrayLiteralAst, BinaryOperator, ConstantExpressionAst, ExpandableStringExpressionAst, ExpressionAst, HashtableAst,
  PipelineBaseAst, ScriptBlockAst, StatementAst, StringConstantExpressionAst, TypeConstraintAst, UnaryOperator,
  VariableExpressionAst,
} from './ast.js';
import type { ParseErrorId } from './parse-error.js';
import { after, before, endOf, type Located, type Range, rangeOf, startOf } from './parser-core.js';
import { type AttributeOrType, TypeParser } from './parser-types.js';
import type { ScannedToken } from './scanned-token.js';
import { binaryPrecedence, hasTrait, TokenFlags, TokenKind } from './token.js';
import { TokenizerMode } from './tokenizer.js';

/** Marks a finally block in `flowContexts`. */
export const FINALLY = '\0finally';
/** Marks a script block in `flowContexts`. */
export const BOUNDARY = '\0boundary';

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

/** Where a command argument is being read; decides how bare words and commas are treated. */
export const enum CommandArgumentContext {
  CommandName = 0x01,
  CommandNameAfterInvocationOperator = 0x03,
  FileName = 0x04,
  CommandArgument = 0x08,
  SwitchCondition = 0x10,
}

/** Expression rules; statements and commands come from the subclasses. */
export abstract class ExpressionParser extends TypeParser {
  /** Errors pwsh finds in its semantic checks after parsing (reported after the parse errors). */
  protected readonly semanticErrors: [Range, ParseErrorId, ...string[]][] = [];
  /** Splatted variables not known to be a command argument, the only place `@x` is allowed. */
  protected strayedSplats: Set<ExpressionAst> | undefined = undefined;
  /**
   * Enclosing constructs that decide whether break/continue/return leave a finally block: loop labels ('' when
   * unlabeled), FINALLY, and BOUNDARY for script blocks (flow never leaves a finally through one).
   */
  protected readonly flowContexts: string[] = [];
  /** Placeholders for `[Attr()]$x`: attributed variables, so an outer attribute sees a variable. */
  private attributedVariables: Set<object> | undefined = undefined;

  protected abstract statementRule(): StatementAst | undefined;
  protected abstract statementListRule(statements: StatementAst[]): Range | undefined;
  protected abstract pipelineChainRule(): PipelineBaseAst | undefined;
  protected abstract scriptBlockRule(lCurly: ScannedToken | undefined): ScriptBlockAst;
  protected abstract getSingleCommandArgument(context: CommandArgumentContext): ExpressionAst | undefined;

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

  // G  primary-expression:
  // G      value  |  member-access  |  element-access  |  invocation-expression
  // G  value:
  // G      parenthesized-expression  |  sub-expression  |  array-expression  |  script-block-expression
  // G      hash-literal-expression  |  literal  |  type-literal  |  variable
  protected primaryExpressionRule(withMemberAccess: boolean): ExpressionAst | undefined {
    const token = this.nextToken();
    let expr: ExpressionAst;
    switch (token.kind) {
      case TokenKind.Variable:
      case TokenKind.SplattedVariable:
        expr = this.variable(token);
        break;
      case TokenKind.Number:
        expr = this.constant(token);
        break;
      case TokenKind.StringLiteral:
      case TokenKind.HereStringLiteral:
      case TokenKind.StringExpandable:
      case TokenKind.HereStringExpandable:
        expr = this.stringExpression(token);
        break;
      case TokenKind.LParen:
        expr = this.parenthesizedExpressionRule(token);
        break;
      case TokenKind.AtParen:
      case TokenKind.DollarParen:
        expr = this.subExpressionRule(token);
        break;
      case TokenKind.AtCurly:
        expr = this.hashExpressionRule(token);
        break;
      case TokenKind.LCurly:
        expr = this.scriptBlockExpressionRule(token);
        break;
      default:
        this.ungetToken(token);
        return undefined;
    }
    if (!withMemberAccess) return expr;
    return this.checkPostPrimaryExpressionOperators(this.nextMemberAccessToken(true), expr);
  }

  /**
   * pwsh's semantic check that break/continue/return does not leave a finally block. `label` is '' for no label,
   * the label text, or null when unknown (a computed label or a return).
   */
  // pwsh: SemanticChecks.CheckForFlowOutOfFinally and LoopFlowException.MatchLoopLabel.
  protected checkFlowOutOfFinally(statement: Range, label: string | null): void {
    for (let i = this.flowContexts.length - 1; i >= 0; i--) {
      const context = this.flowContexts[i]!;
      if (context === BOUNDARY) return;
      if (context === FINALLY) {
        this.semanticErrors.push([statement, 'ControlLeavingFinally']);
        return;
      }
      if (label !== null && (label === '' || label.toLowerCase() === context.toLowerCase())) return;
    }
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

  protected variable(token: ScannedToken): VariableExpressionAst {
    const splatted = token.kind === TokenKind.SplattedVariable;
    const variable: VariableExpressionAst = {
      kind: 'VariableExpression', extent: token.extent, variablePath: token.variablePath!, splatted,
    };
    if (splatted) (this.strayedSplats ??= new Set()).add(variable);
    return variable;
  }

  protected constant(token: ScannedToken): ConstantExpressionAst {
    return { kind: 'ConstantExpression', extent: token.extent, value: token.numberValue, numberType: token.numberType };
  }

  /** A string token as a constant, or as an expandable string when it has `$x` / `$( )` parts. */
  protected stringExpression(token: ScannedToken): StringConstantExpressionAst | ExpandableStringExpressionAst {
    const kind = token.kind;
    if (token.parts !== undefined) {
      const stringConstantType = kind === TokenKind.StringExpandable ? 'DoubleQuoted'
        : kind === TokenKind.HereStringExpandable ? 'DoubleQuotedHereString' : 'BareWord';
      return { kind: 'ExpandableStringExpression', extent: token.extent, parts: this.nestedParts(token), stringConstantType };
    }
    const stringConstantType = kind === TokenKind.StringLiteral ? 'SingleQuoted'
      : kind === TokenKind.HereStringLiteral ? 'SingleQuotedHereString'
        : kind === TokenKind.StringExpandable ? 'DoubleQuoted'
          : kind === TokenKind.HereStringExpandable ? 'DoubleQuotedHereString' : 'BareWord';
    return { kind: 'StringConstantExpression', extent: token.extent, value: token.value, stringConstantType };
  }

  /** Parses the `$x` and `$( )` parts nested in a string token. */
  // pwsh: Parser.ParseNestedExpressions.
  private nestedParts(token: ScannedToken): (string | ExpressionAst)[] {
    const parts: (string | ExpressionAst)[] = [];
    for (const part of token.parts!) {
      if (typeof part === 'string') parts.push(part);
      else if (part.kind === 'variable') parts.push(this.variable(part.token));
      else {
        const state = this.tokenizer.startNestedScan(part.start, part.end, part.skipped);
        const saveUngot = this.ungotToken;
        try {
          this.ungotToken = undefined;
          parts.push(this.primaryExpressionRule(true) ?? this.errorExpression([part.start, part.end]));
        } finally {
          this.ungotToken = saveUngot;
          this.tokenizer.finishNestedScan(state);
        }
      }
    }
    return parts;
  }

  /** After a primary expression: `.Member`, `::Member`, `?.Member`, `[index]`, `?[index]`, repeatedly. */
  protected checkPostPrimaryExpressionOperators(first: ScannedToken | undefined, target: ExpressionAst): ExpressionAst {
    let expr = target;
    let token = first;
    while (token !== undefined) {
      this.skipNewlines();
      if (token.kind === TokenKind.Dot || token.kind === TokenKind.ColonColon || token.kind === TokenKind.QuestionDot) {
        expr = this.memberAccessRule(expr, token);
      } else if (token.kind === TokenKind.LBracket || token.kind === TokenKind.QuestionLBracket) {
        expr = this.elementAccessRule(expr, token);
      }
      token = this.nextMemberAccessToken(true);
    }
    return expr;
  }

  // G  member-name:
  // G      simple-name  |  string-literal  |  string-literal-with-subexpression  |  expression-with-unary-operator  |  value
  private memberNameRule(): ExpressionAst | undefined {
    const simpleName = this.simpleNameRule();
    if (simpleName !== undefined) return simpleName;
    const token = this.peekToken();
    if (hasTrait(token.kind, TokenFlags.UnaryOperator) || token.kind === TokenKind.LBracket) return this.unaryExpressionRule();
    return this.primaryExpressionRule(false);
  }

  // G  member-access: (no whitespace is allowed between terms)
  // G      primary-expression   '.'   member-name
  // G      primary-expression   '::'   member-name
  private memberAccessRule(target: ExpressionAst, operator: ScannedToken): ExpressionAst {
    const isStatic = operator.kind === TokenKind.ColonColon;
    const nullConditional = operator.kind === TokenKind.QuestionDot;
    let member = this.memberNameRule();
    if (member === undefined) {
      this.incompleteAt(after(operator), 'MissingPropertyName');
      member = this.getSingleCommandArgument(CommandArgumentContext.CommandArgument)
        ?? this.errorExpression([startOf(target), operator.end]);
    } else if (this.ungotToken === undefined) {
      const lParen = this.nextInvokeMemberToken();
      if (lParen !== undefined) return this.memberInvokeRule(target, lParen, member, isStatic, nullConditional);
    }
    return {
      kind: 'MemberExpression', extent: this.extentOf(target, member), expression: target, member, static: isStatic,
      nullConditional,
    };
  }

  // G  invocation-expression:
  // G      target-expression   member-name   '('   argument-expression-list:opt   new-lines:opt   ')'
  // G      target-expression   member-name   script-block
  private memberInvokeRule(target: ExpressionAst, open: ScannedToken, member: ExpressionAst, isStatic: boolean,
    nullConditional: boolean): ExpressionAst {
    let args: ExpressionAst[];
    let end: number;
    if (open.kind === TokenKind.LParen) {
      [args, end] = this.invokeParamParenListRule(open);
    } else {
      this.skipNewlines();
      const block = this.scriptBlockExpressionRule(open);
      args = [block];
      end = endOf(block);
    }
    return {
      kind: 'InvokeMemberExpression', extent: this.extent(startOf(target), end), expression: target, member,
      arguments: args, static: isStatic, nullConditional,
    };
  }

  // G  argument-list:
  // G      '('   argument-expression-list:opt   new-lines:opt   ')'
  // G  argument-expression-list:
  // G      argument-expression
  // G      argument-expression   new-lines:opt   ','   argument-expression-list
  private invokeParamParenListRule(lParen: ScannedToken): [ExpressionAst[], number] {
    const args: ExpressionAst[] = [];
    let comma: ScannedToken | undefined;
    let reported = false;
    let end = lParen.end;
    const oldDisableComma = this.disableCommaOperator;
    try {
      this.disableCommaOperator = true;
      for (;;) {
        this.skipNewlines();
        const arg = this.expressionRule();
        if (arg === undefined) {
          if (comma !== undefined) {
            this.incompleteAt(after(comma), 'MissingExpressionAfterToken', ',');
            reported = true;
          }
          break;
        }
        args.push(arg);
        end = endOf(arg);
        this.skipNewlines();
        comma = this.nextToken();
        if (comma.kind !== TokenKind.Comma) {
          this.ungetToken(comma);
          comma = undefined;
          break;
        }
        end = comma.end;
      }
      this.skipNewlines();
      const rParen = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        if (!reported) {
          const lastArg = args[args.length - 1];
          this.incompleteAt(lastArg !== undefined ? after(lastArg) : after(lParen), 'MissingEndParenthesisInMethodCall');
        }
      } else {
        end = rParen.end;
      }
    } finally {
      this.disableCommaOperator = oldDisableComma;
    }
    return [args, end];
  }

  // G  element-access:
  // G      primary-expression   '['   new-lines:opt   expression   new-lines:opt   ']'
  private elementAccessRule(target: ExpressionAst, lBracket: ScannedToken): ExpressionAst {
    this.skipNewlines();
    const oldDisableComma = this.disableCommaOperator;
    let index: ExpressionAst | undefined;
    try {
      this.disableCommaOperator = false;
      index = this.expressionRule();
    } finally {
      this.disableCommaOperator = oldDisableComma;
    }
    let missingIndex = false;
    if (index === undefined) {
      this.incompleteAt(after(lBracket), 'MissingArrayIndexExpression');
      index = this.errorExpression(rangeOf(lBracket));
      missingIndex = true;
    }
    this.skipNewlines();
    const rBracket = this.nextToken();
    let end = endOf(index);
    if (rBracket.kind !== TokenKind.RBracket) {
      this.ungetToken(rBracket);
      if (!missingIndex) this.incompleteAt(after(index), 'MissingEndSquareBracket');
    } else {
      end = rBracket.end;
    }
    return {
      kind: 'IndexExpression', extent: this.extent(startOf(target), end), target, index,
      nullConditional: lBracket.kind === TokenKind.QuestionLBracket,
    };
  }

  // G  hash-literal-expression:
  // G      '@{'   new-lines:opt   hash-literal-body:opt   new-lines:opt   '}'
  // G  hash-literal-body:
  // G      hash-entry
  // G      hash-literal-body   statement-terminators   hash-entry
  // G  hash-entry:
  // G      key-expression   '='   new-lines:opt   statement
  private hashExpressionRule(atCurly: ScannedToken): HashtableAst {
    this.skipNewlines();
    const keyValuePairs: { key: ExpressionAst; value: StatementAst }[] = [];
    for (;;) {
      const pair = this.keyValuePairRule();
      if (pair === undefined) break;
      keyValuePairs.push(pair);
      const token = this.peekToken();
      if (token.kind !== TokenKind.NewLine && token.kind !== TokenKind.Semi) break;
      this.skipNewlinesAndSemicolons();
    }
    // pwsh: SemanticChecks.VisitHashtable — constant keys must be unique (ignoring case).
    if (keyValuePairs.length > 1) {
      const keys = new Set<string>();
      for (const { key } of keyValuePairs) {
        const text = key.kind === 'StringConstantExpression' ? key.value : key.kind === 'ConstantExpression' ? String(key.value) : undefined;
        if (text === undefined) continue;
        const folded = text.toLowerCase();
        if (keys.has(folded)) this.semanticErrors.push([rangeOf(key), 'DuplicateKeyInHashLiteral', text]);
        else keys.add(folded);
      }
    }
    const rCurly = this.nextToken();
    let end: number;
    if (rCurly.kind !== TokenKind.RCurly) {
      this.ungetToken(rCurly);
      this.incompleteDetectedAt(after(atCurly), rCurly, 'MissingEndCurlyBrace');
      end = before(rCurly)[1];
    } else {
      end = rCurly.end;
    }
    return { kind: 'Hashtable', extent: this.extent(atCurly.start, Math.max(end, atCurly.end)), keyValuePairs };
  }

  private keyValuePairRule(): { key: ExpressionAst; value: StatementAst } | undefined {
    const oldMode = this.tokenizer.mode;
    let key: ExpressionAst | undefined;
    let equals: ScannedToken;
    try {
      this.setTokenizerMode(TokenizerMode.Expression);
      key = this.labelOrKeyRule();
      if (key === undefined) return undefined;
      equals = this.nextToken();
    } finally {
      this.setTokenizerMode(oldMode);
    }
    if (equals.kind !== TokenKind.Equals) {
      this.ungetToken(equals);
      this.errorAt(after(key), 'MissingEqualsInHashLiteral');
      this.syncOnError(false, TokenKind.RCurly, TokenKind.Semi, TokenKind.NewLine);
      return { key, value: this.errorStatement(after(key)) };
    }
    let value: StatementAst | undefined;
    try {
      this.setTokenizerMode(TokenizerMode.Command);
      this.skipNewlines();
      value = this.statementRule();
      if (value === undefined) {
        this.incompleteAt(after(equals), 'MissingStatementInHashLiteral');
        value = this.errorStatement(after(equals));
      }
    } finally {
      this.setTokenizerMode(oldMode);
    }
    return { key, value };
  }

  // G  label-expression / key-expression:
  // G      simple-name
  // G      unary-expression
  protected labelOrKeyRule(): ExpressionAst | undefined {
    const simpleName = this.simpleNameRule();
    if (simpleName !== undefined) return simpleName;
    const token = this.peekToken();
    if (token.kind === TokenKind.NewLine || token.kind === TokenKind.Semi) return undefined;
    const oldDisableComma = this.disableCommaOperator;
    try {
      this.disableCommaOperator = true;
      return this.unaryExpressionRule();
    } finally {
      this.disableCommaOperator = oldDisableComma;
    }
  }

  // G  script-block-expression:
  // G      '{'   new-lines:opt   script-block   new-lines:opt   '}'
  protected scriptBlockExpressionRule(lCurly: ScannedToken): ExpressionAst {
    const oldMode = this.tokenizer.mode;
    const oldDisableComma = this.disableCommaOperator;
    let scriptBlock: ScriptBlockAst;
    try {
      this.disableCommaOperator = false;
      this.setTokenizerMode(TokenizerMode.Command);
      this.skipNewlines();
      scriptBlock = this.scriptBlockRule(lCurly);
    } finally {
      this.disableCommaOperator = oldDisableComma;
      this.setTokenizerMode(oldMode);
    }
    return { kind: 'ScriptBlockExpression', extent: scriptBlock.extent, scriptBlock };
  }

  // G  array-expression:
  // G      '@('   new-lines:opt   statement-list:opt   new-lines:opt   ')'
  // G  sub-expression:
  // G      '$('   new-lines:opt   statement-list:opt   new-lines:opt   ')'
  private subExpressionRule(first: ScannedToken): ExpressionAst {
    const statements: StatementAst[] = [];
    const oldMode = this.tokenizer.mode;
    const oldDisableComma = this.disableCommaOperator;
    let listRange: Range | undefined;
    let rParen: ScannedToken;
    try {
      this.disableCommaOperator = false;
      this.setTokenizerMode(TokenizerMode.Command);
      this.skipNewlines();
      listRange = this.statementListRule(statements);
      this.skipNewlines();
      rParen = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        this.incompleteAt(rangeOf(rParen), 'MissingEndParenthesisInSubexpression');
      }
    } finally {
      this.disableCommaOperator = oldDisableComma;
      this.setTokenizerMode(oldMode);
    }
    const end = rParen.kind === TokenKind.RParen ? rParen.end : listRange?.[1] ?? first.end;
    const blockRange = listRange ?? [first.end, first.end];
    const subExpression = { kind: 'StatementBlock' as const, extent: this.rangeExtent(blockRange), statements };
    const extent = this.extent(first.start, end);
    return first.kind === TokenKind.DollarParen
      ? { kind: 'SubExpression', extent, subExpression }
      : { kind: 'ArrayExpression', extent, subExpression };
  }

  // G  parenthesized-expression:
  // G      '('   new-lines:opt   pipeline-chain   new-lines:opt   ')'
  private parenthesizedExpressionRule(lParen: ScannedToken): ExpressionAst {
    const oldMode = this.tokenizer.mode;
    const oldDisableComma = this.disableCommaOperator;
    let pipeline: PipelineBaseAst | undefined;
    let end: number;
    try {
      this.setTokenizerMode(TokenizerMode.Command);
      this.disableCommaOperator = false;
      this.skipNewlines();
      pipeline = this.pipelineChainRule();
      if (pipeline === undefined) {
        this.incompleteAt(after(lParen), 'ExpectedExpression');
        pipeline = this.errorStatement(after(lParen));
      }
      this.skipNewlines();
      const rParen = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        this.incompleteAt(after(pipeline), 'MissingEndParenthesisInExpression');
        end = endOf(pipeline);
      } else {
        end = rParen.end;
      }
    } finally {
      this.disableCommaOperator = oldDisableComma;
      this.setTokenizerMode(oldMode);
    }
    return { kind: 'ParenExpression', extent: this.extent(lParen.start, end), pipeline };
  }
}
