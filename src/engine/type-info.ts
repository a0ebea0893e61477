/**
 * Descriptors of the .NET types pcsh knows by name: what parameters are declared with, what `[int]` casts to,
 * what `-is` tests and what messages name. Conversion itself lives in `conversion.ts`
 * (pwsh's LanguagePrimitives.ConvertTo).
 */
import type { PSEnumType } from './ps-object.js';

/** A type as pwsh names it in messages, in `Get-Command -Syntax` and in help. */
export interface PSTypeInfo {
  /** The .NET full name, e.g. `System.String`, `System.String[]` (ParameterBinder messages' `{2}`). */
  readonly fullName: string;
  /** The .NET short name, e.g. `String`, `Int32`, `PSCartLineItem[]` (CategoryInfo, ErrorView). */
  readonly name: string;
  /** The name `Get-Command -Syntax` prints, e.g. `string`, `int`, `hashtable`, `PSCartLineItem[]`. */
  readonly syntaxName: string;
  /** For arrays: the element type (arguments are converted element by element). */
  readonly elementType?: PSTypeInfo;
  /** For enums: the members. */
  readonly enumType?: PSEnumType;
  /**
   * For module types (PSCartLineItem...): true when a value already is this type. Built-in types are
   * recognised by `conversion.ts` itself.
   */
  isInstance?(value: unknown): boolean;
  /**
   * For module types: converts a value that is not an instance (e.g. a hashtable of property values, as
   * pwsh's `[T]@{...}` does). Returns `undefined` when the value cannot be converted.
   */
  convertFrom?(value: unknown): unknown;
}

function builtIn(fullName: string, syntaxName: string): PSTypeInfo {
  return { fullName, name: fullName.slice(fullName.lastIndexOf('.') + 1), syntaxName };
}

/** An array type of `element`, e.g. `System.String[]`. */
export function arrayOf(element: PSTypeInfo): PSTypeInfo {
  return {
    fullName: `${element.fullName}[]`,
    name: `${element.name}[]`,
    syntaxName: `${element.syntaxName}[]`,
    elementType: element,
  };
}

/** The type of an enum. */
export function enumTypeInfo(enumType: PSEnumType): PSTypeInfo {
  return { fullName: enumType.fullName, name: enumType.name, syntaxName: enumType.name, enumType };
}

/** The built-in types, named as pwsh's type accelerators name them. */
export const PSTypes = {
  Object: builtIn('System.Object', 'Object'),
  PSObject: builtIn('System.Management.Automation.PSObject', 'psobject'),
  String: builtIn('System.String', 'string'),
  Char: builtIn('System.Char', 'char'),
  Int32: builtIn('System.Int32', 'int'),
  Int64: builtIn('System.Int64', 'long'),
  Double: builtIn('System.Double', 'double'),
  Decimal: builtIn('System.Decimal', 'decimal'),
  Boolean: builtIn('System.Boolean', 'bool'),
  SwitchParameter: builtIn('System.Management.Automation.SwitchParameter', 'switch'),
  Hashtable: builtIn('System.Collections.Hashtable', 'hashtable'),
  ScriptBlock: builtIn('System.Management.Automation.ScriptBlock', 'scriptblock'),
  DateTime: builtIn('System.DateTime', 'datetime'),
  Guid: builtIn('System.Guid', 'guid'),
  Uri: builtIn('System.Uri', 'uri'),
  PSCredential: builtIn('System.Management.Automation.PSCredential', 'pscredential'),
  SecureString: builtIn('System.Security.SecureString', 'securestring'),
} as const satisfies Record<string, PSTypeInfo>;
