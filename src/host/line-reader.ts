/**
 * Reading lines from standard input, for prompts, the REPL and `-Command -`. On a terminal it uses node's
 * readline (editing and history); on a pipe it reads lines as they arrive.
 */
import type { Interface } from 'node:readline';
import { standardStream, writeStdout } from './standard-output.js';

/** One reader per process, created on first use so that runs that never read keep stdin untouched. */
export class LineReader {
  private readline: Interface | undefined;
  private opening: Promise<Interface> | undefined;
  private readonly queued: string[] = [];
  private readonly waiting: ((line: string | null) => void)[] = [];
  private closed = false;
  private stopped = false;

  constructor(private readonly terminal: boolean) {}

  // node:readline is imported on the first read, not at start-up: most runs never read a line.
  private ensure(): Promise<Interface> {
    this.opening ??= import('node:readline').then(({ createInterface }) => {
      const readline = createInterface({ input: process.stdin, output: standardStream(1), terminal: this.terminal, historySize: 1000 });
      readline.on('line', (line) => {
        const next = this.waiting.shift();
        if (next === undefined) this.queued.push(line);
        else next(line);
      });
      readline.on('close', () => {
        this.closed = true;
        for (const waiter of this.waiting.splice(0)) waiter(null);
      });
      // Ctrl+C at a prompt ends the line read as a cancel (null), as pwsh's ReadLine does.
      readline.on('SIGINT', () => {
        const next = this.waiting.shift();
        if (next !== undefined) {
          writeStdout('\n');
          next(null);
        } else process.kill(process.pid, 'SIGINT');
      });
      this.readline = readline;
      if (this.stopped) readline.close();
      return readline;
    });
    return this.opening;
  }

  /**
   * Writes `prompt` and reads one line; `null` at end of input or on Ctrl+C. `alreadyWritten`: the prompt is on
   * the screen already (a terminal redraws it; a pipe gets nothing more).
   */
  async readLine(prompt = '', options: { readonly alreadyWritten?: boolean } = {}): Promise<string | null> {
    const readline = await this.ensure();
    if (this.terminal) readline.setPrompt(prompt);
    else if (prompt !== '' && options.alreadyWritten !== true) writeStdout(prompt);
    const queued = this.queued.shift();
    if (queued !== undefined) return queued;
    if (this.closed) return null;
    if (this.terminal) readline.prompt(true);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * Reads a secret: on a terminal each typed character echoes as `*` (pwsh's PrintToken) and the line stays out
   * of the history; from a pipe it is the next line.
   */
  async readSecret(prompt: string): Promise<string | null> {
    if (!this.terminal) return this.readLine(prompt);
    const readline = (await this.ensure()) as Interface & { _writeToOutput: (text: string) => void; history?: string[] };
    const echo = readline._writeToOutput;
    // readline echoes through this method; while the secret is typed it shows stars instead of the text.
    readline._writeToOutput = (text: string) => {
      if (text.startsWith(prompt) || text === '\r\n' || text === '\n') echo.call(readline, text.startsWith(prompt) ? prompt + '*'.repeat(readline.line.length) : text);
      else echo.call(readline, '*'.repeat([...text].length));
    };
    try {
      const line = await this.readLine(prompt);
      if (line !== null && readline.history?.[0] === line) readline.history.shift();
      return line;
    } finally {
      readline._writeToOutput = echo;
    }
  }

  /** Stops reading so that the process can exit. */
  close(): void {
    this.stopped = true;
    this.readline?.close();
  }
}

/** Reads all of standard input as text (for `-Command -` and `-File -`). */
export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
