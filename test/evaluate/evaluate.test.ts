// The evaluate stage over real resolved models: units, ranges, non-monotone
// operations, the dependency problem, errors, functions and traces.
import { describe, expect, it } from 'vitest';
import { build, errorOf, valueOf, written } from './helpers.js';
import type { EvaluationError } from '../../src/evaluate/index.js';

const DAY = 86400;
const YEAR = 365.25 * DAY;

describe('points with units', () => {
  it('computes the years to conquer Ukraine', () => {
    // 233062 mi² / 11.5 mi²/day = 20266.2609 days; / 365.25 = 55.486 years.
    const b = build(
      {
        ukraine_area: { low: 233062, unit: 'mi^2', text: '233062 mi^2' },
        daily_gain: { low: 11.5, unit: 'mi^2/day', text: '11.5 mi^2/day' },
      },
      { years_to_conquer: 'ukraine_area / daily_gain', literal: '233062 mi^2 / (11.5 mi^2/day)' },
    );
    expect(b.problems).toEqual([]);
    const v = valueOf(b.evaluator, 'years_to_conquer');
    expect(v.dimension).toEqual({ TIME: 1 });
    expect(v.low).toBe(v.high);
    expect(v.low / DAY).toBeCloseTo(20266.2609, 3);
    expect(v.low / YEAR).toBeCloseTo(55.486, 3);
    // Unit words in the expression evaluate to their factor: the same number.
    const literal = valueOf(b.evaluator, 'literal');
    expect(literal.low / YEAR).toBeCloseTo(55.486, 3);
    expect(literal.dimension).toEqual({ TIME: 1 });
    // The rate is put in parentheses; the leading input stays as written.
    expect(b.evaluator.substituted('years_to_conquer')).toBe('233062 mi^2 / (11.5 mi^2/day)');
    expect(b.evaluator.uncertainInputs('years_to_conquer')).toEqual([]);
  });

  it('multiplies and divides dimensions, and powers multiply them', () => {
    // 3 km × 2 km = 6e6 m²; (3 km)^2 = 9e6 m²; sqrt(9e6 m²) = 3000 m.
    const b = build(
      { side: { low: 3, unit: 'km' }, width: { low: 2, unit: 'km' } },
      { area: 'side * width', sq_claim: 'side^2', root: 'sqrt(sq_claim)', inverse: 'side^-1', halfpower: 'sq_claim^0.5' },
    );
    expect(b.problems).toEqual([]);
    expect(valueOf(b.evaluator, 'area')).toEqual({ low: 6e6, high: 6e6, dimension: { LENGTH: 2 } });
    expect(valueOf(b.evaluator, 'sq_claim')).toEqual({ low: 9e6, high: 9e6, dimension: { LENGTH: 2 } });
    expect(valueOf(b.evaluator, 'root')).toEqual({ low: 3000, high: 3000, dimension: { LENGTH: 1 } });
    expect(valueOf(b.evaluator, 'halfpower')).toEqual({ low: 3000, high: 3000, dimension: { LENGTH: 1 } });
    // 1 / 3000 m
    expect(valueOf(b.evaluator, 'inverse')).toEqual({ low: 1 / 3000, high: 1 / 3000, dimension: { LENGTH: -1 } });
  });
});

describe('ranges', () => {
  it('divides a range of casualties by the troops', () => {
    // [1100, 3000] / 11000 = [0.1, 0.272727…], a plain number.
    const b = build(
      {
        nk_casualties: { low: 1100, high: 3000, unit: 'soldier', text: '1100 to 3000 soldiers' },
        nk_troops_kursk: { low: 11000, unit: 'soldier', text: '11000 soldiers' },
      },
      { casualty_rate: 'nk_casualties / nk_troops_kursk' },
    );
    expect(b.problems).toEqual([]);
    const v = valueOf(b.evaluator, 'casualty_rate');
    expect(v.dimension).toEqual({});
    expect(v.low).toBeCloseTo(0.1, 12);
    expect(v.high).toBeCloseTo(0.272727, 6);
    expect(b.evaluator.substituted('casualty_rate')).toBe('1100 to 3000 soldiers / 11000 soldiers');
    expect(b.evaluator.uncertainInputs('casualty_rate')).toEqual(['nk_casualties']);
  });

  it('is sound for operations that are not monotone', () => {
    const b = build(
      {
        alpha: { low: 1, high: 3 },
        beta: { low: 2, high: 4 },
        signed_a: { low: -1, high: 2 },
        signed_b: { low: -3, high: 1 },
        across: { low: -2, high: 3 },
      },
      {
        abs_diff: 'abs(alpha - beta)',
        squared: '(alpha - beta)^2',
        max_ab: 'max(alpha, beta)',
        min_ab: 'min(alpha, beta)',
        ab_product: 'signed_a * signed_b',
        sq_claim: 'across^2',
        x_cubed: 'across^3',
      },
    );
    expect(b.problems).toEqual([]);
    const e = b.evaluator;
    // alpha - beta ranges over [1-4, 3-2] = [-3, 1]; its absolute value over [0, 3] (0 at alpha = beta = 2 or 3).
    expect(valueOf(e, 'abs_diff')).toMatchObject({ low: 0, high: 3 });
    // Its square over [0, 9]: end points alone would give [1, 1] for (1-2)^2 and (3-4)^2.
    expect(valueOf(e, 'squared')).toMatchObject({ low: 0, high: 9 });
    // max: at least max(1, 2) = 2, at most max(3, 4) = 4; min: [1, 3].
    expect(valueOf(e, 'max_ab')).toMatchObject({ low: 2, high: 4 });
    expect(valueOf(e, 'min_ab')).toMatchObject({ low: 1, high: 3 });
    // [-1,2] × [-3,1]: candidates 3, -1, -6, 2 → [-6, 3].
    expect(valueOf(e, 'ab_product')).toMatchObject({ low: -6, high: 3 });
    // x² over [-2, 3]: 0 at x = 0, 9 at x = 3.
    expect(valueOf(e, 'sq_claim')).toMatchObject({ low: 0, high: 9 });
    // x³ is monotone: [-8, 27].
    expect(valueOf(e, 'x_cubed')).toMatchObject({ low: -8, high: 27 });
  });

  it('tightens an input that occurs twice (the dependency problem)', () => {
    const b = build(
      { alpha: { low: 1, high: 3 }, troops: { low: 10, high: 20, unit: 'soldier' }, casualties: { low: 5, unit: 'soldier' }, wounded: { low: 4, high: 6, unit: 'soldier' } },
      {
        nothing: 'alpha - alpha',
        rate: 'casualties / troops',
        back: 'rate * troops',
        range_rate: 'wounded / troops',
        range_back: 'range_rate * troops',
        rescued: '1 / (alpha - alpha + 1)',
        averaged: 'mean(alpha, alpha)',
        parabola: '(alpha - 2)^2 + alpha',
      },
    );
    expect(b.problems).toEqual([]);
    const e = b.evaluator;
    // Natural arithmetic gives [1-3, 3-1] = [-2, 2]. The derivative in alpha is 1 - 1 = 0,
    // so the claim is monotone and its ends (alpha = 1 and alpha = 3) both give 0.
    const nothing = valueOf(e, 'nothing');
    expect(nothing.low).toBeLessThanOrEqual(0);
    expect(nothing.high).toBeGreaterThanOrEqual(0);
    expect(nothing.high - nothing.low).toBeLessThanOrEqual(2 / 64);
    // rate = 5/troops ∈ [0.25, 0.5]; natural rate × troops = [2.5, 10]. Truly 5.
    // Through rate's tree, troops split into pieces, each narrowed by the mean-value
    // form: the derivative -5/t²·t + 5/t is nearly 0 on each piece.
    const back = valueOf(e, 'back');
    expect(back.low).toBeLessThanOrEqual(5);
    expect(back.high).toBeGreaterThanOrEqual(5);
    expect(back.high - back.low).toBeLessThan(0.05);
    expect(back.dimension).toEqual({ soldier: 1 });
    // With wounded ∈ [4, 6] (once): the truth is [4, 6]; tightened to within 0.1 of it
    // (natural arithmetic: [4/20·10, 6/10·20] = [2, 12]).
    const rangeBack = valueOf(e, 'range_back');
    expect(rangeBack.low).toBeLessThanOrEqual(4);
    expect(rangeBack.high).toBeGreaterThanOrEqual(6);
    expect(rangeBack.low).toBeGreaterThan(3.9);
    expect(rangeBack.high).toBeLessThan(6.1);
    // 1 / (alpha - alpha + 1): natural divisor [-1, 3] contains 0, but the truth is 1 / 1.
    const rescued = valueOf(e, 'rescued');
    expect(rescued.low).toBeLessThanOrEqual(1);
    expect(rescued.high).toBeGreaterThanOrEqual(1);
    expect(rescued.high - rescued.low).toBeLessThan(0.05);
    // mean(alpha, alpha) is alpha: [1, 3] (monotone, so the ends give it exactly).
    expect(valueOf(e, 'averaged')).toMatchObject({ low: 1, high: 3 });
    // (alpha - 2)^2 + alpha on [1, 3]: minimum 0.25 + 1.5 = 1.75 at alpha = 1.5, maximum
    // 1 + 3 = 4 at alpha = 3. Natural arithmetic gives [0 + 1, 1 + 3] = [1, 4].
    const parabola = valueOf(e, 'parabola');
    expect(parabola.low).toBeLessThanOrEqual(1.75);
    expect(parabola.low).toBeGreaterThan(1.7);
    expect(parabola.high).toBe(4);
    expect(e.uncertainInputs('back')).toEqual(['troops']);
    expect(e.uncertainInputs('range_back').sort()).toEqual(['troops', 'wounded']);
    expect(e.uncertainInputs('nothing')).toEqual(['alpha']);
  });
});

describe('errors', () => {
  it('refuses to divide by a range that contains zero', () => {
    // nk_troops - 11000 soldiers ranges over [0, 200] soldiers.
    const b = build(
      { nk_troops: { low: 11000, high: 11200, unit: 'soldier', text: '11000 to 11200 soldiers' }, shells: { low: 5000 } },
      { per_extra: 'shells / (nk_troops - 11000 soldiers)', downstream: 'per_extra * 2' },
    );
    expect(b.problems).toEqual([]);
    expect(errorOf(b.evaluator, 'per_extra').reason).toBe(
      'divides by nk_troops - 11000 soldiers, which can be zero (0 to 200 soldier)',
    );
    expect(errorOf(b.evaluator, 'downstream').reason).toBe('uses per_extra, which cannot be computed');
    expect(b.evaluator.substituted('per_extra')).toBe('5000 / ((11000 to 11200 soldiers) - 11000 soldiers)');
  });

  it('names both dimensions when adding different things', () => {
    const b = build(
      { gdp: { low: 5e9, unit: 'USD' }, spending: { low: 2e9, unit: 'USD/year' }, area: { low: 10, unit: 'km^2' }, troops: { low: 9, unit: 'soldier' } },
      {
        total: 'gdp + spending',
        difference: 'gdp - spending',
        biggest: 'max(gdp, spending)',
        summed: 'sum(gdp, spending)',
        rounded: 'round(area)',
        logged: 'log(gdp)',
        fractional: 'troops^0.5',
        odd_root: 'sqrt(troops)',
        even_root: 'sqrt(area)',
      },
    );
    expect(b.problems).toEqual([]);
    const e = b.evaluator;
    const usd = b.registry.describe({ USD: 1 });
    const usdPerYear = b.registry.describe({ USD: 1, TIME: -1 });
    expect(usd).toBe('USD');
    // USD against USD/year leaves a time factor: the likely cause is a total added to a rate.
    expect(errorOf(e, 'total').reason).toBe(`adds ${usd} to ${usdPerYear} in gdp + spending: one input is a rate (per day, per year…) and the other a total?`);
    expect(errorOf(e, 'total').data).toMatchObject({ left: usd, right: usdPerYear });
    expect(errorOf(e, 'difference').reason).toBe(`subtracts ${usdPerYear} from ${usd} in gdp - spending: one input is a rate (per day, per year…) and the other a total?`);
    expect(errorOf(e, 'biggest').reason).toBe(`max() mixes ${usd} and ${usdPerYear}`);
    expect(errorOf(e, 'summed').reason).toBe(`sum() mixes ${usd} and ${usdPerYear}`);
    expect(errorOf(e, 'rounded').reason).toBe('round() needs a plain number, not area; divide by a unit first');
    expect(errorOf(e, 'logged').reason).toBe(`log() needs a plain number, not ${usd}; divide by a unit first`);
    expect(errorOf(e, 'fractional').reason).toMatch(/^raises soldier to the power 0.5 in troops \^ 0.5, which leaves a fractional unit$/);
    expect(errorOf(e, 'odd_root').reason).toBe('sqrt() of soldier leaves a fractional unit');
    // sqrt(10 km²) = sqrt(1e7 m²) = 3162.28 m
    expect(valueOf(e, 'even_root').low).toBeCloseTo(3162.2777, 3);
  });

  it('reports logs, roots and powers outside their domain', () => {
    const b = build(
      { level: { low: 1, high: 3 }, tiny: { low: 0.9999, high: 2 } },
      {
        log_negative: 'log(level - 5)',
        log_zero: 'log(level - 1)',
        root_dips: 'sqrt(tiny - 1)',
        fraction_of_negative: '(level - 5)^0.5',
        inverse_across_zero: '(level - 2)^-1',
        base_one: 'log(8, level)',
      },
    );
    expect(b.problems).toEqual([]);
    const e = b.evaluator;
    // level - 5 ∈ [-4, -2]
    expect(errorOf(e, 'log_negative').reason).toBe('takes the log of level - 5, which can be zero or negative (-4 to -2)');
    expect(errorOf(e, 'log_zero').reason).toBe('takes the log of level - 1, which can be zero or negative (0 to 2)');
    // tiny - 1 ∈ [-0.0001, 1]: dips below zero.
    expect(errorOf(e, 'root_dips').reason).toMatch(/^takes the square root of tiny - 1, which can be negative \(-0\.0001 to 1\)$/);
    expect(errorOf(e, 'fraction_of_negative').reason).toBe('raises (level - 5) to the power 0.5, but it can be negative (-4 to -2)');
    expect(errorOf(e, 'inverse_across_zero').reason).toBe('raises (level - 2) to the negative power -1, but it can be zero (-1 to 1)');
    // log base level ∈ [1, 3]: log(level) ∈ [0, 1.0986] can be 0.
    expect(errorOf(e, 'base_one').reason).toBe('takes a log to base level, which can be 1');
  });

  it('reports results too large to compute, never Infinity or NaN', () => {
    const b = build({ huge: { low: 1e200 }, big: { low: 1e308 } }, {
      squared: 'huge * huge',
      tenfold: 'big * 10',
      grown: 'exp(1000)',
      powered: 'huge^2',
    });
    expect(b.problems).toEqual([]);
    expect(errorOf(b.evaluator, 'squared').reason).toBe('the result of huge * huge is too large to compute');
    expect(errorOf(b.evaluator, 'tenfold').reason).toBe('the result of big * 10 is too large to compute');
    expect(errorOf(b.evaluator, 'grown').reason).toBe('the result of exp(1000) is too large to compute');
    expect(errorOf(b.evaluator, 'powered').reason).toBe('the result of huge ^ 2 is too large to compute');
  });

  it('reports claims that resolve could not compute and names that are not claims', () => {
    const b = build({ level: { low: 1 } }, { broken: 'level + nowhere', fine: 'level * 2' });
    expect(b.problems.length).toBe(1);
    expect(errorOf(b.evaluator, 'broken').reason).toBe('broken could not be resolved (unknown-name)');
    expect(errorOf(b.evaluator, 'absent').reason).toBe('there is no claim named absent');
    expect(valueOf(b.evaluator, 'fine')).toEqual({ low: 2, high: 2, dimension: {} });
  });

  it('reports an input whose value could not be read, and inputs that are not finite', () => {
    const b = build({ level: { low: 1 }, unreadable: { low: 0 }, endless: { low: Infinity } }, {
      doubled: 'level * 2',
      uses_unread: 'unreadable * 2',
      uses_endless: 'endless + 1',
    }, undefined, ['unreadable']);
    expect(b.problems).toEqual([]);
    expect(valueOf(b.evaluator, 'doubled').low).toBe(2);
    expect(errorOf(b.evaluator, 'uses_unread').reason).toBe('uses the input unreadable, whose value could not be read');
    expect(errorOf(b.evaluator, 'uses_endless').reason).toBe('the input endless is not a finite number');
  });
});

describe('functions', () => {
  it('computes min, max, sum, mean, round, floor, ceil, sqrt, exp and log', () => {
    const b = build(
      { alpha: { low: 1, high: 3 }, beta: { low: 2, high: 4 }, half: { low: 2.5 }, spread: { low: 1.5, high: 2.5 }, exact: { low: 1.25 } },
      {
        lowest: 'min(alpha, beta, 10)',
        highest: 'max(alpha, beta, 0)',
        total: 'sum(alpha, beta)',
        average: 'mean(alpha, beta)',
        rounded: 'round(half)',
        rounded_negative: 'round(-half)',
        rounded_digits: 'round(exact, 1)',
        floored: 'floor(spread)',
        ceiled: 'ceil(spread)',
        floored_digits: 'floor(exact, 1)',
        ceiled_digits: 'ceil(exact, 1)',
        root: 'sqrt(alpha + 13)',
        grown: 'exp(0)',
        natural: 'log(exp(2))',
        decimal: 'log(100, 10)',
        binary: 'log(8, 2)',
        absolute: 'abs(-half)',
      },
    );
    expect(b.problems).toEqual([]);
    const e = b.evaluator;
    // min([1,3],[2,4],10) = [1,3]; max([1,3],[2,4],0) = [2,4]
    expect(valueOf(e, 'lowest')).toMatchObject({ low: 1, high: 3 });
    expect(valueOf(e, 'highest')).toMatchObject({ low: 2, high: 4 });
    // [1,3] + [2,4] = [3,7]; mean = [1.5, 3.5]
    expect(valueOf(e, 'total')).toMatchObject({ low: 3, high: 7 });
    expect(valueOf(e, 'average')).toMatchObject({ low: 1.5, high: 3.5 });
    // round half away from zero: 2.5 → 3, -2.5 → -3; round(1.25, 1) = 1.3
    expect(valueOf(e, 'rounded')).toMatchObject({ low: 3, high: 3 });
    expect(valueOf(e, 'rounded_negative')).toMatchObject({ low: -3, high: -3 });
    expect(valueOf(e, 'rounded_digits')).toMatchObject({ low: 1.3, high: 1.3 });
    // floor([1.5, 2.5]) = [1, 2]; ceil = [2, 3]
    expect(valueOf(e, 'floored')).toMatchObject({ low: 1, high: 2 });
    expect(valueOf(e, 'ceiled')).toMatchObject({ low: 2, high: 3 });
    // to one decimal: floor(1.25, 1) = 1.2, ceil(1.25, 1) = 1.3
    expect(valueOf(e, 'floored_digits')).toMatchObject({ low: 1.2, high: 1.2 });
    expect(valueOf(e, 'ceiled_digits')).toMatchObject({ low: 1.3, high: 1.3 });
    // sqrt([14, 16]) = [3.7417, 4]
    const root = valueOf(e, 'root');
    expect(root.low).toBeCloseTo(Math.sqrt(14), 12);
    expect(root.high).toBe(4);
    expect(valueOf(e, 'grown')).toMatchObject({ low: 1, high: 1 });
    expect(valueOf(e, 'natural').low).toBeCloseTo(2, 12);
    expect(valueOf(e, 'decimal').low).toBeCloseTo(2, 12);
    expect(valueOf(e, 'binary').low).toBeCloseTo(3, 12);
    expect(valueOf(e, 'absolute')).toMatchObject({ low: 2.5, high: 2.5 });
  });
});

describe('claimWith', () => {
  it('re-evaluates with inputs replaced, without touching the memoised values', () => {
    const b = build(
      { casualties: { low: 1100, high: 3000, unit: 'soldier' }, troops: { low: 11000, unit: 'soldier' } },
      { rate: 'casualties / troops', as_percent: 'rate * 100' },
    );
    const e = b.evaluator;
    const before = valueOf(e, 'as_percent');
    // casualties fixed at 2200 soldiers: rate 0.2, as_percent 20.
    const fixed = e.claimWith('as_percent', new Map([['casualties', { low: 2200, high: 2200, dimension: { soldier: 1 } }]]));
    expect(fixed).toMatchObject({ low: 20, high: 20, dimension: {} });
    expect(valueOf(e, 'as_percent')).toEqual(before);
    // [10, 27.27…]
    expect(before.low).toBeCloseTo(10, 10);
    expect(before.high).toBeCloseTo(27.2727, 3);
    const wrong = e.claimWith('rate', new Map([['casualties', { low: 1, high: 2, dimension: { USD: 1 } }]]));
    expect(wrong).toEqual({ reason: { phrase: 'eval-given-wrong-unit', data: { input: 'casualties', given: 'USD', unit: 'soldier' } }, data: { input: 'casualties' } });
    expect(written(wrong as EvaluationError).reason).toBe('the value given for casualties is USD, but the input is soldier');
    const unknown = e.claimWith('rate', new Map([['rate', { low: 1, high: 2, dimension: {} }]]));
    expect(written(unknown as EvaluationError).reason).toBe('rate is not an input');
  });
});

describe('claimAlong', () => {
  it('gives what claimWith gives for each value of the one input, call after call', () => {
    // area is "about" a range, so `density - density` has a repeated uncertain input and is tightened.
    const b = build(
      { casualties: { low: 1100, high: 3000, unit: 'soldier' }, troops: { low: 11000, unit: 'soldier' }, area: { low: 380, high: 420, unit: 'km^2' } },
      { rate: 'casualties / troops', as_percent: 'rate * 100', density: 'casualties / area', spread: 'as_percent + (density - density) * area / casualties' },
    );
    const e = b.evaluator;
    const along = e.claimAlong('spread', 'casualties', { soldier: 1 });
    // casualties 2200: rate 0.2, as_percent 20; (density − density) · area / casualties is 0 only once
    // tightened (area repeats): natural interval arithmetic gives 20 ± (1/380 − 1/420) · 420 = 20 ± 0.105;
    // the split mean-value form brings it within 0.0001.
    for (const x of [2200, 1100, 3000, 2200, 0.5]) {
      expect(along(x)).toEqual(e.claimWith('spread', new Map([['casualties', { low: x, high: x, dimension: { soldier: 1 } }]])));
    }
    const at2200 = along(2200) as { low: number; high: number };
    expect(at2200.low).toBeCloseTo(20, 3);
    expect(at2200.high).toBeCloseTo(20, 3);
    // The input's own value is untouched: as_percent is still [10, 27.27…].
    expect(valueOf(e, 'as_percent').low).toBeCloseTo(10, 10);
    // A value that is not finite, a wrong dimension, a name that is no input: the same errors as claimWith.
    expect(along(Infinity)).toEqual(e.claimWith('spread', new Map([['casualties', { low: Infinity, high: Infinity, dimension: { soldier: 1 } }]])));
    expect(written(along(Infinity) as EvaluationError).reason).toMatch(/casualties/);
    expect(e.claimAlong('rate', 'casualties', { USD: 1 })(5)).toEqual({ reason: { phrase: 'eval-given-wrong-unit', data: { input: 'casualties', given: 'USD', unit: 'soldier' } }, data: { input: 'casualties' } });
    expect(written(e.claimAlong('rate', 'rate', {})(1) as EvaluationError).reason).toBe('rate is not an input');
  });

  it('along one input with every other input a point: the same numbers and errors as claimWith, operation by operation', () => {
    // x is the only range; rate and troops are points, so every value along x is a point
    // (computed on plain numbers). Each claim exercises one operation; at the x values below
    // some of them cannot be computed: x = 0 divides by zero, x = −4 takes a root and a log
    // of a negative, x = 1e200 overflows, x = −0 must stay −0 through abs.
    const b = build(
      { x: { low: 1, high: 9 }, rate: { low: 0.5 }, troops: { low: 11000, unit: 'soldier' } },
      {
        sums: 'x + rate - 3 * x / rate',
        chained: 'sums * troops / troops + sums ^ 2',
        quotient: 'troops / x',
        negative_power: 'x ^ -2 + x ^ 0 + x ^ 1 + x ^ 3',
        computed_power: '(1 + rate) ^ x + x ^ rate',
        functions: 'min(x, 2, rate) + max(x, 2) + sum(x, 1, rate) + mean(x, 3) + abs(-x)',
        rounding: 'round(x * 1.25, 1) + floor(x / 3) + ceil(x / 3)',
        roots: 'sqrt(x) + log(x) + log(x, 10) + exp(x / 100)',
        signed_zero: 'abs(x) * -1',
        base_one: 'log(8, x)',
        // x ^ 0 is 1, but not where x itself cannot be computed.
        zero_power: '(troops / x / soldier) ^ 0',
      },
    );
    expect(b.problems).toEqual([]);
    const e = b.evaluator;
    const names = ['sums', 'chained', 'quotient', 'negative_power', 'computed_power', 'functions', 'rounding', 'roots', 'signed_zero', 'base_one', 'zero_power'];
    for (const name of names) {
      expect(e.uncertainInputs(name)).toEqual(['x']);
      const along = e.claimAlong(name, 'x', {});
      for (const x of [2.5, 0, -0, -4, 1, 1e200, 7.123456789, 2.5]) {
        const expected = e.claimWith(name, new Map([['x', { low: x, high: x, dimension: {} }]]));
        // toEqual treats 0 and −0 as different numbers: the sign of zero is kept too.
        expect(along(x), `${name} at ${x}`).toEqual(expected);
      }
    }
    // Worked by hand: sums at x = 2.5 is 2.5 + 0.5 − 3 · 2.5 / 0.5 = −12; chained = −12 + 144 = 132.
    expect(e.claimAlong('chained', 'x', {})(2.5)).toEqual({ low: 132, high: 132, dimension: {} });
    // abs(−0) · −1 is 0 (abs keeps −0 as interval.ts does; −0 · −1 = 0), abs(0) · −1 is −0.
    expect(Object.is((e.claimAlong('signed_zero', 'x', {})(-0) as { low: number }).low, 0)).toBe(true);
    expect(Object.is((e.claimAlong('signed_zero', 'x', {})(0) as { low: number }).low, -0)).toBe(true);
    // troops / x at x = 0: the reason names the divisor.
    expect(written(e.claimAlong('quotient', 'x', {})(0) as EvaluationError).reason).toMatch(/divides by x/);
    expect(e.claimAlong('zero_power', 'x', {})(0)).toHaveProperty('reason');
    // log(8, x) at x = 1 divides by log 1 = 0.
    expect(e.claimAlong('base_one', 'x', {})(1)).toHaveProperty('reason');
  });

  it('along one input, a seeded random set of chained expressions: the same numbers and errors as claimWith', () => {
    // The point path runs each claim's operations as a tape of registers; interval
    // arithmetic on points must give the very same number (or the same reason) for
    // every composition, not only for each operation alone (the test above).
    let seed = 1129;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      // The high bits: an LCG's low bits repeat with a short period.
      return Math.floor(seed / 65536) % n;
    };
    const term = (depth: number, names: readonly string[]): string => {
      if (depth > 2 || next(3) === 0) return [...names, 'x', 'x', 'k', '2', '0.5', '3'][next(names.length + 6)] as string;
      const a = term(depth + 1, names);
      const b = term(depth + 1, names);
      switch (next(12)) {
        case 0: return `(${a} + ${b})`;
        case 1: return `(${a} - ${b})`;
        case 2: return `${a} * ${b} * x`;
        case 3: return `${a} / ${b}`;
        case 4: return `-${a}`;
        case 5: return `(${a}) ^ ${['2', '-1', '0', '3', '0.5'][next(5)]}`;
        case 6: return `min(${a}, ${b}, 1)`;
        case 7: return `max(${a}, ${b})`;
        case 8: return `mean(${a}, ${b}, k)`;
        case 9: return `abs(${a}) + round(${b}, 1)`;
        case 10: return `sqrt(${a}) + log(${b}) + log(${a}, ${b})`;
        default: return `exp(${a} / 100) + sum(${a}, ${b})`;
      }
    };
    const claims: Record<string, string> = {};
    const names: string[] = [];
    for (let i = 0; i < 40; i++) {
      const name = `c${i}`;
      claims[name] = term(0, names.slice(-3));
      names.push(name);
    }
    const b = build({ x: { low: 1, high: 9 }, k: { low: 0.25 } }, claims);
    expect(b.problems).toEqual([]);
    const e = b.evaluator;
    let values = 0;
    for (const name of names) {
      const along = e.claimAlong(name, 'x', {});
      for (const x of [2.5, 0, -0, -4, 1, 1e200, 1e120, 7.123456789, 0.1, 3]) {
        const expected = e.claimWith(name, new Map([['x', { low: x, high: x, dimension: {} }]]));
        if (!('reason' in expected)) values++;
        expect(along(x), `${name} = ${claims[name]} at ${x}`).toEqual(expected);
      }
    }
    // Most of them have a value: the numbers, not only the errors, were compared.
    expect(values).toBeGreaterThan(150);
  });

  it('middleAlong is the middle of claimAlong\'s value, undefined where it has a reason, on points and on intervals', () => {
    // rate_point uses only x (plain numbers along x); spread also uses area, a range (intervals).
    const b = build(
      { x: { low: 1, high: 9 }, area: { low: 380, high: 420, unit: 'km^2' } },
      { rate_point: '100 / x - 3', spread: 'x * area / km^2', inverse: '1 / (x - 2)' },
    );
    expect(b.problems).toEqual([]);
    const e = b.evaluator;
    for (const name of ['rate_point', 'spread', 'inverse']) {
      const along = e.claimAlong(name, 'x', {});
      const middle = e.middleAlong(name, 'x', {});
      for (const x of [2.5, 2, 0, -0, 1e200, Infinity, NaN, 7.123456789]) {
        const v = along(x);
        const expected = 'reason' in v ? undefined : (v.low + v.high) / 2;
        expect(middle(x), `${name} at ${x}`).toBe(expected);
      }
    }
    // Worked by hand: 100 / 4 − 3 = 22; at x = 2, spread is [760, 840], middle 800; 1 / (2 − 2) has no value.
    expect(e.middleAlong('rate_point', 'x', {})(4)).toBe(22);
    expect(e.middleAlong('spread', 'x', {})(2)).toBe(800);
    expect(e.middleAlong('inverse', 'x', {})(2)).toBeUndefined();
    // A wrong dimension or a name that is no input: no value.
    expect(e.middleAlong('rate_point', 'x', { USD: 1 })(4)).toBeUndefined();
    expect(e.middleAlong('rate_point', 'rate_point', {})(4)).toBeUndefined();
  });

  it('lineAlong gives middleAlong\'s number through its row, the input mapped in and a scale\'s zero taken off, NaN where there is none', () => {
    // The same claims: rate_point on plain numbers, spread on intervals (area is a range), inverse with no value at x = 2.
    const b = build(
      { x: { low: 1, high: 9 }, area: { low: 380, high: 420, unit: 'km^2' } },
      { rate_point: '100 / x - 3', spread: 'x * area / km^2', inverse: '1 / (x - 2)' },
    );
    expect(b.problems).toEqual([]);
    const e = b.evaluator;
    // x as a reading on a shifted scale: the input's value is (x + 3) * 0.5, and 1.25 comes off the middle.
    const map = { shift: 3, scale: 0.5, minus: 1.25 };
    for (const name of ['rate_point', 'spread', 'inverse']) {
      const middle = e.middleAlong(name, 'x', {});
      const line = e.lineAlong(name, 'x', {}, map);
      for (const x of [2.5, 2, 1, -3, -7, 1e200, Infinity, NaN, 7.123456789]) {
        line.io[0] = x;
        line.run();
        const m = middle((x + map.shift) * map.scale);
        expect(line.io[1], `${name} at ${x}`).toBe(m === undefined ? NaN : m - map.minus);
      }
    }
    // Worked by hand: x = 5 is the input at (5 + 3) * 0.5 = 4, where rate_point is 100 / 4 − 3 = 22, less 1.25: 20.75.
    const line = e.lineAlong('rate_point', 'x', {}, map);
    line.io[0] = 5;
    line.run();
    expect(line.io[1]).toBe(20.75);
    // At x = 1 the input is 2, where 1 / (2 − 2) has no value: NaN.
    const inverse = e.lineAlong('inverse', 'x', {}, map);
    inverse.io[0] = 1;
    inverse.run();
    expect(inverse.io[1]).toBeNaN();
    // A wrong dimension: no value anywhere.
    const wrong = e.lineAlong('rate_point', 'x', { USD: 1 }, map);
    wrong.io[0] = 5;
    wrong.run();
    expect(wrong.io[1]).toBeNaN();
  });
});
