/**
 * Table-driven end-to-end cases: each row runs the built `pcsh` binary as a child process, the way a user
 * does, and compares stdout, stderr and the exit code byte for byte with what pwsh 7.5 prints for the same
 * input (NO_COLOR, no terminal, so width 80 and plain text).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { freshHome, runPcsh, type PcshOptions } from '../helpers/pcsh.js';

export interface Case {
  /** What the row checks and where the expectation comes from. */
  readonly name: string;
  /** `-Command` text (run as `pcsh -NonInteractive -Command <text>`), unless `args` is given. */
  readonly command?: string;
  readonly args?: readonly string[];
  readonly stdout?: string;
  readonly stderr?: string;
  readonly exitCode?: number;
  readonly options?: PcshOptions;
}

/** Registers one vitest test per row. Fields a row leaves out are expected to be empty (stdout/stderr) or 0. */
export function runCases(cases: readonly Case[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const args = c.args ?? ['-NonInteractive', '-Command', c.command ?? ''];
    const result = await runPcsh(args, { ...c.options, env: { NO_COLOR: '1', ...c.options?.env } });
    expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({
      stdout: c.stdout ?? '',
      stderr: c.stderr ?? '',
      exitCode: c.exitCode ?? 0,
    });
  });
}

/** The seed help example's customer, catalog item and line item. */
export const customerId = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
export const lineItem = `New-PartnerCustomerCartLineItem -BillingCycle 'OneTime' -CatalogItemId 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB' -CustomerId '${customerId}' -FriendlyName 'Sample RI Purchase' -ProvisioningContext @{duration='1Year'; scope='shared'; subscriptionId='b35d5324-df8e-4306-9023-6edac2d4896c'} -Quantity 10`;
/** The seed's Example 1, verbatim without its prompts. */
export const seedExample = ['$lineItems = @()', `$lineItems += ${lineItem}`, `New-PartnerCustomerCart -CustomerId '${customerId}' -LineItems $lineItems`].join('\n');
/** ValidatePattern of the cart cmdlets' -CustomerId (the real module's NewPartnerCustomerCart.cs). */
export const guidPattern = String.raw`^(\{){0,1}[0-9a-fA-F]{8}\-[0-9a-fA-F]{4}\-[0-9a-fA-F]{4}\-[0-9a-fA-F]{4}\-[0-9a-fA-F]{12}(\}){0,1}$`;
/** DiscoveryExceptions.resx CommandNotFoundException. */
export const notRecognized = (name: string): string =>
  `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`;

/**
 * ConciseView's line detail (PowerShellCore_format_ps1xml.cs, Get-ConciseViewPositionMessage): `<reason>: <header>`,
 * `Line |`, the line number right-aligned in 4 columns, ` | `, the source line after one space (the PositionMessage
 * line without its `+`), then `     | ` with the tildes under columns [column, column + width) and the message. The
 * header is `<path>:<line>` for a script file and empty for -Command text. A width of 0 (an error at the end of a
 * line) still draws one tilde (engine/parser/Position.cs).
 */
export const lineBlock = (reason: string, header: string, line: number, text: string, column: number, width: number, message: string): string =>
  `${reason}: ${header}\nLine |\n${String(line).padStart(4)} |  ${text}\n     |  ${' '.repeat(column - 1)}${'~'.repeat(Math.max(width, 1))}\n     | ${message}\n`;

/** A folder for this test file's scripts. */
export const scriptDir = freshHome();

/** Writes a script (lines joined with newlines, ending with one) into {@link scriptDir}; returns its path. */
export function writeScript(name: string, lines: readonly string[]): string {
  const path = join(scriptDir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
