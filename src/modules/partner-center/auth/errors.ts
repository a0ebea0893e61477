/**
 * The typed errors of sign-in. Their messages never contain a secret: text that comes from MSAL or the token
 * endpoint is scrubbed of every secret the request carried before it is kept.
 */

/** Sign-in failed: the authority refused the credentials, or could not be reached. */
export class SignInError extends Error {
  constructor(
    /** MSAL's or the token endpoint's error code, e.g. `invalid_client`, `invalid_grant`, `network_error`. */
    readonly errorCode: string,
    /** The description, scrubbed of secrets. */
    readonly description: string,
  ) {
    super(description);
    this.name = 'SignInError';
  }
}

/** The user cancelled an interactive sign-in (Ctrl+C during the device-code wait). */
export class SignInCancelledError extends Error {
  constructor() {
    super('Sign-in was cancelled.');
    this.name = 'SignInCancelledError';
  }
}

/** The token cache file can be read by other users, so pcsh will not use it. */
export class TokenCacheTooOpenError extends Error {
  constructor(
    readonly path: string,
    readonly mode: number,
  ) {
    super(`The token cache ${path} can be read by other users.`);
    this.name = 'TokenCacheTooOpenError';
  }
}

/** Replaces every occurrence of each secret in `text` with `[redacted]`. */
export function scrub(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text;
  for (const secret of secrets) if (secret !== undefined && secret.length >= 4) result = result.split(secret).join('[redacted]');
  return result;
}
