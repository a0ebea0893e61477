/**
 * Messages pcsh's value engine raises where pwsh would have succeeded, because pcsh does not model the
 * feature: each says what went wrong and what to do instead.
 */
export const PcshValueStrings = {
  ReplaceScriptBlockNotSupported:
    'pcsh does not support a script block as the substitute of the -replace operator. Use a replacement string with $1 or ${name}, or call ForEach-Object on the matches.',
  SplitPredicateNotSupported:
    'pcsh does not support a script block as the delimiter of the -split operator. Use a regular expression delimiter instead.',
  StaticMemberNotSupported:
    "pcsh does not implement the static member '{1}' of [{0}]. Rewrite the expression without it, or run the script in pwsh.",
} as const satisfies Record<string, string>;
