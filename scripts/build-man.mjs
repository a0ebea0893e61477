// Renders every help file to a man page: help/Verb-Noun.md → man/man1/pcsh-Verb-Noun.1 and
// help/about_X.md → man/man7/pcsh-about_X.7, with marked-man (`npm run man`). The page date is
// SOURCE_DATE_EPOCH, else the last commit that touched help/, else the epoch, so builds are reproducible.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBundledModule } from './build-help.mjs';

function pageDate(root) {
  if (process.env.SOURCE_DATE_EPOCH) return Number(process.env.SOURCE_DATE_EPOCH) * 1000;
  const git = spawnSync('git', ['log', '-1', '--format=%ct', '--', 'help'], { cwd: root, encoding: 'utf8' });
  const seconds = Number(git.stdout?.trim());
  return git.status === 0 && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

/** Writes `<root>/man/man1/*.1` and `<root>/man/man7/*.7`; returns the pages' paths relative to root. */
export async function buildManPages(root) {
  return withBundledModule(root, 'src/help/man.ts', ({ renderManPage }) => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    const date = pageDate(root);
    const help = join(root, 'help');
    rmSync(join(root, 'man'), { recursive: true, force: true });
    return readdirSync(help)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((file) => {
        const page = renderManPage(readFileSync(join(help, file), 'utf8'), file, { date, version });
        const target = join(root, 'man', page.path);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, page.roff);
        return join('man', page.path);
      });
  });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pages = await buildManPages(fileURLToPath(new URL('..', import.meta.url)));
  process.stdout.write(`${pages.length} man pages in man/\n`);
}
