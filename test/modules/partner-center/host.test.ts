/**
 * The module inside a real pcsh session (the library host: parser, binder, evaluator), against the embedded
 * sandbox: the declarations bind as pwsh binds the real module's (validation texts, enum conversion, hashtables
 * as line items), and every example of the cart cmdlets' help files and of examples/ runs verbatim.
 * Sources: the module's parameter attributes (Partner-Center-PowerShell src/PowerShell/Commands/*.cs) and
 * pwsh's Metadata.resx / ParameterBinderStrings.resx texts (reference powershell-semantics.md §1.5–1.6).
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/engine/ps-object.js';
import { createHost, type PcshHost } from '../../../src/host/library-host.js';
import { defaultModules } from '../../../src/host/modules.js';
import { PartnerCenterModule } from '../../../src/modules/partner-center/index.js';
import { repoRoot } from '../../helpers/pcsh.js';
import { CUSTOMER, SEED_SCRIPT } from './fixtures.js';

const NEW_CART = 'Microsoft.Store.PartnerCenter.PowerShell.Commands.NewPartnerCustomerCart';
const NEW_LINE_ITEM = 'Microsoft.Store.PartnerCenter.PowerShell.Commands.NewPartnerCustomerCartLineItem';
const GUID_PATTERN = '^(\\{){0,1}[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}(\\}){0,1}$';

let host: PcshHost;
beforeAll(() => {
  process.env['PCSH_HOME'] = mkdtempSync(join(tmpdir(), 'pcsh-host-'));
  const included = defaultModules().some((m) => m.name === PartnerCenterModule.name);
  host = createHost(included ? {} : { modules: [PartnerCenterModule] });
});
afterAll(async () => {
  await host.close();
});

describe('binding the declarations', () => {
  it.each([
    // Metadata.resx ValidatePatternFailure inside ParameterBinderStrings ParameterArgumentValidationError.
    [
      `New-PartnerCustomerCart -CustomerId 'not-a-guid' -LineItems @() -WhatIf`,
      `ParameterArgumentValidationError,${NEW_CART}`,
      `Cannot validate argument on parameter 'CustomerId'. The argument "not-a-guid" does not match the "${GUID_PATTERN}" pattern. Supply an argument that matches "${GUID_PATTERN}" and try the command again.`,
    ],
    // The enum conversion text lists BillingCycleType's members in declaration order.
    [
      `New-PartnerCustomerCartLineItem -BillingCycle Weekly -CatalogItemId X -CustomerId ${CUSTOMER}`,
      `CannotConvertArgumentNoMessage,${NEW_LINE_ITEM}`,
      `Cannot bind parameter 'BillingCycle'. Cannot convert value "Weekly" to type "Microsoft.Store.PartnerCenter.Models.Products.BillingCycleType". Error: "Unable to match the identifier name Weekly to a valid enumerator name. Specify one of the following enumerator names and try again:\nUnknown, Monthly, Annual, None, OneTime"`,
    ],
    // ValidateSet: Unknown converts but is not one of the four the module allows.
    [
      `New-PartnerCustomerCartLineItem -BillingCycle Unknown -CatalogItemId X -CustomerId ${CUSTOMER}`,
      `ParameterArgumentValidationError,${NEW_LINE_ITEM}`,
      `Cannot validate argument on parameter 'BillingCycle'. The argument "Unknown" does not belong to the set "Annual,Monthly,None,OneTime" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
    ],
    [
      `New-PartnerCustomerCartLineItem -BillingCycle Monthly -CatalogItemId X -CustomerId ${CUSTOMER} -TermDuration P2Y`,
      `ParameterArgumentValidationError,${NEW_LINE_ITEM}`,
      `Cannot validate argument on parameter 'TermDuration'. The argument "P2Y" does not belong to the set "P1M,P1Y,P3Y" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
    ],
    [
      `New-PartnerCustomerCartLineItem -BillingCycle Monthly -CatalogItemId '' -CustomerId ${CUSTOMER}`,
      `ParameterArgumentValidationError,${NEW_LINE_ITEM}`,
      `Cannot validate argument on parameter 'CatalogItemId'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.`,
    ],
  ])('%s', async (script, fqid, message) => {
    const result = await host.invoke(script);
    expect(result.errors.map((e) => [e.fullyQualifiedErrorId, e.message])).toEqual([[fqid, message]]);
  });

  it('a hashtable binds to -LineItems as pwsh\'s [PSCartLineItem]@{…} would, and a cart is made of it', async () => {
    const result = await host.invoke(
      `New-PartnerCustomerCart -CustomerId ${CUSTOMER} -LineItems @{ BillingCycle = 'OneTime'; CatalogItemId = 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB'; Quantity = 2; ProvisioningContext = @{ duration = '1Year'; scope = 'shared'; subscriptionId = 'b35d5324-df8e-4306-9023-6edac2d4896c' } }`,
    );
    expect(result.errors).toEqual([]);
    const [line] = (result.output[0] as PSObject).getProperty('LineItems')?.value as PSObject[];
    expect(line?.getProperty('Quantity')?.value).toBe(2);
  });

  it('the seed with -WhatIf: the What if line, nothing else', async () => {
    const result = await host.invoke(`${SEED_SCRIPT} -WhatIf`);
    expect([result.output, result.errors, result.hostOutput]).toEqual([
      [],
      [],
      [`What if: Performing the operation "New-PartnerCustomerCart" on target "Creates a new cart for the customer with the identifier of ${CUSTOMER}.".`],
    ]);
  });
});

/** The code of every ```powershell block of a help file, without the `PS C:\>` prompts. */
function helpExamples(file: string): string[] {
  const text = readFileSync(join(repoRoot, 'help', file), 'utf8');
  return [...text.matchAll(/```powershell\n([\s\S]*?)```/g)].map((m) => (m[1] as string).replace(/^PS C:\\> ?/gm, ''));
}

const cartHelp = readdirSync(join(repoRoot, 'help')).filter((f) => /Cart/.test(f) && f !== 'New-PartnerCustomerCart.md');
const examples = [
  ...cartHelp.flatMap((file) => helpExamples(file).map((code, i) => [`${file} example ${i + 1}`, code] as const)),
  ...readdirSync(join(repoRoot, 'examples')).filter((file) => file.endsWith('.ps1')).map((file) => [`examples/${file}`, readFileSync(join(repoRoot, 'examples', file), 'utf8')] as const),
];

describe('examples run verbatim', () => {
  it.each(examples)('%s', async (_name, code) => {
    const result = await host.invoke(code);
    // The help examples name a cart that is not in the sandbox: the service's 800008 answer is the only error allowed.
    expect(result.errors.map((e) => e.fullyQualifiedErrorId).filter((id) => !id.startsWith('PartnerCenter.800008,'))).toEqual([]);
  });
});
