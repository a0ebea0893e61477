/**
 * The objects Get-Help writes: pwsh's type names (TransformView puts `<type>#<view>` first), the common help
 * properties, and the help model as plain data for ConvertTo-Json and -OutputFormat Json.
 */
import { describe, expect, it } from 'vitest';
import type { PSObject } from '../../src/engine/ps-object.js';
import { convertToJson } from '../../src/format/json.js';
import { GetHelp } from '../../src/modules/core/GetHelp.js';
import { FixtureModule } from './fixtures/cmdlets.js';
import { runCmdlet } from './harness.js';

async function helpObject(parameters: Record<string, unknown>): Promise<PSObject> {
  delete process.env.PCSH_HELP_PATH;
  const run = await runCmdlet(GetHelp, parameters, [FixtureModule]);
  expect(run.errors).toEqual([]);
  return run.output[0] as PSObject;
}

describe('help objects', () => {
  it.each([
    [{ Name: 'New-PartnerCustomerCart' }, ['MamlCommandHelpInfo', 'HelpInfo']],
    [{ Name: 'New-PartnerCustomerCart', Full: true }, ['MamlCommandHelpInfo#FullView', 'HelpInfo#FullView', 'MamlCommandHelpInfo', 'HelpInfo']],
    [{ Name: 'New-PartnerCustomerCart', Detailed: true }, ['MamlCommandHelpInfo#DetailedView', 'HelpInfo#DetailedView', 'MamlCommandHelpInfo', 'HelpInfo']],
    [{ Name: 'New-PartnerCustomerCart', Examples: true }, ['MamlCommandHelpInfo#ExamplesView', 'HelpInfo#ExamplesView', 'MamlCommandHelpInfo', 'HelpInfo']],
    [{ Name: 'New-PartnerCustomerCart', Parameter: ['CustomerId'] }, ['MamlCommandHelpInfo#parameter']],
    // DefaultCommandHelpObjectBuilder's names for a command with no help file.
    [{ Name: 'Set-FixtureThing' }, ['ExtendedCmdletHelpInfo#Fixtures#command', 'ExtendedCmdletHelpInfo#Fixtures', 'ExtendedCmdletHelpInfo', 'CmdletHelpInfo', 'HelpInfo']],
    [{ Name: 'about_pcsh' }, ['HelpFileHelpInfo', 'HelpInfo']],
  ])('%o has the type names %o', async (parameters, typeNames) => {
    expect((await helpObject(parameters)).typeNames).toEqual(typeNames);
  });

  it('carries the common help properties and the model as data (Get-Help X | ConvertTo-Json)', async () => {
    const object = await helpObject({ Name: 'New-PartnerCustomerCart' });
    const data = JSON.parse(convertToJson(object, { depth: 10 }).json) as Record<string, unknown>;
    expect(Object.keys(data).slice(0, 9)).toEqual(['Name', 'Category', 'Synopsis', 'Component', 'Role', 'Functionality', 'PSSnapIn', 'ModuleName', 'Details']);
    expect([data.Name, data.Category, data.Synopsis, data.ModuleName]).toEqual(['New-PartnerCustomerCart', 'Cmdlet', 'Creates an order for a customer.', 'PartnerCenter']);
    expect(data.Parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Name: 'CustomerId',
          Description: ['The identifier for the customer.'],
          Metadata: [expect.objectContaining({ Type: 'String', Required: true, Position: 'Named', PipelineInput: 'False' })],
        }),
      ]),
    );
    expect(data.Outputs).toEqual([{ TypeName: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart', Description: [''] }]);
  });
});
