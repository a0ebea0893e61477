/**
 * The built-in modules, named and split as pwsh's are (Get-Command's Source column): Microsoft.PowerShell.Core,
 * .Utility and .Management. Each table lists command names with loaders; nothing is imported until used.
 */
import type { ModuleInfo } from '../../engine/command-info.js';
import { FormatCmdletAliases, FormatCmdlets } from './format-cmdlets.js';

export const CoreModule: ModuleInfo = {
  name: 'Microsoft.PowerShell.Core',
  version: '7.5.0.500',
  commands: {
    'ForEach-Object': () => import('./ForEachObject.js').then((m) => m.ForEachObject),
    'Get-Command': () => import('./GetCommand.js').then((m) => m.GetCommand),
    'Get-Help': () => import('./GetHelp.js').then((m) => m.GetHelp),
    // pwsh's `help` is a function over Get-Help (full view); pcsh has it as a command of its own.
    help: () => import('./Help.js').then((m) => m.Help),
    'Out-Null': () => import('./OutNull.js').then((m) => m.OutNull),
    'Where-Object': () => import('./WhereObject.js').then((m) => m.WhereObject),
  },
  aliases: {
    '%': 'ForEach-Object',
    gcm: 'Get-Command',
    foreach: 'ForEach-Object',
    '?': 'Where-Object',
    where: 'Where-Object',
  },
};

export const UtilityModule: ModuleInfo = {
  name: 'Microsoft.PowerShell.Utility',
  version: '7.0.0.0',
  commands: {
    ...FormatCmdlets,
    'New-Object': () => import('./NewObject.js').then((m) => m.NewObject),
    'Out-File': () => import('./OutFile.js').then((m) => m.OutFile),
    'Start-Sleep': () => import('./StartSleep.js').then((m) => m.StartSleep),
    'Write-Debug': () => import('./WriteDebug.js').then((m) => m.WriteDebug),
    'Write-Error': () => import('./WriteError.js').then((m) => m.WriteError),
    'Write-Host': () => import('./WriteHost.js').then((m) => m.WriteHost),
    'Write-Information': () => import('./WriteInformation.js').then((m) => m.WriteInformation),
    'Write-Output': () => import('./WriteOutput.js').then((m) => m.WriteOutput),
    'Write-Verbose': () => import('./WriteVerbose.js').then((m) => m.WriteVerbose),
    'Write-Warning': () => import('./WriteWarning.js').then((m) => m.WriteWarning),
  },
  aliases: {
    ...FormatCmdletAliases,
    echo: 'Write-Output',
    write: 'Write-Output',
    sleep: 'Start-Sleep',
  },
};

export const ManagementModule: ModuleInfo = {
  name: 'Microsoft.PowerShell.Management',
  version: '7.0.0.0',
  commands: {
    'Get-Content': () => import('./GetContent.js').then((m) => m.GetContent),
    'Set-Content': () => import('./SetContent.js').then((m) => m.SetContent),
    'Test-Path': () => import('./TestPath.js').then((m) => m.TestPath),
  },
  aliases: {
    gc: 'Get-Content',
    cat: 'Get-Content',
    type: 'Get-Content',
  },
};

export const SecurityModule: ModuleInfo = {
  name: 'Microsoft.PowerShell.Security',
  version: '7.0.0.0',
  commands: {
    'ConvertTo-SecureString': () => import('./ConvertToSecureString.js').then((m) => m.ConvertToSecureString),
    'Get-Credential': () => import('./GetCredential.js').then((m) => m.GetCredential),
  },
};
