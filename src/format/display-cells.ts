/**
 * How many console cells a string occupies, as pwsh's formatter counts them: East-Asian wide characters take
 * two cells, everything else one; VT escape sequences take none.
 */
// pwsh: FormatAndOutput/common/ILineOutput.cs (DisplayCells.CharLengthInBufferCells, GetFitLength).

/** Matches one VT (ANSI) escape sequence: CSI sequences and OSC hyperlinks, as pwsh's ValueStringDecorated. */
const VT_SEQUENCE = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

/** The text without its VT escape sequences (pwsh's `OutputRendering.PlainText`). */
export function stripVt(text: string): string {
  return text.includes('\x1b') ? text.replace(VT_SEQUENCE, '') : text;
}

/**
 * Cells of one UTF-16 code unit. pwsh looks at UTF-16 units, not code points: each half of a surrogate pair
 * counts one cell (so an emoji counts two).
 */
export function charCells(code: number): number {
  const wide =
    code >= 0x1100 &&
    (code <= 0x115f ||
      code === 0x2329 ||
      code === 0x232a ||
      (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6));
  return wide ? 2 : 1;
}

/** The display width of `text` in console cells, from `offset` on; VT sequences count zero. */
export function displayWidth(text: string, offset = 0): number {
  const plain = stripVt(text);
  let cells = 0;
  for (let i = offset; i < plain.length; i++) cells += charCells(plain.charCodeAt(i));
  return cells;
}

/** How many characters of `text`, from `offset`, fit in `cells` cells (DisplayCells.TruncateTail). */
export function fitFromHead(text: string, cells: number, offset = 0): number {
  let filled = 0;
  let count = 0;
  for (let k = offset; k < text.length; k++) {
    const width = charCells(text.charCodeAt(k));
    if (filled + width > cells) break;
    filled += width;
    count++;
    if (filled === cells) break;
  }
  return count;
}

/** The index from which the tail of `text` fits in `cells` cells (DisplayCells.TruncateHead). */
export function fitFromTail(text: string, cells: number): number {
  let filled = 0;
  let count = 0;
  for (let k = text.length - 1; k >= 0; k--) {
    const width = charCells(text.charCodeAt(k));
    if (filled + width > cells) break;
    filled += width;
    count++;
    if (filled === cells) break;
  }
  return text.length - count;
}
