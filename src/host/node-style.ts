/**
 * The Node-style form of a cmdlet call, for Node users:
 * `pcsh new-partnercustomercart --customer-id <id> --line-items @items.json --what-if`.
 * yargs-parser reads the flags; each `--kebab-case` name is mapped onto the cmdlet's declared parameter
 * (or alias) by comparing without dashes, case-insensitively; `@file.json` reads a value from a JSON file.
 * The result is an ordinary splatted call, so binding, validation, errors and output are the PowerShell
 * form's.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCommandMetadata } from '../engine/command-metadata.js';
import { Hashtable, PSObject } from '../engine/ps-object.js';
import type { Runspace } from '../engine/runspace.js';

/** What to run: a script calling the command with splatted variables. */
export type NodeStyleCall = { readonly script: string; readonly variables: ReadonlyMap<string, unknown> } | { readonly error: string };

/** JSON → PowerShell values: objects become PSCustomObjects with ordered properties. */
function fromJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromJson);
  if (value !== null && typeof value === 'object') return PSObject.custom(Object.entries(value).map(([k, v]) => [k, fromJson(v)] as const));
  return value;
}

/** A flag value: `@path.json` reads JSON from a file; anything else stays the string (or boolean) given. */
function flagValue(raw: unknown): unknown {
  if (Array.isArray(raw)) return raw.map(flagValue);
  if (typeof raw === 'string' && raw.startsWith('@') && raw.length > 1) {
    const path = resolve(raw.slice(1));
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new Error(`Cannot read the file '${path}' given as '${raw}'. Check that it exists and is readable.`);
    }
    try {
      return fromJson(JSON.parse(text));
    } catch (error) {
      throw new Error(`The file '${path}' given as '${raw}' is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return raw;
}

const squash = (name: string): string => name.replace(/-/g, '').toLowerCase();

/** Turns the Node-style argument list into a splatted call. */
export async function nodeStyleScript(argv: readonly string[], runspace: Runspace): Promise<NodeStyleCall> {
  const [commandName, ...rest] = argv;
  if (commandName === undefined) return { error: 'No command was given. Usage: pcsh <command> [--parameter-name value]...' };
  // Imported here, not at the top: the console host runs as a CommonJS script, which reaches packages only through import() (host/code-cache.ts).
  const { default: yargsParser } = await import('yargs-parser');
  const parsed = yargsParser([...rest], {
    configuration: { 'camel-case-expansion': false, 'parse-numbers': false, 'parse-positional-numbers': false, 'short-option-groups': false, 'boolean-negation': true, 'dot-notation': false, 'duplicate-arguments-array': true },
  });
  // Map each flag onto a declared name so that binding errors name what the user typed only when it is unknown.
  const resolved = await runspace.context.commands.resolveForInvocation(commandName);
  const names = resolved?.cmdletClass === undefined ? [] : getCommandMetadata(resolved.cmdletClass).parameters.flatMap((p) => [p.name, ...p.aliases]);
  const named = new Hashtable();
  try {
    for (const [flag, raw] of Object.entries(parsed)) {
      if (flag === '_' || flag === '--') continue;
      const declared = names.find((n) => squash(n) === squash(flag));
      named.set(declared ?? flag, flagValue(raw));
    }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const positional = (parsed._ ?? []).map((v) => flagValue(String(v)));
  const quoted = `'${commandName.replace(/'/g, "''")}'`;
  return {
    script: `& ${quoted} @__pcshPositional @__pcshNamed`,
    variables: new Map<string, unknown>([
      ['__pcshNamed', named],
      ['__pcshPositional', positional],
    ]),
  };
}
