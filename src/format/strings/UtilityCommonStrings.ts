/** Texts of pwsh's `Microsoft.PowerShell.Commands.Utility/resources/UtilityCommonStrings.resx` used by Group-Object, verbatim. */
export const UtilityCommonStrings = {
  InvalidOperation:
    'The objects grouped by this property cannot be expanded because there is a key duplication. Provide a valid value for the property, and then try again.',
  GroupObjectWithHashTable: 'The command cannot be run because the AsString parameter requires that you specify the AsHashtable parameter.',
  GroupObjectSingleProperty:
    'The command cannot be run because using the AsHashTable parameter with more than one property requires adding the AsString parameter.',
} as const satisfies Record<string, string>;
