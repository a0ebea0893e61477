/**
 * The sign-in identities the sandbox accepts. They are fixed, so documentation and tests can name them; none of
 * them is a secret of any real tenant.
 */

/** Partner Center's resource (the audience of its access tokens). */
export const PARTNER_CENTER_RESOURCE = 'https://api.partnercenter.microsoft.com';

/** Azure AD Graph, the audience Partner Center historically accepted for app-only tokens. */
export const AAD_GRAPH_RESOURCE = 'https://graph.windows.net';

/** The tenant, applications, user and tokens of the sandbox. */
export interface SandboxIdentity {
  /** The partner tenant (also the `tid` of issued tokens). */
  readonly tenantId: string;
  readonly tenantDomain: string;
  /** A confidential (web) application: client credentials, refresh token. */
  readonly application: { readonly clientId: string; readonly clientSecret: string };
  /** Public (native) applications accepted for device code and refresh token; the first is the PartnerCenter module's default. */
  readonly publicClientIds: readonly string[];
  /** The user that device-code and refresh-token sign-ins act as. */
  readonly user: { readonly objectId: string; readonly userPrincipalName: string; readonly displayName: string };
  /** A refresh token for that user, as a Secure Application Model setup stores one. */
  readonly refreshToken: string;
  /**
   * A bearer token the API routes accept without any sign-in, but only from a loopback address: the embedded
   * sandbox's credential (see README.md, "Embedded mode").
   */
  readonly localToken: string;
}

/** The one identity every sandbox uses. */
export const SANDBOX_IDENTITY: SandboxIdentity = {
  tenantId: '04f2833a-fc13-4f99-97bd-b5a36e418c02',
  tenantDomain: 'pcshsandbox.onmicrosoft.com',
  application: { clientId: 'd3a43c54-5a4d-44ff-abf4-6f630d391750', clientSecret: 'pcsh-sandbox-client-secret' },
  publicClientIds: ['04b07795-8ddb-461a-bbee-02f9e1bf7b46'],
  user: {
    objectId: '8762d221-f345-4338-acec-2bf4279d7285',
    userPrincipalName: 'admin@pcshsandbox.onmicrosoft.com',
    displayName: 'Sandbox Admin',
  },
  refreshToken: 'pcsh-sandbox-refresh-token',
  localToken: 'pcsh-sandbox-local-token',
};

/** True for a client address on the loopback network (127.0.0.0/8 or ::1, also IPv4-mapped). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}
