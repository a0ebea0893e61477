// The service rules users hit: expiry (7 days, create-a-cart), Active → Ordered, 800065 on a second checkout,
// 800064 on a concurrent one, the integration-sandbox limits (test-and-debug.md: 75 customers, 5 subscriptions per
// customer, 25 licenses per subscription), order groups, and lenient reading of the documented spellings.
import { describe, expect, it } from 'vitest';
import type { SandboxServer } from '../../src/sandbox/index.js';
import { basicLineItem, call, CUSTOMER_ID, field, partnerFd, requestIdHeaders, riLineItem, sandboxesClosedAfterEach } from './sandbox-client.js';

const start = sandboxesClosedAfterEach();

function sandboxAt(clock: () => number = Date.now): Promise<SandboxServer> {
  return start({ clock });
}

async function createCart(sandbox: SandboxServer, lineItems: unknown[], customerId = CUSTOMER_ID): Promise<string> {
  const created = await call(sandbox.url, 'POST', `/v1/customers/${customerId}/carts`, { body: { lineItems } });
  expect(created.status).toBe(201);
  return String(field(created.body, 'id'));
}

describe('expiry', () => {
  const DAY = 24 * 60 * 60 * 1000;
  it.each([
    ['one millisecond before 7 days: still there', 7 * DAY - 1, 200, 201],
    ['at 7 days: expired', 7 * DAY, 404, 404],
    ['after 8 days: expired', 8 * DAY, 404, 404],
  ])('%s', async (_name, elapsed, getStatus, checkoutStatus) => {
    let now = Date.parse('2026-05-01T00:00:00Z');
    const sandbox = await sandboxAt(() => now);
    const id = await createCart(sandbox, [riLineItem()]);
    now += elapsed;
    const got = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}/carts/${id}`);
    expect(got.status).toBe(getStatus);
    const checkout = await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts/${id}/checkout`);
    expect(checkout.status).toBe(checkoutStatus);
    if (checkoutStatus === 404) expect(checkout.body).toEqual(partnerFd(800008, 'Unable to retrieve cart ID'));
  });

  it('an ordered cart stays readable after its expiry', async () => {
    let now = Date.parse('2026-05-01T00:00:00Z');
    const sandbox = await sandboxAt(() => now);
    const id = await createCart(sandbox, [riLineItem()]);
    expect((await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts/${id}/checkout`)).status).toBe(201);
    now += 30 * DAY;
    const got = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}/carts/${id}`);
    expect(field(got.body, 'status')).toBe('Ordered');
  });
});

describe('checkout', () => {
  it('a second checkout gets 800065 and changes nothing', async () => {
    const sandbox = await sandboxAt();
    const id = await createCart(sandbox, [riLineItem()]);
    expect((await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts/${id}/checkout`)).status).toBe(201);
    const second = await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts/${id}/checkout`);
    expect(second.status).toBe(400);
    expect(second.body).toEqual(partnerFd(800065, `Cannot checkout an already submitted cart ${id}.`));
    const orders = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}/orders`);
    expect(field(orders.body, 'totalCount')).toBe(1);
  });

  it('a concurrent checkout gets 800064 (409) while the first is processed', async () => {
    const sandbox = await sandboxAt();
    const id = await createCart(sandbox, [riLineItem()]);
    sandbox.setFaults({ routes: { checkoutCart: { delayMs: 300 } } });
    const path = `/v1/customers/${CUSTOMER_ID}/carts/${id}/checkout`;
    const results = await Promise.all([call(sandbox.url, 'POST', path, { headers: requestIdHeaders() }), call(sandbox.url, 'POST', path, { headers: requestIdHeaders() })]);
    expect(results.map((result) => result.status).sort()).toEqual([201, 409]);
    expect(results.find((result) => result.status === 409)?.body).toEqual(partnerFd(800064, `Cart ${id} is being processed by another request.`));
    sandbox.setFaults({});
    expect((await call(sandbox.url, 'POST', path)).status).toBe(400); // then 800065
  });

  it('updating an ordered cart is refused', async () => {
    const sandbox = await sandboxAt();
    const id = await createCart(sandbox, [riLineItem()]);
    await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts/${id}/checkout`);
    const put = await call(sandbox.url, 'PUT', `/v1/customers/${CUSTOMER_ID}/carts/${id}`, { body: { lineItems: [riLineItem()] } });
    expect(put.status).toBe(400);
    expect(put.body).toEqual(partnerFd(800002, `Cart ${id} has already been submitted and can no longer be updated.`)); // sandbox text
  });

  it('one order per order group (billing cycle), line numbers restart in each order', async () => {
    const sandbox = await sandboxAt();
    const customer = '5ba188db-11d1-4614-8620-3e0f0751f08d';
    const id = await createCart(
      sandbox,
      [basicLineItem({ id: 0 }), basicLineItem({ id: 1, termDuration: 'P1Y', billingCycle: 'annual' }), basicLineItem({ id: 2, catalogItemId: 'CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ', termDuration: 'P1Y' })],
      customer,
    );
    const cart = await call(sandbox.url, 'GET', `/v1/customers/${customer}/carts/${id}`);
    expect((field(cart.body, 'lineItems') as { orderGroup: string }[]).map((item) => item.orderGroup)).toEqual(['0', '1', '0']);
    const result = await call(sandbox.url, 'POST', `/v1/customers/${customer}/carts/${id}/checkout`);
    const orders = field(result.body, 'orders') as { billingCycle: string; lineItems: { lineItemNumber: number; offerId: string; termDuration?: string }[] }[];
    expect(orders.map((order) => [order.billingCycle, order.lineItems.map((item) => [item.lineItemNumber, item.offerId, item.termDuration])])).toEqual([
      ['monthly', [[0, 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S', 'P1M'], [1, 'CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ', 'P1Y']]],
      ['annual', [[0, 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S', 'P1Y']]],
    ]);
  });

  it('the sixth subscription of a customer fails its order group with 800018; the cart stays Active', async () => {
    const sandbox = await sandboxAt();
    const customer = 'dc68e976-86b6-4edb-b195-1b7a4832d8c0';
    for (let index = 0; index < 5; index += 1) {
      const id = await createCart(sandbox, [basicLineItem()], customer);
      const result = await call(sandbox.url, 'POST', `/v1/customers/${customer}/carts/${id}/checkout`);
      expect(field(result.body, 'orderErrors')).toEqual([]);
    }
    const id = await createCart(sandbox, [basicLineItem()], customer);
    const result = await call(sandbox.url, 'POST', `/v1/customers/${customer}/carts/${id}/checkout`);
    expect(result.status).toBe(201);
    expect(result.body).toEqual({
      orders: [],
      orderErrors: [{ orderGroupId: '0', code: 800018, description: 'The sandbox limit has been met' }],
      attributes: { objectType: 'CartCheckoutResult' },
    });
    expect(field((await call(sandbox.url, 'GET', `/v1/customers/${customer}/carts/${id}`)).body, 'status')).toBe('Active');
  });

  it('the 76th customer is refused with 800018', async () => {
    const sandbox = await sandboxAt();
    const statuses: number[] = [];
    for (let index = 0; index < 72; index += 1) {
      const result = await call(sandbox.url, 'POST', '/v1/customers', { body: { companyProfile: { domain: `c${index}.onmicrosoft.com` } } });
      statuses.push(result.status);
      if (result.status !== 201) expect(result.body).toEqual(partnerFd(800018, 'The sandbox limit has been met'));
    }
    // 4 seeded customers + 71 created = 75.
    expect(statuses.filter((status) => status === 201)).toHaveLength(71);
    expect(statuses.at(-1)).toBe(400);
  });
});

describe('lenient reading, documented spellings out', () => {
  it.each([
    ['the SDK’s PascalCase body (update-a-cart example)', { LineItems: [{ Id: 0, CatalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', FriendlyName: 'A_sample_Azure_RI', Quantity: 2, BillingCycle: 'one_time', ProvisioningContext: { SubscriptionId: '3D5ECED6-1151-44C7-AEE6-70A4BB725666', Scope: 'shared', Duration: '1Year' } }] }, { catalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB', friendlyName: 'A_sample_Azure_RI', quantity: 2, billingCycle: 'one_time', provisioningContext: { subscriptionId: '3D5ECED6-1151-44C7-AEE6-70A4BB725666', scope: 'shared', duration: '1Year' } }],
    ['catalogId (create-a-cart request table)', { lineItems: [{ catalogId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S', quantity: 1, billingCycle: 'monthly', termDuration: 'P1M' }] }, { catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S', billingCycle: 'monthly', termDuration: 'P1M' }],
    ['SDK enum spelling OneTime', { lineItems: [riLineItem({ billingCycle: 'OneTime' })] }, { billingCycle: 'one_time' }],
    ['SDK enum spelling Annual, lower-case term', { lineItems: [basicLineItem({ billingCycle: 'Annual', termDuration: 'p1y' })] }, { billingCycle: 'annual', termDuration: 'P1Y' }],
    ['lower-case catalog item id', { lineItems: [basicLineItem({ catalogItemId: 'cfq7ttc0lh18:0001:cfq7ttc0k59s' })] }, { catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S' }],
    ['string line-item id and quantity', { lineItems: [basicLineItem({ id: '4', quantity: '3' })] }, { id: 4, quantity: 3 }],
    ['no id: the index', { lineItems: [basicLineItem({ id: undefined })] }, { id: 0 }],
    ['renewsTo as an object, participants', { lineItems: [basicLineItem({ termDuration: 'P1Y', renewsTo: { termDuration: 'P1Y' }, participants: [{ key: 'transaction_reseller', value: '5357564' }] })] }, { renewsTo: { termDuration: 'P1Y' }, participants: [{ key: 'transaction_reseller', value: '5357564' }] }],
    ['service-set fields are ignored', { creationTimeStamp: '2001-01-01T00:00:00Z', lineItems: [basicLineItem({ currencyCode: 'EUR', orderGroup: '9' })] }, { currencyCode: 'USD', orderGroup: '0' }],
  ])('%s', async (_name, body, expected) => {
    const sandbox = await sandboxAt();
    const created = await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts`, { body });
    expect(created.status).toBe(201);
    expect(field(created.body, 'lineItems', 0)).toMatchObject(expected);
    expect(field(created.body, 'creationTimestamp')).not.toBe('2001-01-01T00:00:00Z');
  });

  it.each([
    ['braces and upper case', `{${CUSTOMER_ID.toUpperCase()}}`],
    ['trailing slash', `${CUSTOMER_ID}/`],
  ])('customer id with %s', async (_name, id) => {
    const sandbox = await sandboxAt();
    const result = await call(sandbox.url, 'GET', `/v1/customers/${encodeURIComponent(id).replace('%2F', '/')}`);
    expect(result.status).toBe(200);
    expect(field(result.body, 'id')).toBe(CUSTOMER_ID);
  });

  it('the documented PUT with a trailing slash (update-a-cart example)', async () => {
    const sandbox = await sandboxAt();
    const id = await createCart(sandbox, [riLineItem()]);
    const put = await call(sandbox.url, 'PUT', `/V1/Customers/${CUSTOMER_ID}/carts/${id}/`, { body: { lineItems: [riLineItem({ quantity: 3 })] } });
    expect(put.status).toBe(201);
  });

  it('keeps PartnerOnRecordAttestationAccepted (live create-a-cart docs)', async () => {
    const sandbox = await sandboxAt();
    const created = await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts`, { body: { PartnerOnRecordAttestationAccepted: true, lineItems: [basicLineItem()] } });
    expect(field(created.body, 'partnerOnRecordAttestationAccepted')).toBe(true);
  });
});
