/**
 * .NET exception messages pwsh passes through unchanged (as the inner text of a conversion error, or as the
 * whole message of a failed operator or method). Copied from dotnet/runtime
 * src/libraries/System.Private.CoreLib/src/Resources/Strings.resx (.NET 8, which pwsh 7.4+ runs on); keys
 * are the runtime's resource names. `(Parameter 'x')` suffixes are added by ArgumentException itself.
 */
export const CoreLibStrings = {
  Arg_DivideByZero: 'Attempted to divide by zero.',
  Arg_IndexOutOfRangeException: 'Index was outside the bounds of the array.',
  Arg_InvalidCastException: 'Specified cast is not valid.',
  Arg_KeyNotFoundWithKey: "The given key '{0}' was not present in the dictionary.",
  Arg_ParamName_Name: "(Parameter '{0}')",
  Argument_AddingDuplicate__: "Item has already been added. Key in dictionary: '{0}'  Key being added: '{1}'",
  Argument_BadFormatSpecifier: 'Format specifier was invalid.',
  Argument_StringZeroLength: 'String cannot be of zero length.',
  ArgumentOutOfRange_BadYearMonthDay: 'Year, Month, and Day parameters describe an un-representable DateTime.',
  ArgumentOutOfRange_BadHourMinuteSecond: 'Hour, Minute, and Second parameters describe an un-representable DateTime.',
  ArgumentOutOfRange_RoundingDigits: 'Rounding digits must be between 0 and 15, inclusive.',
  Format_BadBoolean: "String '{0}' was not recognized as a valid Boolean.",
  ArgumentNull_Generic: 'Value cannot be null.',
  ArgumentNull_Key: 'Key cannot be null.',
  ArgumentOutOfRange_Index: 'Index was out of range. Must be non-negative and less than the size of the collection.',
  ArgumentOutOfRange_IndexLength: 'Index and length must refer to a location within the string.',
  ArgumentOutOfRange_StartIndexLargerThanLength: 'startIndex cannot be larger than length of string.',
  ArgumentOutOfRange_NeedNonNegNum: 'Non-negative number required.',
  ArgumentOutOfRange_StartIndex: 'StartIndex cannot be less than zero.',
  ArgumentOutOfRange_StartIndexLessThanLength: 'startIndex must be less than length of string.',
  ArgumentOutOfRange_NegativeLength: 'Length cannot be less than zero.',
  ArgumentOutOfRange_NegativeCount: 'Count cannot be less than zero.',
  ArgumentOutOfRange_IndexString: 'Index was out of range. Must be non-negative and less than the length of the string.',
  Format_BadDateTime: "String '{0}' was not recognized as a valid DateTime.",
  Format_UnknownDateTimeWord: "The string '{0}' was not recognized as a valid DateTime. There is an unknown word starting at index '{1}'.",
  Format_NeedSingleChar: 'String must be exactly one character long.',
  Format_GuidInvLen: 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).',
  Format_GuidInvalidChar: 'Guid string should only contain hexadecimal characters.',
  Format_GuidUnrecognized: 'Unrecognized Guid format.',
  Format_IndexOutOfRange: 'Index (zero based) must be greater than or equal to zero and less than the size of the argument list.',
  Format_InvalidString: 'Input string was not in a correct format.',
  Format_InvalidStringWithValue: "The input string '{0}' was not in a correct format.",
  Format_BadBase64Char:
    'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.',
  NotSupported_FixedSizeCollection: 'Collection was of a fixed size.',
  Overflow_Int32: 'Value was either too large or too small for an Int32.',
  Overflow_Int64: 'Value was either too large or too small for an Int64.',
  Overflow_Double: 'Value was either too large or too small for a Double.',
  Overflow_Char: 'Value was either too large or too small for a character.',
  Arg_OverflowException: 'Arithmetic operation resulted in an overflow.',
  IO_FileNotFound_FileName: "Could not find file '{0}'.",
} as const satisfies Record<string, string>;

export type CoreLibStringId = keyof typeof CoreLibStrings;
