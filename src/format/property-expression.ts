/**
 * Property names as Format-*, Select-Object and Sort-Object take them: exact (case-insensitive) or with
 * wildcards (`*`, `?`, `[a-z]`), resolved against one object's properties in their order.
 */
// pwsh: FormatAndOutput/common/Utilities/Mshexpression.cs (PSPropertyExpression.ResolveNames, GetValues).
import { containsWildcardCharacters, wildcardMatch } from '../engine/wildcard.js';
import { displayProperties, findProperty } from './value-display.js';

/** True when `pattern` has (unescaped) wildcard characters: `*`, `?`, `[`. */
export function hasWildcard(pattern: string): boolean {
  return containsWildcardCharacters(pattern);
}

/** The names of `target`'s properties that `pattern` matches, in property order (with their own spelling). */
export function resolvePropertyNames(target: unknown, pattern: string): string[] {
  if (!hasWildcard(pattern)) {
    const property = findProperty(target, pattern);
    return property === undefined ? [] : [property.name];
  }
  const seen = new Set<string>();
  const names: string[] = [];
  for (const property of displayProperties(target)) {
    const key = property.name.toLowerCase();
    if (wildcardMatch(property.name, pattern) && !seen.has(key)) {
      seen.add(key);
      names.push(property.name);
    }
  }
  return names;
}

/** A property's value; `found` is false when the object has no such property. */
export function propertyValue(target: unknown, name: string): { readonly found: boolean; readonly value: unknown } {
  const property = findProperty(target, name);
  return property === undefined ? { found: false, value: null } : { found: true, value: property.value };
}
