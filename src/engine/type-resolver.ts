/**
 * Type names to types: pwsh's type accelerators (`[int]`, `[hashtable]`, `[pscustomobject]`), full names
 * (`[System.Int32]`), names under the `System` namespace without it (`[IO.Path]`, `[Math]`), array types
 * (`[string[]]`) and the generic lists scripts use (`[System.Collections.Generic.List[string]]`), all
 * case-insensitive. Modules add their own types with {@link registerType}.
 */
// pwsh: engine/parser/TypeResolver.cs (TypeAccelerators, the "System" namespace search).
import { ActionPreferenceType, ConfirmImpactType } from './action-preference.js';
import { ErrorRecord, PSException } from './errors.js';
import { ErrorViewType } from './preferences.js';
import { exceptionTypeHierarchy, KnownExceptionTypes } from './members/error-members.js';
import type { PSEnumType } from './ps-object.js';
import { arrayOf, enumTypeInfo, PSTypes, type PSTypeInfo } from './type-info.js';

function typeInfo(fullName: string, syntaxName: string): PSTypeInfo {
  return { fullName, name: fullName.slice(fullName.lastIndexOf('.') + 1), syntaxName };
}

function enumType(fullName: string, members: readonly string[], values?: readonly number[]): PSEnumType {
  return { fullName, name: fullName.slice(fullName.lastIndexOf('.') + 1), members: members.map((m, i) => [m, values?.[i] ?? i] as const) };
}

/** .NET enums the built-in members and methods use. */
export const BuiltInEnums = {
  DayOfWeek: enumType('System.DayOfWeek', ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']),
  DateTimeKind: enumType('System.DateTimeKind', ['Unspecified', 'Utc', 'Local']),
  MidpointRounding: enumType('System.MidpointRounding', ['ToEven', 'AwayFromZero', 'ToZero', 'ToNegativeInfinity', 'ToPositiveInfinity']),
  StringComparison: enumType('System.StringComparison', [
    'CurrentCulture', 'CurrentCultureIgnoreCase', 'InvariantCulture', 'InvariantCultureIgnoreCase', 'Ordinal', 'OrdinalIgnoreCase',
  ]),
  StringSplitOptions: enumType('System.StringSplitOptions', ['None', 'RemoveEmptyEntries', 'TrimEntries'], [0, 1, 2]),
  SplitOptions: enumType(
    'System.Management.Automation.SplitOptions',
    ['SimpleMatch', 'RegexMatch', 'CultureInvariant', 'IgnorePatternWhitespace', 'Multiline', 'Singleline', 'IgnoreCase', 'ExplicitCapture'],
    [1, 2, 4, 8, 16, 32, 64, 128],
  ),
  RegexOptions: enumType(
    'System.Text.RegularExpressions.RegexOptions',
    ['None', 'IgnoreCase', 'Multiline', 'ExplicitCapture', 'Compiled', 'Singleline', 'IgnorePatternWhitespace', 'RightToLeft', 'ECMAScript', 'CultureInvariant'],
    [0, 1, 2, 4, 8, 16, 32, 64, 256, 512],
  ),
  WhereOperatorSelectionMode: enumType('System.Management.Automation.WhereOperatorSelectionMode', ['Default', 'First', 'Last', 'SkipUntil', 'Until', 'Split']),
} as const satisfies Record<string, PSEnumType>;

/** Types pcsh knows beyond {@link PSTypes}: numeric widths, collections, and classes with static members. */
export const MoreTypes = {
  Single: typeInfo('System.Single', 'float'),
  Byte: typeInfo('System.Byte', 'byte'),
  SByte: typeInfo('System.SByte', 'sbyte'),
  Int16: typeInfo('System.Int16', 'short'),
  UInt16: typeInfo('System.UInt16', 'ushort'),
  UInt32: typeInfo('System.UInt32', 'uint'),
  UInt64: typeInfo('System.UInt64', 'ulong'),
  Array: typeInfo('System.Array', 'array'),
  ObjectArray: arrayOf(PSTypes.Object),
  OrderedDictionary: typeInfo('System.Collections.Specialized.OrderedDictionary', 'ordered'),
  IDictionary: typeInfo('System.Collections.IDictionary', 'System.Collections.IDictionary'),
  ArrayList: typeInfo('System.Collections.ArrayList', 'System.Collections.ArrayList'),
  Regex: typeInfo('System.Text.RegularExpressions.Regex', 'regex'),
  Type: typeInfo('System.Type', 'type'),
  Void: typeInfo('System.Void', 'void'),
  TimeSpan: typeInfo('System.TimeSpan', 'timespan'),
  Enum: typeInfo('System.Enum', 'System.Enum'),
  ValueType: typeInfo('System.ValueType', 'System.ValueType'),
  PSCustomObject: typeInfo('System.Management.Automation.PSCustomObject', 'System.Management.Automation.PSCustomObject'),
  Math: typeInfo('System.Math', 'System.Math'),
  Environment: typeInfo('System.Environment', 'System.Environment'),
  Convert: typeInfo('System.Convert', 'System.Convert'),
  Path: typeInfo('System.IO.Path', 'System.IO.Path'),
  File: typeInfo('System.IO.File', 'System.IO.File'),
  Directory: typeInfo('System.IO.Directory', 'System.IO.Directory'),
  WildcardPattern: typeInfo('System.Management.Automation.WildcardPattern', 'WildcardPattern'),
  Encoding: typeInfo('System.Text.Encoding', 'System.Text.Encoding'),
  Uri: PSTypes.Uri,
} as const satisfies Record<string, PSTypeInfo>;

/** A `System.Collections.Generic.List[T]` type. */
export function listOf(element: PSTypeInfo): PSTypeInfo {
  return {
    fullName: `System.Collections.Generic.List\`1[${element.fullName}]`,
    name: 'List`1',
    syntaxName: `System.Collections.Generic.List[${element.syntaxName}]`,
    elementType: element,
  };
}

// Filled on the first lookup, not when the engine loads: most runs resolve no type name. Modules' registrations
// wait until then, and are applied after the built-in types, in the order they were made.
let table: Map<string, PSTypeInfo> | undefined;
const registered: (readonly [PSTypeInfo, readonly string[]])[] = [];

function types(): Map<string, PSTypeInfo> {
  if (table === undefined) {
    table = new Map();
    addBuiltInTypes();
    for (const [info, names] of registered.splice(0)) add(info, ...names);
  }
  return table;
}

function add(info: PSTypeInfo, ...names: string[]): void {
  const known = types();
  for (const name of [info.fullName, ...names]) {
    known.set(name.toLowerCase(), info);
    if (name.startsWith('System.')) known.set(name.slice('System.'.length).toLowerCase(), info);
  }
}

/** pwsh's type accelerators, the types pcsh knows by full name, and the engine's enums and exception types. */
function addBuiltInTypes(): void {
  add(PSTypes.Object, 'object');
  add(PSTypes.PSObject, 'psobject', 'pscustomobject');
  add(MoreTypes.PSCustomObject);
  add(PSTypes.String, 'string');
  add(PSTypes.Char, 'char');
  add(PSTypes.Int32, 'int', 'int32');
  add(PSTypes.Int64, 'long', 'int64');
  add(PSTypes.Double, 'double');
  add(MoreTypes.Single, 'float', 'single');
  add(PSTypes.Decimal, 'decimal');
  add(MoreTypes.Byte, 'byte');
  add(MoreTypes.SByte, 'sbyte');
  add(MoreTypes.Int16, 'short', 'int16');
  add(MoreTypes.UInt16, 'ushort', 'uint16');
  add(MoreTypes.UInt32, 'uint', 'uint32');
  add(MoreTypes.UInt64, 'ulong', 'uint64');
  add(PSTypes.Boolean, 'bool');
  add(PSTypes.SwitchParameter, 'switch');
  add(PSTypes.Hashtable, 'hashtable');
  add(MoreTypes.OrderedDictionary, 'ordered');
  add(PSTypes.ScriptBlock, 'scriptblock');
  add(PSTypes.DateTime, 'datetime');
  add(PSTypes.Guid, 'guid');
  add(PSTypes.Uri, 'uri');
  add(PSTypes.PSCredential, 'pscredential');
  add(PSTypes.SecureString, 'securestring');
  add(MoreTypes.Array, 'array');
  add(MoreTypes.Regex, 'regex');
  add(MoreTypes.Type, 'type');
  add(MoreTypes.Void, 'void');
  add(MoreTypes.TimeSpan, 'timespan');
  for (const info of Object.values(MoreTypes)) if (!types().has(info.fullName.toLowerCase())) add(info);
  add(MoreTypes.WildcardPattern, 'WildcardPattern');
  for (const e of Object.values(BuiltInEnums)) add(enumTypeInfo(e));
  // The engine's own enums: `[System.Management.Automation.ActionPreference]'Stop'`, `[ConfirmImpact]`…
  for (const e of [ActionPreferenceType, ConfirmImpactType, ErrorViewType]) add(enumTypeInfo(e), e.name);

  for (const name of KnownExceptionTypes) {
    add({
      ...typeInfo(name, name),
      isInstance: (value: unknown) => value instanceof PSException && exceptionTypeHierarchy(value.typeName).includes(name),
    });
  }
  add({ ...typeInfo('System.Management.Automation.ErrorRecord', 'System.Management.Automation.ErrorRecord'), isInstance: (value: unknown) => value instanceof ErrorRecord });
}

/** True for a type used as a value (`[int]`, `$x.GetType()`): a {@link PSTypeInfo}. */
export function isPSTypeInfo(value: unknown): value is PSTypeInfo {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Partial<Record<keyof PSTypeInfo, unknown>>;
  return typeof v.fullName === 'string' && typeof v.name === 'string' && typeof v.syntaxName === 'string';
}

/** Splits `List[string]` into `List` and `['string']`, honouring nested brackets; undefined if not generic. */
function genericParts(name: string): { readonly base: string; readonly args: string[] } | undefined {
  const open = name.indexOf('[');
  if (open <= 0 || !name.endsWith(']')) return undefined;
  const inner = name.slice(open + 1, -1);
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '[') depth++;
    else if (inner[i] === ']') depth--;
    else if (inner[i] === ',' && depth === 0) {
      args.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(inner.slice(start).trim());
  return args.some((a) => a === '') ? undefined : { base: name.slice(0, open).trim(), args };
}

/**
 * The type a name stands for, or undefined (the caller raises TypeNotFound, `Unable to find type [{0}].`).
 */
export function resolveType(name: string): PSTypeInfo | undefined {
  const trimmed = name.trim();
  const known = types().get(trimmed.toLowerCase());
  if (known !== undefined) return known;
  if (trimmed.endsWith('[]')) {
    const element = resolveType(trimmed.slice(0, -2));
    return element === undefined ? undefined : arrayOf(element);
  }
  const generic = genericParts(trimmed);
  if (generic !== undefined) {
    const base = generic.base.toLowerCase().replace(/^system\./, '');
    const args = generic.args.map(resolveType);
    if (args.some((a) => a === undefined)) return undefined;
    if ((base === 'collections.generic.list' || base === 'collections.generic.list`1') && args.length === 1) return listOf(args[0] as PSTypeInfo);
  }
  return undefined;
}

/** Makes a module's type resolvable by its full name and the extra names given (e.g. a short name). */
export function registerType(info: PSTypeInfo, ...names: string[]): void {
  if (table === undefined) registered.push([info, names]);
  else add(info, ...names);
}
