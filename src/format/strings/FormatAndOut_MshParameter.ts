/**
 * Texts of pwsh's `resources/FormatAndOut_MshParameter.resx` (errors in `-Property` hashtables of Format-*,
 * Select-Object, Sort-Object and Group-Object), verbatim.
 */
export const FormatAndOut_MshParameter = {
  UnknownParameterTypeError: 'Cannot convert {0} to one of the following types {1}.',
  DuplicateKeyError: 'The duplicated key "{0}" conflicts with "{1}".',
  IllegalTypeMultiError: 'The "{0}" key has a type, {1}, that is not valid; expected types are {2}.',
  IllegalTypeSingleError: 'The "{0}" key has a type, {1}, that is not valid; expected type is {2}.',
  AmbiguousKeyError: 'The {0} key is ambiguous; {1} and {2} conflict.',
  DictionaryKeyNullError: 'The value of a key cannot be null.',
  DictionaryKeyNonStringError: 'The {0} key type is not valid. The key must be a string.',
  MissingKeyValueError: 'The {0} key has no value.',
  MissingKeyMandatoryEntryError: 'A mandatory entry for {0} is missing.',
  IllegalKeyError: 'The {0} key is not valid.',
  IllegalAlignmentValueError: 'The value "{0}" for key "{1}" is not valid; valid values are {2}.',
  OutOfRangeWidthValueError: 'The value "{0}" for key "{1}" should be greater than 0.',
  EmptyFormatStringValueError: 'Cannot have an empty formatting string for key "{0}".',
} as const satisfies Record<string, string>;
