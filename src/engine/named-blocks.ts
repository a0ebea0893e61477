/**
 * The clauses of a script block: `begin`, `process` and `end` as written, or, without named blocks, the whole
 * body as the end block. Also the rule pwsh applies when a script block is invoked as a single clause
 * (ForEach-Object, Where-Object, `.Invoke()`, `.Where({})`).
 */
// pwsh: engine/runtime/CompiledScriptBlock.cs (HasBeginBlock/HasProcessBlock/HasEndBlock, GetCodeToInvoke).
import type { ScriptBlockAst, StatementAst } from '../language/ast.js';
import { PSException } from './errors.js';
import { AutomationExceptions } from './strings/AutomationExceptions.js';

/** The statements of each clause a script block has; an absent clause does not run. */
export interface ScriptBlockClauses {
  readonly begin?: readonly StatementAst[];
  readonly process?: readonly StatementAst[];
  readonly end?: readonly StatementAst[];
}

/** The clauses of `ast`. */
export function clausesOf(ast: ScriptBlockAst): ScriptBlockClauses {
  const { beginBlock, processBlock, endBlock } = ast;
  if (beginBlock === undefined && processBlock === undefined && endBlock === undefined) return { end: ast.statements };
  return {
    ...(beginBlock === undefined ? {} : { begin: beginBlock.statements }),
    ...(processBlock === undefined ? {} : { process: processBlock.statements }),
    ...(endBlock === undefined ? {} : { end: endBlock.statements }),
  };
}

/**
 * The one clause a script block invoked as a single clause runs: its process block, else its end block. A block
 * with a begin block, or with both process and end, cannot be invoked this way (PSInvalidOperationException).
 */
// pwsh: CompiledScriptBlock.GetCodeToInvoke with ScriptBlockClauseToInvoke.ProcessBlockOnly.
export function singleClauseOf(ast: ScriptBlockAst): readonly StatementAst[] {
  const clauses = clausesOf(ast);
  if (clauses.begin !== undefined || (clauses.process !== undefined && clauses.end !== undefined)) {
    // A .NET exception (no record yet): `.Invoke()` wraps it as a method invocation error, a cmdlet reports it.
    const message = AutomationExceptions.ScriptBlockInvokeOnOneClauseOnly;
    throw Object.assign(new PSException(message, 'System.Management.Automation.PSInvalidOperationException'), { errorId: 'InvalidOperation', category: 'InvalidOperation' });
  }
  return clauses.process ?? clauses.end ?? [];
}
