// Names in compute expressions: inputs and claims become dependencies, unit
// words are fine, anything else is an unknown name with a "did you mean"; a
// file's name wins over a unit, function or constant of the same spelling
// (with a warning where it stands where a unit would go); keywords, literals
// and scale words are refused.
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

describe('names that are also units, functions or constants', () => {
  it.each([
    ['day'], ['mi'], ['min'], ['sqrt'], ['pi'], ['e'], ['i'], ['troops'], ['second'], ['bar'],
    ['sum'], ['mean'], ['max'], ['people'], ['us'], ['year'], ['hour'], ['distance'],
  ])('accepts the claim name %s, which other claims then use as the name', (name) => {
    const file = claimsFile(['aa'], { [name]: 'aa * 2', other: `${name} + aa` });
    const { model, problems, warnings } = resolveModel(file, registry);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(model.claims.get('other')?.dependsOn).toEqual([name, 'aa']);
    expect(model.order).toEqual([name, 'other']);
  });
  it('accepts an input named like a unit, and its claims depend on the input', () => {
    const file = claimsFile(['day', 'aa'], { rate: 'aa / day', other: 'aa * 2' });
    const { model, problems, warnings } = resolveModel(file, registry);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(model.claims.get('rate')?.dependsOn).toEqual(['aa', 'day']);
    expect(model.order).toEqual(['rate', 'other']);
  });
  it('a function name that is also an input is still callable: max(a, b) calls max, max alone is the input', () => {
    const file = claimsFile(['max', 'aa'], { top: 'max(aa, max) + max' });
    const { model, problems } = resolveModel(file, registry);
    expect(problems).toEqual([]);
    expect(model.claims.get('top')?.dependsOn).toEqual(['aa', 'max']);
  });
  it('warns, at the place, where a name that is also a unit stands after a number or beside a unit', () => {
    // Layout (fixture.ts): inputs on lines 2-3, claims: line 4, a on line 5, its compute on line 6 from column 14.
    // "aa / (2 day)": 'day' at offset 8 → columns 22 to 25. "1 km / day" (line 8): 'day' at 7 → 21 to 24.
    // "aa / day" (line 10) and "24 * day" (line 12) use the name plainly: no warning.
    // "day + 3 day^2" (line 14): the first use is plain, the second (offset 8) after a number → 22 to 25.
    const file = claimsFile(['day', 'aa'], { a: 'aa / (2 day)', b: '1 km / day', c: 'aa / day', d: '24 * day', f: 'day + 3 day^2' });
    const { problems, warnings } = resolveModel(file, registry);
    expect(problems).toEqual([]);
    const at = (line: number, column: number, length: number) => ({ file: 'claims.yaml', line, column, endLine: line, endColumn: column + length });
    expect(warnings.map(wordedProblem)).toEqual([
      { kind: 'name-shadows-unit', data: { name: 'day', what: 'input', meaning: 'the unit day', example: 'day_value' }, span: at(6, 22, 3), claim: 'a' },
      { kind: 'name-shadows-unit', data: { name: 'day', what: 'input', meaning: 'the unit day', example: 'day_value' }, span: at(8, 21, 3), claim: 'b' },
      { kind: 'name-shadows-unit', data: { name: 'day', what: 'input', meaning: 'the unit day', example: 'day_value' }, span: at(14, 22, 3), claim: 'f' },
    ]);
  });
  it('names a claim that shadows a declared unit word as a claim', () => {
    const file = claimsFile(['aa'], { troops: 'aa', x: '5 troops' });
    const { warnings } = resolveModel(file, registry);
    expect(warnings.map(wordedProblem)).toMatchObject([{ kind: 'name-shadows-unit', data: { name: 'troops', what: 'claim', meaning: 'the unit soldier' }, claim: 'x' }]);
  });
});

describe('names that can never be names', () => {
  it.each([
    ['in', "the conversion operator 'in'"],
    ['to', "the conversion operator 'to'"],
    ['mod', "the operator 'mod'"],
    ['not', "the operator 'not'"],
    ['NaN', 'the constant NaN'],
    ['million', 'the scale word million'],
  ])('refuses the claim name %s (%s)', (name, meaning) => {
    const file = claimsFile(['aa'], { [name]: 'aa * 2' });
    const { model, problems } = resolveModel(file, registry);
    expect(problems.map(wordedProblem)).toEqual([
      { kind: 'name-collision', data: { name, meaning, example: `${name}_value` }, span: file.claims[0]?.span, claim: name },
    ]);
    expect(model.broken.get(name)).toBe(problems[0]);
    expect(model.order).toEqual([]);
  });
  it('refuses an input named like a keyword, and breaks the claims that use it', () => {
    const file = claimsFile(['mod', 'aa'], { rate: 'aa / mod', other: 'aa * 2' });
    const { model, problems } = resolveModel(file, registry);
    expect(problems.map(wordedProblem)).toEqual([
      {
        kind: 'name-collision',
        data: { name: 'mod', meaning: "the operator 'mod'", example: 'mod_value' },
        span: file.inputs[0]?.span,
        claim: 'mod',
      },
    ]);
    expect(wordedProblem(model.broken.get('rate')!)).toMatchObject({
      kind: 'evaluation',
      data: { claim: 'rate', reason: "uses input 'mod', whose name cannot be used (in expressions it is the operator 'mod')" },
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
});
