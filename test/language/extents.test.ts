// Extents: error views print `At line:L char:C` and tildes under a node's extent, so every node must cover exactly
// its source text. Offsets are 0-based, lines and columns 1-based (pwsh's InternalScriptExtent / PositionHelper).
import { describe, expect, it } from 'vitest';
import { type Ast, type Extent, parseInput } from '../../src/language/index.js';
import { walk } from './render.js';

function nodes(text: string): Map<string, Extent[]> {
  const result = parseInput(text);
  expect(result.errors).toEqual([]);
  const byKind = new Map<string, Extent[]>();
  walk(result.ast, (node: Ast) => {
    const list = byKind.get(node.kind) ?? [];
    list.push(node.extent);
    byKind.set(node.kind, list);
  });
  return byKind;
}

const textOf = (text: string, e: Extent): string => text.slice(e.startOffset, e.endOffset);

describe('extents', () => {
  it.each([
    // [input, node kind, index among nodes of that kind (depth-first), exact source text covered]
    ['Get-Foo -Name bar', 'Command', 0, 'Get-Foo -Name bar'],
    ['Get-Foo -Name bar', 'CommandParameter', 0, '-Name'],
    ['Get-Foo -Name:bar', 'CommandParameter', 0, '-Name:bar'],
    ['Get-Foo -Name: bar', 'CommandParameter', 0, '-Name: bar'],
    ["Get-Foo 'a b' | Out-Host", 'Pipeline', 0, "Get-Foo 'a b' | Out-Host"],
    ["Get-Foo 'a b' | Out-Host", 'StringConstantExpression', 1, "'a b'"],
    ['$x = 1 + 2', 'AssignmentStatement', 0, '$x = 1 + 2'],
    ['$x = 1 + 2', 'BinaryExpression', 0, '1 + 2'],
    ['$h = @{ a = 1 }', 'Hashtable', 0, '@{ a = 1 }'],
    ['$x.M(1, 2)', 'InvokeMemberExpression', 0, '$x.M(1, 2)'],
    ['$x[0].Name', 'IndexExpression', 0, '$x[0]'],
    ['$x[0].Name', 'MemberExpression', 0, '$x[0].Name'],
    ['[int]$x', 'ConvertExpression', 0, '[int]$x'],
    ['[int]$x', 'TypeConstraint', 0, '[int]'],
    ['"a $b c"', 'ExpandableStringExpression', 0, '"a $b c"'],
    ['"a $b c"', 'VariableExpression', 0, '$b'],
    ['"n: $($x.Count)"', 'SubExpression', 0, '$($x.Count)'],
    ['"n: $($x.Count)"', 'MemberExpression', 0, '$x.Count'],
    ['if ($a) { 1 } else { 2 }', 'IfStatement', 0, 'if ($a) { 1 } else { 2 }'],
    ['foreach ($i in $l) { }', 'ForEachStatement', 0, 'foreach ($i in $l) { }'],
    ['try { } catch [Exception] { } finally { }', 'TryStatement', 0, 'try { } catch [Exception] { } finally { }'],
    ['try { } catch [Exception] { } finally { }', 'CatchClause', 0, 'catch [Exception] { }'],
    ['function f($a) { $a }', 'FunctionDefinition', 0, 'function f($a) { $a }'],
    ['function f($a) { $a }', 'ScriptBlock', 1, '{ $a }'],
    ['Get-Foo 2>&1 > out.txt', 'Redirection', 1, '> out.txt'],
    ['Write-Output -- -x', 'Command', 0, 'Write-Output -- -x'],
  ])('%j: %s #%i covers %j', (text, kind, index, covered) => {
    const extent = nodes(text).get(kind)?.[index];
    expect(extent === undefined ? undefined : textOf(text, extent)).toBe(covered);
  });

  it('gives lines and columns across CRLF, CR and LF line ends', () => {
    const text = 'Get-A\r\nGet-B\rGet-C\n  Get-D -x';
    const commands = nodes(text).get('Command')!;
    expect(commands.map((e) => [e.startLine, e.startColumn, e.endLine, e.endColumn])).toEqual([
      [1, 1, 1, 6], [2, 1, 2, 6], [3, 1, 3, 6], [4, 3, 4, 11],
    ]);
  });

  it('spans lines for a multi-line statement', () => {
    const text = '$h = @{\n  a = 1\n}';
    const [hashtable] = nodes(text).get('Hashtable')!;
    expect(hashtable && [hashtable.startLine, hashtable.startColumn, hashtable.endLine, hashtable.endColumn]).toEqual([1, 6, 3, 2]);
  });

  it('names the script file in every extent', () => {
    const result = parseInput('Get-A', '/scripts/order.ps1');
    expect(result.ast.extent.source).toEqual({ text: 'Get-A', file: '/scripts/order.ps1' });
    expect(result.tokens[0]?.extent.source.file).toBe('/scripts/order.ps1');
  });

  it('keeps every token in source order with its text', () => {
    const text = "$a = Get-B -C:'d' # done";
    expect(parseInput(text).tokens.map((t) => t.text)).toEqual(['$a', '=', 'Get-B', '-C:', "'d'", '# done', '']);
  });
});
