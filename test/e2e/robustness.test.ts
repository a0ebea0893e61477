// Issue 3: "No parser or binder input makes pcsh print a JavaScript stack trace: every failure is an
// ErrorRecord." Seeded mutations of real inputs run through the binary; whatever they print, it must be
// PowerShell's error view, never a Node stack or an uncaught JavaScript error.
import { describe, expect, it } from 'vitest';
import { runPcsh } from '../helpers/pcsh.js';
import { lineItem } from './cases.js';

const corpus = [
  `${lineItem} -WhatIf`,
  "New-PartnerCustomerCart -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -LineItems @() -WhatIf",
  '$h = @{ a = 1; b = @(1, 2, 3) }; foreach ($k in $h.Keys) { "{0} = {1}" -f $k, $h[$k] }',
  'try { [int]"x" } catch { "caught: $($_.Exception.Message)" } finally { "done" }',
  '1..5 | Where-Object { $_ % 2 } | ForEach-Object { $_ * 2 } | Measure-Object -Sum',
  '$s = "a,b,c" -split ","; $s -join "|"; $s[-1].ToUpper()',
  'switch -wildcard ("abc") { "a*" { "starts" } default { "other" } }',
  'function f([int]$n) { if ($n -le 1) { return 1 }; $n * (f ($n - 1)) }; f 5',
  "Write-Output -InputObject @{ x = 'y' } | ConvertTo-Json -Depth 1",
  '[pscustomobject]@{ Name = "n"; Value = 1 } | Format-List | Out-String -Width 40',
];

/** A small seeded generator, so that a failure reproduces. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const alphabet = ['{', '}', '(', ')', '[', ']', '@', '$', '"', "'", '`', '-', '|', ';', ',', '.', ':', '=', ' ', '\n', '#', '<', '>', '&', '%', 'x', '1'];

function mutate(text: string, next: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(next() * 3);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (out.length + 1));
    const kind = next();
    if (kind < 0.4) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 4));
    else if (kind < 0.8) out = out.slice(0, at) + (alphabet[Math.floor(next() * alphabet.length)] ?? '') + out.slice(at);
    else out = out.slice(0, at);
  }
  return out;
}

const next = random(20261125);
const inputs = Array.from({ length: 40 }, (_, i) => mutate(corpus[i % corpus.length] as string, next));
const jsTrace = /\n\s+at .+:\d+:\d+\)?|node:internal|(TypeError|ReferenceError|RangeError|SyntaxError): /;

describe('no input prints a JavaScript stack trace', () => {
  it.each(inputs.map((text, i) => [i, text] as const))('mutation %i', async (_i, text) => {
    const result = await runPcsh(['-NonInteractive', '-Command', text], { env: { NO_COLOR: '1' }, timeoutMs: 15_000 });
    expect(result.stderr).not.toMatch(jsTrace);
    expect(result.stdout).not.toMatch(jsTrace);
    expect([0, 1]).toContain(result.exitCode);
  });
});
