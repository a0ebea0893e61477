/**
 * A help file that cannot be read: which file, which line, what was found and what was expected. Get-Help
 * reports it as pwsh's HelpFileLoadFailure error; the build and the tests print it as is.
 */
export class HelpLoadError extends Error {
  constructor(
    /** The help file's name, e.g. `New-PartnerCustomerCart.md`. */
    readonly file: string,
    /** 1-based line in the file. */
    readonly line: number,
    /** What is wrong, in platyPS's words where it has them (`Unexpected header name X`). */
    readonly problem: string,
    /** What the file should have had there, if known. */
    readonly expected?: string,
  ) {
    super(`${file}, line ${line}: ${problem}${expected === undefined ? '' : `; expected ${expected}`}`);
    this.name = 'HelpLoadError';
  }
}
