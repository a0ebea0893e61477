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

/** A secure string of this module or of another part of pcsh: anything that can reveal its text. */
function secretOf(password: unknown): string | undefined {
  if (typeof password !== 'object' || password === null) return undefined;
  const reveal = (password as { reveal?: unknown }).reveal;
  if (typeof reveal !== 'function') return undefined;
  const text: unknown = reveal.call(password);
  return typeof text === 'string' ? text : undefined;
}

/**
 * Reads a credential bound to a parameter: a {@link PSCredential}, or any PSCredential-typed value with a
 * `UserName` and a `Password` that can `reveal()` its text (so an engine-wide PSCredential binds too).
 */
export function readCredential(value: unknown): { readonly userName: string; readonly secret: string } | undefined {
  let userName: unknown;
  let password: unknown;
  if (value instanceof PSCredential) [userName, password] = [value.userName, value.password];
  else if (value instanceof PSObject && value.typeNames.includes(PSTypes.PSCredential.fullName)) {
    [userName, password] = [value.getProperty('UserName')?.value, value.getProperty('Password')?.value];
  } else if (typeof value === 'object' && value !== null && String(value) === PSTypes.PSCredential.fullName) {
    [userName, password] = [(value as { userName?: unknown }).userName, (value as { password?: unknown }).password];
  }
  const secret = secretOf(password);
  return typeof userName === 'string' && secret !== undefined ? { userName, secret } : undefined;
}

/** The PSTypeInfo of `-Credential`: only credentials bind (pwsh cannot convert anything else to one). */
export const PSCredentialType: PSTypeInfo = {
  ...PSTypes.PSCredential,
  isInstance: (value) => readCredential(value) !== undefined,
};
