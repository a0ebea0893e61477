/**
 * The embedded Partner Center sandbox: a local HTTP server that speaks Partner Center's cart REST contract and the
 * Azure AD endpoints MSAL needs, persists to a journal, and fails on request. It knows nothing of PowerShell.
 *
 * Callers import it lazily (`await import('../sandbox/index.js')`); it uses node built-ins only.
 *
 * @example
 * const sandbox = await startSandbox({ port: 0 });            // in memory, ephemeral port
 * await fetch(`${sandbox.url}/v1/customers/46a62ece-10ad-42e5-b3f1-b2ed53e6fc08`,
 *   { headers: { authorization: `Bearer ${sandbox.identity.localToken}` } });
 * await sandbox.close();
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { FaultInjector, faultPlanProblem, type FaultPlan } from './faults.js';
import { SANDBOX_IDENTITY, type SandboxIdentity } from './identity.js';
import { DEFAULT_OAUTH_SETTINGS, OAuthEndpoints, type OAuthSettings } from './oauth.js';
import { PartnerApi } from './partner-api.js';
import { createRequestListener } from './server.js';
import { SandboxStore } from './store.js';
import { TokenSigner } from './tokens.js';

export { sandboxMsalAuthority, SANDBOX_AUTHORITY_HOST, type SandboxMsalAuthority } from './authority-metadata.js';
export { catalogItems, type CatalogItem, type BillingCycle } from './catalog.js';
export { faultPlanProblem, type FaultPlan, type FaultSettings } from './faults.js';
export { PARTNER_CENTER_RESOURCE, SANDBOX_IDENTITY, type SandboxIdentity } from './identity.js';
export { SEEDED_CUSTOMERS } from './state.js';
export { readSandboxLock, SandboxStoreLockedError, type SandboxLockInfo } from './store-lock.js';
export { REPLAY_HEADER } from './server.js';
export type * from './resources.js';
export type { PartnerFdError, GatewayError, CartLineItemError } from './service-errors.js';

/** How to start a sandbox. */
export interface SandboxOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). The local token is accepted from loopback clients only. */
  host?: string;
  /** Directory of the persistent store; absent = in memory. See {@link defaultSandboxStoreDirectory}. */
  storeDirectory?: string;
  /** Milliseconds since the epoch (default Date.now): cart timestamps, expiry and token lifetimes follow it. */
  clock?: () => number;
  /** Faults to inject from the start. */
  faults?: FaultPlan;
  /** Receives warnings (a dropped torn record, a failed write); default: none. */
  log?: (line: string) => void;
  /** Largest request body accepted, in bytes (default 1 MiB); larger ones get 413. */
  bodyLimitBytes?: number;
  /** Sign-in settings (device-code interval and pending polls, access-token lifetime). */
  auth?: Partial<OAuthSettings>;
}

/** A running sandbox. */
export interface SandboxServer {
  /** `http://host:port`, with no trailing slash. */
  readonly url: string;
  readonly port: number;
  /** The store directory, when persistent. */
  readonly storeDirectory: string | undefined;
  /** The tenant, client ids and secrets the sandbox accepts for sign-in (for tests and docs). */
  readonly identity: SandboxIdentity;
  /** Replaces the fault plan (and reseeds its RNG); throws on an invalid plan. */
  setFaults(plan: FaultPlan): void;
  /** Stops listening, ends open connections, writes a snapshot and releases the store. */
  close(): Promise<void>;
}

/** Default maximum body size. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/** `$PCSH_HOME/sandbox`, where PCSH_HOME defaults to `~/.pcsh`. */
export function defaultSandboxStoreDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const home = env['PCSH_HOME'] !== undefined && env['PCSH_HOME'] !== '' ? env['PCSH_HOME'] : join(homedir(), '.pcsh');
  return join(home, 'sandbox');
}

function checkedPlan(plan: FaultPlan): FaultPlan {
  const problem = faultPlanProblem(plan);
  if (problem !== undefined) throw new TypeError(`Invalid fault plan: ${problem}`);
  return plan;
}

/**
 * Starts a sandbox. Rejects with SandboxStoreLockedError when another live process holds the store directory
 * (its URL is in the error), and with the listen error (e.g. EADDRINUSE) when the port is taken.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxServer> {
  const log = options.log ?? (() => undefined);
  const clock = options.clock ?? Date.now;
  const faults = new FaultInjector(checkedPlan(options.faults ?? {}));
  const store = options.storeDirectory === undefined ? SandboxStore.inMemory() : await SandboxStore.open(options.storeDirectory, log);
  const signer = TokenSigner.forStore(options.storeDirectory);
  const identity = SANDBOX_IDENTITY;
  const listener = createRequestListener({
    store,
    api: new PartnerApi(store, clock),
    oauth: new OAuthEndpoints(identity, signer, clock, { ...DEFAULT_OAUTH_SETTINGS, ...options.auth }),
    faults,
    identity,
    signer,
    clock,
    bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
    log,
  });
  const server = createServer({ keepAliveTimeout: 30_000 }, listener);
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  store.setUrl(url);
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    storeDirectory: options.storeDirectory,
    identity,
    setFaults: (plan) => faults.set(checkedPlan(plan)),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => store.close());
      return closing;
    },
  };
}
