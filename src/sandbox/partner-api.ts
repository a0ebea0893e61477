/**
 * The Partner Center API routes: customers, carts (create, get, update, checkout) and orders, with the rules the
 * service applies. Each handler reads the current state synchronously and returns the response plus the effects
 * to commit; the server commits them (journal, then memory) before it answers.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { findCatalogItem } from './catalog.js';
import { canonicalGuid, isGuid, readCartRequest } from './cart-request.js';
import {
  customerResource,
  formatTimestamp,
  link,
  type Cart,
  type CartCheckoutResult,
  type CartLineItem,
  type Order,
  type OrderError,
  type OrderLineItem,
  type ResourceCollection,
} from './resources.js';
import { formatText, partnerFdError, PartnerFdErrorCode, PartnerFdStrings } from './service-errors.js';
import type { Effect, StoredCart } from './state.js';
import type { SandboxStore } from './store.js';

/** Carts expire seven days after creation (create-a-cart: "Carts expire 7 days from the initial creation"). */
export const CART_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** Integration-sandbox limits (test-and-debug.md). */
export const SANDBOX_MAX_CUSTOMERS = 75;
export const SANDBOX_MAX_SUBSCRIPTIONS_PER_CUSTOMER = 5;

/** A handler's answer: status, JSON body, the effects to commit, and what to release once the response is sent. */
export interface ApiOutcome {
  readonly status: number;
  readonly body: unknown;
  readonly effects?: readonly Effect[];
  readonly release?: () => void;
}

/** What a handler is given. */
export interface ApiRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** The user's object id or the application's id, from the token: the cart's `lastModifiedUser`. */
  readonly principalId: string;
}

function error(status: number, code: number, description: string, data: readonly unknown[] = []): ApiOutcome {
  return { status, body: partnerFdError(code, description, data) };
}

/** The API routes over one store. */
export class PartnerApi {
  /** Carts being updated or checked out: a second request meanwhile gets 800064. */
  private readonly busyCarts = new Set<string>();

  constructor(
    private readonly store: SandboxStore,
    private readonly clock: () => number,
  ) {}

  private get state() {
    return this.store.state;
  }

  /** Validates `{customer-id}` and finds the customer; returns the canonical id or the error outcome. */
  private customer(params: Readonly<Record<string, string>>): string | ApiOutcome {
    const raw = params['customer-id'] ?? '';
    if (!isGuid(raw)) return error(400, PartnerFdErrorCode.InvalidInput, formatText(PartnerFdStrings.CustomerIdNotGuid, raw));
    const id = canonicalGuid(raw);
    if (!this.state.customers.has(id)) return error(404, PartnerFdErrorCode.NotFound, formatText(PartnerFdStrings.CustomerNotFound, raw));
    return id;
  }

  /** Finds a live cart of the customer; an expired Active cart is gone, as the service purges it. */
  private cart(customerId: string, params: Readonly<Record<string, string>>): StoredCart | ApiOutcome {
    const raw = params['cart-id'] ?? '';
    if (!isGuid(raw)) return error(400, PartnerFdErrorCode.InvalidInput, formatText(PartnerFdStrings.CartIdNotGuid, raw));
    const stored = this.state.carts.get(canonicalGuid(raw));
    const expired = stored !== undefined && stored.cart.status === 'Active' && Date.parse(stored.cart.expirationTimestamp) <= this.clock();
    if (stored === undefined || stored.customerId !== customerId || expired) {
      return error(404, PartnerFdErrorCode.CartIdNotFound, PartnerFdStrings.CartIdNotFound);
    }
    return stored;
  }

  /** `POST /v1/customers/{customer-id}/carts` → 201 Cart. */
  createCart(request: ApiRequest): ApiOutcome {
    const customerId = this.customer(request.params);
    if (typeof customerId !== 'string') return customerId;
    const parsed = readCartRequest(request.body);
    if (!parsed.ok) return { status: 400, body: parsed.error };
    const now = this.clock();
    const id = randomUUID();
    const cart: Cart = {
      id,
      creationTimestamp: formatTimestamp(now),
      lastModifiedTimestamp: formatTimestamp(now),
      expirationTimestamp: formatTimestamp(now + CART_LIFETIME_MS),
      lastModifiedUser: request.principalId,
      status: 'Active',
      ...(parsed.attestationAccepted === undefined ? {} : { partnerOnRecordAttestationAccepted: parsed.attestationAccepted }),
      lineItems: parsed.lineItems,
      links: { self: link(`/customers/${customerId}/carts/${id}`) },
      attributes: { objectType: 'Cart' },
    };
    return { status: 201, body: cart, effects: [{ kind: 'cart', cart: { customerId, cart, orderedGroups: [] } }] };
  }

  /** `GET /v1/customers/{customer-id}/carts/{cart-id}` → 200 Cart. */
  getCart(request: ApiRequest): ApiOutcome {
    const customerId = this.customer(request.params);
    if (typeof customerId !== 'string') return customerId;
    const stored = this.cart(customerId, request.params);
    return 'cart' in stored ? { status: 200, body: stored.cart } : stored;
  }

  private hold(cartId: string): ApiOutcome | (() => void) {
    if (this.busyCarts.has(cartId)) {
      return error(409, PartnerFdErrorCode.CartProcessedByAnotherRequest, formatText(PartnerFdStrings.CartProcessedByAnotherRequest, cartId));
    }
    this.busyCarts.add(cartId);
    return () => this.busyCarts.delete(cartId);
  }

  /** `PUT /v1/customers/{customer-id}/carts/{cart-id}` → 201 Cart (update-a-cart shows 201). */
  updateCart(request: ApiRequest): ApiOutcome {
    const customerId = this.customer(request.params);
    if (typeof customerId !== 'string') return customerId;
    const stored = this.cart(customerId, request.params);
    if (!('cart' in stored)) return stored;
    const id = stored.cart.id;
    if (stored.cart.status === 'Ordered' || stored.orderedGroups.length > 0) {
      return error(400, PartnerFdErrorCode.InvalidInput, formatText(PartnerFdStrings.CartAlreadyOrdered, id));
    }
    const parsed = readCartRequest(request.body);
    if (!parsed.ok) return { status: 400, body: parsed.error };
    const release = this.hold(id);
    if (typeof release !== 'function') return release;
    const attestation = parsed.attestationAccepted ?? stored.cart.partnerOnRecordAttestationAccepted;
    const cart: Cart = {
      ...stored.cart,
      lastModifiedTimestamp: formatTimestamp(this.clock()),
      lastModifiedUser: request.principalId,
      ...(attestation === undefined ? {} : { partnerOnRecordAttestationAccepted: attestation }),
      lineItems: parsed.lineItems,
    };
    return { status: 201, body: cart, effects: [{ kind: 'cart', cart: { ...stored, cart } }], release };
  }

  /**
   * `POST …/carts/{cart-id}/checkout` → 201 CartCheckoutResult. Each order group becomes one order; a group that
   * would pass the sandbox's five subscriptions per customer is reported in `orderErrors` (800018) and can be
   * checked out again later. The cart turns Ordered once every group is ordered; a later checkout gets 800065.
   */
  checkoutCart(request: ApiRequest): ApiOutcome {
    const customerId = this.customer(request.params);
    if (typeof customerId !== 'string') return customerId;
    const stored = this.cart(customerId, request.params);
    if (!('cart' in stored)) return stored;
    const cart = stored.cart;
    const release = this.hold(cart.id);
    if (typeof release !== 'function') return release;
    const fail = (outcome: ApiOutcome): ApiOutcome => ({ ...outcome, release });
    if (cart.status === 'Ordered') {
      return fail(error(400, PartnerFdErrorCode.CartCheckOutNotAllowedWhenStatusIsOrdered, formatText(PartnerFdStrings.CartCheckOutNotAllowedWhenStatusIsOrdered, cart.id)));
    }
    if (cart.lineItems.some((item) => item.error !== undefined)) {
      return fail(error(400, PartnerFdErrorCode.CartItemErrorInCreateOrder, PartnerFdStrings.CartItemErrorInCreateOrder));
    }
    const now = this.clock();
    const orders: Order[] = [];
    const orderErrors: OrderError[] = [];
    const orderedGroups = [...stored.orderedGroups];
    let subscriptions = this.state.subscriptionCount(customerId);
    for (const group of [...new Set(cart.lineItems.map((item) => item.orderGroup))]) {
      if (orderedGroups.includes(group)) continue;
      const items = cart.lineItems.filter((item) => item.orderGroup === group);
      if (subscriptions + items.length > SANDBOX_MAX_SUBSCRIPTIONS_PER_CUSTOMER) {
        orderErrors.push({ orderGroupId: group, code: PartnerFdErrorCode.SandboxLimitExceeded, description: PartnerFdStrings.SandboxLimitExceeded });
        continue;
      }
      subscriptions += items.length;
      orders.push(buildOrder(customerId, items, now));
      orderedGroups.push(group);
    }
    const allOrdered = cart.lineItems.every((item) => orderedGroups.includes(item.orderGroup));
    const updated: StoredCart = {
      customerId,
      orderedGroups,
      cart: { ...cart, status: allOrdered ? 'Ordered' : 'Active', lastModifiedTimestamp: formatTimestamp(now), lastModifiedUser: request.principalId },
    };
    const result: CartCheckoutResult = { orders, orderErrors, attributes: { objectType: 'CartCheckoutResult' } };
    const effects: Effect[] = [...orders.map((order): Effect => ({ kind: 'order', customerId, order })), { kind: 'cart', cart: updated }];
    return { status: 201, body: result, effects, release };
  }

  /** `GET /v1/customers/{customer-id}` → 200 Customer. */
  getCustomer(request: ApiRequest): ApiOutcome {
    const customerId = this.customer(request.params);
    if (typeof customerId !== 'string') return customerId;
    return { status: 200, body: this.state.customers.get(customerId) };
  }

  /** `POST /v1/customers` → 201 Customer; the 76th customer gets 800018 (sandbox limit). */
  createCustomer(request: ApiRequest): ApiOutcome {
    const body = request.body;
    const profile = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['companyProfile'] : undefined;
    const fields = typeof profile === 'object' && profile !== null ? (profile as Record<string, unknown>) : {};
    const domain = fields['domain'];
    if (typeof domain !== 'string' || domain.trim() === '') {
      return error(400, PartnerFdErrorCode.InvalidInput, PartnerFdStrings.InvalidInput, ['companyProfile.domain is required.']);
    }
    if (this.state.customers.size >= SANDBOX_MAX_CUSTOMERS) {
      return error(400, PartnerFdErrorCode.SandboxLimitExceeded, PartnerFdStrings.SandboxLimitExceeded);
    }
    const name = typeof fields['companyName'] === 'string' ? fields['companyName'] : domain.split('.')[0] ?? domain;
    const customer = customerResource(randomUUID(), name, domain);
    return { status: 201, body: customer, effects: [{ kind: 'customer', customer }] };
  }

  /** `GET /v1/customers/{customer-id}/orders` → 200 collection of orders. */
  listOrders(request: ApiRequest): ApiOutcome {
    const customerId = this.customer(request.params);
    if (typeof customerId !== 'string') return customerId;
    const items = this.state.ordersOf(customerId);
    const collection: ResourceCollection<Order> = {
      totalCount: items.length,
      items,
      links: { self: link(`/customers/${customerId}/orders`) },
      attributes: { objectType: 'Collection' },
    };
    return { status: 200, body: collection };
  }

  /** `GET /v1/customers/{customer-id}/orders/{order-id}` → 200 Order, or 404 20000. */
  getOrder(request: ApiRequest): ApiOutcome {
    const customerId = this.customer(request.params);
    if (typeof customerId !== 'string') return customerId;
    const order = this.state.order(customerId, request.params['order-id'] ?? '');
    return order === undefined ? error(404, PartnerFdErrorCode.OrderIdNotFound, PartnerFdStrings.OrderIdNotFound) : { status: 200, body: order };
  }
}

function productLinks(catalogItemId: string): OrderLineItem['links'] {
  const [product = '', sku = '', availability = ''] = catalogItemId.split(':');
  return {
    product: link(`/products/${product}?country=US`),
    sku: link(`/products/${product}/skus/${sku}?country=US`),
    availability: link(`/products/${product}/skus/${sku}/availabilities/${availability}?country=US`),
  };
}

function orderLineItem(item: CartLineItem, lineItemNumber: number): OrderLineItem {
  const reseller = item.participants?.find((participant) => participant.key === 'transaction_reseller')?.value;
  const additional = item.participants?.filter((participant) => participant.key === 'additional_transaction_reseller').map((participant) => participant.value);
  return {
    lineItemNumber,
    offerId: item.catalogItemId,
    subscriptionId: randomUUID(),
    ...(item.termDuration === undefined ? {} : { termDuration: item.termDuration }),
    transactionType: 'New',
    friendlyName: item.friendlyName ?? findCatalogItem(item.catalogItemId)?.title ?? item.catalogItemId,
    quantity: item.quantity,
    ...(item.provisioningContext === undefined ? {} : { provisioningContext: item.provisioningContext }),
    ...(reseller === undefined ? {} : { partnerIdOnRecord: reseller }),
    ...(additional === undefined || additional.length === 0 ? {} : { additionalPartnerIdsOnRecord: additional }),
    links: productLinks(item.catalogItemId),
  };
}

function buildOrder(customerId: string, items: readonly CartLineItem[], now: number): Order {
  const id = randomBytes(6).toString('hex'); // the checkout example's ids are 12 hex digits ("f76c6b7f449d")
  const first = items[0];
  return {
    id,
    alternateId: id,
    referenceCustomerId: customerId,
    billingCycle: first?.billingCycle ?? 'monthly',
    currencyCode: 'USD',
    currencySymbol: '$',
    lineItems: items.map((item, index) => orderLineItem(item, index)),
    creationDate: formatTimestamp(now),
    status: 'completed',
    transactionType: 'UserPurchase',
    links: {
      self: link(`/customers/${customerId}/orders/${id}`),
      provisioningStatus: link(`/customers/${customerId}/orders/${id}/provisioningstatus`),
      patchOperation: link(`/customers/${customerId}/orders/${id}`, 'PATCH'),
    },
    client: {},
    attributes: { objectType: 'Order' },
  };
}
