/**
 * Which `$args` entries were parameter tokens (`-Name`, `-Name:`), so that splatting `@args` passes them on as
 * parameters, not as strings: pwsh marks such entries with a hidden `<CommandParameterName>` note property.
 * pcsh's strings cannot carry properties, so the `$args` array remembers the positions instead.
 */
// pwsh: ScriptParameterBinderController.HandleRemainingArguments, MiscOps.SplatEnumerableElement.

const parameterTokens = new WeakMap<readonly unknown[], ReadonlyMap<number, string>>();

/** Records that `values[index]` is the token of the parameter named `name` (as typed, without the dash). */
export function markParameterTokens(values: readonly unknown[], names: ReadonlyMap<number, string>): void {
  if (names.size > 0) parameterTokens.set(values, names);
}

/** The parameter name when `values[index]` was a parameter token, else undefined. */
export function parameterTokenName(values: readonly unknown[], index: number): string | undefined {
  return parameterTokens.get(values)?.get(index);
}
