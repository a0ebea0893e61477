/**
 * Get-Help's errors: ids, categories and texts from pwsh's HelpErrors.resx (HelpCommands.cs, HelpSystem.cs),
 * -Online with a stubbed opener (PCSH_BROWSER), and help files that cannot be read.
 */
import { chmodSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GetHelp } from '../../src/modules/core/GetHelp.js';
import { FixtureModule, GetFixtureThing } from './fixtures/cmdlets.js';
import { runCmdlet } from './harness.js';

const fixtureHelp = new URL('./fixtures/help/', import.meta.url).pathname;
const HelpNotFound = (topic: string): string =>
  `Get-Help could not find ${topic} in a help file in this session. To download updated help topics type: "Update-Help". To get help online, search for the help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.`;
const NoURIFound =
  'The online version of this Help topic cannot be displayed because the Internet address (URI) of the Help topic is not specified in the command code or in the help file for the command.';

afterEach(() => {
  delete process.env.PCSH_HELP_PATH;
  delete process.env.PCSH_BROWSER;
});

describe('non-terminating errors', () => {
  it.each([
    // HelpSystem.DoGetHelp: no match and no wildcard.
    ['Get-Help Nope', { Name: 'Nope' }, 'HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand', 'ResourceUnavailable', HelpNotFound('Nope')],
    // A wildcard that matches nothing is not an error.
    ['Get-Help Nope*', { Name: 'Nope*' }, undefined, undefined, undefined],
    // HelpCommands.GetAndWriteParameterInfo: NoParmsFound names the first pattern.
    ['-Parameter Nope', { Name: 'Get-FixtureThing', Parameter: ['Nope', 'Other'] }, 'NoParmsFound,Microsoft.PowerShell.Commands.GetHelpCommand', 'InvalidArgument', 'No parameter matches criteria Nope.'],
    // -Category narrows the providers: an about topic is not a cmdlet.
    ['-Category Cmdlet about_Fixture', { Name: 'about_Fixture', Category: ['Cmdlet'] }, 'HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand', 'ResourceUnavailable', HelpNotFound('about_Fixture')],
    // Help topics have no Component/Role/Functionality (HelpSystem's Match), so these find nothing.
    ['-Component x', { Name: 'Get-FixtureThing', Component: ['x'] }, 'HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand', 'ResourceUnavailable', HelpNotFound('Get-FixtureThing')],
  ] as const)('%s', async (_title, parameters, fqid, category, message) => {
    process.env.PCSH_HELP_PATH = fixtureHelp;
    const run = await runCmdlet(GetHelp, parameters, [FixtureModule]);
    expect(run.output).toEqual([]);
    expect(run.terminating).toBeUndefined();
    expect(run.errors.map((e) => [e.fullyQualifiedErrorId, e.category, e.message])).toEqual(fqid === undefined ? [] : [[fqid, category, message]]);
  });
});

describe('terminating errors', () => {
  it.each([
    // ValidateAndThrowIfError: the category has no commands, so -Parameter makes no sense.
    ['-Category HelpFile -Parameter x', { Name: 'about_Fixture', Category: ['HelpFile'], Parameter: ['x'] }, '-Parameter is not supported by the requested Help category.'],
    ['-Category HelpFile -Role x', { Name: 'about_Fixture', Category: ['HelpFile'], Role: ['x'] }, '-Role is not supported by the requested Help category.'],
  ])('%s', async (_title, parameters, message) => {
    process.env.PCSH_HELP_PATH = fixtureHelp;
    const run = await runCmdlet(GetHelp, parameters, [FixtureModule]);
    expect([run.terminating?.fullyQualifiedErrorId, run.terminating?.category, run.terminating?.message]).toEqual([
      'Argument,Microsoft.PowerShell.Commands.GetHelpCommand',
      'InvalidArgument',
      message,
    ]);
  });
});

describe('-Online', () => {
  function stubBrowser(): string {
    const dir = mkdtempSync(join(tmpdir(), 'pcsh-browser-'));
    const log = join(dir, 'opened.txt');
    const script = join(dir, 'browser.sh');
    writeFileSync(script, `#!/bin/sh\nprintf '%s' "$1" > '${log}'\n`);
    chmodSync(script, 0o755);
    process.env.PCSH_BROWSER = script;
    return log;
  }

  it('opens the online version of the help file with the opener and says so on the verbose stream', async () => {
    process.env.PCSH_HELP_PATH = fixtureHelp;
    const log = stubBrowser();
    const run = await runCmdlet(GetHelp, { Name: 'Get-FixtureThing', Online: true }, [FixtureModule]);
    expect([run.errors, run.terminating, run.output]).toEqual([[], undefined, []]);
    expect(run.verbose).toEqual(['Help URI: https://example.com/help/get-fixturething']);
    await expect.poll(() => readFileSync(log, 'utf8')).toBe('https://example.com/help/get-fixturething');
  });

  it.each([
    // The seed has no online version, no absolute link, and the fixture declaration no HelpUri.
    ['no URI', { Name: 'New-PartnerCustomerCart', Online: true }, undefined, NoURIFound],
    // HelpCommands.ProcessRecord: -Online needs exactly one topic.
    ['several topics', { Name: '*Fixture*', Online: true }, undefined, 'Multiple Help topics were found. Use only one Help topic with the -Online option.'],
    // LaunchOnlineHelp: the opener cannot be started.
    [
      'no opener',
      { Name: 'Get-FixtureThing', Online: true },
      '/nonexistent/pcsh-browser',
      'Starting a browser to display online Help failed. No program or browser is associated to open the URI https://example.com/help/get-fixturething.',
    ],
  ] as const)('%s', async (_title, parameters, browser, message) => {
    process.env.PCSH_HELP_PATH = fixtureHelp;
    const dir = mkdtempSync(join(tmpdir(), 'pcsh-help-'));
    if (parameters.Name === 'New-PartnerCustomerCart') {
      cpSync(new URL('../../help/New-PartnerCustomerCart.md', import.meta.url), join(dir, 'New-PartnerCustomerCart.md'));
      process.env.PCSH_HELP_PATH = dir;
    }
    if (browser !== undefined) process.env.PCSH_BROWSER = browser;
    const run = await runCmdlet(GetHelp, parameters, [FixtureModule]);
    expect(run.terminating?.fullyQualifiedErrorId).toBe('InvalidOperation,Microsoft.PowerShell.Commands.GetHelpCommand');
    expect(run.terminating?.category).toBe('InvalidOperation');
    expect(run.terminating?.message).toBe(message);
  });

  it("falls back to the cmdlet's HelpUri when the help file has no link with a URI", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcsh-help-'));
    const text = readFileSync(join(fixtureHelp, 'Get-FixtureThing.md'), 'utf8')
      .replace('online version: https://example.com/help/get-fixturething', 'online version:')
      .replace('[Fixture home](https://example.com/fixtures)', '');
    writeFileSync(join(dir, 'Get-FixtureThing.md'), text);
    process.env.PCSH_HELP_PATH = dir;
    const log = stubBrowser();
    class WithHelpUri extends GetFixtureThing {
      static override readonly cmdlet = { ...GetFixtureThing.cmdlet, helpUri: 'https://example.com/from-the-declaration' };
    }
    const module = { ...FixtureModule, commands: { 'Get-FixtureThing': async () => WithHelpUri } };
    const run = await runCmdlet(GetHelp, { Name: 'Get-FixtureThing', Online: true }, [module]);
    expect([run.errors, run.terminating, run.verbose]).toEqual([[], undefined, ['Help URI: https://example.com/from-the-declaration']]);
    await expect.poll(() => readFileSync(log, 'utf8')).toBe('https://example.com/from-the-declaration');
  });

  it('refuses a URI that is not http or https (ProtocolNotSupported)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcsh-help-'));
    const text = readFileSync(join(fixtureHelp, 'Get-FixtureThing.md'), 'utf8').replace('online version: https://example.com/help/get-fixturething', 'online version: ftp://example.com/thing');
    writeFileSync(join(dir, 'Get-FixtureThing.md'), text);
    process.env.PCSH_HELP_PATH = dir;
    const run = await runCmdlet(GetHelp, { Name: 'Get-FixtureThing', Online: true }, [FixtureModule]);
    expect(run.terminating?.message).toBe('The protocol specified in the Uri "ftp://example.com/thing" is not supported. Only "http" and "https" protocols are supported.');
  });
});

describe('start-up cost', () => {
  it('Get-Help for a command with a help file loads no cmdlet class', async () => {
    process.env.PCSH_HELP_PATH = fixtureHelp;
    const loaded: string[] = [];
    const module = {
      ...FixtureModule,
      commands: Object.fromEntries(Object.entries(FixtureModule.commands).map(([name, load]) => [name, () => (loaded.push(name), load())])),
    };
    const run = await runCmdlet(GetHelp, { Name: 'Get-FixtureThing', Full: true }, [module]);
    expect([run.errors, run.output.length, loaded]).toEqual([[], 1, []]);
  });
});

describe('a help file that cannot be read', () => {
  it('is reported with pwsh\'s LoadHelpFileForTargetFailed, naming the file, the line and what was expected; the command gets partial help', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcsh-help-'));
    const text = readFileSync(join(fixtureHelp, 'Get-FixtureThing.md'), 'utf8').replace('## NOTES', '## REMARKS');
    writeFileSync(join(dir, 'Get-FixtureThing.md'), text);
    process.env.PCSH_HELP_PATH = dir;
    const run = await runCmdlet(GetHelp, { Name: 'Get-FixtureThing' }, [FixtureModule]);
    expect(run.errors.map((e) => [e.fullyQualifiedErrorId, e.category, e.message])).toEqual([
      [
        'LoadHelpFileForTargetFailed,Microsoft.PowerShell.Commands.GetHelpCommand',
        'OpenError',
        `An error occurred while loading Help content for Get-FixtureThing from file ${join(dir, 'Get-FixtureThing.md')}. Details: line 98: Unexpected header name REMARKS; expected one of ## SYNOPSIS, ## SYNTAX, ## DESCRIPTION, ## EXAMPLES, ## PARAMETERS, ## INPUTS, ## OUTPUTS, ## NOTES, ## RELATED LINKS. To download updated Help topics, run the Update-Help cmdlet. To get help online, search for the Help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.`,
      ],
    ]);
    expect(run.output.map((o) => (o as { typeNames: string[] }).typeNames[0])).toEqual(['ExtendedCmdletHelpInfo#Fixtures#command']);
  });
});
