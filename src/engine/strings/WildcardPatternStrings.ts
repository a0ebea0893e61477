/** Texts copied verbatim from pwsh's resources/WildcardPatternStrings.resx; keys are pwsh's resource names. */
export const WildcardPatternStrings = {
  InvalidPattern: 'The specified wildcard character pattern is not valid: {0}',
} as const satisfies Record<string, string>;
