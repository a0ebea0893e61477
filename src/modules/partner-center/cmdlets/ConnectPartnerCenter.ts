/**
 * Connect-PartnerCenter: signs in and makes the connection the session's cart cmdlets use.
 * Help: help/Connect-PartnerCenter.md.
 *
 * The module's parameter sets, with pcsh's differences: the User set signs in with a device code (pcsh opens no
 * browser); ServicePrincipal also accepts -ApplicationId (the application id is otherwise -Credential's user
 * name); certificate thumbprints cannot be used (there is no certificate store to read them from); and
 * `-Environment Sandbox [-Endpoint <url>]` signs in to the local sandbox (embedded when no -Endpoint).
 * Like the module, it declares SupportsShouldProcess but does not call ShouldProcess.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Commands/ConnectPartnerCenter.cs
import { join } from 'node:path';
import { ErrorRecord, PSException } from '../../../engine/errors.js';
import { Param, Validate, type BoundParameters } from '../../../engine/parameter-declaration.js';
import { format } from '../../../engine/strings/format.js';
import { PUBLIC_ENVIRONMENTS, sandboxEnvironment, tokenResource, type EnvironmentNameValue, type PartnerEnvironment } from '../auth/environments.js';
import { SignInCancelledError } from '../auth/errors.js';
import type { AuthorityConfig, Credentials } from '../auth/sign-in.js';
import { toErrorRecord } from '../error-records.js';
import { readCredential } from '../models/credential.js';
import { EnvironmentName } from '../models/enums.js';
import { partnerContextObject } from '../models/partner-context.js';
import { PartnerParam } from '../parameter-types.js';
import { PartnerCmdlet } from '../partner-cmdlet.js';
import { GUID_PATTERN } from '../patterns.js';
import { pcshHome, type PartnerConnection } from '../session.js';
import { PartnerCenterPcshStrings as Strings } from '../strings/PartnerCenterPcshStrings.js';

/** The module's client id when no application is given (its token cache is shared with Azure CLI's). */
const POWERSHELL_APPLICATION_ID = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';

const APPLICATION_ID_HELP = 'Identifier of the application used to connect to Partner Center.';
const THUMBPRINT_HELP = 'Certificate thumbprint of a digital public key X.509 certificate.';
const CREDENTIAL_HELP = 'Provides the application identifier and secret for service principal credentials.';
const SERVICE_PRINCIPAL_HELP = 'Indicates that this account authenticates by providing service principal credentials.';
const TENANT_HELP = 'Identifier or name for the tenant.';

function sameGuid(a: string, b: string): boolean {
  const plain = (id: string): string => id.replace(/^\{(.*)\}$/, '$1').toLowerCase();
  return plain(a) === plain(b);
}

/** Connect to Partner Center with an authenticated account for use with partner cmdlet requests. */
export class ConnectPartnerCenter extends PartnerCmdlet {
  static readonly cmdlet = {
    verb: 'Connect',
    noun: 'PartnerCenter',
    supportsShouldProcess: true,
    defaultParameterSetName: 'User',
    implementingType: 'Microsoft.Store.PartnerCenter.PowerShell.Commands.ConnectPartnerCenter',
    outputType: ['Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.PartnerContext'],
  } as const;

  static readonly parameters = {
    AccessToken: Param.string({
      helpMessage: 'Access token used to connect to Partner Center.',
      parameterSets: { AccessToken: { mandatory: true } },
      validate: [Validate.notNullOrEmpty()],
    }),
    ApplicationId: Param.string({
      helpMessage: APPLICATION_ID_HELP,
      parameterSets: { RefreshToken: { mandatory: true }, ServicePrincipalCertificate: { mandatory: true }, ServicePrincipal: { mandatory: false } },
      validate: [Validate.pattern(GUID_PATTERN)],
    }),
    CertificateThumbprint: Param.string({
      helpMessage: THUMBPRINT_HELP,
      parameterSets: { RefreshToken: { mandatory: false }, ServicePrincipalCertificate: { mandatory: true } },
      validate: [Validate.notNullOrEmpty()],
    }),
    Credential: PartnerParam.credential({
      helpMessage: CREDENTIAL_HELP,
      parameterSets: { RefreshToken: { mandatory: false }, ServicePrincipal: { mandatory: true } },
      validate: [Validate.notNull()],
    }),
    Endpoint: Param.string({ helpMessage: 'Address of the Partner Center sandbox to connect to, with -Environment Sandbox.', validate: [Validate.notNullOrEmpty()] }),
    Environment: Param.enum(EnvironmentName, { helpMessage: 'Environment containing the account to login to.' }),
    RefreshToken: Param.string({
      helpMessage: 'Refresh token used to connect to Partner Center.',
      parameterSets: { RefreshToken: { mandatory: true } },
      validate: [Validate.notNull()],
    }),
    ServicePrincipal: Param.switch({
      helpMessage: SERVICE_PRINCIPAL_HELP,
      parameterSets: { ServicePrincipal: { mandatory: true }, ServicePrincipalCertificate: { mandatory: false } },
    }),
    Tenant: Param.string({
      aliases: ['Domain', 'TenantId'],
      helpMessage: TENANT_HELP,
      parameterSets: {
        AccessToken: { mandatory: false },
        RefreshToken: { mandatory: false },
        ServicePrincipalCertificate: { mandatory: true },
        ServicePrincipal: { mandatory: true },
        User: { mandatory: false },
      },
      validate: [Validate.notNullOrEmpty()],
    }),
    UseDeviceAuthentication: Param.switch({
      aliases: ['Device', 'DeviceAuth', 'DeviceCode'],
      helpMessage: 'Use device code authentication instead of a browser control.',
      parameterSets: { User: { mandatory: false } },
    }),
  } as const;

  override async processRecord(p: BoundParameters<typeof ConnectPartnerCenter>): Promise<void> {
    const environmentName = (p.Environment?.name ?? 'AzureCloud') as EnvironmentNameValue;
    const tenant = p.Tenant ?? 'organizations';
    const failure = (message: string, errorId: string, target: unknown): void =>
      this.writeError(new ErrorRecord(new PSException(message, 'System.ArgumentException'), errorId, 'InvalidArgument', target));

    if (p.Endpoint !== undefined && environmentName !== 'Sandbox') return failure(format(Strings.EndpointRequiresSandbox, p.Endpoint), 'EndpointRequiresSandbox', p.Endpoint);
    if (p.Endpoint !== undefined && !/^https?:\/\/[^/\s]+/i.test(p.Endpoint)) return failure(format(Strings.InvalidEndpoint, p.Endpoint), 'InvalidEndpoint', p.Endpoint);
    if (this.parameterSetName === 'ServicePrincipalCertificate' || p.CertificateThumbprint !== undefined) {
      return failure(Strings.CertificateSignInNotSupported, 'CertificateSignInNotSupported', p.CertificateThumbprint ?? null);
    }

    const credential = p.Credential === undefined ? undefined : readCredential(p.Credential);
    let credentials: Credentials;
    let applicationId = p.ApplicationId ?? POWERSHELL_APPLICATION_ID;
    const extendedProperties: Record<string, string> = {};
    switch (this.parameterSetName) {
      case 'AccessToken':
        credentials = { kind: 'AccessToken', accessToken: p.AccessToken as string };
        break;
      case 'RefreshToken':
        // With -Credential the application id and secret are the credential's (a web application).
        if (credential !== undefined) applicationId = credential.userName;
        credentials = { kind: 'RefreshToken', clientId: applicationId, refreshToken: p.RefreshToken as string, ...(credential === undefined ? {} : { clientSecret: credential.secret }) };
        break;
      case 'ServicePrincipal': {
        if (credential === undefined) return;
        if (p.ApplicationId !== undefined && !sameGuid(p.ApplicationId, credential.userName)) {
          return failure(format(Strings.ApplicationIdMismatch, p.ApplicationId, credential.userName), 'ApplicationIdMismatch', p.ApplicationId);
        }
        applicationId = credential.userName;
        credentials = { kind: 'ServicePrincipal', clientId: applicationId, clientSecret: credential.secret };
        break;
      }
      default:
        // pcsh has no browser sign-in: the User set always uses the device code flow the module offers with
        // -UseDeviceAuthentication, and prints MSAL's message as a warning as the module does.
        if (p.UseDeviceAuthentication === true) extendedProperties['UseDeviceAuth'] = 'true';
        credentials = { kind: 'DeviceCode', clientId: applicationId, showMessage: (message) => this.writeWarning(message) };
        break;
    }

    let environment: PartnerEnvironment;
    let authority: AuthorityConfig;
    if (environmentName === 'Sandbox') {
      let url = p.Endpoint;
      if (url === undefined) {
        try {
          url = (await this.partnerSession.embeddedSandbox()).url;
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          this.writeError(new ErrorRecord(new PSException(format(Strings.SandboxUnavailable, reason)), 'SandboxUnavailable', 'ResourceUnavailable', null));
          return;
        }
      }
      environment = sandboxEnvironment(url);
      const { sandboxMsalAuthority } = await import('../../../sandbox/authority-metadata.js');
      authority = sandboxMsalAuthority(url, tenant);
    } else {
      environment = PUBLIC_ENVIRONMENTS[environmentName];
      authority = { authority: `${environment.activeDirectoryAuthority}${tenant}` };
    }

    try {
      const { signIn } = await import('../auth/sign-in.js');
      const signedIn = await signIn(credentials, {
        authority,
        resource: tokenResource(environment),
        cachePath: join(pcshHome(), 'token-cache.json'),
        signal: this.commandRuntime.signal,
      });
      const connection: PartnerConnection = {
        environment,
        account: { ...signedIn.account, applicationId: signedIn.account.applicationId ?? (credentials.kind === 'AccessToken' ? undefined : applicationId) },
        // As the module: a sign-in to `organizations` records the tenant the account belongs to.
        tenant: tenant === 'organizations' ? (signedIn.account.tenantId ?? tenant) : tenant,
        extendedProperties,
        accessToken: (signal) => signedIn.accessToken(signal),
      };
      this.partnerSession.setContext(connection);
      this.writeObject(partnerContextObject(connection));
    } catch (error) {
      if (error instanceof SignInCancelledError) return;
      const record = toErrorRecord(error, tenant);
      if (record === undefined) throw error;
      this.writeError(record);
    }
  }
}
