/**
 * The Partner Center clouds Connect-PartnerCenter knows, with their sign-in authority and API endpoint, and
 * pcsh's `Sandbox` environment (the local sandbox, embedded or at a given URL).
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Models/Authentication/PartnerEnvironment.cs and
// EnvironmentConstants.cs.

/** The names of the EnvironmentName enum. */
export type EnvironmentNameValue = 'AzureCloud' | 'AzureChinaCloud' | 'AzureGermanCloud' | 'AzurePPE' | 'AzureUSGovernment' | 'Sandbox';

/** A cloud's endpoints (the module's PartnerEnvironment). */
export interface PartnerEnvironment {
  readonly environmentName: EnvironmentNameValue;
  /** The Azure AD authority root, ending in `/`. */
  readonly activeDirectoryAuthority: string;
  readonly azureAdGraphEndpoint: string;
  readonly azureEndpoint: string;
  readonly graphEndpoint: string;
  /** The Partner Center API root (also the resource of its tokens). */
  readonly partnerCenterEndpoint: string;
}

const PARTNER_CENTER = 'https://api.partnercenter.microsoft.com';

/** The module's five public environments. */
export const PUBLIC_ENVIRONMENTS: Readonly<Record<Exclude<EnvironmentNameValue, 'Sandbox'>, PartnerEnvironment>> = {
  AzureCloud: {
    environmentName: 'AzureCloud',
    activeDirectoryAuthority: 'https://login.microsoftonline.com/',
    azureAdGraphEndpoint: 'https://graph.windows.net',
    azureEndpoint: 'https://management.azure.com',
    graphEndpoint: 'https://graph.microsoft.com',
    partnerCenterEndpoint: PARTNER_CENTER,
  },
  AzureChinaCloud: {
    environmentName: 'AzureChinaCloud',
    activeDirectoryAuthority: 'https://login.chinacloudapi.cn/',
    azureAdGraphEndpoint: 'https://graph.chinacloudapi.cn',
    azureEndpoint: 'https://management.chinacloudapi.cn',
    graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn',
    partnerCenterEndpoint: 'https://partner.partnercenterapi.microsoftonline.cn',
  },
  AzureGermanCloud: {
    environmentName: 'AzureGermanCloud',
    activeDirectoryAuthority: 'https://login.microsoftonline.de/',
    azureAdGraphEndpoint: 'https://graph.cloudapi.de',
    azureEndpoint: 'https://management.core.cloudapi.de',
    graphEndpoint: 'https://graph.microsoft.de',
    partnerCenterEndpoint: PARTNER_CENTER,
  },
  AzurePPE: {
    environmentName: 'AzurePPE',
    activeDirectoryAuthority: 'https://login.windows-ppe.net/',
    azureAdGraphEndpoint: 'https://graph.ppe.windows.net',
    azureEndpoint: 'https://api-dogfood.resources.windows-int.net',
    graphEndpoint: 'https://graph.microsoft-ppe.com',
    partnerCenterEndpoint: 'https://api.partnercenter.microsoft-ppe.com',
  },
  AzureUSGovernment: {
    environmentName: 'AzureUSGovernment',
    activeDirectoryAuthority: 'https://login.microsoftonline.us/',
    azureAdGraphEndpoint: 'https://graph.windows.net',
    azureEndpoint: 'https://management.usgovcloudapi.net',
    graphEndpoint: 'https://graph.microsoft.us',
    partnerCenterEndpoint: PARTNER_CENTER,
  },
};

/**
 * The sandbox at `url`: it serves both the API and the sign-in endpoints, so every endpoint is its URL. Tokens
 * are still requested for Partner Center's resource, as against the real service.
 */
export function sandboxEnvironment(url: string): PartnerEnvironment {
  const root = url.replace(/\/+$/, '');
  return {
    environmentName: 'Sandbox',
    activeDirectoryAuthority: `${root}/`,
    azureAdGraphEndpoint: 'https://graph.windows.net',
    azureEndpoint: root,
    graphEndpoint: root,
    partnerCenterEndpoint: root,
  };
}

/** The resource whose scopes tokens are requested for: Partner Center's, even against the sandbox. */
export function tokenResource(environment: PartnerEnvironment): string {
  return environment.environmentName === 'Sandbox' ? PARTNER_CENTER : environment.partnerCenterEndpoint;
}
