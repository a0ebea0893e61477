/**
 * How a typed parameter name finds its parameter (pwsh's MergedCommandParameterMetadata.GetMatchingParameter with
 * `tryExactMatching`): an exact name or alias wins at once; otherwise every name, then every alias, that starts
 * with the typed text is a candidate; among several, a single declared parameter wins, else the name is ambiguous.
 */
import type { BinderMetadata, CompiledParameter, ParameterMatch } from './binder-metadata.js';

const NOT_FOUND: ParameterMatch = { kind: 'NotFound' };

/** Results are cached per command; this bounds the cache against scripts that type many different names. */
const MATCH_CACHE_LIMIT = 512;

/** pwsh's CharExtensions.IsDash: hyphen-minus, en dash, em dash, horizontal bar. */
export function isDash(c: string | undefined): boolean {
  return c === '-' || c === '\u2013' || c === '\u2014' || c === '\u2015';
}

/** The typed name without one leading dash, as pwsh compares and reports it. */
export function stripDash(name: string): string {
  return isDash(name[0]) ? name.slice(1) : name;
}

/** Matches a typed name (without its dash) against the command's parameters and aliases. */
// pwsh: engine/MergedCommandParameterMetadata.cs, GetMatchingParameter.
export function matchParameter(metadata: BinderMetadata, typedName: string): ParameterMatch {
  const key = stripDash(typedName).toLowerCase();
  let match = metadata.matchCache.get(key);
  if (match === undefined) {
    match = computeMatch(metadata, key);
    if (metadata.matchCache.size < MATCH_CACHE_LIMIT) metadata.matchCache.set(key, match);
  }
  return match;
}

function computeMatch(metadata: BinderMetadata, key: string): ParameterMatch {
  const candidates: CompiledParameter[] = [];
  for (const [name, parameter] of metadata.names) {
    if (name === key) return { kind: 'Found', parameter };
    if (name.startsWith(key)) candidates.push(parameter);
  }
  for (const [alias, parameter] of metadata.aliases) {
    if (alias === key) return { kind: 'Found', parameter };
    if (alias.startsWith(key) && !candidates.includes(parameter)) candidates.push(parameter);
  }
  if (candidates.length === 0) return NOT_FOUND;
  if (candidates.length === 1) return { kind: 'Found', parameter: candidates[0] as CompiledParameter };
  const declared = candidates.filter((p) => p.isDeclared);
  if (declared.length === 1) return { kind: 'Found', parameter: declared[0] as CompiledParameter };
  return { kind: 'Ambiguous', candidates: candidates.map((p) => ` -${p.name}`).join('') };
}
