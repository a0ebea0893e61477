// Renders an AST as a compact, unambiguous string so that table rows can state expected shapes in one line.
// Notation: bare words as written, 'single', "double", @'here'@, @"here"@, expandable strings as "a{$x}b";
// numbers as 10:Int32; commands as (cmd ...); binary as (a op b); unary as (op a); arrays as [a, b];
// hashtables as @{k=v; ...}; member access as x.M / x::M / x?.M; calls as x.M(a, b); index as x[i].
import type {
  Ast, CommandElementAst, ExpressionAst, PipelineBaseAst, RedirectionAst, ScriptBlockAst, StatementAst,
  StatementBlockAst,
} from '../../src/language/index.js';

const quote: Record<string, (s: string) => string> = {
  BareWord: (s) => s,
  SingleQuoted: (s) => `'${s}'`,
  DoubleQuoted: (s) => `"${s}"`,
  SingleQuotedHereString: (s) => `@'${s}'@`,
  DoubleQuotedHereString: (s) => `@"${s}"@`,
};

function redirection(r: RedirectionAst): string {
  const from = r.fromStream === 1 ? '' : String(r.fromStream);
  if (r.toStream !== undefined) return `${from}>&${r.toStream}`;
  return `${from}${r.append ? '>>' : '>'}${r.file === undefined ? '?' : expr(r.file)}`;
}

function block(b: StatementBlockAst): string {
  return `{${b.statements.map(statement).join('; ')}}`;
}

function scriptBlock(sb: ScriptBlockAst): string {
  const param = sb.paramBlock === undefined ? '' : `${paramList(sb.paramBlock.parameters)} `;
  const attrs = sb.paramBlock?.attributes?.map((a) => `[${a.typeName}()]`).join('') ?? '';
  return `{${attrs}${param}${body(sb)}}`;
}

/** The statements, or the named blocks as `begin {..} process {..} end {..}` (a filter's body: `process(unnamed)`). */
function body(sb: ScriptBlockAst): string {
  const named = [sb.beginBlock, sb.processBlock, sb.endBlock].filter((b) => b !== undefined);
  if (named.length === 0) return sb.statements.map(statement).join('; ');
  return named.map((b) => `${b.blockKind}${b.unnamed ? '(unnamed)' : ''} {${b.statements.map(statement).join('; ')}}`).join(' ');
}

function paramList(parameters: readonly import('../../src/language/index.js').ParameterAst[]): string {
  return `param(${parameters.map((p) => {
    const attrs = p.attributes.map((a) => (a.kind === 'TypeConstraint' ? `[${a.typeName}]` : attribute(a))).join('');
    return `${attrs}${expr(p.name)}${p.defaultValue === undefined ? '' : `=${expr(p.defaultValue)}`}`;
  }).join(', ')})`;
}

function attribute(a: import('../../src/language/index.js').AttributeAst): string {
  const args = [
    ...a.positionalArguments.map(expr),
    ...a.namedArguments.map((n) => (n.value === undefined ? n.name : `${n.name}=${expr(n.value)}`)),
  ];
  return `[${a.typeName}(${args.join(', ')})]`;
}

function element(e: CommandElementAst): string {
  if (e.kind === 'CommandParameter') return `-${e.parameterName}${e.argument === undefined ? '' : `:${expr(e.argument)}`}`;
  return expr(e);
}

/** Renders an expression. */
export function expr(e: ExpressionAst): string {
  switch (e.kind) {
    case 'ConstantExpression': return `${e.value}:${e.numberType}`;
    case 'StringConstantExpression': return quote[e.stringConstantType]!(e.value);
    case 'ExpandableStringExpression':
      return quote[e.stringConstantType]!(
        e.parts.map((p) => (typeof p === 'string' ? p : `{${expr(p)}}`)).join(''));
    case 'VariableExpression': return `${e.splatted ? '@' : '$'}${e.variablePath.userPath}`;
    case 'ArrayExpression': return `@(${e.subExpression.statements.map(statement).join('; ')})`;
    case 'SubExpression': return `$(${e.subExpression.statements.map(statement).join('; ')})`;
    case 'ArrayLiteral': return `[${e.elements.map(expr).join(', ')}]`;
    case 'Hashtable': return `@{${e.keyValuePairs.map((p) => `${expr(p.key)}=${statement(p.value)}`).join('; ')}}`;
    case 'ParenExpression': return `(${pipeline(e.pipeline)})`;
    case 'ConvertExpression': return `[${e.type.typeName}]${expr(e.child)}`;
    case 'TypeExpression': return `[${e.typeName}]`;
    case 'MemberExpression':
      return `${expr(e.expression)}${e.static ? '::' : e.nullConditional ? '?.' : '.'}${expr(e.member)}`;
    case 'InvokeMemberExpression':
      return `${expr(e.expression)}${e.static ? '::' : e.nullConditional ? '?.' : '.'}${expr(e.member)}(${e.arguments.map(expr).join(', ')})`;
    case 'IndexExpression': return `${expr(e.target)}${e.nullConditional ? '?' : ''}[${expr(e.index)}]`;
    case 'BinaryExpression': return `(${expr(e.left)} ${e.operator} ${expr(e.right)})`;
    case 'UnaryExpression':
      return e.operator.startsWith('postfix') ? `(${expr(e.child)} ${e.operator.slice(7)})` : `(${e.operator} ${expr(e.child)})`;
    case 'ScriptBlockExpression': return scriptBlock(e.scriptBlock);
    case 'ErrorExpression': return '<error>';
  }
}

function pipeline(p: PipelineBaseAst): string {
  return statement(p);
}

function label(s: { readonly label?: string }): string {
  return s.label === undefined ? '' : `:${s.label} `;
}

/** Renders a statement. */
export function statement(s: StatementAst): string {
  switch (s.kind) {
    case 'Pipeline':
      return s.pipelineElements.map((e) => {
        const redirections = e.redirections.map((r) => ` ${redirection(r)}`).join('');
        if (e.kind === 'CommandExpression') return `${expr(e.expression)}${redirections}`;
        const op = e.invocationOperator === undefined ? '' : `${e.invocationOperator} `;
        return `(${op}${e.commandElements.map(element).join(' ')}${redirections})`;
      }).join(' | ');
    case 'AssignmentStatement': return `(${expr(s.left)} ${s.operator} ${statement(s.right)})`;
    case 'IfStatement':
      return `(if ${s.clauses.map((c) => `(${pipeline(c.condition)}) ${block(c.body)}`).join(' elseif ')}${s.elseClause === undefined ? '' : ` else ${block(s.elseClause)}`})`;
    case 'ForEachStatement': return `(${label(s)}foreach ${expr(s.variable)} in ${pipeline(s.condition)} ${block(s.body)})`;
    case 'ForStatement': {
      const part = (p: PipelineBaseAst | undefined): string => (p === undefined ? '' : pipeline(p));
      return `(${label(s)}for ${part(s.initializer)}; ${part(s.condition)}; ${part(s.iterator)} ${block(s.body)})`;
    }
    case 'WhileStatement': return `(${label(s)}while ${pipeline(s.condition)} ${block(s.body)})`;
    case 'DoWhileStatement': return `(${label(s)}do ${block(s.body)} while ${pipeline(s.condition)})`;
    case 'DoUntilStatement': return `(${label(s)}do ${block(s.body)} until ${pipeline(s.condition)})`;
    case 'SwitchStatement': {
      const flags = s.flags.map((f) => ` -${f}`).join('');
      const clauses = s.clauses.map((c) => `${expr(c.condition)} ${block(c.body)}`);
      if (s.defaultClause !== undefined) clauses.push(`default ${block(s.defaultClause)}`);
      return `(${label(s)}switch${flags} ${pipeline(s.condition)} {${clauses.join('; ')}})`;
    }
    case 'TryStatement': {
      const catches = s.catchClauses.map((c) => ` catch${c.catchTypes.map((t) => ` [${t.typeName}]`).join(',')} ${block(c.body)}`);
      return `(try ${block(s.body)}${catches.join('')}${s.finally === undefined ? '' : ` finally ${block(s.finally)}`})`;
    }
    case 'ThrowStatement': return s.pipeline === undefined ? '(throw)' : `(throw ${pipeline(s.pipeline)})`;
    case 'ExitStatement': return s.pipeline === undefined ? '(exit)' : `(exit ${pipeline(s.pipeline)})`;
    case 'ReturnStatement': return s.pipeline === undefined ? '(return)' : `(return ${pipeline(s.pipeline)})`;
    case 'BreakStatement': return s.label === undefined ? '(break)' : `(break ${expr(s.label)})`;
    case 'ContinueStatement': return s.label === undefined ? '(continue)' : `(continue ${expr(s.label)})`;
    case 'FunctionDefinition':
      return `(function ${s.name} ${paramList(s.parameters)} ${scriptBlock(s.body)})`;
  }
}

/** Renders a whole script: its statements joined by `; `. */
export function render(ast: ScriptBlockAst): string {
  const attrs = ast.paramBlock?.attributes?.map((a) => `${attribute(a)} `).join('') ?? '';
  const param = ast.paramBlock === undefined ? '' : `${attrs}${paramList(ast.paramBlock.parameters)}; `;
  return param + body(ast);
}

/** All nodes of a tree, depth first, for extent checks. */
export function walk(node: Ast, visit: (node: Ast) => void): void {
  visit(node);
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child !== null && typeof child === 'object') {
        if ('kind' in child && 'extent' in child) walk(child as Ast, visit);
        else for (const inner of Object.values(child)) {
          if (inner !== null && typeof inner === 'object' && 'kind' in inner && 'extent' in inner) walk(inner as Ast, visit);
        }
      }
    }
  }
}
