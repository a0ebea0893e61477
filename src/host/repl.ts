/**
 * The interactive loop: `PS <cwd>> ` prompts, `>> ` for continuation lines while a statement is
 * incomplete (an unclosed brace, string or pipe), history through the terminal's line editor.
 */
import { parseInput } from '../language/index.js';
import type { Runspace } from '../engine/runspace.js';
import type { StreamRoutes } from '../engine/execution-context.js';
import type { LineReader } from './line-reader.js';

/** Reads, runs and prints until end of input or `exit`; returns the exit code. */
export async function runRepl(runspace: Runspace, routes: StreamRoutes & { flush(): void }, lines: LineReader): Promise<number> {
  for (;;) {
    let text = await lines.readLine(`PS ${process.cwd()}> `);
    if (text === null) return 0;
    while (parseInput(text).incompleteInput) {
      const more = await lines.readLine('>> ');
      if (more === null || more === '') break;
      text += `\n${more}`;
    }
    if (text.trim() === '') continue;
    const outcome = await runspace.invoke(text, routes);
    routes.flush();
    if (outcome.exitCode !== undefined) return outcome.exitCode;
  }
}
