/**
 * Tokens: what the tokenizer hands the parser, and what `parseInput` returns for highlighting and completion.
 *
 * Kinds and flags are pwsh's own (`System.Management.Automation.Language.TokenKind` / `TokenFlags`), restricted
 * to the language pcsh parses. Comparison operators keep the spelling the user typed in canonical lower case
 * (`-EQ` → `-eq`, `-ieq`, `-ceq`), because the AST records which of the three forms was used.
 */
// pwsh: engine/parser/token.cs.

import type { Extent, VariablePath } from './ast.js';
import type { NumberType } from './number-literal.js';

/** The kind of a token. */
export enum TokenKind {
  Unknown,
  Variable,
  SplattedVariable,
  Parameter,
  Number,
  Label,
  Identifier,
  Generic,
  NewLine,
  LineContinuation,
  Comment,
  EndOfInput,
  StringLiteral,
  StringExpandable,
  HereStringLiteral,
  HereStringExpandable,
  LParen,
  RParen,
  LCurly,
  RCurly,
  LBracket,
  RBracket,
  AtParen,
  AtCurly,
  DollarParen,
  Semi,
  AndAnd,
  OrOr,
  Ampersand,
  Pipe,
  Comma,
  MinusMinus,
  PlusPlus,
  DotDot,
  ColonColon,
  Dot,
  Exclaim,
  Multiply,
  Divide,
  Rem,
  Plus,
  Minus,
  Equals,
  PlusEquals,
  MinusEquals,
  MultiplyEquals,
  DivideEquals,
  RemainderEquals,
  /** `>`, `>>`, `2>`, `*>`: a file redirection. */
  Redirection,
  /** `2>&1`: a merging redirection (pwsh's token kind is also Redirection). */
  MergingRedirection,
  RedirectInStd,
  Format,
  Not,
  Bnot,
  And,
  Or,
  Xor,
  Band,
  Bor,
  Bxor,
  Join,
  /** Any comparison operator (`-eq`, `-ilike`, `-creplace`, `-split` ...); the spelling is in the token's value. */
  Comparison,
  /** `-split`, `-isplit`, `-csplit`: binary or unary. */
  Split,
  Is,
  IsNot,
  As,
  Shl,
  Shr,
  Colon,
  QuestionMark,
  QuestionQuestionEquals,
  QuestionQuestion,
  QuestionDot,
  QuestionLBracket,
  // Keywords
  Begin,
  Break,
  Catch,
  Class,
  Clean,
  Configuration,
  Continue,
  Data,
  Default,
  Define,
  Do,
  Dynamicparam,
  Else,
  ElseIf,
  End,
  Enum,
  Exit,
  Filter,
  Finally,
  For,
  Foreach,
  From,
  Function,
  Hidden,
  If,
  In,
  InlineScript,
  Param,
  Parallel,
  Process,
  Return,
  Sequence,
  Static,
  Switch,
  Throw,
  Trap,
  Try,
  Until,
  Using,
  Var,
  While,
  Workflow,
}

/** Properties of a token, as pwsh's `TokenFlags`. The low four bits hold a binary operator's precedence. */
export enum TokenFlags {
  None = 0,
  BinaryPrecedenceLogical = 0x1,
  BinaryPrecedenceBitwise = 0x2,
  BinaryPrecedenceComparison = 0x5,
  BinaryPrecedenceCoalesce = 0x7,
  BinaryPrecedenceAdd = 0x9,
  BinaryPrecedenceMultiply = 0xa,
  BinaryPrecedenceFormat = 0xc,
  BinaryPrecedenceRange = 0xd,
  BinaryPrecedenceMask = 0xf,
  Keyword = 0x10,
  ScriptBlockBlockName = 0x20,
  BinaryOperator = 0x100,
  UnaryOperator = 0x200,
  CaseSensitiveOperator = 0x400,
  SpecialOperator = 0x1000,
  AssignmentOperator = 0x2000,
  ParseModeInvariant = 0x8000,
  TokenInError = 0x10000,
  PrefixOrPostfixOperator = 0x40000,
  CommandName = 0x80000,
  MemberName = 0x100000,
  TypeName = 0x200000,
  AttributeName = 0x400000,
  StatementDoesntSupportAttributes = 0x1000000,
}

/** A token. `text` is the source text it was scanned from. */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly extent: Extent;
  readonly flags: TokenFlags;
}

/** A number literal: `10`, `0x1F`, `1kb`, `1.5d`. */
export interface NumberToken extends Token {
  readonly kind: TokenKind.Number;
  readonly numberValue: number;
  readonly numberType: NumberType;
}

/** `-Name` or `-Name:` in command mode. */
export interface ParameterToken extends Token {
  readonly kind: TokenKind.Parameter;
  /** Without the dash and without the colon. */
  readonly parameterName: string;
  readonly usedColon: boolean;
}

/** `$x`, `${a b}`, `$env:PATH`, or `@x` (SplattedVariable). */
export interface VariableToken extends Token {
  readonly kind: TokenKind.Variable | TokenKind.SplattedVariable;
  readonly variablePath: VariablePath;
}

/** A string literal, here-string or generic (bare word) token, with quotes removed and escapes applied. */
export interface StringToken extends Token {
  readonly kind: TokenKind.StringLiteral | TokenKind.HereStringLiteral | TokenKind.Generic
    | TokenKind.StringExpandable | TokenKind.HereStringExpandable;
  readonly value: string;
}

/** A comparison or other dash operator; `value` is its canonical lower-case spelling, e.g. `-ceq`. */
export interface OperatorToken extends Token {
  readonly value: string;
}

/** `:outer` before a loop. */
export interface LabelToken extends Token {
  readonly kind: TokenKind.Label;
  readonly labelText: string;
}

/** `>`, `>>`, `2>`, `*>` (file) or `2>&1` (merging). Stream 0 means all (`*`). */
export interface RedirectionToken extends Token {
  readonly kind: TokenKind.Redirection | TokenKind.MergingRedirection;
  readonly fromStream: number;
  readonly toStream: number;
  readonly append: boolean;
}

const staticFlags = new Uint32Array(TokenKind.Workflow + 1);
{
  const set = (kinds: readonly TokenKind[], flags: number): void => {
    for (const kind of kinds) staticFlags[kind]! |= flags;
  };
  const F = TokenFlags;
  set([TokenKind.NewLine, TokenKind.LineContinuation, TokenKind.Comment, TokenKind.EndOfInput, TokenKind.StringLiteral,
    TokenKind.StringExpandable, TokenKind.HereStringLiteral, TokenKind.HereStringExpandable, TokenKind.LParen,
    TokenKind.RParen, TokenKind.LCurly, TokenKind.RCurly, TokenKind.RBracket, TokenKind.AtParen, TokenKind.AtCurly,
    TokenKind.DollarParen, TokenKind.Semi, TokenKind.AndAnd, TokenKind.OrOr, TokenKind.Ampersand, TokenKind.Pipe,
    TokenKind.Comma, TokenKind.RedirectInStd], F.ParseModeInvariant);
  set([TokenKind.Ampersand, TokenKind.Pipe, TokenKind.ColonColon, TokenKind.Dot, TokenKind.QuestionDot, TokenKind.Colon],
    F.SpecialOperator);
  set([TokenKind.Comma, TokenKind.Exclaim, TokenKind.Not, TokenKind.Bnot, TokenKind.Plus, TokenKind.Minus, TokenKind.Join,
    TokenKind.Split],
    F.UnaryOperator);
  set([TokenKind.MinusMinus, TokenKind.PlusPlus], F.UnaryOperator | F.PrefixOrPostfixOperator);
  set([TokenKind.DotDot], F.BinaryOperator | F.BinaryPrecedenceRange);
  set([TokenKind.Multiply, TokenKind.Divide, TokenKind.Rem], F.BinaryOperator | F.BinaryPrecedenceMultiply);
  set([TokenKind.Plus, TokenKind.Minus], F.BinaryOperator | F.BinaryPrecedenceAdd);
  set([TokenKind.Equals, TokenKind.PlusEquals, TokenKind.MinusEquals, TokenKind.MultiplyEquals, TokenKind.DivideEquals,
    TokenKind.RemainderEquals, TokenKind.QuestionQuestionEquals], F.AssignmentOperator);
  set([TokenKind.Format], F.BinaryOperator | F.BinaryPrecedenceFormat);
  set([TokenKind.And, TokenKind.Or, TokenKind.Xor], F.BinaryOperator | F.BinaryPrecedenceLogical);
  set([TokenKind.Band, TokenKind.Bor, TokenKind.Bxor], F.BinaryOperator | F.BinaryPrecedenceBitwise);
  set([TokenKind.Join, TokenKind.Comparison, TokenKind.Split, TokenKind.Is, TokenKind.IsNot, TokenKind.As, TokenKind.Shl, TokenKind.Shr],
    F.BinaryOperator | F.BinaryPrecedenceComparison);
  set([TokenKind.QuestionQuestion], F.BinaryOperator | F.BinaryPrecedenceCoalesce);
  for (let kind = TokenKind.Begin; kind <= TokenKind.Workflow; kind++) staticFlags[kind]! |= F.Keyword;
  set([TokenKind.Begin, TokenKind.Process, TokenKind.End, TokenKind.Dynamicparam, TokenKind.Clean], F.ScriptBlockBlockName);
  set([TokenKind.Break, TokenKind.Continue, TokenKind.Data, TokenKind.Define, TokenKind.Do, TokenKind.Exit,
    TokenKind.Filter, TokenKind.For, TokenKind.Foreach, TokenKind.From, TokenKind.Function, TokenKind.If,
    TokenKind.Return, TokenKind.Switch, TokenKind.Throw, TokenKind.Trap, TokenKind.Try, TokenKind.Using, TokenKind.Var,
    TokenKind.While, TokenKind.Workflow, TokenKind.Parallel, TokenKind.Sequence, TokenKind.InlineScript],
  F.StatementDoesntSupportAttributes);
}

/** The flags every token of a kind has (pwsh's `TokenTraits.GetTraits`). */
export function kindFlags(kind: TokenKind): TokenFlags {
  return staticFlags[kind]!;
}

/** Whether tokens of a kind have a flag. */
export function hasTrait(kind: TokenKind, flag: TokenFlags): boolean {
  return (staticFlags[kind]! & flag) !== 0;
}

/** The precedence of a binary operator (higher binds tighter). */
export function binaryPrecedence(kind: TokenKind): number {
  return staticFlags[kind]! & TokenFlags.BinaryPrecedenceMask;
}

/** Keywords, lower case, by their token kind (pwsh's `s_keywordText`). */
export const keywordKinds: ReadonlyMap<string, TokenKind> = new Map([
  ['elseif', TokenKind.ElseIf], ['if', TokenKind.If], ['else', TokenKind.Else], ['switch', TokenKind.Switch],
  ['foreach', TokenKind.Foreach], ['from', TokenKind.From], ['in', TokenKind.In], ['for', TokenKind.For],
  ['while', TokenKind.While], ['until', TokenKind.Until], ['do', TokenKind.Do], ['try', TokenKind.Try],
  ['catch', TokenKind.Catch], ['finally', TokenKind.Finally], ['trap', TokenKind.Trap], ['data', TokenKind.Data],
  ['return', TokenKind.Return], ['continue', TokenKind.Continue], ['break', TokenKind.Break], ['exit', TokenKind.Exit],
  ['throw', TokenKind.Throw], ['begin', TokenKind.Begin], ['process', TokenKind.Process], ['end', TokenKind.End],
  ['dynamicparam', TokenKind.Dynamicparam], ['function', TokenKind.Function], ['filter', TokenKind.Filter],
  ['param', TokenKind.Param], ['class', TokenKind.Class], ['define', TokenKind.Define], ['var', TokenKind.Var],
  ['using', TokenKind.Using], ['workflow', TokenKind.Workflow], ['parallel', TokenKind.Parallel],
  ['sequence', TokenKind.Sequence], ['inlinescript', TokenKind.InlineScript],
  ['configuration', TokenKind.Configuration], ['static', TokenKind.Static], ['enum', TokenKind.Enum],
  ['hidden', TokenKind.Hidden], ['default', TokenKind.Default], ['clean', TokenKind.Clean],
]);

const kindText = new Map<TokenKind, string>([
  [TokenKind.Comma, ','], [TokenKind.Equals, '='], [TokenKind.PlusEquals, '+='], [TokenKind.MinusEquals, '-='],
  [TokenKind.MultiplyEquals, '*='], [TokenKind.DivideEquals, '/='], [TokenKind.RemainderEquals, '%='],
  [TokenKind.QuestionQuestionEquals, '??='], [TokenKind.AndAnd, '&&'], [TokenKind.OrOr, '||'],
  [TokenKind.Ampersand, '&'], [TokenKind.Dot, '.'], [TokenKind.Pipe, '|'],
]);
for (const [text, kind] of keywordKinds) kindText.set(kind, text);

/** The canonical text of a token kind, as pwsh's `TokenKind.Text()` (keywords in lower case, `=`, `,`). */
export function tokenKindText(kind: TokenKind): string {
  return kindText.get(kind) ?? TokenKind[kind];
}
