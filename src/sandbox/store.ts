/**
 * The sandbox store: the in-memory {@link SandboxState} plus, when persistent, a directory holding
 * `snapshot.json` (the state at the last compaction), `journal.ndjson` (every change since) and `sandbox.lock`.
 *
 * Opening loads the snapshot, replays the journal (dropping a torn last record with a warning), then compacts:
 * writes a new snapshot atomically (temp file, fsync, rename, fsync of the directory) and empties the journal.
 * Replaying a journal over a snapshot that already contains it is harmless, so a crash between those two steps
 * loses nothing. Closing compacts again.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { FileJournal, MemoryJournal, readJournal, type JournalWriter } from './journal.js';
import { SandboxState, type JournalEntry, type SnapshotData } from './state.js';
import { acquireStoreLock, type StoreLock } from './store-lock.js';

const SNAPSHOT_FILE = 'snapshot.json';
const JOURNAL_FILE = 'journal.ndjson';

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function isSnapshot(value: unknown): value is SnapshotData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Record<string, unknown>;
  return data['version'] === 1 && ['customers', 'carts', 'orders', 'replays'].every((key) => Array.isArray(data[key]));
}

function isJournalEntry(value: unknown): value is JournalEntry {
  return typeof value === 'object' && value !== null && Array.isArray((value as Record<string, unknown>)['effects']);
}

/** The data plus its durability. */
export class SandboxStore {
  private constructor(
    readonly state: SandboxState,
    private readonly journal: JournalWriter,
    private readonly lock: StoreLock | undefined,
    private readonly directory: string | undefined,
  ) {}

  /** A store that keeps nothing after the process ends. */
  static inMemory(): SandboxStore {
    return new SandboxStore(new SandboxState(), new MemoryJournal(), undefined, undefined);
  }

  /** Opens (creating if needed) a persistent store; throws SandboxStoreLockedError if another sandbox holds it. */
  static async open(directory: string, log: (line: string) => void): Promise<SandboxStore> {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const lock = acquireStoreLock(directory);
    try {
      const state = new SandboxState();
      loadSnapshot(directory, state, log);
      const journalPath = join(directory, JOURNAL_FILE);
      const contents = readJournal(journalPath);
      for (const problem of contents.problems) {
        log(
          problem.kind === 'torn'
            ? `sandbox: ${journalPath}: dropped a torn last record (${problem.bytes} bytes at byte ${problem.offset}); it had not been acknowledged.`
            : `sandbox: ${journalPath}: dropped a corrupt record (${problem.bytes} bytes at byte ${problem.offset}); the records after it were kept.`,
        );
      }
      for (const record of contents.records) {
        if (isJournalEntry(record)) state.apply(record);
        else log(`sandbox: skipped a record of ${journalPath} that is not a journal entry.`);
      }
      if (contents.records.length > 0 || contents.problems.length > 0) {
        writeSnapshot(directory, state);
        await truncate(journalPath, 0);
        fsyncPath(journalPath);
      }
      const journal = await FileJournal.open(journalPath);
      return new SandboxStore(state, journal, lock, directory);
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /** True when the store is kept on disk. */
  get persistent(): boolean {
    return this.directory !== undefined;
  }

  /** Records the URL in the lock file, for other processes that find the store in use. */
  setUrl(url: string): void {
    this.lock?.setUrl(url);
  }

  /** Applies a change now and queues it for the journal; returns its sequence number for {@link durable}. */
  commit(entry: JournalEntry): number {
    const sequence = this.journal.append(entry);
    this.state.apply(entry);
    return sequence;
  }

  /** Resolves once every change committed so far (or up to `sequence`) is durable. */
  durable(sequence: number = this.journal.lastSequence): Promise<void> {
    return this.journal.waitDurable(sequence);
  }

  /** Flushes, compacts and releases the store. */
  async close(): Promise<void> {
    await this.journal.close();
    if (this.directory !== undefined) {
      writeSnapshot(this.directory, this.state);
      const journalPath = join(this.directory, JOURNAL_FILE);
      await truncate(journalPath, 0);
      fsyncPath(journalPath);
    }
    this.lock?.release();
  }
}

function loadSnapshot(directory: string, state: SandboxState, log: (line: string) => void): void {
  const path = join(directory, SNAPSHOT_FILE);
  if (!existsSync(path)) return;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    data = undefined;
  }
  if (isSnapshot(data)) {
    state.restore(data);
    return;
  }
  const aside = `${path}.unreadable-${Date.now()}`;
  renameSync(path, aside);
  log(`sandbox: ${path} could not be read; moved it to ${aside} and started from the journal alone.`);
}

function writeSnapshot(directory: string, state: SandboxState): void {
  const path = join(directory, SNAPSHOT_FILE);
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, JSON.stringify(state.snapshot()), { mode: 0o600 });
  fsyncPath(temporary);
  renameSync(temporary, path);
  fsyncPath(directory);
}
