/**
 * Pipelines, assignments, commands, command arguments and redirections.
 *
 * A statement first tries an expression (expression mode); if none starts there it is a command (command mode).
 * `-Name value` becomes a CommandParameterAst plus a separate argument: only the binder knows whether `-Name`
 * takes a value. `-Name:value` and `-Name: value` attach the argument to the parameter.
 */
// pwsh: engine/parser/Parser.cs (Pipelines region: PipelineChainRule, PipelineRule, RedirectionRule, CommandRule,
// GetCommandArgument).

import type {
  AssignmentStatementAst, CommandAst, CommandBaseAst, CommandElementAst, CommandExpressionAst, CommandParameterAst,
  ExpressionAst, PipelineAst, PipelineBaseAst, RedirectionAst, StatementAst,
} from './ast.js';
import { after, endOf, rangeOf, startOf } from './parser-core.js';
import { ExpressionParser } from './parser-expressions.js';
import { CommandArgumentContext } from './parser-primary.js';
import type { ScannedToken } from './scanned-token.js';
import { ParserStrings } from './strings/ParserStrings.js';
import { hasTrait, TokenFlags, TokenKind, tokenKindText } from './token.js';
import { TokenizerMode } from './tokenizer.js';

const ASSIGNMENT_OPERATORS: Partial<Record<TokenKind, AssignmentStatementAst['operator']>> = {
  [TokenKind.Equals]: '=', [TokenKind.PlusEquals]: '+=', [TokenKind.MinusEquals]: '-=',
  [TokenKind.MultiplyEquals]: '*=', [TokenKind.DivideEquals]: '/=', [TokenKind.RemainderEquals]: '%=',
};

/** Rules for pipelines and commands. */
export abstract class CommandParser extends ExpressionParser {
  // G  pipeline-chain:
  // G      pipeline
  // G      pipeline-chain   chain-operator   pipeline     ('&&' and '||': not supported by pcsh)
  // G  assignment-expression:
  // G      expression   assignment-operator   statement
  protected pipelineChainRule(): PipelineBaseAst | undefined {
    let expr: ExpressionAst | undefined;
    let assign: ScannedToken | undefined;
    const oldMode = this.tokenizer.mode;
    try {
      this.setTokenizerMode(TokenizerMode.Expression);
      expr = this.expressionRule();
      if (expr !== undefined) {
        const token = this.peekToken();
        if (hasTrait(token.kind, TokenFlags.AssignmentOperator)) {
          this.skipToken();
          assign = token;
        }
      }
    } finally {
      this.setTokenizerMode(oldMode);
    }
    if (expr !== undefined && assign !== undefined) return this.assignmentRule(expr, assign);
    // The expression was just tried: no need for pipelineRule to scan it again (pwsh does, with the same result).
    const pipeline = this.pipelineRule(expr, true);
    if (pipeline === undefined) return undefined;
    const next = this.peekToken();
    if (next.kind === TokenKind.AndAnd || next.kind === TokenKind.OrOr) {
      this.skipToken();
      this.notSupportedAt(rangeOf(next), 'PipelineChainNotSupported', next.text);
      this.skipNewlines();
      const rest = this.pipelineChainRule();
      if (rest === undefined) {
        if (this.peekToken().kind === TokenKind.EndOfInput) this.incompleteAt(after(next), 'EmptyPipelineChainElement', next.text);
        return this.errorStatement([startOf(pipeline), next.end]);
      }
      return this.errorStatement([startOf(pipeline), endOf(rest)]);
    }
    if (next.kind === TokenKind.Ampersand) {
      this.skipToken();
      this.notSupportedAt(rangeOf(next), 'BackgroundOperatorNotSupported');
      return this.errorStatement([startOf(pipeline), next.end]);
    }
    return pipeline;
  }

  private assignmentRule(left: ExpressionAst, assign: ScannedToken): PipelineBaseAst {
    this.skipNewlines();
    let right: StatementAst | undefined = this.statementRule();
    if (right === undefined) {
      this.incompleteAt(after(assign), 'ExpectedValueExpression', tokenKindText(assign.kind));
      right = this.errorStatement(after(assign));
    }
    const operator = ASSIGNMENT_OPERATORS[assign.kind];
    this.checkAssignable(left, operator === '=', (invalid) => this.semanticErrors.push([rangeOf(invalid), 'InvalidLeftHandSide']));
    if (operator === undefined) {
      this.notSupportedAt(rangeOf(assign), 'NullCoalescingAssignmentNotSupported');
      return this.errorStatement([startOf(left), endOf(right)]);
    }
    return { kind: 'AssignmentStatement', extent: this.extentOf(left, right), left, operator, right };
  }

  // G  pipeline:
  // G      expression   redirections:opt   pipeline-tail:opt
  // G      command   pipeline-tail:opt
  // G  pipeline-tail:
  // G      new-lines:opt   '|'   new-lines:opt   command   pipeline-tail:opt
  protected pipelineRule(startExpression: ExpressionAst | undefined, expressionTried = false): PipelineAst | undefined {
    const elements: CommandBaseAst[] = [];
    let pipe: ScannedToken | undefined;
    let expr = startExpression;
    let tryExpression = !expressionTried;
    for (;;) {
      if (expr === undefined && tryExpression) {
        const oldMode = this.tokenizer.mode;
        try {
          this.setTokenizerMode(TokenizerMode.Expression);
          expr = this.expressionRule();
        } finally {
          this.setTokenizerMode(oldMode);
        }
      }
      let element: CommandBaseAst | undefined;
      if (expr !== undefined) {
        if (elements.length > 0) this.errorAt(rangeOf(expr), 'ExpressionsMustBeFirstInPipeline');
        const redirections: RedirectionAst[] = [];
        let end = endOf(expr);
        for (let token = this.peekToken(); token.isRedirection; token = this.peekToken()) {
          this.skipToken();
          const redirection = this.redirectionRule(token, redirections);
          if (redirection !== undefined) end = endOf(redirection);
        }
        element = {
          kind: 'CommandExpression', extent: this.extent(startOf(expr), end), expression: expr, redirections,
        } satisfies CommandExpressionAst;
      } else {
        element = this.commandRule();
      }
      if (element !== undefined) {
        elements.push(element);
      } else if (elements.length > 0 || this.peekToken().kind === TokenKind.Pipe) {
        this.incompleteAt(pipe !== undefined ? after(pipe) : rangeOf(this.peekToken()), 'EmptyPipeElement');
      }
      expr = undefined;
      tryExpression = true;
      let next = this.peekToken();
      if (next.kind === TokenKind.NewLine && this.tokenizer.isPipeContinuation(next.end)) {
        this.skipNewlines();
        next = this.peekToken();
      }
      if (next.kind === TokenKind.Pipe) {
        pipe = next;
        this.skipToken();
        this.skipNewlines();
        if (this.peekToken().kind === TokenKind.EndOfInput) {
          this.incompleteAt(after(next), 'EmptyPipeElement');
          break;
        }
        continue;
      }
      switch (next.kind) {
        case TokenKind.Semi:
        case TokenKind.NewLine:
        case TokenKind.RParen:
        case TokenKind.RCurly:
        case TokenKind.EndOfInput:
        case TokenKind.AndAnd:
        case TokenKind.OrOr:
        case TokenKind.Ampersand:
          break;
        default:
          this.errorAt(rangeOf(next), 'UnexpectedToken', next.text);
      }
      break;
    }
    if (elements.length === 0) return undefined;
    return { kind: 'Pipeline', extent: this.extentOf(elements[0]!, elements[elements.length - 1]!), pipelineElements: elements };
  }

  // G  redirection:
  // G      merging-redirection-operator
  // G      file-redirection-operator   redirected-file-name
  // G  redirected-file-name:
  // G      command-argument
  // G      primary-expression
  private redirectionRule(token: ScannedToken, seen: RedirectionAst[]): RedirectionAst | undefined {
    let result: RedirectionAst;
    if (token.kind === TokenKind.MergingRedirection) {
      if (token.toStream !== 1 || token.fromStream === token.toStream) this.errorAt(rangeOf(token), 'RedirectionNotSupported', token.text);
      result = {
        kind: 'Redirection', extent: token.extent, fromStream: streamOf(token.fromStream), toStream: 1, append: false,
      };
    } else {
      let file = this.getSingleCommandArgument(CommandArgumentContext.FileName);
      if (file === undefined) {
        this.errorAt(after(token), 'MissingFileSpecification');
        file = this.errorExpression(rangeOf(token));
      }
      if (token.kind === TokenKind.RedirectInStd) {
        this.errorAt(rangeOf(token), 'RedirectionNotSupported', token.text);
        return undefined;
      }
      result = {
        kind: 'Redirection', extent: this.extentOf(token, file), fromStream: streamOf(token.fromStream), file,
        append: token.append,
      };
    }
    const duplicate = seen.find((r) => r.fromStream === result.fromStream);
    if (duplicate !== undefined) {
      this.errorAt(rangeOf(result), 'StreamAlreadyRedirected', STREAM_NAMES[token.fromStream]!);
    } else {
      seen.push(result);
    }
    return result;
  }

  protected getSingleCommandArgument(context: CommandArgumentContext): ExpressionAst | undefined {
    const peek = this.peekToken().kind;
    if (peek === TokenKind.Comma || peek === TokenKind.EndOfInput) return undefined;
    const oldMode = this.tokenizer.mode;
    try {
      this.setTokenizerMode(TokenizerMode.Command);
      return this.getCommandArgument(context, this.nextToken());
    } finally {
      this.setTokenizerMode(oldMode);
    }
  }

  /** One command argument (or, in argument context, a comma-separated list of them as an array). */
  private getCommandArgument(context: CommandArgumentContext, first: ScannedToken): ExpressionAst | undefined {
    let token = first;
    let list: ExpressionAst[] | undefined;
    let comma: ScannedToken | undefined;
    let expr: ExpressionAst;
    for (;;) {
      if (endsCommand(token.kind) || token.isRedirection || token.kind === TokenKind.MinusMinus
        || token.kind === TokenKind.Comma) {
        this.ungetToken(token);
        if (comma === undefined) return undefined;
        this.incompleteAt(after(comma), 'MissingExpression', ',');
        return this.errorExpression([startOf(list![0]!), comma.end]);
      }
      switch (token.kind) {
        case TokenKind.Variable:
        case TokenKind.SplattedVariable:
        case TokenKind.Number:
        case TokenKind.StringLiteral:
        case TokenKind.StringExpandable:
        case TokenKind.HereStringLiteral:
        case TokenKind.HereStringExpandable:
        case TokenKind.LParen:
        case TokenKind.DollarParen:
        case TokenKind.AtParen:
        case TokenKind.AtCurly:
        case TokenKind.LCurly:
          this.ungetToken(token);
          expr = this.primaryExpressionRule(true)!;
          break;
        case TokenKind.Generic:
          if ((context & CommandArgumentContext.CommandName) !== 0) token.flags |= TokenFlags.CommandName;
          expr = token.parts !== undefined && context !== CommandArgumentContext.CommandName
            ? this.stringExpression(token)
            : this.bareWord(token, token.value);
          break;
        default:
          // A keyword or operator where an argument belongs is just a word (pwsh's Token.SetIsCommandArgument).
          token.flags &= ~TokenFlags.Keyword;
          if ((context & CommandArgumentContext.CommandName) !== 0) token.flags |= TokenFlags.CommandName;
          else if (token.kind !== TokenKind.Identifier) token.kind = TokenKind.Generic;
          expr = this.bareWord(token);
          break;
      }
      if (context !== CommandArgumentContext.CommandArgument) break;
      token = this.peekToken();
      if (token.kind !== TokenKind.Comma) break;
      comma = token;
      (list ??= []).push(expr);
      this.skipToken();
      this.skipNewlines();
      token = this.nextToken();
    }
    if (list === undefined) {
      // `@x` directly as an argument is the one place splatting is allowed.
      this.strayedSplats?.delete(expr);
      return expr;
    }
    list.push(expr);
    for (const element of list) {
      if (element.kind === 'VariableExpression' && element.splatted && this.strayedSplats?.delete(element) === true) {
        this.semanticErrors.push([rangeOf(element), 'SplattingNotPermittedInArgumentList', element.variablePath.userPath]);
      }
    }
    return { kind: 'ArrayLiteral', extent: this.extentOf(list[0]!, expr), elements: list };
  }

  // G  command:
  // G      command-name   command-elements:opt
  // G      command-invocation-operator   command-name-expr   command-elements:opt
  // G  command-invocation-operator:  one of   '&'   '.'
  // G  command-element:
  // G      command-parameter  |  command-argument  |  redirection
  protected commandRule(): CommandAst | undefined {
    const elements: CommandElementAst[] = [];
    const redirections: RedirectionAst[] = [];
    let invocationOperator: '&' | '.' | undefined;
    let first: ScannedToken;
    let end: number;
    let sawDashDash = false;
    const oldMode = this.tokenizer.mode;
    try {
      this.setTokenizerMode(TokenizerMode.Command);
      let token = this.nextToken();
      first = token;
      end = token.end;
      let context = CommandArgumentContext.CommandName;
      if (token.kind === TokenKind.Dot || token.kind === TokenKind.Ampersand) {
        invocationOperator = token.kind === TokenKind.Dot ? '.' : '&';
        token = this.nextToken();
        context = CommandArgumentContext.CommandNameAfterInvocationOperator;
      }
      let scanning = true;
      while (scanning) {
        let element: CommandElementAst | undefined;
        if (endsCommand(token.kind)) {
          this.ungetToken(token);
          scanning = false;
          continue;
        }
        switch (token.kind) {
          case TokenKind.MinusMinus:
            // pwsh: the first `--` ends parameter recognition and is not passed on; later ones are arguments.
            end = token.end;
            if (sawDashDash) element = this.bareWord(token);
            sawDashDash = true;
            break;
          case TokenKind.Comma:
            end = token.end;
            this.errorAt(rangeOf(token), 'MissingArgument');
            this.skipNewlines();
            break;
          case TokenKind.Parameter:
            if ((context & CommandArgumentContext.CommandName) !== 0 || sawDashDash) {
              token.flags |= TokenFlags.CommandName;
              element = this.bareWord(token);
            } else {
              element = this.parameterElement(token);
            }
            break;
          case TokenKind.Redirection:
          case TokenKind.MergingRedirection:
          case TokenKind.RedirectInStd:
            if ((context & CommandArgumentContext.CommandName) === 0) {
              const redirection = this.redirectionRule(token, redirections);
              end = redirection !== undefined ? endOf(redirection) : token.end;
            } else {
              element = this.bareWord(token);
            }
            break;
          default:
            element = this.getCommandArgument(context, token);
            break;
        }
        if (element !== undefined) {
          elements.push(element);
          end = endOf(element);
        }
        context = CommandArgumentContext.CommandArgument;
        token = this.nextToken();
      }
    } finally {
      this.setTokenizerMode(oldMode);
    }
    if (elements.length === 0) {
      if (invocationOperator !== undefined) this.errorAt(rangeOf(first), 'MissingExpression', first.text);
      return undefined;
    }
    const command: CommandAst = invocationOperator === undefined
      ? { kind: 'Command', extent: this.extent(first.start, end), commandElements: elements, redirections }
      : { kind: 'Command', extent: this.extent(first.start, end), commandElements: elements, invocationOperator, redirections };
    return command;
  }

  /** `-Name`, or `-Name:value` / `-Name: value` with the argument attached. */
  private parameterElement(token: ScannedToken): CommandParameterAst {
    if (token.usedColon && this.peekToken().kind !== TokenKind.Comma) {
      const argument = this.getCommandArgument(CommandArgumentContext.CommandArgument, this.nextToken());
      if (argument === undefined) {
        this.errorAt(after(token), 'ParameterRequiresArgument', token.text);
      } else {
        return { kind: 'CommandParameter', extent: this.extentOf(token, argument), parameterName: token.value, argument };
      }
    }
    return { kind: 'CommandParameter', extent: token.extent, parameterName: token.value };
  }
}

/** Tokens that end a command (and are never an argument): `|`, `}`, `)`, `;`, newline, `&&`, `||`, `&`, end. */
function endsCommand(kind: TokenKind): boolean {
  switch (kind) {
    case TokenKind.Pipe:
    case TokenKind.RCurly:
    case TokenKind.RParen:
    case TokenKind.EndOfInput:
    case TokenKind.NewLine:
    case TokenKind.Semi:
    case TokenKind.AndAnd:
    case TokenKind.OrOr:
    case TokenKind.Ampersand:
      return true;
    default:
      return false;
  }
}

function streamOf(stream: number): RedirectionAst['fromStream'] {
  return stream === 0 ? '*' : (stream as 1 | 2 | 3 | 4 | 5 | 6);
}

const STREAM_NAMES: Readonly<Record<number, string>> = {
  0: ParserStrings.AllStream, 1: ParserStrings.OutputStream, 2: ParserStrings.ErrorStream, 3: ParserStrings.WarningStream,
  4: ParserStrings.VerboseStream, 5: ParserStrings.DebugStream, 6: ParserStrings.InformationStream,
};
