/**
 * The Partner Center cmdlets through the built binary (dist/cli.js), as a user runs them: the seed example with
 * -WhatIf, examples/create-cart.ps1 against the embedded sandbox, the cart lifecycle script, an error's view and
 * exit code, -Verbose retries, and sign-in with a service principal against a standalone sandbox.
 * These need the lead's evaluator and host; until they land, they fail.
 * Sources: issue 3 ("What this issue must show"), issue 5 ("What this issue must show"), the seed help file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshHome, repoRoot, runPcsh } from '../../helpers/pcsh.js';
import { startSandbox, type SandboxServer } from '../../../src/sandbox/index.js';
import { CUSTOMER, SEED_PROVISIONING_CONTEXT, SEED_SCRIPT } from './fixtures.js';

const SEED = SEED_SCRIPT;
const DATE = '\\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d{2}:\\d{2} [AP]M';
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const env = { NO_COLOR: '1' };

/** The carts a sandbox store holds, read by opening the store after pcsh exited. */
async function storedCarts(home: string, cartId: string): Promise<{ count: number; cart: Record<string, unknown> }> {
  const sandbox = await startSandbox({ storeDirectory: join(home, 'sandbox') });
  try {
    const health = (await (await fetch(`${sandbox.url}/_sandbox/health`)).json()) as { carts: number };
    const response = await fetch(`${sandbox.url}/v1/customers/${CUSTOMER}/carts/${cartId}`, { headers: { authorization: `Bearer ${sandbox.identity.localToken}` } });
    return { count: health.carts, cart: (await response.json()) as Record<string, unknown> };
  } finally {
    await sandbox.close();
  }
}

describe('the seed example', () => {
  it('with -WhatIf prints only pwsh\'s What if line and exits 0 (no sandbox is started)', async () => {
    const home = freshHome();
    const result = await runPcsh(['-NonInteractive', '-Command', `${SEED} -WhatIf`], { env: { ...env, PCSH_HOME: home } });
    expect(result).toEqual({
      stdout: 'What if: Performing the operation "New-PartnerCustomerCart" on target "Creates a new cart for the customer with the identifier of 46a62ece-10ad-42e5-b3f1-b2ed53e6fc08.".\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('pcsh -File examples/create-cart.ps1 creates exactly one cart in the embedded sandbox and prints the PSCart', async () => {
    const home = freshHome();
    const result = await runPcsh(['-File', join(repoRoot, 'examples', 'create-cart.ps1')], { env: { ...env, PCSH_HOME: home } });
    expect(result.exitCode).toBe(0);
    const all = result.stdout + result.stderr;
    expect(all.match(/WARNING: No Partner Center account is connected/g)).toHaveLength(1);
    // pwsh's default list view: more than four properties, labels padded to LastModifiedTimestamp.
    const view = new RegExp(
      [
        `\\nCreationTimestamp     : ${DATE}`,
        `ExpirationTimestamp   : ${DATE}`,
        `CartId                : (${GUID})`,
        `LastModifiedTimestamp : ${DATE}`,
        'LastModifiedUser      : .*',
        // A CartLineItem shows by its Id, as in the transcript of Partner-Center-PowerShell issue 316.
        'LineItems             : \\{0\\}',
        'Status                : Active\\n\\n',
      ].join('\\n'),
    );
    const match = view.exec(result.stdout);
    expect(match).not.toBeNull();
    const { count, cart } = await storedCarts(home, match?.[1] ?? '');
    expect(count).toBe(1);
    const [line] = cart['lineItems'] as Record<string, unknown>[];
    expect(line).toMatchObject({
      catalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB',
      friendlyName: 'Sample RI Purchase',
      quantity: 10,
      billingCycle: 'one_time',
      provisioningContext: SEED_PROVISIONING_CONTEXT,
    });
  });
});

describe('scripts and errors', () => {
  it('examples/cart-lifecycle.ps1 creates, reads, updates, adds to and checks out a cart', async () => {
    const result = await runPcsh(['-File', join(repoRoot, 'examples', 'cart-lifecycle.ps1')], { env });
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('WARNING: '));
    expect(lines.slice(0, 4)).toEqual([
      expect.stringMatching(new RegExp(`^Created cart ${GUID}: Active$`)),
      expect.stringMatching(new RegExp(`^Read cart ${GUID}: 1 line item\\(s\\)$`)),
      'Updated cart: quantity 5',
      'Added a line item: 2 line item(s)',
    ]);
    expect(lines.at(-1)).toMatch(/^[1-9] order\(s\), 0 order error\(s\)$/);
  });

  it('an unknown cart: the service\'s description in pwsh\'s ConciseView, exit code 1', async () => {
    const result = await runPcsh(['-NonInteractive', '-Command', `Get-PartnerCustomerCart -CustomerId ${CUSTOMER} -CartId a3c8d1f0-5b1e-4a2c-9d0e-2b7f3c4d5e6f`], { env });
    expect(result.stderr).toBe('Get-PartnerCustomerCart: Unable to retrieve cart ID\n');
    expect(result.exitCode).toBe(1);
  });

  it('a bad line item: nothing is sent, the field is named', async () => {
    // One line, so ConciseView prints one line (no `Line |` block).
    const script = `$item = New-PartnerCustomerCartLineItem -BillingCycle OneTime -CatalogItemId 'X' -CustomerId ${CUSTOMER}; New-PartnerCustomerCart -CustomerId ${CUSTOMER} -LineItems $item`;
    const result = await runPcsh(['-NonInteractive', '-Command', script], { env });
    expect(result).toEqual({
      stdout: '',
      stderr: 'New-PartnerCustomerCart: The cart was not sent: LineItems[0].Quantity must be >= 1. Correct the line item and run the command again.\n',
      exitCode: 1,
    });
  });
});

describe('against a standalone sandbox', () => {
  let sandbox: SandboxServer;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('a 503 on create is retried once, shown with -Verbose, and makes one cart', async () => {
    const before = ((await (await fetch(`${sandbox.url}/_sandbox/health`)).json()) as { carts: number }).carts;
    // Seed 8 draws 0.156 then 0.625: the first attempt gets the 503, the retry succeeds.
    sandbox.setFaults({ seed: 8, routes: { createCart: { rate503: 0.5 } } });
    const script = `Connect-PartnerCenter -Environment Sandbox -Endpoint ${sandbox.url} -AccessToken ${sandbox.identity.localToken} | Out-Null\n${SEED} -Verbose | Out-Null`;
    const result = await runPcsh(['-NonInteractive', '-Command', script], { env });
    sandbox.setFaults({});
    expect(result.exitCode).toBe(0);
    const retries = (result.stdout + result.stderr).split('\n').filter((line) => line.startsWith('VERBOSE: Partner Center'));
    expect(retries).toEqual([
      expect.stringMatching(new RegExp(`^VERBOSE: Partner Center answered POST /v1/customers/${CUSTOMER}/carts with HTTP 503; retrying in [\\d.]+ seconds \\(attempt 2 of 6, MS-RequestId ${GUID}\\)\\.$`)),
    ]);
    const after = ((await (await fetch(`${sandbox.url}/_sandbox/health`)).json()) as { carts: number }).carts;
    expect(after).toBe(before + 1);
  });

  it('Connect-PartnerCenter -ApplicationId -Credential -Tenant -ServicePrincipal, then a cart; the cache is 0600 without the secret', async () => {
    const home = freshHome();
    const { clientId, clientSecret } = sandbox.identity.application;
    const script = [
      `$secret = ConvertTo-SecureString '${clientSecret}' -AsPlainText -Force`,
      `$credential = New-Object System.Management.Automation.PSCredential('${clientId}', $secret)`,
      `Connect-PartnerCenter -ApplicationId '${clientId}' -Credential $credential -Tenant '${sandbox.identity.tenantId}' -ServicePrincipal -Environment Sandbox -Endpoint '${sandbox.url}' | Out-Null`,
      SEED,
    ].join('\n');
    const result = await runPcsh(['-NonInteractive', '-Command', script], { env: { ...env, PCSH_HOME: home } });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/Status\s+: Active/);
    expect(result.stdout + result.stderr).not.toContain(clientSecret);
    const { statSync, readFileSync } = await import('node:fs');
    const cache = join(home, 'token-cache.json');
    expect(statSync(cache).mode & 0o777).toBe(0o600);
    expect(readFileSync(cache, 'utf8')).not.toContain(clientSecret);
  });

  it('the Node-style form binds the same declaration', async () => {
    const home = freshHome();
    const items = join(home, 'items.json');
    writeFileSync(items, JSON.stringify([{ BillingCycle: 'OneTime', CatalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', Quantity: 10 }]));
    const result = await runPcsh(['new-partnercustomercart', '--customer-id', CUSTOMER, '--line-items', `@${items}`, '--what-if'], { env: { ...env, PCSH_HOME: home } });
    expect(result).toEqual({
      stdout: `What if: Performing the operation "New-PartnerCustomerCart" on target "Creates a new cart for the customer with the identifier of ${CUSTOMER}.".\n`,
      stderr: '',
      exitCode: 0,
    });
  });
});
