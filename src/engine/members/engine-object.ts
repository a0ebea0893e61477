/**
 * Engine objects that scripts hold as values (`$PSCmdlet`): each declares the .NET members pwsh shows on it, a
 * table of property getters and methods, under a symbol key. Member access (members.ts, property-access.ts) asks
 * the value for its table, so it needs no import of the classes, and the classes load only when they are used.
 */
import type { MethodTable } from './method-binding.js';

/** The key under which an engine object keeps its member table. */
export const DotNetMembers: unique symbol = Symbol('DotNetMembers');

/** The members of an engine object's .NET type. */
export interface DotNetMemberTable<T> {
  /** The .NET type full name, e.g. `System.Management.Automation.PSScriptCmdlet`. */
  readonly typeName: string;
  /** Property getters, by lower-cased name. */
  readonly properties: Readonly<Record<string, (target: T) => unknown>>;
  readonly methods: MethodTable<T>;
}

/** A value that declares its own .NET members. */
export interface EngineObject<T> {
  readonly [DotNetMembers]: DotNetMemberTable<T>;
}

/** The member table of an engine object, or undefined for any other value. */
export function engineMembersOf(value: unknown): DotNetMemberTable<never> | undefined {
  if (typeof value !== 'object' || value === null || !(DotNetMembers in value)) return undefined;
  return (value as EngineObject<never>)[DotNetMembers];
}
