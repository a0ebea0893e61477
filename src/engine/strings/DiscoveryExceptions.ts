/** Texts copied verbatim from pwsh's resources/DiscoveryExceptions.resx. */
export const DiscoveryExceptions = {
  CommandNotFoundException:
    "The term '{0}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
} as const satisfies Record<string, string>;
