/**
 * The tree-walking evaluator: statements, control flow, variables, scopes and pwsh's statement-level error
 * handling (MiscOps.CheckActionPreference). Expressions are in expressions.ts, pipelines and command
 * invocation in pipeline.ts.
 */
import type { Extent, PipelineBaseAst, ScriptBlockAst, StatementAst, StatementBlockAst, SwitchStatementAst, TryStatementAst, VariablePath } from '../language/ast.js';
import { parseInput } from '../language/index.js';
import { executeAssignment } from './assignment.js';
import { ParseException } from './parse-exception.js';
import { BreakSignal, ContinueSignal, ExitSignal, isControlFlow, ReturnSignal } from './control-flow.js';
import { convertTo, isTrue, toPSString } from './conversion.js';
import { ErrorRecord, PSException, RuntimeException } from './errors.js';
import { AutomationNull, withOutput, writeEnumerated, type ExecutionContext, type StreamRoutes } from './execution-context.js';
import { evaluateExpression } from './expressions.js';
import type { MethodContext } from './members.js';
import { singleClauseOf } from './named-blocks.js';
import { binaryOperation, type OperatorContext } from './operators/index.js';
import { getActionPreference } from './preferences.js';
import type { Hashtable } from './ps-object.js';
import { runPipeline } from './pipeline.js';
import { runtimeError, toRuntimeException } from './runtime-errors.js';
import { ScriptBlock } from './script-block.js';
import { variablePath, VariableNotWritableError } from './session-state.js';
import { PSTypes } from './type-info.js';


type StatementTable = {
  readonly [K in StatementAst['kind']]: (node: Extract<StatementAst, { kind: K }>, interpreter: Interpreter, routes: StreamRoutes) => Promise<void>;
};

/** How a script block is invoked. */
export interface ScriptBlockInvocation {
  /** A new child scope (`& { }`, functions) or the current one (`. { }`, ForEach-Object, Where-Object). */
  readonly newScope: boolean;
  readonly dollarUnder?: unknown;
  readonly args?: readonly unknown[];
}

/** Evaluates PowerShell ASTs in one runspace. */
export class Interpreter {
  readonly automationNull = AutomationNull;
  readonly operatorContext: OperatorContext;

  constructor(readonly context: ExecutionContext) {
    this.operatorContext = {
      setMatches: (matches: Hashtable | null) => this.context.sessionState.setValue(variablePath('Matches'), matches),
    };
  }

  // ------------------------------------------------------------------------------------------------
  // Variables

  /** Reads a variable; a missing variable is `$null` (pwsh without Set-StrictMode). */
  getVariable(path: VariablePath): unknown {
    if (path.qualifier === undefined || path.qualifier === 'global' || path.qualifier === 'script' || path.qualifier === 'local') {
      switch (path.name.toLowerCase()) {
        case 'true':
          return true;
        case 'false':
          return false;
        case 'null':
          return null;
        case '?':
          return this.context.questionMark;
        case 'pwd':
          return process.cwd();
        default:
          break;
      }
    }
    const value = this.context.sessionState.getValue(path);
    return value === undefined ? null : value;
  }

  /** Writes a variable; `$null = x` discards, constants fail with pwsh's VariableNotWritable error. */
  setVariable(path: VariablePath, value: unknown, extent?: Extent): void {
    const name = path.name.toLowerCase();
    if (name === 'null' && (path.qualifier === undefined || path.qualifier === 'global')) return;
    if (name === 'true' || name === 'false' || name === '?') throw notWritable(path.name, extent);
    try {
      this.context.sessionState.setValue(path, value === AutomationNull ? null : value);
    } catch (error) {
      if (error instanceof VariableNotWritableError) throw notWritable(error.variableName, extent);
      throw error;
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Statements

  /** Runs statements in order, applying pwsh's statement-level error handling to each. */
  async executeStatements(statements: readonly StatementAst[], routes: StreamRoutes): Promise<void> {
    for (const statement of statements) {
      try {
        await this.executeStatement(statement, routes);
      } catch (thrown) {
        if (isControlFlow(thrown)) throw thrown;
        this.handleStatementError(toRuntimeException(thrown, statement.extent), routes);
      }
    }
  }

  /** Runs one statement without error handling (the caller decides). */
  executeStatement(statement: StatementAst, routes: StreamRoutes): Promise<void> {
    const handler = statementTable[statement.kind] as (node: StatementAst, interpreter: Interpreter, routes: StreamRoutes) => Promise<void>;
    return handler(statement, this, routes);
  }

  /**
   * pwsh's CheckActionPreference: records the error, sets `$?`, then either reports it and lets the script
   * go on (statement-terminating), or rethrows it (inside `try`, for Stop, for `throw`: script-terminating).
   */
  handleStatementError(exception: RuntimeException, routes: StreamRoutes): void {
    const record = exception.errorRecord as ErrorRecord;
    if (!exception.recorded) {
      this.context.appendError(record);
      exception.recorded = true;
    }
    this.context.questionMark = false;
    if (this.context.tryDepth > 0 || exception.suppressPromptInInterpreter) throw exception;
    const preference = getActionPreference(this.context.sessionState, 'ErrorActionPreference');
    if (preference === 'SilentlyContinue' || preference === 'Ignore') return;
    if (preference === 'Stop' || preference === 'Inquire') {
      exception.suppressPromptInInterpreter = true;
      throw exception;
    }
    // pwsh tests the exception that reached the statement: a `throw`'s record rethrown by a command's
    // ThrowTerminatingError arrives in a CmdletInvocationException and ends only the statement.
    if (record.fromThrowStatement && exception.typeName !== 'System.Management.Automation.CmdletInvocationException') throw exception;
    routes.error(record);
  }

  /** Runs a statement block's statements. */
  executeBlock(block: StatementBlockAst, routes: StreamRoutes): Promise<void> {
    return this.executeStatements(block.statements, routes);
  }

  /** Runs statements and returns everything they wrote to the output stream. */
  async collectStatements(statements: readonly StatementAst[], routes: StreamRoutes): Promise<unknown[]> {
    const collected: unknown[] = [];
    await this.executeStatements(statements, withOutput(routes, (value) => collected.push(value)));
    return collected;
  }

  /** A pipeline's results as one value: nothing → `$null`, one → it, several → an array. */
  unwrap(values: readonly unknown[]): unknown {
    if (values.length === 0) return null;
    if (values.length === 1) return values[0];
    return [...values];
  }

  /**
   * The value of a statement used as a value (`$x = …`, `(…)`, hashtable values, conditions): a lone
   * expression keeps its value as is (`$x = @()` is an empty array); anything else is collected and unwrapped.
   */
  async statementValue(statement: StatementAst | PipelineBaseAst, routes: StreamRoutes): Promise<unknown> {
    if (statement.kind === 'AssignmentStatement') return executeAssignment(statement, this, routes);
    if (statement.kind === 'Pipeline' && statement.pipelineElements.length === 1) {
      const only = statement.pipelineElements[0];
      if (only?.kind === 'CommandExpression' && only.redirections.length === 0) {
        const value = await evaluateExpression(only.expression, this, routes);
        this.context.questionMark = true;
        return value === AutomationNull ? null : value;
      }
    }
    const collected: unknown[] = [];
    await this.executeStatement(statement, withOutput(routes, (value) => collected.push(value)));
    return this.unwrap(collected);
  }

  // ------------------------------------------------------------------------------------------------
  // Helpers for expressions

  /** Runs `body`, giving any error it raises the position `extent` when it has none. */
  withPosition<T>(extent: Extent, body: () => T): T {
    try {
      return body();
    } catch (thrown) {
      if (isControlFlow(thrown)) throw thrown;
      throw toRuntimeException(thrown, extent);
    }
  }

  /** The asynchronous form of {@link withPosition}. */
  async withPositionAsync<T>(extent: Extent, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (thrown) {
      if (isControlFlow(thrown)) throw thrown;
      throw toRuntimeException(thrown, extent);
    }
  }

  /** Parses a script file's text; parse errors are thrown as one ParseException. */
  parseScript(text: string, file: string): ScriptBlockAst {
    const result = parseInput(text, file);
    if (result.errors.length > 0) throw new ParseException(result.errors);
    return result.ast;
  }

  /** pwsh's TypeNotFound error for `[Foo]`. */
  typeNotFound(typeName: string, extent: Extent): RuntimeException {
    return runtimeError(`Unable to find type [${typeName}].`, 'TypeNotFound', 'InvalidOperation', extent, typeName);
  }

  /** String expansion of a value inside `"…"`: arrays are joined with `$OFS` (a space by default). */
  toExpandedString(value: unknown): string {
    const ofs = this.context.sessionState.getValue(variablePath('OFS'));
    return toPSString(value, ofs === undefined || ofs === null ? ' ' : toPSString(ofs));
  }

  /** What method calls may call back into (script blocks of `.Where({})` / `.ForEach({})`). */
  methodContext(routes: StreamRoutes): MethodContext {
    return { invokeScriptBlock: (block, dollarUnder) => this.invokeScriptBlock(block, { newScope: false, dollarUnder }, routes) };
  }

  /**
   * Runs a script block as a single clause (its process block, else its end block) and returns its output.
   * `$_`, `$PSItem` and `$args` are set for the call and restored afterwards; `return` ends it.
   */
  async invokeScriptBlock(block: ScriptBlock, invocation: ScriptBlockInvocation, routes: StreamRoutes): Promise<unknown[]> {
    const state = this.context.sessionState;
    const run = async (): Promise<unknown[]> => {
      const scope = state.currentScope;
      const saved = ['_', 'PSItem', 'args'].map((name) => [name, scope.variables.get(name.toLowerCase())] as const);
      if (invocation.dollarUnder !== undefined) {
        state.define(scope, '_', invocation.dollarUnder);
        state.define(scope, 'PSItem', invocation.dollarUnder);
      }
      if (invocation.args !== undefined) state.define(scope, 'args', [...invocation.args]);
      const collected: unknown[] = [];
      try {
        const statements = singleClauseOf(block.ast);
        if (block.ast.paramBlock !== undefined) await this.bindScriptParameters(block, invocation.args ?? [], routes);
        await this.executeStatements(statements, withOutput(routes, (value) => collected.push(value)));
      } catch (thrown) {
        if (!(thrown instanceof ReturnSignal)) throw thrown;
      } finally {
        if (!invocation.newScope) {
          for (const [name, variable] of saved) {
            if (variable === undefined) scope.variables.delete(name.toLowerCase());
            else scope.variables.set(name.toLowerCase(), variable);
          }
        }
      }
      return collected;
    };
    return invocation.newScope ? state.withScope('ScriptBlock', run) : run();
  }

  /** Binds a script block's `param()` block from positional arguments (Where-Object, ForEach-Object, `.Invoke()`). */
  async bindScriptParameters(block: ScriptBlock, args: readonly unknown[], routes: StreamRoutes): Promise<void> {
    const { bindScriptParameters } = await import('./script-binding.js');
    const state = this.context.sessionState;
    await bindScriptParameters(
      this,
      { parameters: block.ast.paramBlock?.parameters ?? [], paramBlock: block.ast.paramBlock, command: { name: '', commandType: 'Script' }, invocation: { invocationName: '', extent: block.ast.extent, pipelinePosition: 0, pipelineLength: 0 } },
      args.map((value) => ({ kind: 'Argument', value, extent: block.ast.extent })),
      state.currentScope,
      routes,
    );
  }
}

function notWritable(name: string, extent: Extent | undefined): RuntimeException {
  return runtimeError(
    `Cannot overwrite variable ${name} because it is read-only or constant.`,
    'VariableNotWritable',
    'WriteError',
    extent,
    name,
    'System.Management.Automation.SessionStateUnauthorizedAccessException',
  );
}

/** Iterates a value the way `foreach` does: arrays element by element, `$null` not at all, else once. */
function enumerateForEach(value: unknown): readonly unknown[] {
  if (value === null || value === undefined || value === AutomationNull) return [];
  return Array.isArray(value) ? value : [value];
}

/** Runs a loop body, mapping `break`/`continue` (with or without a matching label) to loop control. */
async function runLoopBody(body: StatementBlockAst, label: string | undefined, interpreter: Interpreter, routes: StreamRoutes): Promise<'next' | 'break'> {
  try {
    await interpreter.executeBlock(body, routes);
    return 'next';
  } catch (thrown) {
    if (thrown instanceof BreakSignal && (thrown.label === undefined || thrown.label.toLowerCase() === label?.toLowerCase())) return 'break';
    if (thrown instanceof ContinueSignal && (thrown.label === undefined || thrown.label.toLowerCase() === label?.toLowerCase())) return 'next';
    throw thrown;
  }
}

async function condition(node: PipelineBaseAst, interpreter: Interpreter, routes: StreamRoutes): Promise<boolean> {
  return isTrue(await interpreter.statementValue(node, routes));
}

async function labelText(node: { readonly label?: import('../language/ast.js').ExpressionAst }, interpreter: Interpreter, routes: StreamRoutes): Promise<string | undefined> {
  if (node.label === undefined) return undefined;
  return toPSString(await evaluateExpression(node.label, interpreter, routes));
}

/** pwsh's switch clause test for one value. */
async function switchClauseMatches(node: SwitchStatementAst, clause: SwitchStatementAst['clauses'][number], value: unknown, interpreter: Interpreter, routes: StreamRoutes): Promise<boolean> {
  if (clause.condition.kind === 'ScriptBlockExpression') {
    const result = await interpreter.invokeScriptBlock(new ScriptBlock(clause.condition.scriptBlock), { newScope: false, dollarUnder: value }, routes);
    return isTrue(interpreter.unwrap(result));
  }
  const test = await evaluateExpression(clause.condition, interpreter, routes);
  const caseSensitive = node.flags.includes('CaseSensitive');
  const prefix = caseSensitive ? '-c' : '-i';
  if (node.flags.includes('Wildcard')) return isTrue(binaryOperation(`${prefix}like` as '-ilike', toPSString(value), toPSString(test), interpreter.operatorContext));
  if (node.flags.includes('Regex')) return isTrue(binaryOperation(`${prefix}match` as '-imatch', toPSString(value), toPSString(test), interpreter.operatorContext));
  return isTrue(binaryOperation(`${prefix}eq` as '-ieq', value, test, interpreter.operatorContext));
}

async function executeSwitch(node: SwitchStatementAst, interpreter: Interpreter, routes: StreamRoutes): Promise<void> {
  const subject = await interpreter.statementValue(node.condition, routes);
  const values = subject === null ? [null] : Array.isArray(subject) ? subject : [subject];
  const state = interpreter.context.sessionState;
  for (const value of values) {
    state.define(state.currentScope, '_', value);
    let matched = false;
    try {
      for (const clause of node.clauses) {
        if (await switchClauseMatches(node, clause, value, interpreter, routes)) {
          matched = true;
          await interpreter.executeBlock(clause.body, routes);
        }
      }
      if (!matched && node.defaultClause !== undefined) await interpreter.executeBlock(node.defaultClause, routes);
    } catch (thrown) {
      if (thrown instanceof BreakSignal && (thrown.label === undefined || thrown.label.toLowerCase() === node.label?.toLowerCase())) return;
      if (thrown instanceof ContinueSignal && (thrown.label === undefined || thrown.label.toLowerCase() === node.label?.toLowerCase())) continue;
      throw thrown;
    }
  }
}

/** The names a caught exception answers to, most specific first (its type and what it derives from). */
function exceptionTypeNames(exception: RuntimeException): string[] {
  const names: string[] = [];
  const record = exception.errorRecord;
  for (let e: PSException | undefined = record?.exception ?? exception; e !== undefined; e = e.innerException) names.push(e.typeName);
  names.push(exception.typeName, 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception');
  return names.map((n) => n.toLowerCase());
}

function catchMatches(typeName: string, names: readonly string[]): boolean {
  const wanted = typeName.toLowerCase().replace(/^system\./, '');
  return names.some((n) => n === typeName.toLowerCase() || n.replace(/^system\./, '') === wanted || n.endsWith(`.${wanted}`));
}

async function executeTry(node: TryStatementAst, interpreter: Interpreter, routes: StreamRoutes): Promise<void> {
  const context = interpreter.context;
  let caught: RuntimeException | undefined;
  let pending: unknown;
  context.tryDepth++;
  try {
    await interpreter.executeBlock(node.body, routes);
  } catch (thrown) {
    if (isControlFlow(thrown)) pending = thrown;
    else caught = toRuntimeException(thrown, node.body.extent);
  } finally {
    context.tryDepth--;
  }
  try {
    if (caught !== undefined) {
      const record = caught.errorRecord as ErrorRecord;
      if (!caught.recorded) {
        context.appendError(record);
        caught.recorded = true;
      }
      const names = exceptionTypeNames(caught);
      const clause = node.catchClauses.find((c) => c.catchTypes.length === 0 || c.catchTypes.some((t) => catchMatches(t.typeName, names)));
      if (clause === undefined) {
        pending = caught;
      } else {
        const state = context.sessionState;
        const scope = state.currentScope;
        const saved = scope.variables.get('_');
        state.define(scope, '_', record);
        state.define(scope, 'PSItem', record);
        try {
          await interpreter.executeBlock(clause.body, routes);
        } finally {
          if (saved === undefined) scope.variables.delete('_');
          else scope.variables.set('_', saved);
        }
      }
    }
  } finally {
    if (node.finally !== undefined) await interpreter.executeBlock(node.finally, routes);
  }
  if (pending !== undefined) throw pending;
}

async function executeThrow(node: import('../language/ast.js').ThrowStatementAst, interpreter: Interpreter, routes: StreamRoutes): Promise<void> {
  if (node.pipeline === undefined) {
    // A bare `throw` inside catch rethrows the current error; elsewhere it halts the script.
    const current = interpreter.context.sessionState.getValue(variablePath('_'));
    if (current instanceof ErrorRecord) throw new RuntimeException(current);
    const halted = runtimeError('ScriptHalted', 'ScriptHalted', 'OperationStopped', node.extent);
    (halted.errorRecord as ErrorRecord).fromThrowStatement = true;
    throw halted;
  }
  const value = await interpreter.statementValue(node.pipeline, routes);
  if (value instanceof ErrorRecord) {
    const rethrown = new RuntimeException(value);
    throw rethrown;
  }
  const message = toPSString(value);
  const exception = runtimeError(message, message, 'OperationStopped', node.extent, value);
  (exception.errorRecord as ErrorRecord).fromThrowStatement = true;
  throw exception;
}

const statementTable: StatementTable = {
  Pipeline: (node, interpreter, routes) => runPipeline(node, interpreter, routes),
  AssignmentStatement: async (node, interpreter, routes) => {
    await executeAssignment(node, interpreter, routes);
  },
  IfStatement: async (node, interpreter, routes) => {
    for (const clause of node.clauses) {
      if (await condition(clause.condition, interpreter, routes)) {
        await interpreter.executeBlock(clause.body, routes);
        return;
      }
    }
    if (node.elseClause !== undefined) await interpreter.executeBlock(node.elseClause, routes);
  },
  ForEachStatement: async (node, interpreter, routes) => {
    const items = enumerateForEach(await interpreter.statementValue(node.condition, routes));
    for (const item of items) {
      interpreter.setVariable(node.variable.variablePath, item, node.variable.extent);
      if ((await runLoopBody(node.body, node.label, interpreter, routes)) === 'break') break;
    }
  },
  ForStatement: async (node, interpreter, routes) => {
    if (node.initializer !== undefined) await interpreter.statementValue(node.initializer, routes);
    while (node.condition === undefined || (await condition(node.condition, interpreter, routes))) {
      if ((await runLoopBody(node.body, node.label, interpreter, routes)) === 'break') break;
      if (node.iterator !== undefined) await interpreter.statementValue(node.iterator, routes);
    }
  },
  WhileStatement: async (node, interpreter, routes) => {
    while (await condition(node.condition, interpreter, routes)) {
      if ((await runLoopBody(node.body, node.label, interpreter, routes)) === 'break') break;
    }
  },
  DoWhileStatement: async (node, interpreter, routes) => {
    do {
      if ((await runLoopBody(node.body, node.label, interpreter, routes)) === 'break') break;
    } while (await condition(node.condition, interpreter, routes));
  },
  DoUntilStatement: async (node, interpreter, routes) => {
    do {
      if ((await runLoopBody(node.body, node.label, interpreter, routes)) === 'break') break;
    } while (!(await condition(node.condition, interpreter, routes)));
  },
  SwitchStatement: executeSwitch,
  TryStatement: executeTry,
  ThrowStatement: executeThrow,
  ExitStatement: async (node, interpreter, routes) => {
    const value = node.pipeline === undefined ? 0 : await interpreter.statementValue(node.pipeline, routes);
    const code = value === null ? 0 : (convertTo(value, PSTypes.Int32) as number);
    throw new ExitSignal(code);
  },
  ReturnStatement: async (node, interpreter, routes) => {
    if (node.pipeline !== undefined) writeEnumerated(routes, await interpreter.statementValue(node.pipeline, routes));
    throw new ReturnSignal();
  },
  BreakStatement: async (node, interpreter, routes) => {
    throw new BreakSignal(await labelText(node, interpreter, routes));
  },
  ContinueStatement: async (node, interpreter, routes) => {
    throw new ContinueSignal(await labelText(node, interpreter, routes));
  },
  FunctionDefinition: async (node, interpreter) => {
    interpreter.context.sessionState.defineFunction(node);
  },
};

