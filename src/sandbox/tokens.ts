/**
 * The tokens the sandbox issues: compact JWTs signed with HMAC-SHA256 under a key of the store (kept in
 * `token-key` beside the journal, so tokens outlive a restart; random per process in memory). Clients treat them as
 * opaque, as they must treat Azure AD's; the API routes verify signature, expiry and audience.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Claims the sandbox puts in its tokens. */
export interface TokenClaims {
  readonly [claim: string]: unknown;
  readonly aud: string;
  readonly iss: string;
  readonly iat: number;
  readonly nbf: number;
  readonly exp: number;
  readonly tid: string;
  /** `access`, `refresh` or `id`. */
  readonly typ: string;
}

/** Why a token was refused. */
export type TokenProblem = 'malformed' | 'signature' | 'expired' | 'kind';

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** Signs and checks tokens with one key. */
export class TokenSigner {
  constructor(private readonly key: Buffer) {}

  /** A signer whose key lives in `<directory>/token-key`, created on first use; random when no directory. */
  static forStore(directory: string | undefined): TokenSigner {
    if (directory === undefined) return new TokenSigner(randomBytes(32));
    const path = join(directory, 'token-key');
    if (existsSync(path)) {
      const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
      if (key.length >= 32) return new TokenSigner(key);
    }
    const key = randomBytes(32);
    writeFileSync(path, key.toString('base64'), { mode: 0o600 });
    return new TokenSigner(key);
  }

  private sign(input: string): string {
    return createHmac('sha256', this.key).update(input).digest('base64url');
  }

  /** Issues a signed token with these claims. */
  issue(claims: TokenClaims): string {
    const head = `${base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }))}.${base64url(JSON.stringify(claims))}`;
    return `${head}.${this.sign(head)}`;
  }

  /** Checks a token of the given kind at `nowSeconds`; returns its claims or why it was refused. */
  verify(token: string, kind: string, nowSeconds: number): { ok: true; claims: TokenClaims } | { ok: false; problem: TokenProblem } {
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, problem: 'malformed' };
    const [header = '', payload = '', signature = ''] = parts;
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, problem: 'signature' };
    let claims: unknown;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, problem: 'malformed' };
    }
    if (typeof claims !== 'object' || claims === null) return { ok: false, problem: 'malformed' };
    const record = claims as TokenClaims;
    if (record.typ !== kind) return { ok: false, problem: 'kind' };
    if (typeof record.exp !== 'number' || record.exp <= nowSeconds) return { ok: false, problem: 'expired' };
    return { ok: true, claims: record };
  }
}

/** The `client_info` Azure AD returns with user tokens: base64url JSON `{uid, utid}`; MSAL keys its account by it. */
export function clientInfo(objectId: string, tenantId: string): string {
  return base64url(JSON.stringify({ uid: objectId, utid: tenantId }));
}
