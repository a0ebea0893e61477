/**
 * The cart cmdlets' behaviour with bound parameters: ShouldProcess before anything else, the embedded sandbox
 * and its one warning, the objects written (names, order, types), Add really adding, retries on -Verbose,
 * traffic on -Debug without the token, and failures as ErrorRecords with the service's text.
 * Sources: the module's cmdlets and models (Partner-Center-PowerShell HEAD:src/PowerShell/), issue 5.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CmdletClass } from '../../../src/engine/cmdlet.js';
import { Hashtable, PSDateTime, PSEnumValue, PSObject } from '../../../src/engine/ps-object.js';
import { AddPartnerCustomerCartLineItem } from '../../../src/modules/partner-center/cmdlets/AddPartnerCustomerCartLineItem.js';
import { ConnectPartnerCenter } from '../../../src/modules/partner-center/cmdlets/ConnectPartnerCenter.js';
import { GetPartnerCustomerCart } from '../../../src/modules/partner-center/cmdlets/GetPartnerCustomerCart.js';
import { NewPartnerCustomerCart } from '../../../src/modules/partner-center/cmdlets/NewPartnerCustomerCart.js';
import { NewPartnerCustomerCartLineItem } from '../../../src/modules/partner-center/cmdlets/NewPartnerCustomerCartLineItem.js';
import { SetPartnerCustomerCart } from '../../../src/modules/partner-center/cmdlets/SetPartnerCustomerCart.js';
import { SubmitPartnerCustomerCart } from '../../../src/modules/partner-center/cmdlets/SubmitPartnerCustomerCart.js';
import { BillingCycleType, EnvironmentName } from '../../../src/modules/partner-center/models/enums.js';
import { startSandbox, type SandboxServer } from '../../../src/sandbox/index.js';
import { runCmdlet, TestSession } from './cmdlet-harness.js';
import { CUSTOMER } from './fixtures.js';
import { startStub, type StubServer } from './stub-server.js';

const names = (value: unknown): string[] => (value as PSObject).properties.map((p) => p.name);
const prop = (value: unknown, name: string): unknown => (value as PSObject).getProperty(name)?.value;

/** The seed example's line item, as New-PartnerCustomerCartLineItem makes it. */
async function seedLineItem(session: TestSession, extra: Record<string, unknown> = {}): Promise<PSObject> {
  const run = await runCmdlet(
    NewPartnerCustomerCartLineItem,
    {
      BillingCycle: PSEnumValue.parse(BillingCycleType, 'OneTime'),
      CatalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB',
      CustomerId: CUSTOMER,
      FriendlyName: 'Sample RI Purchase',
      ProvisioningContext: Hashtable.from([
        ['duration', '1Year'],
        ['scope', 'shared'],
        ['subscriptionId', 'b35d5324-df8e-4306-9023-6edac2d4896c'],
      ]),
      Quantity: 10,
      ...extra,
    },
    { session },
  );
  return run.output[0] as PSObject;
}

let home: string;
let session: TestSession;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'pcsh-pc-'));
  process.env['PCSH_HOME'] = home;
  session = new TestSession();
});
afterEach(async () => {
  await session.close();
});

describe('New-PartnerCustomerCartLineItem', () => {
  it('writes a PSCartLineItem with the module\'s properties in order', async () => {
    const item = await seedLineItem(session);
    expect(item.typeNames).toEqual(['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem', 'System.Object']);
    // PSCartLineItem.cs declaration order.
    expect(names(item)).toEqual([
      'AddonItems', 'BillingCycle', 'CatalogItemId', 'CurrencyCode', 'Error', 'FriendlyName', 'Id', 'OrderGroup', 'Participants', 'ProvisioningContext', 'Quantity', 'TermDuration',
    ]);
    expect(String(prop(item, 'BillingCycle'))).toBe('OneTime');
    expect([prop(item, 'CatalogItemId'), prop(item, 'Quantity'), prop(item, 'Id'), prop(item, 'CurrencyCode'), prop(item, 'TermDuration')]).toEqual([
      'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', 10, 0, null, null,
    ]);
    const context = prop(item, 'ProvisioningContext') as Hashtable;
    expect(context.typeName).toBe('System.Collections.Hashtable');
    expect([...context]).toEqual([['duration', '1Year'], ['scope', 'shared'], ['subscriptionId', 'b35d5324-df8e-4306-9023-6edac2d4896c']]);
  });

  it('takes -TermDuration and -RenewsTo (pcsh), adding RenewsTo only when given', async () => {
    const item = await seedLineItem(session, { TermDuration: 'P1Y', RenewsTo: 'P1M' });
    expect(prop(item, 'TermDuration')).toBe('P1Y');
    expect(names(item).at(-1)).toBe('RenewsTo');
    expect(prop(item, 'RenewsTo')).toBe('P1M');
  });

  it('with -WhatIf prints the text of the module\'s commit and writes nothing', async () => {
    const run = await runCmdlet(NewPartnerCustomerCartLineItem, { CatalogItemId: 'x', CustomerId: CUSTOMER }, { session, whatIf: true });
    expect(run.host).toEqual(['What if: Performing the operation "New-PartnerCustomerCartLineItem" on target "Creates a new cart line item in memory.".']);
    expect(run.output).toEqual([]);
  });
});

describe('-WhatIf comes first: one line, no warning, no sandbox', () => {
  it.each<[string, CmdletClass, Record<string, unknown>, string]>([
    ['New-PartnerCustomerCart', NewPartnerCustomerCart, { CustomerId: CUSTOMER, LineItems: [] }, `Creates a new cart for the customer with the identifier of ${CUSTOMER}.`],
    ['Set-PartnerCustomerCart', SetPartnerCustomerCart, { CustomerId: CUSTOMER, CartId: 'c1', LineItems: [] }, 'Updates the cart with the identifier of c1.'],
    ['Add-PartnerCustomerCartLineItem', AddPartnerCustomerCartLineItem, { CustomerId: CUSTOMER, CartId: 'c1' }, 'Adds a new line item to the cart with the identifier of c1.'],
    ['Submit-PartnerCustomerCart', SubmitPartnerCustomerCart, { CustomerId: CUSTOMER, CartId: 'c1' }, 'Checks out the cart with the identifier of c1.'],
  ])('%s', async (name, type, parameters, target) => {
    const item = await seedLineItem(session);
    const run = await runCmdlet(type, { LineItem: item, ...parameters }, { session, whatIf: true });
    expect(run.host).toEqual([`What if: Performing the operation "${name}" on target "${target}".`]);
    expect([run.output, run.warnings, run.errors]).toEqual([[], [], []]);
    expect(existsSync(join(home, 'sandbox'))).toBe(false);
  });
});

describe('not connected: the embedded sandbox', () => {
  it('creates the seed cart, warns once, and keeps the cart in $PCSH_HOME/sandbox', async () => {
    const item = await seedLineItem(session);
    const run = await runCmdlet(NewPartnerCustomerCart, { CustomerId: CUSTOMER, LineItems: [item] }, { session });
    expect(run.errors).toEqual([]);
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]).toMatch(
      new RegExp(
        `^No Partner Center account is connected, so this command uses the local Partner Center sandbox at http://127\\.0\\.0\\.1:\\d+ \\(data in ${join(home, 'sandbox').replace(/[.\\/]/g, '\\$&')}\\)\\. To work with Partner Center itself, run Connect-PartnerCenter first\\.$`,
      ),
    );
    const cart = run.output[0] as PSObject;
    expect(cart.typeNames).toEqual(['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart', 'System.Object']);
    // PSCart.cs declaration order.
    expect(names(cart)).toEqual(['CreationTimestamp', 'ExpirationTimestamp', 'CartId', 'LastModifiedTimestamp', 'LastModifiedUser', 'LineItems', 'Status']);
    expect(prop(cart, 'Status')).toBe('Active');
    const created = prop(cart, 'CreationTimestamp') as PSDateTime;
    const expires = prop(cart, 'ExpirationTimestamp') as PSDateTime;
    expect(created.dateTimeKind).toBe('Utc');
    expect(expires.utcMilliseconds - created.utcMilliseconds).toBe(7 * 24 * 3600 * 1000); // carts expire after 7 days
    const [line] = prop(cart, 'LineItems') as PSObject[];
    expect(line?.typeNames[0]).toBe('Microsoft.Store.PartnerCenter.Models.Carts.CartLineItem');
    // The SDK CartLineItem as pwsh lists it with the module's 3.0 release (issue 316's `$CartId.LineItems`).
    expect(names(line)).toEqual(['BillingCycle', 'CatalogItemId', 'CurrencyCode', 'Error', 'FriendlyName', 'Id', 'OrderGroup', 'Participants', 'ProvisioningContext', 'Quantity', 'RenewsTo', 'TermDuration']);
    expect(String(prop(line, 'BillingCycle'))).toBe('OneTime');
    expect((prop(line, 'ProvisioningContext') as Hashtable).typeName).toBe('System.Collections.Generic.Dictionary`2[System.String,System.String]');
    expect([...(prop(line, 'ProvisioningContext') as Hashtable)]).toEqual([['duration', '1Year'], ['scope', 'shared'], ['subscriptionId', 'b35d5324-df8e-4306-9023-6edac2d4896c']]);
    expect(existsSync(join(home, 'sandbox'))).toBe(true);

    const again = await runCmdlet(GetPartnerCustomerCart, { CustomerId: CUSTOMER, CartId: prop(cart, 'CartId') }, { session });
    expect(again.warnings).toEqual([]);
    expect(prop(again.output[0], 'CartId')).toBe(prop(cart, 'CartId'));
  });

  it('a sandbox that cannot start: SandboxUnavailable, naming how to connect instead', async () => {
    const item = await seedLineItem(session);
    writeFileSync(join(home, 'sandbox'), 'not a directory');
    const run = await runCmdlet(NewPartnerCustomerCart, { CustomerId: CUSTOMER, LineItems: [item] }, { session });
    expect(run.warnings).toEqual([]);
    const [error] = run.errors;
    expect(error?.fullyQualifiedErrorId).toBe('SandboxUnavailable,Microsoft.Store.PartnerCenter.PowerShell.Commands.NewPartnerCustomerCart');
    expect(error?.category).toBe('ResourceUnavailable');
    expect(error?.message).toMatch(
      /^The local Partner Center sandbox could not start: .+ Run Connect-PartnerCenter to use Partner Center itself, or connect to a running sandbox with Connect-PartnerCenter -Environment Sandbox -Endpoint <url>\.$/,
    );
  });

  it('runs create → get → set → add → checkout', async () => {
    const item = await seedLineItem(session);
    const created = (await runCmdlet(NewPartnerCustomerCart, { CustomerId: CUSTOMER, LineItems: [item] }, { session })).output[0];
    const cartId = prop(created, 'CartId');
    const setItem = await seedLineItem(session, { Quantity: 2 });
    const set = await runCmdlet(SetPartnerCustomerCart, { CustomerId: CUSTOMER, CartId: cartId, LineItems: [setItem] }, { session });
    expect(set.errors).toEqual([]);
    expect((prop(set.output[0], 'LineItems') as PSObject[]).map((l) => prop(l, 'Quantity'))).toEqual([2]);
    const extra = await seedLineItem(session, { Quantity: 3, FriendlyName: 'Second' });
    const added = await runCmdlet(AddPartnerCustomerCartLineItem, { CustomerId: CUSTOMER, CartId: cartId, LineItem: extra }, { session });
    expect(added.errors).toEqual([]);
    // The archived module PUT the unchanged cart here; pcsh sends the new item.
    const lines = prop(added.output[0], 'LineItems') as PSObject[];
    expect(lines.map((l) => [prop(l, 'Id'), prop(l, 'Quantity'), prop(l, 'FriendlyName')])).toEqual([
      [0, 2, 'Sample RI Purchase'],
      [1, 3, 'Second'],
    ]);
    const fetched = await runCmdlet(GetPartnerCustomerCart, { CustomerId: CUSTOMER, CartId: cartId }, { session });
    expect((prop(fetched.output[0], 'LineItems') as PSObject[]).length).toBe(2);
    const submitted = await runCmdlet(SubmitPartnerCustomerCart, { CustomerId: CUSTOMER, CartId: cartId }, { session });
    expect(submitted.errors).toEqual([]);
    const result = submitted.output[0] as PSObject;
    expect(result.typeNames[0]).toBe('Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartCheckoutResult');
    expect(names(result)).toEqual(['OrderErrors', 'Orders']); // PSCartCheckoutResult.cs order
    const orders = prop(result, 'Orders') as PSObject[];
    expect(orders.length).toBeGreaterThan(0);
    expect(orders[0]?.typeNames[0]).toBe('Microsoft.Store.PartnerCenter.Models.Orders.Order');
    expect(names(orders[0])).toEqual(['BillingCycle', 'CreationDate', 'CurrencyCode', 'CurrencySymbol', 'Id', 'LineItems', 'Links', 'ReferenceCustomerId', 'Status', 'TotalPrice', 'TransactionType', 'Attributes']);
    const status = await runCmdlet(GetPartnerCustomerCart, { CustomerId: CUSTOMER, CartId: cartId }, { session });
    expect(prop(status.output[0], 'Status')).toBe('Ordered');
  });

  it('rejects an invalid line item before anything starts or is sent', async () => {
    const item = await seedLineItem(session, { Quantity: 0 });
    const run = await runCmdlet(NewPartnerCustomerCart, { CustomerId: CUSTOMER, LineItems: [item] }, { session });
    expect([run.output, run.warnings]).toEqual([[], []]);
    expect(existsSync(join(home, 'sandbox'))).toBe(false);
    const [error] = run.errors;
    expect(error?.fullyQualifiedErrorId).toBe('InvalidCartLineItem,Microsoft.Store.PartnerCenter.PowerShell.Commands.NewPartnerCustomerCart');
    expect(error?.message).toBe('The cart was not sent: LineItems[0].Quantity must be >= 1. Correct the line item and run the command again.');
    expect(error?.category).toBe('InvalidArgument');
    expect(error?.targetObject).toBe(item);
  });

  it.each<[string, CmdletClass, Record<string, unknown>, string]>([
    ['Set-PartnerCustomerCart', SetPartnerCustomerCart, { LineItems: [] }, 'LineItems[0].Quantity'],
    ['Add-PartnerCustomerCartLineItem', AddPartnerCustomerCartLineItem, {}, 'LineItem.Quantity'],
  ])('%s rejects it before reading the cart, naming %s', async (_name, type, parameters, field) => {
    const item = await seedLineItem(session, { Quantity: 0 });
    const run = await runCmdlet(type, { CustomerId: CUSTOMER, CartId: 'c', LineItem: item, ...parameters, ...('LineItems' in parameters ? { LineItems: [item] } : {}) }, { session });
    expect(run.errors.map((e) => e.message)).toEqual([`The cart was not sent: ${field} must be >= 1. Correct the line item and run the command again.`]);
    expect(run.warnings).toEqual([]);
  });
});

describe('service errors become ErrorRecords', () => {
  let sandbox: SandboxServer;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  async function connect(token = sandbox.identity.localToken, endpoint = sandbox.url): Promise<void> {
    const run = await runCmdlet(
      ConnectPartnerCenter,
      { AccessToken: token, Environment: PSEnumValue.parse(EnvironmentName, 'Sandbox'), Endpoint: endpoint },
      { session, parameterSetName: 'AccessToken' },
    );
    expect(run.errors).toEqual([]);
  }

  it('an unknown cart: ObjectNotFound with the service\'s code and description', async () => {
    await connect();
    const run = await runCmdlet(GetPartnerCustomerCart, { CustomerId: CUSTOMER, CartId: 'a3c8d1f0-5b1e-4a2c-9d0e-2b7f3c4d5e6f' }, { session });
    const [error] = run.errors;
    expect(error?.fullyQualifiedErrorId).toBe('PartnerCenter.800008,Microsoft.Store.PartnerCenter.PowerShell.Commands.GetPartnerCustomerCart');
    expect(error?.category).toBe('ObjectNotFound');
    expect(error?.targetObject).toBe('a3c8d1f0-5b1e-4a2c-9d0e-2b7f3c4d5e6f');
    expect(error?.exception.typeName).toBe('Microsoft.Store.PartnerCenter.Exceptions.PartnerException');
    const exception = error?.exception as unknown as { statusCode: number; requestId: string; serviceErrorPayload: { code: string; description: string } };
    expect(exception.statusCode).toBe(404);
    expect(exception.serviceErrorPayload.code).toBe('800008');
    expect(error?.message).toBe(exception.serviceErrorPayload.description);
    expect(exception.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error?.categoryInfo.getMessage()).toBe('ObjectNotFound: (a3c8d1f0-5b1e-4a2c-9d0e-2b7f3c4d5e6f:String) [Get-PartnerCustomerCart], PartnerException');
  });

  it('a refused token: AuthenticationError recommending Connect-PartnerCenter (the module\'s RunConnectPartnerCenter text)', async () => {
    await connect('expired-or-wrong');
    const run = await runCmdlet(GetPartnerCustomerCart, { CustomerId: CUSTOMER, CartId: 'x' }, { session });
    const [error] = run.errors;
    expect(error?.category).toBe('AuthenticationError');
    expect(error?.errorDetails?.recommendedAction).toBe('Run Connect-PartnerCenter to login.');
    expect(error?.message).not.toMatch(/Exception of type/);
  });

  it('retries show on -Verbose with the same MS-RequestId, and -Debug redacts the token', async () => {
    await connect();
    const item = await seedLineItem(session);
    sandbox.setFaults({ routes: { createCart: { rate503: 1 } } });
    setTimeout(() => sandbox.setFaults({}), 150);
    const run = await runCmdlet(NewPartnerCustomerCart, { CustomerId: CUSTOMER, LineItems: [item] }, { session });
    expect(run.errors).toEqual([]);
    expect(run.verbose.length).toBeGreaterThan(0);
    const requestIds = run.debug.filter((d) => d.startsWith('HTTP request')).map((d) => /^MS-RequestId: (.*)$/m.exec(d)?.[1]);
    expect(new Set(requestIds).size).toBe(1);
    expect(run.verbose[0]).toMatch(
      new RegExp(`^Partner Center answered POST /v1/customers/${CUSTOMER}/carts with HTTP 503; retrying in [\\d.]+ seconds \\(attempt 2 of 6, MS-RequestId ${requestIds[0]}\\)\\.$`),
    );
    expect(run.debug.join('\n')).toContain('Authorization: Bearer [redacted]');
    expect(run.debug.join('\n')).not.toContain(sandbox.identity.localToken);
  });

  it('a second checkout: the service\'s 800065 as InvalidArgument', async () => {
    await connect();
    const item = await seedLineItem(session);
    const cartId = prop((await runCmdlet(NewPartnerCustomerCart, { CustomerId: CUSTOMER, LineItems: [item] }, { session })).output[0], 'CartId');
    await runCmdlet(SubmitPartnerCustomerCart, { CustomerId: CUSTOMER, CartId: cartId }, { session });
    const run = await runCmdlet(SubmitPartnerCustomerCart, { CustomerId: CUSTOMER, CartId: cartId }, { session });
    expect(run.errors[0]?.fullyQualifiedErrorId).toBe('PartnerCenter.800065,Microsoft.Store.PartnerCenter.PowerShell.Commands.SubmitPartnerCustomerCart');
    expect(run.errors[0]?.category).toBe('InvalidArgument');
  });
});

describe('what the service sends that pcsh does not know passes through', () => {
  let stub: StubServer;
  beforeAll(async () => {
    stub = await startStub();
  });
  afterAll(async () => {
    await stub.close();
  });

  it('an unknown billing cycle and a string id', async () => {
    await runCmdlet(ConnectPartnerCenter, { AccessToken: 't', Environment: PSEnumValue.parse(EnvironmentName, 'Sandbox'), Endpoint: stub.url }, { session, parameterSetName: 'AccessToken' });
    stub.script({
      status: 200,
      body: {
        id: 'c1',
        creationTimeStamp: '2019-09-24T21:52:05.0766627Z',
        status: 'Pending',
        lineItems: [{ id: '3', catalogId: 'MS-AZR-0145P', quantity: 1, billingCycle: 'triennial', error: { errorCode: 10099, errorDescription: 'New error' } }],
      },
    });
    const run = await runCmdlet(GetPartnerCustomerCart, { CustomerId: CUSTOMER, CartId: 'c1' }, { session });
    expect(run.errors).toEqual([]);
    const cart = run.output[0] as PSObject;
    expect([prop(cart, 'Status'), (prop(cart, 'CreationTimestamp') as PSDateTime).utcMilliseconds]).toEqual(['Pending', Date.parse('2019-09-24T21:52:05.076Z')]);
    // No expiration in the JSON: the non-nullable DateTime stays DateTime.MinValue, as the SDK's would.
    const expiration = prop(cart, 'ExpirationTimestamp') as PSDateTime;
    expect([expiration.utcMilliseconds, expiration.dateTimeKind]).toEqual([-62135596800000, 'Unspecified']); // 0001-01-01T00:00:00
    const [line] = prop(cart, 'LineItems') as PSObject[];
    expect([prop(line, 'BillingCycle'), prop(line, 'Id'), prop(line, 'CatalogItemId')]).toEqual(['triennial', 3, 'MS-AZR-0145P']);
    expect(prop(prop(line, 'Error'), 'ErrorCode')).toBe(10099);
  });
});
