/**
 * Opens an online help URI with the platform's opener, as pwsh's LaunchOnlineHelp does with the OS shell:
 * `xdg-open` on Linux, `open` on macOS, `start` on Windows, or the program named by `PCSH_BROWSER` (which
 * tests point at a stub). The opener runs detached; only a failure to start it is reported.
 */
// pwsh: v7.5.4 src/System.Management.Automation/help/HelpCommands.cs (LaunchOnlineHelp).
import { spawn } from 'node:child_process';

function opener(uri: string): { command: string; args: string[] } {
  const browser = process.env.PCSH_BROWSER;
  if (browser !== undefined && browser !== '') return { command: browser, args: [uri] };
  if (process.platform === 'darwin') return { command: 'open', args: [uri] };
  if (process.platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', uri] };
  return { command: 'xdg-open', args: [uri] };
}

/** Starts the opener for `uri`; resolves false when it could not be started. */
export function openUri(uri: string): Promise<boolean> {
  const { command, args } = opener(uri);
  return new Promise((resolve) => {
    try {
      const child = spawn(command, args, { detached: true, stdio: 'ignore' });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
