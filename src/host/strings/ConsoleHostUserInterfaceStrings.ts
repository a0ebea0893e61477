/**
 * Texts copied verbatim from pwsh's Microsoft.PowerShell.ConsoleHost resources/ConsoleHostUserInterfaceStrings.resx
 * (and, for the two PromptForCredential texts, ConsoleHostUserInterfaceSecurityResources.resx).
 */
export const ConsoleHostUserInterfaceStrings = {
  PromptForCredential_User: 'User: ',
  PromptForCredential_Password: 'Password for user {0}: ',
  PromptForChoiceHelp: '[?] Help ',
  PromptCanceledError: 'The prompt was canceled.',
  PromptHelp: '(Type !? for Help.)',
  DefaultChoicePrompt: '(default is "{0}"): ',
  PromptFieldPromptInputSeparatorTemplate: '{0}: ',
  DebugFormatString: 'DEBUG: {0}',
  VerboseFormatString: 'VERBOSE: {0}',
  WarningFormatString: 'WARNING: {0}',
  ReadFailsOnNonInteractiveFlag: 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
} as const satisfies Record<string, string>;
