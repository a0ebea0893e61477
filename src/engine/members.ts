/**
 * Member access on values (pwsh's Extended Type System, reduced to what scripts use): properties,
 * indexing, instance methods (with the intrinsic `.Where({})` / `.ForEach({})`), and static members of
 * .NET types (`[Math]::Round`, `[datetime]::Now`).
 */
// pwsh: engine/runtime/Binding/Binders.cs (PSGetMemberBinder, PSInvokeMemberBinder, PSGetIndexBinder),
// lang/parserutils.cs (ParserOps.CallMethod: InvokeMethodOnNull, MethodNotFound).
import { toDotNetString, typeName } from './conversion.js';
import { interpreterError, methodNotFound } from './operators/interpreter-error.js';
import { Hashtable, PSDateTime, PSEnumValue, PSObject } from './ps-object.js';
import { ScriptBlock } from './script-block.js';
import { isPSTypeInfo, resolveType } from './type-resolver.js';
import { enumTypeInfo, type PSTypeInfo } from './type-info.js';
import { ArrayMethods, HashtableMethods } from './members/collection-methods.js';
import { engineMembersOf } from './members/engine-object.js';
import { forEachMethod, whereMethod } from './members/magic-methods.js';
import { callMethod, lazyMethodTable, overload, type MethodContext, type MethodTable } from './members/method-binding.js';
import { BooleanMethods, DateTimeMethods, EnumMethods, NumberMethods, PSObjectMethods, ScriptBlockMethods } from './members/scalar-methods.js';
import { encodingMethods, staticMembersOf } from './members/static-members.js';
import { StringMethods } from './members/string-methods.js';

export type { MethodContext } from './members/method-binding.js';
export { getMember, setMember } from './members/property-access.js';
export { getIndex, setIndex } from './members/indexing.js';

/** `$x.GetType()`: the value's type (a PSTypeInfo, whose `.Name` and `.FullName` work). */
export function typeOf(value: unknown): PSTypeInfo {
  if (value instanceof PSEnumValue) return enumTypeInfo(value.enumType);
  const fullName = engineMembersOf(value)?.typeName ?? typeName(value);
  return resolveType(fullName) ?? { fullName, name: fullName.slice(fullName.lastIndexOf('.') + 1), syntaxName: fullName };
}

const TypeMethods: MethodTable<PSTypeInfo> = lazyMethodTable<PSTypeInfo>(() => ({
  ToString: [overload([], (t) => t.fullName)],
  Equals: [overload([['o']], (t, [o]) => isPSTypeInfo(o) && o.fullName === t.fullName)],
}));

/** Methods every .NET object has. */
const ObjectMethods: MethodTable<unknown> = lazyMethodTable<unknown>(() => ({
  ToString: [overload([], (o) => toDotNetString(o))],
  Equals: [overload([['obj']], (o, [other]) => o === other)],
  GetHashCode: [overload([], () => 0)],
}));

function methodsOf(target: unknown): MethodTable<never> | undefined {
  if (typeof target === 'string') return StringMethods;
  const engineObject = engineMembersOf(target);
  if (engineObject !== undefined) return engineObject.methods;
  if (typeof target === 'number') return NumberMethods;
  if (typeof target === 'boolean') return BooleanMethods;
  if (Array.isArray(target)) return ArrayMethods;
  if (target instanceof Hashtable) return HashtableMethods;
  if (target instanceof PSDateTime) return DateTimeMethods;
  if (target instanceof PSEnumValue) return EnumMethods;
  if (target instanceof ScriptBlock) return ScriptBlockMethods;
  if (target instanceof PSObject) return target.typeNames[1] === 'System.Text.Encoding' ? encodingMethods() : PSObjectMethods;
  if (isPSTypeInfo(target)) return TypeMethods;
  return undefined;
}

/**
 * `target.name(args)`. Arrays without the method call it on each element (member enumeration). Errors:
 * `You cannot call a method on a null-valued expression.` (InvokeMethodOnNull), `Method invocation failed
 * because [T] does not contain a method named 'm'.` (MethodNotFound), and the .NET method's own failures.
 */
export async function invokeMethod(target: unknown, name: string, args: readonly unknown[], context: MethodContext): Promise<unknown> {
  if (target === null || target === undefined) throw interpreterError('InvokeMethodOnNull', [], null);
  const lower = name.toLowerCase();
  if (lower === 'where') return whereMethod(target, args, context);
  if (lower === 'foreach') return forEachMethod(target, args, context, (item, method, rest) => invokeMethod(item, method, rest, context));
  if (lower === 'gettype' && args.length === 0) return typeOf(target);
  const definition = methodsOf(target)?.get(lower);
  if (definition !== undefined) return callMethod(definition, target as never, args, context);
  if (Array.isArray(target)) return enumerateMethod(target, name, args, context);
  const common = ObjectMethods.get(lower);
  if (common !== undefined) return callMethod(common, target, args, context);
  throw methodNotFound(typeName(target), name);
}

/** Member enumeration of a method: call it on every element that has it. */
async function enumerateMethod(items: readonly unknown[], name: string, args: readonly unknown[], context: MethodContext): Promise<unknown> {
  const results: unknown[] = [];
  let any = false;
  for (const item of items) {
    if (item === null || item === undefined) continue;
    if (methodsOf(item)?.get(name.toLowerCase()) === undefined && ObjectMethods.get(name.toLowerCase()) === undefined) continue;
    any = true;
    const value = await invokeMethod(item, name, args, context);
    if (typeof value === 'symbol') continue;
    if (Array.isArray(value)) results.push(...value);
    else results.push(value);
  }
  if (!any) throw methodNotFound(typeName(items), name);
  return results.length === 1 ? results[0] : results;
}

function staticType(type: string | PSTypeInfo): PSTypeInfo {
  if (typeof type !== 'string') return type;
  const resolved = resolveType(type);
  if (resolved === undefined) throw interpreterError('TypeNotFound', [type], type);
  return resolved;
}

/** `[type]::name(args)`. */
export async function invokeStaticMethod(type: string | PSTypeInfo, name: string, args: readonly unknown[], context: MethodContext): Promise<unknown> {
  const info = staticType(type);
  const definition = staticMembersOf(info)?.methods.get(name.toLowerCase());
  if (definition === undefined) throw methodNotFound(info.fullName, name);
  return callMethod(definition, null, args, context);
}

/** `[type]::name`: a static property or an enum member; `$null` when there is none. */
export function getStaticMember(type: string | PSTypeInfo, name: string): unknown {
  const info = staticType(type);
  if (info.enumType !== undefined) {
    const member = info.enumType.members.find(([n]) => n.toLowerCase() === name.toLowerCase());
    if (member !== undefined) return new PSEnumValue(info.enumType, member[0], member[1]);
  }
  const property = staticMembersOf(info)?.properties[name.toLowerCase()];
  if (property !== undefined) return property();
  return null;
}
