/**
 * The standalone sandbox: `npm run sandbox -- --port N` and `pcsh -Sandbox` call {@link runSandboxCli}. It prints the
 * URL, serves until SIGINT or SIGTERM, then closes cleanly (snapshot written, lock released) and resolves 0.
 * Run directly (`node main.js …`), it runs itself.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { FaultPlan, FaultSettings } from './faults.js';

/** Where the CLI writes, and what it reads. */
export interface SandboxCliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
}

/** Usage text of the sandbox CLI. */
export const SANDBOX_USAGE = `Usage: sandbox [options]

Runs the local Partner Center sandbox until Ctrl+C (SIGINT) or SIGTERM.

Options:
  --port N                 TCP port (default 0: any free port)
  --host ADDRESS           interface to listen on (default 127.0.0.1)
  --memory                 keep nothing on disk
  --home DIR               use DIR/sandbox as the store (default $PCSH_HOME/sandbox, PCSH_HOME=~/.pcsh)
  --fault-429 RATE         share of requests answered 429 (0 to 1)
  --fault-retry-after S    Retry-After seconds of those 429s (default 1)
  --fault-500 RATE         share answered 500
  --fault-503 RATE         share answered 503
  --fault-reset-before RATE  share whose connection is reset before processing
  --fault-reset-after RATE   share processed, then reset with no response
  --fault-delay MS         delay before every response
  --fault-route NAME       apply the fault options to this route only (repeatable), e.g. createCart
  --fault-seed N           RNG seed, for repeatable faults
  --help                   show this text
`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  memory: { type: 'boolean' },
  home: { type: 'string' },
  'fault-429': { type: 'string' },
  'fault-retry-after': { type: 'string' },
  'fault-500': { type: 'string' },
  'fault-503': { type: 'string' },
  'fault-reset-before': { type: 'string' },
  'fault-reset-after': { type: 'string' },
  'fault-delay': { type: 'string' },
  'fault-route': { type: 'string', multiple: true },
  'fault-seed': { type: 'string' },
  help: { type: 'boolean' },
} as const;

const FAULT_FLAGS: readonly [keyof typeof OPTIONS, keyof FaultSettings][] = [
  ['fault-429', 'rate429'],
  ['fault-retry-after', 'retryAfterSeconds'],
  ['fault-500', 'rate500'],
  ['fault-503', 'rate503'],
  ['fault-reset-before', 'resetBeforeRate'],
  ['fault-reset-after', 'resetAfterRate'],
  ['fault-delay', 'delayMs'],
];

class UsageError extends Error {}

function numberFlag(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`--${name} needs a number, not '${text}'.`);
  return value;
}

/** Reads the fault flags into a plan (server-wide, or per route with --fault-route). */
function faultPlanFromFlags(values: Record<string, unknown>): FaultPlan {
  const settings: Record<string, number> = {};
  for (const [flag, key] of FAULT_FLAGS) {
    const value = numberFlag(flag, values[flag] as string | undefined);
    if (value !== undefined) settings[key] = value;
  }
  const seed = numberFlag('fault-seed', values['fault-seed'] as string | undefined);
  const routes = (values['fault-route'] as string[] | undefined) ?? [];
  const base = seed === undefined ? {} : { seed };
  if (routes.length === 0) return { ...base, ...settings };
  return { ...base, routes: Object.fromEntries(routes.map((route) => [route, settings])) };
}

/** Runs the sandbox CLI; resolves with the exit code once the sandbox has stopped. */
export async function runSandboxCli(argv: readonly string[], io: SandboxCliIo = defaultIo()): Promise<number> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${SANDBOX_USAGE}`);
    return 2;
  }
  if (values['help'] === true) {
    io.stdout(SANDBOX_USAGE);
    return 0;
  }
  const { defaultSandboxStoreDirectory, faultPlanProblem, startSandbox } = await import('./index.js');
  let faults: FaultPlan;
  let port: number | undefined;
  try {
    faults = faultPlanFromFlags(values);
    const problem = faultPlanProblem(faults);
    if (problem !== undefined) throw new UsageError(problem);
    port = numberFlag('port', values['port'] as string | undefined);
    if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new UsageError(`--port needs a port number from 0 to 65535.`);
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${SANDBOX_USAGE}`);
    return 2;
  }
  const home = values['home'] as string | undefined;
  const storeDirectory =
    values['memory'] === true ? undefined : defaultSandboxStoreDirectory(home === undefined ? io.env : { ...io.env, PCSH_HOME: home });
  let sandbox;
  try {
    sandbox = await startSandbox({
      ...(port === undefined ? {} : { port }),
      ...(typeof values['host'] === 'string' ? { host: values['host'] } : {}),
      ...(storeDirectory === undefined ? {} : { storeDirectory }),
      faults,
      log: (line) => io.stderr(`${line}\n`),
    });
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const running = sandbox;
  // Listen for the signals before printing the banner: whoever reads the banner may signal at once.
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  io.stdout(`Partner Center sandbox: ${sandbox.url}\nStore: ${storeDirectory ?? 'in memory'}\nPress Ctrl+C to stop.\n`);
  await stopped;
  await running.close();
  io.stdout('Partner Center sandbox stopped.\n');
  return 0;
}

function defaultIo(): SandboxCliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
  };
}

// Run only as the process entry, and only from a file named for the sandbox: bundled into another entry (say
// dist/cli.js, which `pcsh -Sandbox` runs), this module must wait to be called.
const entry = process.argv[1];
// No top-level await: the console host bundles this module into a CommonJS script (see host/code-cache.ts).
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href && /(^|[\\/])(main|sandbox)\.[cm]?[jt]s$/.test(entry)) {
  void runSandboxCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
