/**
 * Finding commands by name (pwsh's CommandDiscovery): aliases, then session functions, then the modules'
 * cmdlets, case-insensitively. Module tables are read by name only; a cmdlet class is imported on first use.
 */
import type { CmdletClass } from './cmdlet.js';
import type { CommandInfo, CommandInvocationIntrinsics, ModuleInfo, ResolvedCommand } from './command-info.js';
import type { SessionState } from './session-state.js';

interface CmdletEntry {
  readonly info: CommandInfo;
  readonly load: () => Promise<CmdletClass>;
}

/** The command table of a runspace. */
export class CommandDiscovery implements CommandInvocationIntrinsics {
  private readonly cmdlets = new Map<string, CmdletEntry>();
  private readonly aliases = new Map<string, CommandInfo>();
  private readonly loaded = new Map<string, CmdletClass>();

  constructor(
    private readonly modules: readonly ModuleInfo[],
    private readonly sessionState: SessionState,
  ) {
    for (const module of modules) {
      for (const [name, load] of Object.entries(module.commands)) {
        this.cmdlets.set(name.toLowerCase(), { info: { name, commandType: 'Cmdlet', module }, load });
      }
      for (const [alias, definition] of Object.entries(module.aliases ?? {})) {
        this.aliases.set(alias.toLowerCase(), { name: alias, commandType: 'Alias', module, definition });
      }
    }
  }

  listModules(): readonly ModuleInfo[] {
    return this.modules;
  }

  listCommands(): readonly CommandInfo[] {
    const functions: CommandInfo[] = this.sessionState.visibleFunctions().map((f) => ({ name: f.name, commandType: 'Function' }));
    return [...this.aliases.values(), ...functions, ...[...this.cmdlets.values()].map((e) => e.info)];
  }

  /** Loads a cmdlet class by its canonical name (cached). */
  async loadCmdlet(name: string): Promise<CmdletClass | undefined> {
    const key = name.toLowerCase();
    const cached = this.loaded.get(key);
    if (cached !== undefined) return cached;
    const entry = this.cmdlets.get(key);
    if (entry === undefined) return undefined;
    const type = await entry.load();
    this.loaded.set(key, type);
    return type;
  }

  async getCommand(name: string): Promise<ResolvedCommand | undefined> {
    const key = stripModuleQualifier(name).toLowerCase();
    const alias = this.aliases.get(key);
    if (alias !== undefined) return { info: alias };
    const fn = this.sessionState.lookupFunction(key);
    if (fn !== undefined) return { info: { name: fn.name, commandType: 'Function' } };
    const entry = this.cmdlets.get(key);
    if (entry === undefined) return undefined;
    const cmdletClass = await this.loadCmdlet(entry.info.name);
    return cmdletClass === undefined ? { info: entry.info } : { info: entry.info, cmdletClass };
  }

  /**
   * Resolves a name for invocation, following aliases (pwsh's order: alias, function, cmdlet). Returns
   * undefined when nothing matches (the caller raises CommandNotFoundException).
   */
  async resolveForInvocation(name: string): Promise<ResolvedCommand | undefined> {
    let key = stripModuleQualifier(name).toLowerCase();
    for (let hops = 0; hops < 32; hops++) {
      const alias = this.aliases.get(key);
      if (alias?.definition === undefined) break;
      key = alias.definition.toLowerCase();
    }
    const fn = this.sessionState.lookupFunction(key);
    if (fn !== undefined) return { info: { name: fn.name, commandType: 'Function' } };
    const entry = this.cmdlets.get(key);
    if (entry === undefined) return undefined;
    const cmdletClass = await this.loadCmdlet(entry.info.name);
    return cmdletClass === undefined ? undefined : { info: entry.info, cmdletClass };
  }
}

/** `Module\Name` → `Name`. */
function stripModuleQualifier(name: string): string {
  const slash = name.lastIndexOf('\\');
  return slash >= 0 ? name.slice(slash + 1) : name;
}
