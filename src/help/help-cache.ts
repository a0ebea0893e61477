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

/**
 * FNV-1a of a file's text: recognises an unchanged file whose time stamp moved (npm sets the times of the
 * files it unpacks), without importing a crypto module on the start-up path.
 */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** One help file's entry in the cache. */
export interface HelpCacheEntry {
  readonly mtimeMs: number;
  readonly size: number;
  /** {@link textHash} of the file's text. */
  readonly hash: string;
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
  /** The help directory the topics came from. */
  readonly directory: string;
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
export async function parseHelpFile(path: string, name: string, mtimeMs: number, size: number, text = readFileSync(path, 'utf8')): Promise<HelpCacheEntry> {
  const { loadHelpMarkdown } = await import('./load.js');
  const result = loadHelpMarkdown(text, name);
  const hash = textHash(text);
  if (result.ok) return { mtimeMs, size, hash, topic: result.topic };
  const { line, problem, expected } = result.error;
  return { mtimeMs, size, hash, error: expected === undefined ? { line, problem } : { line, problem, expected } };
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
    const current = (e: HelpCacheEntry | undefined): boolean => e !== undefined && e.mtimeMs === stat.mtimeMs && e.size === stat.size;
    let cached: HelpCacheEntry | undefined = cache?.files[name];
    if (cached?.topic !== undefined && !isHelpTopic(cached.topic)) cached = undefined;
    let entry: HelpCacheEntry;
    const remembered = parsed.get(path);
    if (cached !== undefined && current(cached)) entry = cached;
    else if (remembered !== undefined && current(remembered)) entry = remembered;
    else {
      const text = readFileSync(path, 'utf8');
      entry =
        cached !== undefined && cached.size === stat.size && cached.hash === textHash(text)
          ? { ...cached, mtimeMs: stat.mtimeMs }
          : await parseHelpFile(path, name, stat.mtimeMs, stat.size, text);
      parsed.set(path, entry);
    }
    if (entry.topic !== undefined) topics.push(entry.topic);
    else if (entry.error !== undefined) errors.push(new HelpLoadError(name, entry.error.line, entry.error.problem, entry.error.expected));
  }
  return { directory: source.helpDirectory, topics, errors };
}
