/**
 * The few texts the binder prints that pwsh keeps in other areas' resource files, verbatim. Each object is named
 * after its .resx and holds only the keys the binder uses; they can move into that area's catalogue unchanged.
 */

/** pwsh: src/System.Management.Automation/resources/ExtendedTypeSystem.resx (setter failures). */
export const ExtendedTypeSystemBinderStrings = {
  ExceptionWhenSetting: 'Exception setting "{0}": "{1}"',
  InvalidCastFromNull: 'Cannot convert null to type "{0}".',
} as const satisfies Record<string, string>;

/** pwsh: src/System.Management.Automation/resources/ErrorPackage.resx. */
export const ErrorPackageBinderStrings = {
  ActionPreferenceReservedForFutureUseError:
    'The {0} ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, "about_Preference_Variables."',
} as const satisfies Record<string, string>;

/** pwsh: src/Microsoft.PowerShell.ConsoleHost/resources/ConsoleHostUserInterfaceStrings.resx (the Prompt method). */
export const ConsoleHostPromptStrings = {
  PromptHelp: '(Type !? for Help.)',
  PromptFieldPromptInputSeparatorTemplate: '{0}: ',
  PromptNoHelpAvailableErrorTemplate: 'No help is available for {0}.',
  PromptUnrecognizedCommandErrorTemplate: '"{0}" cannot be recognized as a valid Prompt command.',
  PromptParseFormatErrorTemplate: 'Cannot recognize "{1}" as a {0} due to a format error.',
  PromptParseOverflowErrorTemplate: 'Cannot recognize "{1}" as a {0} due to an overflow error.',
} as const satisfies Record<string, string>;

/** .NET's own exception messages that pwsh quotes inside binder errors. */
export const DotNetExceptionMessages = {
  /** System.NotSupportedException's default message (CoerceTypeAsNeeded: a collection given to a scalar). */
  NotSupported: 'Specified method is not supported.',
} as const satisfies Record<string, string>;
