// Sign-in: the Azure AD endpoints over raw HTTP (bodies and AADSTS codes), then msal-node itself against the sandbox
// with the fake https authority + authorityMetadata (reference/ecosystem.md §3), and the tokens on the API routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '../../src/sandbox/api-auth.js';
import { isLoopbackAddress } from '../../src/sandbox/identity.js';
import { TokenSigner } from '../../src/sandbox/tokens.js';
import { SANDBOX_IDENTITY, sandboxMsalAuthority, startSandbox, type SandboxServer } from '../../src/sandbox/index.js';
import { call, CUSTOMER_ID, field, partnerFd, riLineItem } from './sandbox-client.js';

let now = Date.parse('2026-06-01T08:00:00Z');
let sandbox: SandboxServer;
const PC_DEFAULT_SCOPE = 'https://api.partnercenter.microsoft.com/.default';
const PC_USER_SCOPE = 'https://api.partnercenter.microsoft.com/user_impersonation';

beforeAll(async () => {
  sandbox = await startSandbox({ clock: () => now, auth: { deviceCodeIntervalSeconds: 0.05, deviceCodePendingPolls: 1 } });
});
afterAll(async () => {
  await sandbox.close();
});

function form(values: Record<string, string>): { body: string; headers: Record<string, string>; token: null } {
  return { body: new URLSearchParams(values).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, token: null };
}

function tokenPath(tenant: string = SANDBOX_IDENTITY.tenantId): string {
  return `/${tenant}/oauth2/v2.0/token`;
}

function clientCredentials(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    grant_type: 'client_credentials',
    client_id: SANDBOX_IDENTITY.application.clientId,
    client_secret: SANDBOX_IDENTITY.application.clientSecret,
    scope: PC_DEFAULT_SCOPE,
    ...overrides,
  };
}

describe('token endpoint over HTTP', () => {
  it('client credentials: a Bearer token the API accepts', async () => {
    const result = await call(sandbox.url, 'POST', tokenPath(), form(clientCredentials()));
    expect(result.status).toBe(200);
    expect(Object.keys(result.body as object).sort()).toEqual(['access_token', 'expires_in', 'ext_expires_in', 'token_type']);
    expect(field(result.body, 'token_type')).toBe('Bearer');
    expect(field(result.body, 'expires_in')).toBe(3599);
    const token = String(field(result.body, 'access_token'));
    expect((await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`, { token })).status).toBe(200);
    const cart = await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts`, { token, body: { lineItems: [riLineItem()] } });
    expect(field(cart.body, 'lastModifiedUser')).toBe(sandbox.identity.application.clientId); // app-only: the app id
  });

  it.each([
    ['v1 endpoint with resource', `/organizations/oauth2/token`, { resource: 'https://api.partnercenter.microsoft.com', scope: '' }],
    ['AAD Graph audience (the module’s service-principal scope)', tokenPath(), { scope: 'https://graph.windows.net/.default' }],
    ['tenant by domain', `/pcshsandbox.onmicrosoft.com/oauth2/v2.0/token`, {}],
  ])('client credentials, %s', async (_name, path, overrides) => {
    const result = await call(sandbox.url, 'POST', path, form(clientCredentials(overrides)));
    expect(result.status).toBe(200);
    expect((await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`, { token: String(field(result.body, 'access_token')) })).status).toBe(200);
  });

  it.each([
    ['wrong secret', clientCredentials({ client_secret: 'nope' }), 401, 'invalid_client', 7000215, "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app 'd3a43c54-5a4d-44ff-abf4-6f630d391750'."],
    ['no credential', { grant_type: 'client_credentials', client_id: 'd3a43c54-5a4d-44ff-abf4-6f630d391750', scope: PC_DEFAULT_SCOPE }, 401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."],
    ['unknown application', clientCredentials({ client_id: '11111111-2222-3333-4444-555555555555' }), 400, 'unauthorized_client', 700016, "Application with identifier '11111111-2222-3333-4444-555555555555' was not found in the directory 'pcshsandbox.onmicrosoft.com'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant."],
    ['another resource', clientCredentials({ scope: 'https://management.azure.com/.default' }), 400, 'invalid_resource', 500011, 'The resource principal named https://management.azure.com was not found in the tenant named pcshsandbox.onmicrosoft.com. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.'],
    ['unsupported grant', { grant_type: 'password', client_id: 'x' }, 400, 'unsupported_grant_type', 70003, "The app requested an unsupported grant type 'password'."],
    ['unknown refresh token', { grant_type: 'refresh_token', client_id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', refresh_token: 'abc', scope: PC_USER_SCOPE }, 400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.'],
    ['unknown device code', { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', device_code: 'nope' }, 400, 'invalid_grant', 70000, "The provided value for the input parameter 'device_code' is not valid."],
  ])('%s → Azure AD error', async (_name, values, status, error, code, text) => {
    const result = await call(sandbox.url, 'POST', tokenPath(), form(values));
    expect(result.status).toBe(status);
    expect(field(result.body, 'error')).toBe(error);
    expect(field(result.body, 'error_codes')).toEqual([code]);
    expect(String(field(result.body, 'error_description'))).toMatch(new RegExp(`^AADSTS${code}: ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\r\nTrace ID: `));
  });

  it('an unknown tenant → AADSTS90002', async () => {
    const result = await call(sandbox.url, 'POST', tokenPath('99999999-8888-7777-6666-555555555555'), form(clientCredentials()));
    expect(result.status).toBe(400);
    expect(field(result.body, 'error_codes')).toEqual([90002]);
  });

  it('refresh token: a new refresh token on every exchange, each usable', async () => {
    const first = await call(sandbox.url, 'POST', tokenPath(), form({ grant_type: 'refresh_token', client_id: sandbox.identity.publicClientIds[0] ?? '', refresh_token: sandbox.identity.refreshToken, scope: `${PC_USER_SCOPE} offline_access openid profile` }));
    expect(first.status).toBe(200);
    expect(Object.keys(first.body as object).sort()).toEqual(['access_token', 'client_info', 'expires_in', 'ext_expires_in', 'id_token', 'refresh_token', 'scope', 'token_type']);
    const second = await call(sandbox.url, 'POST', tokenPath(), form({ grant_type: 'refresh_token', client_id: sandbox.identity.publicClientIds[0] ?? '', refresh_token: String(field(first.body, 'refresh_token')), scope: PC_USER_SCOPE }));
    expect(second.status).toBe(200);
    expect(field(second.body, 'refresh_token')).not.toBe(field(first.body, 'refresh_token'));
    const cart = await call(sandbox.url, 'POST', `/v1/customers/${CUSTOMER_ID}/carts`, { token: String(field(second.body, 'access_token')), body: { lineItems: [riLineItem()] } });
    expect(field(cart.body, 'lastModifiedUser')).toBe(sandbox.identity.user.objectId); // app+user: the user
  });

  it('device code: authorization_pending, then tokens', async () => {
    const clientId = sandbox.identity.publicClientIds[0] ?? '';
    const start = await call(sandbox.url, 'POST', `/organizations/oauth2/v2.0/devicecode`, form({ client_id: clientId, scope: `${PC_USER_SCOPE} offline_access` }));
    expect(start.status).toBe(200);
    const userCode = String(field(start.body, 'user_code'));
    expect(field(start.body, 'message')).toBe(`To sign in, use a web browser to open the page ${sandbox.url}/devicelogin and enter the code ${userCode} to authenticate.`);
    const poll = form({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: clientId, device_code: String(field(start.body, 'device_code')) });
    const pending = await call(sandbox.url, 'POST', tokenPath('organizations'), poll);
    expect(pending.status).toBe(400);
    expect(field(pending.body, 'error')).toBe('authorization_pending');
    expect(String(field(pending.body, 'error_description'))).toMatch(/^AADSTS70016: OAuth 2.0 device flow error\. Authorization is pending\. Continue polling\.\r\n/);
    const done = await call(sandbox.url, 'POST', tokenPath('organizations'), poll);
    expect(done.status).toBe(200);
    expect((await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`, { token: String(field(done.body, 'access_token')) })).status).toBe(200);
  });

  it('openid-configuration carries the fields MSAL requires', async () => {
    const result = await call(sandbox.url, 'GET', `/${sandbox.identity.tenantId}/v2.0/.well-known/openid-configuration`, { token: null });
    expect(result.status).toBe(200);
    for (const key of ['authorization_endpoint', 'token_endpoint', 'issuer', 'jwks_uri']) expect(typeof field(result.body, key)).toBe('string');
    expect(field(result.body, 'token_endpoint')).toBe(`${sandbox.url}/${sandbox.identity.tenantId}/oauth2/v2.0/token`);
    const discovery = await call(sandbox.url, 'GET', '/common/discovery/instance?api-version=1.1', { token: null });
    expect(field(discovery.body, 'tenant_discovery_endpoint')).toBe(`${sandbox.url}/${sandbox.identity.tenantId}/v2.0/.well-known/openid-configuration`);
  });
});

describe('tokens on the API routes', () => {
  it('an expired token → 401 with the expiry text', async () => {
    const issued = await call(sandbox.url, 'POST', tokenPath(), form(clientCredentials()));
    const token = String(field(issued.body, 'access_token'));
    const saved = now;
    now += 3600 * 1000;
    try {
      const result = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`, { token });
      expect(result.status).toBe(401);
      expect(result.body).toEqual(partnerFd(400, 'Access denied. The access token has expired; acquire a new one.'));
      expect(result.headers['www-authenticate']).toBe(`OAuth realm=urn:cpsvc:cpid:${sandbox.identity.tenantId}`);
    } finally {
      now = saved;
    }
  });

  it('a refresh or ID token is not an access token', async () => {
    const issued = await call(sandbox.url, 'POST', tokenPath(), form({ grant_type: 'refresh_token', client_id: sandbox.identity.publicClientIds[0] ?? '', refresh_token: sandbox.identity.refreshToken, scope: PC_USER_SCOPE }));
    for (const key of ['refresh_token', 'id_token']) {
      const result = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`, { token: String(field(issued.body, key)) });
      expect(result.status).toBe(401);
      expect(result.body).toEqual(partnerFd(400, 'Access denied'));
    }
  });

  it('a token signed by another sandbox is refused', async () => {
    const other = await startSandbox();
    try {
      const issued = await call(other.url, 'POST', tokenPath(), form(clientCredentials()));
      const result = await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`, { token: String(field(issued.body, 'access_token')) });
      expect(result.status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.5', false],
    ['::ffff:192.168.1.2', false],
    ['fe80::1', false],
    [undefined, false],
  ])('the local token from %s: accepted = %s', (address, accepted) => {
    expect(isLoopbackAddress(address)).toBe(accepted);
    const principal = authenticate(`Bearer ${sandbox.identity.localToken}`, address, sandbox.identity, TokenSigner.forStore(undefined), 0);
    expect('status' in principal).toBe(!accepted);
  });
});

async function publicClient(): Promise<import('@azure/msal-node').PublicClientApplication> {
  const { PublicClientApplication } = await import('@azure/msal-node');
  const authority = sandboxMsalAuthority(sandbox.url, 'organizations');
  return new PublicClientApplication({ auth: { clientId: sandbox.identity.publicClientIds[0] ?? '', ...authority, knownAuthorities: [...authority.knownAuthorities] } });
}

describe('msal-node against the sandbox (fake https authority, authorityMetadata → http token endpoint)', () => {
  it('client credentials', async () => {
    const { ConfidentialClientApplication } = await import('@azure/msal-node');
    const authority = sandboxMsalAuthority(sandbox.url);
    const app = new ConfidentialClientApplication({
      auth: { clientId: sandbox.identity.application.clientId, clientSecret: sandbox.identity.application.clientSecret, ...authority, knownAuthorities: [...authority.knownAuthorities] },
    });
    const result = await app.acquireTokenByClientCredential({ scopes: [PC_DEFAULT_SCOPE] });
    expect((await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`, { token: result?.accessToken ?? '' })).status).toBe(200);
  });

  it('refresh token (Secure Application Model)', async () => {
    const app = await publicClient();
    const result = await app.acquireTokenByRefreshToken({ refreshToken: sandbox.identity.refreshToken, scopes: [PC_USER_SCOPE] });
    expect(result?.account?.username).toBe(sandbox.identity.user.userPrincipalName);
    expect((await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`, { token: result?.accessToken ?? '' })).status).toBe(200);
  });

  it('device code, through one authorization_pending poll', async () => {
    const app = await publicClient();
    const messages: string[] = [];
    const result = await app.acquireTokenByDeviceCode({ scopes: [PC_USER_SCOPE], deviceCodeCallback: (response) => messages.push(response.message) });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^To sign in, use a web browser to open the page http:\/\/127\.0\.0\.1:\d+\/devicelogin and enter the code [0-9A-F]{9} to authenticate\.$/);
    expect((await call(sandbox.url, 'GET', `/v1/customers/${CUSTOMER_ID}`, { token: result?.accessToken ?? '' })).status).toBe(200);
  });
});
