// The answers the build embeds for common unit words (src/units/builtin.ts,
// scripts/build.mjs): they must be exactly what mathjs answers at run time,
// so a check gives the same results whether or not the Unit class is built.
import { describe, expect, it } from 'vitest';
import { sharedMath, unitNamesOf } from '../../src/mathjs/index.js';
import { BuiltIns, unitAnswers, type BuiltInUnit } from '../../src/units/builtin.js';
import { loadDefaultRules } from '../../src/rules/index.js';

const math = sharedMath();
const names = Object.keys(unitNamesOf(math).names);
const ruleWords = [...loadDefaultRules().units.values()].flatMap((rule) => [rule.name, ...rule.aliases, ...(rule.shadows ?? [])]);
/** As the bundle has them: through JSON. */
const embedded = JSON.parse(JSON.stringify(unitAnswers(math, [...names, ...ruleWords]))) as Record<string, BuiltInUnit>;

describe('embedded unit answers', () => {
  it('cover every mathjs unit name that number arithmetic can make, and the default rules\' unit words', () => {
    // 251 names in mathjs 15; VAR (a Complex value) cannot be made and is left to run time, where it fails as before.
    expect(Object.keys(embedded).length).toBeGreaterThan(240);
    expect(embedded['mi']).toEqual({ factor: 1609.344, dimension: { LENGTH: 1 }, longName: 'mile' });
    // km is a default rule's name (not a mathjs unit name): prefixed words come from the rules.
    expect(embedded['km']).toEqual({ factor: 1000, dimension: { LENGTH: 1 }, longName: 'kilometer' });
    // A temperature keeps its zero: 1 degree F is 5/9 K, its scale starts 459.67 degrees below 0 K.
    expect(embedded['degF']?.offset).toBe(459.67);
    expect(embedded['VAR']).toBeUndefined();
    // Words of the rules that are not mathjs units get no answer.
    expect(embedded['soldier']).toBeUndefined();
  });

  it('are the answers of a registry that asks mathjs, word for word', () => {
    const asked = new BuiltIns(math);
    const seeded = new BuiltIns(math, embedded);
    const words = [...names.filter((n) => n !== 'VAR'), ...ruleWords, 'kilometres', 'Mm', 'kHz', 'troops_12', 'nurse_today', 'x'];
    for (const word of words) expect(seeded.unit(word), word).toEqual(asked.unit(word));
    // Same properties in the same order (a report lists them as made).
    for (const word of Object.keys(embedded)) expect(JSON.stringify(seeded.unit(word)), word).toBe(JSON.stringify(asked.unit(word)));
  });

  it('leave other unit words to mathjs', () => {
    // MW is no rule's word: the seeded registry reads it from mathjs (1 MW = 1e6 W = 1e6 kg m^2 s^-3).
    const seeded = new BuiltIns(math, embedded);
    expect(embedded['MW']).toBeUndefined();
    expect(seeded.unit('MW')).toEqual({ factor: 1e6, dimension: { MASS: 1, LENGTH: 2, TIME: -3 }, longName: 'megawatt' });
  });
});
