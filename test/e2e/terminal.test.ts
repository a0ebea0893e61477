// Prompts on a terminal (reference §1.8 and §3): run under a pseudo-terminal with util-linux's `script`, the
// typed answers written up front. The screen is rendered from readline's output (its line redraws applied); the lines a user reads are
// compared with pwsh's texts (ConsoleHostUserInterfacePromptForChoice.cs, CommandBaseStrings.resx,
// CmdletParameterBinderController.PromptForMissingMandatoryParameters).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cliPath, freshHome } from '../helpers/pcsh.js';
import { customerId } from './cases.js';

const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
const quote = (text: string): string => `'${text.replace(/'/g, "'\\''")}'`;

/** Runs `pcsh -Command <command>` on a pseudo-terminal with `input` typed ahead; returns the screen text. */
function onTerminal(command: string, input: string): string {
  const line = `${quote(process.execPath)} ${quote(cliPath)} -Command ${quote(command)}`;
  const result = spawnSync('script', ['-qec', line, '/dev/null'], { input, env: { ...process.env, NO_COLOR: '1', PCSH_HOME: freshHome(), TERM: 'xterm' }, encoding: 'utf8', timeout: 20_000 });
  return render(result.stdout);
}

/** What a terminal shows: `ESC[1G` returns to the line start and the redraw overwrites it; other sequences are dropped. */
function render(output: string): string {
  let screen = '';
  for (const part of output.replace(/\r/g, '').split(/(\x1b\[[0-9;]*[A-Za-z])/)) {
    if (part === '\x1b[1G') screen = screen.slice(0, screen.lastIndexOf('\n') + 1);
    else if (!part.startsWith('\x1b[')) screen += part;
  }
  return screen;
}

const lineItem = `New-PartnerCustomerCartLineItem -BillingCycle OneTime -CatalogItemId x -CustomerId ${customerId}`;
const confirmLines = [
  '',
  'Confirm',
  'Are you sure you want to perform this action?',
  'Performing the operation "New-PartnerCustomerCartLineItem" on target "Creates a new cart line item in memory.".',
  // 80 columns: the line wraps before `(default is "Y"): ` (width − 1), trimming the piece's trailing space.
  '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help ',
];

describe.skipIf(!hasScript)('prompts on a terminal', () => {
  it('asks for a missing mandatory parameter', () => {
    const screen = onTerminal('Write-Warning', 'hello there\n');
    expect(screen).toContain(['', 'cmdlet Write-Warning at command pipeline position 1', 'Supply values for the following parameters:', 'Message: hello there', 'WARNING: hello there'].join('\n'));
  });

  it('asks to confirm, and Y goes ahead', () => {
    const screen = onTerminal(`${lineItem} -Confirm | Out-Null; 'done'`, 'y\n');
    expect(screen).toContain(confirmLines.join('\n'));
    expect(screen).toContain('(default is "Y"):y\ndone');
  });

  it('prints the choices\' help for ?, and N skips the operation', () => {
    const screen = onTerminal(`(${lineItem} -Confirm) -eq $null`, '?\nn\n');
    expect(screen).toContain(
      [
        'Y - Continue with only the next step of the operation.',
        'A - Continue with all the steps of the operation.',
        'N - Skip this operation and proceed with the next operation.',
        'L - Skip this operation and all subsequent operations.',
        'S - Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.',
        'True',
      ].join('\n'),
    );
  });
});
