// Property (issue 5, §10): the loader never throws, whatever the text — random
// strings, random bytes decoded as UTF-8, YAML-like token soup — and the whole
// per-file pipeline (checkClaimsText) never throws on random claims files.
// Every problem it reports has a position (line and column from 1).
import { describe, expect, it } from 'vitest';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { loadClaimsFile } from '../../src/load/index.js';
import type { Problem } from '../../src/types.js';
import { defaults, fc } from './setup.js';

const { rules } = defaults();

function positioned(problems: readonly Problem[]): void {
  for (const p of problems) {
    expect(p.span.line).toBeGreaterThanOrEqual(1);
    expect(p.span.column).toBeGreaterThanOrEqual(1);
  }
}

/** Pieces of YAML syntax and claims-file vocabulary, glued into random "YAML". */
const YAML_TOKENS = [
  'inputs:', 'claims:', 'units:', 'ignore:', 'title:', 'rules:', 'article:', '\n', '\n  ', '\n    ', '  ', ' ', '\t', '\r\n',
  'a:', 'b:', '__proto__:', 'constructor:', 'value:', 'source:', 'compute:', 'stated:', 'allow:', 'reason:',
  '{', '}', '[', ']', ',', ':', '- ', '? ', '|', '>', '#', '"', "'", '&a ', '*a', '&b ', '*b', '!!js/function ', '!tag ',
  '!!binary ', '<<: ', '---', '...', '%YAML 1.2', '3', '1,100', '10%', '1e400', '.nan', '.inf', '~', 'null', 'true',
  'a + b', 'a / 0', 'import(1)', '1100 to 3000 soldiers', 'almost 200', '$5.5 billion', 'а', '\uFEFF', '\u0000', '\uFFFD',
];
const yamlSoup = fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 60 }).map((parts) => parts.join(''));

describe('the loader never throws', () => {
  it('on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      positioned(loadClaimsFile(text, 'claims.yaml').problems);
    }), { numRuns: 300 });
  });

  it('on random bytes read as UTF-8', () => {
    const decoder = new TextDecoder('utf-8');
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      positioned(loadClaimsFile(decoder.decode(bytes), 'claims.yaml').problems);
    }), { numRuns: 300 });
  });

  it('on random YAML-like text', () => {
    fc.assert(fc.property(yamlSoup, (text) => {
      positioned(loadClaimsFile(text, 'claims.yaml').problems);
    }), { numRuns: 500 });
  });
});

/** Random claims files with the right shape and random contents. */
const VALUE_TOKENS = ['1', '100', '1,100', '0', '-3', '2.5', '1e400', '10', '%', ' to ', ' ', 'about ', 'almost ', 'million', '$', 'soldiers', 'per', 'day', 'a quarter', 'NaN', '.'];
const COMPUTE_TOKENS = ['a', 'b', 'c0', 'c1', ' + ', ' - ', ' * ', ' / ', '^', '2', '1000', '0', '(', ')', 'sqrt(', 'log(', 'min(', ',', 'import(', '.constructor', '[1]', '%', 'day', 'soldier', '1e308', '!', ' ? ', ':', '"x"', '=', 'а'];
const words = (tokens: string[], max: number) => fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: max }).map((p) => p.join(''));
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const claimsFile = fc
  .record({
    a: words(VALUE_TOKENS, 6),
    b: words(VALUE_TOKENS, 6),
    c0: words(COMPUTE_TOKENS, 12),
    c1: words(COMPUTE_TOKENS, 12),
    s0: words(VALUE_TOKENS, 5),
    s1: words(VALUE_TOKENS, 5),
  })
  .map((r) => [
    'units:',
    '  soldier: { aliases: [soldiers] }',
    'inputs:',
    `  a: { value: ${quote(r.a)}, source: generated }`,
    `  b: { value: ${quote(r.b)}, source: generated }`,
    'claims:',
    `  c0: { compute: ${quote(r.c0)}, stated: ${quote(r.s0)} }`,
    `  c1: { compute: ${quote(r.c1)}, stated: ${quote(r.s1)} }`,
  ].join('\n'));

describe('checking a claims file never throws', () => {
  it('on random claims files', () => {
    fc.assert(fc.property(claimsFile, (text) => {
      const result = checkClaimsText(text, 'claims.yaml', rules);
      expect(result.claims.map((c) => c.name)).toEqual(['c0', 'c1']);
      for (const claim of result.claims) {
        expect(['pass', 'warn', 'fail', 'error', 'info']).toContain(claim.verdict);
        expect(claim.message).toMatch(/\S/);
        expect(claim.line).toBeGreaterThanOrEqual(1);
      }
      for (const finding of result.findings) expect(finding.line).toBeGreaterThanOrEqual(1);
    }), { numRuns: 150 });
  });
});
