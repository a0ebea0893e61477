#!/usr/bin/env node
/**
 * The `pcsh` binary. It reads pcsh's own switches (pwsh's rules), answers -Version and -Help before loading
 * anything else, and otherwise hands over to the console host, which is loaded only then.
 */
import { fs, os, path, url } from './host/builtin-modules.js';
import { runCachedScript } from './host/code-cache.js';
import { readHostSwitches } from './host/host-switches.js';
import { usageText } from './host/usage.js';
import { pcshVersion } from './host/version.js';

/** pwsh's exit code for a bad command line (ConsoleHost.ExitCodeBadCommandLineParameter). */
const ExitCodeBadCommandLineParameter = 64;

/**
 * Writes pcsh's own messages. A closed pipe on stdout/stderr (`pcsh … | head`) is not an error: stop writing
 * quietly. The streams are created only here, when used: creating them costs start-up time, and the console host
 * writes its output through host/standard-output.ts.
 */
function write(stream: NodeJS.WriteStream, text: string): void {
  if (stream.listenerCount('error') === 0) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  stream.write(text);
}

type RunHost = (typeof import('./host/run-host.js'))['runHost'];

/**
 * The console host, which the build writes as one script beside this file (dist/host-script.js, see
 * scripts/build-host.mjs). It runs through V8's code cache: compiling the host's modules would otherwise cost
 * more than most commands take.
 */
function consoleHost(): { readonly runHost: RunHost; done(): void } {
  const file = (name: string): string => url.fileURLToPath(new URL(name, import.meta.url));
  // V8 accepts only a cache of its own version: the name says which.
  const cacheName = `host-script.${process.versions.v8}.cache`;
  const caches = {
    installed: file(`./${cacheName}`),
    // $PCSH_HOME/cache (default ~/.pcsh/cache), for an install that cannot be written.
    user: () => path.join(process.env.PCSH_HOME || path.join(os().homedir(), '.pcsh'), 'cache', cacheName),
  };
  const script = runCachedScript<{ readonly runHost: RunHost }>(file('./host-script.js'), caches, (specifier) => import(specifier));
  return { runHost: script.exports.runHost, done: () => script.saveCache() };
}

const isFile = (path: string): boolean => fs.existsSync(path) && fs.statSync(path).isFile();
const request = readHostSwitches(process.argv.slice(2), isFile);
switch (request.kind) {
  case 'version':
    write(process.stdout, `pcsh ${pcshVersion}\n`);
    break;
  case 'help':
    write(process.stdout, usageText);
    break;
  case 'error':
    // pwsh writes the error line to stderr, then (for most errors) its usage to stdout.
    write(process.stderr, `${request.message}\n`);
    if (request.showHelp) write(process.stdout, `\n${usageText}`);
    process.exitCode = ExitCodeBadCommandLineParameter;
    break;
  case 'run': {
    // No top-level await: the build writes this entry as CommonJS too (dist/cli.cjs).
    const host = consoleHost();
    void host.runHost(request.action, request).then((code) => {
      process.exitCode = code;
      host.done();
    });
    break;
  }
}
