// Hostile claims files (contract §10): aliases, tags, binary, huge and deeply
// nested input. Each must end in problems with a position, never a throw, a
// hang or a stack overflow.
import { worded } from '../worded.js';
import { describe, expect, it } from 'vitest';
import { loadClaimsFile } from '../../src/load/index.js';
import type { ClaimsFile } from '../../src/types.js';
import { at, written, yaml } from './helpers.js';

const load = (text: string) => written(loadClaimsFile(text, 'c.yaml'));

function expectEmpty(file: ClaimsFile): void {
  expect(file).toMatchObject({ path: 'c.yaml', units: [], inputs: [], claims: [], ignore: [] });
}

/** A deterministic pseudo-random generator (LCG), so failures can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('aliases', () => {
  it('ends a "billion laughs" file with one problem about aliases', () => {
    // Nine levels of nine aliases each would expand to 9^9 ≈ 387 million strings.
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i++) {
      const prev = names[i - 1] as string;
      lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const { file, problems } = load(yaml(...lines));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.kind).toBe('schema');
    expect(problems[0]?.data.reason).toMatch(/aliases .* more than 100 copies/);
    // Count by hand, one alias use at a time: b's nine *a add 9; each *b
    // stands for itself plus the 9 inside b, 10 uses, and c's nine give 90
    // (99 in all); the first *c in d adds 1 + 90 = 91 → 190 > 100. "d: &d ["
    // is 7 characters, so that alias is at line 4, column 8.
    expect(at(problems[0])).toBe('4:8');
    expectEmpty(file);
  });

  it('accepts a few aliases', () => {
    const { problems } = load(yaml('inputs:', '  a: { value: &v 3, source: &s s }', '  b: { value: *v, source: *s }'));
    expect(problems).toEqual([]);
  });

  it('reports an alias to an anchor that does not exist', () => {
    const { file, problems } = load(yaml('inputs:', '  a: { value: *nope, source: s }'));
    expect(problems.map((p) => [p.kind, p.data.reason, at(p)])).toEqual([
      ['schema', "the alias '*nope' refers to an anchor '&nope' that is not defined before it", '2:15'],
    ]);
    expectEmpty(file);
  });

  it('reports an alias inside the value it names', () => {
    const { problems } = load(yaml('ignore: &x [1, *x]'));
    expect(problems.map((p) => p.data.reason)).toEqual(["the alias '*x' is inside the value it refers to, so it would never end"]);
  });
});

describe('tags', () => {
  it('reports custom tags and never runs or builds them', () => {
    const text = yaml(
      /* 1 */ 'inputs:',
      /* 2 */ '  a:',
      /* 3 */ '    value: !!js/function "function () { return 1 }"',
      /* 4 */ '    source: !!python/object:os.system "rm -rf /"',
      /* 5 */ '    note: !custom hello',
      /* 6 */ '    quote: !!binary aGVsbG8=',
      /* 7 */ '    url: !!str https://example.com',
    );
    const { file, problems } = load(text);
    // Each at its tag: "    value: " → column 12, "    source: " → 13, "    note: " → 11, "    quote: " → 12.
    expect(problems.map((p) => [p.kind, p.data.reason, at(p)])).toEqual([
      ['schema', "the tag '!!js/function' is not allowed in a claims file; remove it (tags can make some YAML readers create objects or run code)", '3:12'],
      ['schema', "the tag '!!python/object:os.system' is not allowed in a claims file; remove it (tags can make some YAML readers create objects or run code)", '4:13'],
      ['schema', "the tag '!custom' is not allowed in a claims file; remove it (tags can make some YAML readers create objects or run code)", '5:11'],
      ['schema', "the tag '!!binary' is not allowed in a claims file; remove it (tags can make some YAML readers create objects or run code)", '6:12'],
    ]);
    // The values are only ever plain text; the core !!str tag is fine.
    const input = file.inputs[0];
    expect(input?.value).toMatchObject({ form: 'text', text: 'function () { return 1 }' });
    expect(typeof input?.source?.value).toBe('string');
    expect(input?.url?.value).toBe('https://example.com');
  });

  it('ignores a %YAML 1.1 directive: no merge keys, no timestamps', () => {
    const { file, problems } = load(yaml('%YAML 1.1', '---', 'inputs:', '  a: { value: 1, source: s, as_of: 2024-01-01 }', '<<: { x: 1 }'));
    expect(problems.map((p) => [p.kind, p.data.key])).toEqual([['unknown-key', '<<']]);
    expect(file.inputs[0]?.asOf?.value).toBe('2024-01-01');
  });
});

describe('binary and huge input', () => {
  it('reports a file with NUL characters as binary', () => {
    const { file, problems } = load('inputs:\n  a\u0000b: 1\n');
    expect(problems).toEqual([
      { kind: 'yaml-syntax', data: { reason: 'the file is not text (it looks binary)' }, span: { file: 'c.yaml', line: 1, column: 1, endLine: 1, endColumn: 1 } },
    ]);
    expectEmpty(file);
  });

  it('reports bytes that are not UTF-8 (decoded to U+FFFD) as binary', () => {
    const next = random(7);
    const bytes = Uint8Array.from({ length: 4000 }, () => Math.floor(next() * 256));
    const text = new TextDecoder('utf-8').decode(bytes);
    const { problems } = load(text);
    expect(problems.map((p) => p.data.reason)).toEqual(['the file is not text (it looks binary)']);
  });

  it('refuses a file over 5 MB (the default limit) before parsing it', () => {
    // 5.5 × 1,048,576 bytes of ASCII = 5.5 MB.
    const { file, problems } = load('#' + 'x'.repeat(5.5 * 1024 * 1024 - 1));
    expect(problems.map((p) => [p.kind, p.data.reason, at(p)])).toEqual([['schema', 'the claims file is 5.5 MB; the limit is 5 MB', '1:1']]);
    expectEmpty(file);
    // 2,097,152 euro signs are 3 bytes each in UTF-8: 6 MB, though only 2 M characters.
    expect(load('€'.repeat(2 * 1024 * 1024)).problems[0]?.data.reason).toBe('the claims file is 6 MB; the limit is 5 MB');
    // One byte over the limit does not read as "5 MB".
    expect(load('#'.repeat(5 * 1024 * 1024 + 1)).problems[0]?.data.reason).toBe('the claims file is 5.1 MB; the limit is 5 MB');
  });

  it('refuses a file over a limit the caller sets (--max-file-size, max_file_size:)', () => {
    // 300 × 1,024 bytes = 300 KB against a 256 KB limit.
    const text = '#' + 'x'.repeat(300 * 1024 - 1);
    expect(loadClaimsFile(text, 'claims.yaml', { maxBytes: 256 * 1024 }).problems.map((p) => worded(p.data.reason))).toEqual(['the claims file is 300 KB; the limit is 256 KB']);
    // 2.5 MB is refused under a 2 MB limit and read under the default 5 MB.
    const big = '#' + 'x'.repeat(2.5 * 1024 * 1024 - 1);
    expect(loadClaimsFile(big, 'claims.yaml', { maxBytes: 2 * 1024 * 1024 }).problems.map((p) => worded(p.data.reason))).toEqual(['the claims file is 2.5 MB; the limit is 2 MB']);
    expect(loadClaimsFile(big, 'claims.yaml').problems.some((p) => worded(p.data.reason).includes('the limit is'))).toBe(false);
  });

  it('reads a large file of many inputs', () => {
    // About 1 MB: 18,000 inputs of ~55 characters each (the library's own
    // duplicate-key check would make this quadratic; ours is a set per mapping).
    const lines = ['inputs:'];
    for (let i = 0; i < 18000; i++) lines.push(`  n${i}:`, `    value: ${i} soldiers`, '    source: somewhere');
    const { file, problems } = load(yaml(...lines));
    expect(problems).toEqual([]);
    expect(file.inputs).toHaveLength(18000);
    // Input n17999 is the last: its key is on line 1 + 3 × 17999 + 1 = 53,999.
    expect(file.inputs[17999]?.span.line).toBe(53999);
  });
});

describe('deep nesting', () => {
  it('refuses deeply nested [ ] before the YAML library sees it', () => {
    // The top-level mapping is level 1 and the k-th '[' is level k + 1, so
    // the 100th '[' (offset 3 + 99 = 102, column 103) is the first too deep.
    const { file, problems } = load('a: ' + '['.repeat(100000) + ']'.repeat(100000) + '\n');
    expect(problems.map((p) => [p.kind, at(p)])).toEqual([['schema', '1:103']]);
    expect(problems[0]?.data.reason).toBe('the claims file is nested more than 100 levels deep; a claims file needs only a few levels');
    expectEmpty(file);
  });

  it('refuses deeply indented mappings and lists', () => {
    let text = '';
    for (let i = 0; i < 1000; i++) text += ' '.repeat(i) + 'k:\n';
    expect(load(text).problems.map((p) => p.data.reason)).toEqual([
      'the claims file is nested more than 100 levels deep; a claims file needs only a few levels',
    ]);
    expect(load('- '.repeat(5000) + 'x\n').problems).toHaveLength(1);
    expect(load('{a: '.repeat(5000) + '1' + '}'.repeat(5000)).problems).toHaveLength(1);
  });

  it('accepts nesting within the limit (and reports its shape, not a crash)', () => {
    // 90 levels of lists inside ignore: a schema problem about the entry.
    const { problems } = load('ignore: ' + '['.repeat(90) + ']'.repeat(90) + '\n');
    expect(problems.map((p) => p.data.reason)).toEqual(['each entry of `ignore:` should be a piece of text, but this one is a list']);
  });
});

describe('never throws', () => {
  it('survives random YAML-like text', () => {
    // Characters chosen to hit YAML's syntax: indicators, quotes, anchors,
    // tags, indentation, line ends and some names the format knows.
    const pieces = [
      ':', ' ', '  ', '\n', '\r\n', '- ', '[', ']', '{', '}', ',', '"', "'", '&a', '*a', '!', '!!', '#', '|', '>',
      '?', '%', '@', '`', '\t', 'inputs', 'claims', 'value', 'source', 'compute', 'stated', 'allow', 'reason',
      'units', 'aliases', 'ignore', 'x', '1,100', '__proto__', '---', '...', '\uFEFF', 'é', '\u0430',
    ];
    const next = random(12345);
    for (let n = 0; n < 400; n++) {
      let text = '';
      const length = Math.floor(next() * 80);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      const { file, problems } = load(text);
      expect(Array.isArray(file.inputs) && Array.isArray(file.claims) && Array.isArray(problems)).toBe(true);
      for (const p of problems) {
        expect(p.span.line).toBeGreaterThanOrEqual(1);
        expect(p.span.column).toBeGreaterThanOrEqual(1);
        expect(typeof p.kind).toBe('string');
      }
    }
  });
});
