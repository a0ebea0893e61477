/**
 * Get-Help: help for commands and about topics, from the platyPS markdown in help/ (see src/help/). One
 * result is written as a full help object in the selected view; several as a HelpInfoShort table; none, for
 * a name without wildcards, is pwsh's HelpNotFound error.
 */
// pwsh: v7.5.4 src/System.Management.Automation/help/HelpCommands.cs (GetHelpCommand).
import { join } from 'node:path';
import { PSCmdlet } from '../../engine/cmdlet.js';
import { ErrorRecord, PSException, type ErrorCategory } from '../../engine/errors.js';
import { Param, Validate, type BoundParameters } from '../../engine/parameter-declaration.js';
import { format } from '../../engine/strings/format.js';
import { containsWildcardCharacters, wildcardMatch } from '../../engine/wildcard.js';
import type { HelpEntry, ParameterHelpEntry } from '../../help/help-objects.js';
import { HelpCategories } from '../../help/help-system.js';
import type { MamlHelpView } from '../../help/maml-views.js';
import { HelpDisplayStrings } from '../../help/strings/HelpDisplayStrings.js';
import { HelpErrors } from '../../help/strings/HelpErrors.js';

const InvalidOperationException = 'System.Management.Automation.PSInvalidOperationException';

/** Get-Help's parameters, as pwsh declares them (ShowWindow exists only on Windows). */
export const GetHelpParameters = {
  Name: Param.string({ position: 0, valueFromPipelineByPropertyName: true, validate: [Validate.notNullOrEmpty()] }),
  Path: Param.string(),
  Category: Param.stringArray({ validate: [Validate.set([...HelpCategories])] }),
  Detailed: Param.switch({ parameterSets: { DetailedView: { mandatory: true } } }),
  Full: Param.switch({ parameterSets: { AllUsersView: {} } }),
  Examples: Param.switch({ parameterSets: { Examples: { mandatory: true } } }),
  Parameter: Param.stringArray({ parameterSets: { Parameters: { mandatory: true } } }),
  Component: Param.stringArray(),
  Functionality: Param.stringArray(),
  Role: Param.stringArray(),
  Online: Param.switch({ parameterSets: { Online: { mandatory: true } } }),
} as const;

type GetHelpBound = BoundParameters<{ readonly parameters: typeof GetHelpParameters }>;

/** Get-Help. */
export class GetHelp extends PSCmdlet {
  static readonly cmdlet = {
    verb: 'Get',
    noun: 'Help',
    defaultParameterSetName: 'AllUsersView',
    implementingType: 'Microsoft.PowerShell.Commands.GetHelpCommand',
    helpUri: 'https://go.microsoft.com/fwlink/?LinkID=2096483',
  } as const;

  static readonly parameters = GetHelpParameters;

  /** The view when no view switch is given: Default for Get-Help, Full for `help`. */
  protected defaultView(p: GetHelpBound): MamlHelpView {
    return p.Full === true ? 'FullView' : 'Default';
  }

  private view(p: GetHelpBound): MamlHelpView {
    if (p.Detailed === true) return 'DetailedView';
    if (p.Examples === true) return 'ExamplesView';
    return this.defaultView(p);
  }

  override async processRecord(p: GetHelpBound): Promise<void> {
    const [{ loadHelpTopics }, { findHelp }, objects, { registerHelpViews }] = await Promise.all([
      import('../../help/help-cache.js'),
      import('../../help/help-system.js'),
      import('../../help/help-objects.js'),
      import('../../help/views.js'),
    ]);
    registerHelpViews();
    this.validateCategory(p);
    const target = p.Name ?? '';
    // pwsh's HelpSystem.Match: help topics carry no Component, Role or Functionality, so asking for one finds nothing.
    const filtered = p.Component !== undefined || p.Role !== undefined || p.Functionality !== undefined;
    const request = p.Category === undefined ? { target } : { target, categories: p.Category };
    const loaded = await loadHelpTopics();
    const result = filtered ? { entries: [], loadErrors: [] } : await findHelp(request, this.commandRuntime.invokeCommand, loaded);
    for (const error of result.loadErrors) {
      const details = `line ${error.line}: ${error.problem}${error.expected === undefined ? '' : `; expected ${error.expected}`}`;
      const message = format(HelpErrors.LoadHelpFileForTargetFailed, target, join(loaded.directory, error.file), details);
      this.writeError(new ErrorRecord(new PSException(message, 'System.Xml.XmlException'), 'LoadHelpFileForTargetFailed', 'OpenError', null));
    }
    const { entries } = result;
    if (entries.length === 1) {
      await this.writeFullHelp(entries[0] as HelpEntry, p, objects);
    } else if (entries.length > 1) {
      if (p.Online === true) this.invalidOperation(format(HelpErrors.MultipleOnlineTopicsNotSupported, 'Online'));
      for (const entry of entries) {
        if (p.Parameter !== undefined && this.parameters(entry, p.Parameter, objects).length === 0) continue;
        this.writeObject(objects.shortHelpObject(entry));
      }
    } else if (!containsWildcardCharacters(target === '' ? 'about_pcsh' : target) && result.loadErrors.length === 0) {
      const topic = target === '' ? 'about_pcsh' : target;
      const exception = new PSException(format(HelpErrors.HelpNotFound, topic), 'Microsoft.PowerShell.Commands.HelpNotFoundException');
      this.writeError(new ErrorRecord(exception, 'HelpNotFound', 'ResourceUnavailable', null));
    }
  }

  private async writeFullHelp(entry: HelpEntry, p: GetHelpBound, objects: typeof import('../../help/help-objects.js')): Promise<void> {
    if (p.Online === true) {
      await this.showOnline(entry);
      return;
    }
    if (p.Parameter !== undefined) {
      const found = this.parameters(entry, p.Parameter, objects);
      if (found.length === 0) {
        const exception = new PSException(format(HelpErrors.NoParmsFound, p.Parameter[0]), 'System.Management.Automation.PSArgumentException');
        this.writeError(new ErrorRecord(exception, 'NoParmsFound', 'InvalidArgument', objects.helpObject(entry, 'Default')));
      }
      for (const parameter of found) this.writeObject(objects.parameterObject(parameter));
      return;
    }
    this.writeObject(objects.helpObject(entry, this.view(p)));
  }

  /** HelpInfo.GetParameter for each pattern, in pattern order. */
  private parameters(entry: HelpEntry, patterns: readonly string[], objects: typeof import('../../help/help-objects.js')): ParameterHelpEntry[] {
    const all = objects.parameterEntries(entry);
    return patterns.flatMap((pattern) => all.filter((e) => wildcardMatch(e.parameter.name, pattern)));
  }

  private async showOnline(entry: HelpEntry): Promise<void> {
    const { onlineUri } = await import('../../help/help-objects.js');
    const uri = onlineUri(entry) ?? (entry.kind === 'Command' ? await this.declaredHelpUri(entry.help.name) : null);
    if (uri === null) this.invalidOperation(HelpErrors.NoURIFound);
    let scheme: string;
    let text: string;
    try {
      const parsed = new URL(uri);
      scheme = parsed.protocol.replace(/:$/, '').toLowerCase();
      text = parsed.href;
    } catch {
      this.invalidOperation(format(HelpErrors.InvalidURI, uri));
    }
    if (scheme !== 'http' && scheme !== 'https') this.invalidOperation(format(HelpErrors.ProtocolNotSupported, text, 'http', 'https'));
    this.writeVerbose(format(HelpDisplayStrings.OnlineHelpUri, uri));
    const { openUri } = await import('../../help/online-help.js');
    if (!(await openUri(uri))) this.invalidOperation(format(HelpErrors.CannotLaunchURI, uri));
  }

  /** ValidateAndThrowIfError: -Parameter, -Component, -Role and -Functionality need a command category. */
  private validateCategory(p: GetHelpBound): void {
    const categories = (p.Category ?? []).map((c) => c.toLowerCase());
    const commandCategories = ['alias', 'cmdlet', 'externalscript', 'filter', 'function', 'scriptcommand', 'all'];
    if (categories.length === 0 || categories.some((c) => commandCategories.includes(c))) return;
    const given = [['Parameter', p.Parameter], ['Component', p.Component], ['Role', p.Role], ['Functionality', p.Functionality]] as const;
    const name = given.find(([, value]) => value !== undefined)?.[0];
    if (name === undefined) return;
    const exception = new PSException(format(HelpErrors.ParamNotSupported, `-${name}`), 'System.Management.Automation.PSArgumentException');
    this.throwTerminatingError(new ErrorRecord(exception, 'Argument', 'InvalidArgument', null));
  }

  /** BaseCommandHelpInfo.LookupUriFromCommandInfo: the HelpUri of the cmdlet's declaration. */
  private async declaredHelpUri(name: string): Promise<string | null> {
    return (await this.commandRuntime.invokeCommand.getCommand(name))?.cmdletClass?.cmdlet.helpUri ?? null;
  }

  /** pwsh's PSInvalidOperationException thrown from ProcessRecord: errorId `InvalidOperation`. */
  private invalidOperation(message: string, category: ErrorCategory = 'InvalidOperation'): never {
    return this.throwTerminatingError(new ErrorRecord(new PSException(message, InvalidOperationException), 'InvalidOperation', category, null));
  }
}
