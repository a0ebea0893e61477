/**
 * The formatting and object cmdlets, by name, with loaders that import one class file each. The lead merges
 * this table into the core modules' command tables (Format-*, Out-String, ConvertTo/From-Json and the
 * *-Object commands are Microsoft.PowerShell.Utility's in pwsh).
 */
import type { CmdletClass } from '../../engine/cmdlet.js';

export const FormatCmdlets: Readonly<Record<string, () => Promise<CmdletClass>>> = {
  'ConvertFrom-Json': () => import('./ConvertFromJson.js').then((m) => m.ConvertFromJson),
  'ConvertTo-Json': () => import('./ConvertToJson.js').then((m) => m.ConvertToJson),
  'Format-List': () => import('./FormatList.js').then((m) => m.FormatList),
  'Format-Table': () => import('./FormatTable.js').then((m) => m.FormatTable),
  'Group-Object': () => import('./GroupObject.js').then((m) => m.GroupObject),
  'Measure-Object': () => import('./MeasureObject.js').then((m) => m.MeasureObject),
  'Out-String': () => import('./OutString.js').then((m) => m.OutString),
  'Select-Object': () => import('./SelectObject.js').then((m) => m.SelectObject),
  'Sort-Object': () => import('./SortObject.js').then((m) => m.SortObject),
};

/** pwsh's built-in aliases of these cmdlets (`Get-Alias`). */
export const FormatCmdletAliases: Readonly<Record<string, string>> = {
  fl: 'Format-List',
  ft: 'Format-Table',
  group: 'Group-Object',
  measure: 'Measure-Object',
  select: 'Select-Object',
};
