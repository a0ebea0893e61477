/**
 * Texts copied verbatim from pwsh's resources/ExtendedTypeSystem.resx (conversion, comparison and member
 * errors); keys are pwsh's resource names. Only the entries pcsh can raise are listed.
 */
export const ExtendedTypeSystem = {
  InvalidCastException: 'Cannot convert the "{0}" value of type "{1}" to type "{2}".',
  InvalidCastExceptionWithoutValue: 'Cannot convert the value of type "{0}" to type "{1}".',
  InvalidCastExceptionWithInnerException: 'Cannot convert value "{0}" to type "{1}". Error: "{2}"',
  InvalidCastExceptionEnumerationNoFlagAndComma: 'Cannot convert value "{0}" to type "{1}" because no commas are allowed for this enumeration.',
  InvalidCastExceptionEnumerationNoValue:
    'Cannot convert value "{0}" to type "{1}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "{2}".',
  InvalidCastExceptionEnumerationNull:
    'Cannot convert null to type "{0}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "{1}".',
  InvalidCastFromNull: 'Cannot convert null to type "{0}".',
  InvalidCastCannotRetrieveString: 'Cannot convert value to type System.String.',
  InvalidCastExceptionForBooleanArgumentValue:
    'Cannot convert value "{0}" to type "{1}". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.',
  NotIcomparable: 'Cannot compare "{0}" because it is not IComparable.',
  ComparisonFailure: 'Could not compare "{0}" to "{1}". Error: "{2}"',
  MethodInvocationException: 'Exception calling "{0}" with "{1}" argument(s): "{2}"',
  MethodArgumentCountException: 'Cannot find an overload for "{0}" and the argument count: "{1}".',
  MethodArgumentConversionException: 'Cannot convert argument "{0}", with value: "{1}", for "{2}" to type "{3}": "{4}"',
  ExceptionWhenSetting: 'Exception setting "{0}": "{1}"',
  ReadOnlyProperty: '"{0}" is a ReadOnly property.',
  CannotConvertValueToStringArray: 'The value "{0}" cannot be converted to a string array.',
} as const satisfies Record<string, string>;

export type ExtendedTypeSystemId = keyof typeof ExtendedTypeSystem;
