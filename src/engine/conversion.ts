/**
 * Value conversion as pwsh's LanguagePrimitives does it: `[int]'5'`, parameter binding, `-as`, string
 * expansion and truthiness, plus LanguagePrimitives.Equals / Compare ({@link psEquals}, {@link psCompare}).
 * Failures throw {@link PSInvalidCastException} with pwsh's ExtendedTypeSystem text and errorId.
 */
// pwsh: engine/LanguagePrimitives.cs (ConvertTo and its converters, IsTrue, Equals, Compare),
// engine/MshObject.cs (PSObject.ToString / ToStringParser).
import { formatDateTime, parseDateTime, wallClockMilliseconds } from './datetime-format.js';
import { ErrorRecord, PSException } from './errors.js';
import { MoreTypes, isPSTypeInfo, resolveType } from './type-resolver.js';
import { listType, newList } from './members/mutable-list.js';
import { errorTypeName } from './members/error-members.js';
import { recordedToString } from './members/object-strings.js';
import { formatNumber, numberToPSString, type FormatCulture } from './number-format.js';
import { parseDotNetDouble, parseDotNetInteger, roundToIntegral, scanNumber } from './number-parse.js';
import { Hashtable, PSDateTime, PSEnumValue, PSObject, type PSEnumType } from './ps-object.js';
import { ScriptBlock } from './script-block.js';
import { CoreLibStrings } from './strings/CoreLibStrings.js';
import { ExtendedTypeSystem } from './strings/ExtendedTypeSystem.js';
import { format } from './strings/format.js';
import { PSTypes, type PSTypeInfo } from './type-info.js';

/** pwsh's PSInvalidCastException; `errorId` is pwsh's (e.g. `InvalidCastFromStringToInteger`). */
export class PSInvalidCastException extends PSException {
  constructor(
    message: string,
    readonly errorId: string,
    innerException?: PSException,
  ) {
    super(message, 'System.Management.Automation.PSInvalidCastException', innerException);
    // pwsh: PSInvalidCastException carries its own ErrorRecord (category InvalidArgument).
    this.errorRecord = new ErrorRecord(this, errorId, 'InvalidArgument', null);
  }
}

/** LanguagePrimitives.IsTrue: pwsh's truthiness. */
export function isTrue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.length > 0;
  if (value instanceof PSEnumValue) return value.value !== 0;
  if (Array.isArray(value)) {
    if (value.length === 0) return false;
    if (value.length > 1) return true;
    const first: unknown = value[0];
    return Array.isArray(first) ? first.length > 0 : isTrue(first);
  }
  return true;
}

/** The .NET full type name of a value, as `$x.GetType().FullName` reports it. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return 'System.String';
    case 'boolean':
      return 'System.Boolean';
    case 'number':
      if (!Number.isInteger(value)) return 'System.Double';
      if (value >= -2147483648 && value <= 2147483647) return 'System.Int32';
      return Math.abs(value) <= 2 ** 63 ? 'System.Int64' : 'System.Double';
    default:
      if (Array.isArray(value)) return listType(value)?.fullName ?? 'System.Object[]';
      if (value instanceof Hashtable) return value.typeName;
      if (value instanceof PSObject) return value.typeNames[0] ?? 'System.Object';
      if (value instanceof PSEnumValue) return value.enumType.fullName;
      if (value instanceof PSDateTime) return 'System.DateTime';
      if (value instanceof ScriptBlock) return 'System.Management.Automation.ScriptBlock';
      if (isPSTypeInfo(value)) return 'System.RuntimeType';
      return errorTypeName(value) ?? 'System.Object';
  }
}

/** The name of an enum value as .NET's `Enum.ToString()` prints it (flag combinations as `A, B`). */
export function enumValueName(enumType: PSEnumType, value: number): string {
  const exact = enumType.members.find(([, v]) => v === value);
  if (exact !== undefined) return exact[0];
  const names: string[] = [];
  let rest = value;
  for (const [name, v] of [...enumType.members].sort((a, b) => b[1] - a[1])) {
    if (v !== 0 && (rest & v) === v) {
      names.unshift(name);
      rest &= ~v;
    }
  }
  return rest === 0 && names.length > 0 ? names.join(', ') : String(value);
}

/**
 * pwsh's string conversion of a value (PSObject.ToStringParser, invariant culture): arrays are joined with
 * `separator` (`$OFS`, a space by default) and their elements are not expanded further; a PSCustomObject
 * is `@{a=1; b=2}`; doubles are `G15` (`1E+20`, `0.1`); dates are `MM/dd/yyyy HH:mm:ss`.
 */
export function toPSString(value: unknown, separator = ' '): string {
  return stringOf(value, separator, true);
}

function stringOf(value: unknown, separator: string, recurse: boolean): string {
  if (value === null || value === undefined || typeof value === 'symbol') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return numberToPSString(value);
  if (Array.isArray(value)) return recurse ? value.map((v) => stringOf(v, separator, false)).join(separator) : typeName(value);
  if (value instanceof PSEnumValue) return value.name;
  if (value instanceof ScriptBlock) return value.toString();
  if (value instanceof Hashtable) return value.typeName;
  if (value instanceof PSDateTime) return formatDateTime(value, 'G', 'invariant');
  if (isPSTypeInfo(value)) return typeDisplayName(value);
  if (value instanceof PSException) return `${value.typeName}: ${value.message}`;
  if (value instanceof PSObject) {
    const recorded = recordedToString(value);
    if (recorded !== undefined) return recorded;
    if (!value.isCustomObject) return value.typeNames[0] ?? 'System.Object';
    if (!recurse || value.properties.length === 0) return '';
    return `@{${value.properties.map((p) => `${p.name}=${stringOf(p.value, separator, false)}`).join('; ')}}`;
  }
  return String(value);
}

/** How pwsh prints a type value: its accelerator when it has one (`int`), else its full name. */
export function typeDisplayName(type: PSTypeInfo): string {
  const accelerator = resolveType(type.syntaxName);
  return accelerator !== undefined && accelerator.fullName === type.fullName && /^[a-z]/.test(type.syntaxName) ? type.syntaxName : type.fullName;
}

/**
 * A value's .NET `ToString(format, culture)` (IFormattable when it is one), which `-f`, `[string]::Format`
 * and `.ToString('N2')` use: numbers and dates honour `format` in `culture` (en-US by default); a double
 * with no format is its shortest round-trip form; other values print as {@link toPSString} does, except
 * that a collection prints its type name.
 */
export function toDotNetString(value: unknown, formatString?: string, culture: FormatCulture = 'en-US'): string {
  if (typeof value === 'number') return formatNumber(value, formatString, culture);
  if (value instanceof PSDateTime) return formatDateTime(value, formatString, culture);
  if (value instanceof PSEnumValue && formatString !== undefined && formatString !== '') return enumToString(value, formatString);
  if (Array.isArray(value)) return typeName(value);
  return toPSString(value);
}

/** Enum.ToString(format): `G`/`F` the name, `D` the number, `X` eight hex digits. */
function enumToString(value: PSEnumValue, formatString: string): string {
  switch (formatString.toUpperCase()) {
    case 'D':
      return String(value.value);
    case 'X':
      return (value.value >>> 0).toString(16).toUpperCase().padStart(8, '0');
    case 'G':
    case 'F':
      return value.name;
    default:
      throw new PSException(CoreLibStrings.Format_InvalidString, 'System.FormatException');
  }
}

// ---------------------------------------------------------------------------------------------
// ConvertTo

interface NumericTarget {
  readonly integral: boolean;
  readonly min: number;
  readonly max: number;
  readonly overflow: string;
  readonly fromStringErrorId: string;
}

function integer(min: number, max: number, typeWords: string): NumericTarget {
  return { integral: true, min, max, overflow: `Value was either too large or too small for ${typeWords}.`, fromStringErrorId: 'InvalidCastFromStringToInteger' };
}

const NUMERIC: Readonly<Record<string, NumericTarget>> = {
  'System.Int32': integer(-2147483648, 2147483647, 'an Int32'),
  'System.Int64': integer(-(2 ** 63), 2 ** 63, 'an Int64'),
  'System.Int16': integer(-32768, 32767, 'an Int16'),
  'System.Byte': integer(0, 255, 'an unsigned byte'),
  'System.SByte': integer(-128, 127, 'a signed byte'),
  'System.UInt16': integer(0, 65535, 'a UInt16'),
  'System.UInt32': integer(0, 4294967295, 'a UInt32'),
  'System.UInt64': integer(0, 2 ** 64, 'a UInt64'),
  'System.Double': { integral: false, min: -Infinity, max: Infinity, overflow: CoreLibStrings.Overflow_Double, fromStringErrorId: 'InvalidCastFromStringToDoubleOrSingle' },
  'System.Single': { integral: false, min: -Infinity, max: Infinity, overflow: CoreLibStrings.Overflow_Double, fromStringErrorId: 'InvalidCastFromStringToDoubleOrSingle' },
  'System.Decimal': {
    integral: false, min: -7.9228162514264337593543950335e28, max: 7.9228162514264337593543950335e28,
    overflow: 'Value was either too large or too small for a Decimal.', fromStringErrorId: 'InvalidCastFromStringToDecimal',
  },
};

function withInner(value: string, type: PSTypeInfo, inner: string, errorId: string, exceptionType: string): PSInvalidCastException {
  return new PSInvalidCastException(
    format(ExtendedTypeSystem.InvalidCastExceptionWithInnerException, value, type.fullName, inner),
    errorId,
    new PSException(inner, exceptionType),
  );
}

/** LanguagePrimitives.ThrowInvalidCastException: `Cannot convert the "x" value of type "T" to type "U".` */
function invalidCast(value: unknown, type: PSTypeInfo): PSInvalidCastException {
  if (value === null || value === undefined) {
    if (type.enumType !== undefined) {
      return new PSInvalidCastException(format(ExtendedTypeSystem.InvalidCastExceptionEnumerationNull, type.fullName, enumNames(type.enumType, ',')), 'nullToEnumInvalidCast');
    }
    return new PSInvalidCastException(format(ExtendedTypeSystem.InvalidCastFromNull, type.fullName), 'nullToObjectInvalidCast');
  }
  return new PSInvalidCastException(format(ExtendedTypeSystem.InvalidCastException, toDotNetString(value), typeName(value), type.fullName), 'ConvertToFinalInvalidCastException');
}

function enumNames(enumType: PSEnumType, separator: string): string {
  return enumType.members.map(([n]) => n).join(separator);
}

/** A number in a numeric type's range, rounding half to even for integer types (`[int]2.5` is 2). */
function numberToNumeric(value: number, target: NumericTarget, type: PSTypeInfo, errorId: string, shown: string): number {
  if (!target.integral) {
    if (Math.abs(value) > target.max) throw withInner(shown, type, target.overflow, errorId, 'System.OverflowException');
    return value;
  }
  const rounded = roundToIntegral(value, 'Int64');
  if (rounded === undefined || rounded < target.min || rounded > target.max || (target.max >= 2 ** 63 && rounded >= target.max)) {
    throw withInner(shown, type, target.overflow, errorId, 'System.OverflowException');
  }
  return rounded;
}

function stringToNumeric(text: string, target: NumericTarget, type: PSTypeInfo): number {
  if (text.length === 0) return 0;
  const scanned = scanNumber(text);
  if (scanned !== undefined) {
    try {
      return numberToNumeric(scanned.value, target, type, target.fromStringErrorId, text);
    } catch {
      // pwsh falls back to .NET parsing, whose error text is the one reported.
    }
  }
  if (!target.integral) {
    const parsed = parseDotNetDouble(text);
    if (parsed !== undefined) return numberToNumeric(parsed, target, type, target.fromStringErrorId, text);
    throw withInner(text, type, format(CoreLibStrings.Format_InvalidStringWithValue, text), target.fromStringErrorId, 'System.FormatException');
  }
  const parsed = parseDotNetInteger(text);
  if (parsed !== 'format') {
    if (parsed < BigInt(Math.ceil(target.min)) || parsed > BigInt(Math.floor(target.max === 2 ** 63 ? 2 ** 63 - 1 : target.max))) {
      throw withInner(text, type, target.overflow, target.fromStringErrorId, 'System.OverflowException');
    }
    return Number(parsed);
  }
  // pwsh: ConvertNumericThroughDouble, for `1,000` and `1.5e3`.
  const viaDouble = parseDotNetDouble(text);
  const rounded = viaDouble === undefined ? undefined : roundToIntegral(viaDouble, 'Int64');
  if (rounded !== undefined && rounded >= target.min && rounded <= target.max) return rounded;
  throw withInner(text, type, format(CoreLibStrings.Format_InvalidStringWithValue, text), target.fromStringErrorId, 'System.FormatException');
}

function toNumeric(value: unknown, type: PSTypeInfo, target: NumericTarget): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return numberToNumeric(value, target, type, 'InvalidCastIConvertible', toDotNetString(value));
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return stringToNumeric(value, target, type);
  if (value instanceof PSEnumValue) return numberToNumeric(value.value, target, type, 'InvalidCastIConvertible', value.name);
  throw invalidCast(value, type);
}

function toChar(value: unknown, type: PSTypeInfo): string {
  if (value === null || value === undefined) return '\0';
  if (typeof value === 'string') {
    if (value.length === 1) return value;
    throw withInner(value, type, CoreLibStrings.Format_NeedSingleChar, 'InvalidCastIConvertible', 'System.FormatException');
  }
  if (typeof value === 'number') {
    const code = numberToNumeric(value, integer(0, 65535, 'a character'), type, 'InvalidCastIConvertible', toDotNetString(value));
    return String.fromCharCode(code);
  }
  throw invalidCast(value, type);
}

/** pwsh's string-to-enum rules: exact then case-insensitive name, numbers, `A,B` lists, then a unique prefix. */
function toEnum(value: unknown, type: PSTypeInfo, enumType: PSEnumType): PSEnumValue {
  if (value instanceof PSEnumValue && value.enumType.fullName === enumType.fullName) return value;
  const undefinedValue = (shown: unknown, errorId: string): PSInvalidCastException =>
    new PSInvalidCastException(format(ExtendedTypeSystem.InvalidCastExceptionEnumerationNoValue, toDotNetString(shown), type.fullName, enumNames(enumType, ',')), errorId);
  const fromNumber = (n: number, shown: unknown, errorId: string): PSEnumValue => {
    const allFlags = enumType.members.reduce((acc, [, v]) => acc | v, 0);
    const defined = enumType.members.some(([, v]) => v === n) || (n > 0 && (n | allFlags) === allFlags && enumValueName(enumType, n).includes(','));
    if (!Number.isInteger(n) || !defined) throw undefinedValue(shown, errorId);
    return new PSEnumValue(enumType, enumValueName(enumType, n), n);
  };
  if (value === null || value === undefined) throw invalidCast(value, type);
  if (typeof value === 'number') return fromNumber(value, value, 'UndefinedIntegerToEnum');
  if (value instanceof PSEnumValue) return fromNumber(value.value, value, 'UndefinedIntegerToEnum');
  if (Array.isArray(value)) return toEnum(value.map((v) => (typeof v === 'string' ? v : toEnum(v, type, enumType).name)).join(','), type, enumType);
  if (typeof value !== 'string') throw invalidCast(value, type);
  let total = 0;
  for (const part of value.split(',')) {
    const name = part.trim();
    if (/^[+-]?\d+$/.test(name)) {
      total |= Number(name);
      continue;
    }
    const member = enumType.members.find(([n]) => n === name) ?? enumType.members.find(([n]) => n.toLowerCase() === name.toLowerCase());
    if (member !== undefined) {
      total |= member[1];
      continue;
    }
    // pwsh: EnumMinimumDisambiguation.EnumDisambiguate, for a value that names no member.
    const matches = enumType.members.filter(([n]) => n.toLowerCase().startsWith(value.toLowerCase()));
    const reason =
      matches.length === 1 && !value.includes(',')
        ? undefined
        : matches.length === 0
          ? `Unable to match the identifier name ${value} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${enumNames(enumType, ', ')}`
          : `The identifier name ${value} cannot be processed because it is either too similar or identical to the following enumerator names: ${matches.map(([n]) => n).join(', ')}. Use a more specific identifier name.`;
    if (reason === undefined) return fromNumber((matches[0] as readonly [string, number])[1], value, 'EnumParseUndefined');
    throw withInner(value, type, reason, 'SubstringDisambiguationEnumParseThrewAnException', 'System.Management.Automation.RuntimeException');
  }
  return fromNumber(total, value, 'EnumParseUndefined');
}

function toGuid(value: unknown, type: PSTypeInfo): string {
  if (typeof value !== 'string') throw invalidCast(value, type);
  // .NET 8 Guid.Parse: D (dashes), N (32 digits), B ({D}) and P ((D)) forms.
  const text = value.trim();
  const inner = /^\{.*\}$|^\(.*\)$/.test(text) ? text.slice(1, -1) : text;
  const fail = (reason: string): PSInvalidCastException =>
    withInner(value, type, reason, 'InvalidCastParseTargetInvocationWithFormatProvider', 'System.FormatException');
  if (text.length === 0) throw fail(CoreLibStrings.Format_GuidUnrecognized);
  const dashed = inner.includes('-');
  if (dashed ? !/^.{8}-.{4}-.{4}-.{4}-.{12}$/.test(inner) : inner.length !== 32) throw fail(CoreLibStrings.Format_GuidInvLen);
  const hex = inner.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw fail(CoreLibStrings.Format_GuidInvalidChar);
  const lower = hex.toLowerCase();
  return `${lower.slice(0, 8)}-${lower.slice(8, 12)}-${lower.slice(12, 16)}-${lower.slice(16, 20)}-${lower.slice(20)}`;
}

function toDateTime(value: unknown, type: PSTypeInfo): PSDateTime {
  if (value instanceof PSDateTime) return value;
  if (typeof value !== 'string') throw invalidCast(value, type);
  try {
    return parseDateTime(value);
  } catch (error) {
    if (!(error instanceof PSException)) throw error;
    throw withInner(value, type, error.message, 'InvalidCastParseTargetInvocationWithFormatProvider', error.typeName);
  }
}

function toArray(value: unknown, type: PSTypeInfo, element: PSTypeInfo): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (Array.isArray(value)) {
    const items = element.fullName === 'System.Object' ? [...value] : value.map((v) => convertTo(v, element));
    return type.name === 'List`1' ? newList(type, items) : items;
  }
  try {
    const item = convertTo(value, element);
    return type.name === 'List`1' ? newList(type, [item]) : [item];
  } catch (error) {
    if (!(error instanceof PSException)) throw error;
    throw new PSInvalidCastException(
      format(ExtendedTypeSystem.InvalidCastExceptionWithInnerException, toDotNetString(value), type.fullName, error.message),
      'InvalidCastExceptionScalarToArray',
      error,
    );
  }
}

function toHashtable(value: unknown, type: PSTypeInfo): Hashtable {
  if (!(value instanceof Hashtable)) throw invalidCast(value, type);
  const ordered = type.fullName === MoreTypes.OrderedDictionary.fullName;
  if (value.dictionaryKind === (ordered ? 'OrderedDictionary' : 'Hashtable')) return value;
  return Hashtable.from(value, ordered ? 'OrderedDictionary' : 'Hashtable');
}

/** LanguagePrimitives.ConvertTo: converts `value` to `type` or throws PSInvalidCastException. */
export function convertTo(value: unknown, type: PSTypeInfo): unknown {
  const numeric = NUMERIC[type.fullName];
  if (numeric !== undefined) return toNumeric(value, type, numeric);
  switch (type.fullName) {
    case 'System.Object':
    case 'System.Management.Automation.PSObject':
      return value ?? null;
    case 'System.Management.Automation.PSCustomObject':
      if (value instanceof PSObject || value instanceof Hashtable) return value;
      throw invalidCast(value, type);
    case 'System.String':
      return toPSString(value);
    case 'System.Char':
      return toChar(value, type);
    case 'System.Boolean':
    case 'System.Management.Automation.SwitchParameter':
      return isTrue(value);
    case 'System.Void':
      return null;
    case 'System.Collections.Hashtable':
    case 'System.Collections.Specialized.OrderedDictionary':
      return toHashtable(value, type);
    case 'System.DateTime':
      return toDateTime(value, type);
    case 'System.Guid':
      return toGuid(value, type);
    case 'System.Array':
      return value === null || value === undefined ? null : Array.isArray(value) ? value : [value];
    case 'System.Collections.ArrayList':
      return value === null || value === undefined ? null : newList(MoreTypes.ArrayList, Array.isArray(value) ? value : [value]);
    case 'System.Type': {
      if (isPSTypeInfo(value)) return value;
      const resolved = typeof value === 'string' ? resolveType(value) : undefined;
      if (resolved !== undefined) return resolved;
      throw new PSInvalidCastException(format(ExtendedTypeSystem.InvalidCastException, toPSString(value), typeName(value), type.fullName), 'InvalidCastFromStringToType');
    }
    case 'System.Management.Automation.ScriptBlock':
      if (value instanceof ScriptBlock) return value;
      throw invalidCast(value, type);
    default:
      break;
  }
  if (type.elementType !== undefined) return toArray(value, type, type.elementType);
  if (type.enumType !== undefined) return toEnum(value, type, type.enumType);
  if (value === null || value === undefined) return null;
  if (type.isInstance?.(value) === true || typeName(value) === type.fullName) return value;
  const converted = type.convertFrom?.(value);
  if (converted !== undefined) return converted;
  throw invalidCast(value, type);
}

// ---------------------------------------------------------------------------------------------
// LanguagePrimitives.Equals and Compare

// Created on first comparison: ICU collators cost milliseconds, which start-up must not pay.
let ignoreCaseCollator: Intl.Collator | undefined;
let caseSensitiveCollator: Intl.Collator | undefined;

/** Culture-aware string comparison (pwsh compares with the invariant culture's CompareInfo). */
export function compareStrings(a: string, b: string, ignoreCase: boolean): number {
  const collator = ignoreCase
    ? (ignoreCaseCollator ??= new Intl.Collator('en-US', { sensitivity: 'accent' }))
    : (caseSensitiveCollator ??= new Intl.Collator('en-US', { sensitivity: 'variant' }));
  return Math.sign(collator.compare(a, b));
}


/** .NET `Object.Equals` for pcsh's values (same type and value). */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return typeName(a) === typeName(b) && a === b;
  if (a instanceof PSDateTime && b instanceof PSDateTime) return a.utcMilliseconds === b.utcMilliseconds && a.dateTimeKind === b.dateTimeKind;
  if (a instanceof PSEnumValue && b instanceof PSEnumValue) return a.enumType.fullName === b.enumType.fullName && a.value === b.value;
  if (isPSTypeInfo(a) && isPSTypeInfo(b)) return a.fullName === b.fullName;
  return a === b;
}

/** The type `value` would be converted to when it is the left operand; undefined for no conversion. */
export function typeOfValue(value: unknown): PSTypeInfo | undefined {
  if (value instanceof PSEnumValue) return { fullName: value.enumType.fullName, name: value.enumType.name, syntaxName: value.enumType.name, enumType: value.enumType };
  if (typeof value === 'number') return Number.isInteger(value) ? (Math.abs(value) <= 2147483647 ? PSTypes.Int32 : PSTypes.Int64) : PSTypes.Double;
  if (typeof value === 'boolean') return PSTypes.Boolean;
  if (value instanceof PSDateTime) return PSTypes.DateTime;
  return undefined;
}

/**
 * LanguagePrimitives.Equals: null equals only null; a string left operand compares as text; numbers compare
 * by value; otherwise the right operand is converted to the left's type (a failed conversion is "not equal").
 */
export function psEquals(first: unknown, second: unknown, ignoreCase = false): boolean {
  if (first === null || first === undefined) return second === null || second === undefined;
  if (second === null || second === undefined) return false;
  if (typeof first === 'string') return compareStrings(first, typeof second === 'string' ? second : toPSString(second), ignoreCase) === 0;
  if (sameValue(first, second)) return true;
  if (typeof first === 'number' && typeof second === 'number') return first === second;
  const type = typeOfValue(first);
  if (type === undefined) return false;
  try {
    const converted = convertTo(second, type);
    if (first instanceof PSDateTime && converted instanceof PSDateTime) return compareDates(first, converted) === 0;
    if (first instanceof PSEnumValue && converted instanceof PSEnumValue) return first.value === converted.value;
    return first === converted;
  } catch (error) {
    if (error instanceof PSException) return false;
    throw error;
  }
}

/** .NET compares DateTimes by their ticks (wall-clock reading), whatever their Kind. */
export function compareDates(a: PSDateTime, b: PSDateTime): number {
  return Math.sign(wallClockMilliseconds(a) - wallClockMilliseconds(b));
}

/** Where a non-null value sorts against null: non-negative numbers and non-numbers above it. */
function compareToNull(value: unknown, valueIsRight: boolean): number {
  const sign = valueIsRight ? -1 : 1;
  return typeof value === 'number' && value < 0 ? -sign : sign;
}

function comparisonFailure(first: unknown, second: unknown, reason: string): PSException {
  const exception = new PSException(format(ExtendedTypeSystem.ComparisonFailure, toPSString(first), toPSString(second), reason), 'System.ArgumentException');
  exception.errorRecord = new ErrorRecord(exception, 'ComparisonFailure', 'InvalidOperation', null);
  return exception;
}

/**
 * LanguagePrimitives.Compare: a negative number, zero or a positive number as `first` sorts before, with or
 * after `second`, converting `second` to the type of `first`. Throws (ComparisonFailure) when it cannot.
 */
export function psCompare(first: unknown, second: unknown, ignoreCase = false): number {
  if (first === null || first === undefined) return second === null || second === undefined ? 0 : compareToNull(second, true);
  if (second === null || second === undefined) return compareToNull(first, false);
  if (typeof first === 'string') return compareStrings(first, typeof second === 'string' ? second : toPSString(second), ignoreCase);
  if (typeof first === 'number' && typeof second === 'number') return Math.sign(first - second);
  if (first instanceof PSEnumValue && typeof second === 'number') return Math.sign(first.value - second);
  const type = typeOfValue(first);
  if (type === undefined) {
    if (sameValue(first, second)) return 0;
    const exception = new PSException(format(ExtendedTypeSystem.NotIcomparable, toPSString(first)), 'System.ArgumentException');
    exception.errorRecord = new ErrorRecord(exception, 'NotIcomparable', 'InvalidOperation', null);
    throw exception;
  }
  let converted: unknown;
  try {
    converted = convertTo(second, type);
  } catch (error) {
    if (error instanceof PSException) throw comparisonFailure(first, second, error.message);
    throw error;
  }
  if (first instanceof PSDateTime && converted instanceof PSDateTime) return compareDates(first, converted);
  if (first instanceof PSEnumValue && converted instanceof PSEnumValue) return Math.sign(first.value - converted.value);
  if (typeof first === 'boolean') return Math.sign(Number(first) - Number(converted));
  return Math.sign((first as number) - (converted as number));
}
