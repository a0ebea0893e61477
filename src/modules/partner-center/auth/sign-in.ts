/**
 * Sign-in to Partner Center with @azure/msal-node (imported on first use): client credentials, refresh token,
 * device code, or a token the caller already has. Each returns a token source the REST client calls before
 * every request; MSAL answers it from its cache (the file of token-cache.ts) and refreshes expired tokens.
 * Secrets stay in memory and in the cache file: they are scrubbed from every error this module raises.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Commands/ConnectPartnerCenter.cs (scopes, default client id,
// tenant `organizations`) and Authenticators/*.cs (which MSAL call each account type uses).
import type { AccountInfo, AuthenticationResult, Configuration } from '@azure/msal-node';
import { SignInCancelledError, SignInError, TokenCacheTooOpenError, scrub } from './errors.js';

/** What MSAL needs to know about the authority. For the sandbox: a fake https host plus its metadata. */
export interface AuthorityConfig {
  /** e.g. `https://login.microsoftonline.com/contoso.onmicrosoft.com`. */
  readonly authority: string;
  readonly knownAuthorities?: readonly string[];
  /** The openid-configuration as a JSON string, so MSAL makes no discovery request. */
  readonly authorityMetadata?: string;
  /** The instance discovery answer as a JSON string. */
  readonly cloudDiscoveryMetadata?: string;
}

/** How to sign in. */
export type Credentials =
  | { readonly kind: 'AccessToken'; readonly accessToken: string }
  | { readonly kind: 'ServicePrincipal'; readonly clientId: string; readonly clientSecret: string }
  | { readonly kind: 'RefreshToken'; readonly clientId: string; readonly clientSecret?: string; readonly refreshToken: string }
  | { readonly kind: 'DeviceCode'; readonly clientId: string; readonly showMessage: (message: string) => void };

/** Where and for what to sign in. */
export interface SignInOptions {
  readonly authority: AuthorityConfig;
  /** The scopes' resource, e.g. `https://api.partnercenter.microsoft.com`. */
  readonly resource: string;
  /** The token cache file; `undefined` keeps the cache in memory. */
  readonly cachePath: string | undefined;
  /** Cancels a device-code wait (Ctrl+C). */
  readonly signal?: AbortSignal;
}

/** Who signed in; nothing here is secret. */
export interface SignedInAccount {
  readonly type: 'AccessToken' | 'ServicePrincipal' | 'User';
  readonly applicationId: string | undefined;
  /** The user's or application's object id, when known. */
  readonly objectId: string | undefined;
  /** MSAL's home account id (`<oid>.<tid>`), for user accounts. */
  readonly identifier: string | undefined;
  readonly tenantId: string | undefined;
  readonly username: string | undefined;
  readonly scope: string;
}

/** A signed-in session: who, and a source of fresh access tokens. */
export interface SignedIn {
  readonly account: SignedInAccount;
  accessToken(signal?: AbortSignal): Promise<string>;
}

/** The claims of a JWT, read without verifying it (only to describe the account; never trusted). */
function claimsOf(token: string): Readonly<Record<string, unknown>> {
  try {
    const payload = token.split('.')[1];
    if (payload === undefined) return {};
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function claim(claims: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' ? value : undefined;
}

function secretsOf(credentials: Credentials): string[] {
  switch (credentials.kind) {
    case 'AccessToken':
      return [credentials.accessToken];
    case 'ServicePrincipal':
      return [credentials.clientSecret];
    case 'RefreshToken':
      return [credentials.refreshToken, ...(credentials.clientSecret === undefined ? [] : [credentials.clientSecret])];
    case 'DeviceCode':
      return [];
  }
}

/** Turns whatever MSAL threw into a SignInError without secrets (or a cancellation). */
function signInFailure(error: unknown, secrets: readonly string[], signal: AbortSignal | undefined): Error {
  if (signal?.aborted === true) return new SignInCancelledError();
  if (error instanceof SignInError || error instanceof TokenCacheTooOpenError) return error;
  const code = (error as { errorCode?: unknown }).errorCode;
  const message = (error as { errorMessage?: unknown }).errorMessage ?? (error as { message?: unknown }).message;
  return new SignInError(typeof code === 'string' && code !== '' ? code : 'sign_in_failed', scrub(typeof message === 'string' ? message : String(error), secrets));
}

function describeUser(result: AuthenticationResult, clientId: string, scope: string): SignedInAccount {
  const account = result.account;
  return {
    type: 'User',
    applicationId: clientId,
    objectId: account?.localAccountId ?? undefined,
    identifier: account?.homeAccountId ?? undefined,
    tenantId: account?.tenantId ?? (result.tenantId === '' ? undefined : result.tenantId),
    username: account?.username ?? undefined,
    scope,
  };
}

/**
 * Signs in and returns the session. The first token is acquired here, so bad credentials fail now, in
 * Connect-PartnerCenter, rather than in the first cart command.
 */
export async function signIn(credentials: Credentials, options: SignInOptions): Promise<SignedIn> {
  const resource = options.resource.replace(/\/+$/, '');
  if (credentials.kind === 'AccessToken') {
    const claims = claimsOf(credentials.accessToken);
    const token = credentials.accessToken;
    return {
      account: {
        type: 'AccessToken',
        applicationId: claim(claims, 'appid') ?? claim(claims, 'azp'),
        objectId: claim(claims, 'oid'),
        identifier: undefined,
        tenantId: claim(claims, 'tid'),
        username: claim(claims, 'upn') ?? claim(claims, 'preferred_username'),
        scope: `${resource}/user_impersonation`,
      },
      accessToken: async () => token,
    };
  }

  const secrets = secretsOf(credentials);
  const msal = await import('@azure/msal-node');
  const { FileTokenCache } = await import('./token-cache.js');
  const configuration = (clientSecret?: string): Configuration => ({
    auth: {
      clientId: credentials.clientId,
      authority: options.authority.authority,
      ...(clientSecret === undefined ? {} : { clientSecret }),
      ...(options.authority.knownAuthorities === undefined ? {} : { knownAuthorities: [...options.authority.knownAuthorities] }),
      ...(options.authority.authorityMetadata === undefined ? {} : { authorityMetadata: options.authority.authorityMetadata }),
      ...(options.authority.cloudDiscoveryMetadata === undefined ? {} : { cloudDiscoveryMetadata: options.authority.cloudDiscoveryMetadata }),
    },
    ...(options.cachePath === undefined ? {} : { cache: { cachePlugin: new FileTokenCache(options.cachePath) } }),
    system: { loggerOptions: { loggerCallback: () => undefined, piiLoggingEnabled: false, logLevel: msal.LogLevel.Error } },
  });

  try {
    if (credentials.kind === 'ServicePrincipal') {
      // App-only: the `.default` scope of Partner Center. The archived module asked for Azure AD Graph's
      // `.default`, which Microsoft retired in 2023; Partner Center's own resource is the documented audience now.
      const scope = `${resource}/.default`;
      const app = new msal.ConfidentialClientApplication(configuration(credentials.clientSecret));
      const acquire = async (): Promise<AuthenticationResult> => {
        const result = await app.acquireTokenByClientCredential({ scopes: [scope] });
        if (result === null) throw new SignInError('no_token', 'The token endpoint returned no access token.');
        return result;
      };
      const first = await acquire();
      const claims = claimsOf(first.accessToken);
      return {
        account: {
          type: 'ServicePrincipal',
          applicationId: credentials.clientId,
          objectId: claim(claims, 'oid') ?? credentials.clientId,
          identifier: undefined,
          tenantId: first.tenantId === '' ? claim(claims, 'tid') : first.tenantId,
          username: undefined,
          scope,
        },
        accessToken: async () => {
          try {
            return (await acquire()).accessToken;
          } catch (error) {
            throw signInFailure(error, secrets, undefined);
          }
        },
      };
    }

    const scope = `${resource}/user_impersonation`;
    let result: AuthenticationResult | null;
    let silent: (account: AccountInfo) => Promise<AuthenticationResult>;
    if (credentials.kind === 'RefreshToken') {
      const app =
        credentials.clientSecret === undefined
          ? new msal.PublicClientApplication(configuration())
          : new msal.ConfidentialClientApplication(configuration(credentials.clientSecret));
      // forceCache: keep the tokens although the account is new to the cache (MSAL's ADAL-migration case), so
      // later requests refresh silently.
      result = await app.acquireTokenByRefreshToken({ refreshToken: credentials.refreshToken, scopes: [scope], forceCache: true });
      silent = (account) => app.acquireTokenSilent({ account, scopes: [scope] });
    } else {
      const app = new msal.PublicClientApplication(configuration());
      const request = {
        scopes: [scope],
        deviceCodeCallback: (response: { message: string }) => credentials.showMessage(response.message),
        cancel: false,
      };
      // MSAL reads `cancel` before every poll of the token endpoint.
      const onAbort = (): void => {
        request.cancel = true;
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        result = await app.acquireTokenByDeviceCode(request);
      } finally {
        options.signal?.removeEventListener('abort', onAbort);
      }
      silent = (account) => app.acquireTokenSilent({ account, scopes: [scope] });
    }
    if (result === null || result.account === null) throw new SignInError('no_token', 'The token endpoint returned no access token.');
    const account = result.account;
    return {
      account: describeUser(result, credentials.clientId, scope),
      accessToken: async () => {
        try {
          return (await silent(account)).accessToken;
        } catch (error) {
          throw signInFailure(error, secrets, undefined);
        }
      },
    };
  } catch (error) {
    throw signInFailure(error, secrets, options.signal);
  }
}
