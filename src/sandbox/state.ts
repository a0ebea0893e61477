/**
 * The sandbox's data in memory: customers, carts, orders and the replay table of completed MS-RequestIds.
 * Every change is an {@link JournalEntry}: the store appends it to the journal and applies it here, so loading a
 * snapshot and replaying the journal rebuilds exactly this state. Applying an entry twice is harmless (upserts).
 */
import type { Cart, Customer, Order } from './resources.js';
import { customerResource } from './resources.js';

/** A cart and what the sandbox remembers about its checkout. */
export interface StoredCart {
  readonly customerId: string;
  readonly cart: Cart;
  /** Order groups already turned into orders (a failed group can be checked out again). */
  readonly orderedGroups: readonly string[];
}

/** The outcome of a completed mutating request, replayed for a repeated MS-RequestId. */
export interface ReplayRecord {
  readonly requestId: string;
  /** Method, path and a hash of the body: a reused id with a different request is refused. */
  readonly fingerprint: string;
  readonly status: number;
  readonly body: string;
}

/** One change to the data. */
export type Effect =
  | { readonly kind: 'customer'; readonly customer: Customer }
  | { readonly kind: 'cart'; readonly cart: StoredCart }
  | { readonly kind: 'order'; readonly customerId: string; readonly order: Order };

/** What one mutating request changed, written to the journal as one record. */
export interface JournalEntry {
  readonly effects: readonly Effect[];
  readonly replay?: ReplayRecord;
}

/** The whole state, as written to `snapshot.json`. */
export interface SnapshotData {
  readonly version: 1;
  readonly customers: readonly Customer[];
  readonly carts: readonly StoredCart[];
  readonly orders: readonly { readonly customerId: string; readonly order: Order }[];
  readonly replays: readonly ReplayRecord[];
}

/** Customers every sandbox starts with; the first is the seed help example's customer. */
export const SEEDED_CUSTOMERS: readonly Customer[] = [
  customerResource('46a62ece-10ad-42e5-b3f1-b2ed53e6fc08', 'Contoso', 'contososandbox.onmicrosoft.com'),
  customerResource('dc68e976-86b6-4edb-b195-1b7a4832d8c0', 'Fabrikam', 'fabrikamsandbox.onmicrosoft.com'),
  customerResource('5ba188db-11d1-4614-8620-3e0f0751f08d', 'Tailspin Toys', 'tailspinsandbox.onmicrosoft.com'),
  customerResource('a7da332f-a056-4500-8a71-f1a5615d14da', 'Wingtip Toys', 'wingtipsandbox.onmicrosoft.com'),
];

/** How many completed request ids are remembered; the oldest are forgotten first. */
export const REPLAY_CAPACITY = 10_000;

/** The in-memory data. */
export class SandboxState {
  readonly customers = new Map<string, Customer>();
  readonly carts = new Map<string, StoredCart>();
  private readonly orders = new Map<string, Map<string, Order>>();
  private readonly subscriptions = new Map<string, number>();
  readonly replays = new Map<string, ReplayRecord>();

  constructor() {
    for (const customer of SEEDED_CUSTOMERS) this.customers.set(customer.id, customer);
  }

  /** Applies one journal entry. */
  apply(entry: JournalEntry): void {
    for (const effect of entry.effects) this.applyEffect(effect);
    if (entry.replay !== undefined) {
      this.replays.delete(entry.replay.requestId);
      this.replays.set(entry.replay.requestId, entry.replay);
      if (this.replays.size > REPLAY_CAPACITY) {
        const oldest = this.replays.keys().next();
        if (oldest.done !== true) this.replays.delete(oldest.value);
      }
    }
  }

  private applyEffect(effect: Effect): void {
    switch (effect.kind) {
      case 'customer':
        this.customers.set(effect.customer.id, effect.customer);
        return;
      case 'cart':
        this.carts.set(effect.cart.cart.id, effect.cart);
        return;
      case 'order': {
        let orders = this.orders.get(effect.customerId);
        if (orders === undefined) {
          orders = new Map();
          this.orders.set(effect.customerId, orders);
        }
        if (!orders.has(effect.order.id)) {
          this.subscriptions.set(effect.customerId, this.subscriptionCount(effect.customerId) + effect.order.lineItems.length);
        }
        orders.set(effect.order.id, effect.order);
        return;
      }
    }
  }

  /** A customer's orders, oldest first. */
  ordersOf(customerId: string): readonly Order[] {
    return [...(this.orders.get(customerId)?.values() ?? [])];
  }

  /** One order of a customer. */
  order(customerId: string, orderId: string): Order | undefined {
    return this.orders.get(customerId)?.get(orderId);
  }

  /** Subscriptions a customer has (one per ordered line item). */
  subscriptionCount(customerId: string): number {
    return this.subscriptions.get(customerId) ?? 0;
  }

  /** The state as one serializable value. */
  snapshot(): SnapshotData {
    const orders: { customerId: string; order: Order }[] = [];
    for (const [customerId, byId] of this.orders) for (const order of byId.values()) orders.push({ customerId, order });
    return {
      version: 1,
      customers: [...this.customers.values()],
      carts: [...this.carts.values()],
      orders,
      replays: [...this.replays.values()],
    };
  }

  /** Loads a snapshot over the seeded state. */
  restore(data: SnapshotData): void {
    this.apply({
      effects: [
        ...data.customers.map((customer): Effect => ({ kind: 'customer', customer })),
        ...data.carts.map((cart): Effect => ({ kind: 'cart', cart })),
        ...data.orders.map(({ customerId, order }): Effect => ({ kind: 'order', customerId, order })),
      ],
    });
    for (const replay of data.replays) this.apply({ effects: [], replay });
  }
}
