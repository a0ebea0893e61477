/**
 * Type coercion of a parameter argument (pwsh's ParameterBinderBase.CoerceTypeAsNeeded, EncodeCollection and
 * ShouldContinueUncoercedBind). Conversion itself is `convertTo` (conversion.ts); this file adds what only the
 * binder does: booleans and switches accept only booleans and numbers, a collection never converts to a scalar,
 * a scalar given to an array parameter is wrapped, and arrays are converted element by element.
 */
import { errorExtent, type BindingArgument } from './binder-argument.js';
import { dotNetToString, isInstanceOfType, type TypeShape } from './binder-values.js';
import { PSInvalidCastException, convertTo, typeName } from './conversion.js';
import { PSException, type InvocationInfo } from './errors.js';
import { newParameterBindingException } from './parameter-binding-exception.js';
import { DotNetExceptionMessages } from './parameter-binding-strings.js';
import { PSEnumValue } from './ps-object.js';
import { ExtendedTypeSystem } from './strings/ExtendedTypeSystem.js';
import { format } from './strings/format.js';
import { ParameterBinderStrings } from './strings/ParameterBinderStrings.js';

/** Returned by {@link uncoercedValue} when the value is not already of the parameter's type. */
export const NOT_BOUND: unique symbol = Symbol('NotBound');

/** Where a coercion happens, for its error messages. */
export interface CoercionSite {
  readonly invocationInfo: InvocationInfo;
  readonly argument: BindingArgument;
  readonly parameterName: string;
  /** Set when binding a function's or script's parameters (binder.ts BindingContext.scriptBinding). */
  readonly scriptBinding?: 'Simple' | 'Advanced';
}

/**
 * The value to bind without coercion, or {@link NOT_BOUND} when it would need a conversion (positional and
 * pipeline rounds try this first).
 */
// pwsh: ParameterBinderBase.ShouldContinueUncoercedBind.
export function uncoercedValue(shape: TypeShape, value: unknown): unknown {
  if (value === null || value === undefined) return shape.isValueType || shape.kind === 'String' ? NOT_BOUND : null;
  if (isInstanceOfType(shape, value)) return value;
  if (shape.kind !== 'Array') return NOT_BOUND;
  const element = shape.element as TypeShape;
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item !== null && item !== undefined && !isInstanceOfType(element, item)) return NOT_BOUND;
  }
  return Array.isArray(value) ? [...items] : items;
}

/** Converts `value` to the parameter's type or throws the ParameterBindingException pwsh throws. */
// pwsh: ParameterBinderBase.CoerceTypeAsNeeded.
export function coerceTypeAsNeeded(site: CoercionSite, shape: TypeShape, value: unknown): unknown {
  if (value === null || value === undefined) return coerceNull(site, shape);
  if (isInstanceOfType(shape, value)) return value;
  if (site.scriptBinding !== undefined) return transformScriptArgument(site, site.scriptBinding, shape, value);
  switch (shape.kind) {
    case 'Boolean':
    case 'SwitchParameter':
      return coerceBoolean(site, shape, value);
    case 'Array': {
      const element = shape.element as TypeShape;
      if (!Array.isArray(value)) return [coerceTypeAsNeeded(site, element, value)];
      const result = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) result[i] = coerceTypeAsNeeded(site, element, value[i]);
      return result;
    }
    case 'Enum':
      break;
    default:
      // A collection is never converted to a scalar (except to Object, PSObject and enums).
      if (Array.isArray(value)) {
        throw cannotConvertArgument(site, shape, value, dotNetToString(value), DotNetExceptionMessages.NotSupported, 'System.NotSupportedException');
      }
  }
  try {
    return convertTo(value, shape.type);
  } catch (error) {
    if (!(error instanceof PSInvalidCastException)) throw error;
    // A script's or function's type constraint is an argument transformation in pwsh (reference §1.5).
    const script = site.invocationInfo.myCommand !== undefined && site.invocationInfo.myCommand.commandType !== 'Cmdlet';
    throw conversionFailure(site, shape, value, error, script);
  }
}

/** CannotConvertArgumentNoMessage for a cmdlet; ParameterArgumentTransformationError for a script's type constraint. */
function conversionFailure(site: CoercionSite, shape: TypeShape, value: unknown, error: PSInvalidCastException, transformation: boolean): Error {
  return newParameterBindingException({
    ...(transformation ? { kind: 'ParameterBindingArgumentTransformationException' as const } : {}),
    category: transformation ? 'InvalidData' : 'InvalidArgument',
    errorId: transformation ? 'ParameterArgumentTransformationError' : 'CannotConvertArgumentNoMessage',
    template: transformation ? ParameterBinderStrings.ParameterArgumentTransformationError : ParameterBinderStrings.CannotConvertArgumentNoMessage,
    invocationInfo: site.invocationInfo,
    errorPosition: errorExtent(site.argument),
    parameterName: site.parameterName,
    parameterType: shape.type.fullName,
    typeSpecified: typeName(value),
    args: [error.message],
    innerException: error,
  });
}

/**
 * A function's or script's type constraint converts the argument before the binder sees it (pwsh's
 * ArgumentTypeConverterAttribute.Transform): booleans and switches take only booleans and numbers (for an advanced
 * block, the elements of a bool[] too), an advanced block's [string] takes no array, and anything else converts
 * as a cast does (`[string]` takes `1,2` as '1 2'). A failure is ParameterArgumentTransformationError.
 */
// pwsh: engine/ArgumentTypeConverterAttribute.cs (Transform, CheckBoolValue).
function transformScriptArgument(site: CoercionSite, mode: 'Simple' | 'Advanced', shape: TypeShape, value: unknown): unknown {
  try {
    checkBoolValue(shape, value);
    const element = shape.element;
    if (mode === 'Advanced' && element !== undefined) for (const item of Array.isArray(value) ? value : [value]) checkBoolValue(element, item);
    if (mode === 'Advanced' && shape.kind === 'String' && Array.isArray(value)) {
      throw new PSInvalidCastException(ExtendedTypeSystem.InvalidCastCannotRetrieveString, 'InvalidCastFromAnyTypeToString');
    }
    return convertTo(value, shape.type);
  } catch (error) {
    if (!(error instanceof PSInvalidCastException)) throw error;
    throw conversionFailure(site, shape, value, error, true);
  }
}

/** pwsh's CheckBoolValue: a bool or switch takes a boolean or a number, nothing else. */
function checkBoolValue(shape: TypeShape, value: unknown): void {
  if (shape.kind !== 'Boolean' && shape.kind !== 'SwitchParameter') return;
  if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'number' || value instanceof PSEnumValue) return;
  const message = format(ExtendedTypeSystem.InvalidCastExceptionForBooleanArgumentValue, typeName(value), shape.type.fullName);
  throw new PSInvalidCastException(message, 'InvalidCastExceptionUnsupportedParameterType');
}

/** `$null` for a bool is an error, for a switch means present, for anything else stays null. */
// pwsh: ParameterBinderBase.HandleNullParameterForSpecialTypes.
function coerceNull(site: CoercionSite, shape: TypeShape): unknown {
  if (shape.kind === 'SwitchParameter') return true;
  if (shape.kind === 'Boolean') {
    throw newParameterBindingException({
      category: 'InvalidArgument',
      errorId: 'ParameterArgumentValidationErrorNullNotAllowed',
      template: ParameterBinderStrings.ParameterArgumentValidationErrorNullNotAllowed,
      invocationInfo: site.invocationInfo,
      errorPosition: errorExtent(site.argument),
      parameterName: site.parameterName,
      parameterType: shape.type.fullName,
      args: [''],
    });
  }
  return null;
}

/** Booleans and switches take only booleans and numbers (0 is false); anything else cannot be converted. */
function coerceBoolean(site: CoercionSite, shape: TypeShape, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value instanceof PSEnumValue) return value.value !== 0;
  const valueType = typeName(value);
  throw cannotConvertArgument(site, shape, value, valueType, '');
}

function cannotConvertArgument(
  site: CoercionSite,
  shape: TypeShape,
  value: unknown,
  shown: string,
  reason: string,
  innerType?: string,
): Error {
  return newParameterBindingException({
    category: 'InvalidArgument',
    errorId: 'CannotConvertArgument',
    template: ParameterBinderStrings.CannotConvertArgument,
    invocationInfo: site.invocationInfo,
    errorPosition: errorExtent(site.argument),
    parameterName: site.parameterName,
    parameterType: shape.type.fullName,
    typeSpecified: typeName(value),
    args: [shown, reason],
    innerException: innerType === undefined ? undefined : new PSException(reason, innerType),
  });
}
