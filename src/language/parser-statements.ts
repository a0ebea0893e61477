/**
 * Compound and flow-control statements: if, switch, foreach, for, while, do, try/catch/finally, break, continue,
 * return, exit, throw, and loop labels.
 */
// pwsh: engine/parser/Parser.cs (Statements region).

import type {
  BreakStatementAst, CatchClauseAst, ContinueStatementAst, ExpressionAst, PipelineBaseAst, StatementAst,
  StatementBlockAst, SwitchStatementAst, TypeConstraintAst,
} from './ast.js';
import { CommandParser } from './parser-commands.js';
import { after, before, endOf, type Located, rangeOf } from './parser-core.js';
import { CommandArgumentContext, FINALLY } from './parser-primary.js';
import type { ScannedToken } from './scanned-token.js';
import { TokenKind, tokenKindText } from './token.js';

type SwitchMode = 'Exact' | 'Regex' | 'Wildcard' | undefined;

/** Statement rules below the statement dispatcher. */
export abstract class StatementParser extends CommandParser {
  protected abstract statementBlockRule(): StatementBlockAst | undefined;

  private label(labelToken: ScannedToken | undefined): { label?: string } {
    return labelToken === undefined ? {} : { label: labelToken.value };
  }

  /** The `(` after a loop keyword, or undefined after reporting MissingOpenParenthesisAfterKeyword. */
  private openParenAfter(keyword: ScannedToken, keywordText: string): ScannedToken | undefined {
    const lParen = this.nextToken();
    if (lParen.kind === TokenKind.LParen) return lParen;
    this.ungetToken(lParen);
    this.incompleteAt(after(keyword), 'MissingOpenParenthesisAfterKeyword', keywordText);
    return undefined;
  }

  /** A loop body: break/continue inside it belong to the loop (see checkFlowOutOfFinally). */
  private loopBody(labelToken: ScannedToken | undefined): StatementBlockAst | undefined {
    this.flowContexts.push(labelToken?.value ?? '');
    try {
      return this.statementBlockRule();
    } finally {
      this.flowContexts.pop();
    }
  }

  // G  if-statement:
  // G      'if'   new-lines:opt   '('   pipeline-chain   ')'   statement-block   elseif-clauses:opt   else-clause:opt
  // G  elseif-clause:
  // G      'elseif'   new-lines:opt   '('   pipeline-chain   ')'   statement-block
  // G  else-clause:
  // G      'else'   statement-block
  protected ifStatementRule(ifToken: ScannedToken): StatementAst {
    const clauses: { condition: PipelineBaseAst; body: StatementBlockAst }[] = [];
    let elseClause: StatementBlockAst | undefined;
    let keyword = ifToken;
    for (;;) {
      this.skipNewlines();
      const lParen = this.nextToken();
      if (lParen.kind !== TokenKind.LParen) {
        this.ungetToken(lParen);
        this.incompleteAt(after(keyword), 'MissingOpenParenthesisInIfStatement', keyword.text);
        return this.errorStatement([ifToken.start, keyword.end]);
      }
      this.skipNewlines();
      let condition = this.pipelineChainRule();
      const missingCondition = condition === undefined;
      if (condition === undefined) {
        this.incompleteAt(after(lParen), 'IfStatementMissingCondition', keyword.text);
        condition = this.errorStatement(after(lParen));
      }
      this.skipNewlines();
      const rParen = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        if (!missingCondition) this.incompleteAt(rangeOf(rParen), 'MissingEndParenthesisAfterStatement', keyword.text);
        return this.errorStatement([ifToken.start, Math.max(before(rParen)[1], ifToken.end)]);
      }
      this.skipNewlines();
      const body = this.statementBlockRule();
      if (body === undefined) {
        this.incompleteAt(rangeOf(rParen), 'MissingStatementBlock', keyword.text);
        return this.errorStatement([ifToken.start, rParen.end]);
      }
      clauses.push({ condition, body });
      const restorePoint = this.ungotToken === undefined ? this.tokenizer.getRestorePoint() : this.ungotToken.start;
      this.skipNewlines();
      keyword = this.peekToken();
      if (keyword.kind === TokenKind.ElseIf) {
        this.skipToken();
        continue;
      }
      if (keyword.kind === TokenKind.Else) {
        this.skipToken();
        this.skipNewlines();
        elseClause = this.statementBlockRule();
        if (elseClause === undefined) {
          this.incompleteAt(after(keyword), 'MissingStatementBlockAfterElse');
          return this.errorStatement([ifToken.start, keyword.end]);
        }
      } else {
        this.resync(restorePoint);
      }
      break;
    }
    const last: Located = elseClause ?? clauses[clauses.length - 1]!.body;
    const extent = this.extentOf(ifToken, last);
    return elseClause === undefined
      ? { kind: 'IfStatement', extent, clauses }
      : { kind: 'IfStatement', extent, clauses, elseClause };
  }

  // G  switch-statement:
  // G      'switch'   new-lines:opt   switch-parameters:opt   switch-condition   switch-body
  // G  switch-parameter:
  // G      '-regex'  |  '-wildcard'  |  '-exact'  |  '-casesensitive'  |  '-parallel'  |  '-file'
  // G  switch-condition:
  // G      '('   new-lines:opt   pipeline   new-lines:opt   ')'
  // G  switch-body:
  // G      new-lines:opt   '{'   new-lines:opt   switch-clauses   '}'
  // G  switch-clause:
  // G      switch-clause-condition   statement-block   statement-terminators:opt
  protected switchStatementRule(labelToken: ScannedToken | undefined, switchToken: ScannedToken): StatementAst {
    const start = (labelToken ?? switchToken).start;
    let endError = (labelToken ?? switchToken).end;
    let isError = false;
    let isIncomplete = false;
    let mode: SwitchMode;
    let caseSensitive = false;
    let condition: PipelineBaseAst | undefined;
    this.skipNewlines();
    let file = false;
    let parameter = this.peekToken();
    while (parameter.kind === TokenKind.Parameter) {
      this.skipToken();
      endError = parameter.end;
      const name = parameter.value.toLowerCase();
      if ('regex'.startsWith(name)) mode = 'Regex';
      else if ('wildcard'.startsWith(name)) mode = 'Wildcard';
      else if ('exact'.startsWith(name)) mode = 'Exact';
      else if ('casesensitive'.startsWith(name)) caseSensitive = true;
      else if ('parallel'.startsWith(name)) this.notSupportedAt(rangeOf(parameter), 'SwitchOptionNotSupported', parameter.value);
      else if ('file'.startsWith(name)) {
        file = true;
        this.notSupportedAt(rangeOf(parameter), 'SwitchOptionNotSupported', parameter.value);
        this.skipNewlines();
        const fileName = this.getSingleCommandArgument(CommandArgumentContext.FileName);
        if (fileName === undefined) {
          isError = true;
          isIncomplete = this.incompleteAt(after(parameter), 'MissingFilenameOption');
        } else {
          endError = endOf(fileName);
          const element = { kind: 'CommandExpression' as const, extent: fileName.extent, expression: fileName, redirections: [] };
          condition = { kind: 'Pipeline', extent: fileName.extent, pipelineElements: [element] };
        }
      } else {
        isError = true;
        this.errorAt(rangeOf(parameter), 'InvalidSwitchFlag', parameter.value);
      }
      parameter = this.peekToken();
    }
    const lParen = this.peekToken();
    if (lParen.kind === TokenKind.LParen) {
      endError = lParen.end;
      this.skipToken();
      if (file) {
        isError = true;
        this.errorAt(rangeOf(lParen), 'PipelineValueRequired');
      }
      this.skipNewlines();
      condition = this.pipelineChainRule();
      if (condition === undefined) {
        isError = true;
        isIncomplete = this.incompleteAt(after(lParen), 'PipelineValueRequired');
      } else {
        endError = endOf(condition);
      }
      this.skipNewlines();
      const rParen = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        if (!isIncomplete) {
          isError = true;
          isIncomplete = this.incompleteAt([endError, endError], 'MissingEndParenthesisInSwitchStatement');
        }
      } else {
        endError = rParen.end;
      }
    } else if (condition === undefined && !file) {
      isError = true;
      isIncomplete = this.incompleteAt([endError, endError], 'PipelineValueRequired');
    }
    this.skipNewlines();
    const lCurly = this.nextToken();
    const clauses: { condition: ExpressionAst; body: StatementBlockAst }[] = [];
    let defaultClause: StatementBlockAst | undefined;
    let rCurly: ScannedToken | undefined;
    if (lCurly.kind !== TokenKind.LCurly) {
      this.ungetToken(lCurly);
      if (!isIncomplete) {
        isError = true;
        this.incompleteAt([endError, endError], 'MissingCurlyBraceInSwitchStatement');
      }
    } else {
      endError = lCurly.end;
      this.skipNewlines();
      this.flowContexts.push(labelToken?.value ?? '');
      for (;;) {
        const token = this.peekToken();
        const isDefault = token.kind === TokenKind.Default;
        let clauseCondition: ExpressionAst | undefined;
        if (isDefault) {
          this.skipToken();
          clauseCondition = this.bareWord(token);
        } else {
          clauseCondition = this.getSingleCommandArgument(CommandArgumentContext.SwitchCondition);
          if (clauseCondition === undefined) {
            isError = true;
            this.incompleteAt([endError, endError], 'MissingSwitchConditionExpression');
            if (this.peekToken().kind === TokenKind.RCurly) this.skipToken();
            break;
          }
        }
        endError = endOf(clauseCondition);
        const body = this.statementBlockRule();
        if (body === undefined) {
          isError = true;
          isIncomplete = this.incompleteAt([endError, endError], 'MissingSwitchStatementClause');
        } else {
          endError = endOf(body);
          if (isDefault) {
            if (defaultClause !== undefined) {
              isError = true;
              this.errorAt(rangeOf(clauseCondition), 'MultipleSwitchDefaultClauses');
            }
            defaultClause = body;
          } else {
            clauses.push({ condition: clauseCondition, body });
          }
        }
        this.skipNewlinesAndSemicolons();
        const next = this.peekToken();
        if (next.kind === TokenKind.RCurly) {
          rCurly = next;
          this.skipToken();
          break;
        }
        if (next.kind === TokenKind.EndOfInput) {
          if (!isIncomplete) {
            isError = true;
            this.incompleteDetectedAt(rangeOf(lCurly), next, 'MissingEndCurlyBrace');
          }
          break;
        }
      }
      this.flowContexts.pop();
    }
    if (isError || condition === undefined || rCurly === undefined) return this.errorStatement([start, endError]);
    const flags: SwitchStatementAst['flags'][number][] = [];
    if (mode !== undefined) flags.push(mode);
    if (caseSensitive) flags.push('CaseSensitive');
    const node: SwitchStatementAst = {
      kind: 'SwitchStatement', extent: this.extent(start, rCurly.end), ...this.label(labelToken), flags, condition, clauses,
    };
    return defaultClause === undefined ? node : { ...node, defaultClause };
  }

  // G  foreach-statement:
  // G      'foreach'   new-lines:opt   '('   new-lines:opt   variable   new-lines:opt   'in'   new-lines:opt
  // G          pipeline   new-lines:opt   ')'   statement-block
  protected foreachStatementRule(labelToken: ScannedToken | undefined, foreachToken: ScannedToken): StatementAst {
    const start = (labelToken ?? foreachToken).start;
    let endError: number | undefined;
    this.skipNewlines();
    let parameter = this.peekToken();
    while (parameter.kind === TokenKind.Parameter) {
      this.skipToken();
      endError = parameter.end;
      const name = parameter.value.toLowerCase();
      if ('parallel'.startsWith(name)) {
        this.notSupportedAt(rangeOf(parameter), 'SwitchOptionNotSupported', parameter.value);
        endError = undefined;
      } else if ('throttlelimit'.startsWith(name)) {
        this.notSupportedAt(rangeOf(parameter), 'SwitchOptionNotSupported', parameter.value);
        endError = undefined;
        this.skipNewlines();
        if (this.getSingleCommandArgument(CommandArgumentContext.CommandArgument) === undefined) {
          this.incompleteAt(after(parameter), 'MissingThrottleLimit');
        }
      } else {
        this.errorAt(rangeOf(parameter), 'InvalidForeachFlag', parameter.value);
      }
      this.skipNewlines();
      parameter = this.peekToken();
    }
    const lParen = this.openParenAfter(foreachToken, tokenKindText(foreachToken.kind));
    if (lParen === undefined) return this.errorStatement([start, foreachToken.end]);
    this.skipNewlines();
    const variableToken = this.nextToken();
    if (variableToken.kind !== TokenKind.Variable && variableToken.kind !== TokenKind.SplattedVariable) {
      this.ungetToken(variableToken);
      this.incompleteAt(after(lParen), 'MissingVariableNameAfterForeach');
      return this.errorStatement([start, lParen.end]);
    }
    const variable = this.variable(variableToken);
    this.skipNewlines();
    const inToken = this.nextToken();
    if (inToken.kind !== TokenKind.In) {
      this.ungetToken(inToken);
      this.incompleteAt(after(variable), 'MissingInInForeach');
      return this.errorStatement([start, endOf(variable)]);
    }
    this.skipNewlines();
    const condition = this.pipelineChainRule();
    if (condition === undefined) {
      this.incompleteAt(after(inToken), 'MissingForeachExpression');
      return this.errorStatement([start, inToken.end]);
    }
    this.skipNewlines();
    const rParen = this.nextToken();
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      this.incompleteAt(after(condition), 'MissingEndParenthesisAfterForeach');
      return this.errorStatement([start, endOf(condition)]);
    }
    const body = this.loopBody(labelToken);
    if (body === undefined) {
      this.incompleteAt(after(rParen), 'MissingForeachStatement');
      return this.errorStatement([start, rParen.end]);
    }
    if (endError !== undefined) return this.errorStatement([start, endOf(body)]);
    return {
      kind: 'ForEachStatement', extent: this.extent(start, endOf(body)), ...this.label(labelToken), variable, condition, body,
    };
  }

  // G  for-statement:
  // G      'for'   new-lines:opt   '('   new-lines:opt   for-initializer:opt   statement-terminator
  // G          new-lines:opt   for-condition:opt   statement-terminator   new-lines:opt   for-iterator:opt
  // G          new-lines:opt   ')'   statement-block
  protected forStatementRule(labelToken: ScannedToken | undefined, forToken: ScannedToken): StatementAst {
    const start = (labelToken ?? forToken).start;
    this.skipNewlines();
    const lParen = this.openParenAfter(forToken, tokenKindText(forToken.kind));
    if (lParen === undefined) return this.errorStatement([start, forToken.end]);
    let endError: number | undefined;
    const part = (): PipelineBaseAst | undefined => {
      this.skipNewlines();
      const pipeline = this.pipelineChainRule();
      if (pipeline !== undefined) endError = endOf(pipeline);
      return pipeline;
    };
    const initializer = part();
    if (this.peekToken().kind === TokenKind.Semi) endError = this.nextToken().end;
    const condition = part();
    if (this.peekToken().kind === TokenKind.Semi) endError = this.nextToken().end;
    const iterator = part();
    this.skipNewlines();
    const rParen = this.nextToken();
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      const end = endError ?? lParen.end;
      this.incompleteAt([end, end], 'MissingEndParenthesisAfterStatement', tokenKindText(forToken.kind));
      return this.errorStatement([start, end]);
    }
    const body = this.loopBody(labelToken);
    if (body === undefined) {
      this.incompleteAt(after(rParen), 'MissingLoopStatement', tokenKindText(forToken.kind));
      return this.errorStatement([start, rParen.end]);
    }
    return {
      kind: 'ForStatement', extent: this.extent(start, endOf(body)), ...this.label(labelToken),
      ...(initializer === undefined ? {} : { initializer }), ...(condition === undefined ? {} : { condition }),
      ...(iterator === undefined ? {} : { iterator }), body,
    };
  }

  // G  while-statement:
  // G      'while'   new-lines:opt   '('   new-lines:opt   while-condition   new-lines:opt   ')'   statement-block
  protected whileStatementRule(labelToken: ScannedToken | undefined, whileToken: ScannedToken): StatementAst {
    const start = (labelToken ?? whileToken).start;
    this.skipNewlines();
    const lParen = this.openParenAfter(whileToken, whileToken.text);
    if (lParen === undefined) return this.errorStatement([start, whileToken.end]);
    this.skipNewlines();
    const condition = this.pipelineChainRule();
    if (condition === undefined) {
      this.incompleteAt(after(lParen), 'MissingExpressionAfterKeyword', tokenKindText(whileToken.kind));
    }
    this.skipNewlines();
    const rParen = this.nextToken();
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      if (condition !== undefined) {
        this.incompleteAt(after(condition), 'MissingEndParenthesisAfterStatement', tokenKindText(whileToken.kind));
      }
      return this.errorStatement([start, condition === undefined ? lParen.end : endOf(condition)]);
    }
    this.skipNewlines();
    const body = this.loopBody(labelToken);
    if (body === undefined) {
      this.incompleteAt(after(rParen), 'MissingLoopStatement', tokenKindText(whileToken.kind));
      return this.errorStatement([start, rParen.end]);
    }
    if (condition === undefined) return this.errorStatement([start, endOf(body)]);
    return { kind: 'WhileStatement', extent: this.extent(start, endOf(body)), ...this.label(labelToken), condition, body };
  }

  // G  do-statement:
  // G      'do'   statement-block   new-lines:opt   'while'   new-lines:opt   '('   while-condition   new-lines:opt   ')'
  // G      'do'   statement-block   new-lines:opt   'until'   new-lines:opt   '('   while-condition   new-lines:opt   ')'
  protected doStatementRule(labelToken: ScannedToken | undefined, doToken: ScannedToken): StatementAst {
    const start = (labelToken ?? doToken).start;
    const body = this.loopBody(labelToken);
    if (body === undefined) {
      this.incompleteAt(after(doToken), 'MissingLoopStatement', 'do');
      return this.errorStatement([start, doToken.end]);
    }
    this.skipNewlines();
    const whileOrUntil = this.nextToken();
    if (whileOrUntil.kind !== TokenKind.While && whileOrUntil.kind !== TokenKind.Until) {
      this.ungetToken(whileOrUntil);
      this.incompleteAt(after(body), 'MissingWhileOrUntilInDoWhile');
      return this.errorStatement([start, endOf(body)]);
    }
    const keyword = tokenKindText(whileOrUntil.kind);
    this.skipNewlines();
    const lParen = this.openParenAfter(whileOrUntil, keyword);
    if (lParen === undefined) return this.errorStatement([start, whileOrUntil.end]);
    this.skipNewlines();
    const condition = this.pipelineChainRule();
    if (condition === undefined) this.incompleteAt(after(lParen), 'MissingExpressionAfterKeyword', keyword);
    this.skipNewlines();
    const rParen = this.nextToken();
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      if (condition !== undefined) this.incompleteAt(after(condition), 'MissingEndParenthesisAfterStatement', keyword);
      return this.errorStatement([start, condition === undefined ? lParen.end : endOf(condition)]);
    }
    if (condition === undefined) return this.errorStatement([start, rParen.end]);
    const extent = this.extent(start, rParen.end);
    return whileOrUntil.kind === TokenKind.Until
      ? { kind: 'DoUntilStatement', extent, ...this.label(labelToken), condition, body }
      : { kind: 'DoWhileStatement', extent, ...this.label(labelToken), condition, body };
  }

  // G  try-statement:
  // G      'try'   statement-block   catch-clauses
  // G      'try'   statement-block   finally-clause
  // G      'try'   statement-block   catch-clauses   finally-clause
  // G  finally-clause:
  // G      new-lines:opt   'finally'   statement-block
  protected tryStatementRule(tryToken: ScannedToken): StatementAst {
    this.skipNewlines();
    const body = this.statementBlockRule();
    if (body === undefined) {
      this.incompleteAt(after(tryToken), 'MissingTryStatementBlock');
      return this.errorStatement(rangeOf(tryToken));
    }
    const state = { endError: undefined as number | undefined };
    const catchClauses: CatchClauseAst[] = [];
    for (let clause = this.catchBlockRule(state); clause !== undefined; clause = this.catchBlockRule(state)) {
      catchClauses.push(clause);
    }
    this.skipNewlines();
    const finallyToken = this.peekToken();
    let finallyBlock: StatementBlockAst | undefined;
    if (finallyToken.kind === TokenKind.Finally) {
      this.skipToken();
      this.flowContexts.push(FINALLY);
      try {
        finallyBlock = this.statementBlockRule();
      } finally {
        this.flowContexts.pop();
      }
      if (finallyBlock === undefined) {
        state.endError = finallyToken.end;
        this.incompleteAt(after(finallyToken), 'MissingFinallyStatementBlock', 'finally');
      }
    }
    if (catchClauses.length === 0 && finallyBlock === undefined && state.endError === undefined) {
      state.endError = endOf(body);
      this.incompleteAt(after(body), 'MissingCatchOrFinally');
    }
    if (state.endError !== undefined) return this.errorStatement([tryToken.start, state.endError]);
    const last: Located = finallyBlock ?? catchClauses[catchClauses.length - 1]!;
    const extent = this.extentOf(tryToken, last);
    return finallyBlock === undefined
      ? { kind: 'TryStatement', extent, body, catchClauses }
      : { kind: 'TryStatement', extent, body, catchClauses, finally: finallyBlock };
  }

  // G  catch-clause:
  // G      new-lines:opt   'catch'   catch-type-list:opt   statement-block
  // G  catch-type-list:
  // G      new-lines:opt   type-literal
  // G      catch-type-list   new-lines:opt   ','   new-lines:opt   type-literal
  private catchBlockRule(state: { endError: number | undefined }): CatchClauseAst | undefined {
    this.skipNewlines();
    const catchToken = this.nextToken();
    if (catchToken.kind !== TokenKind.Catch) {
      this.ungetToken(catchToken);
      return undefined;
    }
    const catchTypes: TypeConstraintAst[] = [];
    let comma: ScannedToken | undefined;
    let reported = false;
    for (;;) {
      const restorePoint = this.tokenizer.getRestorePoint();
      this.skipNewlines();
      const type = this.attributeRule();
      if (type === undefined) {
        if (comma !== undefined) {
          state.endError = comma.end;
          reported = true;
          this.incompleteAt(after(comma), 'MissingTypeLiteralToken');
        }
        break;
      }
      if (type.kind !== 'TypeConstraint') {
        this.resync(restorePoint);
        break;
      }
      catchTypes.push(type);
      this.skipNewlines();
      comma = this.peekToken();
      if (comma.kind !== TokenKind.Comma) {
        comma = undefined;
        break;
      }
      this.skipToken();
    }
    const body = this.statementBlockRule();
    if (body === undefined) {
      if (!reported) {
        const last: Located = catchTypes[catchTypes.length - 1] ?? catchToken;
        state.endError = endOf(last);
        this.incompleteAt(after(last), 'MissingCatchHandlerBlock');
      }
      return undefined;
    }
    return { kind: 'CatchClause', extent: this.extentOf(catchToken, body), catchTypes, body };
  }

  // G  flow-control-statement:
  // G      'break'   label-expression:opt
  // G      'continue'   label-expression:opt
  protected breakOrContinueRule(token: ScannedToken): BreakStatementAst | ContinueStatementAst {
    const label = this.labelOrKeyRule();
    const kind = token.kind === TokenKind.Break ? 'BreakStatement' : 'ContinueStatement';
    const extent = label === undefined ? token.extent : this.extentOf(token, label);
    const known = label === undefined ? '' : label.kind === 'StringConstantExpression' ? label.value : null;
    this.checkFlowOutOfFinally([extent.startOffset, extent.endOffset], known);
    return label === undefined ? { kind, extent } : { kind, extent, label };
  }

  // G  flow-control-statement:
  // G      'throw'    pipeline:opt
  // G      'return'   pipeline:opt
  // G      'exit'     pipeline:opt
  protected pipelineStatementRule(token: ScannedToken): StatementAst {
    const pipeline = this.pipelineChainRule();
    const kind = token.kind === TokenKind.Throw ? 'ThrowStatement' : token.kind === TokenKind.Return ? 'ReturnStatement' : 'ExitStatement';
    const extent = pipeline === undefined ? token.extent : this.extentOf(token, pipeline);
    if (kind === 'ReturnStatement') this.checkFlowOutOfFinally([extent.startOffset, extent.endOffset], null);
    return pipeline === undefined ? { kind, extent } : { kind, extent, pipeline };
  }

  // G  labeled-statement:
  // G      switch-statement  |  foreach-statement  |  for-statement  |  while-statement  |  do-statement
  protected labeledStatementRule(label: ScannedToken): StatementAst | undefined {
    const token = this.nextToken();
    switch (token.kind) {
      case TokenKind.Switch: return this.switchStatementRule(label, token);
      case TokenKind.Foreach: return this.foreachStatementRule(label, token);
      case TokenKind.For: return this.forStatementRule(label, token);
      case TokenKind.While: return this.whileStatementRule(label, token);
      case TokenKind.Do: return this.doStatementRule(label, token);
      default:
        this.resync(label.start);
        return this.pipelineChainRule();
    }
  }
}
