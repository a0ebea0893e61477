/**
 * The Node built-ins the binary's entry (dist/cli.js) uses, taken without ES `import` statements: an ES module's
 * import of a built-in builds a facade of all its exports, and the four the entry needs cost about 2 ms of
 * start-up. `process.getBuiltinModule` (Node 20.16) returns the module itself; older Node 20 releases get the
 * same module through `require`.
 */

type Load = <T>(id: string) => T;

const load: Load =
  typeof process.getBuiltinModule === 'function'
    ? <T>(id: string) => process.getBuiltinModule(id) as T
    : ((await import('node:module')).createRequire(import.meta.url) as unknown as Load);

export const fs = load<typeof import('node:fs')>('node:fs');
export const url = load<typeof import('node:url')>('node:url');
export const vm = load<typeof import('node:vm')>('node:vm');
export const nodeModule = load<typeof import('node:module')>('node:module');
