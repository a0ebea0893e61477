/**
 * Property names as Format-*, Select-Object and Sort-Object take them: exact (case-insensitive) or with
 * wildcards (`*`, `?`, `[a-z]`), resolved against one object's properties in their order.
 */
// pwsh: FormatAndOutput/common/Utilities/Mshexpression.cs (PSPropertyExpression.ResolveNames, GetValues) and
// engine/regex/WildcardPattern.cs (the pattern language).
import { displayProperties, findProperty } from './value-display.js';

/** True when `pattern` has wildcard characters (`*`, `?`, `[`). */
export function hasWildcard(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** A case-insensitive regular expression for a pwsh wildcard pattern; a backtick escapes the next character. */
export function wildcardRegex(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '`' && i + 1 < pattern.length) {
      source += escapeRegex(pattern[++i] as string);
    } else if (c === '*') {
      source += '.*';
    } else if (c === '?') {
      source += '.';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        source += '\\[';
      } else {
        source += `[${pattern.slice(i + 1, close).replace(/[\\^]/g, '\\$&')}]`;
        i = close;
      }
    } else {
      source += escapeRegex(c);
    }
  }
  return new RegExp(`^${source}$`, 'is');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The names of `target`'s properties that `pattern` matches, in property order (with their own spelling). */
export function resolvePropertyNames(target: unknown, pattern: string): string[] {
  if (!hasWildcard(pattern)) {
    const property = findProperty(target, pattern);
    return property === undefined ? [] : [property.name];
  }
  const regex = wildcardRegex(pattern);
  const seen = new Set<string>();
  const names: string[] = [];
  for (const property of displayProperties(target)) {
    const key = property.name.toLowerCase();
    if (regex.test(property.name) && !seen.has(key)) {
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
