// Cycles between claims and claims that depend on broken ones. The graph
// walk is iterative: a 10,000-long chain resolves without a stack overflow.
import { worded, wordedData } from '../worded.js';
import { describe, expect, it } from 'vitest';
import { resolveModel } from '../../src/resolve/index.js';
import { createUnitRegistry } from '../../src/units/index.js';
import { claimsFile } from './fixture.js';

const { registry } = createUnitRegistry([{ name: 'soldier', aliases: ['soldiers'] }]);

describe('cycles', () => {
  it('reports a claim that uses itself', () => {
    const file = claimsFile(['aa'], { loop: 'loop + aa' });
    const { model, problems } = resolveModel(file, registry);
    expect(problems).toEqual([{ kind: 'cycle', data: { cycle: 'loop → loop' }, span: file.claims[0]?.span, claim: 'loop' }]);
    expect(model.broken.get('loop')).toBe(problems[0]);
    expect(model.order).toEqual([]);
    // It parsed and passed the checks, so its tree is kept for traces.
    expect(model.claims.get('loop')?.dependsOn).toEqual(['loop', 'aa']);
  });
  it('reports a cycle of two on both claims, each starting from itself', () => {
    const { problems } = resolveModel(claimsFile([], { one: 'two + 1', two: 'one * 2' }), registry);
    expect(problems.map((p) => [p.claim, p.data['cycle']])).toEqual([
      ['one', 'one → two → one'],
      ['two', 'two → one → two'],
    ]);
  });
  it('reports a cycle of three and keeps unrelated claims', () => {
    const { model, problems } = resolveModel(
      claimsFile(['aa'], { step_a: 'step_b', step_b: 'step_c', step_c: 'step_a', free: 'aa * 2' }),
      registry,
    );
    expect(problems.map((p) => [p.kind, p.claim, p.data['cycle']])).toEqual([
      ['cycle', 'step_a', 'step_a → step_b → step_c → step_a'],
      ['cycle', 'step_b', 'step_b → step_c → step_a → step_b'],
      ['cycle', 'step_c', 'step_c → step_a → step_b → step_c'],
    ]);
    expect(model.order).toEqual(['free']);
  });
  it('shows a long cycle abridged', () => {
    // c0 uses c99, c1 uses c0, …: the circle c0 → c99 → c98 → … → c1 → c0 has 100 claims.
    const claims: Record<string, string> = { c0: 'c99 + 1' };
    for (let i = 1; i < 100; i++) claims[`c${i}`] = `c${i - 1} + 1`;
    const { problems } = resolveModel(claimsFile([], claims), registry);
    expect(problems).toHaveLength(100);
    expect(problems[0]?.data['cycle']).toBe('c0 → c99 → c98 → c97 → … → c2 → c1 → c0 (100 claims)');
  });
});

describe('a 10,000-long chain', () => {
  const claims: Record<string, string> = { c0: 'aa' };
  for (let i = 1; i < 10000; i++) claims[`c${i}`] = `c${i - 1} + 1`;

  it('resolves in dependency order without overflowing the stack', () => {
    const { model, problems } = resolveModel(claimsFile(['aa'], claims), registry);
    expect(problems).toEqual([]);
    expect(model.order).toHaveLength(10000);
    expect(model.order[0]).toBe('c0');
    expect(model.order[9999]).toBe('c9999');
  });
  it('finds the cycle when the chain is closed', () => {
    const { model, problems } = resolveModel(claimsFile(['aa'], { ...claims, c0: 'c9999 * 2' }), registry);
    expect(problems).toHaveLength(10000);
    expect(new Set(problems.map((p) => p.kind))).toEqual(new Set(['cycle']));
    expect(model.order).toEqual([]);
  });
});

describe('broken dependencies', () => {
  it('breaks every claim that depends, directly or not, on a broken one', () => {
    const file = claimsFile(['aa'], {
      bad: 'aa +* 2',
      direct: 'bad * 2',
      indirect: 'direct + aa',
      fine: 'aa / 2',
    });
    const { model, problems } = resolveModel(file, registry);
    // Only the root problem is reported; the dependents carry their reason in `broken`.
    expect(problems.map((p) => p.claim)).toEqual(['bad']);
    const direct = model.broken.get('direct')!;
    expect({ ...direct, data: wordedData(direct.data) }).toEqual({
      kind: 'evaluation',
      data: { claim: 'direct', reason: "depends on 'bad', which cannot be computed" },
      span: file.claims[1]?.span,
      claim: 'direct',
    });
    expect(worded(model.broken.get('indirect')?.data['reason'])).toBe("depends on 'direct', which cannot be computed");
    expect(model.order).toEqual(['fine']);
    // 'bad' did not parse; the others did and keep their trees.
    expect([...model.claims.keys()]).toEqual(['direct', 'indirect', 'fine']);
  });
  it('breaks claims that depend on a cycle', () => {
    const { model } = resolveModel(claimsFile([], { one: 'two', two: 'one', user: 'one * 3' }), registry);
    expect(worded(model.broken.get('user')?.data['reason'])).toBe("depends on 'one', which cannot be computed");
  });
  it('breaks claims that depend on one with an unknown name', () => {
    const { model } = resolveModel(claimsFile([], { one: 'nope', user: 'one * 3' }), registry);
    expect(model.broken.get('one')?.kind).toBe('unknown-name');
    expect(model.broken.get('user')?.kind).toBe('evaluation');
  });
});
