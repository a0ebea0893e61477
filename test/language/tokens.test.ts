// Tokens as parseInput returns them (for highlighting and completion): kinds decided by command vs expression
// mode, values, and flags. Rows marked "pwsh test" come from test/powershell/Language/Parser/Parsing.Tests.ps1
// ("Ternary Operator parsing" and "Keywords ... Token parsing"); the others follow tokenizer.cs.
import { describe, expect, it } from 'vitest';
import { parseInput, type Token, TokenFlags, TokenKind } from '../../src/language/index.js';

const kinds = (text: string): string[] =>
  parseInput(text).tokens.filter((t) => t.kind !== TokenKind.EndOfInput).map((t) => `${TokenKind[t.kind]}:${t.text}`);

describe('tokens', () => {
  it.each([
    // Command mode: a whole word is one token; numbers only when the whole word is a number.
    ['Get-Foo -Name bar 10 1Year', ['Generic:Get-Foo', 'Parameter:-Name', 'Identifier:bar', 'Number:10', 'Generic:1Year']],
    ['Get-Foo -Name:bar', ['Generic:Get-Foo', 'Parameter:-Name:', 'Identifier:bar']],
    ['Get-Foo a+b $x+1', ['Generic:Get-Foo', 'Generic:a+b', 'Generic:$x+1']],
    // Expression mode: operators split words.
    ['$x+1', ['Variable:$x', 'Plus:+', 'Number:1']],
    ['$a -EQ $b', ['Variable:$a', 'Comparison:-EQ', 'Variable:$b']],
    ['$a -split $b', ['Variable:$a', 'Split:-split', 'Variable:$b']],
    ["'a' -f 1", ['StringLiteral:\'a\'', 'Format:-f', 'Number:1']],
    ['-1', ['Number:-1']],
    ['@x', ['SplattedVariable:@x']],
    ['$x # note', ['Variable:$x', 'Comment:# note']],
    ['Get-A `\n-B', ['Generic:Get-A', 'LineContinuation:`\n', 'Parameter:-B']],
    ['Get-A 2>&1 > f', ['Generic:Get-A', 'MergingRedirection:2>&1', 'Redirection:>', 'Identifier:f']],
    [':outer while (1) {}', ['Label::outer', 'While:while', 'LParen:(', 'Number:1', 'RParen:)', 'LCurly:{', 'RCurly:}']],
    ['[int[]]$x', ['LBracket:[', 'Identifier:int', 'LBracket:[', 'RBracket:]', 'RBracket:]', 'Variable:$x']],
    // pwsh test: `?` and `:` inside words are part of the word.
    ['$true?2:3', ['Variable:$true?2:3']],
    ['$env:abc', ['Variable:$env:abc']],
    ['a?2:2', ['Generic:a?2:2']],
    ['1?2:3', ['Generic:1?2:3']],
    ['?2:3', ['Generic:?2:3']],
    // pwsh test: keywords after a command name are plain arguments.
    ['echo default hidden in static', ['Identifier:echo', 'Generic:default', 'Generic:hidden', 'Generic:in', 'Generic:static']],
  ])('%j', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    // pwsh test: `default` in a switch body keeps the Keyword flag; as a command name it becomes CommandName.
    ['switch (1) {default {0} 1 {1}}', 5, TokenKind.Default, TokenFlags.Keyword],
    ['default', 0, TokenKind.Default, TokenFlags.CommandName],
    ['foreach ($i in 1..2) {$i}', 3, TokenKind.In, TokenFlags.Keyword],
  ])('%j token %i', (text, index, kind, flag) => {
    const token: Token | undefined = parseInput(text).tokens[index];
    expect(token?.kind).toBe(kind);
    expect(((token?.flags ?? 0) & (TokenFlags.Keyword | TokenFlags.CommandName))).toBe(flag);
  });

  it('gives values with escapes applied and quotes removed', () => {
    const values = parseInput("Write-Host 'it''s' a`tb").tokens.map((t) => ('value' in t ? t.value : undefined));
    expect(values.slice(1, 3)).toEqual(["it's", 'a\tb']);
  });
});
