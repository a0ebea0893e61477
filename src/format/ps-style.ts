/**
 * The VT sequences pwsh's formatter and error views use by default (`$PSStyle.Formatting`, `$PSStyle.Reset`).
 * They are written only when colour is on: a terminal that supports VT, no `NO_COLOR`, `TERM` not `dumb`.
 */
// pwsh: FormatAndOutput/common/PSStyle.cs (FormattingData defaults).

/** `$PSStyle.Formatting` and `$PSStyle.Reset` with pwsh 7.5's default values. */
export const PSStyle = {
  Reset: '\x1b[0m',
  /** List labels. */
  FormatAccent: '\x1b[32;1m',
  /** Table headers and their dash row. */
  TableHeader: '\x1b[32;1m',
  /** Table headers whose label is not a property name. */
  CustomTableHeaderLabel: '\x1b[32;1;3m',
  /** The `Line |` gutter and the highlighted code in ConciseView. */
  ErrorAccent: '\x1b[36;1m',
  /** Error text. */
  Error: '\x1b[31;1m',
  Warning: '\x1b[33;1m',
  Verbose: '\x1b[33;1m',
  Debug: '\x1b[33;1m',
} as const;

/** The style strings to use: pwsh's defaults when `color` is on, empty strings otherwise. */
export type StyleStrings = { readonly [K in keyof typeof PSStyle]: string };

const NoStyle: StyleStrings = Object.fromEntries(Object.keys(PSStyle).map((key) => [key, ''])) as unknown as StyleStrings;

/** `PSStyle` when `color` is true, else a table of empty strings (pwsh's PlainText rendering). */
export function styleFor(color: boolean): StyleStrings {
  return color ? PSStyle : NoStyle;
}
