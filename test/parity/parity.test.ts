// Parity scripts: each test/parity/<name>.ps1 run as `pcsh -NonInteractive -File` (NO_COLOR=1, a fresh PCSH_HOME)
// must print pwsh's transcript byte for byte. The runner is scripts/parity.mjs (`node scripts/parity.mjs` prints diffs).
// Where each transcript comes from:
// - seed-whatif: issue 3's "What this issue must show" (the seed's Example 1 with -WhatIf appended).
// - orders: statuses Active/Ordered and one order per order group from partner-center.md §3.2-3.4; the skip reasons
//   are the binder's FQIDs (ParameterArgumentValidationError for the GUID pattern, CannotConvertArgumentNoMessage for
//   an enum name that does not exist, reference §1.5-1.6); `exit 2` sets the exit code.
// - customer-checks: What if lines (reference §3), Metadata.resx/ParameterBinderStrings.resx texts, Write-Error at a
//   script's top level shows as `Write-Error: ` with no line block (Write.cs gives the record the script's invocation,
//   whose ScriptName is empty under -File), WARNING on stdout (§4.1), `exit 1`.
// - order-report: Format-Table, -f, Group-Object/Measure-Object and ConvertTo-Json rules of reference §7.
import { describe, expect, it } from 'vitest';
import { listParityScripts, readTranscript, runParityScript } from '../../scripts/parity.mjs';

describe('parity transcripts', () => {
  it('finds every parity script', () => {
    expect(listParityScripts()).toEqual(['customer-checks', 'order-report', 'orders', 'seed-whatif']);
  });

  it.each(listParityScripts())('%s.ps1 prints the transcript', async (name) => {
    expect(await runParityScript(name)).toEqual(readTranscript(name));
  });
});
