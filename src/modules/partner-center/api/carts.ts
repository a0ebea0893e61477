/**
 * The four cart operations of the Partner Center REST API. Each validates what it sends (nothing is sent
 * when the body is not valid) and what it receives (an unexpected shape is an error naming the path).
 */
// Facts: /work/shared/reference/partner-center.md §3.2 (create-a-cart, update-a-cart, checkout-a-cart).
import type { PartnerClient, RequestObserver } from './client.js';
import { RequestValidationError, ResponseValidationError, type RequestInfo } from './errors.js';
import type { CartCheckoutResultResponse, CartRequest, CartResponse } from './models.js';
import { validate, type SchemaName } from './validate.js';

/** `{46a6…}` → `46a6…`: the module accepts braces around a GUID (its ValidatePattern does); the URL has none. */
function idSegment(id: string): string {
  return encodeURIComponent(id.replace(/^\{(.*)\}$/, '$1'));
}

function cartsPath(customerId: string): string {
  return `/v1/customers/${idSegment(customerId)}/carts`;
}

/** Throws a RequestValidationError when `body` is not a cart pcsh may send. */
export async function checkCartRequest(body: CartRequest): Promise<void> {
  const problem = await validate('CartRequest', body);
  if (problem !== undefined) throw new RequestValidationError(problem.path, problem.problem);
}

async function checkResponse<T>(schema: SchemaName, response: { statusCode: number; body: unknown; request: RequestInfo }): Promise<T> {
  const problem = await validate(schema, response.body);
  if (problem !== undefined) throw new ResponseValidationError(response.request, response.statusCode, problem.path, problem.problem);
  return response.body as T;
}

/** `POST /v1/customers/{customer-id}/carts` → the created cart (201). */
export async function createCart(client: PartnerClient, customerId: string, cart: CartRequest, observer?: RequestObserver): Promise<CartResponse> {
  await checkCartRequest(cart);
  return checkResponse<CartResponse>('Cart', await client.send('POST', cartsPath(customerId), cart, observer));
}

/** `GET /v1/customers/{customer-id}/carts/{cart-id}` → the cart. */
export async function getCart(client: PartnerClient, customerId: string, cartId: string, observer?: RequestObserver): Promise<CartResponse> {
  return checkResponse<CartResponse>('Cart', await client.send('GET', `${cartsPath(customerId)}/${idSegment(cartId)}`, undefined, observer));
}

/** `PUT /v1/customers/{customer-id}/carts/{cart-id}` → the updated cart. */
export async function updateCart(
  client: PartnerClient,
  customerId: string,
  cartId: string,
  cart: CartRequest,
  observer?: RequestObserver,
): Promise<CartResponse> {
  await checkCartRequest(cart);
  return checkResponse<CartResponse>('Cart', await client.send('PUT', `${cartsPath(customerId)}/${idSegment(cartId)}`, cart, observer));
}

/** `POST /v1/customers/{customer-id}/carts/{cart-id}/checkout` (no body) → the orders and order errors. */
export async function checkoutCart(client: PartnerClient, customerId: string, cartId: string, observer?: RequestObserver): Promise<CartCheckoutResultResponse> {
  const response = await client.send('POST', `${cartsPath(customerId)}/${idSegment(cartId)}/checkout`, undefined, observer);
  return checkResponse<CartCheckoutResultResponse>('CartCheckoutResult', response);
}
