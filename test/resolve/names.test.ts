// Names in compute expressions: inputs and claims become dependencies, unit
// words are fine, anything else is an unknown name with a "did you mean";
// names that collide with the expression language are refused.
import { wordedData } from '../worded.js';
import type { Problem } from '../../src/types.js';

/** A problem with its data worded by the default rules, as a report writes it. */
const wordedProblem = (p: Problem) => ({ ...p, data: wordedData(p.data) });
import { describe, expect, it } from 'vitest';
import { resolveModel } from '../../src/resolve/index.js';
import { createUnitRegistry } from '../../src/units/index.js';
import { claimsFile } from './fixture.js';

const { registry } = createUnitRegistry([
  { name: 'USD', aliases: ['dollars'], symbols: ['$'] },
  { name: 'soldier', aliases: ['soldiers', 'troops'] },
]);

describe('dependencies', () => {
  it('lists inputs and claims used, in order, once each, without units', () => {
    const file = claimsFile(['nk_troops', 'nk_casualties', 'ukraine_area'], {
      casualty_rate: 'nk_casualties / nk_troops',
      per_area: 'nk_casualties / ukraine_area * casualty_rate + nk_casualties / 10 soldiers',
    });
    const { model, problems } = resolveModel(file, registry);
    expect(problems).toEqual([]);
    expect(model.claims.get('casualty_rate')?.dependsOn).toEqual(['nk_casualties', 'nk_troops']);
    expect(model.claims.get('per_area')?.dependsOn).toEqual(['nk_casualties', 'ukraine_area', 'casualty_rate']);
    expect(model.claims.get('per_area')?.span).toEqual(file.claims[1]?.compute.span);
    expect(model.order).toEqual(['casualty_rate', 'per_area']);
    expect([...model.inputs.keys()]).toEqual(['nk_troops', 'nk_casualties', 'ukraine_area']);
    expect(model.broken.size).toBe(0);
  });
  it('lists each of many names once, in order of first use, past the length where the list gives way to a set', () => {
    // 20 inputs, each used twice (once in the first half of the sum, once in the second, in reverse): 20 names, first use order.
    const names = Array.from({ length: 20 }, (_, i) => `in_${String(i).padStart(2, '0')}`);
    const file = claimsFile(names, { total: `${names.join(' + ')} + ${[...names].reverse().join(' + ')}` });
    const { model, problems } = resolveModel(file, registry);
    expect(problems).toEqual([]);
    expect(model.claims.get('total')?.dependsOn).toEqual(names);
  });
  it('orders a claim after the claims it uses even when written before them', () => {
    const { model } = resolveModel(claimsFile(['aa'], { top: 'mid * 2', mid: 'low + 1', low: 'aa' }), registry);
    expect(model.order).toEqual(['low', 'mid', 'top']);
  });
});

describe('unknown names', () => {
  it('reports an unknown name at its place, with the closest name', () => {
    // Line 2: nk_troops; claims: line 3; rate: line 4; compute on line 5 from column 14.
    // "11000 / nk_trops": nk_trops at offset 8 → columns 22 to 30.
    const { model, problems } = resolveModel(claimsFile(['nk_troops'], { rate: '11000 / nk_trops' }), registry);
    expect(problems).toEqual([
      {
        kind: 'unknown-name',
        // "did you mean" is data: the phrase did-you-mean of rules/checks.yaml, written when the finding is made.
        data: { name: 'nk_trops', suggestion: { phrase: 'did-you-mean', data: { name: 'nk_troops' } } },
        span: { file: 'claims.yaml', line: 5, column: 22, endLine: 5, endColumn: 30 },
        claim: 'rate',
      },
    ]);
    expect(model.broken.get('rate')).toBe(problems[0]);
    expect(model.claims.has('rate')).toBe(false);
  });
  it('suggests a unit word when no name is close', () => {
    const { problems } = resolveModel(claimsFile(['aa'], { x: 'aa / soldiersz' }), registry);
    expect(problems[0]?.data).toEqual({ name: 'soldiersz', suggestion: { phrase: 'did-you-mean', data: { name: 'soldier' } } });
  });
  it('says to write * for an x between two operands, the times sign of a calculator ("services x 2")', () => {
    const { problems } = resolveModel(claimsFile(['services'], { twice: 'services x 2' }), registry);
    expect(wordedProblem(problems[0]!).data).toEqual({ name: 'x', suggestion: ' — to multiply, write * (a * b), not x' });
    // An x that is not between spaces is a name like any other (no input named x here either): no times hint.
    expect(resolveModel(claimsFile(['services'], { twice: 'services * x' }), registry).problems[0]?.data).toEqual({ name: 'x', suggestion: '' });
  });
  it('leaves the suggestion empty when nothing is close', () => {
    const { problems } = resolveModel(claimsFile(['aa'], { x: 'aa / zzzzzzz' }), registry);
    expect(problems[0]?.data).toEqual({ name: 'zzzzzzz', suggestion: '' });
  });
  it('reports every unknown name of a claim', () => {
    // ('bar' would not do: it is mathjs's unit of pressure.)
    const { problems } = resolveModel(claimsFile([], { x: 'foo / quux' }), registry);
    expect(problems.map((p) => p.data['name'])).toEqual(['foo', 'quux']);
  });
});

describe('name collisions', () => {
  it.each([
    ['day', 'the unit day'],
    ['mi', 'the unit mile (mi)'],
    ['min', 'the unit minute (min) and the function min'],
    ['sqrt', 'the function sqrt'],
    ['pi', 'the constant pi'],
    ['troops', 'the unit soldier'],
    ['second', 'the unit second'],
    ['bar', 'the unit bar'],
  ])('refuses the claim name %s (%s)', (name, meaning) => {
    const file = claimsFile(['aa'], { [name]: 'aa * 2' });
    const { model, problems } = resolveModel(file, registry);
    expect(problems.map(wordedProblem)).toEqual([
      { kind: 'name-collision', data: { name, meaning, example: `${name}_value` }, span: file.claims[0]?.span, claim: name },
    ]);
    expect(model.broken.get(name)).toBe(problems[0]);
    expect(model.order).toEqual([]);
  });
  it('refuses an input named like a unit, and breaks the claims that use it', () => {
    const file = claimsFile(['day', 'aa'], { rate: 'aa / day', other: 'aa * 2' });
    const { model, problems } = resolveModel(file, registry);
    expect(problems.map(wordedProblem)).toEqual([
      {
        kind: 'name-collision',
        data: { name: 'day', meaning: 'the unit day', example: 'day_value' },
        span: file.inputs[0]?.span,
        claim: 'day',
      },
    ]);
    expect(wordedProblem(model.broken.get('rate')!)).toMatchObject({
      kind: 'evaluation',
      data: { claim: 'rate', reason: "uses input 'day', whose name is also the unit day" },
    });
    expect(model.order).toEqual(['other']);
  });
  it('refuses a claim with the same name as an input', () => {
    const { problems } = resolveModel(claimsFile(['aa'], { aa: '2' }), registry);
    expect(wordedProblem(problems[0]!)).toMatchObject({ kind: 'name-collision', data: { name: 'aa', meaning: 'the name of an input' } });
  });
  it.each(['nk_troops', 'rate', 'total'])('accepts the name %s', (name) => {
    expect(resolveModel(claimsFile(['aa'], { [name]: 'aa' }), registry).problems).toEqual([]);
  });
  // A full mathjs instance has hundreds of functions (distance, count, median,
  // range…), physical constants (gravity) and types (Unit); a compute
  // expression can call only min, max, sum, mean, abs, round, floor, ceil,
  // sqrt, log and exp, so the other words mean nothing in an expression and
  // are free names (contract "Names": only what the expression language knows).
  it.each(['distance', 'count', 'median', 'range', 'diff', 'size', 'sort', 'number', 'index', 'gravity', 'version', 'Unit'])(
    'accepts the name %s, a mathjs word a compute expression cannot use',
    (name) => {
      const file = claimsFile([name], { [`${name}_twice`]: `${name} * 2`, [`${name}_claim`]: `${name}_twice / 2` });
      const { model, problems } = resolveModel(file, registry);
      expect(problems).toEqual([]);
      expect(model.claims.get(`${name}_twice`)?.dependsOn).toEqual([name]);
    },
  );
  it('accepts a claim named like a function compute cannot call', () => {
    const { problems } = resolveModel(claimsFile(['aa'], { distance: 'aa * 2', median: 'distance / 2' }), registry);
    expect(problems).toEqual([]);
  });
  it('refuses the count unit word people as an input name', () => {
    const { registry: withPeople } = createUnitRegistry([{ name: 'person', aliases: ['people'] }]);
    const file = claimsFile(['people'], { x: 'people * 2' });
    const { problems } = resolveModel(file, withPeople);
    expect(problems.map(wordedProblem)[0]).toEqual({
      kind: 'name-collision',
      data: { name: 'people', meaning: 'the unit person', example: 'people_value' },
      span: file.inputs[0]?.span,
      claim: 'people',
    });
  });
  it('reports an undeclared mathjs function word as an unknown name, with the close name', () => {
    // "distanse * 2" where the input is distance: a typo, not "the function distance".
    const { problems } = resolveModel(claimsFile(['distance'], { x: 'distanse * 2', y: 'median / 2' }), registry);
    expect(problems.map((p) => [p.kind, p.data['name'], p.data['suggestion']])).toEqual([
      ['unknown-name', 'distanse', { phrase: 'did-you-mean', data: { name: 'distance' } }],
      ['unknown-name', 'median', ''],
    ]);
  });
  it('still refuses calling a function compute does not know, declared name or not', () => {
    const { problems } = resolveModel(claimsFile(['aa', 'bb'], { x: 'distance(aa, bb)' }), registry);
    expect(problems.map(wordedProblem)[0]).toMatchObject({ kind: 'expression-not-allowed', data: { what: "the function 'distance'" } });
  });
});
