/**
 * Man pages rendered from the help files with marked-man, read back through `man -l` (groff) as a user would.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderManPage } from '../../src/help/man.js';

const helpDir = new URL('../../help/', import.meta.url).pathname;
const options = { date: Date.UTC(2026, 0, 15), version: '0.1.0' };

/** `man -l` is how a user reads a page file; a machine without man-db cannot run these tests. */
const hasMan = spawnSync('man', ['--version'], { encoding: 'utf8' }).status === 0;

/** `man -l <page>` with no pager, 80 columns, plain text. */
function man(roff: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pcsh-man-')), 'page.1');
  writeFileSync(file, roff);
  const result = spawnSync('man', ['-l', file], { encoding: 'utf8', env: { ...process.env, MANPAGER: 'cat', PAGER: 'cat', MANWIDTH: '80', MAN_KEEP_FORMATTING: '', LANG: 'C.UTF-8' } });
  expect(result.status).toBe(0);
  // Plain text: drop groff's overstrike bold/underline if any, and join hyphenated line ends.
  return result.stdout.replace(/.\x08/g, '').replace(/\u2010\n\s+/g, '');
}

describe.skipIf(!hasMan)('New-PartnerCustomerCart as a man page', () => {
  const page = renderManPage(readFileSync(join(helpDir, 'New-PartnerCustomerCart.md'), 'utf8'), 'New-PartnerCustomerCart.md', options);
  const text = hasMan ? man(page.roff) : '';

  it('goes to section 1 under the pcsh- prefix', () => {
    expect(page.path).toBe('man1/pcsh-New-PartnerCustomerCart.1');
    expect(page.roff.split('\n')[0]).toBe('.TH "PCSH\\-NEW\\-PARTNERCUSTOMERCART" "1" "January 2026" "0.1.0" "pcsh Manual"');
  });

  it.each([
    ['NAME', /^NAME\n {7}pcsh-New-PartnerCustomerCart - Creates an order for a customer\.$/m],
    ['SYNOPSIS with the SYNTAX block', /^SYNOPSIS\n {9}New-PartnerCustomerCart -CustomerId <String> -LineItems <CartLineItem\[\]> \[-WhatIf\] \[-Confirm\]\n {10}\[<CommonParameters>\]$/m],
    ['DESCRIPTION', /^DESCRIPTION\n {7}Creates an order for a customer\.$/m],
    ['EXAMPLES with the code kept', /^EXAMPLES\n {3}Example 1\n {9}PS C:\\> \$lineItems = @\(\)\n/m],
    ['the example code with its quotes', /-BillingCycle 'OneTime' -CatalogItemId 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB'/],
    ['-CustomerId and its attributes', /^ {3}-CustomerId\n {7}The identifier for the customer\.\n\n {7}Type: String\n {7}Parameter sets: \(All\)\n {7}Aliases: none\n {7}Required: true\n {7}Position: Named\n/m],
    ['-LineItems', /^ {3}-LineItems\n {7}A list of cart line items\.\n\n {7}Type: CartLineItem\[\]\n/m],
    ['-Confirm', /^ {3}-Confirm\n {7}Prompts you for confirmation before running the cmdlet\.\n\n {7}Type: SwitchParameter\n {7}Parameter sets: \(All\)\n {7}Aliases: cf\n/m],
    // groff puts two spaces after a sentence that ends a source line.
    ['-WhatIf', /^ {3}-WhatIf\n {7}Shows what would happen if the cmdlet runs\. {2}The cmdlet is not run\.\n\n {7}Type: SwitchParameter\n {7}Parameter sets: \(All\)\n {7}Aliases: wi\n/m],
    ['CommonParameters', /^ {3}CommonParameters\n {7}This\s+cmdlet\s+supports\s+the\s+common\s+parameters:/m],
    ['OUTPUTS', /^OUTPUTS\n {3}Microsoft\.Store\.PartnerCenter\.PowerShell\.Models\.Carts\.PSCart$/m],
  ])('shows %s', (_title, pattern) => {
    expect(text).toMatch(pattern);
  });

  it('has no front matter, no yaml fences and no HTML entities', () => {
    expect(text).not.toMatch(/external help file|schema: 2\.0\.0|```|&quot;|&#39;/);
  });
});

describe('every help file', () => {
  const files = readdirSync(helpDir).filter((f) => f.endsWith('.md'));

  it.each(files)('%s renders the same twice and keeps quotes in code', (file) => {
    const text = readFileSync(join(helpDir, file), 'utf8');
    const first = renderManPage(text, file, options);
    expect(renderManPage(text, file, options)).toEqual(first);
    expect(first.path).toMatch(file.startsWith('about_') ? /^man7\/pcsh-about_\w+\.7$/ : /^man1\/pcsh-[\w-]+\.1$/);
    expect(first.roff).not.toMatch(/&quot;|&#39;/);
  });

  it.skipIf(!hasMan)('renders an about topic in section 7 with its whole short description', () => {
    const page = renderManPage(readFileSync(join(helpDir, 'about_pcsh.md'), 'utf8'), 'about_pcsh.md', options);
    expect(man(page.roff)).toMatch(/^NAME\n {7}pcsh-about_pcsh {2}- {2}pcsh {2}is {2}a {2}PowerShell-compatible {2}cmdlet host for\n {7}Node\.js, with the Partner Center cart cmdlets\.$/m);
  });
});
