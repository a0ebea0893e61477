/**
 * Connect-PartnerCenter's sign-in flows against the sandbox's token endpoint (MSAL configured with the sandbox's
 * authority metadata, so it makes no discovery request): client credentials, refresh token (public and
 * confidential client), device code (and its cancellation), a plain access token; the token cache file (0600,
 * atomic, used for silent acquisition, refused when others can read it); and a grep of everything every test
 * wrote for the secrets it used.
 * Sources: ConnectPartnerCenter.cs (parameter sets, scopes, default client id), reference partner-center.md §3.9,
 * ecosystem.md §3 (msal-node offline).
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ErrorRecord } from '../../../src/engine/errors.js';
import { Hashtable, PSEnumValue, PSObject } from '../../../src/engine/ps-object.js';
import { signIn } from '../../../src/modules/partner-center/auth/sign-in.js';
import { ConnectPartnerCenter } from '../../../src/modules/partner-center/cmdlets/ConnectPartnerCenter.js';
import { DisconnectPartnerCenter } from '../../../src/modules/partner-center/cmdlets/DisconnectPartnerCenter.js';
import { GetPartnerContext } from '../../../src/modules/partner-center/cmdlets/GetPartnerContext.js';
import { NewPartnerCustomerCart } from '../../../src/modules/partner-center/cmdlets/NewPartnerCustomerCart.js';
import { PSCredential, SecureString } from '../../../src/engine/credential.js';
import { EnvironmentName } from '../../../src/modules/partner-center/models/enums.js';
import { newPSCartLineItem } from '../../../src/modules/partner-center/models/cart-line-item.js';
import { sandboxMsalAuthority, startSandbox, type SandboxServer } from '../../../src/sandbox/index.js';
import { runCmdlet, TestSession, type CmdletRun } from './cmdlet-harness.js';
import { CUSTOMER } from './fixtures.js';

const PC = 'https://api.partnercenter.microsoft.com';

let sandbox: SandboxServer;
let home: string;
let session: TestSession;
const runs: CmdletRun[] = [];
const homes: string[] = [];

const prop = (value: unknown, name: string): unknown => (value as PSObject).getProperty(name)?.value;
const sandboxEnv = (): PSEnumValue => PSEnumValue.parse(EnvironmentName, 'Sandbox') as PSEnumValue;

async function connect(parameters: Record<string, unknown>, parameterSetName: string, signal?: AbortSignal): Promise<CmdletRun> {
  const run = await runCmdlet(
    ConnectPartnerCenter,
    { Environment: sandboxEnv(), Endpoint: sandbox.url, ...parameters },
    { session, parameterSetName, ...(signal === undefined ? {} : { signal }) },
  );
  runs.push(run);
  return run;
}

function servicePrincipal(secret = sandbox.identity.application.clientSecret): Record<string, unknown> {
  return {
    Credential: new PSCredential(sandbox.identity.application.clientId, new SecureString(secret)),
    Tenant: sandbox.identity.tenantId,
    ServicePrincipal: true,
  };
}

async function createCart(): Promise<CmdletRun> {
  const item = newPSCartLineItem({
    BillingCycle: 'OneTime',
    CatalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB',
    Quantity: 1,
    ProvisioningContext: Hashtable.from([['duration', '1Year'], ['scope', 'shared'], ['subscriptionId', 'b35d5324-df8e-4306-9023-6edac2d4896c']]),
  });
  const run = await runCmdlet(NewPartnerCustomerCart, { CustomerId: CUSTOMER, LineItems: [item] }, { session });
  runs.push(run);
  return run;
}

const cachePath = (): string => join(home, 'token-cache.json');

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, auth: { deviceCodeIntervalSeconds: 1, deviceCodePendingPolls: 1 } });
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'pcsh-auth-'));
  homes.push(home);
  process.env['PCSH_HOME'] = home;
  session = new TestSession();
});
afterEach(async () => {
  await session.close();
  sandbox.setFaults({});
});

describe('client credentials (-ServicePrincipal)', () => {
  it('connects, creates a cart with the token, and caches it in a 0600 file without the secret', async () => {
    const run = await connect(servicePrincipal(), 'ServicePrincipal');
    expect(run.errors).toEqual([]);
    const context = run.output[0] as PSObject;
    expect(context.typeNames[0]).toBe('Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.PartnerContext');
    expect(context.properties.map((p) => p.name)).toEqual(['Account', 'CountryCode', 'Environment', 'ExtendedProperties', 'Locale']);
    const account = prop(context, 'Account') as PSObject;
    expect(account.properties.map((p) => p.name)).toEqual(['ExtendedProperties', 'Identifier', 'ObjectId', 'Tenant', 'Type']);
    expect([String(prop(account, 'Type')), prop(account, 'Tenant')]).toEqual(['ServicePrincipal', sandbox.identity.tenantId]);
    expect([...(prop(account, 'ExtendedProperties') as Hashtable)]).toEqual([
      ['ApplicationId', sandbox.identity.application.clientId],
      ['Scope', `${PC}/.default`],
    ]);
    expect(String(prop(prop(context, 'Environment'), 'EnvironmentName'))).toBe('Sandbox');

    const cart = await createCart();
    expect(cart.errors).toEqual([]);
    expect(cart.warnings).toEqual([]); // connected: no sandbox warning
    expect(prop(cart.output[0], 'Status')).toBe('Active');

    expect(statSync(cachePath()).mode & 0o777).toBe(0o600);
    expect(statSync(home).mode & 0o077).toBe(0); // the directory pcsh created is private too
    const cache = readFileSync(cachePath(), 'utf8');
    expect(cache).not.toContain(sandbox.identity.application.clientSecret);
    expect(Object.keys((JSON.parse(cache) as { AccessToken: object }).AccessToken)).toHaveLength(1);
    expect(readdirSync(home).filter((f) => f.endsWith('.tmp'))).toEqual([]); // the atomic write left no temporary file
  });

  it('accepts -ApplicationId with the same id as -Credential (the issue\'s command line)', async () => {
    const run = await connect({ ...servicePrincipal(), ApplicationId: sandbox.identity.application.clientId.toUpperCase() }, 'ServicePrincipal');
    expect(run.errors).toEqual([]);
    expect(run.output).toHaveLength(1);
  });

  it('refuses an -ApplicationId that is not the credential\'s', async () => {
    const other = 'f0a1b2c3-d4e5-4f60-8a1b-2c3d4e5f6a7b';
    const run = await connect({ ...servicePrincipal(), ApplicationId: other }, 'ServicePrincipal');
    expect(run.errors[0]?.fullyQualifiedErrorId).toBe('ApplicationIdMismatch,Microsoft.Store.PartnerCenter.PowerShell.Commands.ConnectPartnerCenter');
    expect(run.errors[0]?.message).toBe(
      `The -ApplicationId ${other} differs from the user name of -Credential (${sandbox.identity.application.clientId}), which is the application id of a service principal. Give the same application id to both, or leave out -ApplicationId.`,
    );
  });

  it('a wrong secret: SignInFailed, with the secret nowhere in the error', async () => {
    const wrong = 'wrong-secret-value-1234';
    const run = await connect(servicePrincipal(wrong), 'ServicePrincipal');
    const [error] = run.errors;
    expect(error?.fullyQualifiedErrorId).toBe('SignInFailed,Microsoft.Store.PartnerCenter.PowerShell.Commands.ConnectPartnerCenter');
    expect(error?.category).toBe('AuthenticationError');
    expect(error?.message).toMatch(/^Sign-in to Partner Center failed: /);
    expect(error?.errorDetails?.recommendedAction).toBe(
      'Check the application id, the secret or token, the tenant and the environment, then run Connect-PartnerCenter again.',
    );
    expect(JSON.stringify([error?.message, error?.exception.message])).not.toContain(wrong);
    expect(await runCmdlet(GetPartnerContext, {}, { session })).toMatchObject({ output: [] });
  });

  it('a second sign-in is answered from the cache file (the token endpoint is down)', async () => {
    expect((await connect(servicePrincipal(), 'ServicePrincipal')).errors).toEqual([]);
    await session.close();
    session = new TestSession();
    sandbox.setFaults({ routes: { token: { rate500: 1 } } });
    const run = await connect(servicePrincipal(), 'ServicePrincipal');
    expect(run.errors).toEqual([]);
    expect(run.output).toHaveLength(1);
  });

  it('refuses a cache file others can read', async () => {
    writeFileSync(cachePath(), '{}', { mode: 0o644 });
    chmodSync(cachePath(), 0o644);
    const run = await connect(servicePrincipal(), 'ServicePrincipal');
    const [error] = run.errors;
    expect(error?.fullyQualifiedErrorId).toBe('TokenCacheTooOpen,Microsoft.Store.PartnerCenter.PowerShell.Commands.ConnectPartnerCenter');
    expect(error?.message).toBe(`The token cache ${cachePath()} can be read by other users. Run "chmod 600 ${cachePath()}" and try again.`);
  });
});

describe('refresh token, device code, access token', () => {
  it('-RefreshToken with a public client: a User account, and carts work through silent acquisition', async () => {
    const run = await connect({ ApplicationId: sandbox.identity.publicClientIds[0], RefreshToken: sandbox.identity.refreshToken }, 'RefreshToken');
    expect(run.errors).toEqual([]);
    const account = prop(run.output[0], 'Account');
    expect([String(prop(account, 'Type')), prop(account, 'ObjectId'), prop(account, 'Tenant')]).toEqual(['User', sandbox.identity.user.objectId, sandbox.identity.tenantId]);
    expect(prop(account, 'Identifier')).toBe(`${sandbox.identity.user.objectId}.${sandbox.identity.tenantId}`);
    expect((prop(account, 'ExtendedProperties') as Hashtable).get('Scope')).toBe(`${PC}/user_impersonation`);
    expect((await createCart()).errors).toEqual([]);
  });

  it('-RefreshToken with -Credential (a web application)', async () => {
    const credential = new PSCredential(sandbox.identity.application.clientId, new SecureString(sandbox.identity.application.clientSecret));
    const run = await connect({ ApplicationId: sandbox.identity.application.clientId, Credential: credential, RefreshToken: sandbox.identity.refreshToken }, 'RefreshToken');
    expect(run.errors).toEqual([]);
    expect((prop(prop(run.output[0], 'Account'), 'ExtendedProperties') as Hashtable).get('ApplicationId')).toBe(sandbox.identity.application.clientId);
    expect((await createCart()).errors).toEqual([]);
  });

  it('-UseDeviceAuthentication prints MSAL\'s message as a warning and connects', async () => {
    const run = await connect({ UseDeviceAuthentication: true }, 'User');
    expect(run.errors).toEqual([]);
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]).toMatch(/code/i);
    const account = prop(run.output[0], 'Account');
    expect(String(prop(account, 'Type'))).toBe('User');
    expect((prop(account, 'ExtendedProperties') as Hashtable).get('UseDeviceAuth')).toBe('true');
    expect((prop(account, 'ExtendedProperties') as Hashtable).get('ApplicationId')).toBe('04b07795-8ddb-461a-bbee-02f9e1bf7b46');
    expect((await createCart()).errors).toEqual([]); // later tokens come silently from the cache
  });

  it('Ctrl+C during the device-code wait stops quietly', async () => {
    const controller = new AbortController();
    const pending = connect({}, 'User', controller.signal);
    setTimeout(() => controller.abort(), 300);
    const run = await pending;
    expect([run.output, run.errors]).toEqual([[], []]);
  });

  it('-AccessToken: the token is used as given', async () => {
    const run = await connect({ AccessToken: sandbox.identity.localToken }, 'AccessToken');
    expect(String(prop(prop(run.output[0], 'Account'), 'Type'))).toBe('AccessToken');
    expect((await createCart()).errors).toEqual([]);
    expect(existsSync(cachePath())).toBe(false); // no MSAL, no cache
  });
});

describe('parameter checks and the session\'s context', () => {
  it.each([
    ['-Endpoint without -Environment Sandbox', { Environment: PSEnumValue.parse(EnvironmentName, 'AzureCloud'), Endpoint: 'http://127.0.0.1:1', AccessToken: 't' }, 'AccessToken', 'EndpointRequiresSandbox', 'The -Endpoint parameter applies only to -Environment Sandbox. Remove -Endpoint, or add -Environment Sandbox to use the sandbox at http://127.0.0.1:1.'],
    ['an -Endpoint that is not a URL', { Endpoint: 'localhost:5000', AccessToken: 't' }, 'AccessToken', 'InvalidEndpoint', 'The endpoint localhost:5000 is not an http or https URL. Give the address the sandbox printed when it started, such as http://127.0.0.1:5000.'],
    ['-CertificateThumbprint', { ApplicationId: 'd3a43c54-5a4d-44ff-abf4-6f630d391750', CertificateThumbprint: 'AB12', Tenant: 't' }, 'ServicePrincipalCertificate', 'CertificateSignInNotSupported', 'Signing in with -CertificateThumbprint needs the Windows certificate store, which pcsh does not have. Use -Credential with the application id and a client secret instead.'],
  ])('%s', async (_name, parameters, set, errorId, message) => {
    const run = await connect(parameters, set);
    expect(run.errors.map((e) => [e.fullyQualifiedErrorId, e.message])).toEqual([[`${errorId},Microsoft.Store.PartnerCenter.PowerShell.Commands.ConnectPartnerCenter`, message]]);
  });

  it('Get-PartnerContext shows the connection until Disconnect-PartnerCenter', async () => {
    expect((await runCmdlet(GetPartnerContext, {}, { session })).output).toEqual([]);
    await connect(servicePrincipal(), 'ServicePrincipal');
    const shown = await runCmdlet(GetPartnerContext, {}, { session });
    runs.push(shown);
    expect(shown.output).toHaveLength(1);
    const whatIf = await runCmdlet(DisconnectPartnerCenter, {}, { session, whatIf: true });
    expect(whatIf.host).toEqual(['What if: Performing the operation "Disconnect-PartnerCenter" on target "Disconnects the current session from Partner Center.".']);
    expect((await runCmdlet(GetPartnerContext, {}, { session })).output).toHaveLength(1);
    await runCmdlet(DisconnectPartnerCenter, {}, { session });
    expect((await runCmdlet(GetPartnerContext, {}, { session })).output).toEqual([]);
  });

  it('signIn itself needs no discovery: the authority metadata is enough', async () => {
    const signedIn = await signIn(
      { kind: 'ServicePrincipal', clientId: sandbox.identity.application.clientId, clientSecret: sandbox.identity.application.clientSecret },
      { authority: sandboxMsalAuthority(sandbox.url), resource: PC, cachePath: undefined },
    );
    expect(signedIn.account.type).toBe('ServicePrincipal');
    expect(await signedIn.accessToken()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });
});

/** Every string reachable from a value a test saw: objects, records and their exceptions. */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, seen));
  if (value instanceof PSObject) return value.properties.flatMap((p) => [p.name, ...strings(p.value, seen)]);
  if (value instanceof Hashtable) return [...value].flatMap(([k, v]) => [...strings(k, seen), ...strings(v, seen)]);
  if (value instanceof ErrorRecord) {
    return [value.message, value.fullyQualifiedErrorId, value.categoryInfo.getMessage(), ...strings(value.errorDetails, seen), ...strings(value.targetObject, seen), ...strings(value.exception, seen)];
  }
  if (value instanceof Error) return [value.message, ...Object.values(value).flatMap((v) => strings(v, seen))];
  return Object.values(value).flatMap((v) => strings(v, seen));
}

describe('secrets', () => {
  it('no stream, error or file but the cache holds a secret used by these tests', () => {
    const issued = homes
      .filter((h) => existsSync(join(h, 'token-cache.json')))
      .flatMap((h) => {
        const cache = JSON.parse(readFileSync(join(h, 'token-cache.json'), 'utf8')) as Record<string, Record<string, { secret?: string }>>;
        return Object.values(cache).flatMap((section) => Object.values(section).map((entry) => entry.secret));
      })
      .filter((s): s is string => typeof s === 'string' && s.length > 8);
    expect(issued.length).toBeGreaterThan(0);
    const secrets = [sandbox.identity.application.clientSecret, sandbox.identity.refreshToken, sandbox.identity.localToken, 'wrong-secret-value-1234', ...issued];
    const written = runs.flatMap((run) => [...strings(run.output), ...strings(run.errors), ...run.warnings, ...run.verbose, ...run.debug, ...run.host]);
    const files = homes.flatMap((h) =>
      readdirSync(h, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name !== 'token-cache.json')
        .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8')),
    );
    for (const secret of secrets) {
      expect(written.filter((text) => text.includes(secret))).toEqual([]);
      expect(files.filter((text) => text.includes(secret))).toEqual([]);
    }
  });
});
