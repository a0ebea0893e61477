// ShouldProcess through the binary: reference §3 and §9.5; the target texts are the archived module's
// Resources.resx (NewCartWhatIf; NewPartnerCustomerCartLineItemWhatIf at commit 35df4df).
import { describe } from 'vitest';
import { customerId, lineItem, runCases, seedExample } from './cases.js';

const cartWhatIf = `What if: Performing the operation "New-PartnerCustomerCart" on target "Creates a new cart for the customer with the identifier of ${customerId}.".\n`;
const lineItemTarget = 'Performing the operation "New-PartnerCustomerCartLineItem" on target "Creates a new cart line item in memory.".';
const nonInteractive = 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.';

describe('ShouldProcess', () => {
  runCases([
    { name: 'the seed example with -WhatIf prints only the What if line (issue 3)', command: `${seedExample} -WhatIf`, stdout: cartWhatIf },
    { name: '-WhatIf with -Verbose -Debug still prints only the What if line (§9.5)', command: `${seedExample} -WhatIf -Verbose -Debug`, stdout: cartWhatIf },
    { name: '$WhatIfPreference = $true acts as -WhatIf (§3)', command: `$WhatIfPreference = $true; ${lineItem}`, stdout: `What if: ${lineItemTarget}\n` },
    { name: '-WhatIf:$false overrides $WhatIfPreference', command: `$WhatIfPreference = $true; ${lineItem} -WhatIf:$false | Out-Null; 'made'`, stdout: 'made\n' },
    { name: 'the operation is the canonical name even when typed in lower case (§9.5)', command: `new-partnercustomercart -customerid ${customerId} -lineitems (${lineItem}) -whatif`, stdout: cartWhatIf },
    { name: 'the line-item cmdlet has its own target text', command: `${lineItem} -WhatIf`, stdout: `What if: ${lineItemTarget}\n` },
    { name: '-Verbose on an auto-confirmed call writes the operation as VERBOSE (§3 step 3)', command: `${lineItem} -Verbose | Out-Null`, stdout: `VERBOSE: ${lineItemTarget}\n` },
    { name: '$VerbosePreference does not write the ShouldProcess line (§9.5)', command: `$VerbosePreference = 'Continue'; ${lineItem} | Out-Null; 'ok'`, stdout: 'ok\n' },
    {
      name: '-Confirm under -NonInteractive fails with the NonInteractive text (§3)',
      command: `${lineItem} -Confirm`,
      stderr: `New-PartnerCustomerCartLineItem: ${nonInteractive}\n`,
      exitCode: 1,
    },
    {
      name: '$ConfirmPreference Low makes a Medium-impact command prompt (§3 step 3)',
      command: `$ConfirmPreference = 'Low'; ${lineItem}`,
      stderr: `New-PartnerCustomerCartLineItem: ${nonInteractive}\n`,
      exitCode: 1,
    },
    { name: '-Confirm:$false sets the threshold to None: no prompt', command: `$ConfirmPreference = 'Low'; ${lineItem} -Confirm:$false | Out-Null; 'made'`, stdout: 'made\n' },
    {
      name: '-Confirm sets the threshold to Low whatever $ConfirmPreference says (§2)',
      command: `$ConfirmPreference = 'None'; ${lineItem} -Confirm`,
      stderr: `New-PartnerCustomerCartLineItem: ${nonInteractive}\n`,
      exitCode: 1,
    },
    {
      name: '-WhatIf $false is the switch plus a stray positional False (§9.5)',
      command: `${lineItem} -WhatIf $false`,
      stderr: "New-PartnerCustomerCartLineItem: A positional parameter cannot be found that accepts argument 'False'.\n",
      exitCode: 1,
    },
    { name: 'What if lines go to stdout, not stderr, and the run succeeds', command: `${lineItem} -WhatIf; $?`, stdout: `What if: ${lineItemTarget}\nTrue\n` },
  ]);
});
