/**
 * The help cache: built once (scripts/build-help.mjs), used while a file's size and time stamp (or, after
 * npm moved the time stamps, its text) are unchanged, and bypassed for a file that was edited, so that editing
 * a `.md` file changes what Get-Help shows with no other step.
 */
import { copyFileSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHelpCache } from '../../src/help/help-cache-build.js';
import { loadHelpTopics, type HelpCacheFile } from '../../src/help/help-cache.js';

const fixture = new URL('./fixtures/help/Get-FixtureThing.md', import.meta.url).pathname;

/** A help directory with the fixture file and its cache, whose synopsis is then marked so its use shows. */
async function setUp(): Promise<{ dir: string; cacheFile: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'pcsh-cache-'));
  const file = join(dir, 'Get-FixtureThing.md');
  copyFileSync(fixture, file);
  const cacheFile = join(dir, 'dist', 'help-cache.json');
  expect(await writeHelpCache(dir, cacheFile)).toEqual([]);
  const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { files: Record<string, { topic: { synopsis: string[] } }> };
  (cache.files['Get-FixtureThing.md'] as { topic: { synopsis: string[] } }).topic.synopsis = ['FROM THE CACHE'];
  writeFileSync(cacheFile, JSON.stringify(cache));
  return { dir, cacheFile, file };
}

async function synopsis(dir: string, cacheFile: string | null): Promise<unknown> {
  const { topics } = await loadHelpTopics({ helpDirectory: dir, cacheFile });
  return topics[0]?.kind === 'Command' ? topics[0].synopsis : undefined;
}

describe('the help cache', () => {
  it('is used for a file that has not changed', async () => {
    const { dir, cacheFile } = await setUp();
    expect(await synopsis(dir, cacheFile)).toEqual(['FROM THE CACHE']);
  });

  it('is bypassed for a file that was edited', async () => {
    const { dir, cacheFile, file } = await setUp();
    writeFileSync(file, readFileSync(file, 'utf8').replace('Gets fixture things.', 'Gets edited things.'));
    expect(await synopsis(dir, cacheFile)).toEqual(['Gets edited things.']);
  });

  it('is still used when only the time stamp moved (npm unpacks files with new times)', async () => {
    const { dir, cacheFile, file } = await setUp();
    utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(await synopsis(dir, cacheFile)).toEqual(['FROM THE CACHE']);
  });

  it('is ignored when it was written by another cache version', async () => {
    const { dir, cacheFile } = await setUp();
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as HelpCacheFile;
    writeFileSync(cacheFile, JSON.stringify({ ...cache, version: 999 }));
    expect(await synopsis(dir, cacheFile)).toEqual(['Gets fixture things.']);
  });

  it('is optional: without one every file is parsed', async () => {
    const { dir } = await setUp();
    expect(await synopsis(dir, null)).toEqual(['Gets fixture things.']);
  });

  it('records a broken file, so the build can fail and Get-Help can report it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcsh-cache-'));
    writeFileSync(join(dir, 'Get-Broken.md'), '# Get-Broken\n\n## SYNOPSIS\nx\n\n## USAGE\nx\n');
    const cacheFile = join(dir, 'help-cache.json');
    expect((await writeHelpCache(dir, cacheFile)).map((e) => e.message)).toEqual([
      'Get-Broken.md, line 6: Unexpected header name USAGE; expected one of ## SYNOPSIS, ## SYNTAX, ## DESCRIPTION, ## EXAMPLES, ## PARAMETERS, ## INPUTS, ## OUTPUTS, ## NOTES, ## RELATED LINKS',
    ]);
    const loaded = await loadHelpTopics({ helpDirectory: dir, cacheFile });
    expect([loaded.topics, loaded.errors.map((e) => [e.file, e.line])]).toEqual([[], [['Get-Broken.md', 6]]]);
  });
});
