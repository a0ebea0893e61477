/**
 * The help topics of a help directory, fast: the JSON cache built by scripts/build-help.mjs is used for every
 * file whose size and modification time still match; any other file (edited, added) is parsed on the spot
 * with marked and yaml, which are imported only then. Editing a `.md` file therefore changes what Get-Help
 * shows with no other step, and `pcsh Get-Help X` pays for no markdown parser when nothing changed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isHelpTopic, type HelpTopic } from './help-info.js';
import { HelpLoadError } from './help-load-error.js';
import { defaultHelpSource, type HelpSource } from './help-source.js';

/** Format version of the cache file; bump it when the model changes. */
export const HelpCacheVersion = 1;

/** One help file's entry in the cache. */
export interface HelpCacheEntry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly topic?: HelpTopic;
  readonly error?: { readonly line: number; readonly problem: string; readonly expected?: string };
}

/** The cache file's content. */
export interface HelpCacheFile {
  readonly version: number;
  readonly files: Readonly<Record<string, HelpCacheEntry>>;
}

/** The topics of a help directory and the files that could not be read. */
export interface LoadedHelp {
  readonly topics: readonly HelpTopic[];
  readonly errors: readonly HelpLoadError[];
}

const parsed = new Map<string, HelpCacheEntry>();

function readCache(file: string | null): HelpCacheFile | undefined {
  if (file === null) return undefined;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<HelpCacheFile>;
    return data.version === HelpCacheVersion && typeof data.files === 'object' && data.files !== null ? (data as HelpCacheFile) : undefined;
  } catch {
    return undefined;
  }
}

/** A cache entry for one file, from its text (imports the markdown loader). */
export async function parseHelpFile(path: string, name: string, mtimeMs: number, size: number): Promise<HelpCacheEntry> {
  const { loadHelpMarkdown } = await import('./load.js');
  const result = loadHelpMarkdown(readFileSync(path, 'utf8'), name);
  if (result.ok) return { mtimeMs, size, topic: result.topic };
  const { line, problem, expected } = result.error;
  return { mtimeMs, size, error: expected === undefined ? { line, problem } : { line, problem, expected } };
}

/** The `.md` files of a help directory, sorted by name. */
export function helpFileNames(directory: string): string[] {
  try {
    return readdirSync(directory)
      .filter((f) => f.toLowerCase().endsWith('.md'))
      .sort();
  } catch {
    return [];
  }
}

/** Loads every topic of the help directory, from the cache where it is current. */
export async function loadHelpTopics(source: HelpSource = defaultHelpSource()): Promise<LoadedHelp> {
  const cache = readCache(source.cacheFile);
  const topics: HelpTopic[] = [];
  const errors: HelpLoadError[] = [];
  for (const name of helpFileNames(source.helpDirectory)) {
    const path = join(source.helpDirectory, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    const current = (e: HelpCacheEntry | undefined): e is HelpCacheEntry => e !== undefined && e.mtimeMs === stat.mtimeMs && e.size === stat.size;
    let entry: HelpCacheEntry | undefined = cache?.files[name];
    if (!current(entry) || (entry.topic !== undefined && !isHelpTopic(entry.topic))) {
      entry = parsed.get(path);
      if (!current(entry)) {
        entry = await parseHelpFile(path, name, stat.mtimeMs, stat.size);
        parsed.set(path, entry);
      }
    }
    if (entry.topic !== undefined) topics.push(entry.topic);
    else if (entry.error !== undefined) errors.push(new HelpLoadError(name, entry.error.line, entry.error.problem, entry.error.expected));
  }
  return { topics, errors };
}
