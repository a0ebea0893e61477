/**
 * Checks the bearer token of an API request: a token this sandbox issued (signature, expiry, audience), or the
 * local token from a loopback client. A refusal is the service's 401 with `WWW-Authenticate`.
 */
import { AAD_GRAPH_RESOURCE, isLoopbackAddress, PARTNER_CENTER_RESOURCE, type SandboxIdentity } from './identity.js';
import { partnerFdError, PartnerFdErrorCode, PartnerFdStrings, type PartnerFdError } from './service-errors.js';
import type { TokenSigner } from './tokens.js';

/** Who made an accepted request. */
export interface Principal {
  /** The user's object id (app+user tokens and the local token) or the application id (app-only tokens). */
  readonly id: string;
}

/** A refused request: status 401, the body, and the challenge header. */
export interface AuthFailure {
  readonly status: 401;
  readonly body: PartnerFdError;
  readonly wwwAuthenticate: string;
}

/** Checks `Authorization: Bearer …`. */
export function authenticate(
  authorization: string | undefined,
  remoteAddress: string | undefined,
  identity: SandboxIdentity,
  signer: TokenSigner,
  nowSeconds: number,
): Principal | AuthFailure {
  const fail = (code: number, description: string): AuthFailure => ({
    status: 401,
    body: partnerFdError(code, description),
    wwwAuthenticate: `OAuth realm=urn:cpsvc:cpid:${identity.tenantId}`,
  });
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const token = match?.[1];
  if (token === undefined) return fail(PartnerFdErrorCode.PartnerTokenMissing, PartnerFdStrings.PartnerTokenMissing);
  if (token === identity.localToken) {
    return isLoopbackAddress(remoteAddress) ? { id: identity.user.objectId } : fail(PartnerFdErrorCode.AccessDenied, PartnerFdStrings.AccessDenied);
  }
  const checked = signer.verify(token, 'access', nowSeconds);
  if (!checked.ok) {
    const text = checked.problem === 'expired' ? PartnerFdStrings.AccessTokenExpired : PartnerFdStrings.AccessDenied;
    return fail(PartnerFdErrorCode.AccessDenied, text);
  }
  const { aud, oid, appid } = checked.claims;
  if (aud !== PARTNER_CENTER_RESOURCE && aud !== AAD_GRAPH_RESOURCE) return fail(PartnerFdErrorCode.AccessDenied, PartnerFdStrings.AccessDenied);
  const id = typeof oid === 'string' ? oid : typeof appid === 'string' ? appid : identity.user.objectId;
  return { id };
}
