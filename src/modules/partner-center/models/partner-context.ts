/**
 * The PartnerContext Connect-PartnerCenter and Get-PartnerContext write: the account, the environment and their
 * non-secret settings. The archived module kept the secret, refresh token and access token in the account's
 * ExtendedProperties, where `Get-PartnerContext | Format-List *` showed them; pcsh never puts them there.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Models/Authentication/PartnerContext.cs, PartnerAccount.cs,
// PartnerEnvironment.cs (properties in declaration order).
import { Hashtable, PSObject } from '../../../engine/ps-object.js';
import type { PartnerEnvironment } from '../auth/environments.js';
import type { PartnerConnection } from '../session.js';
import { AccountType, EnvironmentName, enumValue } from './enums.js';

const NAMESPACE = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication';
export const PartnerContextTypeName = `${NAMESPACE}.PartnerContext`;
const PropertiesTypeName = 'System.Collections.Concurrent.ConcurrentDictionary`2[System.String,System.String]';

function dictionary(entries: Readonly<Record<string, string>>): Hashtable {
  return Hashtable.from(Object.entries(entries), 'Dictionary', PropertiesTypeName);
}

function environmentObject(environment: PartnerEnvironment): PSObject {
  return new PSObject(
    [`${NAMESPACE}.PartnerEnvironment`, 'System.Object'],
    [
      ['ActiveDirectoryAuthority', environment.activeDirectoryAuthority],
      ['AzureAdGraphEndpoint', environment.azureAdGraphEndpoint],
      ['AzureEndpoint', environment.azureEndpoint],
      ['GraphEndpoint', environment.graphEndpoint],
      ['EnvironmentName', enumValue(EnvironmentName, environment.environmentName)],
      ['PartnerCenterEndpoint', environment.partnerCenterEndpoint],
    ],
  );
}

/** The PartnerContext of a connection. */
export function partnerContextObject(connection: PartnerConnection): PSObject {
  const { account } = connection;
  const properties: Record<string, string> = {};
  if (account.applicationId !== undefined) properties['ApplicationId'] = account.applicationId;
  if (account.scope !== '') properties['Scope'] = account.scope;
  Object.assign(properties, connection.extendedProperties);
  const accountObject = new PSObject(
    [`${NAMESPACE}.PartnerAccount`, 'System.Object'],
    [
      ['ExtendedProperties', dictionary(properties)],
      ['Identifier', account.identifier ?? null],
      ['ObjectId', account.objectId ?? null],
      ['Tenant', connection.tenant],
      ['Type', enumValue(AccountType, account.type)],
    ],
  );
  return new PSObject(
    [PartnerContextTypeName, 'System.Object'],
    [
      ['Account', accountObject],
      ['CountryCode', null],
      ['Environment', environmentObject(connection.environment)],
      ['ExtendedProperties', dictionary({})],
      ['Locale', null],
    ],
  );
}
