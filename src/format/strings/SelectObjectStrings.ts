/** Texts of pwsh's `Microsoft.PowerShell.Commands.Utility/resources/SelectObjectStrings.resx`, verbatim. */
export const SelectObjectStrings = {
  RenamingMultipleResults: 'Cannot rename multiple results.',
  PropertyNotFound: 'Property "{0}" cannot be found.',
  MutlipleExpandProperties: 'Multiple properties cannot be expanded.',
  AlreadyExistingProperty: 'The property cannot be processed because the property "{0}" already exists.',
  EmptyScriptBlockAndNoName: 'A property is an empty script block and does not provide a name.',
} as const satisfies Record<string, string>;
