// The formatters of `claimcheck facts`, on a hand-built listing: the pretty
// text exactly (no colour), and JSON that carries the listing as it is.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { FactsListing } from '../../src/facts/listing.js';
import { formatFactsJson, formatFactsPretty } from '../../src/report/facts.js';

const listing: FactsListing = {
  date: '2025-01-05',
  facts: [
    {
      fact: 'russia_casualties',
      values: [
        { value: '600,000 soldiers', file: 'facts/world.yaml', line: 4, column: 3, input: 'ru_oct', source: 'UK MoD', asOf: '2024-10-01', maxAge: '30 days', ageDays: 96, ageOn: '2025-01-05', stale: true, cumulative: true, usedIn: [{ file: 'a.claims.yaml', claims: ['toll'] }, { file: 'b.claims.yaml', claims: [] }] },
        { value: '777,720 soldiers', file: 'b.claims.yaml', line: 7, column: 3, asOf: '2024-12-23', maxAge: '30 days', ageDays: 13, ageOn: '2025-01-05', stale: false, cumulative: true, usedIn: [{ file: 'b.claims.yaml', claims: ['toll_jan'] }] },
      ],
    },
  ],
  conflicts: [
    { fact: 'russia_casualties', kind: 'change', a: { value: '600,000 soldiers', file: 'facts/world.yaml', line: 4, column: 3, asOf: '2024-10-01', usedIn: ['a.claims.yaml', 'b.claims.yaml'] }, b: { value: '777,720 soldiers', file: 'b.claims.yaml', line: 7, column: 3, asOf: '2024-12-23', usedIn: ['b.claims.yaml'] } },
  ],
};

describe('the facts formatters', () => {
  it('prints each fact, its values with source, date, age and where used, then the conflicts and totals', () => {
    expect(formatFactsPretty(listing, { chalk: new Chalk({ level: 0 }) })).toBe([
      'russia_casualties (cumulative)',
      // 96 days / 30.44 = 3.15 → "3 months".
      '  600,000 soldiers as of 2024-10-01, 3 months old on 2025-01-05: out of date (max_age 30 days)',
      "    --> facts/world.yaml:4:3 as input 'ru_oct'",
      '    source: UK MoD',
      '    used in a.claims.yaml: toll',
      '    used in b.claims.yaml (imported, used by no claim)',
      '  777,720 soldiers as of 2024-12-23, 13 days old on 2025-01-05 (max_age 30 days)',
      '    --> b.claims.yaml:7:3',
      '    used in b.claims.yaml: toll_jan',
      '',
      'conflicts',
      '  i change over time russia_casualties',
      '    600,000 soldiers (as of 2024-10-01) at facts/world.yaml:4:3',
      '    777,720 soldiers (as of 2024-12-23) at b.claims.yaml:7:3',
      '',
      // One fact and one change: singular (it printed "1 facts", "1 changes over time").
      '1 fact · 0 contradictions · 1 change over time · 1 out of date on 2025-01-05',
      '',
    ].join('\n'));
  });

  it('names the date ages were measured on in the totals: the claims file\'s as_of, not the run\'s day, or says the files\' dates differ', () => {
    // Every age measured on 2024-12-23 (the files' as_of:) while the run's own date is 2026-11-29: the totals say 2024-12-23.
    const onAsOf: FactsListing = { date: '2026-11-29', conflicts: [], facts: [{ fact: 'pop', values: [{ value: '277,000 people', file: 'facts/uk.yaml', line: 2, column: 3, asOf: '2023-06-30', maxAge: '2 years', ageDays: 542, ageOn: '2024-12-23', stale: false, cumulative: false, usedIn: [{ file: 'a.claims.yaml', claims: ['per_head'] }] }] }] };
    expect(formatFactsPretty(onAsOf, { chalk: new Chalk({ level: 0 }) }).split('\n').at(-2)).toBe('1 fact · 0 contradictions · 0 changes over time · 0 out of date on 2024-12-23');
    // Two claims files of different dates: no single date is true of every age.
    const pop = onAsOf.facts[0]!;
    const twoDates: FactsListing = { ...onAsOf, facts: [{ ...pop, values: [pop.values[0]!, { ...pop.values[0]!, file: 'b.claims.yaml', ageDays: 600, ageOn: '2025-02-19' }] }] };
    expect(formatFactsPretty(twoDates, { chalk: new Chalk({ level: 0 }) }).split('\n').at(-2)).toBe("1 fact · 0 contradictions · 0 changes over time · 0 out of date on each claims file's as_of: date");
  });

  it('says so when there is nothing to list', () => {
    expect(formatFactsPretty({ date: '2025-01-05', facts: [], conflicts: [] }, { chalk: new Chalk({ level: 0 }) })).toBe('no shared facts (no facts: key and no input with fact: or overrides:)\n');
  });

  it('prints the listing as JSON with a version', () => {
    expect(JSON.parse(formatFactsJson(listing))).toEqual({ version: 1, ...listing });
  });
});
