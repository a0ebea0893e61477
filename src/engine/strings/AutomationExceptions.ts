/**
 * Texts from pwsh's resources/AutomationExceptions.resx, verbatim. Keys double as error ids.
 */
export const AutomationExceptions = {
  ScriptBlockInvokeOnOneClauseOnly:
    'The script block cannot be invoked because it contains more than one clause. The Invoke() method can only be used on script blocks that contain a single clause.',
} as const satisfies Record<string, string>;
