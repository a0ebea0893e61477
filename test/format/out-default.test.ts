// Out-Default for the console: documents, out-of-band objects and registered views, traced through
// BaseOutputtingCommand.cs (ProcessFormatStart/End, ProcessOutOfBandPayload) and ConsoleLineOutput.cs (width − 1).
import { describe, expect, it } from 'vitest';
import { PSDateTime, PSObject } from '../../src/engine/ps-object.js';
import { formatForHost, outString } from '../../src/format/out-default.js';
import { registerView } from '../../src/format/view-registry.js';
import { extentAt, record } from './fixtures.js';

registerView('Test.Greeting', { kind: 'Custom', render: (target, context) => `Hello ${(target as PSObject).getProperty('Name')?.value as string} at ${context.width}` });
registerView('Test.Row', { kind: 'Table', columns: [{ property: 'Id', label: 'ID', width: 4, alignment: 'Right' }, { label: 'Upper', value: (t) => String((t as PSObject).getProperty('Name')?.value).toUpperCase() }] });
registerView('Test.Row', { kind: 'List', items: [{ property: 'Name', label: 'Name' }] });

const greeting = new PSObject(['Test.Greeting', 'System.Object'], [['Name', 'pcsh']]);
const row = (id: number, name: string): PSObject => new PSObject(['Test.Row', 'System.Object'], [['Id', id], ['Name', name]]);

describe('Out-Default', () => {
  it.each<[string, readonly unknown[], string]>([
    ['strings and numbers are plain lines', ['a', 1, 2.5, true], 'a\n1\n2.5\nTrue\n'],
    ['a string with line breaks', ['one\ntwo'], 'one\ntwo\n'],
    ['an array is shown element by element', [[1, 'x']], '1\nx\n'],
    ['a bare DateTime uses its long form, with blank lines around', [new PSDateTime(Date.UTC(2024, 0, 2, 15, 4, 5), 'Unspecified')], '\nTuesday, January 2, 2024 3:04:05 PM\n\n'],
    ['a registered custom view gets the width − 1', [greeting], '\nHello pcsh at 79\n\n'],
    ['a registered table view with fixed widths and a computed column', [row(1, 'a'), row(22, 'bb')], '\n  ID Upper\n  -- -----\n   1 A\n  22 BB\n\n'],
    // an error record in the output stream keeps its view's empty lines (it is not the console error path)
    ['an error record in the output', [record({ message: 'm', errorId: 'X', category: 'ParserError',
      exceptionType: 'System.Management.Automation.ParentContainsErrorRecordException', extent: extentAt('1 +', 3, 3) })],
    'ParserError: \nLine |\n   1 |  1 +\n     |     ~\n     | m\n\n'],
  ])('%s', (_name, objects, expected) => {
    expect(formatForHost(objects, 80)).toBe(expected);
  });

  it('Format-List finds the List view registered for the type', async () => {
    const { formatThenOutString } = await import('./format-helpers.js');
    expect(formatThenOutString('List', {}, [row(1, 'a')])).toBe('\nName : a\n\n');
  });

  it('Out-String without -Width does not wrap custom views', () => {
    expect(outString([greeting], { consoleWidth: 80 })).toBe('\nHello pcsh at 2147483647\n\n');
  });
});
