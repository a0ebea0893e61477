/**
 * Attribute and type-name rules: `[int]`, `[string[]]`, `[System.Collections.Generic.List[string]]`,
 * `[Parameter(Mandatory)]`.
 */
// pwsh: engine/parser/Parser.cs (AttributeListRule, AttributeRule, AttributeArgumentsRule, TypeNameRule and the
// generic/array type-name rules).

import type { AttributeAst, ExpressionAst, TypeConstraintAst } from './ast.js';
import { after, before, endOf, ParserCore, rangeOf } from './parser-core.js';
import type { ScannedToken } from './scanned-token.js';
import { TokenFlags, TokenKind } from './token.js';
import { TokenizerMode } from './tokenizer.js';

/** A type name as pwsh's `ITypeName.FullName` spells it, with where it was written. */
export interface TypeNameInfo {
  readonly fullName: string;
  readonly start: number;
  readonly end: number;
}

/** A parsed `[...]`: an attribute with arguments or a type constraint. */
export type AttributeOrType = AttributeAst | TypeConstraintAst;

/** Rules for attributes and type literals; expressions come from the subclass. */
export abstract class TypeParser extends ParserCore {
  protected abstract expressionRule(endNumberOnTernaryOpChars?: boolean): ExpressionAst | undefined;

  // G  attribute-list:
  // G      attribute
  // G      attribute-list   attribute
  protected attributeListRule(inExpressionMode: boolean): AttributeOrType[] | undefined {
    let attributes: AttributeOrType[] | undefined;
    let attribute = this.attributeRule();
    while (attribute !== undefined) {
      (attributes ??= []).push(attribute);
      if (!inExpressionMode || attribute.kind === 'Attribute') this.skipNewlines();
      attribute = this.attributeRule();
    }
    return attributes;
  }

  // G  attribute:
  // G      '['   attribute-name   '('   attribute-arguments   ')'   ']'
  // G      type-literal
  // G  attribute-name:
  // G      type-spec
  protected attributeRule(): AttributeOrType | undefined {
    const lBracket = this.nextLBracket();
    if (lBracket === undefined) return undefined;
    this.skipNewlines();
    const typeName = this.typeNameRule(true);
    if (typeName === undefined) {
      this.resync(lBracket.start);
      this.incompleteAt(after(lBracket), 'MissingTypename');
      return undefined;
    }
    const next = this.nextToken();
    if (next.kind === TokenKind.LParen) return this.attributeArgumentsRule(lBracket, typeName, next);
    if (next.kind !== TokenKind.RBracket) {
      this.ungetToken(next);
      this.errorAt(before(next), 'EndSquareBracketExpectedAtEndOfAttribute');
      return { kind: 'TypeConstraint', extent: this.extent(lBracket.start, typeName.end), typeName: typeName.fullName };
    }
    return { kind: 'TypeConstraint', extent: this.extentOf(lBracket, next), typeName: typeName.fullName };
  }

  // G  attribute-arguments:
  // G      attribute-argument
  // G      attribute-argument   new-lines:opt   ','   attribute-arguments
  // G  attribute-argument:
  // G      new-lines:opt   expression
  // G      new-lines:opt   property-name   '='   new-lines:opt   expression
  private attributeArgumentsRule(lBracket: ScannedToken, typeName: TypeNameInfo, lParen: ScannedToken): AttributeAst {
    this.skipNewlines();
    const positionalArguments: ExpressionAst[] = [];
    const namedArguments: { readonly name: string; readonly value?: ExpressionAst }[] = [];
    const seen = new Set<string>();
    let lastItemEnd = lParen.end;
    const oldMode = this.tokenizer.mode;
    const oldDisableComma = this.disableCommaOperator;
    try {
      this.setTokenizerMode(TokenizerMode.Expression);
      this.disableCommaOperator = true;
      let comma: ScannedToken | undefined;
      for (;;) {
        this.skipNewlines();
        const name = this.simpleNameRule();
        if (name !== undefined) {
          let value: ExpressionAst | undefined;
          const equals = this.peekToken();
          if (equals.kind === TokenKind.Equals) {
            this.skipToken();
            this.skipNewlines();
            value = this.expressionRule();
            if (value === undefined) {
              this.incompleteAt(after(equals), 'MissingExpressionInNamedArgument');
              value = this.errorExpression(after(equals));
              this.syncOnError(true, TokenKind.Comma, TokenKind.RParen, TokenKind.RBracket, TokenKind.NewLine);
            }
            lastItemEnd = endOf(value);
          }
          const key = name.value.toLowerCase();
          if (seen.has(key)) this.errorAt(rangeOf(name), 'DuplicateNamedArgument', name.value);
          else {
            seen.add(key);
            namedArguments.push(value === undefined ? { name: name.value } : { name: name.value, value });
          }
        } else {
          const expr = this.expressionRule();
          if (expr !== undefined) {
            positionalArguments.push(expr);
            lastItemEnd = endOf(expr);
          } else if (comma !== undefined) {
            this.incompleteAt(after(comma), 'MissingExpressionAfterToken', ',');
            positionalArguments.push(this.errorExpression(after(comma)));
            lastItemEnd = comma.end;
          }
        }
        this.skipNewlines();
        comma = this.peekToken();
        if (comma.kind !== TokenKind.Comma) break;
        lastItemEnd = comma.end;
        this.skipToken();
      }
    } finally {
      this.disableCommaOperator = oldDisableComma;
      this.setTokenizerMode(oldMode);
    }
    this.skipNewlines();
    let end = lastItemEnd;
    const rParen = this.nextToken();
    let sawRParen = true;
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      sawRParen = false;
      this.incompleteAt([lastItemEnd, lastItemEnd], 'MissingEndParenthesisInExpression');
    } else {
      end = rParen.end;
    }
    this.skipNewlines();
    const rBracket = this.nextToken();
    if (rBracket.kind !== TokenKind.RBracket) {
      this.ungetToken(rBracket);
      if (sawRParen) this.incompleteAt(after(rParen), 'EndSquareBracketExpectedAtEndOfAttribute');
    } else {
      end = rBracket.end;
    }
    return {
      kind: 'Attribute', extent: this.extent(lBracket.start, end), typeName: typeName.fullName, positionalArguments,
      namedArguments,
    };
  }

  // G  type-spec:
  // G      array-type-name    dimension:opt   ']'
  // G      generic-type-name   generic-type-arguments   ']'
  // G      type-name
  // G  type-name:
  // G      type-name-identifier   (letters, digits, '.', '`', '_', '+')
  protected typeNameRule(allowAssemblyQualifiedNames: boolean): TypeNameInfo | undefined {
    const oldMode = this.tokenizer.mode;
    try {
      this.setTokenizerMode(TokenizerMode.TypeName);
      const name = this.nextToken();
      if (name.kind !== TokenKind.Identifier) {
        this.ungetToken(name);
        return undefined;
      }
      return this.finishTypeNameRule(name, false, allowAssemblyQualifiedNames);
    } finally {
      this.setTokenizerMode(oldMode);
    }
  }

  private finishTypeNameRule(name: ScannedToken, unbracketedGenericArg: boolean, allowAssembly: boolean): TypeNameInfo {
    name.flags |= TokenFlags.TypeName;
    const simple: TypeNameInfo = { fullName: name.text, start: name.start, end: name.end };
    const token = this.peekToken();
    if (token.kind === TokenKind.LBracket) {
      this.skipToken();
      this.skipNewlines();
      const first = this.nextToken();
      switch (first.kind) {
        case TokenKind.RBracket:
        case TokenKind.Comma:
          return this.completeArrayTypeName(simple, first, unbracketedGenericArg);
        case TokenKind.LBracket:
        case TokenKind.Identifier:
          return this.genericTypeNameRule(simple, first, unbracketedGenericArg);
        case TokenKind.EndOfInput:
          this.ungetToken(first);
          this.incompleteAt(after(token), 'MissingTypename');
          return simple;
        default:
          this.errorAt(rangeOf(first), 'UnexpectedToken', first.text);
          this.syncOnError(true, TokenKind.RBracket);
          return simple;
      }
    }
    if (token.kind === TokenKind.Comma && allowAssembly && !unbracketedGenericArg) {
      this.skipToken();
      const end = this.tokenizer.skipAssemblyNameSpec();
      this.notSupportedAt([token.start, end], 'AssemblyQualifiedTypeName');
      return { fullName: simple.fullName, start: simple.start, end };
    }
    return simple;
  }

  private genericArgument(first: ScannedToken): TypeNameInfo {
    if (first.kind === TokenKind.Identifier) return this.finishTypeNameRule(first, true, false);
    const token = this.nextToken();
    if (token.kind !== TokenKind.Identifier) {
      this.ungetToken(token);
      this.incompleteAt(after(token), 'MissingTypename');
      return { fullName: ':ErrorTypeName:', start: first.start, end: first.end };
    }
    const typeName = this.finishTypeNameRule(token, false, true);
    const rBracket = this.nextToken();
    if (rBracket.kind !== TokenKind.RBracket) {
      this.ungetToken(rBracket);
      this.incompleteAt(before(rBracket), 'EndSquareBracketExpectedAtEndOfType');
    }
    return typeName;
  }

  private genericTypeNameRule(generic: TypeNameInfo, first: ScannedToken, unbracketedGenericArg: boolean): TypeNameInfo {
    const args = [this.genericArgument(first)];
    let last: ScannedToken;
    for (;;) {
      this.skipNewlines();
      last = this.nextToken();
      if (last.kind !== TokenKind.Comma) break;
      this.skipNewlines();
      const token = this.peekToken();
      if (token.kind === TokenKind.Identifier || token.kind === TokenKind.LBracket) {
        this.skipToken();
        args.push(this.genericArgument(token));
      } else {
        this.incompleteAt(after(last), 'MissingTypename');
        args.push({ fullName: ':ErrorTypeName:', start: last.start, end: last.end });
      }
    }
    let end = last.end;
    if (last.kind !== TokenKind.RBracket) {
      this.ungetToken(last);
      this.incompleteAt(before(last), 'EndSquareBracketExpectedAtEndOfAttribute');
      end = args[args.length - 1]!.end;
    }
    const result: TypeNameInfo = {
      fullName: `${generic.fullName}[${args.map((arg) => arg.fullName).join(',')}]`, start: generic.start, end,
    };
    const token = this.peekToken();
    if (token.kind === TokenKind.LBracket) {
      this.skipToken();
      return this.completeArrayTypeName(result, this.nextToken(), unbracketedGenericArg);
    }
    return result;
  }

  private completeArrayTypeName(element: TypeNameInfo, firstAfterLBracket: ScannedToken, unbracketed: boolean): TypeNameInfo {
    let result = element;
    let first = firstAfterLBracket;
    for (;;) {
      if (first.kind === TokenKind.Comma) {
        let rank = 1;
        let token = first;
        let lastComma = first;
        do {
          lastComma = token;
          rank++;
          token = this.nextToken();
        } while (token.kind === TokenKind.Comma);
        if (rank > 32) {
          if (token.kind !== TokenKind.RBracket) this.ungetToken(token);
          this.errorAt([first.start, lastComma.end], 'ArrayHasTooManyDimensions', String(rank));
          break;
        }
        if (token.kind !== TokenKind.RBracket) {
          this.ungetToken(token);
          this.errorAt(after(lastComma), 'EndSquareBracketExpectedAtEndOfAttribute');
        }
        result = { fullName: `${result.fullName}[${','.repeat(rank - 1)}]`, start: result.start, end: token.end };
      } else if (first.kind === TokenKind.RBracket) {
        result = { fullName: `${result.fullName}[]`, start: result.start, end: first.end };
      } else if (first.kind === TokenKind.EndOfInput) {
        this.ungetToken(first);
        this.errorAt(before(first), 'EndSquareBracketExpectedAtEndOfAttribute');
      } else {
        this.errorAt(rangeOf(first), 'UnexpectedToken', first.text);
        this.syncOnError(true, TokenKind.RBracket);
      }
      const token = this.peekToken();
      if (!unbracketed && token.kind === TokenKind.Comma) {
        this.skipToken();
        const end = this.tokenizer.skipAssemblyNameSpec();
        this.notSupportedAt([token.start, end], 'AssemblyQualifiedTypeName');
        break;
      }
      if (token.kind !== TokenKind.LBracket) break;
      this.skipToken();
      first = this.nextToken();
    }
    return result;
  }
}
