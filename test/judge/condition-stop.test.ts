// The "holds only if" search stops once the condition, as written, cannot
// change (src/judge/condition.ts, `Settled`; src/judge/index.ts, settledFor):
// these tests check that the condition is then the same text as the search
// to full precision gives, over many seeded random claims, and that it does
// stop early (fewer evaluations of the claim).
import { describe, expect, it } from 'vitest';
import { judgeClaim, type ClaimToJudge, type Decider, type Presentation } from '../../src/judge/index.js';
import { holdingRange } from '../../src/judge/condition.js';
import { parseQuantityText } from '../../src/quantity/index.js';
import { loadDefaultRules } from '../../src/rules/index.js';
import type { ResolvedUnit, Span } from '../../src/types.js';
import { build } from '../evaluate/helpers.js';

const rules = loadDefaultRules();
const SPAN: Span = { file: 'claims.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 };

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number with up to 4 significant figures, written plainly (no exponent). */
function written(x: number): string {
  return String(Number(x.toPrecision(1 + Math.floor(Math.abs(x) * 7919) % 4)));
}

/** A random expression in x: operations the early stop trusts (+ − × ÷ round abs min max sqrt) and some it does not (^, log, exp). */
function expression(next: () => number, depth: number): string {
  const c = (): string => written(0.5 + next() * 200);
  if (depth === 0 || next() < 0.25) return 'x';
  const inner = expression(next, depth - 1);
  const pick = Math.floor(next() * 13);
  switch (pick) {
    case 0: return `(${inner}) + ${c()}`;
    case 1: return `(${inner}) - ${c()}`;
    case 2: return `${c()} * (${inner})`;
    case 3: return `(${inner}) / ${c()}`;
    case 4: return `${c()} / (${inner})`;
    case 5: return `${c()} - (${inner})`;
    case 6: return `round((${inner}) * 10) / 10`;
    case 7: return `abs(${inner})`;
    case 8: return `max(${inner}, ${c()})`;
    case 9: return `sqrt(${inner})`;
    case 10: return `(${inner}) ^ 2`;
    case 11: return `log(${inner})`;
    default: return `(${inner}) * (${expression(next, depth - 1)})`;
  }
}

const PRESENTATIONS: Presentation[] = [
  { unit: '', display: 'plain' },
  { unit: '', display: 'percent' },
  { unit: '', display: 'points' },
  { unit: 'USD', display: 'plain', currencySign: '$' },
  { unit: 'soldier', pluralUnit: 'soldiers', display: 'plain' },
];

describe('the "holds only if" search stops early with the same condition', () => {
  it('writes the same condition as the full search for 2,000 seeded random claims, with fewer evaluations', () => {
    const next = random(20261129);
    const plain = build({}, {}).registry.resolve('');
    if (!('unit' in plain)) throw new Error('the plain unit does not resolve');
    const statedUnit: ResolvedUnit = plain.unit;
    const ctx = (() => {
      const { registry } = build({}, {});
      return { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols };
    })();
    let conditions = 0;
    let stopped = 0;
    let callsFull = 0;
    let callsStopping = 0;
    for (let i = 0; i < 2000; i++) {
      const size = 10 ** (-3 + next() * 12);
      const low = Number((size * (0.2 + next())).toPrecision(3));
      const high = Number((low * (1 + next() * (next() < 0.2 ? 20 : 0.6))).toPrecision(3));
      const compute = expression(next, 3);
      const b = build({ x: { low, high } }, { c: compute });
      if (b.problems.length > 0) continue;
      const computed = b.evaluator.claim('c');
      if ('reason' in computed) continue;
      const search = b.evaluator.searchAlong('c', 'x', {});
      // The stated value: the claim at some point in or beyond the input's range, hedged or bounded.
      let at = search.middle(low + (high - low) * (-0.5 + next() * 2));
      if (at === undefined || !Number.isFinite(at) || Math.abs(at) > 1e14 || Math.abs(at) < 1e-5) continue;
      // One in four stated values is a power of ten, where decimals, scale words and money's rules change.
      if (next() < 0.25) at = Math.sign(at) * 10 ** Math.round(Math.log10(Math.abs(at)));
      const word = ['about ', 'more than ', 'under ', 'at least ', ''][Math.floor(next() * 5)]!;
      const { quantity: stated } = parseQuantityText(`${word}${written(at)}`, ctx, SPAN);
      if (!stated) continue;
      const presentation = PRESENTATIONS[Math.floor(next() * PRESENTATIONS.length)]!;
      const judge = (stopping: boolean): { text: string; calls: number } => {
        let calls = 0;
        const decider: Decider = {
          name: 'x', low, high, presentation,
          claimAt: (x) => {
            calls++;
            return search.middle(x);
          },
        };
        if (stopping) decider.computableAcross = search.computableAcross;
        const claim: ClaimToJudge = {
          stated, statedUnit, computed, substituted: compute, presentation: { unit: '', display: 'plain' },
          describe: () => 'a number', likelyCause: () => undefined, decider: () => decider,
        };
        return { text: JSON.stringify(judgeClaim(claim, rules)), calls };
      };
      const full = judge(false);
      const stopping = judge(true);
      expect(stopping.text, `case ${i}: ${compute} for x in [${low}, ${high}], stated ${stated.text}, ${presentation.display} ${presentation.unit}`).toBe(full.text);
      if (full.text.includes('"condition"')) conditions++;
      if (stopping.calls < full.calls) stopped++;
      callsFull += full.calls;
      callsStopping += stopping.calls;
    }
    // Many claims had a condition, and the search stopped early for many: far fewer evaluations overall.
    expect(conditions).toBeGreaterThan(200);
    expect(stopped).toBeGreaterThan(150);
    expect(callsStopping).toBeLessThan(callsFull * 0.75);
  });

  it('does not stop across a point where the claim cannot be computed', () => {
    // c = 1 / (x − 1000.5) + 2000: no value at x = 1000.5 exactly. Over x in [900, 1100] it falls
    // from 1999.99 to 1999.99, jumping from −∞ to +∞ at 1000.5; the interval evaluation of any range
    // containing 1000.5 fails, so a bracket around it never counts as computable everywhere.
    const b = build({ x: { low: 900, high: 1100 } }, { c: '1 / (x - 1000.5) + 2000' });
    const search = b.evaluator.searchAlong('c', 'x', {});
    expect(search.middle(1000.5)).toBeUndefined();
    expect(search.computableAcross(1000, 1001)).toBe(false);
    expect(search.computableAcross(1000.25, 1000.5)).toBe(false);
    expect(search.computableAcross(1000.75, 1100)).toBe(true);
    // A claim whose other input is a range is evaluated with intervals along x: never certain.
    const ranged = build({ x: { low: 1, high: 2 }, y: { low: 3, high: 4 } }, { c: 'x * y' });
    expect(ranged.evaluator.searchAlong('c', 'x', {}).computableAcross(1, 2)).toBe(false);
    // Logs and powers are left out (Math.log and Math.pow are not promised to be monotone to the last bit).
    const logs = build({ x: { low: 1, high: 2 } }, { c: 'log(x) * 10', d: 'x ^ 2' });
    expect(logs.evaluator.searchAlong('c', 'x', {}).computableAcross(1, 2)).toBe(false);
    expect(logs.evaluator.searchAlong('d', 'x', {}).computableAcross(1, 2)).toBe(false);
    expect(logs.evaluator.searchAlong('c', 'x', {}).middle(1.5)).toBeCloseTo(4.055, 3);
  });

  it('keeps searching while an end of the input\'s own range lies in a bracket', () => {
    // g(x) = x: the claim holds for x ≥ 5 exactly at the input's low end, 5. Stopping with 5 inside the
    // bracket could say "x ≥ 5" or nothing; the full search says nothing (the edge does not cut into [5, 9]).
    let asked = 0;
    const range = holdingRange((x) => x, 5, 9, { low: 5, high: Infinity, lowOpen: false, highOpen: false }, () => {
      asked++;
      return true;
    });
    expect(range).toBeUndefined();
    expect(asked).toBe(0);
    // With the edge at 6.2 inside [5, 9]: it stops as soon as it is asked, at a value in the bracket near 6.2.
    const stopped = holdingRange((x) => x, 5, 9, { low: 6.2, high: Infinity, lowOpen: false, highOpen: false }, () => true);
    expect(stopped?.withinRange).toBe(true);
    expect(stopped?.high).toBeUndefined();
    expect(Math.abs((stopped?.low ?? 0) - 6.2)).toBeLessThan(6.2 * 2 ** -12);
  });
});
