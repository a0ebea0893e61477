/**
 * SecureString and PSCredential (System.Security.SecureString, System.Management.Automation.PSCredential):
 * a secret that never prints. Their string forms are their type names, as in pwsh, so a secret cannot reach a
 * stream, a log or JSON by accident; only sign-in code calls `reveal()`.
 */
import { PSObject } from './ps-object.js';

/** A secret string. */
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

/** A user name and a {@link SecureString} password, with pwsh's properties `UserName` and `Password`. */
export class PSCredential extends PSObject {
  constructor(userName: string, password: SecureString) {
    super(['System.Management.Automation.PSCredential', 'System.Object'], [
      ['UserName', userName],
      ['Password', password],
    ]);
  }

  get userName(): string {
    return this.getProperty('UserName')?.value as string;
  }

  get password(): SecureString {
    return this.getProperty('Password')?.value as SecureString;
  }
}
