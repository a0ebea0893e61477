// Fuzz-ish robustness: random slices and mutations of real scripts must never make parseInput throw, and every
// extent it returns must be consistent (offsets in range, lines/columns matching the offsets). Deterministic: a
// seeded generator, so a failure names a reproducible case.
import { describe, expect, it } from 'vitest';
import { type Ast, type Extent, parseInput } from '../../src/language/index.js';
import { PARTNER_SCRIPT, SEED } from './fixtures.js';
import { walk } from './render.js';


const CORPUS = [SEED, PARTNER_SCRIPT];
const NOISE = ['(', ')', '{', '}', '[', ']', '"', "'", '@', '$', '`', '|', ',', ';', '\n', '-', ':', '=', '#', '<#', '@"\n',
  "'@", '2>&1', '>', '..', '::', '.', ' ', '$(', '@{', '-not ', '0x', '1kb', '`u{', '${'];

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function mutate(text: string, random: () => number): string {
  const pick = (n: number): number => Math.floor(random() * n);
  switch (pick(4)) {
    case 0: { // a slice
      const start = pick(text.length);
      return text.slice(start, start + pick(text.length - start + 1));
    }
    case 1: { // delete a span
      const start = pick(text.length);
      return text.slice(0, start) + text.slice(start + pick(20));
    }
    case 2: { // insert noise
      const at = pick(text.length + 1);
      return text.slice(0, at) + NOISE[pick(NOISE.length)]! + text.slice(at);
    }
    default: { // duplicate a span elsewhere
      const start = pick(text.length);
      const span = text.slice(start, start + pick(40));
      const at = pick(text.length + 1);
      return text.slice(0, at) + span + text.slice(at);
    }
  }
}

/** Line starts of a text, computed independently of the parser (a `\r\n`, `\r` or `\n` ends a line). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\r' || text[i] === '\n') starts.push(i + 1);
  }
  return starts;
}

/** Describes what is wrong with an extent (offsets out of range, lines/columns not matching), or ''. */
function extentProblem(text: string, starts: readonly number[], extent: Extent): string {
  const { startOffset, endOffset } = extent;
  if (startOffset < 0 || endOffset < startOffset || endOffset > text.length + 1) return `offsets ${startOffset}-${endOffset}`;
  const position = (offset: number): string => {
    let line = starts.length;
    while (starts[line - 1]! > offset) line--;
    return `${line}:${offset - starts[line - 1]! + 1}`;
  };
  const expected = `${position(startOffset)}-${position(endOffset)}`;
  const actual = `${extent.startLine}:${extent.startColumn}-${extent.endLine}:${extent.endColumn}`;
  return expected === actual ? '' : `position ${actual}, expected ${expected}`;
}

describe('robustness', () => {
  it('parses the partner script with no errors', () => {
    expect(parseInput(PARTNER_SCRIPT).errors).toEqual([]);
  });

  it.each(Array.from({ length: 20 }, (_, i) => i))('batch %i: mutated scripts never throw and keep extents sane', (batch) => {
    const random = rng(0x5eed + batch);
    const problems: string[] = [];
    for (let i = 0; i < 100; i++) {
      let text = CORPUS[Math.floor(random() * CORPUS.length)]!;
      for (let m = 1 + Math.floor(random() * 3); m > 0; m--) text = mutate(text, random);
      let result: ReturnType<typeof parseInput> | undefined;
      try {
        result = parseInput(text);
      } catch (error) {
        throw new Error(`parseInput threw on ${JSON.stringify(text)}: ${String(error)}`);
      }
      const starts = lineStarts(text);
      const extents: Extent[] = [...result.errors.map((e) => e.extent), ...result.tokens.map((t) => t.extent)];
      walk(result.ast, (node: Ast) => extents.push(node.extent));
      for (const extent of extents) {
        const problem = extentProblem(text, starts, extent);
        if (problem !== '') problems.push(`${JSON.stringify(text)}: ${problem}`);
      }
      if (result.errors.some((e) => e.message.length === 0)) problems.push(`${JSON.stringify(text)}: empty message`);
    }
    expect(problems.slice(0, 3)).toEqual([]);
  });
});
