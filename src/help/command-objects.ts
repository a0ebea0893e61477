/**
 * The objects Get-Command writes: pwsh's CommandInfo as plain data (CommandType, Name, Version, Source...)
 * with the type names that select pwsh's CommandInfo table, plus the CommandTypes enum and pwsh's sort order.
 */
// pwsh: v7.5.4 src/System.Management.Automation/engine/CommandInfo.cs (CommandTypes, ModuleName, Source),
// engine/AliasInfo.cs (DisplayName), engine/GetCommandCommand.cs (CommandInfoComparer).
import type { CommandInfo } from '../engine/command-info.js';
import { PSEnumValue, PSObject, type PSEnumType } from '../engine/ps-object.js';

/** pwsh's `System.Management.Automation.CommandTypes` (flags). */
export const CommandTypesEnum: PSEnumType = {
  fullName: 'System.Management.Automation.CommandTypes',
  name: 'CommandTypes',
  members: [
    ['Alias', 1],
    ['Function', 2],
    ['Filter', 4],
    ['Cmdlet', 8],
    ['ExternalScript', 16],
    ['Application', 32],
    ['Script', 64],
    ['Configuration', 256],
    ['All', 383],
  ],
};

/** The CommandTypes value of a command. */
export function commandTypeValue(info: CommandInfo): number {
  return CommandTypesEnum.members.find(([name]) => name === info.commandType)?.[1] ?? 0;
}

/** pwsh's CommandInfoComparer: by CommandType value, then name, case-insensitively. */
export function compareCommands(a: CommandInfo, b: CommandInfo): number {
  const byType = commandTypeValue(a) - commandTypeValue(b);
  if (byType !== 0) return byType;
  const [x, y] = [a.name.toUpperCase(), b.name.toUpperCase()];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The type names of a command object (CmdletInfo, AliasInfo, FunctionInfo...). */
function typeNames(info: CommandInfo): string[] {
  const specific = info.commandType === 'ExternalScript' ? 'ExternalScriptInfo' : `${info.commandType}Info`;
  return [`System.Management.Automation.${specific}`, 'System.Management.Automation.CommandInfo', 'System.Object'];
}

/** A command as Get-Command writes it. */
export function commandInfoObject(info: CommandInfo): PSObject {
  const module = info.module;
  const [verb, noun] = info.commandType === 'Cmdlet' && info.name.includes('-') ? [info.name.slice(0, info.name.indexOf('-')), info.name.slice(info.name.indexOf('-') + 1)] : [undefined, undefined];
  const properties: [string, unknown][] = [
    ['CommandType', new PSEnumValue(CommandTypesEnum, info.commandType, commandTypeValue(info))],
    ['Name', info.name],
    ['Version', module?.version ?? ''],
    ['Source', module?.name ?? ''],
    ['ModuleName', module?.name ?? ''],
  ];
  if (verb !== undefined) properties.push(['Verb', verb], ['Noun', noun]);
  if (info.commandType === 'Alias') {
    properties.push(['Definition', info.definition ?? ''], ['DisplayName', `${info.name} -> ${info.definition ?? ''}`]);
  }
  return new PSObject(typeNames(info), properties);
}
