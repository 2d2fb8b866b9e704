// Every message template's placeholders are filled: the claims files in the
// repository (the bundled example and every test fixture) are checked, and no
// finding or claim message may still contain a `{name}` placeholder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { interpolate, placeholders } from '../../src/findings/index.js';
import { loadDefaultRules } from '../../src/rules/index.js';

function claimsFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(path).isDirectory()) claimsFiles(path, found);
    else if (name === 'claims.yaml' || name.endsWith('.claims.yaml')) found.push(path);
  }
  return found;
}

describe('message templates', () => {
  const rules = loadDefaultRules();

  it('interpolate fills named placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{claim}: computed {computed}', { claim: 'x', computed: '55 years' })).toBe('x: computed 55 years');
    expect(interpolate('{claim} and {missing}', { claim: 'x' })).toBe('x and {missing}');
    expect(placeholders('{a} {b} {a}')).toEqual(['a', 'b']);
  });

  it('interpolate fills placeholders at either end, side by side and repeated, and leaves other braces alone', () => {
    const data = { a: 'A', b: 2, c: '{b}' };
    expect(interpolate('{a}', data)).toBe('A');
    expect(interpolate('{a}{b}{a}', data)).toBe('A2A');
    expect(interpolate('[{a}] ({b}) {missing}{a}', data)).toBe('[A] (2) {missing}A');
    // Not placeholders: a number, spaces, an empty pair; a value is never filled again.
    expect(interpolate('{1} { a } {} {{a}} {c}', data)).toBe('{1} { a } {} {A} {b}');
    expect(interpolate('no placeholders at all', data)).toBe('no placeholders at all');
    expect(interpolate('', data)).toBe('');
    // The judge's phrases nest: a phrase value is written from its own template.
    const phrases = new Map([['why-pass-hedge', "passes because '{hedge}' allows {admissible}"]]);
    expect(interpolate('{claim}: {why}', { claim: 'rate', why: { phrase: 'why-pass-hedge', data: { hedge: 'about', admissible: '[9%, 11%]' } } }, phrases))
      .toBe("rate: passes because 'about' allows [9%, 11%]");
  });

  it('every kind has a message, and every message placeholder is a plain name', () => {
    for (const check of rules.checks.values()) {
      expect(check.message.length, check.kind).toBeGreaterThan(0);
      for (const name of placeholders(check.message)) expect(name, check.kind).toMatch(/^[a-z_]+$/);
    }
  });

  const files = [join(process.cwd(), 'claims.yaml'), ...claimsFiles(join(process.cwd(), 'test'))];
  it(`leaves no placeholder unfilled in ${files.length} real claims files`, () => {
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const result = checkClaimsText(readFileSync(file, 'utf8'), file, rules);
      const traces = result.claims.flatMap((c) => [c.trace?.why, c.trace?.condition]).filter((t): t is string => t !== undefined);
      for (const message of [...result.findings.map((f) => f.message), ...result.claims.map((c) => c.message), ...traces]) {
        // An unfilled placeholder ({claim}) or a phrase the table lacks ({why-fail}) would show like this.
        expect(message, file).not.toMatch(/\{[a-z_-]+\}/);
      }
    }
  });
});
