/** Texts copied verbatim from pwsh's Microsoft.PowerShell.ConsoleHost resources/CommandLineParameterParserStrings.resx. */
export const CommandLineParameterParserStrings = {
  MissingCommandParameter: 'Cannot process the command because of a missing parameter. A command must follow -Command.',
  TooManyParametersToCommand: "'-' was specified with the -Command parameter; no other arguments to -Command are permitted.",
  MissingOutputFormatParameter: 'The command cannot be run because no argument has been supplied for the OutputFormat parameter.\nSpecify one of the following formats for this parameter:\n{0}',
  BadFormatParameterValue: 'Cannot process the command because of an incorrect parameter value. "{0}" is not a valid format.\nValid formats are:\n{1}',
  MissingFileArgument: 'The command cannot be run because the File parameter requires a file path. Supply a path for the File parameter and then try the command again.',
  ArgumentFileDoesNotExist:
    "The argument '{0}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
  MissingExecutionPolicyParameter: 'Cannot process the execution policy because of a missing policy name. A policy name must follow -ExecutionPolicy.',
  MissingWorkingDirectoryArgument: 'Cannot process the command because -WorkingDirectory requires an argument that is a directory path.',
  InvalidArgument: "Invalid argument '{0}', did you mean:",
} as const satisfies Record<string, string>;
