// Every sentence is data: the judge's reasons, the loader's messages and
// "did you mean" are phrases of rules/checks.yaml, and a project's own
// rules/checks.yaml rewords any of them by id (and is told when an id is not
// one claimcheck writes).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { worded } from '../worded.js';
import { describe, expect, it } from 'vitest';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { loadDefaultRules, loadRules } from '../../src/rules/index.js';
import type { Rules } from '../../src/types.js';

function rulesFolder(checksYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-phrases-'));
  writeFileSync(join(dir, 'checks.yaml'), checksYaml);
  return dir;
}

// a = 10, so x = a * 2 = 20 against "30" (which admits [29.5, 30.5)): 32% short, a fail,
// not gross (29.5 / 20 = 1.5 < 2), so its reason is the phrase why-fail.
const FAILING = 'inputs:\n  a: { value: 10, source: s }\nclaims:\n  x: { compute: a * 2, stated: "30" }\n';
// The key `a` twice under inputs: the loader's duplicate-key message (line 3, column 3).
const DUPLICATE = 'inputs:\n  a: { value: 1, source: s }\n  a: { value: 2, source: s }\n';
// `aa` is one edit from the input `a`: "did you mean 'a'?".
const MISSPELT = 'inputs:\n  a: { value: 1, source: s }\nclaims:\n  x: { compute: aa * 2 }\n';

function check(text: string, rules: Rules) {
  return checkClaimsText(text, 'c.yaml', rules);
}

describe('phrases', () => {
  const defaults = loadDefaultRules();
  const reworded = loadRules([rulesFolder([
    'phrases:',
    '  why-fail: "REWORDED: {computed} against {stated}"',
    '  yaml-duplicate-key: "{key} is written twice"',
    '  did-you-mean: " (perhaps {name})"',
  ].join('\n') + '\n')]);

  it('a project folder loads with its phrases and no problems', () => {
    expect(reworded.problems).toEqual([]);
    expect(reworded.rules.phrases.get('why-fail')).toBe('REWORDED: {computed} against {stated}');
    // Phrases it does not mention keep the default wording.
    expect(reworded.rules.phrases.get('why-warn')).toBe(defaults.phrases.get('why-warn'));
  });

  it("rewords the judge's reason for a fail", () => {
    const before = check(FAILING, defaults).claims[0]!;
    expect(before.verdict).toBe('fail');
    expect(before.trace?.why).toMatch(/^20 is .* below 29\.5, the nearest value "30" allows$/);
    const after = check(FAILING, reworded.rules).claims[0]!;
    expect(after.verdict).toBe('fail');
    expect(after.trace?.why).toBe('REWORDED: 20 against 30');
  });

  it("rewords the loader's message for a key written twice", () => {
    const before = check(DUPLICATE, defaults).findings.filter((f) => f.kind === 'schema');
    expect(before.map((f) => [f.message, f.line, f.column])).toEqual([["the key 'a' appears twice", 3, 3]]);
    const after = check(DUPLICATE, reworded.rules).findings.filter((f) => f.kind === 'schema');
    expect(after.map((f) => [f.message, f.line, f.column])).toEqual([['a is written twice', 3, 3]]);
  });

  it('rewords "did you mean"', () => {
    const message = (rules: Rules) => {
      const result = check(MISSPELT, rules);
      return [...result.findings, ...result.claims].find((f) => f.kind === 'unknown-name')?.message;
    };
    expect(message(defaults)).toBe("'aa' is not an input, a claim or a known unit — did you mean 'a'?");
    expect(message(reworded.rules)).toBe("'aa' is not an input, a claim or a known unit (perhaps a)");
  });

  it('refuses a phrase id claimcheck does not write, pointing at it', () => {
    const dir = rulesFolder('phrases:\n  why-fial: "typo"\n');
    // Named as --rules names it, so its text may be quoted (it lies outside this repository).
    const { problems } = loadRules([dir], { named: [dir] });
    expect(problems.map((p) => [p.kind, p.span.file, p.span.line, p.span.column, worded(p.data['reason'])])).toEqual([
      ['rules', join(dir, 'checks.yaml'), 2, 13, "phrase 'why-fial' is not one claimcheck writes (the phrases are listed at the end of docs/checks.md)"],
    ]);
  });

  it('the generated PhraseId union lists exactly the default phrases', async () => {
    const { PHRASE_IDS } = await import('../../src/findings/kinds.generated.js');
    expect([...defaults.phrases.keys()]).toEqual([...PHRASE_IDS]);
  });
});
