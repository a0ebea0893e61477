/**
 * Get-Command: the session's commands, from the modules' tables (listing loads no cmdlet class), filtered by
 * name, verb, noun, module, command type and parameter name; `-Syntax` writes each command's syntax from
 * its declaration.
 */
// pwsh: v7.5.4 src/System.Management.Automation/engine/GetCommandCommand.cs.
import { PSCmdlet } from '../../engine/cmdlet.js';
import { getCommandMetadata } from '../../engine/command-metadata.js';
import type { CommandInfo } from '../../engine/command-info.js';
import { ErrorRecord, PSException } from '../../engine/errors.js';
import { Param, Validate, type BoundParameters } from '../../engine/parameter-declaration.js';
import type { PSEnumValue } from '../../engine/ps-object.js';
import { DiscoveryExceptions } from '../../engine/strings/DiscoveryExceptions.js';
import { format } from '../../engine/strings/format.js';
import { containsWildcardCharacters, wildcardMatch } from '../../engine/wildcard.js';
import { CommandTypesEnum, commandInfoObject, commandTypeValue, compareCommands } from '../../help/command-objects.js';
import { GetCommandStrings } from '../../help/strings/GetCommandStrings.js';

const AllTypes = 383;
/** The types the CmdletSet lists: Cmdlet, Function, Filter, Alias and Configuration. */
const CmdletSetTypes = 8 | 2 | 4 | 1 | 256;

/** Get-Command. */
export class GetCommand extends PSCmdlet {
  static readonly cmdlet = {
    verb: 'Get',
    noun: 'Command',
    defaultParameterSetName: 'CmdletSet',
    implementingType: 'Microsoft.PowerShell.Commands.GetCommandCommand',
    helpUri: 'https://go.microsoft.com/fwlink/?LinkID=2096579',
    outputType: ['System.Management.Automation.AliasInfo', 'System.Management.Automation.FunctionInfo', 'System.Management.Automation.CmdletInfo'],
  } as const;

  static readonly parameters = {
    Name: Param.stringArray({
      validate: [Validate.notNullOrEmpty()],
      parameterSets: { AllCommandSet: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
    }),
    Verb: Param.stringArray({ parameterSets: { CmdletSet: { valueFromPipelineByPropertyName: true } } }),
    Noun: Param.stringArray({ parameterSets: { CmdletSet: { valueFromPipelineByPropertyName: true } } }),
    Module: Param.stringArray({ aliases: ['PSSnapin'], valueFromPipelineByPropertyName: true }),
    CommandType: Param.enum(CommandTypesEnum, { aliases: ['Type'], parameterSets: { AllCommandSet: { valueFromPipelineByPropertyName: true } } }),
    TotalCount: Param.int({ valueFromPipelineByPropertyName: true }),
    Syntax: Param.switch({ valueFromPipelineByPropertyName: true }),
    ArgumentList: Param.objectArray({ aliases: ['Args'], position: 1, valueFromRemainingArguments: true, allowNull: true, allowEmptyCollection: true }),
    All: Param.switch({ valueFromPipelineByPropertyName: true }),
    ListImported: Param.switch({ valueFromPipelineByPropertyName: true }),
    ParameterName: Param.stringArray({ validate: [Validate.notNullOrEmpty()] }),
  } as const;

  private readonly results: CommandInfo[] = [];
  private readonly matchedParameters = new Set<string>();
  private last: BoundParameters<typeof GetCommand> | undefined;

  override async processRecord(p: BoundParameters<typeof GetCommand>): Promise<void> {
    this.last = p;
    const commands = this.commandRuntime.invokeCommand.listCommands();
    const types = p.CommandType === undefined ? undefined : (p.CommandType as PSEnumValue).value;
    if (this.parameterSetName !== 'AllCommandSet' && p.Name === undefined) {
      for (const command of commands) if (await this.matches(command, p, CmdletSetTypes)) this.add(command, p);
      return;
    }
    for (const name of p.Name ?? ['*']) {
      const isPattern = containsWildcardCharacters(name);
      const found = commands.filter((c) => (isPattern ? wildcardMatch(c.name, name) : c.name.toLowerCase() === name.toLowerCase()));
      let any = false;
      for (const command of found) {
        if (await this.matches(command, p, types ?? AllTypes)) {
          any = true;
          this.add(command, p);
        }
      }
      if (!any && !isPattern && !this.results.some((r) => r.name.toLowerCase() === name.toLowerCase())) {
        const exception = new PSException(format(DiscoveryExceptions.CommandNotFoundException, name), 'System.Management.Automation.CommandNotFoundException');
        this.writeError(new ErrorRecord(exception, 'CommandNotFoundException', 'ObjectNotFound', name));
      }
    }
  }

  private add(command: CommandInfo, p: BoundParameters<typeof GetCommand>): void {
    if (p.TotalCount !== undefined && p.TotalCount >= 0 && this.results.length >= p.TotalCount) return;
    if (!this.results.includes(command)) this.results.push(command);
  }

  /** IsCommandMatch: type, then verb/noun (cmdlets, or any command when -Verb/-Noun is given), module, parameters. */
  private async matches(command: CommandInfo, p: BoundParameters<typeof GetCommand>, types: number): Promise<boolean> {
    if ((commandTypeValue(command) & types) === 0) return false;
    const module = command.module?.name ?? '';
    const modules = p.Module ?? [];
    if (module === '' && modules.length > 0) return false;
    if (module !== '' && modules.length > 0 && !modules.some((m) => wildcardMatch(module, m))) return false;
    if (command.commandType === 'Cmdlet' || (p.Verb ?? []).length > 0 || (p.Noun ?? []).length > 0) {
      // A cmdlet registered under a name that is not Verb-Noun (`help`) matches only when no verb or noun is asked for.
      const dash = command.name.indexOf('-');
      if (dash <= 0 && (command.commandType !== 'Cmdlet' || (p.Verb ?? []).length > 0 || (p.Noun ?? []).length > 0)) return false;
      const [verb, noun] = dash <= 0 ? [command.name, ''] : [command.name.slice(0, dash), command.name.slice(dash + 1)];
      if ((p.Verb ?? []).length > 0 && !(p.Verb ?? []).some((v) => wildcardMatch(verb, v))) return false;
      if ((p.Noun ?? []).length > 0 && !(p.Noun ?? []).some((n) => wildcardMatch(noun, n))) return false;
    }
    if (p.ParameterName !== undefined) return this.hasParameter(command, p.ParameterName);
    return true;
  }

  /** IsParameterMatch: the command has a parameter (or alias) matching one of the names. */
  private async hasParameter(command: CommandInfo, names: readonly string[]): Promise<boolean> {
    if (command.commandType !== 'Cmdlet') return false;
    const type = (await this.commandRuntime.invokeCommand.getCommand(command.name))?.cmdletClass;
    if (type === undefined) return false;
    let found = false;
    for (const parameter of getCommandMetadata(type).parameters) {
      for (const name of names) {
        if ([parameter.name, ...parameter.aliases].some((n) => wildcardMatch(n, name))) {
          this.matchedParameters.add(name.toLowerCase());
          found = true;
        }
      }
    }
    return found;
  }

  override async endProcessing(): Promise<void> {
    const p = this.last;
    if (p === undefined) return;
    let results = this.results;
    if (p.Name === undefined && p.All !== true && p.TotalCount === undefined) {
      // Aliases not of the Verb-Noun form are left out unless -CommandType asks for aliases.
      const aliasesAsked = p.CommandType !== undefined && ((p.CommandType as PSEnumValue).value & 1) !== 0;
      results = results.filter((c) => c.commandType !== 'Alias' || aliasesAsked || c.name.indexOf('-') > 0);
    }
    for (const name of p.ParameterName ?? []) {
      if (containsWildcardCharacters(name) || this.matchedParameters.has(name.toLowerCase())) continue;
      const exception = new PSException(format(GetCommandStrings.CommandParameterNotFound, name), 'System.ArgumentException');
      this.writeError(new ErrorRecord(exception, 'CommandParameterNotFound', 'ObjectNotFound', name));
    }
    if (p.Name === undefined || p.Name.some(containsWildcardCharacters)) results = [...results].sort(compareCommands);
    const { registerHelpViews } = await import('../../help/views.js');
    registerHelpViews();
    if (p.Syntax !== true) {
      for (const command of results) this.writeObject(commandInfoObject(command));
      return;
    }
    const { helpTextObject } = await import('../../help/help-objects.js');
    const { commandSyntax } = await import('../../help/syntax.js');
    for (const command of results) {
      const text = await this.syntaxOf(command, p, commandSyntax);
      if (text !== '') this.writeObject(helpTextObject(text));
    }
  }

  /** GetSyntaxObject: an alias shows `alias (alias) -> Command` and the command's syntax under the alias name. */
  private async syntaxOf(command: CommandInfo, p: BoundParameters<typeof GetCommand>, commandSyntax: typeof import('../../help/syntax.js').commandSyntax): Promise<string> {
    const invoke = this.commandRuntime.invokeCommand;
    const target = command.commandType === 'Alias' ? invoke.listCommands().find((c) => c.commandType !== 'Alias' && c.name.toLowerCase() === command.definition?.toLowerCase()) : command;
    if (target === undefined) return '';
    const type = target.commandType === 'Cmdlet' ? (await invoke.getCommand(target.name))?.cmdletClass : undefined;
    const syntax = type === undefined ? target.name : commandSyntax(getCommandMetadata(type), target.name);
    if (command.commandType !== 'Alias') return syntax;
    const wildcard = (p.Name ?? []).some(containsWildcardCharacters);
    const alias = wildcard ? command.name : (p.Name?.[0] ?? command.name);
    return `${alias} (alias) -> ${target.name}\n${syntax.split(target.name).join(alias)}`;
  }
}
