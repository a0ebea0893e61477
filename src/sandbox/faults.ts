/**
 * Fault injection: throttling (429 with Retry-After), 500 and 503, a response delay, and connection resets before
 * the request is processed or after its write is durable. Rates are probabilities drawn from a seeded RNG, so a
 * test with a fixed seed and a fixed request order sees the same faults every run.
 */

/** Faults for all routes or for one route. Rates are probabilities between 0 and 1; their sum must not pass 1. */
export interface FaultSettings {
  /** Share of requests answered 429 `{statusCode, message}` with Retry-After. */
  readonly rate429?: number;
  /** The Retry-After seconds of a 429 (default 1). */
  readonly retryAfterSeconds?: number;
  /** Share answered 500 (PartnerFD 800003). */
  readonly rate500?: number;
  /** Share answered 503. */
  readonly rate503?: number;
  /** Share whose connection is destroyed before anything is processed. */
  readonly resetBeforeRate?: number;
  /** Share processed and made durable, after which the connection is destroyed with no response. */
  readonly resetAfterRate?: number;
  /** Milliseconds to wait before every response (also holds the cart busy, so concurrent checkouts collide). */
  readonly delayMs?: number;
}

/** A fault plan: server-wide settings, per-route overrides, and the RNG seed. */
export interface FaultPlan extends FaultSettings {
  /** Seed of the RNG (default: random). */
  readonly seed?: number;
  /**
   * Overrides by route: the key is a route name (`createCart`, `getCart`, `updateCart`, `checkoutCart`, `getCustomer`,
   * `createCustomer`, `listOrders`, `getOrder`, `token`, `deviceCode`) or its method and template
   * (`POST /v1/customers/{customer-id}/carts`). A route's settings replace the server-wide ones field by field.
   */
  readonly routes?: Readonly<Record<string, FaultSettings>>;
}

/** What happens to one request. */
export interface FaultDecision {
  readonly kind: 'none' | 'throttle' | 'error500' | 'error503' | 'resetBefore' | 'resetAfter';
  readonly delayMs: number;
  readonly retryAfterSeconds: number;
}

const RATE_KEYS = ['rate429', 'rate500', 'rate503', 'resetBeforeRate', 'resetAfterRate'] as const;

/** Mulberry32: a small, fast, seedable PRNG returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function settingsProblem(settings: unknown, where: string): string | undefined {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return `${where} must be an object.`;
  const record = settings as Record<string, unknown>;
  let sum = 0;
  for (const key of RATE_KEYS) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) return `${where}.${key} must be a number from 0 to 1.`;
    sum += value;
  }
  if (sum > 1) return `${where}: the rates add up to ${sum}, more than 1.`;
  for (const key of ['retryAfterSeconds', 'delayMs'] as const) {
    const value = record[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) {
      return `${where}.${key} must be a number of 0 or more.`;
    }
  }
  return undefined;
}

/** Checks a plan that came from outside (admin endpoint, CLI); returns what is wrong, or undefined. */
export function faultPlanProblem(plan: unknown): string | undefined {
  const problem = settingsProblem(plan, 'faults');
  if (problem !== undefined) return problem;
  const record = plan as Record<string, unknown>;
  if (record['seed'] !== undefined && (typeof record['seed'] !== 'number' || !Number.isInteger(record['seed']))) {
    return 'faults.seed must be an integer.';
  }
  const routes = record['routes'];
  if (routes === undefined) return undefined;
  if (typeof routes !== 'object' || routes === null || Array.isArray(routes)) return 'faults.routes must be an object.';
  for (const [name, settings] of Object.entries(routes)) {
    const routeProblem = settingsProblem(settings, `faults.routes["${name}"]`);
    if (routeProblem !== undefined) return routeProblem;
  }
  return undefined;
}

/** Decides the fault of each request from the current plan. */
export class FaultInjector {
  private plan: FaultPlan = {};
  private random: () => number = seededRandom(1);

  constructor(plan: FaultPlan = {}) {
    this.set(plan);
  }

  /** Replaces the plan and reseeds the RNG. */
  set(plan: FaultPlan): void {
    this.plan = plan;
    this.random = seededRandom(plan.seed ?? Math.floor(Math.random() * 2 ** 32));
  }

  /** The current plan. */
  get current(): FaultPlan {
    return this.plan;
  }

  /** Draws the fault of one request to the named route (`key` is its `METHOD /template` form). */
  decide(name: string, key: string): FaultDecision {
    const settings: FaultSettings = { ...this.plan, ...this.plan.routes?.[key], ...this.plan.routes?.[name] };
    const delayMs = settings.delayMs ?? 0;
    const retryAfterSeconds = settings.retryAfterSeconds ?? 1;
    if (RATE_KEYS.every((rateKey) => (settings[rateKey] ?? 0) === 0)) return { kind: 'none', delayMs, retryAfterSeconds };
    const draw = this.random();
    let bound = 0;
    const kinds: readonly [FaultDecision['kind'], number | undefined][] = [
      ['throttle', settings.rate429],
      ['error500', settings.rate500],
      ['error503', settings.rate503],
      ['resetBefore', settings.resetBeforeRate],
      ['resetAfter', settings.resetAfterRate],
    ];
    for (const [kind, rate] of kinds) {
      bound += rate ?? 0;
      if (draw < bound) return { kind, delayMs, retryAfterSeconds };
    }
    return { kind: 'none', delayMs, retryAfterSeconds };
  }
}
