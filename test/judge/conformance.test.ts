// The conformance table of ../shared/spec/judging-examples.md, row by row:
// the stated words go through the real quantity parser and unit registry, the
// computed value (given in the stated unit, as in the table) is converted to
// SI, and the judge must give the table's verdict and gross mark.
// Defaults: hedge tolerance 10%, number-word tolerance 5%, loose tolerance 5%.
import { describe, expect, it } from 'vitest';
import { loadDefaultRules } from '../../src/rules/index.js';
import { createUnitRegistry, likelyCause } from '../../src/units/index.js';
import { parseQuantityText } from '../../src/quantity/index.js';
import { judgeClaim, type Judgement } from '../../src/judge/index.js';
import type { Span } from '../../src/types.js';

const rules = loadDefaultRules();
const span: Span = { file: 't.claims.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 };
const { registry } = createUnitRegistry([
  ...rules.units.values(),
  { name: 'GBP', symbols: ['£'], aliases: ['pound', 'pounds'] },
  { name: 'household', aliases: ['households'] },
  { name: 'vote', aliases: ['votes'] },
]);
const ctx = { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols };

/** Judges `stated` against a computed point or [low, high] given in `unit` (default: the stated unit). */
function judge(stated: string, computed: number | [number, number], unit?: string): Judgement {
  const { quantity, problems } = parseQuantityText(stated, ctx, span);
  expect(problems).toEqual([]);
  const statedUnit = registry.resolve(quantity!.unit);
  if (!('unit' in statedUnit)) throw new Error(`unit ${quantity!.unit} did not resolve`);
  const computedUnit = unit === undefined ? statedUnit.unit : (registry.resolve(unit) as { unit: typeof statedUnit.unit }).unit;
  const [low, high] = typeof computed === 'number' ? [computed, computed] : computed;
  return judgeClaim({
    stated: quantity!,
    statedUnit: statedUnit.unit,
    computed: { low: low * computedUnit.factor, high: high * computedUnit.factor, dimension: computedUnit.dimension },
    substituted: 'x',
    presentation: { unit: quantity!.unit, display: quantity!.display },
    describe: (d) => registry.describe(d),
    likelyCause,
  }, rules);
}

describe('judging-examples.md', () => {
  // Each row: [#, stated, computed, computed unit or undefined, verdict, gross]
  const rows: [number, string, number | [number, number], string | undefined, string, boolean][] = [
    [1, '55 years', 55.486, undefined, 'pass', false], // 55 admits [54.5, 55.5)
    [2, '55 years', 55.52, undefined, 'warn', false], // (55.52 − 55.5)/55.5 = 0.04% above
    [3, '55 years', 60, undefined, 'fail', false], // (60 − 55.5)/55.5 = 8.1% above; factor 1.08
    [4, '10% to 27%', [0.1, 0.2727], undefined, 'pass', false], // 0.10 ∈ [0.095, 0.105); 0.2727 ∈ [0.265, 0.275)
    [5, '10% to 27%', [0.1, 0.28], undefined, 'warn', false], // (0.28 − 0.275)/0.275 = 1.8% above
    [6, '10% to 27%', 0.2, undefined, 'pass', false], // a point in [0.095, 0.275)
    [7, 'almost 200', 191.3, undefined, 'pass', false], // [180, 200]
    [8, 'almost 200', 201, undefined, 'warn', false], // 1/200 = 0.5% above
    [9, 'almost 200', 150, undefined, 'fail', false], // (180 − 150)/180 = 16.7% below
    [10, 'about 7.5%', 0.0781, undefined, 'pass', false], // [0.0745 − 0.0075, 0.0755 + 0.0075] = [0.067, 0.083]
    [11, 'more than 600,000', 777720, undefined, 'pass', false], // (600,000, ∞)
    [12, 'more than 600,000', 590000, undefined, 'warn', false], // 10,000/600,000 = 1.7% below
    [13, 'at least 800,000', [811320, 839320], undefined, 'pass', false], // [800,000, ∞)
    [14, 'up to $5.5 billion', 4e9, undefined, 'pass', false], // (−∞, 5.5e9]
    [15, '12,000', 11600, undefined, 'pass', false], // [11,500, 12,500)
    [16, '700', 703, undefined, 'pass', false], // [695, 705)
    [17, '£2,400 a year', 2460, undefined, 'warn', false], // [2,350, 2,450): 10/2450 = 0.4% above
    [18, '$3 million per household', 0.8, undefined, 'fail', true], // [2.5e6, 3.5e6): factor 2.5e6/0.8 ≈ 3.1 million
    [19, '48,000 votes', -15000, undefined, 'fail', true], // opposite sign
    [20, 'slightly less than 1', 0.868, undefined, 'warn', false], // [0.9, 1): 0.032/0.9 = 3.6% below
    [21, 'almost a quarter', 0.194, undefined, 'fail', false], // [0.225, 0.25]: 0.031/0.225 = 13.8% below
    [22, 'almost a quarter', [0.194, 0.25], undefined, 'pass', false], // meets [0.225, 0.25]
    [23, '2.5%', 0.2083, undefined, 'fail', true], // [0.0245, 0.0255): 0.2083/0.0255 = 8.2 times
    [24, '2.5 percentage points', 0.025, undefined, 'pass', false], // [0.0245, 0.0255)
    [26, '10 days', 10, undefined, 'pass', false], // [9.5, 10.5)
    [27, 'a dozen', 13, undefined, 'warn', false], // [11.4, 12.6]: 0.4/12.6 = 3.2% above
    [28, 'between 5 and 6 billion', 5.5e9, undefined, 'pass', false], // point in [4.95e9, 6.05e9)
    [29, '$5 to 6 billion', [5.2e9, 5.9e9], undefined, 'pass', false], // 5.2 ∈ [4.5, 5.5), 5.9 ∈ [5.5, 6.5) billion
    [30, 'nearly 80%', 0.788, undefined, 'pass', false], // [0.72, 0.80]
    [31, 'more than two-thirds', [0.4, 0.45], undefined, 'fail', false], // below 0.667 by 32.5%; factor 1.48
    [32, 'more than 40%', [0.38, 0.41], undefined, 'pass', false], // part of the interval is above 0.40
    [33, 'fewer than 100', 100, undefined, 'warn', false], // on the open bound: distance 0
    [34, '6 per week', 0.9, '1/day', 'pass', false], // 0.9/day = 6.3/week ∈ [5.5, 6.5)
    [35, 'half', 0.46, undefined, 'warn', false], // [0.475, 0.525]: 0.015/0.475 = 3.2% below
  ];
  for (const [n, stated, computed, unit, verdict, gross] of rows) {
    it(`row ${n}: "${stated}" against ${JSON.stringify(computed)} → ${verdict}${gross ? ', gross' : ''}`, () => {
      const j = judge(stated, computed, unit);
      expect(j.verdict).toBe(verdict);
      expect(j.gross).toBe(gross);
    });
  }

  it('row 25: "55 years" against a value in USD is a dimension error naming both', () => {
    const j = judge('55 years', 1000, 'USD');
    expect(j.verdict).toBe('error');
    expect(j.kind).toBe('dimension');
    expect(j.trace.why).toMatch(/USD/);
    expect(j.trace.why).toMatch(/time|year/);
  });
});

describe('traces say why in words', () => {
  it('a pass thanks to a hedge names the hedge and the range it allows', () => {
    // almost 200 → [180, 200]
    expect(judge('almost 200', 191.3).trace.why).toBe("passes because 'almost' allows [180, 200]");
  });

  it('a fail gives the distance and the nearest admissible value', () => {
    // 60 is (60 − 55.5)/55.5 = 8.1% above 55.5
    const j = judge('55 years', 60);
    expect(j.trace.why).toBe('60 years is 8.1% above 55.5 years, the nearest value "55 years" allows');
  });

  it('a gross fail says by what factor, with a likely cause', () => {
    // 0.2083 / 0.0255 = 8.17 → "8.2"
    expect(judge('2.5%', 0.2083).trace.why).toContain('off by a factor of 8.2');
    // "3 million" admits [2.5, 3.5) million; nearest is 2.5e6, and 2.5e6 / 0.8 = 3,125,000 → "about 3.1 million"
    expect(judge('$3 million per household', 0.8).trace.why).toContain('about 3.1 million');
    expect(judge('48,000 votes', -15000).trace.why).toContain('opposite sign');
  });

  it('asks about percentage points only when the stated words are a change', () => {
    // "up 2%" admits [1.5%, 2.5%); a relative change of 40% (5% → 7%) is 40 / 2.5 = 16 times the
    // nearest: the article's "2%" may be the 2 points from 5% to 7%.
    expect(judge('up 2%', 0.4).trace.why).toBe('40% is far above 2.5%, the nearest value "up 2%" allows — off by a factor of about 16 (a percentage-point change written as a percent?)');
    // "20 percent" is no change: 15.9 million / 20 million = 79.5% is far off, and points have nothing to do with it.
    // [19.5%, 20.5%): 79.5 / 20.5 = 3.88 → "3.9".
    expect(judge('20 percent', 0.795).trace.why).toBe('79.5% is far above 20.5%, the nearest value "20 percent" allows — off by a factor of 3.9');
  });

  it('spots a ratio where a change was meant: new ÷ old = 1.0909 against "about 9%"', () => {
    // "about 9%" admits [8.5% − 0.9%, 9.5% + 0.9%] = [7.6%, 10.4%]; 1.0909 / 0.104 = 10.5 → gross;
    // 1.0909 − 1 = 9.09% (shown as 9.1%, the decimals of 109.1%), which the words admit.
    const j = judge('about 9%', 1.0909);
    expect(j.verdict).toBe('fail');
    expect(j.gross).toBe(true);
    expect(j.trace.why).toBe('109.1% is far above 10.4%, the nearest value "about 9%" allows — off by a factor of about 10 (a ratio where a change was meant? new ÷ old − 1 is 9.1%)');
  });

  it('the message is the arithmetic with the result in the stated unit', () => {
    // 0.1 → 10%, 0.272727 → 27.27% (4 significant figures)
    expect(judge('10% to 27%', [0.1, 0.272727]).message).toBe('x = 10% to 27.27%, stated 10% to 27%');
    // 55.486 with two decimals (one would print 55.5, the edge it is not on)
    expect(judge('55 years', 55.486).trace.result).toBe('55.49 years');
  });

  it('a stated range reports the end that fails', () => {
    // high end 0.28 vs [0.265, 0.275): 0.28 − 0.275 = 0.5 percentage points, 0.005 / 0.275 = 1.8% relative above 27.5%
    expect(judge('10% to 27%', [0.1, 0.28]).trace.why).toBe(
      'the high end 28% is 0.5 percentage points above (1.8% relative) 27.5%, the nearest value "27%" allows',
    );
  });
});
