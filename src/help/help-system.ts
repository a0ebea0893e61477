/**
 * Finds help the way pwsh's HelpSystem does: an exact name first (an alias forwards to its command; a command
 * without a help file gets partial help; then about topics), otherwise a search of names with the target
 * as a wildcard (`*target*`, or `target*` when it has a dash), and when no name matches, of the help text.
 */
// pwsh: v7.5.4 src/System.Management.Automation/help/HelpSystem.cs (DoGetHelp, ExactMatchHelp, SearchHelp),
// help/CommandHelpProvider.cs (SearchHelp patterns), help/AliasHelpProvider.cs, help/HelpFileHelpProvider.cs.
import type { CmdletClass } from '../engine/cmdlet.js';
import { getCommandMetadata } from '../engine/command-metadata.js';
import type { CommandInfo, CommandInvocationIntrinsics } from '../engine/command-info.js';
import { cultureCompare } from '../engine/culture-compare.js';
import { containsWildcardCharacters, wildcardMatch } from '../engine/wildcard.js';
import type { LoadedHelp } from './help-cache.js';
import type { AboutHelpInfo, CommandHelpInfo } from './help-info.js';
import type { HelpLoadError } from './help-load-error.js';
import { entryName, entrySynopsis, type HelpEntry } from './help-objects.js';
import { partialHelp } from './partial-help.js';

/** The help categories Get-Help's `-Category` accepts (its ValidateSet). */
export const HelpCategories = [
  'Alias',
  'Cmdlet',
  'Provider',
  'General',
  'FAQ',
  'Glossary',
  'HelpFile',
  'ScriptCommand',
  'Function',
  'Filter',
  'ExternalScript',
  'All',
  'DefaultHelp',
  'DscResource',
  'Class',
  'Configuration',
] as const;

/** What to look for. */
export interface HelpRequest {
  /** The target; empty asks for the default topic (about_pcsh). */
  readonly target: string;
  /** `-Category` values, or `undefined` for all. */
  readonly categories?: readonly string[];
}

/** What was found. */
export interface HelpResult {
  readonly entries: readonly HelpEntry[];
  /** Help files for the target that could not be read. */
  readonly loadErrors: readonly HelpLoadError[];
}

const DefaultTopic = 'about_pcsh';

class HelpSearch {
  private readonly commandTopics = new Map<string, CommandHelpInfo>();
  private readonly aboutTopics = new Map<string, AboutHelpInfo>();
  private readonly commands: readonly CommandInfo[];

  constructor(
    private readonly invoke: CommandInvocationIntrinsics,
    private readonly loaded: LoadedHelp,
    private readonly categories: ReadonlySet<string> | undefined,
  ) {
    for (const topic of loaded.topics) {
      if (topic.kind === 'Command') this.commandTopics.set(topic.name.toLowerCase(), topic);
      else this.aboutTopics.set(topic.name.toLowerCase(), topic);
    }
    this.commands = invoke.listCommands();
  }

  private allows(category: 'Alias' | 'Cmdlet' | 'HelpFile'): boolean {
    return this.categories === undefined || this.categories.has('all') || this.categories.has(category.toLowerCase());
  }

  private command(name: string): CommandInfo | undefined {
    return this.commands.find((c) => c.commandType === 'Cmdlet' && c.name.toLowerCase() === name.toLowerCase());
  }

  private aliasesOf(name: string): string[] {
    return this.commands.filter((c) => c.commandType === 'Alias' && c.definition?.toLowerCase() === name.toLowerCase()).map((c) => c.name);
  }

  /** Command help for a cmdlet name: its help file, else partial help from its declaration. */
  private async commandEntry(name: string): Promise<HelpEntry | undefined> {
    const info = this.command(name);
    const topic = this.commandTopics.get(name.toLowerCase());
    // A help file needs no class: Get-Help X loads no cmdlet code (its HelpUri is looked up only for -Online).
    if (topic !== undefined) return { kind: 'Command', help: topic, moduleName: info?.module?.name ?? topic.moduleName ?? '' };
    if (info === undefined) return undefined;
    const type = await this.load(info);
    if (type === undefined) return undefined;
    return { kind: 'Partial', help: partialHelp(getCommandMetadata(type), info.module?.name ?? '', this.aliasesOf(info.name), info.name) };
  }

  private async load(info: CommandInfo | undefined): Promise<CmdletClass | undefined> {
    if (info === undefined) return undefined;
    return (await this.invoke.getCommand(info.name))?.cmdletClass;
  }

  /** ExactMatchHelp: the first provider that knows the name wins. */
  async exact(target: string): Promise<HelpEntry[]> {
    if (this.allows('Alias')) {
      const alias = this.commands.find((c) => c.commandType === 'Alias' && c.name.toLowerCase() === target.toLowerCase());
      if (alias?.definition !== undefined) {
        const forwarded = await this.commandEntry(alias.definition);
        if (forwarded !== undefined) return [forwarded];
      }
    }
    if (this.allows('Cmdlet')) {
      const entry = await this.commandEntry(target);
      if (entry !== undefined) return [entry];
    }
    if (this.allows('HelpFile')) {
      const about = this.aboutTopics.get(target.toLowerCase());
      if (about !== undefined) return [{ kind: 'About', help: about }];
    }
    return [];
  }

  /** Every help entry the session has, by provider: aliases, commands, then about topics. */
  private async everything(): Promise<HelpEntry[]> {
    const byName = (a: { name: string }, b: { name: string }): number => cultureCompare(a.name.toLowerCase(), b.name.toLowerCase());
    const entries: HelpEntry[] = [];
    if (this.allows('Alias')) {
      for (const alias of this.commands.filter((c) => c.commandType === 'Alias').sort(byName)) {
        entries.push({ kind: 'Alias', name: alias.name, definition: alias.definition ?? '', moduleName: alias.module?.name ?? '' });
      }
    }
    if (this.allows('Cmdlet')) {
      const names = new Map<string, string>();
      for (const c of this.commands) if (c.commandType === 'Cmdlet') names.set(c.name.toLowerCase(), c.name);
      for (const t of this.commandTopics.values()) if (!names.has(t.name.toLowerCase())) names.set(t.name.toLowerCase(), t.name);
      for (const name of [...names.values()].sort((a, b) => byName({ name: a }, { name: b }))) {
        const entry = await this.commandEntry(name);
        if (entry !== undefined) entries.push(entry);
      }
    }
    if (this.allows('HelpFile')) {
      for (const about of [...this.aboutTopics.values()].sort(byName)) entries.push({ kind: 'About', help: about });
    }
    return entries;
  }

  /** SearchHelp: names first; only when none matches, the help text. */
  async search(target: string): Promise<HelpEntry[]> {
    const decorated = !containsWildcardCharacters(target);
    const pattern = !decorated ? target : target.includes('-') ? `${target}*` : `*${target}*`;
    const all = await this.everything();
    const byName = all.filter((e) => wildcardMatch(entryName(e), pattern));
    if (byName.length > 0) return byName;
    const contentPattern = decorated ? `*${target}*` : target;
    return all.filter((e) => e.kind !== 'Alias' && e.kind !== 'Partial' && wildcardMatch(contentOf(e), contentPattern));
  }

  /** Load errors of help files named after the target. */
  errorsFor(target: string): HelpLoadError[] {
    return this.loaded.errors.filter((e) => e.file.replace(/\.md$/i, '').toLowerCase() === target.toLowerCase());
  }
}

/** The text pwsh's MatchPatternInContent searches: synopsis, description, examples, notes, parameters. */
function contentOf(entry: HelpEntry): string {
  if (entry.kind === 'About') return entry.help.text;
  if (entry.kind !== 'Command') return entrySynopsis(entry);
  const help = entry.help;
  return [
    ...(help.synopsis ?? []),
    ...(help.description ?? []),
    ...help.examples.flatMap((e) => [e.title, ...e.introduction, ...e.code.map((c) => c.text), ...e.remarks]),
    ...(help.notes ?? []),
    ...help.parameters.flatMap((p) => [p.name, ...p.description]),
  ].join('\n');
}

/** Looks help up in the session's commands and the loaded help topics. */
export async function findHelp(request: HelpRequest, invoke: CommandInvocationIntrinsics, loaded: LoadedHelp): Promise<HelpResult> {
  const categories = request.categories === undefined ? undefined : new Set(request.categories.map((c) => c.toLowerCase()));
  const search = new HelpSearch(invoke, loaded, categories);
  const target = request.target === '' ? DefaultTopic : request.target;
  const loadErrors = search.errorsFor(target);
  if (!containsWildcardCharacters(target)) {
    const exact = await search.exact(target);
    if (exact.length > 0) return { entries: exact, loadErrors };
  }
  const found = await search.search(target);
  // A single alias found by a search is forwarded to its command, as pwsh's ForwardHelp does.
  if (found.length === 1 && found[0]?.kind === 'Alias') return { entries: await search.exact(found[0].name), loadErrors };
  return { entries: found, loadErrors };
}


