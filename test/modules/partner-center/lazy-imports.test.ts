/**
 * The start-up guard for this module (STYLE.md guideline 9): what loads when a cart cmdlet is listed, bound or
 * run with -WhatIf — the module table and each cmdlet file with everything they import statically — must not
 * reach got, ajv, msal-node or the sandbox. Those load through `await import()` when a request is made.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../src/', import.meta.url));
const moduleDir = join(root, 'modules', 'partner-center');
const HEAVY = ['got', 'ajv', 'ajv-formats', '@azure/msal-node', 'marked', 'marked-man'];

/** Static (non-type) import and re-export specifiers of a file; `await import()` is not static. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s+['"]([^'"]+)['"]/gm)) {
    if (match[2] === undefined) specifiers.push(match[3] as string);
  }
  for (const match of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) specifiers.push(match[1] as string);
  return specifiers;
}

/** Every source file and package reached statically from `entry`. */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
        if (target.endsWith('.ts')) pending.push(target);
      } else {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] as string));
      }
    }
  }
  return { files, packages };
}

const entries = [join(moduleDir, 'index.ts'), ...readdirSync(join(moduleDir, 'cmdlets')).map((f) => join(moduleDir, 'cmdlets', f))];

describe('nothing heavy on the eager path', () => {
  it.each(entries.map((e) => [e.slice(root.length)]))('%s', (entry) => {
    const { files, packages } = reach(join(root, entry));
    expect([...packages].filter((p) => HEAVY.includes(p))).toEqual([]);
    expect([...files].filter((f) => f.includes(`${join(root, 'sandbox')}/`))).toEqual([]);
    expect([...files].filter((f) => /partner-center\/(api\/(client|validate)|auth\/(sign-in|token-cache))\.ts$/.test(f))).toEqual([]);
  });

  it('the guard follows static imports and skips type-only ones and await import()', () => {
    // token-cache.ts: `import { … } from 'node:fs'` counts; `import type { … } from '@azure/msal-node'` does not.
    const cache = reach(join(moduleDir, 'auth', 'token-cache.ts')).packages;
    expect(cache.has('node:fs')).toBe(true);
    expect(cache.has('@azure/msal-node')).toBe(false);
    // validate.ts loads ajv with `await import('ajv')`; carts.ts imports validate.ts statically.
    expect(staticImports(join(moduleDir, 'api', 'validate.ts'))).not.toContain('ajv');
    expect(reach(join(moduleDir, 'api', 'carts.ts')).files).toContain(join(moduleDir, 'api', 'validate.ts'));
  });
});
