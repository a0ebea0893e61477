/**
 * The runtime half of pwsh's resources/ParserStrings.resx: texts of the errors operators, member access,
 * indexing and type lookup raise while a script runs (parse errors live with the language). Texts are
 * verbatim; keys are pwsh's resource names and double as the errorId unless a comment says otherwise.
 */
export const ParserRuntimeStrings = {
  TypeNotFound: 'Unable to find type [{0}].',
  InvokeMethodOnNull: 'You cannot call a method on a null-valued expression.',
  MethodNotFound: "Method invocation failed because [{0}] does not contain a method named '{1}'.",
  AddHashTableToNonHashTable: 'A hash table can only be added to another hash table.',
  IsOperatorRequiresType: "The right operand of '-is' must be a type.",
  AsOperatorRequiresType: "The right operand of '-as' must be a type.",
  FormatError: 'Error formatting a string: {0}.',
  BadOperatorArgument: "The argument to operator '{0}' is not valid: {1}.",
  OperatorFailed: "The '{0}' operator failed: {1}.",
  BadReplaceArgument: 'The {0} operator allows only two elements to follow it, not {1}.',
  InvalidRegularExpression: 'The regular expression pattern {0} is not valid.',
  /** errorId `PropertyAssignmentException` when a missing property is set; `PropertyNotFound` on `$null`. */
  PropertyNotFound: "The property '{0}' cannot be found on this object. Verify that the property exists and can be set.",
  PropertyIsReadOnly: "'{0}' is a ReadOnly property.",
  PropertyNotFoundStrict: "The property '{0}' cannot be found on this object. Verify that the property exists.",
  NullArrayIndex: 'Index operation failed; the array index evaluated to null.',
  NullArray: 'Cannot index into a null array.',
  CannotIndex: 'Unable to index into an object of type "{0}".',
  ArraySliceAssignmentFailed: 'Array assignment to [{0}] failed because assignment to slices is not supported.',
  IndexOutOfRange: "Array assignment failed because index '{0}' was out of range.",
  DuplicateKeyInHashLiteral: "Duplicate keys '{0}' are not allowed in hash literals.",
  InvalidNullKey: 'A null key is not allowed in a hash literal.',
  OperatorRequiresNumber: "The '{0}' operator works only on numbers. The operand is a '{1}'.",
  NotADefinedOperationForType: "The operation '[{0}] {1} [{2}]' is not defined.",
  InvalidSplitOptionCombination: 'The combination of options with the -split operator is not valid.',
  InvalidSplitOptionWithPredicate: 'Options are not allowed on the -split operator with a predicate.',
  ParameterizedPropertyAssignmentFailed: "Assignment failed because [{0}] does not contain a property '{1}()' that can be set.",
  ForEachTypeConversionFailed:
    'Unable to convert input to the target type [{0}] passed to the ForEach() operator. Please check the specified type and try running your script again.',
  NumberToReturnMustBeGreaterThanZero:
    "The 'numberToReturn' value provided to the third argument of the Where() operator must be greater than zero. Please correct the argument's value and try running your script again.",
} as const satisfies Record<string, string>;

export type ParserRuntimeStringId = keyof typeof ParserRuntimeStrings;
