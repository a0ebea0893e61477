/**
 * Primary expressions: variables, numbers, strings (with their nested `$x` / `$( )` parts), `( )`, `$( )`, `@( )`,
 * hashtables and script blocks, then member access, method calls and indexing after them.
 */
// pwsh: engine/parser/Parser.cs (PrimaryExpressionRule and the rules it calls).

import type {
  ConstantExpressionAst, ExpandableStringExpressionAst, ExpressionAst, HashtableAst, PipelineBaseAst, ScriptBlockAst,
  StatementAst, StringConstantExpressionAst, VariableExpressionAst,
} from './ast.js';
import type { ParseErrorId } from './parse-error.js';
import { after, before, endOf, type Range, rangeOf, startOf } from './parser-core.js';
import { TypeParser } from './parser-types.js';
import type { ScannedToken } from './scanned-token.js';
import { hasTrait, TokenFlags, TokenKind } from './token.js';
import { TokenizerMode } from './tokenizer.js';

/** Marks a finally block in `flowContexts`. */
export const FINALLY = '\0finally';
/** Marks a script block in `flowContexts`. */
export const BOUNDARY = '\0boundary';

/** Where a command argument is being read; decides how bare words and commas are treated. */
export const enum CommandArgumentContext {
  CommandName = 0x01,
  CommandNameAfterInvocationOperator = 0x03,
  FileName = 0x04,
  CommandArgument = 0x08,
  SwitchCondition = 0x10,
}

/** Expression rules; statements and commands come from the subclasses. */

/** Primary-expression rules; operators, statements and commands come from the subclasses. */
export abstract class PrimaryParser extends TypeParser {
  /** Errors pwsh finds in its semantic checks after parsing (reported after the parse errors). */
  protected readonly semanticErrors: [Range, ParseErrorId, ...string[]][] = [];
  /** Splatted variables not known to be a command argument, the only place `@x` is allowed. */
  protected strayedSplats: Set<ExpressionAst> | undefined = undefined;
  /**
   * Enclosing constructs that decide whether break/continue/return leave a finally block: loop labels ('' when
   * unlabeled), FINALLY, and BOUNDARY for script blocks (flow never leaves a finally through one).
   */
  protected readonly flowContexts: string[] = [];

  protected abstract unaryExpressionRule(endNumberOnTernaryOpChars?: boolean): ExpressionAst | undefined;
  protected abstract statementRule(): StatementAst | undefined;
  protected abstract statementListRule(statements: StatementAst[]): Range | undefined;
  protected abstract pipelineChainRule(): PipelineBaseAst | undefined;
  protected abstract scriptBlockRule(lCurly: ScannedToken | undefined): ScriptBlockAst;
  protected abstract getSingleCommandArgument(context: CommandArgumentContext): ExpressionAst | undefined;

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
