// Large models: long chains of claims must neither overflow the stack nor
// take quadratic time, and memoised values must stay correct.
import { describe, expect, it } from 'vitest';
import { build, valueOf } from './helpers.js';

describe('large models', () => {
  it('evaluates a 10,000-long chain from its far end without overflowing the stack', () => {
    // step_0 = start + 1 = 1; step_i = step_(i-1) + 1, so step_9999 = 10000.
    const claims: Record<string, string> = { step_0: 'start + 1' };
    for (let i = 1; i < 10_000; i++) claims[`step_${i}`] = `step_${i - 1} + 1`;
    const b = build({ start: { low: 0 } }, claims);
    expect(b.problems).toEqual([]);
    expect(valueOf(b.evaluator, 'step_9999')).toEqual({ low: 10000, high: 10000, dimension: {} });
    expect(valueOf(b.evaluator, 'step_4999')).toEqual({ low: 5000, high: 5000, dimension: {} });
    expect(b.evaluator.uncertainInputs('step_9999')).toEqual([]);
  });

  it('keeps a chain that reuses one range sound and exact', () => {
    // link_0 = spread + 1 ∈ [1, 2]; link_i = link_(i-1) + spread adds i more spreads:
    // link_9999 = 10000·spread + 1 ∈ [1, 10001] (monotone in spread, so exact).
    const claims: Record<string, string> = { link_0: 'spread + 1' };
    for (let i = 1; i < 10_000; i++) claims[`link_${i}`] = `link_${i - 1} + spread`;
    const b = build({ spread: { low: 0, high: 1 } }, claims);
    expect(b.problems).toEqual([]);
    expect(valueOf(b.evaluator, 'link_9999')).toEqual({ low: 1, high: 10001, dimension: {} });
    // link_1 = spread + 1 + spread ∈ [1, 3], found through link_0's tree.
    const first = valueOf(b.evaluator, 'link_1');
    expect(first.low).toBeCloseTo(1, 12);
    expect(first.high).toBeCloseTo(3, 12);
    expect(b.evaluator.uncertainInputs('link_9999')).toEqual(['spread']);
    // claimWith on the far end re-evaluates the whole chain with spread = 0.5: 5001.
    const half = b.evaluator.claimWith('link_9999', new Map([['spread', { low: 0.5, high: 0.5, dimension: {} }]]));
    expect(half).toEqual({ low: 5001, high: 5001, dimension: {} });
  });

  it('evaluates 10,000 claims in chains five deep', () => {
    // Chain k: c_k_0 = base * k, c_k_j = c_k_(j-1) + rate (rate ∈ [1, 2]), j = 1..4:
    // c_k_4 = base·k + 4·rate ∈ [10k + 4, 10k + 8].
    const claims: Record<string, string> = {};
    for (let k = 0; k < 2000; k++) {
      claims[`c_${k}_0`] = `base * ${k}`;
      for (let j = 1; j < 5; j++) claims[`c_${k}_${j}`] = `c_${k}_${j - 1} + rate`;
    }
    const b = build({ base: { low: 10 }, rate: { low: 1, high: 2 } }, claims);
    expect(b.problems).toEqual([]);
    for (const name of Object.keys(claims)) expect('reason' in b.evaluator.claim(name)).toBe(false);
    expect(valueOf(b.evaluator, 'c_1999_4')).toMatchObject({ low: 19994, high: 19998 });
    expect(valueOf(b.evaluator, 'c_7_2')).toMatchObject({ low: 72, high: 74 });
  });
});
