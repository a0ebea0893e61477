/**
 * Session state: scopes, variables and functions (pwsh's SessionStateInternal / SessionStateScope).
 *
 * Scoping is dynamic, as in pwsh: a read looks in the current scope, then each parent up to global; an
 * unqualified write creates or updates the variable in the current scope. `$global:`, `$script:` and
 * `$local:` pick a scope; `$env:` reads and writes the process environment.
 */
import type { FunctionDefinitionAst, VariablePath } from '../language/ast.js';

/** How a variable may be changed. */
export type VariableOptions = 'None' | 'ReadOnly' | 'Constant';

/** One variable (pwsh's PSVariable). */
export class PSVariable {
  constructor(
    readonly name: string,
    public value: unknown,
    readonly options: VariableOptions = 'None',
  ) {}
}

/** A function defined in the session (`function f { }`). */
export interface FunctionInfo {
  readonly name: string;
  readonly definition: FunctionDefinitionAst;
}

/** The kinds of scope pcsh creates. */
export type ScopeKind = 'Global' | 'Script' | 'Function' | 'ScriptBlock';

/** One scope: its variables and functions, and its parent. */
export class SessionStateScope {
  readonly variables = new Map<string, PSVariable>();
  readonly functions = new Map<string, FunctionInfo>();

  constructor(
    readonly kind: ScopeKind,
    readonly parent: SessionStateScope | undefined,
  ) {}
}

/** Raised for writes to constants and read-only variables; the evaluator turns it into pwsh's error. */
export class VariableNotWritableError extends Error {
  constructor(readonly variableName: string) {
    super(variableName);
  }
}

/** The variables, functions and scopes of one runspace. */
export class SessionState {
  readonly globalScope = new SessionStateScope('Global', undefined);
  currentScope: SessionStateScope = this.globalScope;
  scriptScope: SessionStateScope = this.globalScope;

  /** Runs `body` in a new child scope of the current one, restoring the scope afterwards. */
  async withScope<T>(kind: ScopeKind, body: (scope: SessionStateScope) => Promise<T>): Promise<T> {
    const saved = this.currentScope;
    const savedScript = this.scriptScope;
    const scope = new SessionStateScope(kind, saved);
    this.currentScope = scope;
    if (kind === 'Script') this.scriptScope = scope;
    try {
      return await body(scope);
    } finally {
      this.currentScope = saved;
      this.scriptScope = savedScript;
    }
  }

  private scopeFor(qualifier: string | undefined): SessionStateScope | undefined {
    switch (qualifier) {
      case 'global':
        return this.globalScope;
      case 'script':
        return this.scriptScope;
      case 'local':
      case 'private':
        return this.currentScope;
      default:
        return undefined;
    }
  }

  /** Finds a variable by path, honouring scope qualifiers; `undefined` when there is none. */
  lookup(path: VariablePath): PSVariable | undefined {
    const key = path.name.toLowerCase();
    const fixed = this.scopeFor(path.qualifier);
    if (fixed !== undefined) return fixed.variables.get(key);
    for (let scope: SessionStateScope | undefined = this.currentScope; scope !== undefined; scope = scope.parent) {
      const variable = scope.variables.get(key);
      if (variable !== undefined) return variable;
    }
    return undefined;
  }

  /** Reads a variable's value; `undefined` when the variable does not exist. */
  getValue(path: VariablePath): unknown {
    if (path.qualifier === 'env') return process.env[path.name] ?? undefined;
    return this.lookup(path)?.value;
  }

  /** Writes a variable in the scope its path names (the current scope when unqualified). */
  setValue(path: VariablePath, value: unknown): void {
    if (path.qualifier === 'env') {
      if (value === null || value === undefined || value === '') delete process.env[path.name];
      else process.env[path.name] = String(value);
      return;
    }
    const scope = this.scopeFor(path.qualifier) ?? this.currentScope;
    const key = path.name.toLowerCase();
    const existing = scope.variables.get(key);
    if (existing !== undefined) {
      if (existing.options !== 'None') throw new VariableNotWritableError(existing.name);
      existing.value = value;
      return;
    }
    // pwsh: an unqualified write to a constant visible from an outer scope still fails.
    if (path.qualifier === undefined) {
      const outer = this.lookup(path);
      if (outer !== undefined && outer.options === 'Constant') throw new VariableNotWritableError(outer.name);
    }
    scope.variables.set(key, new PSVariable(path.name, value));
  }

  /** Defines a variable in a given scope, e.g. automatic variables with options. */
  define(scope: SessionStateScope, name: string, value: unknown, options: VariableOptions = 'None'): void {
    scope.variables.set(name.toLowerCase(), new PSVariable(name, value, options));
  }

  /** Removes a variable visible from the current scope; true when one was removed. */
  remove(path: VariablePath): boolean {
    const key = path.name.toLowerCase();
    for (let scope: SessionStateScope | undefined = this.scopeFor(path.qualifier) ?? this.currentScope; scope !== undefined; scope = scope.parent) {
      if (scope.variables.delete(key)) return true;
      if (path.qualifier !== undefined) return false;
    }
    return false;
  }

  /** Defines a function in the current scope. */
  defineFunction(definition: FunctionDefinitionAst): void {
    this.currentScope.functions.set(definition.name.toLowerCase(), { name: definition.name, definition });
  }

  /** Finds a function visible from the current scope. */
  lookupFunction(name: string): FunctionInfo | undefined {
    const key = name.toLowerCase();
    for (let scope: SessionStateScope | undefined = this.currentScope; scope !== undefined; scope = scope.parent) {
      const found = scope.functions.get(key);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Every function visible from the current scope, innermost definition first. */
  visibleFunctions(): FunctionInfo[] {
    const seen = new Map<string, FunctionInfo>();
    for (let scope: SessionStateScope | undefined = this.currentScope; scope !== undefined; scope = scope.parent) {
      for (const [key, info] of scope.functions) if (!seen.has(key)) seen.set(key, info);
    }
    return [...seen.values()];
  }
}

/** A VariablePath for a plain name such as `ErrorActionPreference` or `global:x`. */
export function variablePath(userPath: string): VariablePath {
  const colon = userPath.indexOf(':');
  if (colon > 0) {
    const qualifier = userPath.slice(0, colon).toLowerCase();
    return { userPath, qualifier, name: userPath.slice(colon + 1) };
  }
  return { userPath, name: userPath };
}
