// The batch route (src/load/stream.ts) composes a large file's entries a
// batch at a time, so the whole token tree is never held. It must give
// exactly what the whole-file route gives: the same document node for node
// (values, ranges, comments), the same line table, and so the same model,
// problems and schema findings. Where it cannot prove that (errors,
// anchors, tags, too deep, several documents…) it gives up and the
// whole-file route answers. Each case below runs both routes and compares.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter } from 'yaml';
import { loadClaimsFile, loadFactsFile } from '../../src/load/index.js';
import { OPTIONS, sharingParses, wholeFileParsing } from '../../src/load/parse.js';
import { BATCH, parseInBatches } from '../../src/load/stream.js';
import { schemaProblems } from '../../src/schema/validate.js';
import { documentShape, wholeFileDocument } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');


/**
 * Runs the batch route with `batch` entries per batch; when it answers, its
 * document and line table must be the whole-file route's, and that route must
 * have found nothing to report. True when it answered.
 */
function batchedLikeWhole(text: string, batch: number): boolean {
  const lineCounter = new LineCounter();
  const doc = parseInBatches(text, lineCounter, OPTIONS, batch);
  if (doc === undefined) return false;
  const expected = wholeFileDocument(text);
  expect(expected.clean, 'the whole-file route found nothing to report').toBe(true);
  expect(documentShape(doc)).toStrictEqual(expected.doc);
  expect([...lineCounter.lineStarts]).toStrictEqual(expected.lines);
  return true;
}

/** What the loader and the schema check give, by the default route and by the whole-file route: they must be equal. */
function sameFindings(text: string, path = 'claims.yaml'): void {
  const run = () => sharingParses(() => ({ schema: schemaProblems(text, path), load: loadClaimsFile(text, path), facts: loadFactsFile(text, path) }));
  expect(run()).toStrictEqual(wholeFileParsing(run));
}

/**
 * A claims file with `n` inputs and `n` claims, each written over several
 * lines; `inject` lines go before claim number `at` (and, shifted, before
 * input number `at`).
 */
function generated(n: number, inject: string[] = [], at = Math.floor(n * 0.7)): string {
  const lines = ['title: Generated file', 'article: story.txt', 'units:', '  soldier: { aliases: [soldiers, troops] }', 'inputs:'];
  for (let i = 0; i < n; i++) {
    lines.push(`  troops_${i}:`, `    value: "${(i + 1) * 100} soldiers"`, `    source: Wire report ${i}`, `    quote: "${(i + 1) * 100} soldiers"`);
  }
  lines.push('claims:');
  for (let i = 0; i < n; i++) {
    if (i === at) lines.push(...inject);
    lines.push(`  total_${i}:`, `    compute: troops_${i} * 2`, `    stated: "${(i + 1) * 200} soldiers"`);
    if (i % 7 === 0) lines.push(`    tolerance: 1%`);
  }
  return `${lines.join('\n')}\n`;
}

describe('the batch route gives the whole-file route\'s document', () => {
  it('answers for a large plain file, in batches of any size, node for node', () => {
    const text = generated(3 * BATCH + 5);
    for (const batch of [1, 2, 7, BATCH]) expect(batchedLikeWhole(text, batch), `batches of ${batch}`).toBe(true);
    sameFindings(text);
  });

  it('gives every claims and facts file of the tests and examples the same document and findings', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory() && entry.name !== 'node_modules') walk(join(dir, entry.name));
        else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) files.push(join(dir, entry.name));
      }
    };
    walk(join(root, 'test'));
    walk(join(root, 'examples'));
    expect(files.length).toBeGreaterThan(100);
    let answered = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const name = relative(root, file);
      // Batches of 1 and 2 cut even a small file's `inputs:` and `claims:`.
      for (const batch of [1, 2]) if (batchedLikeWhole(text, batch)) answered++;
      sameFindings(text, name);
    }
    // Most of them are plain files the route answers for.
    expect(answered).toBeGreaterThan(files.length);
  });
});

describe('hostile and unusual files: the same findings, and the route gives up where it must', () => {
  const n = 2 * BATCH + 20;
  // Each case: the file's text, and whether the batch route answers for it (false: the whole-file route does).
  // A claim `deep:` with `levels` keys nested in it, the last holding `compute: x`.
  const nested = (levels: number): string[] => ['  deep:', ...Array.from({ length: levels }, (_, d) => `${' '.repeat(4 + 2 * d)}k${d}:`), `${' '.repeat(4 + 2 * levels)}compute: x`];
  const deep = nested(110);
  const cases: Array<[string, string, boolean]> = [
    ['comments between entries, at three indentations', generated(n, ['# a note', '  # an indented note', '    # a deeper note']), true],
    ['blank lines between entries', generated(n, ['', '', '']), true],
    ['block scalars, kept and folded', generated(n, ['  noted:', '    compute: troops_1', '    note: |', '      two lines', '      of text', '', '    quote: >-', '      folded', '      text']), true],
    ['a flow mapping as an entry', generated(n, ['  flowing: { compute: troops_1 * 2, stated: "200 soldiers" }']), true],
    ['a flow list in an entry', generated(n, ['  allowing:', '    compute: troops_1', '    allow: [rounding, units]']), true],
    ['a plain scalar over two lines', generated(n, ['  wrapped:', '    compute: troops_1', '    note: a long', '      wrapped note']), true],
    ['a quoted key and a number as a key', generated(n, ['  "quoted name":', '    compute: troops_1', '  123:', '    compute: troops_2']), true],
    ['an entry with no value and one that is null', generated(n, ['  empty:', '  nulled: ~']), true],
    ['an entry that is a list', generated(n, ['  listed:', '    - troops_1']), true],
    ['a claim repeated across batches', generated(n, ['  total_5:', '    compute: troops_5']), true],
    ['a key repeated inside an entry', generated(n, ['  twice:', '    compute: troops_1', '    compute: troops_2']), true],
    ['a merge key (not merged)', generated(n, ['  merged:', '    <<: { compute: troops_1 }']), true],
    ['CRLF line ends', generated(n).replaceAll('\n', '\r\n'), true],
    ['a byte-order mark', `\uFEFF${generated(n)}`, true],
    ['a comment at the end of the file', `${generated(n)}# the end\n`, true],
    ['no newline at the end', generated(n).slice(0, -1), true],
    ['a document start and end marker', `---\n${generated(n)}...\n`, true],
    ['a top level written indented', generated(n).split('\n').map((l) => (l === '' ? l : `  ${l}`)).join('\n'), true],
    ['a top-level key repeated', `${generated(n)}claims:\n  more:\n    compute: troops_1\n`, true],
    ['bad indentation (three spaces)', generated(n, ['   odd:', '    compute: troops_1']), false],
    ['an entry less indented than its mapping', generated(n, [' half:', '    compute: troops_1']), false],
    ['a tab as indentation', generated(n, ['\ttabbed:', '    compute: troops_1']), false],
    ['a tab after a colon', generated(n, ['  tabbed:', '    compute:\ttroops_1']), true],
    ['an unterminated quote', generated(n, ['  open:', '    stated: "never closed']), false],
    ['a key with no colon', generated(n, ['  lonely']), false],
    ['a mapping on the key line', generated(n, ['  compact: compute: troops_1']), false],
    ['a key over 1024 characters', generated(n, [`  ${'k'.repeat(1100)}:`, '    compute: troops_1']), false],
    ['nesting deeper than the guard allows', generated(n, deep), false],
    // Mappings around `compute: x` (guards.ts counts them): the document's, `claims:`, `deep:`, then one per key k0…k96: 3 + 97 = 100, the most allowed.
    ['nesting exactly as deep as the guard allows', generated(n, nested(97)), true],
    ['nesting one level deeper than the guard allows', generated(n, nested(98)), false],
    ['an anchor and an alias', generated(n, ['  anchored: &shared', '    compute: troops_1', '  aliased: *shared']), false],
    ['a core tag', generated(n, ['  tagged:', '    compute: !!str troops_1']), false],
    ['a custom tag', generated(n, ['  custom: !thing', '    compute: troops_1']), false],
    ['an explicit key', generated(n, ['  ? explicit', '  :', '    compute: troops_1']), false],
    ['a second document', `${generated(n)}---\ntitle: again\n`, false],
    ['a %YAML directive', `%YAML 1.2\n---\n${generated(n)}`, false],
  ];
  for (const [name, text, answers] of cases) {
    it(name, () => {
      const source = text.replace(/^\uFEFF/, '');
      expect(batchedLikeWhole(source, BATCH), 'the batch route answers').toBe(answers);
      expect(batchedLikeWhole(source, 3), 'the batch route answers in batches of 3').toBe(answers);
      sameFindings(text);
    });
  }
});

describe('random edits: whatever the edit, the batch route answers only with the whole-file route\'s document', () => {
  // A fixed-seed generator (mulberry32), so a failure can be replayed.
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Pieces that mean something to YAML, inserted at random places.
  const pieces = [':', ': ', '- ', '"', "'", '#', ' #', '\t', '&a ', '*a', '!', '!!str ', '{', '}', '[', ']', ',', '? ', '|', '>-', '\n', '\r\n', '  ', '    ', '%YAML 1.2\n', '---\n', '...\n', '@', '`', '\\', 'key: value\n', '  extra:\n    compute: x\n'];
  it('300 edited files, cut into batches of 1 and 3', () => {
    const next = random(14);
    const base = generated(12);
    let answered = 0;
    for (let i = 0; i < 300; i++) {
      let text = base;
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * text.length);
        if (next() < 0.2) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 8)));
        else text = text.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + text.slice(at);
      }
      for (const batch of [1, 3]) if (batchedLikeWhole(text, batch)) answered++;
    }
    // Many edits leave a valid plain file (a space in a value, a comment): the route must answer for those.
    expect(answered).toBeGreaterThan(100);
  });
});
