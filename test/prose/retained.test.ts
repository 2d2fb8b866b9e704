// The prose reader keeps what it read of an article only for the run that
// read it (README, Decisions, "The reader's tokens"): `init` reads one
// article two or three times in a row and tokenizes it once, but in
// `--watch` and the language server, which live for hours, the last article
// read and its tokens must not stay in memory until the next one comes. A
// real article (the NY Sun's, 8 KB) repeated to 2 MB is read, the run ends,
// a garbage collection runs: the heap comes back to within a small fraction
// of where it was. Before, the last text and its tokens stayed (63.6 MB
// of heap for this one, measured with the same steps).
import { readFileSync } from 'node:fs';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readProse } from '../../src/prose/index.js';
import { ctx } from './helpers.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The heap in use after a full collection, once the current job has ended (a run is over). */
async function settledHeap(): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  gc();
  return getHeapStatistics().used_heap_size;
}

describe('what the prose reader keeps between runs', () => {
  it('keeps no article once its run is over', async () => {
    const article = readFileSync('examples/articles/nysun-north-korea-punching-above-its-weight.txt', 'utf8');
    // 2 MB of prose; built before the first measure, so only what reading it keeps counts.
    let text: string | undefined = Array.from({ length: Math.ceil(2_000_000 / article.length) }, (_, i) => `${article}\n\nPart ${i}.\n\n`).join('');
    const context = ctx;
    // Warm up the reader's own tables on a short text first: those are kept on purpose.
    readProse('About 1,200 soldiers a day.', context);
    const textBytes = text.length;
    text = undefined;
    const before = await settledHeap();
    await (async () => {
      let again: string | undefined = Array.from({ length: Math.ceil(2_000_000 / article.length) }, (_, i) => `${article}\n\nPart ${i}.\n\n`).join('');
      const numbers = readProse(again, context);
      // Every part holds the article's numbers: hundreds per 8 KB.
      expect(numbers.length).toBeGreaterThan(10_000);
      again = undefined;
    })();
    const after = await settledHeap();
    // Measured here: 63.6 MB stayed before (the 2 MB text and its tokens), about 1 MB now
    // (the quantity reader's bounded memory of phrases it read, kept on purpose).
    // Anything above four times the text means the tokens are still held.
    expect(after - before).toBeLessThan(4 * textBytes);
  });
});
