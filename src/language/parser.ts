/**
 * The PowerShell parser: recursive descent over the pull tokenizer, one `xxxRule()` per grammar production as in
 * pwsh's Parser.cs. This file holds script blocks, param blocks, statement lists, the statement dispatcher and
 * function definitions; the other rules live in the parser-*.ts base classes.
 */
// pwsh: engine/parser/Parser.cs.

import type {
  AttributeAst, FunctionDefinitionAst, NamedBlockAst, ParamBlockAst, ParameterAst, ScriptBlockAst, SourceText, StatementAst,
  StatementBlockAst, TypeConstraintAst,
} from './ast.js';
import type { ParseError } from './parse-error.js';
import { after, before, endOf, type Range, rangeOf, startOf } from './parser-core.js';
import { BOUNDARY } from './parser-primary.js';
import { StatementParser } from './parser-statements.js';
import type { ScannedToken } from './scanned-token.js';
import { ParserStrings } from './strings/ParserStrings.js';
import { TokenFlags, TokenKind, tokenKindText } from './token.js';
import { TokenizerMode } from './tokenizer.js';

/** What one parse produced. */
export interface ParserOutput {
  readonly ast: ScriptBlockAst;
  readonly tokens: readonly ScannedToken[];
  readonly errors: readonly ParseError[];
}

/** Parses one source text; create one per parse. */
export class Parser extends StatementParser {
  constructor(private readonly source: SourceText) {
    super(source);
  }

  /** Parses the whole text as a script block. Throws only on a bug, never on user input. */
  parse(): ParserOutput {
    const ast = this.scriptBlockRule(undefined);
    for (const splat of this.strayedSplats ?? []) {
      if (splat.kind === 'VariableExpression') {
        this.semanticErrors.push([rangeOf(splat), 'SplattingNotPermitted', splat.variablePath.userPath]);
      }
    }
    this.semanticErrors.sort((a, b) => a[0][0] - b[0][0]);
    for (const [range, errorId, ...args] of this.semanticErrors) this.errorAt(range, errorId, ...args);
    // pcsh-only "not supported yet" errors show only when pwsh would accept the text.
    const errors = this.errors.length > 0 ? this.errors : this.unsupported;
    return { ast, tokens: this.tokens, errors };
  }

  /**
   * The result when the input nests too deeply for the call stack (pwsh's InsufficientExecutionStackException
   * path): one ScriptTooComplicated error at the token being scanned, and an empty script block.
   */
  tooComplicated(): ParserOutput {
    const [start, end] = this.tokenizer.currentRange();
    const error: ParseError = {
      extent: this.extent(start, end), errorId: 'ScriptTooComplicated', message: ParserStrings.ScriptTooComplicated,
      incompleteInput: false,
    };
    const ast: ScriptBlockAst = { kind: 'ScriptBlock', extent: this.extent(0, this.source.text.length), statements: [] };
    return { ast, tokens: [], errors: [error] };
  }

  // G  script-block:
  // G      param-block:opt   statement-terminators:opt   script-block-body:opt
  protected scriptBlockRule(lCurly: ScannedToken | undefined): ScriptBlockAst {
    this.flowContexts.push(BOUNDARY);
    try {
      return this.scriptBlockContentRule(lCurly);
    } finally {
      this.flowContexts.pop();
    }
  }

  private scriptBlockContentRule(lCurly: ScannedToken | undefined): ScriptBlockAst {
    this.skipNewlines();
    const restorePoint = this.ungotToken === undefined ? this.tokenizer.getRestorePoint() : this.ungotToken.start;
    const paramBlock = this.paramBlockRule();
    // Rescan what a failed param block consumed (attributes, 'param'); a merely peeked token can stay.
    if (paramBlock === undefined && this.ungotToken?.start !== restorePoint) this.resync(restorePoint);
    this.skipNewlinesAndSemicolons();
    return this.scriptBlockBodyRule(lCurly, paramBlock);
  }

  // G  param-block:
  // G      new-lines:opt   attribute-list:opt   new-lines:opt   'param'   new-lines:opt
  // G          '('   parameter-list:opt   new-lines:opt   ')'
  private paramBlockRule(): ParamBlockAst | undefined {
    this.skipNewlines();
    const candidates = this.attributeListRule(false);
    this.skipNewlines();
    const paramToken = this.peekToken();
    if (paramToken.kind !== TokenKind.Param) return undefined;
    this.skipToken();
    this.skipNewlines();
    const lParen = this.nextToken();
    if (lParen.kind !== TokenKind.LParen) {
      // Not an error: this is a command named 'param'.
      this.ungetToken(lParen);
      return undefined;
    }
    const parameters = this.parameterListRule();
    this.checkDuplicateParameters(parameters);
    this.skipNewlines();
    const rParen = this.nextToken();
    let end = rParen.end;
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      end = before(rParen)[1];
      const last = parameters[parameters.length - 1];
      this.incompleteAt(after(last ?? lParen), 'MissingEndParenthesisInFunctionParameterList');
    }
    const attributes: AttributeAst[] = [];
    for (const candidate of candidates ?? []) {
      if (candidate.kind === 'Attribute') attributes.push(candidate);
      else this.errorAt(rangeOf(candidate), 'TypeNotAllowedBeforeParam', candidate.typeName);
    }
    const extent = this.extent(paramToken.start, Math.max(end, paramToken.end));
    return attributes.length === 0
      ? { kind: 'ParamBlock', extent, parameters }
      : { kind: 'ParamBlock', extent, attributes, parameters };
  }

  /** pwsh's semantic check: a parameter name appears once per list (ignoring case). */
  // pwsh: SemanticChecks.CheckForDuplicateParameters.
  private checkDuplicateParameters(parameters: readonly ParameterAst[]): void {
    const seen = new Set<string>();
    for (const parameter of parameters) {
      const name = parameter.name.variablePath.userPath;
      if (seen.has(name.toLowerCase())) this.semanticErrors.push([rangeOf(parameter.name), 'DuplicateFormalParameter', name]);
      else seen.add(name.toLowerCase());
    }
  }

  // G  parameter-list:
  // G      script-parameter
  // G      parameter-list   new-lines:opt   ','   script-parameter
  protected parameterListRule(): ParameterAst[] {
    const parameters: ParameterAst[] = [];
    let comma: ScannedToken | undefined;
    for (;;) {
      const parameter = this.parameterRule();
      if (parameter === undefined) {
        if (comma !== undefined) this.incompleteAt(after(comma), 'MissingExpressionAfterToken', ',');
        break;
      }
      parameters.push(parameter);
      this.skipNewlines();
      comma = this.peekToken();
      if (comma.kind !== TokenKind.Comma) break;
      this.skipToken();
    }
    return parameters;
  }

  // G  script-parameter:
  // G      new-lines:opt   attribute-list:opt   new-lines:opt   variable   script-parameter-default:opt
  // G  script-parameter-default:
  // G      new-lines:opt   '='   new-lines:opt   expression
  private parameterRule(): ParameterAst | undefined {
    const oldDisableComma = this.disableCommaOperator;
    const oldMode = this.tokenizer.mode;
    let attributes: (TypeConstraintAst | AttributeAst)[] | undefined;
    let variableToken: ScannedToken;
    let defaultValue;
    try {
      this.disableCommaOperator = true;
      this.setTokenizerMode(TokenizerMode.Expression);
      this.skipNewlines();
      attributes = this.attributeListRule(false);
      this.skipNewlines();
      const token = this.nextToken();
      if (token.kind !== TokenKind.Variable && token.kind !== TokenKind.SplattedVariable) {
        this.ungetToken(token);
        if (attributes !== undefined) {
          const last = attributes[attributes.length - 1]!;
          this.incompleteAt(after(last), 'InvalidFunctionParameter');
          this.syncOnError(true, TokenKind.RParen);
          const extent = this.extentOf(attributes[0]!, last);
          const name = { kind: 'VariableExpression' as const, extent, variablePath: { userPath: '__error__', name: '__error__' }, splatted: false };
          return { kind: 'Parameter', extent, name, attributes };
        }
        return undefined;
      }
      variableToken = token;
      this.skipNewlines();
      const equals = this.peekToken();
      if (equals.kind === TokenKind.Equals) {
        this.skipToken();
        this.skipNewlines();
        defaultValue = this.expressionRule();
        if (defaultValue === undefined) this.incompleteAt(after(equals), 'MissingExpressionAfterToken', '=');
      }
    } finally {
      this.disableCommaOperator = oldDisableComma;
      this.setTokenizerMode(oldMode);
    }
    const start = attributes === undefined ? variableToken.start : startOf(attributes[0]!);
    const end = defaultValue === undefined ? variableToken.end : endOf(defaultValue);
    const extent = this.extent(start, end);
    const name = this.variable(variableToken);
    return defaultValue === undefined
      ? { kind: 'Parameter', extent, name, attributes: attributes ?? [] }
      : { kind: 'Parameter', extent, name, attributes: attributes ?? [], defaultValue };
  }

  // G  script-block-body:
  // G      named-block-list
  // G      statement-list
  private scriptBlockBodyRule(lCurly: ScannedToken | undefined, paramBlock: ParamBlockAst | undefined): ScriptBlockAst {
    const first = this.peekToken();
    if ((first.flags & TokenFlags.ScriptBlockBlockName) !== 0) return this.namedBlockListRule(lCurly, paramBlock);
    const statements: StatementAst[] = [];
    let fullRange: Range;
    for (;;) {
      this.statementListRule(statements);
      const done = this.completeScriptBlockBody(lCurly);
      if (done !== undefined) {
        fullRange = done;
        break;
      }
    }
    const extent = this.rangeExtent(fullRange);
    return paramBlock === undefined
      ? { kind: 'ScriptBlock', extent, statements }
      : { kind: 'ScriptBlock', extent, paramBlock, statements };
  }

  /** Consumes the closing `}` (or end of input at top level); returns the block's range, or undefined to go on. */
  private completeScriptBlockBody(lCurly: ScannedToken | undefined): Range | undefined {
    const token = this.nextToken();
    if (lCurly !== undefined) {
      if (token.kind !== TokenKind.RCurly) {
        this.ungetToken(token);
        this.incompleteDetectedAt(rangeOf(lCurly), token, 'MissingEndCurlyBrace');
        return [lCurly.start, Math.max(before(token)[1], lCurly.end)];
      }
      return [lCurly.start, token.end];
    }
    if (token.kind !== TokenKind.EndOfInput) {
      this.errorAt(rangeOf(token), 'UnexpectedToken', token.text);
      return undefined;
    }
    return [0, this.source.text.length];
  }

  // G  named-block-list:
  // G      named-block
  // G      named-block-list   named-block
  // G  named-block:
  // G      statement-terminators:opt   block-name   statement-block
  // G  block-name:  one of
  // G      'dynamicparam'   'begin'   'process'   'end'   'clean'
  // pcsh runs begin, process and end; 'dynamicparam' and 'clean' are parsed, then reported as not supported.
  private namedBlockListRule(lCurly: ScannedToken | undefined, paramBlock: ParamBlockAst | undefined): ScriptBlockAst {
    const start = lCurly?.start ?? (paramBlock !== undefined ? startOf(paramBlock) : 0);
    let end = start;
    let range: Range | undefined;
    const blocks: { begin?: NamedBlockAst; process?: NamedBlockAst; end?: NamedBlockAst } = {};
    const seen = new Set<TokenKind>();
    for (;;) {
      const blockName = this.nextToken();
      if (blockName.kind === TokenKind.RCurly || blockName.kind === TokenKind.EndOfInput) {
        this.ungetToken(blockName);
        range = this.completeScriptBlockBody(lCurly);
        break;
      }
      if ((blockName.flags & TokenFlags.ScriptBlockBlockName) === 0) {
        // Inside `{ }` pretend the block ended here; in a script file, eat the token. No closing '}' is sought.
        if (lCurly !== undefined) this.ungetToken(blockName);
        this.errorAt(rangeOf(blockName), 'MissingNamedBlocks', blockName.text);
        range = lCurly !== undefined ? [start, end] : [0, this.source.text.length];
        break;
      }
      const body = this.statementBlockRule();
      if (body === undefined) {
        this.incompleteAt(after(blockName), 'MissingNamedStatementBlock', tokenKindText(blockName.kind));
        end = blockName.end;
      } else {
        end = endOf(body);
      }
      const name = tokenKindText(blockName.kind);
      if (seen.has(blockName.kind)) {
        this.errorAt([blockName.start, end], 'DuplicateScriptCommandClause', name);
      } else if (name === 'begin' || name === 'process' || name === 'end') {
        blocks[name] = { kind: 'NamedBlock', extent: this.extent(blockName.start, end), blockKind: name, unnamed: false, statements: body?.statements ?? [] };
      } else {
        this.notSupportedAt(rangeOf(blockName), 'NamedBlockNotSupported', name);
      }
      seen.add(blockName.kind);
      this.skipNewlinesAndSemicolons();
    }
    const extent = this.rangeExtent(range ?? [start, end]);
    return {
      kind: 'ScriptBlock',
      extent,
      ...(paramBlock === undefined ? {} : { paramBlock }),
      statements: blocks.end?.statements ?? [],
      ...(blocks.begin === undefined ? {} : { beginBlock: blocks.begin }),
      ...(blocks.process === undefined ? {} : { processBlock: blocks.process }),
      ...(blocks.end === undefined ? {} : { endBlock: blocks.end }),
    };
  }

  // G  statement-block:
  // G      new-lines:opt   '{'   statement-list:opt   new-lines:opt   '}'
  protected statementBlockRule(): StatementBlockAst | undefined {
    this.skipNewlines();
    const lCurly = this.nextToken();
    if (lCurly.kind !== TokenKind.LCurly) {
      this.ungetToken(lCurly);
      return undefined;
    }
    const statements: StatementAst[] = [];
    const listRange = this.statementListRule(statements);
    const rCurly = this.nextToken();
    let end: number;
    if (rCurly.kind !== TokenKind.RCurly) {
      this.ungetToken(rCurly);
      end = listRange?.[1] ?? lCurly.end;
      this.incompleteDetectedAt(rangeOf(lCurly), rCurly, 'MissingEndCurlyBrace');
    } else {
      end = rCurly.end;
    }
    return { kind: 'StatementBlock', extent: this.extent(lCurly.start, end), statements };
  }

  // G  statement-list:
  // G      statement
  // G      statement-list   statement
  protected statementListRule(statements: StatementAst[]): Range | undefined {
    let first: StatementAst | undefined;
    let last: StatementAst | undefined;
    this.skipNewlinesAndSemicolons();
    for (;;) {
      const statement = this.statementRule();
      if (statement === undefined) break;
      statements.push(statement);
      first ??= statement;
      last = statement;
      this.skipNewlinesAndSemicolons();
      const token = this.peekToken();
      if (token.kind === TokenKind.RParen || token.kind === TokenKind.RCurly) break;
    }
    return first === undefined ? undefined : [startOf(first), endOf(last!)];
  }

  // G  statement:
  // G      if-statement  |  label:opt labeled-statement  |  function-statement  |  flow-control-statement
  // G      try-statement  |  pipeline-chain   statement-terminator
  protected statementRule(): StatementAst | undefined {
    let token = this.nextToken();
    let restorePoint = 0;
    let attributes: ReturnType<StatementParser['attributeListRule']>;
    if (token.kind === TokenKind.Generic && token.text.charCodeAt(0) === 0x5b) {
      restorePoint = token.start;
      this.resync(token.start);
      attributes = this.attributeListRule(false);
      token = this.nextToken();
      if (attributes !== undefined) {
        if ((token.flags & TokenFlags.StatementDoesntSupportAttributes) !== 0) {
          if (attributes.some((a) => a.kind === 'TypeConstraint')) {
            this.resync(restorePoint);
            token = this.nextToken();
          } else {
            this.errorAt(rangeOf(attributes[0]!), 'UnexpectedAttribute', attributes[0]!.typeName);
          }
        } else if ((token.flags & TokenFlags.Keyword) !== 0) {
          const type = attributes.find((a) => a.kind === 'TypeConstraint');
          if (type !== undefined) this.errorAt(rangeOf(type), 'TypeNotAllowedBeforeStatement', type.typeName);
        } else {
          this.resync(restorePoint);
          token = this.nextToken();
        }
      }
    }
    switch (token.kind) {
      case TokenKind.If: return this.ifStatementRule(token);
      case TokenKind.Switch: return this.switchStatementRule(undefined, token);
      case TokenKind.Foreach: return this.foreachStatementRule(undefined, token);
      case TokenKind.For: return this.forStatementRule(undefined, token);
      case TokenKind.While: return this.whileStatementRule(undefined, token);
      case TokenKind.Do: return this.doStatementRule(undefined, token);
      case TokenKind.Function:
      case TokenKind.Filter:
      case TokenKind.Workflow:
        return this.functionDeclarationRule(token);
      case TokenKind.Return:
      case TokenKind.Throw:
      case TokenKind.Exit:
        return this.pipelineStatementRule(token);
      case TokenKind.Break:
      case TokenKind.Continue:
        return this.breakOrContinueRule(token);
      case TokenKind.Try: return this.tryStatementRule(token);
      case TokenKind.From:
      case TokenKind.Define:
      case TokenKind.Var:
        this.errorAt(rangeOf(token), 'ReservedKeywordNotAllowed', tokenKindText(token.kind));
        return this.errorStatement(rangeOf(token));
      case TokenKind.Trap:
      case TokenKind.Data:
      case TokenKind.Parallel:
      case TokenKind.Sequence:
      case TokenKind.Configuration:
      case TokenKind.Class:
      case TokenKind.Enum:
      case TokenKind.Using:
        return this.unsupportedStatement(token);
      case TokenKind.Label:
        this.skipNewlines();
        return this.labeledStatementRule(token);
      case TokenKind.EndOfInput:
        if (attributes !== undefined) {
          this.resync(restorePoint);
          return this.pipelineChainRule();
        }
        this.ungetToken(token);
        return undefined;
      case TokenKind.Else:
      case TokenKind.ElseIf:
      case TokenKind.Catch:
      case TokenKind.Until:
        if (this.errors.length > 0) {
          this.skipNewlines();
          return this.statementRule();
        }
        break;
      default:
        break;
    }
    if (attributes !== undefined) this.resync(restorePoint);
    else this.ungetToken(token);
    return this.pipelineChainRule();
  }

  /** A keyword pcsh does not implement: reported, and the rest of its statement skipped. */
  private unsupportedStatement(token: ScannedToken): StatementAst {
    this.notSupportedAt(rangeOf(token), 'KeywordNotSupported', tokenKindText(token.kind));
    const oldMode = this.tokenizer.mode;
    let end = token.end;
    try {
      this.setTokenizerMode(TokenizerMode.Command);
      for (;;) {
        const next = this.peekToken();
        if (next.kind === TokenKind.EndOfInput || next.kind === TokenKind.NewLine || next.kind === TokenKind.Semi
          || next.kind === TokenKind.RCurly || next.kind === TokenKind.RParen) {
          break;
        }
        this.skipToken();
        if (next.kind === TokenKind.LCurly) {
          this.syncOnError(true, TokenKind.RCurly);
          end = this.tokens.length > 0 ? this.tokens[this.tokens.length - 1]!.end : next.end;
          break;
        }
        end = next.end;
      }
    } finally {
      this.setTokenizerMode(oldMode);
    }
    return this.errorStatement([token.start, Math.max(end, token.end)]);
  }

  // G  function-statement:
  // G      'function'   new-lines:opt   function-name   function-parameter-declaration:opt   '{'   script-block   '}'
  // G  function-parameter-declaration:
  // G      new-lines:opt   '('   parameter-list   new-lines:opt   ')'
  private functionDeclarationRule(functionToken: ScannedToken): StatementAst {
    this.skipNewlines();
    const nameToken = this.nextToken();
    switch (nameToken.kind) {
      case TokenKind.Pipe:
      case TokenKind.LParen:
      case TokenKind.LCurly:
      case TokenKind.AtParen:
      case TokenKind.AtCurly:
      case TokenKind.RCurly:
      case TokenKind.RParen:
      case TokenKind.EndOfInput:
      case TokenKind.Semi:
      case TokenKind.Redirection:
      case TokenKind.MergingRedirection:
      case TokenKind.RedirectInStd:
      case TokenKind.AndAnd:
      case TokenKind.OrOr:
      case TokenKind.Ampersand:
      case TokenKind.Variable:
      case TokenKind.SplattedVariable:
      case TokenKind.HereStringExpandable:
      case TokenKind.HereStringLiteral:
      case TokenKind.StringLiteral:
      case TokenKind.StringExpandable:
        this.ungetToken(nameToken);
        this.incompleteAt(after(functionToken), 'MissingNameAfterKeyword', functionToken.text);
        return this.errorStatement(rangeOf(functionToken));
      default:
        break;
    }
    nameToken.flags &= ~TokenFlags.Keyword;
    let parameters: ParameterAst[] | undefined;
    let rParen: ScannedToken | undefined;
    let endError: number | undefined;
    this.skipNewlines();
    const lParen = this.peekToken();
    if (lParen.kind === TokenKind.LParen) {
      this.skipToken();
      parameters = this.parameterListRule();
      this.checkDuplicateParameters(parameters);
      this.skipNewlines();
      rParen = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        const last = parameters[parameters.length - 1];
        endError = last !== undefined ? endOf(last) : lParen.end;
        this.incompleteAt([endError, endError], 'MissingEndParenthesisInFunctionParameterList');
        rParen = undefined;
      }
      this.skipNewlines();
    }
    const lCurly = this.nextToken();
    if (lCurly.kind !== TokenKind.LCurly) {
      this.ungetToken(lCurly);
      if (endError === undefined) {
        endError = (rParen ?? nameToken).end;
        this.incompleteAt([endError, endError], 'MissingFunctionBody');
      }
    }
    if (endError !== undefined) return this.errorStatement([functionToken.start, endError]);
    let body = this.scriptBlockRule(lCurly);
    if (functionToken.kind === TokenKind.Filter) body = filterBody(body);
    else if (functionToken.kind !== TokenKind.Function) {
      this.notSupportedAt(rangeOf(functionToken), 'KeywordNotSupported', tokenKindText(functionToken.kind));
    }
    if (parameters !== undefined && body.paramBlock !== undefined) {
      this.errorAt(rangeOf(body.paramBlock), 'OnlyOneParameterListAllowed');
    }
    const name = nameToken.kind === TokenKind.Generic ? nameToken.value : nameToken.text;
    const definition: FunctionDefinitionAst = {
      kind: 'FunctionDefinition', extent: this.extentOf(functionToken, body), name,
      parameters: parameters ?? body.paramBlock?.parameters ?? [], body,
    };
    return definition;
  }
}

/** A filter's body without named blocks is its process block (pwsh's ScriptBlockAst constructor with isFilter). */
function filterBody(body: ScriptBlockAst): ScriptBlockAst {
  if (body.beginBlock !== undefined || body.processBlock !== undefined || body.endBlock !== undefined) return body;
  const processBlock: NamedBlockAst = { kind: 'NamedBlock', extent: body.extent, blockKind: 'process', unnamed: true, statements: body.statements };
  return { ...body, statements: [], processBlock };
}
