/**
 * The Node built-ins the binary's entry (dist/cli.js) uses, taken without ES `import` statements: an ES module's
 * import of a built-in builds a facade of all its exports, and node:fs, node:url and node:vm cost about 2 ms of
 * start-up that way. `process.getBuiltinModule` (Node 20.16) returns the module itself; older Node 20 releases get
 * the same module through `require` (node:module's facade is small).
 */
import { createRequire } from 'node:module';

type Load = <T>(id: string) => T;

const load: Load =
  typeof process.getBuiltinModule === 'function' ? <T>(id: string) => process.getBuiltinModule(id) as T : (createRequire(import.meta.url) as unknown as Load);

export const fs = load<typeof import('node:fs')>('node:fs');
export const path = load<typeof import('node:path')>('node:path');
export const url = load<typeof import('node:url')>('node:url');
export const vm = load<typeof import('node:vm')>('node:vm');
/** node:os, loaded on the first call (Node loads it only when asked). */
export const os = (): typeof import('node:os') => load<typeof import('node:os')>('node:os');
