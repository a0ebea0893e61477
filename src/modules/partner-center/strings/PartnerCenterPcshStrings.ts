/**
 * Messages of the Partner Center module that pcsh adds (the archived module has no equivalent): each says what
 * went wrong and what to do. The key doubles as the errorId where the text is an error's message.
 */
export const PartnerCenterPcshStrings = {
  EmbeddedSandboxInUse:
    'No Partner Center account is connected, so this command uses the local Partner Center sandbox at {0} (data in {1}). To work with Partner Center itself, run Connect-PartnerCenter first.',
  EmbeddedSandboxInMemory: 'memory only',
  RetryingAfterStatus: 'Partner Center answered {0} {1} with HTTP {2}; retrying in {3} seconds (attempt {4} of {5}, MS-RequestId {6}).',
  RetryingAfterConnectionError: 'The connection to Partner Center failed during {0} {1} ({2}); retrying in {3} seconds (attempt {4} of {5}, MS-RequestId {6}).',
  ServiceErrorWithoutDescription:
    'Partner Center answered {0} {1} with HTTP {2} and no error description (MS-RequestId {3}). Try again later; if it keeps failing, give the request id to Microsoft support.',
  RetryAfterRecommendation: 'Wait {0} seconds, then run the command again.',
  PartnerCenterUnreachable: 'Could not connect to Partner Center at {0} ({1}) after {2} attempts. Check the network connection and the environment you connected to, then try again.',
  PartnerCenterTimeout: 'Partner Center did not complete {0} {1} within {2} seconds ({3} attempts). Try again later.',
  UnexpectedPartnerCenterResponse:
    'Partner Center answered {0} {1} with a body pcsh cannot read: {2} {3} (MS-RequestId {4}). Nothing was taken from it; if this keeps happening, report it with the request id.',
  InvalidCartLineItem: 'The cart was not sent: {0} {1}. Correct the line item and run the command again.',
  SignInFailed: 'Sign-in to Partner Center failed: {0}',
  SignInFailedRecommendation: 'Check the application id, the secret or token, the tenant and the environment, then run Connect-PartnerCenter again.',
  TokenCacheTooOpen: 'The token cache {0} can be read by other users. Run "chmod 600 {0}" and try again.',
  CertificateSignInNotSupported:
    'Signing in with -CertificateThumbprint needs the Windows certificate store, which pcsh does not have. Use -Credential with the application id and a client secret instead.',
  EndpointRequiresSandbox: 'The -Endpoint parameter applies only to -Environment Sandbox. Remove -Endpoint, or add -Environment Sandbox to use the sandbox at {0}.',
  InvalidEndpoint: 'The endpoint {0} is not an http or https URL. Give the address the sandbox printed when it started, such as http://127.0.0.1:5000.',
  ApplicationIdMismatch:
    'The -ApplicationId {0} differs from the user name of -Credential ({1}), which is the application id of a service principal. Give the same application id to both, or leave out -ApplicationId.',
  SandboxUnavailable:
    'The local Partner Center sandbox could not start: {0} Run Connect-PartnerCenter to use Partner Center itself, or connect to a running sandbox with Connect-PartnerCenter -Environment Sandbox -Endpoint <url>.',
} as const satisfies Record<string, string>;

export type PartnerCenterPcshStringId = keyof typeof PartnerCenterPcshStrings;
