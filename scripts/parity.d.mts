/** Types of scripts/parity.mjs, the parity runner, for test/parity/parity.test.ts. */

/** What a parity script printed, or is expected to print, and its exit code. */
export interface Transcript {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number | null;
}

/** The folder that holds the parity scripts and their transcripts. */
export const parityDir: string;
/** The names (without `.ps1`) of the parity scripts in `dir`, sorted. */
export function listParityScripts(dir?: string): string[];
/** The expected stdout, stderr and exit code of the parity script `name`. */
export function readTranscript(name: string, dir?: string): Transcript;
/** Runs the parity script `name` with the built pcsh (`-NonInteractive -File`, NO_COLOR=1, a fresh PCSH_HOME). */
export function runParityScript(name: string, dir?: string): Promise<Transcript>;
/** A line diff of two texts: ` ` common, `-` only in `expected`, `+` only in `actual`. */
export function diffLines(expected: string, actual: string): string;
/** Runs the named scripts (all when none is named), prints the differences and returns the process exit code. */
export function main(names: readonly string[]): Promise<number>;
