/**
 * The sandbox's route table: the Partner Center API routes, the Azure AD (OAuth2) routes MSAL needs, and the
 * admin routes under `/_sandbox/`. Matching ignores the case of literal segments and a trailing slash, as the
 * service does (its own PUT example ends in `/`).
 */

/** Which part of the sandbox answers a route. */
export type RouteArea = 'api' | 'oauth' | 'admin';

/** The route names, used by handlers and by per-route fault plans. */
export type RouteName =
  | 'createCart'
  | 'getCart'
  | 'updateCart'
  | 'checkoutCart'
  | 'createCustomer'
  | 'getCustomer'
  | 'listOrders'
  | 'getOrder'
  | 'openidConfiguration'
  | 'instanceDiscovery'
  | 'keys'
  | 'token'
  | 'deviceCode'
  | 'deviceLogin'
  | 'getFaults'
  | 'setFaults'
  | 'clearFaults'
  | 'health';

/** One route. */
export interface RouteDefinition {
  readonly name: RouteName;
  readonly area: RouteArea;
  readonly method: string;
  readonly template: string;
}

/** A matched request. */
export interface RouteMatch {
  readonly route: RouteDefinition;
  readonly params: Readonly<Record<string, string>>;
}

const DEFINITIONS: readonly RouteDefinition[] = [
  { name: 'createCart', area: 'api', method: 'POST', template: '/v1/customers/{customer-id}/carts' },
  { name: 'getCart', area: 'api', method: 'GET', template: '/v1/customers/{customer-id}/carts/{cart-id}' },
  { name: 'updateCart', area: 'api', method: 'PUT', template: '/v1/customers/{customer-id}/carts/{cart-id}' },
  { name: 'checkoutCart', area: 'api', method: 'POST', template: '/v1/customers/{customer-id}/carts/{cart-id}/checkout' },
  { name: 'createCustomer', area: 'api', method: 'POST', template: '/v1/customers' },
  { name: 'getCustomer', area: 'api', method: 'GET', template: '/v1/customers/{customer-id}' },
  { name: 'listOrders', area: 'api', method: 'GET', template: '/v1/customers/{customer-id}/orders' },
  { name: 'getOrder', area: 'api', method: 'GET', template: '/v1/customers/{customer-id}/orders/{order-id}' },
  { name: 'openidConfiguration', area: 'oauth', method: 'GET', template: '/{tenant}/v2.0/.well-known/openid-configuration' },
  { name: 'openidConfiguration', area: 'oauth', method: 'GET', template: '/{tenant}/.well-known/openid-configuration' },
  { name: 'instanceDiscovery', area: 'oauth', method: 'GET', template: '/{tenant}/discovery/instance' },
  { name: 'keys', area: 'oauth', method: 'GET', template: '/{tenant}/discovery/v2.0/keys' },
  { name: 'keys', area: 'oauth', method: 'GET', template: '/{tenant}/discovery/keys' },
  { name: 'token', area: 'oauth', method: 'POST', template: '/{tenant}/oauth2/v2.0/token' },
  { name: 'token', area: 'oauth', method: 'POST', template: '/{tenant}/oauth2/token' },
  { name: 'deviceCode', area: 'oauth', method: 'POST', template: '/{tenant}/oauth2/v2.0/devicecode' },
  { name: 'deviceCode', area: 'oauth', method: 'POST', template: '/{tenant}/oauth2/devicecode' },
  { name: 'deviceLogin', area: 'oauth', method: 'GET', template: '/devicelogin' },
  { name: 'getFaults', area: 'admin', method: 'GET', template: '/_sandbox/faults' },
  { name: 'setFaults', area: 'admin', method: 'POST', template: '/_sandbox/faults' },
  { name: 'setFaults', area: 'admin', method: 'PUT', template: '/_sandbox/faults' },
  { name: 'clearFaults', area: 'admin', method: 'DELETE', template: '/_sandbox/faults' },
  { name: 'health', area: 'admin', method: 'GET', template: '/_sandbox/health' },
];

interface CompiledRoute {
  readonly route: RouteDefinition;
  readonly segments: readonly (string | { readonly param: string })[];
}

const COMPILED: readonly CompiledRoute[] = DEFINITIONS.map((route) => ({
  route,
  segments: route.template
    .split('/')
    .slice(1)
    .map((segment) => (segment.startsWith('{') ? { param: segment.slice(1, -1) } : segment.toLowerCase())),
}));

/** Every route, for documentation and tests. */
export function routeDefinitions(): readonly RouteDefinition[] {
  return DEFINITIONS;
}

function matchSegments(compiled: CompiledRoute, segments: readonly string[]): Record<string, string> | undefined {
  if (compiled.segments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, expected] of compiled.segments.entries()) {
    const actual = segments[index] ?? '';
    if (typeof expected === 'string') {
      if (actual.toLowerCase() !== expected) return undefined;
    } else {
      if (actual === '') return undefined;
      params[expected.param] = actual;
    }
  }
  return params;
}

/**
 * Finds the route of a request. Returns the match, the methods the path allows (for a 405), or undefined for an
 * unknown path. A path under `/v1/` is never read as an Azure AD tenant.
 */
export function matchRoute(method: string, pathname: string): RouteMatch | { readonly allowed: readonly string[] } | undefined {
  const segments = pathname.replace(/\/+$/, '').split('/').slice(1);
  let decoded: string[];
  try {
    decoded = segments.map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
  const allowed: string[] = [];
  for (const compiled of COMPILED) {
    const params = matchSegments(compiled, decoded);
    if (params === undefined) continue;
    if (compiled.route.area === 'oauth' && (decoded[0] ?? '').toLowerCase() === 'v1') continue;
    if (compiled.route.method === method) return { route: compiled.route, params };
    allowed.push(compiled.route.method);
  }
  return allowed.length > 0 ? { allowed: [...new Set(allowed)] } : undefined;
}
