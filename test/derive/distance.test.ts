/**
 * init --derive's chance limit shrinks with the distance of a formula's farthest operand past
 * the neighbouring sentence (src/derive: DISTANCE_ODDS): the same relation is proposed when its
 * numbers stand side by side and refused when four sentences of other figures separate them.
 */
import { describe, expect, it } from 'vitest';
import { deriveClaims, loadDefaultRules } from '../../src/index.js';

const rules = loadDefaultRules();

function derived(source: string): string[] {
  // maxChance 0.06; "would cover" is a result word, so the limit is 0.12 before the distance.
  const r = deriveClaims({ source, articleRef: 'a.txt', rules, schemaRef: 's.json', options: { maxChance: 0.06 } });
  return r.derivations.map((d) => `${d.target} = ${d.expression}`);
}

describe('the distance of the operands', () => {
  it('proposes 12,000 ÷ 1,200 a day = 10 days from the sentence before', () => {
    // Operands one sentence away: the limit stays 0.12 and the chance estimate is about 0.05.
    const text = 'Russia sent 12,000 troops and is losing about 1,200 soldiers a day. They would cover only 10 days of losses.';
    expect(derived(text)).toEqual([expect.stringMatching(/^cover_days = \w+ \/ \w+$/)]);
  });

  it('refuses it when the operands stand five sentences back', () => {
    // Distance 5: the limit is 0.12 / (1 + 0.5 × 4) = 0.04; the estimate is about 0.10 (more formulas
    // reach that far), under 0.12 but over 0.04, so only the shrinking limit refuses it.
    const text =
      'Russia sent 12,000 troops and is losing about 1,200 soldiers a day. The war began in 2022. The front is 600 miles long. ' +
      'Winter lasts 5 months. Ukraine has 3 big rivers. They would cover only 10 days of losses.';
    expect(derived(text)).toEqual([]);
  });
});
