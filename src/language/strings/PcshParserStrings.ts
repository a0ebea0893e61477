/**
 * Parse errors that only pcsh reports: valid PowerShell that pcsh's language subset does not support yet. Each
 * says what is not supported and what to write instead. Keys double as the ParseError errorId.
 */

export const PcshParserStrings = {
  TernaryOperatorNotSupported:
    "The ternary operator '? :' is not supported by pcsh yet. Use an if statement instead, for example: $x = if ($c) { 1 } else { 2 }",
  PipelineChainNotSupported:
    "The pipeline chain operator '{0}' is not supported by pcsh yet. Run the pipelines as separate statements and test $? with an if statement instead.",
  BackgroundOperatorNotSupported:
    "Running a pipeline in the background with '&' is not supported by pcsh. Remove the trailing '&' to run it in the foreground.",
  NullCoalescingAssignmentNotSupported:
    "The '??=' operator is not supported by pcsh yet. Use an if statement instead, for example: if ($null -eq $x) { $x = 1 }",
  AttributedExpressionNotSupported:
    'The attribute [{0}] on an expression is not supported by pcsh yet. Remove the attribute, or declare the value as a parameter in a param() block.',
  UnsupportedNumericLiteral:
    "The numeric literal {0} has a type suffix that pcsh does not support yet. Use a cast instead, for example [byte]1 or [bigint]'123'.",
  AssemblyQualifiedTypeName:
    'Assembly-qualified type names are not supported by pcsh. Write the type name without the assembly part.',
  KeywordNotSupported:
    "The '{0}' keyword is not supported by pcsh yet. Rewrite this part of the script without it.",
  NamedBlockNotSupported:
    "The '{0}' block is not supported by pcsh yet. Declare dynamic parameters in the param() block, and put clean-up code in a try/finally statement in the end block.",
  SwitchOptionNotSupported:
    'The -{0} option is not supported by pcsh yet. Remove it, or loop over the values with a foreach statement instead.',
} as const satisfies Record<string, string>;

/** A key of PcshParserStrings. */
export type PcshParserStringId = keyof typeof PcshParserStrings;
