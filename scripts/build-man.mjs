// Renders every help file to a man page: help/Verb-Noun.md → man/man1/pcsh-Verb-Noun.1 and
// help/about_X.md → man/man7/pcsh-about_X.7, with marked-man (`npm run man`). The page date is
// SOURCE_DATE_EPOCH, else the last commit that touched help/, else the epoch, so builds are reproducible.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function pageDate(root) {
  if (process.env.SOURCE_DATE_EPOCH) return Number(process.env.SOURCE_DATE_EPOCH) * 1000;
  const git = spawnSync('git', ['log', '-1', '--format=%ct', '--', 'help'], { cwd: root, encoding: 'utf8' });
  const seconds = Number(git.stdout?.trim());
  return git.status === 0 && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

/** Writes `<root>/man/man1/*.1` and `<root>/man/man7/*.7`; returns the pages' paths relative to root. */
export async function buildManPages(root) {
  const bundle = join(root, 'dist', `.build-man-${process.pid}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: ['src/help/man.ts'],
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  try {
    const { renderManPage } = await import(pathToFileURL(bundle).href);
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    const date = pageDate(root);
    const help = join(root, 'help');
    rmSync(join(root, 'man'), { recursive: true, force: true });
    const written = [];
    for (const file of readdirSync(help).filter((f) => f.endsWith('.md')).sort()) {
      const page = renderManPage(readFileSync(join(help, file), 'utf8'), file, { date, version });
      const target = join(root, 'man', page.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, page.roff);
      written.push(join('man', page.path));
    }
    return written;
  } finally {
    rmSync(bundle, { force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pages = await buildManPages(fileURLToPath(new URL('..', import.meta.url)));
  process.stdout.write(`${pages.length} man pages in man/\n`);
}
