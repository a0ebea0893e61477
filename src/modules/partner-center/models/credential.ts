/**
 * PSCredential and SecureString, as far as Connect-PartnerCenter needs them: a user name (the application id)
 * and a secret that never prints. pwsh's types live in System.Management.Automation; pcsh's engine has none
 * yet, so the module carries this minimal pair (the lead may move it into src/engine unchanged).
 */
import { PSObject } from '../../../engine/ps-object.js';
import { PSTypes, type PSTypeInfo } from '../../../engine/type-info.js';

/** A secret string. Its string form is its type name, as in pwsh, so it never reaches a stream by accident. */
export class SecureString {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The secret itself; only sign-in code calls this. */
  reveal(): string {
    return this.#value;
  }

  get length(): number {
    return this.#value.length;
  }

  toString(): string {
    return 'System.Security.SecureString';
  }

  toJSON(): string {
    return 'System.Security.SecureString';
  }
}

/** A user name and a {@link SecureString} password. */
export class PSCredential {
  constructor(
    readonly userName: string,
    readonly password: SecureString,
  ) {}

  toString(): string {
    return 'System.Management.Automation.PSCredential';
  }
}

/** Reads a credential bound to a parameter: a {@link PSCredential}, or a PSObject shaped like one. */
export function readCredential(value: unknown): { readonly userName: string; readonly secret: string } | undefined {
  if (value instanceof PSCredential) return { userName: value.userName, secret: value.password.reveal() };
  if (value instanceof PSObject && value.typeNames[0] === PSTypes.PSCredential.fullName) {
    const userName = value.getProperty('UserName')?.value;
    const password = value.getProperty('Password')?.value;
    if (typeof userName === 'string' && password instanceof SecureString) return { userName, secret: password.reveal() };
  }
  return undefined;
}

/** The PSTypeInfo of `-Credential`: only credentials bind (pwsh cannot convert anything else to one). */
export const PSCredentialType: PSTypeInfo = {
  ...PSTypes.PSCredential,
  isInstance: (value) => readCredential(value) !== undefined,
};
