/**
 * Get-Help's text, byte for byte, as pwsh 7.5 prints it for MAML help made by platyPS from the same markdown.
 * Expected texts were derived by hand from Help_format_ps1xml.cs / HelpV3_format_ps1xml.cs and ComplexWriter's
 * rules (reference §5, §6): the seed's transcripts are in test/parity/help/, the fixtures' below.
 * "console" is Out-Default with no terminal (80 columns, output at 79); "120" is `| Out-String -Width 120`.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ModuleInfo } from '../../src/engine/command-info.js';
import { GetHelp } from '../../src/modules/core/GetHelp.js';
import { Help } from '../../src/modules/core/Help.js';
import { FixtureModule } from './fixtures/cmdlets.js';
import { consoleText, outStringText, runCmdlet } from './harness.js';

const parity = (name: string): string => readFileSync(new URL(`../parity/help/${name}`, import.meta.url), 'utf8');
const fixtureHelp = new URL('./fixtures/help/', import.meta.url).pathname;
const lines = (...text: string[]): string => text.map((l) => `${l}\n`).join('');
/** The format-start blank line and MamlDetailsControl's NAME and SYNOPSIS for Get-FixtureThing. */
const fixtureDetails = ['', 'NAME', '    Get-FixtureThing', '    ', 'SYNOPSIS', '    Gets fixture things.', '    ', '    '];

async function helpText(parameters: Record<string, unknown>, width: 'console' | 120, modules: readonly ModuleInfo[] = [], type = GetHelp): Promise<string> {
  const run = await runCmdlet(type, parameters, modules);
  expect(run.errors.map((e) => e.message)).toEqual([]);
  return width === 'console' ? consoleText(run.output) : outStringText(run.output, width);
}

describe('the seed New-PartnerCustomerCart in every view', () => {
  beforeEach(() => {
    delete process.env.PCSH_HELP_PATH;
  });

  it.each([
    // Default view (Help_format DefaultCommandHelp); `X -?` runs `Get-Help X`, the same view.
    ['Get-Help New-PartnerCustomerCart', { Name: 'New-PartnerCustomerCart' }, 'console', 'New-PartnerCustomerCart.default.79.txt'],
    ['New-PartnerCustomerCart -? (Get-Help X)', { Name: 'new-partnercustomercart' }, 'console', 'New-PartnerCustomerCart.default.79.txt'],
    ['-Detailed (VerboseCommandHelp)', { Name: 'New-PartnerCustomerCart', Detailed: true }, 'console', 'New-PartnerCustomerCart.detailed.79.txt'],
    ['-Full (FullCommandHelp)', { Name: 'New-PartnerCustomerCart', Full: true }, 'console', 'New-PartnerCustomerCart.full.79.txt'],
    ['-Examples (ExampleCommandHelp)', { Name: 'New-PartnerCustomerCart', Examples: true }, 'console', 'New-PartnerCustomerCart.examples.79.txt'],
    ['-Parameter CustomerId (MamlCommandParameterView)', { Name: 'New-PartnerCustomerCart', Parameter: ['CustomerId'] }, 'console', 'New-PartnerCustomerCart.parameter-customerid.79.txt'],
    ['-Parameter *Id matches CustomerId only', { Name: 'New-PartnerCustomerCart', Parameter: ['*Id'] }, 'console', 'New-PartnerCustomerCart.parameter-customerid.79.txt'],
    ['default, Out-String -Width 120', { Name: 'New-PartnerCustomerCart' }, 120, 'New-PartnerCustomerCart.default.120.txt'],
    ['-Detailed, Out-String -Width 120', { Name: 'New-PartnerCustomerCart', Detailed: true }, 120, 'New-PartnerCustomerCart.detailed.120.txt'],
    ['-Full, Out-String -Width 120', { Name: 'New-PartnerCustomerCart', Full: true }, 120, 'New-PartnerCustomerCart.full.120.txt'],
    ['-Examples, Out-String -Width 120', { Name: 'New-PartnerCustomerCart', Examples: true }, 120, 'New-PartnerCustomerCart.examples.120.txt'],
    ['-Parameter CustomerId, Out-String -Width 120', { Name: 'New-PartnerCustomerCart', Parameter: ['CustomerId'] }, 120, 'New-PartnerCustomerCart.parameter-customerid.120.txt'],
    ['-Parameter *Id, Out-String -Width 120', { Name: 'New-PartnerCustomerCart', Parameter: ['*Id'] }, 120, 'New-PartnerCustomerCart.parameter-customerid.120.txt'],
    // pwsh's `help` function shows the full view unless another view is asked for.
    ['help New-PartnerCustomerCart', { Name: 'New-PartnerCustomerCart', help: true }, 'console', 'New-PartnerCustomerCart.full.79.txt'],
  ] as const)('%s', async (_title, parameters, width, file) => {
    const { help, ...bound } = parameters as Record<string, unknown>;
    expect(await helpText(bound, width, [], help === true ? Help : GetHelp)).toBe(parity(file));
  });
});

describe('fixture topics: links, sets, partial help, lists and about topics', () => {
  beforeEach(() => {
    process.env.PCSH_HELP_PATH = fixtureHelp;
  });
  afterEach(() => {
    delete process.env.PCSH_HELP_PATH;
  });

  it.each([
    [
      // Two parameter sets in PARAMETERS order (ById first: platyPS's GatherSyntax), Name positional; two
      // description paragraphs; platyPS's " (uri)" after a link with no space after it; the online version
      // first among the links; the online REMARKS line flushed last with its own indent.
      'Get-Help Get-FixtureThing',
      { Name: 'Get-FixtureThing' },
      lines(
        ...fixtureDetails,
        'SYNTAX',
        '    Get-FixtureThing [-Force] -Id <Int32> [<CommonParameters>]',
        '    ',
        '    Get-FixtureThing [[-Name] <String[]>] [-Force] [<CommonParameters>]',
        '    ',
        '    ',
        'DESCRIPTION',
        '    Gets the things of the fixture module, by name or by id.',
        '    ',
        '    The second paragraph has a bold word and a link to the docs ',
        '    (https://example.com/docs)in it.',
        '    ',
        '',
        'RELATED LINKS',
        '    Online Version: https://example.com/help/get-fixturething',
        '    Set-FixtureThing ',
        '    Fixture home https://example.com/fixtures',
        '',
        'REMARKS',
        '    To see the examples, type: "Get-Help Get-FixtureThing -Examples"',
        '    For more information, type: "Get-Help Get-FixtureThing -Detailed"',
        '    For technical information, type: "Get-Help Get-FixtureThing -Full"',
        '    For online help, type: "Get-Help Get-FixtureThing -Online"',
        '',
      ),
    ],
    [
      // An alias forwards to its command's help.
      'Get-Help gft',
      { Name: 'gft', Examples: true },
      lines(
        ...fixtureDetails,
        '    ---------------- Example 1: Get a thing by name ----------------',
        '    ',
        '    PS> Get-FixtureThing -Name one',
        '    ',
        '    Gets the thing named one.',
        '',
        '',
      ),
    ],
    [
      // No help file: ReducedDefaultCommandHelp, syntax from the declaration with value groups for the enum
      // and the ValidateSet, common parameters folded, REMARKS without a HelpUri (reference §5 "No help file").
      'Get-Help Set-FixtureThing (partial help)',
      { Name: 'Set-FixtureThing' },
      lines(
        '',
        'NAME',
        '    Set-FixtureThing',
        '    ',
        'SYNTAX',
        '    Set-FixtureThing [-Value] <string> [-Mode {Fast | Safe}] [-Tag {Red | ',
        '    Blue}] [-WhatIf] [-Confirm] [<CommonParameters>]',
        '    ',
        '',
        'ALIASES',
        '    None',
        '    ',
        '',
        'REMARKS',
        '    Get-Help cannot find the Help files for this cmdlet on this computer. It ',
        '    is displaying only partial help.',
        '        -- To download and install Help files for the module that includes ',
        '    this cmdlet, use Update-Help.',
        '',
        '',
      ),
    ],
    [
      // Several matches: the HelpInfoShort table (Name 33, Category 9, Module 25, Synopsis the rest: 9 at 79
      // columns), values cut with "…"; partial help's synopsis is the syntax text, which starts with a newline.
      'Get-Help *Fixture*',
      { Name: '*Fixture*' },
      lines(
        '',
        'Name                              Category  Module                    Synopsis',
        '----                              --------  ------                    --------',
        'Get-FixtureThing                  Cmdlet    Fixtures                  Gets fix…',
        'Set-FixtureThing                  Cmdlet    Fixtures                  …',
        'about_Fixture                     HelpFile                            Describe…',
        '',
      ),
    ],
    [
      // -Category HelpFile lists the about topics only (one here, so it is shown in full).
      'Get-Help -Category HelpFile',
      { Name: '*', Category: ['HelpFile'] },
      lines(
        'TOPIC',
        '    about_fixture',
        '',
        'SHORT DESCRIPTION',
        '    Describes the fixture module.',
        '',
        'LONG DESCRIPTION',
        '    The fixture module holds the commands that the help tests use:',
        '    Get-FixtureThing has a help file and Set-FixtureThing has none, so Get-Help',
        '    shows partial help for it.',
        '',
        '    Get-FixtureThing -Name one',
        '',
        '',
      ),
    ],
  ] as const)('%s', async (_title, parameters, expected) => {
    expect(await helpText(parameters, 'console', [FixtureModule])).toBe(expected);
  });
});
