// An unknown unit word's message shows how to declare it, and the example
// must work when copied: a plural is an alias of its singular. It said
// `units: { goals: { aliases: [...] } }` and, in the help line,
// `units: { goals: { aliases: [goalss] } }`.
import { describe, expect, it } from 'vitest';
import { checkClaimsText, loadDefaultRules } from '../../src/index.js';

const rules = loadDefaultRules();

/** The unknown-unit findings of a file with one input of `value`: [message, hint]. */
function unknown(value: string): [string, string | undefined][] {
  const result = checkClaimsText(`inputs:\n  x: { value: ${value}, source: s }\n`, 'u.claims.yaml', rules);
  return result.findings.filter((f) => f.kind === 'unknown-unit').map((f) => [f.message, f.hint]);
}

describe('how to declare an unknown unit', () => {
  it('makes a plural word an alias of its singular', () => {
    expect(unknown('81 goals')).toEqual([[
      "'goals' is not a known unit; declare it under units:, for example units: { goal: { aliases: [goals] } }",
      'declare it under units:, for example units: { goal: { aliases: [goals] } }',
    ]]);
    // -ies → -y, -ches → -ch.
    expect(unknown('3 charities')[0]![1]).toBe('declare it under units:, for example units: { charity: { aliases: [charities] } }');
    expect(unknown('4 matches')[0]![1]).toBe('declare it under units:, for example units: { match: { aliases: [matches] } }');
  });

  it('gives a singular word its plural as an alias', () => {
    expect(unknown('1 household')[0]![1]).toBe('declare it under units:, for example units: { household: { aliases: [households] } }');
  });

  it('gives a declaration that, copied into the file, makes the value read', () => {
    const text = 'units: { goal: { aliases: [goals] } }\ninputs:\n  scored: { value: 81 goals, source: s }\n  played: { value: 40, source: s }\nclaims:\n  per_game: { compute: scored / played, stated: 2.025 goals }\n';
    const result = checkClaimsText(text, 'u.claims.yaml', rules);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.claims.map((c) => c.verdict)).toEqual(['pass']);
  });
});
