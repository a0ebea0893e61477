// Error statuses and bodies, one row per rule. Codes and texts: error-codes.md and cart-resources.md (OrderErrorCode,
// CartErrorCode); 400039 from Partner-Center-PowerShell#388; {statusCode, message} is the gateway's body. Rows marked
// "sandbox text" use descriptions the sandbox chose (src/sandbox/README.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxServer } from '../../src/sandbox/index.js';
import { basicLineItem, call, CUSTOMER_ID, field, partnerFd, riLineItem, type CallOptions } from './sandbox-client.js';

let sandbox: SandboxServer;
let cartId: string;
const UNKNOWN_GUID = '3f1ad6a4-5a0e-4f6b-8a87-4b9c2f0d1e22';
const carts = `/v1/customers/${CUSTOMER_ID}/carts`;

beforeAll(async () => {
  sandbox = await startSandbox({ bodyLimitBytes: 64 * 1024 });
  const created = await call(sandbox.url, 'POST', carts, { body: { lineItems: [riLineItem()] } });
  cartId = String(field(created.body, 'id'));
});
afterAll(async () => {
  await sandbox.close();
});

function malformedJsonText(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return `Invalid request input. The request body is not valid JSON: ${(error as Error).message}`;
  }
  throw new Error('expected invalid JSON');
}

type Row = readonly [name: string, method: string, path: () => string, options: CallOptions, status: number, body: () => unknown];

const rows: readonly Row[] = [
  ['unknown customer', 'GET', () => `/v1/customers/${UNKNOWN_GUID}`, {}, 404, () => partnerFd(1000, `Customer with ID ${UNKNOWN_GUID} not found.`)], // sandbox text
  ['unknown customer, create cart', 'POST', () => `/v1/customers/${UNKNOWN_GUID}/carts`, { body: { lineItems: [riLineItem()] } }, 404, () => partnerFd(1000, `Customer with ID ${UNKNOWN_GUID} not found.`)],
  ['unknown customer, orders', 'GET', () => `/v1/customers/${UNKNOWN_GUID}/orders`, {}, 404, () => partnerFd(1000, `Customer with ID ${UNKNOWN_GUID} not found.`)],
  ['non-GUID customer id', 'GET', () => '/v1/customers/not-a-guid', {}, 400, () => partnerFd(800002, 'Customer ID not-a-guid should have GUID format (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).')],
  ['non-GUID customer id, cart', 'POST', () => '/v1/customers/1234/carts', { body: { lineItems: [riLineItem()] } }, 400, () => partnerFd(800002, 'Customer ID 1234 should have GUID format (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).')],
  ['cart not found', 'GET', () => `${carts}/${UNKNOWN_GUID}`, {}, 404, () => partnerFd(800008, 'Unable to retrieve cart ID')],
  ['cart not found, update', 'PUT', () => `${carts}/${UNKNOWN_GUID}`, { body: { lineItems: [riLineItem()] } }, 404, () => partnerFd(800008, 'Unable to retrieve cart ID')],
  ['cart not found, checkout', 'POST', () => `${carts}/${UNKNOWN_GUID}/checkout`, {}, 404, () => partnerFd(800008, 'Unable to retrieve cart ID')],
  ['cart of another customer', 'GET', () => `/v1/customers/dc68e976-86b6-4edb-b195-1b7a4832d8c0/carts/${cartId}`, {}, 404, () => partnerFd(800008, 'Unable to retrieve cart ID')],
  ['non-GUID cart id', 'GET', () => `${carts}/cart-1`, {}, 400, () => partnerFd(800002, 'Cart ID cart-1 should have GUID format (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).')], // sandbox text
  ['order not found', 'GET', () => `/v1/customers/${CUSTOMER_ID}/orders/abcdef012345`, {}, 404, () => partnerFd(20000, 'Order ID not found')],
  ['no line items', 'POST', () => carts, { body: { lineItems: [] } }, 400, () => partnerFd(800002, 'Invalid request input. A cart must contain at least one line item.')], // sandbox text
  ['lineItems missing', 'POST', () => carts, { body: {} }, 400, () => partnerFd(800002, 'Invalid request input. A cart must contain at least one line item.')],
  ['body not an object', 'POST', () => carts, { body: [1, 2] }, 400, () => partnerFd(800002, 'Invalid request input', ['The request body must be a JSON object.'])],
  ['term missing on a term-based offer', 'POST', () => carts, { body: { lineItems: [basicLineItem({ termDuration: undefined })] } }, 400, () => partnerFd(400039, "Availability CFQ7TTC0K59S referenced by line item 0 does not support term ''")],
  ['empty term on a term-based offer', 'POST', () => carts, { body: { lineItems: [basicLineItem({ id: 3, termDuration: '' })] } }, 400, () => partnerFd(400039, "Availability CFQ7TTC0K59S referenced by line item 3 does not support term ''")],
  ['unsupported term', 'POST', () => carts, { body: { lineItems: [basicLineItem({ termDuration: 'P3Y' })] } }, 400, () => partnerFd(400039, "Availability CFQ7TTC0K59S referenced by line item 0 does not support term 'P3Y'")],
  ['term on a one-time offer', 'POST', () => carts, { body: { lineItems: [riLineItem({ termDuration: 'P1Y' })] } }, 400, () => partnerFd(400039, "Availability DG7GMGF0DSJB referenced by line item 0 does not support term 'P1Y'")],
  ['billing cycle the term does not offer', 'POST', () => carts, { body: { lineItems: [basicLineItem({ billingCycle: 'annual' })] } }, 400, () => partnerFd(900269, 'The billing cycle is invalid.')],
  ['quantity 0', 'POST', () => carts, { body: { lineItems: [basicLineItem({ quantity: 0 })] } }, 400, () => partnerFd(900275, 'The requested quantity for line item 0 is not within the allowed quantity for this offer.')],
  ['quantity not an integer', 'POST', () => carts, { body: { lineItems: [basicLineItem({ quantity: 'ten' })] } }, 400, () => partnerFd(800002, 'Invalid request input', ['lineItems[0].quantity must be an integer.'])],
  ['unknown billing cycle', 'POST', () => carts, { body: { lineItems: [basicLineItem({ billingCycle: 'weekly' })] } }, 400, () => partnerFd(800002, 'Invalid request input', ["lineItems[0].billingCycle 'weekly' is not one of: monthly, annual, none, one_time."])],
  ['billing cycle missing', 'POST', () => carts, { body: { lineItems: [basicLineItem({ billingCycle: undefined })] } }, 400, () => partnerFd(800002, 'Invalid request input', ['lineItems[0].billingCycle is required.'])],
  ['catalog item id missing', 'POST', () => carts, { body: { lineItems: [{ quantity: 1, billingCycle: 'monthly' }] } }, 400, () => partnerFd(800002, 'Invalid request input', ['lineItems[0].catalogItemId is required.'])],
  ['malformed JSON', 'POST', () => carts, { body: '{"lineItems": [' }, 400, () => partnerFd(800002, malformedJsonText('{"lineItems": ['))],
  ['wrong content type', 'POST', () => carts, { body: 'lineItems=1', headers: { 'content-type': 'text/plain' } }, 415, () => partnerFd(800002, "The request entity's media type 'text/plain' is not supported for this resource.")],
  ['oversized body', 'POST', () => carts, { body: JSON.stringify({ lineItems: [riLineItem({ friendlyName: 'x'.repeat(70 * 1024) })] }) }, 413, () => partnerFd(800002, 'The request body is larger than the limit of 65536 bytes.')],
  ['unknown route', 'GET', () => '/v1/catalog/everything', {}, 404, () => ({ statusCode: 404, message: 'Resource not found' })],
  ['unknown route outside /v1', 'POST', () => '/v2/customers', {}, 404, () => ({ statusCode: 404, message: 'Resource not found' })],
  ['method not allowed', 'DELETE', () => `${carts}/${cartId}`, {}, 405, () => partnerFd(405, "The requested resource does not support http method 'DELETE'.")],
  ['no token', 'GET', () => `/v1/customers/${CUSTOMER_ID}`, { token: null }, 401, () => partnerFd(800001, 'Partner Token missing in request context')],
  ['a token the sandbox did not issue', 'GET', () => `/v1/customers/${CUSTOMER_ID}`, { token: 'eyJhbGciOiJub25lIn0.e30.' }, 401, () => partnerFd(400, 'Access denied')],
  ['not a bearer token', 'GET', () => `/v1/customers/${CUSTOMER_ID}`, { headers: { authorization: 'Basic dXNlcjpwYXNz' } }, 401, () => partnerFd(800001, 'Partner Token missing in request context')],
];

describe('error responses', () => {
  it.each(rows)('%s', async (_name, method, path, options, status, body) => {
    const result = await call(sandbox.url, method, path(), options);
    expect(result.status).toBe(status);
    expect(result.body).toEqual(body());
    expect(result.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('401 carries WWW-Authenticate with the partner realm (error-codes.md)', async () => {
    const result = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`, { token: null });
    expect(result.headers['www-authenticate']).toBe(`OAuth realm=urn:cpsvc:cpid:${sandbox.identity.tenantId}`);
  });

  it('405 names the allowed methods', async () => {
    const result = await call(sandbox.url, 'DELETE', `${carts}/${cartId}`);
    expect(result.headers['allow']).toBe('GET, PUT');
  });

  it('keeps serving after every kind of bad input', async () => {
    await Promise.all(rows.map(([, method, path, options]) => call(sandbox.url, method, path(), options).catch(() => undefined)));
    const result = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`);
    expect(result.status).toBe(200);
  });
});

describe('line-item errors: the cart is created and the line carries `error` (CartErrorCode)', () => {
  it.each([
    ['unknown catalog item', basicLineItem({ catalogItemId: 'CFQ7TTC0XXXX:0001:CFQ7TTC0YYYY' }), { errorCode: 10001, errorDescription: 'The catalog item ID is not valid.' }],
    ['malformed catalog item id', basicLineItem({ catalogItemId: 'nonsense' }), { errorCode: 10001, errorDescription: 'The catalog item ID is not valid.' }],
    ['26 licenses (sandbox: 25 per subscription)', basicLineItem({ quantity: 26 }), { errorCode: 10009, errorDescription: 'The sandbox limit has been exceeded.' }],
    ['provisioning key missing', riLineItem({ provisioningContext: { duration: '1Year', scope: 'shared' } }), { errorCode: 10010, errorDescription: "The catalog item requires the provisioning context key 'subscriptionId'." }],
    ['no provisioning context', riLineItem({ provisioningContext: undefined }), { errorCode: 10010, errorDescription: "The catalog item requires the provisioning context key 'duration'." }],
    ['provisioning value not allowed', riLineItem({ provisioningContext: { duration: '5Years', scope: 'shared', subscriptionId: 'b35d5324-df8e-4306-9023-6edac2d4896c' } }), { errorCode: 10010, errorDescription: "The provisioning context value '5Years' for key 'duration' is not valid. Supported values: 1Year, 3Years." }],
    ['provisioning subscription not a GUID', riLineItem({ provisioningContext: { duration: '3Years', scope: 'single', subscriptionId: 'abc' } }), { errorCode: 10010, errorDescription: "The provisioning context value 'abc' for key 'subscriptionId' is not valid. Supported values: a GUID." }],
  ])('%s', async (_name, lineItem, error) => {
    const created = await call(sandbox.url, 'POST', carts, { body: { lineItems: [lineItem] } });
    expect(created.status).toBe(201);
    expect(field(created.body, 'lineItems', 0, 'error')).toEqual(error);
    const checkout = await call(sandbox.url, 'POST', `${carts}/${String(field(created.body, 'id'))}/checkout`);
    expect(checkout.status).toBe(400);
    expect(checkout.body).toEqual(partnerFd(800009, 'Error in Cart item(s)'));
  });
});
