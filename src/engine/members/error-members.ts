/**
 * Members of the error objects scripts meet in `catch { }` and `$Error`: ErrorRecord (`$_.Exception`,
 * `.FullyQualifiedErrorId`, `.CategoryInfo`, `.TargetObject`, `.InvocationInfo`), the exception
 * (`.Message`, `.InnerException`) and CategoryInfo (`.Category`, `.Reason`…), and the .NET exception
 * type hierarchy `catch [T]` and `-is` test against.
 */
// pwsh: engine/ErrorPackage.cs (ErrorRecord, ErrorCategoryInfo), InvocationInfo.cs.
import { ErrorCategoryInfo, ErrorRecord, PSException } from '../errors.js';

/** Base types of the exception types pcsh raises, most-derived first (each ends in System.Exception). */
const EXCEPTION_BASES: Readonly<Record<string, string>> = {
  'System.Management.Automation.RuntimeException': 'System.SystemException',
  'System.Management.Automation.ParameterBindingException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.CommandNotFoundException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ActionPreferenceStopException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ParseException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.WildcardPatternException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ExtendedTypeSystemException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.MethodException': 'System.Management.Automation.ExtendedTypeSystemException',
  'System.Management.Automation.MethodInvocationException': 'System.Management.Automation.MethodException',
  'System.Management.Automation.PSInvalidCastException': 'System.InvalidCastException',
  'System.Management.Automation.ItemNotFoundException': 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.SessionStateException': 'System.Management.Automation.RuntimeException',
  'System.InvalidCastException': 'System.SystemException',
  'System.ArgumentException': 'System.SystemException',
  'System.ArgumentNullException': 'System.ArgumentException',
  'System.ArgumentOutOfRangeException': 'System.ArgumentException',
  'System.FormatException': 'System.SystemException',
  'System.ArithmeticException': 'System.SystemException',
  'System.DivideByZeroException': 'System.ArithmeticException',
  'System.OverflowException': 'System.ArithmeticException',
  'System.InvalidOperationException': 'System.SystemException',
  'System.NotSupportedException': 'System.SystemException',
  'System.IndexOutOfRangeException': 'System.SystemException',
  'System.IO.IOException': 'System.SystemException',
  'System.IO.FileNotFoundException': 'System.IO.IOException',
  'System.Text.RegularExpressions.RegexParseException': 'System.ArgumentException',
  'System.SystemException': 'System.Exception',
};

/** The exception types a .NET exception type is an instance of, most-derived first. */
export function exceptionTypeHierarchy(typeName: string): string[] {
  const names = [typeName];
  let current = typeName;
  while (current !== 'System.Exception') {
    current = EXCEPTION_BASES[current] ?? 'System.Exception';
    names.push(current);
  }
  return names;
}

/** The exception type names pcsh knows, for type resolution (`[System.Management.Automation.RuntimeException]`). */
export const KnownExceptionTypes: readonly string[] = [...new Set([...Object.keys(EXCEPTION_BASES), 'System.Exception'])];

/** pwsh's property names mapped to the JavaScript object's (PascalCase to camelCase, with renames). */
const RENAMED: Readonly<Record<string, string>> = { errordetails: 'errorDetails' };

/** A property of an error object, or undefined when it has none. */
export function errorMember(target: unknown, name: string): { readonly value: unknown } | undefined {
  if (!(target instanceof ErrorRecord || target instanceof PSException || target instanceof ErrorCategoryInfo)) return undefined;
  if (target instanceof PSException && name.toLowerCase() === 'message') return { value: target.message };
  const key = RENAMED[name.toLowerCase()] ?? name.charAt(0).toLowerCase() + name.slice(1);
  if (!(key in target)) return undefined;
  const value = (target as unknown as Record<string, unknown>)[key];
  return typeof value === 'function' ? undefined : { value: value ?? null };
}

/** The .NET type name of an error object (ErrorRecord, its exception, its CategoryInfo). */
export function errorTypeName(value: unknown): string | undefined {
  if (value instanceof ErrorRecord) return 'System.Management.Automation.ErrorRecord';
  if (value instanceof PSException) return value.typeName;
  if (value instanceof ErrorCategoryInfo) return 'System.Management.Automation.ErrorCategoryInfo';
  return undefined;
}
