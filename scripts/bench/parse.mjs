// Parse throughput of the seed example: bundles src/language/index.ts with esbuild into a temp dir (no tsx),
// warms up, then prints parses/s and µs per parse. Usage: node scripts/bench/parse.mjs [seconds]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seed = [
  '$lineItems = @()',
  "$lineItems += New-PartnerCustomerCartLineItem -BillingCycle 'OneTime' -CatalogItemId 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB' -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -FriendlyName 'Sample RI Purchase' -ProvisioningContext @{duration='1Year'; scope='shared'; subscriptionId='b35d5324-df8e-4306-9023-6edac2d4896c'} -Quantity 10",
  "New-PartnerCustomerCart -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -LineItems $lineItems -WhatIf",
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'pcsh-bench-parse-'));
try {
  const outfile = join(dir, 'language.mjs');
  await build({
    absWorkingDir: root, entryPoints: ['src/language/index.ts'], outfile, bundle: true, format: 'esm',
    platform: 'node', target: 'node20', logLevel: 'warning',
  });
  const { parseInput } = await import(pathToFileURL(outfile).href);
  const check = parseInput(seed);
  if (check.errors.length > 0) throw new Error(`the seed does not parse: ${check.errors[0].message}`);

  const seconds = Number(process.argv[2] ?? 2);
  for (let i = 0; i < 20_000; i++) parseInput(seed); // warm up
  let count = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(seconds * 1e9));
  let now = start;
  while (now < deadline) {
    for (let i = 0; i < 1000; i++) parseInput(seed);
    count += 1000;
    now = process.hrtime.bigint();
  }
  const elapsed = Number(now - start) / 1e9;
  const perSecond = count / elapsed;
  console.log('benchmark                 parses/s     µs/parse');
  console.log(`parse seed (3 stmts)  ${Math.round(perSecond).toString().padStart(12)}  ${(1e6 / perSecond).toFixed(2).padStart(11)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
