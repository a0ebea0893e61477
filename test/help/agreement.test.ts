/**
 * One declaration, one help file, kept in agreement: every registered cmdlet that has a help file is compared
 * with it field by field (parameters, type, aliases, sets, Required, Position, pipeline input, the
 * CommonParameters entry, and each SYNTAX block against `Get-Command -Syntax`). The walk reads the modules'
 * tables, so a cmdlet added to a module is checked as soon as it has a help file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ModuleInfo } from '../../src/engine/command-info.js';
import { getCommandMetadata } from '../../src/engine/command-metadata.js';
import { compareHelpWithDeclaration, type HelpDifference } from '../../src/help/help-agreement.js';
import { loadHelpTopics } from '../../src/help/help-cache.js';
import type { CommandHelpInfo } from '../../src/help/help-info.js';
import { loadHelpMarkdown } from '../../src/help/load.js';
import { defaultModules } from '../../src/host/modules.js';
import { GetCommand } from '../../src/modules/core/GetCommand.js';
import { GetHelp } from '../../src/modules/core/GetHelp.js';
import { PartnerCenterModule } from '../../src/modules/partner-center/index.js';
import { NewPartnerCustomerCart } from '../../src/modules/partner-center/cmdlets/NewPartnerCustomerCart.js';
import { FixtureModule, GetFixtureThing } from './fixtures/cmdlets.js';

/**
 * The one known difference: the seed (kept byte-identical) documents `CartLineItem[]`, the type of the archived
 * module's help, while the module binds `PSCartLineItem[]` (reference §9.8), in PARAMETERS and in SYNTAX.
 */
const KnownDifferences: readonly HelpDifference[] = [
  { command: 'New-PartnerCustomerCart', parameter: 'LineItems', field: 'Type', help: 'CartLineItem[]', declared: 'PSCartLineItem[]' },
  {
    command: 'New-PartnerCustomerCart',
    parameter: '',
    field: 'Syntax',
    help: 'New-PartnerCustomerCart -CustomerId <String> -LineItems <CartLineItem[]> [-WhatIf] [-Confirm] [<CommonParameters>]',
    declared: 'New-PartnerCustomerCart -CustomerId <string> -LineItems <PSCartLineItem[]> [-WhatIf] [-Confirm] [<CommonParameters>]',
  },
];

/** The session's modules, plus those not registered there yet (the lead registers them in src/host/modules.ts). */
function registry(): ModuleInfo[] {
  const modules = [...defaultModules()];
  if (!modules.some((m) => m.name === PartnerCenterModule.name)) modules.push(PartnerCenterModule);
  const pending = Object.fromEntries(
    Object.entries({ 'Get-Help': async () => GetHelp, 'Get-Command': async () => GetCommand }).filter(([name]) => !modules.some((m) => name in m.commands)),
  );
  if (Object.keys(pending).length > 0) modules.push({ name: 'Microsoft.PowerShell.Core', version: '7.5.0.500', commands: pending });
  return modules;
}

function commandHelp(text: string): CommandHelpInfo {
  const result = loadHelpMarkdown(text, 'copy.md');
  if (!result.ok || result.topic.kind !== 'Command') throw new Error(result.ok ? 'not a command' : result.error.message);
  return result.topic;
}

describe('the registered cmdlets and help/', () => {
  it('agree, except for the recorded difference of the seed', async () => {
    delete process.env.PCSH_HELP_PATH;
    const { topics, errors } = await loadHelpTopics();
    expect(errors.map((e) => e.message)).toEqual([]);
    const checked: string[] = [];
    const differences: HelpDifference[] = [];
    for (const module of registry()) {
      for (const [name, load] of Object.entries(module.commands)) {
        const help = topics.find((t): t is CommandHelpInfo => t.kind === 'Command' && t.name.toLowerCase() === name.toLowerCase());
        if (help === undefined) continue;
        checked.push(name);
        differences.push(...compareHelpWithDeclaration(getCommandMetadata(await load()), help));
      }
    }
    expect(checked).toEqual(expect.arrayContaining(['New-PartnerCustomerCart', 'Get-Help', 'Get-Command']));
    expect(differences).toEqual(KnownDifferences);
  });

  it('has no command help file without a registered cmdlet', async () => {
    delete process.env.PCSH_HELP_PATH;
    const names = new Set(registry().flatMap((m) => Object.keys(m.commands).map((n) => n.toLowerCase())));
    const { topics } = await loadHelpTopics();
    expect(topics.filter((t) => t.kind === 'Command' && !names.has(t.name.toLowerCase())).map((t) => t.file)).toEqual([]);
  });

  it('agree for the fixture cmdlet with two parameter sets', async () => {
    const text = readFileSync(new URL('./fixtures/help/Get-FixtureThing.md', import.meta.url), 'utf8');
    expect(FixtureModule.commands['Get-FixtureThing']).toBeDefined();
    expect(compareHelpWithDeclaration(getCommandMetadata(GetFixtureThing), commandHelp(text))).toEqual([]);
  });
});

describe('a drifted copy of a help file', () => {
  const seed = readFileSync(new URL('../../help/New-PartnerCustomerCart.md', import.meta.url), 'utf8');
  const metadata = getCommandMetadata(NewPartnerCustomerCart);
  const diff = (edit: (text: string) => string): HelpDifference[] => compareHelpWithDeclaration(metadata, commandHelp(edit(seed)));
  const without = (list: HelpDifference[]): HelpDifference[] => list.filter((d) => !KnownDifferences.some((k) => JSON.stringify(k) === JSON.stringify(d)));

  it.each([
    [
      'CustomerId documented as optional',
      (t: string) => t.replace('Required: True\nPosition: Named', 'Required: False\nPosition: Named'),
      [{ command: 'New-PartnerCustomerCart', parameter: 'CustomerId', field: 'Required', help: 'false', declared: 'true' }],
    ],
    [
      'CustomerId documented as positional',
      (t: string) => t.replace('Required: True\nPosition: Named', 'Required: True\nPosition: 0'),
      [{ command: 'New-PartnerCustomerCart', parameter: 'CustomerId', field: 'Position', help: '0', declared: 'Named' }],
    ],
    [
      'an alias the cmdlet does not have',
      (t: string) => t.replace('Aliases: cf', 'Aliases: cf, c'),
      [{ command: 'New-PartnerCustomerCart', parameter: 'Confirm', field: 'Aliases', help: 'c, cf', declared: 'cf' }],
    ],
    [
      'pipeline input the cmdlet does not take',
      (t: string) => t.replace('Required: True\nPosition: Named\nDefault value: None\nAccept pipeline input: False', 'Required: True\nPosition: Named\nDefault value: None\nAccept pipeline input: True (ByValue)'),
      [{ command: 'New-PartnerCustomerCart', parameter: 'CustomerId', field: 'PipelineInput', help: 'True (ByValue)', declared: 'False' }],
    ],
    [
      'a parameter set the cmdlet does not have',
      (t: string) => t.replace('Type: String\nParameter Sets: (All)', 'Type: String\nParameter Sets: ById'),
      [{ command: 'New-PartnerCustomerCart', parameter: 'CustomerId', field: 'ParameterSets', help: 'byid', declared: '(all)' }],
    ],
    [
      'a wrong type',
      (t: string) => t.replace('Type: String\n', 'Type: Guid\n'),
      [{ command: 'New-PartnerCustomerCart', parameter: 'CustomerId', field: 'Type', help: 'Guid', declared: 'String' }],
    ],
    [
      'a parameter missing from the help file',
      (t: string) => t.replace(/### -WhatIf[\s\S]*?```\n\n/, ''),
      [{ command: 'New-PartnerCustomerCart', parameter: 'WhatIf', field: 'Parameter', help: '', declared: 'WhatIf' }],
    ],
    [
      'a parameter the cmdlet does not declare',
      (t: string) => t.replace('### CommonParameters', '### -Force\nForces.\n\n```yaml\nType: SwitchParameter\n```\n\n### CommonParameters'),
      [{ command: 'New-PartnerCustomerCart', parameter: 'Force', field: 'Parameter', help: 'Force', declared: '' }],
    ],
    [
      'no CommonParameters entry',
      (t: string) => t.replace(/### CommonParameters\n.*\n/, ''),
      [{ command: 'New-PartnerCustomerCart', parameter: '', field: 'CommonParameters', help: '', declared: 'CommonParameters' }],
    ],
  ] as const)('is caught: %s', (_title, edit, expected) => {
    expect(without(diff(edit))).toEqual(expected);
  });

  it('is caught in SYNTAX: a missing switch', () => {
    const differences = without(diff((t) => t.replace('[-WhatIf] [-Confirm]\n', '[-WhatIf]\n')));
    expect(differences.map((d) => [d.command, d.field, d.help])).toEqual([
      ['New-PartnerCustomerCart', 'Syntax', 'New-PartnerCustomerCart -CustomerId <String> -LineItems <CartLineItem[]> [-WhatIf] [<CommonParameters>]'],
    ]);
  });
});
