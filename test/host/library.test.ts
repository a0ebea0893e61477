// The library API (issue 3): createHost().invoke() resolves to every stream, typed, and never writes to the
// process's stdout or stderr.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createHost, ErrorRecord, PSObject } from '../../src/index.js';

const host = createHost();
afterAll(() => host.close());

describe('createHost().invoke', () => {
  it('returns output objects as values, not text', async () => {
    const result = await host.invoke('1, "two", [pscustomobject]@{ a = 1 }');
    expect(result.output.slice(0, 2)).toEqual([1, 'two']);
    expect(result.output[2]).toBeInstanceOf(PSObject);
    expect((result.output[2] as PSObject).getProperty('a')?.value).toBe(1);
    expect(result.hadErrors).toBe(false);
  });

  it('collects every stream separately', async () => {
    const result = await host.invoke('Write-Warning w; Write-Verbose v -Verbose; Write-Debug d -Debug; Write-Host h; Write-Error e; "out"');
    expect(result.warnings).toEqual(['w']);
    expect(result.verbose).toEqual(['v']);
    expect(result.debug).toEqual(['d']);
    expect(result.information.map((r) => r.messageData)).toEqual(['h']);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toBeInstanceOf(ErrorRecord);
    expect(result.errors[0]?.fullyQualifiedErrorId).toBe('Microsoft.PowerShell.Commands.WriteErrorException');
    expect(result.output).toEqual(['out']);
    expect(result.hadErrors).toBe(true);
  });

  it('passes variables in and keeps the session between calls', async () => {
    await host.invoke('$script:total = $start + 1', { variables: { start: 41 } });
    expect((await host.invoke('$total')).output).toEqual([42]);
  });

  it('puts What if lines in hostOutput', async () => {
    const result = await host.invoke(
      "New-PartnerCustomerCartLineItem -BillingCycle OneTime -CatalogItemId x -CustomerId 46a62ece-10ad-42e5-b3f1-b2ed53e6fc08 -WhatIf",
    );
    expect(result.hostOutput).toEqual(['What if: Performing the operation "New-PartnerCustomerCartLineItem" on target "Creates a new cart line item in memory.".']);
    expect(result.output).toEqual([]);
  });

  it('reports a terminating error in errors and an exit code from exit', async () => {
    const thrown = await host.invoke('throw "boom"');
    expect(thrown.errors.map((e) => e.message)).toEqual(['boom']);
    expect((await host.invoke('exit 3')).exitCode).toBe(3);
  });

  it('never prompts: a missing mandatory parameter is pwsh\'s NonInteractive error', async () => {
    const result = await host.invoke('Write-Warning');
    expect(result.errors[0]?.message).toBe('Cannot process command because of one or more missing mandatory parameters: Message.');
  });

  it('writes nothing to the process streams', async () => {
    const out = vi.spyOn(process.stdout, 'write');
    const err = vi.spyOn(process.stderr, 'write');
    try {
      await host.invoke('"x"; Write-Warning w; Write-Error e; Write-Host h; Get-Nope');
      expect(out).not.toHaveBeenCalled();
      expect(err).not.toHaveBeenCalled();
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
});
