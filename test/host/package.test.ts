// package.json's "man" field installs every help file's man page with `npm install -g` (issue 4): it must list
// exactly the pages scripts/build-man.mjs renders, one per help/*.md.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);

describe('package.json', () => {
  it('lists a man page for every help file', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { man: string[] };
    const expected = readdirSync(new URL('help/', root))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3))
      .map((name) => (name.startsWith('about_') ? `./man/man7/pcsh-${name}.7` : `./man/man1/pcsh-${name}.1`))
      .sort();
    expect([...pkg.man].sort()).toEqual(expected);
  });
});
