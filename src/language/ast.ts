/**
 * The PowerShell abstract syntax tree: types only, no behaviour.
 *
 * Node names are pwsh's own (`System.Management.Automation.Language.*Ast`), so a reader who knows
 * pwsh's `ast.cs` finds each concept under its usual name. Every node carries a `kind` (the
 * discriminant) and an `extent` (where it came from). Tables keyed by `Ast['kind']` let the
 * compiler reject a missing case when a node kind is added.
 */

/** The text a script or command line was parsed from; shared by every extent of one parse. */
export interface SourceText {
  /** The whole input. */
  readonly text: string;
  /** The script path for `-File` input; absent for `-Command` text and the REPL. */
  readonly file?: string;
}

/**
 * A range of the source. Offsets are 0-based UTF-16 indexes into `source.text`; lines and columns are
 * 1-based as pwsh reports them (`At line:1 char:10`). Use `extent-text.ts` helpers for line text.
 */
export interface Extent {
  readonly source: SourceText;
  readonly startOffset: number;
  readonly endOffset: number;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

interface AstNode<K extends string> {
  readonly kind: K;
  readonly extent: Extent;
}

// ---------------------------------------------------------------------------------------------
// Script blocks and statements

/**
 * A whole script, a `{ ... }` script block, or a function body. Without named blocks the body is the end
 * block; with them, each `begin`/`process`/`end` written is present and `statements` is the end block's.
 */
export interface ScriptBlockAst extends AstNode<'ScriptBlock'> {
  readonly paramBlock?: ParamBlockAst;
  /** The statements of the end block: the whole body when there are no named blocks, else `end { }`'s (or none). */
  readonly statements: readonly StatementAst[];
  /** `begin { }`, when written. */
  readonly beginBlock?: NamedBlockAst;
  /** `process { }`, when written; a `filter`'s body is its process block. */
  readonly processBlock?: NamedBlockAst;
  /** `end { }`, when written (its statements are also `statements`). */
  readonly endBlock?: NamedBlockAst;
}

/** `begin { }`, `process { }` or `end { }` in a script block (pwsh's NamedBlockAst). */
export interface NamedBlockAst extends AstNode<'NamedBlock'> {
  readonly blockKind: 'begin' | 'process' | 'end';
  /** True for the body of a `filter`, which is a process block without the keyword. */
  readonly unnamed: boolean;
  readonly statements: readonly StatementAst[];
}

/** `param( [type]$a = default, ... )` at the top of a script or script block. */
export interface ParamBlockAst extends AstNode<'ParamBlock'> {
  /** `[CmdletBinding()]`-style attributes before `param`; absent when there are none. */
  readonly attributes?: readonly AttributeAst[];
  readonly parameters: readonly ParameterAst[];
}

/** One parameter of a param block or of `function f($a, $b)`. */
export interface ParameterAst extends AstNode<'Parameter'> {
  readonly name: VariableExpressionAst;
  /** `[Parameter(Mandatory)]`-style attributes and `[type]` constraints, in source order. */
  readonly attributes: readonly (TypeConstraintAst | AttributeAst)[];
  readonly defaultValue?: ExpressionAst;
}

/** `[Name(args, Named = value)]` on a parameter, e.g. `[Parameter(Mandatory = $true)]`. */
export interface AttributeAst extends AstNode<'Attribute'> {
  readonly typeName: string;
  readonly positionalArguments: readonly ExpressionAst[];
  /** `Mandatory` alone has no value expression (it means `$true`). */
  readonly namedArguments: readonly { readonly name: string; readonly value?: ExpressionAst }[];
}

/** `{ statements }` as the body of if/foreach/while/try/switch clauses. */
export interface StatementBlockAst extends AstNode<'StatementBlock'> {
  readonly statements: readonly StatementAst[];
}

export type StatementAst =
  | PipelineAst
  | AssignmentStatementAst
  | IfStatementAst
  | ForEachStatementAst
  | ForStatementAst
  | WhileStatementAst
  | DoWhileStatementAst
  | DoUntilStatementAst
  | SwitchStatementAst
  | TryStatementAst
  | ThrowStatementAst
  | ExitStatementAst
  | ReturnStatementAst
  | BreakStatementAst
  | ContinueStatementAst
  | FunctionDefinitionAst;

/** What may stand where a pipeline is expected: a pipeline or an assignment (`$x = ...` is a statement). */
export type PipelineBaseAst = PipelineAst | AssignmentStatementAst;

/** `a | b | c`, or a single command or expression. */
export interface PipelineAst extends AstNode<'Pipeline'> {
  readonly pipelineElements: readonly CommandBaseAst[];
}

export type CommandBaseAst = CommandAst | CommandExpressionAst;

/** A command invocation: its name is `commandElements[0]`, the rest are arguments. */
export interface CommandAst extends AstNode<'Command'> {
  readonly commandElements: readonly CommandElementAst[];
  /** `&` (call) or `.` (dot-source) before the command name; absent for a plain invocation. */
  readonly invocationOperator?: '&' | '.';
  readonly redirections: readonly RedirectionAst[];
}

/** An expression used as a pipeline element (`$x | Foo`, `1 + 2`). */
export interface CommandExpressionAst extends AstNode<'CommandExpression'> {
  readonly expression: ExpressionAst;
  readonly redirections: readonly RedirectionAst[];
}

/** `-Name`, `-Name:value` or `-Name: value`. `-Name value` is a parameter plus a separate element. */
export interface CommandParameterAst extends AstNode<'CommandParameter'> {
  /** Without the leading dash and without the colon. */
  readonly parameterName: string;
  /** Only for the colon forms: only the binder knows whether `-Name` takes the next element. */
  readonly argument?: ExpressionAst;
}

export type CommandElementAst = CommandParameterAst | ExpressionAst;

/** `> file`, `>> file`, `2>&1`, `2> $null`, `*> $null`. */
export interface RedirectionAst extends AstNode<'Redirection'> {
  /** The stream redirected from: 1 output, 2 error, 3 warning, 4 verbose, 5 debug, 6 information, '*' all. */
  readonly fromStream: 1 | 2 | 3 | 4 | 5 | 6 | '*';
  /** A merge (`2>&1`) names a stream; a file redirection names a target expression. */
  readonly toStream?: 1;
  readonly file?: ExpressionAst;
  readonly append: boolean;
}

/** `$a = v`, `$a += v`, `$h.k = v`, `$a[0] = v`, `$a, $b = v`. */
export interface AssignmentStatementAst extends AstNode<'AssignmentStatement'> {
  readonly left: ExpressionAst;
  readonly operator: '=' | '+=' | '-=' | '*=' | '/=' | '%=';
  readonly right: StatementAst;
}

/** `if (c) { } elseif (c) { } else { }`. */
export interface IfStatementAst extends AstNode<'IfStatement'> {
  readonly clauses: readonly { readonly condition: PipelineBaseAst; readonly body: StatementBlockAst }[];
  readonly elseClause?: StatementBlockAst;
}

/** `foreach ($x in expr) { }`. */
export interface ForEachStatementAst extends AstNode<'ForEachStatement'> {
  readonly label?: string;
  readonly variable: VariableExpressionAst;
  readonly condition: PipelineBaseAst;
  readonly body: StatementBlockAst;
}

/** `for (init; condition; iterator) { }`; each part may be empty. */
export interface ForStatementAst extends AstNode<'ForStatement'> {
  readonly label?: string;
  readonly initializer?: PipelineBaseAst;
  readonly condition?: PipelineBaseAst;
  readonly iterator?: PipelineBaseAst;
  readonly body: StatementBlockAst;
}

/** `while (c) { }`. */
export interface WhileStatementAst extends AstNode<'WhileStatement'> {
  readonly label?: string;
  readonly condition: PipelineBaseAst;
  readonly body: StatementBlockAst;
}

/** `do { } while (c)`. */
export interface DoWhileStatementAst extends AstNode<'DoWhileStatement'> {
  readonly label?: string;
  readonly condition: PipelineBaseAst;
  readonly body: StatementBlockAst;
}

/** `do { } until (c)`. */
export interface DoUntilStatementAst extends AstNode<'DoUntilStatement'> {
  readonly label?: string;
  readonly condition: PipelineBaseAst;
  readonly body: StatementBlockAst;
}

/** `switch [-exact|-wildcard|-regex|-casesensitive] (value) { v { } default { } }`. */
export interface SwitchStatementAst extends AstNode<'SwitchStatement'> {
  readonly label?: string;
  readonly flags: readonly ('Exact' | 'Wildcard' | 'Regex' | 'CaseSensitive')[];
  readonly condition: PipelineBaseAst;
  /** Clause conditions are expressions: constants, bare words, variables or `{ script blocks }`. */
  readonly clauses: readonly { readonly condition: ExpressionAst; readonly body: StatementBlockAst }[];
  readonly defaultClause?: StatementBlockAst;
}

/** `try { } catch [T1], [T2] { } catch { } finally { }`. */
export interface TryStatementAst extends AstNode<'TryStatement'> {
  readonly body: StatementBlockAst;
  readonly catchClauses: readonly CatchClauseAst[];
  readonly finally?: StatementBlockAst;
}

/** One catch clause; `catchTypes` is empty for a catch-all. */
export interface CatchClauseAst extends AstNode<'CatchClause'> {
  readonly catchTypes: readonly TypeConstraintAst[];
  readonly body: StatementBlockAst;
}

/** `throw`, `throw "text"`, `throw $_`. */
export interface ThrowStatementAst extends AstNode<'ThrowStatement'> {
  readonly pipeline?: PipelineBaseAst;
}

/** `exit` or `exit N`. */
export interface ExitStatementAst extends AstNode<'ExitStatement'> {
  readonly pipeline?: PipelineBaseAst;
}

/** `return` or `return value`. */
export interface ReturnStatementAst extends AstNode<'ReturnStatement'> {
  readonly pipeline?: PipelineBaseAst;
}

/** `break` or `break label`. */
export interface BreakStatementAst extends AstNode<'BreakStatement'> {
  readonly label?: ExpressionAst;
}

/** `continue` or `continue label`. */
export interface ContinueStatementAst extends AstNode<'ContinueStatement'> {
  readonly label?: ExpressionAst;
}

/** `function Name($a) { }` or `function Name { param($a) ... }`. */
export interface FunctionDefinitionAst extends AstNode<'FunctionDefinition'> {
  readonly name: string;
  /** Parameters written after the name, `function f($a, $b)`; otherwise the body's param block. */
  readonly parameters: readonly ParameterAst[];
  readonly body: ScriptBlockAst;
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type ExpressionAst =
  | ConstantExpressionAst
  | StringConstantExpressionAst
  | ExpandableStringExpressionAst
  | VariableExpressionAst
  | ArrayExpressionAst
  | ArrayLiteralAst
  | HashtableAst
  | ParenExpressionAst
  | SubExpressionAst
  | ConvertExpressionAst
  | TypeExpressionAst
  | MemberExpressionAst
  | InvokeMemberExpressionAst
  | IndexExpressionAst
  | BinaryExpressionAst
  | UnaryExpressionAst
  | ScriptBlockExpressionAst
  | ErrorExpressionAst;

/** A number literal. */
export interface ConstantExpressionAst extends AstNode<'ConstantExpression'> {
  readonly value: number;
  /** pwsh's literal type: `1` Int32, `3000000000` or `1L` Int64, `1.5`/`1e3` Double, `1d` Decimal. */
  readonly numberType: 'Int32' | 'Int64' | 'Double' | 'Decimal';
}

export type StringConstantType =
  | 'BareWord'
  | 'SingleQuoted'
  | 'DoubleQuoted'
  | 'SingleQuotedHereString'
  | 'DoubleQuotedHereString';

/** A string with nothing to expand: `'a'`, a bare word, or `"a"` with no `$`. Escapes already applied. */
export interface StringConstantExpressionAst extends AstNode<'StringConstantExpression'> {
  readonly value: string;
  readonly stringConstantType: StringConstantType;
}

/** `"a $x b $($y) c"`: literal parts (escapes applied) interleaved with the nested expressions. */
export interface ExpandableStringExpressionAst extends AstNode<'ExpandableStringExpression'> {
  readonly parts: readonly (string | ExpressionAst)[];
  readonly stringConstantType: 'DoubleQuoted' | 'DoubleQuotedHereString' | 'BareWord';
}

/** `$x`, `${a b}`, `$env:NAME`, `$script:x`, `$_`; `@x` when splatted in a command. */
export interface VariableExpressionAst extends AstNode<'VariableExpression'> {
  readonly variablePath: VariablePath;
  readonly splatted: boolean;
}

/** A variable name as written, split into its drive/scope qualifier and the name. */
export interface VariablePath {
  /** The text after `$` (or inside `${}`), e.g. `script:x`, `env:PATH`, `x`. */
  readonly userPath: string;
  /** `global`, `script`, `local`, `private`, `using`, `variable`, `env`, or absent. Lower-cased. */
  readonly qualifier?: string;
  /** The name without its qualifier, e.g. `x`, `PATH`. */
  readonly name: string;
}

/** `@( statements )`: always an array. */
export interface ArrayExpressionAst extends AstNode<'ArrayExpression'> {
  readonly subExpression: StatementBlockAst;
}

/** `a, b, c` (the comma operator). */
export interface ArrayLiteralAst extends AstNode<'ArrayLiteral'> {
  readonly elements: readonly ExpressionAst[];
}

/** `@{ k = v; 'k2' = v2 }`; values are statements (pipelines) as in pwsh. */
export interface HashtableAst extends AstNode<'Hashtable'> {
  readonly keyValuePairs: readonly { readonly key: ExpressionAst; readonly value: StatementAst }[];
}

/** `( pipeline )`. */
export interface ParenExpressionAst extends AstNode<'ParenExpression'> {
  readonly pipeline: PipelineBaseAst;
}

/** `$( statements )`. */
export interface SubExpressionAst extends AstNode<'SubExpression'> {
  readonly subExpression: StatementBlockAst;
}

/** `[int]` as written: `int`, `string[]`, `System.Collections.Hashtable`, `ordered`, `pscustomobject`. */
export interface TypeConstraintAst extends AstNode<'TypeConstraint'> {
  readonly typeName: string;
}

/** `[type] expression`. */
export interface ConvertExpressionAst extends AstNode<'ConvertExpression'> {
  readonly type: TypeConstraintAst;
  readonly child: ExpressionAst;
}

/** `[type]` used as a value: `-is [int]`, `[Math]::Round(...)`, `[guid]::NewGuid()`. */
export interface TypeExpressionAst extends AstNode<'TypeExpression'> {
  readonly typeName: string;
}

/** `$x.Name`, `$x.$name`, `[T]::Name`, `$x?.Name`. */
export interface MemberExpressionAst extends AstNode<'MemberExpression'> {
  readonly expression: ExpressionAst;
  /** Usually a StringConstantExpressionAst (BareWord); may be a variable or expandable string. */
  readonly member: ExpressionAst;
  readonly static: boolean;
  readonly nullConditional: boolean;
}

/** `$x.Method(a, b)`, `[T]::Method(a)`. */
export interface InvokeMemberExpressionAst extends AstNode<'InvokeMemberExpression'> {
  readonly expression: ExpressionAst;
  readonly member: ExpressionAst;
  readonly arguments: readonly ExpressionAst[];
  readonly static: boolean;
  readonly nullConditional: boolean;
}

/** `$x[0]`, `$h['k']`, `$x[1, 2]`, `$x[-1]`. */
export interface IndexExpressionAst extends AstNode<'IndexExpression'> {
  readonly target: ExpressionAst;
  readonly index: ExpressionAst;
  readonly nullConditional: boolean;
}

/**
 * Binary operators, spelled as typed in canonical lower case. Comparison operators have three
 * spellings: `-eq` (case-insensitive), `-ieq` (explicitly insensitive), `-ceq` (case-sensitive).
 */
export type BinaryOperator =
  | '+' | '-' | '*' | '/' | '%'
  | '..'
  | '-and' | '-or' | '-xor'
  | '-band' | '-bor' | '-bxor' | '-shl' | '-shr'
  | '-f'
  | '-join'
  | '-is' | '-isnot' | '-as'
  | '??'
  | ComparisonOperator;

type CaseForms<T extends string> = `-${T}` | `-i${T}` | `-c${T}`;

export type ComparisonOperator = CaseForms<
  | 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'
  | 'like' | 'notlike' | 'match' | 'notmatch'
  | 'contains' | 'notcontains' | 'in' | 'notin'
  | 'replace' | 'split'
>;

/** `left op right`. */
export interface BinaryExpressionAst extends AstNode<'BinaryExpression'> {
  readonly operator: BinaryOperator;
  readonly left: ExpressionAst;
  readonly right: ExpressionAst;
  /** Where the operator token is, for error positions (`+ $a -f`). */
  readonly errorPosition: Extent;
}

export type UnaryOperator =
  | '-not' | '!'
  | '-' | '+'
  | '-bnot'
  | ','
  | '-join' | '-split' | '-isplit' | '-csplit'
  | '++' | '--'
  | 'postfix++' | 'postfix--';

/** `-not x`, `!x`, `-x`, `,x` (one-element array), `-join $a`, `-split $s`, `++$i`, `$i++`. */
export interface UnaryExpressionAst extends AstNode<'UnaryExpression'> {
  readonly operator: UnaryOperator;
  readonly child: ExpressionAst;
}

/** `{ statements }` used as a value (an argument to Where-Object, ForEach-Object...). */
export interface ScriptBlockExpressionAst extends AstNode<'ScriptBlockExpression'> {
  readonly scriptBlock: ScriptBlockAst;
}

/** Stands where the parser recovered from an error; never evaluated (the parse failed). */
export interface ErrorExpressionAst extends AstNode<'ErrorExpression'> {}

// ---------------------------------------------------------------------------------------------
// The union of everything

export type Ast =
  | ScriptBlockAst
  | NamedBlockAst
  | ParamBlockAst
  | ParameterAst
  | AttributeAst
  | StatementBlockAst
  | StatementAst
  | CommandAst
  | CommandExpressionAst
  | CommandParameterAst
  | RedirectionAst
  | CatchClauseAst
  | TypeConstraintAst
  | ExpressionAst;

export type AstKind = Ast['kind'];
