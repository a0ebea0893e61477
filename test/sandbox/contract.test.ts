// Contract tests over real HTTP: every route, its status, its JSON shape and the headers the service echoes.
// Shapes follow Microsoft's examples (create-a-cart, update-a-cart, checkout-a-cart, cart-resources, order-resources).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxServer } from '../../src/sandbox/index.js';
import { basicLineItem, call, CUSTOMER_ID, field, requestIdHeaders, riLineItem, RI_ITEM_ID } from './sandbox-client.js';

const NOW = Date.parse('2026-03-01T10:20:30.456Z');
let sandbox: SandboxServer;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

beforeAll(async () => {
  sandbox = await startSandbox({ clock: () => NOW });
});
afterAll(async () => {
  await sandbox.close();
});

describe('carts', () => {
  it('POST …/carts creates the seed example cart: 201 and the documented shape', async () => {
    const result = await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts`, { body: { lineItems: [riLineItem()] } });
    expect(result.status).toBe(201);
    const id = field(result.body, 'id');
    expect(id).toMatch(GUID);
    expect(result.body).toEqual({
      id,
      creationTimestamp: '2026-03-01T10:20:30.456Z',
      lastModifiedTimestamp: '2026-03-01T10:20:30.456Z',
      expirationTimestamp: '2026-03-08T10:20:30.456Z', // "Carts expire 7 days from the initial creation"
      lastModifiedUser: sandbox.identity.user.objectId,
      status: 'Active',
      lineItems: [
        {
          id: 0,
          catalogItemId: RI_ITEM_ID,
          friendlyName: 'Sample RI Purchase',
          quantity: 10,
          currencyCode: 'USD',
          billingCycle: 'one_time',
          provisioningContext: { duration: '1Year', scope: 'shared', subscriptionId: 'b35d5324-df8e-4306-9023-6edac2d4896c' },
          orderGroup: '0',
        },
      ],
      links: { self: { uri: `/customers/${CUSTOMER_ID}/carts/${String(id)}`, method: 'GET', headers: [] } },
      attributes: { objectType: 'Cart' },
    });
    expect(result.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('GET …/carts/{id} returns the cart as created', async () => {
    const created = await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts`, { body: { lineItems: [riLineItem()] } });
    const got = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}/carts/${String(field(created.body, 'id'))}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(created.body);
  });

  it('PUT …/carts/{id} replaces the line items: 201 (update-a-cart), creation and expiry kept', async () => {
    const created = await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts`, { body: { lineItems: [riLineItem()] } });
    const id = String(field(created.body, 'id'));
    const items = [riLineItem({ quantity: 2 }), basicLineItem({ id: 1 })];
    const updated = await call(sandbox.url, 'PUT', `/v1/customers/${CUSTOMER_ID}/carts/${id}`, { body: { ...(created.body as object), lineItems: items } });
    expect(updated.status).toBe(201);
    expect(field(updated.body, 'id')).toBe(id);
    expect(field(updated.body, 'expirationTimestamp')).toBe('2026-03-08T10:20:30.456Z');
    expect(field(updated.body, 'lineItems', 0, 'quantity')).toBe(2);
    expect(field(updated.body, 'lineItems', 1)).toEqual({
      id: 1,
      catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S',
      quantity: 1,
      currencyCode: 'USD',
      billingCycle: 'monthly',
      termDuration: 'P1M',
      orderGroup: '1', // one order group per billing cycle, in order of appearance
    });
    expect((await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}/carts/${id}`)).body).toEqual(updated.body);
  });

  it('POST …/checkout returns 201 and a CartCheckoutResult whose order matches the cart', async () => {
    const created = await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts`, { body: { lineItems: [riLineItem()] } });
    const id = String(field(created.body, 'id'));
    const result = await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts/${id}/checkout`);
    expect(result.status).toBe(201);
    const order = field(result.body, 'orders', 0) as Record<string, unknown>;
    const orderId = String(order['id']);
    expect(orderId).toMatch(/^[0-9a-f]{12}$/);
    expect(result.body).toEqual({
      orders: [
        {
          id: orderId,
          alternateId: orderId,
          referenceCustomerId: CUSTOMER_ID,
          billingCycle: 'one_time',
          currencyCode: 'USD',
          currencySymbol: '$',
          lineItems: [
            {
              lineItemNumber: 0,
              offerId: RI_ITEM_ID,
              subscriptionId: field(order, 'lineItems', 0, 'subscriptionId'),
              transactionType: 'New',
              friendlyName: 'Sample RI Purchase',
              quantity: 10,
              provisioningContext: { duration: '1Year', scope: 'shared', subscriptionId: 'b35d5324-df8e-4306-9023-6edac2d4896c' },
              links: {
                product: { uri: '/products/DG7GMGF0DWTL?country=US', method: 'GET', headers: [] },
                sku: { uri: '/products/DG7GMGF0DWTL/skus/0001?country=US', method: 'GET', headers: [] },
                availability: { uri: '/products/DG7GMGF0DWTL/skus/0001/availabilities/DG7GMGF0DSJB?country=US', method: 'GET', headers: [] },
              },
            },
          ],
          creationDate: '2026-03-01T10:20:30.456Z',
          status: 'completed',
          transactionType: 'UserPurchase',
          links: {
            self: { uri: `/customers/${CUSTOMER_ID}/orders/${orderId}`, method: 'GET', headers: [] },
            provisioningStatus: { uri: `/customers/${CUSTOMER_ID}/orders/${orderId}/provisioningstatus`, method: 'GET', headers: [] },
            patchOperation: { uri: `/customers/${CUSTOMER_ID}/orders/${orderId}`, method: 'PATCH', headers: [] },
          },
          client: {},
          attributes: { objectType: 'Order' },
        },
      ],
      orderErrors: [],
      attributes: { objectType: 'CartCheckoutResult' },
    });
    expect(field(order, 'lineItems', 0, 'subscriptionId')).toMatch(GUID);
    const cart = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}/carts/${id}`);
    expect(field(cart.body, 'status')).toBe('Ordered');

    const listed = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}/orders`);
    expect(listed.status).toBe(200);
    expect(field(listed.body, 'attributes')).toEqual({ objectType: 'Collection' });
    expect(field(listed.body, 'links')).toEqual({ self: { uri: `/customers/${CUSTOMER_ID}/orders`, method: 'GET', headers: [] } });
    const items = field(listed.body, 'items') as unknown[];
    expect(field(listed.body, 'totalCount')).toBe(items.length);
    expect(items).toContainEqual(order);

    const single = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}/orders/${orderId}`);
    expect(single.status).toBe(200);
    expect(single.body).toEqual(order);
  });
});

describe('customers', () => {
  it('GET /v1/customers/{id} returns the seeded customer', async () => {
    const result = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      id: CUSTOMER_ID,
      commerceId: CUSTOMER_ID,
      companyProfile: {
        tenantId: CUSTOMER_ID,
        domain: 'contososandbox.onmicrosoft.com',
        companyName: 'Contoso',
        links: { self: { uri: `/customers/${CUSTOMER_ID}/profiles/company`, method: 'GET', headers: [] } },
        attributes: { objectType: 'CustomerCompanyProfile' },
      },
      relationshipToPartner: 'reseller',
      allowDelegatedAccess: true,
      links: { self: { uri: `/customers/${CUSTOMER_ID}`, method: 'GET', headers: [] } },
      attributes: { objectType: 'Customer' },
    });
  });

  it('POST /v1/customers creates a customer: 201, then GET finds it', async () => {
    const result = await call(sandbox.url, 'POST', '/v1/customers', { body: { companyProfile: { domain: 'newco.onmicrosoft.com', companyName: 'NewCo' } } });
    expect(result.status).toBe(201);
    const id = String(field(result.body, 'id'));
    expect(field(result.body, 'companyProfile', 'domain')).toBe('newco.onmicrosoft.com');
    expect((await call(sandbox.url, 'GET', `/v1/customers/${id}`)).body).toEqual(result.body);
  });
});

describe('headers', () => {
  const cartPath = `/v1/customers/${CUSTOMER_ID}/carts`;
  // headers.md: responses echo MS-RequestId and MS-CorrelationId, and X-Locale as "en-US,en-US".
  it.each([
    ['a created cart', 'POST', cartPath, { lineItems: [riLineItem()] }, 201],
    ['a customer', 'GET', `/v1/customers/${CUSTOMER_ID}`, undefined, 200],
    ['a business error', 'POST', cartPath, { lineItems: [] }, 400],
    ['an unknown cart', 'GET', `${cartPath}/3f1ad6a4-5a0e-4f6b-8a87-4b9c2f0d1e22`, undefined, 404],
    ['an unknown route', 'GET', '/v1/nothing-here', undefined, 404],
    ['a method not allowed', 'DELETE', `/v1/customers/${CUSTOMER_ID}`, undefined, 405],
    ['a refused token', 'GET', `/v1/customers/${CUSTOMER_ID}`, undefined, 401, 'not-a-token'],
    ['a token request', 'POST', '/organizations/oauth2/v2.0/token', 'grant_type=client_credentials', 400],
  ])('%s echoes MS-RequestId and MS-CorrelationId', async (_name, method, path, body, status, token?: string) => {
    const headers = requestIdHeaders();
    const result = await call(sandbox.url, method, path, { body, headers, ...(token === undefined ? {} : { token }) });
    expect(result.status).toBe(status);
    expect(result.headers['ms-requestid']).toBe(headers['MS-RequestId']);
    expect(result.headers['ms-correlationid']).toBe(headers['MS-CorrelationId']);
    expect(result.headers['x-locale']).toBe('en-US,en-US');
    expect(result.headers['ms-cv']).toMatch(/^[A-Za-z0-9+/]{16}\.0$/);
  });

  it('answers with new ids when the request carries none', async () => {
    const result = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`);
    expect(result.headers['ms-requestid']).toMatch(GUID);
    expect(result.headers['ms-correlationid']).toMatch(GUID);
  });

  it('echoes X-Locale twice, as the service does', async () => {
    const result = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`, { headers: { 'X-Locale': 'fr-FR' } });
    expect(result.headers['x-locale']).toBe('fr-FR,fr-FR');
  });
});
