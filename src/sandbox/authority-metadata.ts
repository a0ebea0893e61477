/**
 * MSAL configuration for signing in against a sandbox. MSAL refuses an http authority, so the authority is a fake
 * https host (under `.invalid`, which never resolves) and `authorityMetadata` points its token endpoint at the
 * sandbox's http URL; MSAL then makes no discovery request and POSTs tokens straight to the sandbox. The device-code
 * endpoint MSAL derives from the token endpoint (`…/token` → `…/devicecode`) exists too.
 */
import { SANDBOX_IDENTITY } from './identity.js';

/** The fake authority host. */
export const SANDBOX_AUTHORITY_HOST = 'login.pcsh-sandbox.invalid';

/**
 * An openid-configuration document. `endpointRoot` is where token, keys and device-code requests go (the
 * sandbox's http URL and tenant); `authorityRoot` is where interactive pages would be; `issuer` names the issuer.
 */
export function openidMetadata(endpointRoot: string, authorityRoot: string, issuer: string): Record<string, unknown> {
  return {
    token_endpoint: `${endpointRoot}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${endpointRoot}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['HS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer,
    authorization_endpoint: `${authorityRoot}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${endpointRoot}/oauth2/v2.0/devicecode`,
    end_session_endpoint: `${authorityRoot}/oauth2/v2.0/logout`,
  };
}

/** The `auth` fields of an MSAL configuration (msal-node 7: `authority`, `knownAuthorities`, JSON-string metadata). */
export interface SandboxMsalAuthority {
  readonly authority: string;
  readonly knownAuthorities: readonly string[];
  /** JSON text for `auth.authorityMetadata`. */
  readonly authorityMetadata: string;
  /** JSON text for `auth.cloudDiscoveryMetadata`. */
  readonly cloudDiscoveryMetadata: string;
}

/**
 * Returns the MSAL `auth` settings that sign in against the sandbox at `sandboxUrl` (e.g. `http://127.0.0.1:5000`).
 * `tenant` defaults to the sandbox's partner tenant; `organizations` and `common` work too.
 */
export function sandboxMsalAuthority(sandboxUrl: string, tenant: string = SANDBOX_IDENTITY.tenantId): SandboxMsalAuthority {
  const base = sandboxUrl.replace(/\/+$/, '');
  const authorityRoot = `https://${SANDBOX_AUTHORITY_HOST}/${tenant}`;
  const metadata = openidMetadata(`${base}/${tenant}`, authorityRoot, `https://${SANDBOX_AUTHORITY_HOST}/${SANDBOX_IDENTITY.tenantId}/v2.0`);
  const discovery = {
    tenant_discovery_endpoint: `${authorityRoot}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: SANDBOX_AUTHORITY_HOST, preferred_cache: SANDBOX_AUTHORITY_HOST, aliases: [SANDBOX_AUTHORITY_HOST] }],
  };
  return {
    authority: authorityRoot,
    knownAuthorities: [SANDBOX_AUTHORITY_HOST],
    authorityMetadata: JSON.stringify(metadata),
    cloudDiscoveryMetadata: JSON.stringify(discovery),
  };
}
