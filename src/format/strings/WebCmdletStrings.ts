/**
 * Texts of pwsh's `Microsoft.PowerShell.Commands.Utility/resources/WebCmdletStrings.resx` used by
 * ConvertTo-Json and ConvertFrom-Json, verbatim. The key is the error id where pwsh uses one.
 */
export const WebCmdletStrings = {
  JsonMaxDepthReached: 'Resulting JSON is truncated as serialization has exceeded the set depth of {0}.',
  JsonDeserializationFailed: 'Conversion from JSON failed with error: {0}',
  EmptyKeyInJsonString: 'The provided JSON includes a property whose name is an empty string, this is only supported using the -AsHashTable switch.',
  DuplicateKeysInJsonString: "Cannot convert the JSON string because a dictionary that was converted from the string contains the duplicated key '{0}'.",
  KeysWithDifferentCasingInJsonString:
    "Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key '{0}' was '{1}'.",
  NonStringKeyInDictionary: "The type '{0}' is not supported for serialization or deserialization of a dictionary. Keys must be strings.",
} as const satisfies Record<string, string>;
