/**
 * Modules and the commands they export, known by name before any class is loaded (oclif's cached table,
 * pwsh's CommandInfo). Listing commands loads nothing; invoking one loads one class file.
 */
import type { CmdletClass } from './cmdlet.js';

/** A module: its name, version and command table. */
export interface ModuleInfo {
  readonly name: string;
  readonly version: string;
  /** Cmdlet name (`Verb-Noun`) → a loader that imports only that cmdlet's file. */
  readonly commands: Readonly<Record<string, () => Promise<CmdletClass>>>;
  /** Alias → command name, e.g. `? → Where-Object`. */
  readonly aliases?: Readonly<Record<string, string>>;
}

/** pwsh's CommandTypes values that pcsh has. */
export type CommandType = 'Alias' | 'Function' | 'Cmdlet' | 'ExternalScript';

/** A command found by name: a cmdlet of a module, an alias, or a function defined in the session. */
export interface CommandInfo {
  /** The canonical name, e.g. `New-PartnerCustomerCart`, `?`, `Get-Thing`. */
  readonly name: string;
  readonly commandType: CommandType;
  /** The module that exports it; absent for functions defined in the session. */
  readonly module?: ModuleInfo;
  /** For an alias: the command it stands for. */
  readonly definition?: string;
}

/** A command found by name and ready to run: for cmdlets, the loaded class. */
export interface ResolvedCommand {
  readonly info: CommandInfo;
  /** Set for cmdlets once loaded. */
  readonly cmdletClass?: CmdletClass;
}

/**
 * What a cmdlet may ask about the session's commands (pwsh's CommandInvocationIntrinsics): Get-Command and
 * Get-Help use it. Listing loads no class; `getCommand` loads one.
 */
export interface CommandInvocationIntrinsics {
  /** Every command: aliases, session functions and the modules' cmdlets, in pwsh's Get-Command order. */
  listCommands(): readonly CommandInfo[];
  /** The modules loaded in the session. */
  listModules(): readonly ModuleInfo[];
  /** Resolves a name (case-insensitive; aliases are returned as the alias, not followed). */
  getCommand(name: string): Promise<ResolvedCommand | undefined>;
}
