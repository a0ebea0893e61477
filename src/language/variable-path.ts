/**
 * Splits a variable name as written (`script:x`, `env:PATH`, `variable:global:x`) into qualifier and name.
 */
// pwsh: engine/VariablePath.cs, the VariablePath(string) constructor.

import type { VariablePath } from './ast.js';

const SCOPES = ['global', 'local', 'private', 'script'] as const;

function scopeAt(path: string, index: number): string | undefined {
  for (const scope of SCOPES) {
    const end = index + scope.length;
    if (path.charCodeAt(end) === 0x3a && path.slice(index, end).toLowerCase() === scope) return scope;
  }
  return undefined;
}

/** Parses the text after `$` (or inside `${}`) into pwsh's parts. */
export function variablePath(userPath: string): VariablePath {
  if (userPath.indexOf(':') < 0) return { userPath, name: userPath };
  let index = 0;
  let qualifier: string | undefined;
  if (hasPrefix(userPath, 'variable')) {
    qualifier = 'variable';
    index = 9;
  }
  const scope = scopeAt(userPath, index);
  if (scope !== undefined) {
    qualifier = scope;
    index += scope.length + 1;
  } else if (qualifier === undefined) {
    const colon = userPath.indexOf(':');
    if (colon > 0) return { userPath, qualifier: userPath.slice(0, colon).toLowerCase(), name: userPath.slice(colon + 1) };
    if (colon === 0) return { userPath, name: userPath.slice(1) };
  }
  const name = userPath.slice(index);
  return qualifier === undefined ? { userPath, name } : { userPath, qualifier, name };
}

function hasPrefix(path: string, prefix: string): boolean {
  return path.charCodeAt(prefix.length) === 0x3a && path.slice(0, prefix.length).toLowerCase() === prefix;
}
