/**
 * Binding one argument to one parameter (pwsh's ParameterBinderBase.BindParameter): coerce (or check the type
 * when coercion is not allowed yet), run the validation attributes, then — for a parameter that is mandatory in
 * some set — the null/empty check, then "set the property", which is where pwsh rejects `Suspend` and `$null`
 * for value types. The order is observable (reference §9.3).
 */
import { errorExtent, type BindingArgument } from './binder-argument.js';
import type { CompiledParameter } from './binder-metadata.js';
import type { TypeShape } from './binder-values.js';
import type { InvocationInfo } from './errors.js';
import { NOT_BOUND, coerceTypeAsNeeded, uncoercedValue, type CoercionSite } from './parameter-binding-coercion.js';
import { newInnerException, newParameterBindingException, type ParameterBindingException } from './parameter-binding-exception.js';
import { ErrorPackageBinderStrings, ExtendedTypeSystemBinderStrings } from './parameter-binding-strings.js';
import { PSEnumValue } from './ps-object.js';
import { format } from './strings/format.js';
import { ParameterBinderStrings } from './strings/ParameterBinderStrings.js';
import { typeName } from './conversion.js';
import { validate } from './validation.js';

/**
 * Converts, validates and checks `argument` for `parameter`. Returns the value to bind, or NOT_BOUND (parameter-binding-coercion.ts) when
 * `coerce` is false and the value is not already of the parameter's type. Throws a ParameterBindingException.
 */
// pwsh: engine/ParameterBinderBase.cs, BindParameter(CommandParameterInternal, CompiledCommandParameter, flags).
export function bindParameterValue(
  invocationInfo: InvocationInfo,
  argument: BindingArgument,
  parameter: CompiledParameter,
  coerce: boolean,
  scriptBinding?: CoercionSite['scriptBinding'],
): unknown {
  argument.parameterName = parameter.name;
  const { shape } = parameter;
  let value: unknown;
  if (coerce) {
    const site: CoercionSite = scriptBinding === undefined ? { invocationInfo, argument, parameterName: parameter.name } : { invocationInfo, argument, parameterName: parameter.name, scriptBinding };
    value = coerceTypeAsNeeded(site, shape, argument.value);
  } else {
    value = uncoercedValue(shape, argument.value);
    if (value === NOT_BOUND) return NOT_BOUND;
  }

  const elementIsValueType = shape.element?.isValueType === true;
  for (const validation of parameter.validations) {
    const failure = validate(validation, value, elementIsValueType);
    if (failure === undefined) continue;
    throw newParameterBindingException({
      kind: 'ParameterBindingValidationException',
      category: 'InvalidData',
      errorId: 'ParameterArgumentValidationError',
      template: ParameterBinderStrings.ParameterArgumentValidationError,
      invocationInfo,
      errorPosition: errorExtent(argument),
      parameterName: parameter.name,
      parameterType: shape.type.fullName,
      typeSpecified: valueTypeName(value),
      args: [failure.message],
      innerException: newInnerException(failure.message, 'System.Management.Automation.ValidationMetadataException', failure.errorId, 'MetadataError'),
    });
  }

  if (parameter.isMandatoryInSomeParameterSet) validateNullOrEmptyArgument(invocationInfo, argument, parameter, shape, value, true);
  checkSetter(invocationInfo, argument, parameter, value);
  return value;
}

function valueTypeName(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : typeName(value);
}

/**
 * A mandatory parameter without Allow* attributes rejects `$null`, `''` and empty collections (and null or empty
 * string elements of a collection whose elements are not value types).
 */
// pwsh: ParameterBinderBase.ValidateNullOrEmptyArgument.
function validateNullOrEmptyArgument(
  invocationInfo: InvocationInfo,
  argument: BindingArgument,
  parameter: CompiledParameter,
  shape: TypeShape,
  value: unknown,
  recurseIntoCollections: boolean,
): void {
  const fail = (errorId: keyof typeof ParameterBinderStrings, type: TypeShape): ParameterBindingException =>
    newParameterBindingException({
      kind: 'ParameterBindingValidationException',
      category: 'InvalidData',
      errorId,
      template: ParameterBinderStrings[errorId],
      invocationInfo,
      errorPosition: errorExtent(argument),
      parameterName: parameter.name,
      parameterType: type.type.fullName,
      typeSpecified: valueTypeName(value),
    });
  if (value === null || value === undefined) {
    if (!parameter.metadata.allowNull) throw fail('ParameterArgumentValidationErrorNullNotAllowed', shape);
    return;
  }
  if (shape.kind === 'String') {
    if (value === '' && !parameter.metadata.allowEmptyString) throw fail('ParameterArgumentValidationErrorEmptyStringNotAllowed', parameter.shape);
    return;
  }
  if (!recurseIntoCollections || shape.kind !== 'Array' || !Array.isArray(value)) return;
  const element = shape.element as TypeShape;
  if (!element.isValueType) {
    for (const item of value) validateNullOrEmptyArgument(invocationInfo, argument, parameter, element, item, false);
  }
  if (value.length === 0 && !parameter.metadata.allowEmptyCollection) throw fail('ParameterArgumentValidationErrorEmptyArrayNotAllowed', shape);
}

/**
 * What pwsh's property setters refuse, reported as ParameterBindingFailed: `$null` for a value type (the compiled
 * setter's cast), and `Suspend` for the ActionPreference common parameters (MshCommandRuntime).
 */
// pwsh: ReflectionParameterBinder.GetSetter / BindParameter; MshCommandRuntime.ErrorAction (etc.) setters.
function checkSetter(invocationInfo: InvocationInfo, argument: BindingArgument, parameter: CompiledParameter, value: unknown): void {
  let inner: string | undefined;
  if ((value === null || value === undefined) && parameter.shape.isValueType) {
    inner = format(ExtendedTypeSystemBinderStrings.InvalidCastFromNull, parameter.shape.type.fullName);
  } else if (parameter.rejectsSuspend && value instanceof PSEnumValue && value.name === 'Suspend') {
    inner = format(ErrorPackageBinderStrings.ActionPreferenceReservedForFutureUseError, value.name);
  }
  if (inner === undefined) return;
  const setterMessage = format(ExtendedTypeSystemBinderStrings.ExceptionWhenSetting, parameter.name, inner);
  throw newParameterBindingException({
    category: 'WriteError',
    errorId: 'ParameterBindingFailed',
    template: ParameterBinderStrings.ParameterBindingFailed,
    invocationInfo,
    errorPosition: errorExtent(argument),
    parameterName: parameter.name,
    parameterType: parameter.shape.type.fullName,
    typeSpecified: valueTypeName(value),
    args: [setterMessage],
    innerException: newInnerException(setterMessage, 'System.Management.Automation.SetValueInvocationException', 'CatchFromBaseAdapterSetValue', 'NotSpecified'),
  });
}
