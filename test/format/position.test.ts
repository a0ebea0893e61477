// Position messages, traced by hand through pwsh's engine/parser/Position.cs (VerboseMessage).
import { describe, expect, it } from 'vitest';
import { lineCount, lineText, positionMessage } from '../../src/language/position.js';
import { extentAt, extentOf } from './fixtures.js';

const longMiddle = `${'x'.repeat(50)}ERR${'y'.repeat(47)}`;
const longEnd = `${'x'.repeat(80)}ERR${'y'.repeat(5)}`;

describe('positionMessage', () => {
  it.each([
    // the reference's NormalView example (powershell-semantics.md §4.3)
    ['parameter token', extentOf('Get-Item -Foo', '-Foo'), 'At line:1 char:10\n+ Get-Item -Foo\n+          ~~~~'],
    ['a script file names the file', extentOf('$a = 1\nGet-Item /nope\n', 'Get-Item /nope', '/tmp/t.ps1'),
      'At /tmp/t.ps1:2 char:1\n+ Get-Item /nope\n+ ~~~~~~~~~~~~~~'],
    // end of input: an empty extent still gets one tilde
    ['empty extent at end of input', extentAt('1 +', 3, 3), 'At line:1 char:4\n+ 1 +\n+    ~'],
    // an extent running onto the next line is underlined to the end of its first line
    ['multi-line extent', extentAt('foo {\n  bar\n}', 4, 11), 'At line:1 char:5\n+ foo {\n+     ~'],
    // CRLF line ends are not part of the line
    ['CRLF source', extentOf('a\r\nGet-Item -Foo\r\n', '-Foo'), 'At line:2 char:10\n+ Get-Item -Foo\n+          ~~~~'],
    // tabs are expanded to four spaces before the line is measured
    ['tab before the error', extentOf('\tGet-Item -Foo', '-Foo'), 'At line:1 char:11\n+     Get-Item -Foo\n+              ~~~~'],
    // 100 characters: the prefix fits whole, the suffix is clipped to 16 with " …"
    ['long line clipped at the end', extentOf(longMiddle, 'ERR'),
      `At line:1 char:51\n+ ${'x'.repeat(50)}ERR${'y'.repeat(16)} \u2026\n+ ${' '.repeat(50)}~~~`],
    // 88 characters: 61 characters of prefix are kept after "… "
    ['long line clipped at the start', extentOf(longEnd, 'ERR'),
      `At line:1 char:81\n+ \u2026 ${'x'.repeat(61)}ERR${'y'.repeat(5)}\n+ ${' '.repeat(63)}~~~`],
    // an empty source line leaves only "+ "
    ['empty line', extentAt('\n\nx', 1, 1), 'At line:2 char:1\n+ '],
  ])('%s', (_name, extent, expected) => {
    expect(positionMessage(extent)).toBe(expected);
  });
});

describe('lineText', () => {
  it.each([
    ['a\nb\nc', 2, 'b\n'],
    ['a\r\nb', 1, 'a\r\n'],
    ['a\rb', 2, 'b'],
    ['a', 3, ''],
  ])('%j line %i', (text, line, expected) => {
    expect(lineText(text, line)).toBe(expected);
  });

  it('counts lines as the tokenizer does', () => {
    expect(lineCount('a\r\nb\rc\n')).toBe(4);
  });
});
