/**
 * How pcsh declares the .NET methods scripts call and binds a call to one of their overloads: by argument
 * count, then by whether the arguments convert to the parameter types. Failures raise pwsh's
 * MethodException / MethodInvocationException texts.
 */
// pwsh: engine/CoreAdapter.cs (FindBestMethod, MethodCountCouldNotFindBest, AuxiliaryMethodInvoke),
// runtime/Operations/MiscOps.cs (ExceptionHandlingOps.ConvertToMethodInvocationException).
import { convertTo, toPSString } from '../conversion.js';
import { PSException } from '../errors.js';
import type { ScriptBlock } from '../script-block.js';
import { ExtendedTypeSystem } from '../strings/ExtendedTypeSystem.js';
import { format } from '../strings/format.js';
import type { PSTypeInfo } from '../type-info.js';
import { methodError, methodInvocationError } from '../operators/interpreter-error.js';
import { AutomationNull } from '../execution-context.js';

/** What a method call may need from the session: running a script block (`.Where({})`, `.ForEach({})`). */
export interface MethodContext {
  invokeScriptBlock(block: ScriptBlock, dollarUnder: unknown): Promise<unknown[]>;
}

/** A parameter: its .NET name (for conversion errors) and type (undefined = System.Object, no conversion). */
export type Parameter = readonly [name: string, type?: PSTypeInfo];

/** One overload: its parameters and the implementation, which receives converted arguments. */
export interface Overload<T> {
  readonly params: readonly Parameter[];
  /** The last parameter takes any number of arguments (`params object[]`). */
  readonly variadic?: boolean;
  invoke(target: T, args: unknown[], context: MethodContext): unknown;
}

/** A method: its .NET name and overloads. */
export interface MethodDefinition<T> {
  readonly name: string;
  readonly overloads: readonly Overload<T>[];
}

/** A table of methods, looked up case-insensitively. */
export type MethodTable<T> = ReadonlyMap<string, MethodDefinition<T>>;

/** Builds a method table from `{ Name: [overloads] }`. */
export function methodTable<T>(definitions: Readonly<Record<string, readonly Overload<T>[]>>): MethodTable<T> {
  return new Map(Object.entries(definitions).map(([name, overloads]) => [name.toLowerCase(), { name, overloads }] as const));
}

/**
 * A method table built on its first lookup. The engine's tables of instance methods hold hundreds of closures;
 * building them when the engine loads was part of every start-up, though most runs call few methods or none.
 */
export function lazyMethodTable<T>(definitions: () => Readonly<Record<string, readonly Overload<T>[]>>): MethodTable<T> {
  let table: MethodTable<T> | undefined;
  const built = (): MethodTable<T> => (table ??= methodTable(definitions()));
  return {
    get: (name) => built().get(name),
    has: (name) => built().has(name),
    forEach: (callback, thisArg) => built().forEach(callback, thisArg),
    get size() {
      return built().size;
    },
    entries: () => built().entries(),
    keys: () => built().keys(),
    values: () => built().values(),
    [Symbol.iterator]: () => built()[Symbol.iterator](),
  };
}

/** An overload of `params`. */
export function overload<T>(params: readonly Parameter[], invoke: Overload<T>['invoke'], variadic = false): Overload<T> {
  return variadic ? { params, invoke, variadic } : { params, invoke };
}

/** The value a `void` .NET method returns: nothing is written to the pipeline. */
export const Void = AutomationNull;

/** A .NET exception raised by a method implementation (becomes `Exception calling "m" …`). */
export function dotNetException(message: string, typeName: string, parameterName?: string): PSException {
  return new PSException(parameterName === undefined ? message : `${message} (Parameter '${parameterName}')`, typeName);
}

function fits<T>(o: Overload<T>, count: number): boolean {
  return o.variadic === true ? count >= o.params.length - 1 : count === o.params.length;
}

function convertArguments<T>(definition: MethodDefinition<T>, o: Overload<T>, args: readonly unknown[]): unknown[] {
  return args.map((arg, i) => {
    const [name, type] = o.params[Math.min(i, o.params.length - 1)] as Parameter;
    if (type === undefined) return arg;
    try {
      return convertTo(arg, type);
    } catch (error) {
      if (!(error instanceof PSException)) throw error;
      const message = format(ExtendedTypeSystem.MethodArgumentConversionException, name, toPSString(arg), definition.name, type.fullName, error.message);
      throw methodError('MethodException', 'MethodArgumentConversionInvalidCastArgument', message, error);
    }
  });
}

/**
 * Calls `definition` on `target`. Exceptions the implementation throws as plain PSExceptions (.NET
 * exceptions) become MethodInvocationExceptions; RuntimeExceptions (script errors) pass through.
 */
export async function callMethod<T>(definition: MethodDefinition<T>, target: T, args: readonly unknown[], context: MethodContext): Promise<unknown> {
  const candidates = definition.overloads.filter((o) => fits(o, args.length));
  if (candidates.length === 0) {
    throw methodError('MethodException', 'MethodCountCouldNotFindBest', format(ExtendedTypeSystem.MethodArgumentCountException, definition.name, args.length));
  }
  let converted: unknown[] | undefined;
  let chosen: Overload<T> | undefined;
  let firstError: unknown;
  for (const candidate of candidates) {
    try {
      converted = convertArguments(definition, candidate, args);
      chosen = candidate;
      break;
    } catch (error) {
      firstError ??= error;
    }
  }
  if (chosen === undefined || converted === undefined) throw firstError;
  try {
    return await chosen.invoke(target, converted, context);
  } catch (error) {
    if (error instanceof PSException && error.errorRecord === undefined) throw methodInvocationError(definition.name, args.length, error);
    throw error;
  }
}
