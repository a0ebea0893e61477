/** Texts of pwsh's `Microsoft.PowerShell.Commands.Utility/resources/SortObjectStrings.resx`, verbatim. */
export const SortObjectStrings = {
  PropertyNotFound: '"Sort-Object" - "{0}" cannot be found in "InputObject".',
} as const satisfies Record<string, string>;
