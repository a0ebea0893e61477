/**
 * Reading a PSCredential bound to `-Credential` (the engine's PSCredential / SecureString) for sign-in.
 */
import { PSCredential } from '../../../engine/credential.js';
import { PSObject } from '../../../engine/ps-object.js';
import { PSTypes, type PSTypeInfo } from '../../../engine/type-info.js';

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
