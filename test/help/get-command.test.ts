/**
 * Get-Command: pwsh's CommandInfo table (CommandType 15, Name 50, Version 10, Source), its filters and sort
 * order (GetCommandCommand.cs), `-Syntax` from the declarations (CmdletInfo.Definition, reference §9.8) and
 * its errors. Expected texts are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { ModuleInfo } from '../../src/engine/command-info.js';
import { GetCommand } from '../../src/modules/core/GetCommand.js';
import { GetHelp } from '../../src/modules/core/GetHelp.js';
import { PartnerCenterModule } from '../../src/modules/partner-center/index.js';
import { FixtureModule } from './fixtures/cmdlets.js';
import { consoleText, outStringText, runCmdlet } from './harness.js';

const lines = (...text: string[]): string => text.map((l) => `${l}\n`).join('');
const header = [
  'CommandType     Name                                               Version    Source',
  '-----------     ----                                               -------    ------',
];
const getThing = 'Cmdlet          Get-FixtureThing                                   1.2.3      Fixtures';
const setThing = 'Cmdlet          Set-FixtureThing                                   1.2.3      Fixtures';
const core: ModuleInfo = { name: 'Microsoft.PowerShell.Core', version: '7.5.0.500', commands: { 'Get-Help': async () => GetHelp } };

async function table(parameters: Record<string, unknown>): Promise<string> {
  const run = await runCmdlet(GetCommand, parameters, [FixtureModule]);
  expect(run.errors).toEqual([]);
  return outStringText(run.output, 120);
}

describe('the CommandInfo table (Out-String -Width 120)', () => {
  it.each([
    // No parameters: cmdlets, sorted by type then name; the alias gft (not Verb-Noun) is left out.
    ['Get-Command', {}, [getThing, setThing]],
    ['-Module Fix* -Verb Get', { Module: ['Fix*'], Verb: ['Get'] }, [getThing]],
    ['-Noun *Thing -Verb S*', { Noun: ['*Thing'], Verb: ['S*'] }, [setThing]],
    ['-Module Other', { Module: ['Other'] }, []],
    // -CommandType Alias keeps the alias; its Name column is the DisplayName.
    ['-CommandType Alias', { CommandType: 'Alias' }, ['Alias           gft -> Get-FixtureThing                            1.2.3      Fixtures']],
    ['-Name *Thing (sorted)', { Name: ['*Thing'] }, [getThing, setThing]],
    // Names without wildcards come out in the order given, unsorted.
    ['-Name Set-FixtureThing, get-fixturething', { Name: ['Set-FixtureThing', 'get-fixturething'] }, [setThing, getThing]],
    // pwsh counts in search order (aliases first) and keeps aliases when -TotalCount is given.
    ['-TotalCount 1', { TotalCount: 1 }, ['Alias           gft -> Get-FixtureThing                            1.2.3      Fixtures']],
    ['-ParameterName For*', { ParameterName: ['For*'] }, [getThing]],
    ['-ParameterName N (an alias)', { ParameterName: ['N'] }, [getThing]],
  ] as const)('%s', async (_title, parameters, rows) => {
    const parametersWithEnum = { ...parameters } as Record<string, unknown>;
    if ('CommandType' in parameters) {
      const { PSEnumValue } = await import('../../src/engine/ps-object.js');
      const { CommandTypesEnum } = await import('../../src/help/command-objects.js');
      parametersWithEnum.CommandType = PSEnumValue.parse(CommandTypesEnum, parameters.CommandType);
    }
    expect(await table(parametersWithEnum)).toBe(rows.length === 0 ? '' : lines('', ...header, ...rows, ''));
  });
});

describe('-Syntax', () => {
  it.each([
    // CmdletInfo.Definition: a newline before and after each parameter set's line; the default set first.
    [
      'Get-FixtureThing -Syntax',
      { Name: ['Get-FixtureThing'], Syntax: true },
      '\nGet-FixtureThing [[-Name] <string[]>] [-Force] [<CommonParameters>]\n\nGet-FixtureThing -Id <int> [-Force] [<CommonParameters>]\n',
    ],
    // Reference §9.8: short type names, [-WhatIf] [-Confirm] after the declared parameters.
    [
      'New-PartnerCustomerCart -Syntax',
      { Name: ['New-PartnerCustomerCart'], Syntax: true },
      '\nNew-PartnerCustomerCart -CustomerId <string> -LineItems <PSCartLineItem[]> [-WhatIf] [-Confirm] [<CommonParameters>]\n',
    ],
    // GetSyntaxObject: an alias is resolved and its name put in place of the command's.
    [
      'gft -Syntax',
      { Name: ['gft'], Syntax: true },
      'gft (alias) -> Get-FixtureThing\n\ngft [[-Name] <string[]>] [-Force] [<CommonParameters>]\n\ngft -Id <int> [-Force] [<CommonParameters>]\n',
    ],
    // pwsh's Get-Help declaration (ShowWindow exists only on Windows): the default set AllUsersView first.
    [
      'Get-Help -Syntax, first set',
      { Name: ['Get-Help'], Syntax: true },
      '\nGet-Help [[-Name] <string>] [-Path <string>] [-Category <string[]>] [-Full] [-Component <string[]>] [-Functionality <string[]>] [-Role <string[]>] [<CommonParameters>]\n',
    ],
  ] as const)('%s', async (_title, parameters, expected) => {
    const run = await runCmdlet(GetCommand, parameters, [FixtureModule, PartnerCenterModule, core]);
    expect(run.errors).toEqual([]);
    const texts = run.output.map((o) => (o as { getProperty(n: string): { value: unknown } }).getProperty('Text').value as string);
    expect(texts[0]?.startsWith(expected) ?? false).toBe(true);
    if (!_title.endsWith('first set')) expect(texts).toEqual([expected]);
  });

  it('uses the name a command is registered under (help is Get-Help with another default view)', async () => {
    const { Help } = await import('../../src/modules/core/Help.js');
    const module: ModuleInfo = { name: 'Microsoft.PowerShell.Core', version: '7.5.0.500', commands: { help: async () => Help } };
    const run = await runCmdlet(GetCommand, { Name: ['help'], Syntax: true }, [module]);
    const text = (run.output[0] as { getProperty(n: string): { value: unknown } }).getProperty('Text').value as string;
    expect(text.split('\n').filter((l) => l !== '').map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'help [[-Name] <string>]',
      'help [[-Name] <string>]',
      'help [[-Name] <string>]',
      'help [[-Name] <string>]',
      'help [[-Name] <string>]',
    ]);
  });

  it.each([
    // A help string: written out of band, word-wrapped at the console's 79 columns (the wrapped line keeps its space).
    [
      'New-PartnerCustomerCart',
      lines('', 'New-PartnerCustomerCart -CustomerId <string> -LineItems <PSCartLineItem[]> ', '[-WhatIf] [-Confirm] [<CommonParameters>]', ''),
    ],
    ['Get-FixtureThing', lines('', 'Get-FixtureThing [[-Name] <string[]>] [-Force] [<CommonParameters>]', '', 'Get-FixtureThing -Id <int> [-Force] [<CommonParameters>]', '')],
  ] as const)('%s -Syntax on the console', async (name, expected) => {
    const run = await runCmdlet(GetCommand, { Name: [name], Syntax: true }, [FixtureModule, PartnerCenterModule]);
    expect(consoleText(run.output)).toBe(expected);
  });
});

describe('errors', () => {
  it.each([
    [
      'Get-Command Nope',
      { Name: ['Nope'] },
      'CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand',
      "The term 'Nope' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      'Nope',
    ],
    [
      '-ParameterName Nope',
      { ParameterName: ['Nope'] },
      'CommandParameterNotFound,Microsoft.PowerShell.Commands.GetCommandCommand',
      "No matching commands include a parameter named 'Nope'.  Check the spelling of the parameter name, and then try again.",
      'Nope',
    ],
  ] as const)('%s', async (_title, parameters, fqid, message, target) => {
    const run = await runCmdlet(GetCommand, parameters, [FixtureModule]);
    expect(run.output).toEqual([]);
    expect(run.errors.map((e) => [e.fullyQualifiedErrorId, e.category, e.message, e.targetObject])).toEqual([[fqid, 'ObjectNotFound', message, target]]);
  });

  it('a wildcard that matches nothing is not an error', async () => {
    const run = await runCmdlet(GetCommand, { Name: ['Nope*'] }, [FixtureModule]);
    expect([run.output, run.errors]).toEqual([[], []]);
  });
});
