/**
 * The module's per-session state (pwsh's `PartnerSession.Instance`, but one per host session rather than per
 * process): the connected context, its REST client, and the embedded sandbox used when nobody connected.
 * Cmdlets get it with `sessionState.moduleState('PartnerCenter', () => new PartnerSession())`; the engine calls
 * `dispose()` when the session closes, which stops the sandbox and closes keep-alive connections.
 *
 * Nothing heavy is imported here: the client (got), sign-in (msal) and the sandbox load on first use.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import type { PartnerClient } from './api/client.js';
import { sandboxEnvironment, type PartnerEnvironment } from './auth/environments.js';
import type { SignedInAccount } from './auth/sign-in.js';

/** The name the module's state is kept under. */
export const MODULE_NAME = 'PartnerCenter';

/** `$PCSH_HOME`, default `~/.pcsh`: the token cache and the sandbox store live there. */
export function pcshHome(env: NodeJS.ProcessEnv = process.env): string {
  const home = env['PCSH_HOME'];
  return home !== undefined && home !== '' ? home : join(homedir(), '.pcsh');
}

/** A connection to a Partner Center environment: who is signed in and how to get tokens. */
export interface PartnerConnection {
  readonly environment: PartnerEnvironment;
  readonly account: SignedInAccount;
  /** The tenant asked for (`organizations` when none was given), or the one signed in to. */
  readonly tenant: string;
  /** Non-secret settings shown in the context's ExtendedProperties (`UseDeviceAuth`...). */
  readonly extendedProperties: Readonly<Record<string, string>>;
  readonly accessToken: (signal?: AbortSignal) => Promise<string>;
}

/** A started embedded sandbox and the connection to it. */
export interface EmbeddedSandbox {
  readonly url: string;
  readonly storeDirectory: string | undefined;
  readonly connection: PartnerConnection;
  /** Stops the sandbox if this session started it (a sandbox of another process is left running). */
  close(): Promise<void>;
}

/** The Partner Center state of one host session. */
export class PartnerSession {
  /**
   * MS-CorrelationId: one per session, so the service can tie together everything one script did. Made with the
   * first client, as node:crypto loads with it: loading node:crypto costs milliseconds that -WhatIf must not pay.
   */
  private correlationId: string | undefined;
  private current: PartnerConnection | undefined;
  private clientFor: { connection: PartnerConnection; client: Promise<PartnerClient> } | undefined;
  private sandbox: Promise<EmbeddedSandbox> | undefined;
  private announced = false;

  /** The connection made by Connect-PartnerCenter, if any. */
  get context(): PartnerConnection | undefined {
    return this.current;
  }

  /** Replaces the connection (Connect-PartnerCenter) or clears it (Disconnect-PartnerCenter). */
  setContext(connection: PartnerConnection | undefined): void {
    this.current = connection;
  }

  /**
   * The embedded sandbox, started on first use in `$PCSH_HOME/sandbox`. When another process already serves that
   * store (a `pcsh -Sandbox` running, say), its sandbox is used instead.
   */
  embeddedSandbox(): Promise<EmbeddedSandbox> {
    this.sandbox ??= openEmbeddedSandbox(join(pcshHome(), 'sandbox')).catch((error: unknown) => {
      this.sandbox = undefined; // a later command may try again
      throw error;
    });
    return this.sandbox;
  }

  /**
   * The connection cart cmdlets use: the connected one, else the embedded sandbox's. `announce` is the sandbox
   * the first time a cart command of this session falls back to it, so that command can say so (once).
   */
  async connection(): Promise<{ readonly connection: PartnerConnection; readonly announce: EmbeddedSandbox | undefined }> {
    if (this.current !== undefined) return { connection: this.current, announce: undefined };
    const sandbox = await this.embeddedSandbox();
    const announce = this.announced ? undefined : sandbox;
    this.announced = true;
    return { connection: sandbox.connection, announce };
  }

  /** The REST client of a connection (one per connection, so one keep-alive pool). */
  client(connection: PartnerConnection): Promise<PartnerClient> {
    if (this.clientFor?.connection !== connection) {
      const previous = this.clientFor?.client;
      const client = Promise.all([import('./api/client.js'), import('node:crypto')]).then(([{ PartnerClient }, { randomUUID }]) =>
        PartnerClient.create({
          endpoint: connection.environment.partnerCenterEndpoint,
          accessToken: connection.accessToken,
          correlationId: (this.correlationId ??= randomUUID()),
          userAgent: `pcsh/${packageJson.version} (PartnerCenter; node ${process.version}; ${process.platform})`,
        }),
      );
      this.clientFor = { connection, client };
      void previous?.then((old) => old.close(), () => undefined);
    }
    return this.clientFor.client;
  }

  /** Closes the client's connections and stops the embedded sandbox. */
  async dispose(): Promise<void> {
    const client = this.clientFor?.client;
    this.clientFor = undefined;
    await client?.then((c) => c.close(), () => undefined);
    const sandbox = this.sandbox;
    this.sandbox = undefined;
    await sandbox?.then((s) => s.close(), () => undefined);
  }
}

/** The connection to a sandbox at `url`, with its loopback-only local token: no sign-in needed. */
export function embeddedConnection(url: string, localToken: string): PartnerConnection {
  return {
    environment: sandboxEnvironment(url),
    account: { type: 'AccessToken', applicationId: undefined, objectId: undefined, identifier: undefined, tenantId: undefined, username: undefined, scope: '' },
    tenant: 'organizations',
    extendedProperties: {},
    accessToken: async () => localToken,
  };
}

async function openEmbeddedSandbox(storeDirectory: string): Promise<EmbeddedSandbox> {
  const { startSandbox, SandboxStoreLockedError, SANDBOX_IDENTITY } = await import('../../sandbox/index.js');
  try {
    const server = await startSandbox({ storeDirectory });
    return { url: server.url, storeDirectory, connection: embeddedConnection(server.url, server.identity.localToken), close: () => server.close() };
  } catch (error) {
    // Another live process holds the store and serves it: talk to that sandbox.
    if (error instanceof SandboxStoreLockedError && error.holder.url !== '') {
      const url = error.holder.url;
      return { url, storeDirectory, connection: embeddedConnection(url, SANDBOX_IDENTITY.localToken), close: async () => undefined };
    }
    throw error;
  }
}
