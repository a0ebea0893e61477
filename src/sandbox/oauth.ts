/**
 * The Azure AD endpoints msal-node needs to sign in offline: openid-configuration, instance discovery, keys, the
 * token endpoint (client credentials, refresh token, device code) and the device-code endpoint. Error bodies and
 * AADSTS texts are Azure AD's. Device codes are approved by the sandbox itself after a set number of
 * `authorization_pending` polls; they live in memory only.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { openidMetadata } from './authority-metadata.js';
import { AAD_GRAPH_RESOURCE, PARTNER_CENTER_RESOURCE, type SandboxIdentity } from './identity.js';
import { clientInfo, type TokenClaims, type TokenSigner } from './tokens.js';

/** Sign-in settings. */
export interface OAuthSettings {
  /** Seconds between device-code polls that the device-code response asks for (Azure AD says 5). */
  readonly deviceCodeIntervalSeconds: number;
  /** How many polls answer `authorization_pending` before the sign-in completes. */
  readonly deviceCodePendingPolls: number;
  /** Lifetime of access tokens, in seconds. */
  readonly accessTokenLifetimeSeconds: number;
}

/** The default settings: Azure AD's interval and lifetimes, one pending poll. */
export const DEFAULT_OAUTH_SETTINGS: OAuthSettings = { deviceCodeIntervalSeconds: 5, deviceCodePendingPolls: 1, accessTokenLifetimeSeconds: 3599 };

/** A JSON or text answer of an OAuth route. */
export interface OAuthOutcome {
  readonly status: number;
  readonly body: unknown;
  readonly contentType?: string;
}

const REFRESH_LIFETIME_SECONDS = 90 * 24 * 60 * 60; // "refresh tokens expire after 90 days of inactivity"
const DEVICE_CODE_LIFETIME_SECONDS = 900;
const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const IGNORED_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

interface DeviceCode {
  readonly clientId: string;
  readonly resource: string;
  readonly expiresAt: number;
  polls: number;
}

/** The OAuth routes of one sandbox. */
export class OAuthEndpoints {
  private readonly deviceCodes = new Map<string, DeviceCode>();

  constructor(
    private readonly identity: SandboxIdentity,
    private readonly signer: TokenSigner,
    private readonly clock: () => number,
    private readonly settings: OAuthSettings,
  ) {}

  private nowSeconds(): number {
    return Math.floor(this.clock() / 1000);
  }

  private aadError(status: number, error: string, code: number, text: string): OAuthOutcome {
    const traceId = randomUUID();
    const correlationId = randomUUID();
    const timestamp = new Date(this.clock()).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
    return {
      status,
      body: {
        error,
        error_description: `AADSTS${code}: ${text}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
        error_codes: [code],
        timestamp,
        trace_id: traceId,
        correlation_id: correlationId,
      },
    };
  }

  /** True for a tenant segment this sandbox answers for. */
  knowsTenant(tenant: string): boolean {
    const folded = tenant.toLowerCase();
    return ['common', 'organizations', this.identity.tenantId, this.identity.tenantDomain].includes(folded);
  }

  /** The AADSTS90002 answer for an unknown tenant. */
  unknownTenant(tenant: string): OAuthOutcome {
    return this.aadError(
      400,
      'invalid_request',
      90002,
      `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
    );
  }

  /** `GET /{tenant}/v2.0/.well-known/openid-configuration`: the four fields MSAL requires, and more. */
  openidConfiguration(baseUrl: string, tenant: string): OAuthOutcome {
    const root = `${baseUrl}/${tenant}`;
    return { status: 200, body: openidMetadata(root, root, `${baseUrl}/${this.identity.tenantId}/v2.0`) };
  }

  /** `GET /common/discovery/instance`: this host is its own cloud. */
  instanceDiscovery(baseUrl: string): OAuthOutcome {
    const host = new URL(baseUrl).host;
    return {
      status: 200,
      body: {
        tenant_discovery_endpoint: `${baseUrl}/${this.identity.tenantId}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
      },
    };
  }

  /** `GET /{tenant}/discovery/v2.0/keys`: the signing key is symmetric and not published. */
  keys(): OAuthOutcome {
    return { status: 200, body: { keys: [] } };
  }

  /** `GET /devicelogin`: where a device-code message sends the user; sign-in completes by itself. */
  deviceLogin(): OAuthOutcome {
    return {
      status: 200,
      contentType: 'text/plain; charset=utf-8',
      body: 'Partner Center sandbox: device codes are approved automatically; return to your application.\n',
    };
  }

  /** Reads the resource of a v2 `scope` or a v1 `resource` parameter; undefined when it names none. */
  private resourceOf(form: URLSearchParams): string | undefined {
    const resource = form.get('resource');
    if (resource !== null && resource !== '') return resource.replace(/\/+$/, '');
    const scopes = (form.get('scope') ?? '').split(/\s+/).filter((scope) => scope !== '' && !IGNORED_SCOPES.has(scope));
    const first = scopes[0];
    if (first === undefined) return undefined;
    const slash = first.lastIndexOf('/');
    return slash > 'https://'.length ? first.slice(0, slash) : first;
  }

  /** The resource a request asks for (`fallback` when it names none), or Azure AD's AADSTS500011 answer. */
  private resource(form: URLSearchParams, fallback?: string): string | OAuthOutcome {
    const resource = this.resourceOf(form) ?? fallback;
    if (resource === PARTNER_CENTER_RESOURCE || resource === AAD_GRAPH_RESOURCE) return resource;
    return this.aadError(
      400,
      'invalid_resource',
      500011,
      `The resource principal named ${resource ?? ''} was not found in the tenant named ${this.identity.tenantDomain}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
    );
  }

  private unknownClient(clientId: string): OAuthOutcome {
    return this.aadError(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${this.identity.tenantDomain}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    );
  }

  /** Checks the confidential application's credential (secret, or a certificate's client assertion). */
  private checkClientCredential(form: URLSearchParams): OAuthOutcome | undefined {
    const secret = form.get('client_secret');
    const assertion = form.get('client_assertion');
    if (secret === null && (assertion === null || assertion === '')) {
      return this.aadError(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
    }
    if (secret !== null && secret !== this.identity.application.clientSecret) {
      return this.aadError(
        401,
        'invalid_client',
        7000215,
        `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${this.identity.application.clientId}'.`,
      );
    }
    return undefined;
  }

  private accessToken(resource: string, subject: { oid?: string; appid: string; upn?: string }): string {
    const now = this.nowSeconds();
    const claims: TokenClaims = {
      typ: 'access',
      aud: resource,
      iss: `https://sts.windows.net/${this.identity.tenantId}/`,
      iat: now,
      nbf: now,
      exp: now + this.settings.accessTokenLifetimeSeconds,
      tid: this.identity.tenantId,
      appid: subject.appid,
      ...(subject.oid === undefined ? {} : { oid: subject.oid, upn: subject.upn, scp: 'user_impersonation' }),
      ver: '1.0',
    };
    return this.signer.issue(claims);
  }

  /** Tokens for the sandbox user: access, refresh (new on every exchange), ID token and client_info. */
  private userTokens(clientId: string, resource: string): OAuthOutcome {
    const now = this.nowSeconds();
    const user = this.identity.user;
    const refresh = this.signer.issue({
      typ: 'refresh',
      aud: clientId,
      iss: 'pcsh-sandbox',
      iat: now,
      nbf: now,
      exp: now + REFRESH_LIFETIME_SECONDS,
      tid: this.identity.tenantId,
      oid: user.objectId,
      nonce: randomBytes(8).toString('hex'),
    });
    const idToken = this.signer.issue({
      typ: 'id',
      aud: clientId,
      iss: `https://login.microsoftonline.com/${this.identity.tenantId}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      tid: this.identity.tenantId,
      oid: user.objectId,
      sub: user.objectId,
      name: user.displayName,
      preferred_username: user.userPrincipalName,
      ver: '2.0',
    });
    return {
      status: 200,
      body: {
        token_type: 'Bearer',
        scope: `${resource}/user_impersonation`,
        expires_in: this.settings.accessTokenLifetimeSeconds,
        ext_expires_in: this.settings.accessTokenLifetimeSeconds,
        access_token: this.accessToken(resource, { oid: user.objectId, appid: clientId, upn: user.userPrincipalName }),
        refresh_token: refresh,
        id_token: idToken,
        client_info: clientInfo(user.objectId, this.identity.tenantId),
      },
    };
  }

  private isKnownClient(clientId: string): boolean {
    return clientId === this.identity.application.clientId || this.identity.publicClientIds.includes(clientId);
  }

  /** `POST /{tenant}/oauth2/v2.0/devicecode` (and v1 `/oauth2/devicecode`). */
  deviceCode(baseUrl: string, form: URLSearchParams, v1: boolean): OAuthOutcome {
    const clientId = form.get('client_id') ?? '';
    if (!this.isKnownClient(clientId)) return this.unknownClient(clientId);
    const resource = this.resource(form, PARTNER_CENTER_RESOURCE);
    if (typeof resource !== 'string') return resource;
    const deviceCode = randomBytes(24).toString('base64url');
    const userCode = randomBytes(6).toString('hex').toUpperCase().slice(0, 9);
    this.deviceCodes.set(deviceCode, { clientId, resource, expiresAt: this.nowSeconds() + DEVICE_CODE_LIFETIME_SECONDS, polls: 0 });
    const verification = `${baseUrl}/devicelogin`;
    return {
      status: 200,
      body: {
        user_code: userCode,
        device_code: deviceCode,
        [v1 ? 'verification_url' : 'verification_uri']: verification,
        expires_in: DEVICE_CODE_LIFETIME_SECONDS,
        interval: this.settings.deviceCodeIntervalSeconds,
        message: `To sign in, use a web browser to open the page ${verification} and enter the code ${userCode} to authenticate.`,
      },
    };
  }

  /** `POST /{tenant}/oauth2/v2.0/token` (and v1 `/oauth2/token`). */
  token(form: URLSearchParams): OAuthOutcome {
    const grant = form.get('grant_type') ?? '';
    const clientId = form.get('client_id') ?? '';
    switch (grant) {
      case 'client_credentials': {
        if (clientId !== this.identity.application.clientId) return this.unknownClient(clientId);
        const credentialProblem = this.checkClientCredential(form);
        if (credentialProblem !== undefined) return credentialProblem;
        const resource = this.resource(form);
        if (typeof resource !== 'string') return resource;
        return {
          status: 200,
          body: {
            token_type: 'Bearer',
            expires_in: this.settings.accessTokenLifetimeSeconds,
            ext_expires_in: this.settings.accessTokenLifetimeSeconds,
            access_token: this.accessToken(resource, { appid: clientId }),
          },
        };
      }
      case 'refresh_token':
        return this.refreshGrant(form, clientId);
      case DEVICE_CODE_GRANT:
      case 'device_code':
        return this.deviceCodeGrant(form);
      default:
        return this.aadError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grant}'.`);
    }
  }

  private refreshGrant(form: URLSearchParams, clientId: string): OAuthOutcome {
    if (!this.isKnownClient(clientId)) return this.unknownClient(clientId);
    if (clientId === this.identity.application.clientId) {
      const credentialProblem = this.checkClientCredential(form);
      if (credentialProblem !== undefined) return credentialProblem;
    }
    const resource = this.resource(form, PARTNER_CENTER_RESOURCE);
    if (typeof resource !== 'string') return resource;
    const refreshToken = form.get('refresh_token') ?? '';
    if (refreshToken !== this.identity.refreshToken) {
      const checked = this.signer.verify(refreshToken, 'refresh', this.nowSeconds());
      if (!checked.ok && checked.problem === 'expired') {
        return this.aadError(400, 'invalid_grant', 700082, 'The refresh token has expired due to inactivity. The token was issued on a date more than 90.00:00:00 ago.');
      }
      if (!checked.ok) return this.aadError(400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
    }
    return this.userTokens(clientId, resource);
  }

  private deviceCodeGrant(form: URLSearchParams): OAuthOutcome {
    const code = form.get('device_code') ?? form.get('code') ?? '';
    const pending = this.deviceCodes.get(code);
    if (pending === undefined) return this.aadError(400, 'invalid_grant', 70000, 'The provided value for the input parameter \'device_code\' is not valid.');
    if (pending.expiresAt <= this.nowSeconds()) {
      this.deviceCodes.delete(code);
      return this.aadError(400, 'expired_token', 70020, 'The provided value for the input parameter \'device_code\' is not valid. This device code has expired.');
    }
    if (pending.polls < this.settings.deviceCodePendingPolls) {
      pending.polls += 1;
      return this.aadError(400, 'authorization_pending', 70016, 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.');
    }
    this.deviceCodes.delete(code);
    return this.userTokens(pending.clientId, pending.resource);
  }
}
