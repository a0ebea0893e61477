import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pcshVersion } from '../../src/host/version.js';

describe('pcsh version', () => {
  it('equals package.json version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(pcshVersion).toBe(pkg.version);
  });
});
