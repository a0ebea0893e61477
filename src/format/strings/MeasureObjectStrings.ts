/** Texts of pwsh's `Microsoft.PowerShell.Commands.Utility/resources/MeasureObjectStrings.resx`, verbatim. */
export const MeasureObjectStrings = {
  PropertyNotFound: 'The property "{0}" cannot be found in the input for any objects.',
  NonNumericInputObject: 'Input object "{0}" is not numeric.',
} as const satisfies Record<string, string>;
