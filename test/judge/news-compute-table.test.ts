// The news forms of compute and judging (spec news-language §7 last sentence,
// §8, §9, §10), row by row through the real pipeline: each row is a claims
// file in memory (inputs → quantity grammar → unit registry → resolve →
// evaluate → judge), checked by checkClaimsText. Each comment works out the
// computed value and the admissible set by hand.
// Defaults: hedge tolerance 10%, loose tolerance 5%, gross factor 2.
import { describe, expect, it } from 'vitest';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { loadDefaultRules } from '../../src/rules/index.js';
import type { ClaimResult } from '../../src/types.js';

const rules = loadDefaultRules();

interface Row {
  /** What the row shows. */
  about: string;
  /** Input name → value as written in the claims file. */
  inputs: Record<string, string>;
  compute: string;
  stated?: string;
  verdict: ClaimResult['verdict'];
  gross?: boolean;
  /** Text the trace's why (or the message, for an error) must contain. */
  says?: string;
  /** An article to bind to, with the claim's quote. */
  article?: { text: string; quote: string };
}

/** The claim `c` of a claims file built from a row. */
function run(row: Row): ClaimResult {
  const lines = [
    ...(row.article ? ['article: article.txt'] : []),
    'units:',
    '  person: { aliases: [people, persons] }',
    'inputs:',
    ...Object.entries(row.inputs).map(([name, value]) => `  ${name}: { value: ${JSON.stringify(value)}, source: test }`),
    'claims:',
    '  c:',
    `    compute: ${JSON.stringify(row.compute)}`,
    ...(row.stated !== undefined ? [`    stated: ${JSON.stringify(row.stated)}`] : []),
    ...(row.article ? [`    quote: ${JSON.stringify(row.article.quote)}`] : []),
  ];
  const article = row.article?.text;
  const result = checkClaimsText(`${lines.join('\n')}\n`, 'claims.yaml', rules, {
    readArticle: (path) => (article !== undefined && path === 'article.txt' ? { text: article } : { problem: `no article ${path}` }),
  });
  const claim = result.claims.find((c) => c.name === 'c');
  if (!claim) throw new Error('no claim c');
  return claim;
}

const WAR = { start: '2022-02-24', end: '2024-12-23' };

const rows: Row[] = [
  // --- §9 exponents that are names or expressions --------------------------------------------
  // (1 + 0.03)^10 − 1 = 0.343916; "34%" admits [33.5%, 34.5%).
  { about: 'compound growth over n years', inputs: { rate: '3%', n_years: '10' }, compute: '(1 + rate) ^ n_years - 1', stated: '34%', verdict: 'pass' },
  // 0.343916 against "30%" = [29.5%, 30.5%): (0.343916 − 0.305) / 0.305 = 12.8% above; factor 1.13.
  { about: 'compound growth misstated', inputs: { rate: '3%', n_years: '10' }, compute: '(1 + rate) ^ n_years - 1', stated: '30%', verdict: 'fail', gross: false, says: 'percentage points above' },
  // rate ∈ [0.02, 0.04], increasing: 1.02^10 − 1 = 0.218994, 1.04^10 − 1 = 0.480244;
  // low end in "22%" = [21.5%, 22.5%), high end in "48%" = [47.5%, 48.5%).
  { about: 'compound growth over a range of rates', inputs: { rate: '2% to 4%', n_years: '10' }, compute: '(1 + rate) ^ n_years - 1', stated: '22% to 48%', verdict: 'pass' },
  // (end / start)^(1/5) − 1 over end ∈ [150, 160]: [1.5^0.2 − 1, 1.6^0.2 − 1] = [0.084472, 0.098561];
  // "about 9%" admits [8.5% − 0.9%, 9.5% + 0.9%] = [7.6%, 10.4%].
  { about: 'annual rate from two ends', inputs: { first: '100', last: '150 to 160', period: '5' }, compute: '(last / first) ^ (1 / period) - 1', stated: 'about 9%', verdict: 'pass' },
  // High end 0.098561 against "more than 10%" = (0.10, ∞): 0.14 points, 1.4% relative below → warn.
  { about: 'annual rate just short of a bound', inputs: { first: '100', last: '150 to 160', period: '5' }, compute: '(last / first) ^ (1 / period) - 1', stated: 'more than 10%', verdict: 'warn', says: '0.14 percentage points below (1.4% relative)' },
  // 2^(20 / 10) = 4: a doubling time of 10 years over 20 years; "4" admits [3.5, 4.5).
  { about: 'doublings', inputs: { span_years: '20', doubling: '10' }, compute: '2 ^ (span_years / doubling)', stated: '4', verdict: 'pass' },
  // level ∈ [−1, 2] under the exponent 1/5: the base reaches 0 and below → error.
  { about: 'a base that can be negative under a fractional exponent', inputs: { level: '-1 to 2', period: '5' }, compute: 'level ^ (1 / period)', stated: '1', verdict: 'error', says: 'level can be zero or negative' },
  // USD under a computed exponent has no unit to show → error.
  { about: 'a base with a unit under a computed exponent', inputs: { cost: '$5', n_years: '2' }, compute: 'cost ^ n_years', stated: '$25', verdict: 'error', says: 'the base must be a plain number' },
  // A duration as exponent must be divided by a unit first → error.
  { about: 'an exponent with a unit', inputs: { span: '3 years' }, compute: '2 ^ span', stated: '8', verdict: 'error', says: 'an exponent must be a plain number' },

  // --- §9 scale words and percent inside compute ------------------------------------------------
  // 0.427 × 331e6 = 141,337,000; "141 million" admits [140.5e6, 141.5e6).
  { about: 'percent of a population in millions', inputs: { unused: '1' }, compute: '42.7% * 331 million', stated: '141 million', verdict: 'pass' },
  // "140 million": the 0 is past the 2nd significant figure, so it admits [135e6, 145e6); 141.337e6 is in.
  { about: 'a rounded stated value with a trailing zero', inputs: { unused: '1' }, compute: '42.7% * 331 million', stated: '140 million', verdict: 'pass' },
  // 1 − 0.05 = 0.95 (neither remainder nor "5% of 1" off 1); "0.95" admits [0.945, 0.955).
  { about: 'percent subtracted from one', inputs: { unused: '1' }, compute: '1 - 5%', stated: '0.95', verdict: 'pass' },
  // 1,200 × 0.125 = 150; "150" admits [145, 155).
  { about: 'a percent of an input', inputs: { total: '1,200' }, compute: 'total * 12.5%', stated: '150', verdict: 'pass' },
  // 1.2e9 / 60e6 = 20; "20" admits [19.5, 20.5).
  { about: 'billions over millions', inputs: { unused: '1' }, compute: '1.2 bn / 60 million', stated: '20', verdict: 'pass' },
  // % between two values would be remainder: refused.
  { about: 'remainder is refused', inputs: { total: '7' }, compute: 'total % 3', stated: '1', verdict: 'error', says: 'never remainder' },

  // --- §8 dates ----------------------------------------------------------------------------------
  // 2022-02-24 → 2023-02-24: 365; → 2024-02-24: 365; → 2024-12-23: 29+31+30+31+30+31+31+30+31+30 − 1 = 303; total 1,033 days.
  { about: 'days between two dates', inputs: WAR, compute: 'end - start', stated: '1,033 days', verdict: 'pass' },
  // 1,033 against "1,034 days" (exact count): any difference is a fail, though 0.05% off would be a warn.
  { about: 'days between two dates, off by one', inputs: WAR, compute: 'end - start', stated: '1,034 days', verdict: 'fail', gross: false, says: 'a whole count written in digits is exact' },
  // "1,000 days": the zeros are past the 2nd figure, so [950, 1050) — not an exact count; 1,033 passes.
  { about: 'a round number of days', inputs: WAR, compute: 'end - start', stated: '1,000 days', verdict: 'pass' },
  // 1,033 / 365.25 = 2.828 years; "almost 3" admits [2.7, 3].
  { about: 'the same span in years', inputs: WAR, compute: '(end - start) / (1 year)', stated: 'almost 3', verdict: 'pass' },
  // 2024-12-23 + 30 days = 2025-01-22; a stated date admits its day [2025-01-22, 2025-01-23).
  { about: 'a date plus a duration', inputs: { end: '2024-12-23', wait: '30 days' }, compute: 'end + wait', stated: '2025-01-22', verdict: 'pass' },
  // 2025-01-22 against 2025-01-21: a date is exact, a fail (never warn, never gross).
  { about: 'a date plus a duration, wrong day', inputs: { end: '2024-12-23', wait: '30 days' }, compute: 'end + wait', stated: '2025-01-21', verdict: 'fail', gross: false, says: '1 day after 2025-01-21' },
  // 2024-12-23 − 2 weeks = 2024-12-09.
  { about: 'a date minus a duration', inputs: { end: '2024-12-23' }, compute: 'end - 2 weeks', stated: '2024-12-09', verdict: 'pass' },
  // Doubling a date means nothing → error.
  { about: 'a date times a number', inputs: WAR, compute: '2 * end', stated: '1', verdict: 'error', says: 'a date can only be subtracted' },
  // Adding two dates means nothing → error.
  { about: 'a date plus a date', inputs: WAR, compute: 'end + start', stated: '1', verdict: 'error', says: 'adds a date to a date' },

  // --- §10 exact counts ----------------------------------------------------------------------------
  // 26 + 12 + 8 = 46 games; "46" admits [45.5, 46.5).
  { about: 'a season total', inputs: { wins: '26', draws: '12', losses: '8' }, compute: 'wins + draws + losses', stated: '46', verdict: 'pass' },
  // 46 against "45" = [44.5, 45.5): 1.1% above would be a warn; an exact count makes it a fail.
  { about: 'a season total off by one', inputs: { wins: '26', draws: '12', losses: '8' }, compute: 'wins + draws + losses', stated: '45', verdict: 'fail', gross: false, says: 'a difference of 1 is wrong' },
  // "about 45" is hedged, so not exact: [44.5 − 4.5, 45.5 + 4.5] = [40, 50] holds 46.
  { about: 'a hedged count', inputs: { wins: '26', draws: '12', losses: '8' }, compute: 'wins + draws + losses', stated: 'about 45', verdict: 'pass' },
  // 47 / 3 = 15.667 is not a whole number, so the loose band applies: (15.667 − 15.5) / 15.5 = 1.1% → warn.
  { about: 'an average is not a count', inputs: { goals: '47', games_played: '3' }, compute: 'goals / games_played', stated: '15', verdict: 'warn' },
  // $8,500 / 100 = $85; "$84" admits [83.5, 84.5): 0.6% above would be a warn; exact → fail.
  { about: 'an exact amount of money', inputs: { spend: '$8,500', households: '100' }, compute: 'spend / households', stated: '$84', verdict: 'fail', gross: false },

  // --- §10 percentages: points and relative --------------------------------------------------------
  // 0.678 against "67%" = [66.5%, 67.5%): 0.3 points, 0.003 / 0.675 = 0.44% relative above → warn.
  { about: 'a turnout a little above', inputs: { voted: '678', electorate: '1,000' }, compute: 'voted / electorate', stated: '67%', verdict: 'warn', says: '0.3 percentage points above (0.4% relative) 67.5%' },
  // 0.078 against "8.8%" = [8.75%, 8.85%): 0.95 points, 0.0095 / 0.0875 = 10.9% relative below → fail.
  { about: 'a rate well below', inputs: { cases: '78', tested: '1,000' }, compute: 'cases / tested', stated: '8.8%', verdict: 'fail', gross: false, says: '0.95 percentage points below (10.9% relative) 8.75%' },

  // --- §5/§10 signed changes -----------------------------------------------------------------------------
  // 95 / 100 − 1 = −5%; "5%" admits [4.5%, 5.5%): the opposite sign is a gross fail.
  { about: 'a fall written as a rise', inputs: { now: '95', before: '100' }, compute: 'now / before - 1', stated: '5%', verdict: 'fail', gross: true, says: 'opposite sign' },
  // −5% against "-5%" = [−5.5%, −4.5%) → pass.
  { about: 'a fall written as a fall', inputs: { now: '95', before: '100' }, compute: 'now / before - 1', stated: '-5%', verdict: 'pass' },
  // "up 17%" admits [+16.5%, +17.5%); 95 / 100 − 1 = −5% has the opposite sign → gross fail.
  { about: 'a fall written "up 17%"', inputs: { now: '95', before: '100' }, compute: 'now / before - 1', stated: 'up 17%', verdict: 'fail', gross: true, says: 'opposite sign' },
  // "a 5% fall" admits [−5.5%, −4.5%); 105 / 100 − 1 = +5% → gross fail.
  { about: 'a rise written "a 5% fall"', inputs: { now: '105', before: '100' }, compute: 'now / before - 1', stated: 'a 5% fall', verdict: 'fail', gross: true, says: 'opposite sign' },
  // 114 / 100 − 1 = +14% against "up 17%" = [16.5%, 17.5%): 2.5 points, 15.2% relative below → fail, not gross.
  { about: 'a rise understated', inputs: { now: '114', before: '100' }, compute: 'now / before - 1', stated: 'up 17%', verdict: 'fail', gross: false, says: '2.5 percentage points below (15.2% relative)' },
  // 1.09 against "9%": a ratio where a change was meant → gross (factor 12).
  { about: 'a ratio where a change was meant', inputs: { now: '109', before: '100' }, compute: 'now / before', stated: '9%', verdict: 'fail', gross: true, says: 'a ratio where a change was meant' },

  // --- §10 quote not found ---------------------------------------------------------------------------------
  // The arithmetic passes (26 + 12 + 8 = 46), but the quote is not in the article → error.
  { about: 'a lost quote makes an error whatever the arithmetic', inputs: { wins: '26', draws: '12', losses: '8' }, compute: 'wins + draws + losses', stated: '46', verdict: 'error', says: 'quote not found in article.txt', article: { text: 'The club played 46 games this season.\n', quote: 'played 47 games' } },
  // The same with the quote as the article has it → pass.
  { about: 'a found quote', inputs: { wins: '26', draws: '12', losses: '8' }, compute: 'wins + draws + losses', stated: '46', verdict: 'pass', article: { text: 'The club played 46 games this season.\n', quote: 'played 46 games' } },

  // --- §7 results in the simplest unit -------------------------------------------------------------------------
  // 67e6 people × 5.1 t/person = 341.7e6 t; "342 million t" admits [341.5e6, 342.5e6).
  { about: 'people times tonnes per person is tonnes', inputs: { population: '67 million people', per_head: '5.1 t/person' }, compute: 'population * per_head', stated: '342 million t', verdict: 'pass' },
  // 67e6 / 2 = 33.5e6 people against "30 million people" = [29.5e6, 30.5e6): 9.8% above → fail.
  { about: 'a count of people', inputs: { population: '67 million people' }, compute: 'population / 2', stated: '30 million people', verdict: 'fail', gross: false, says: '33.5 million people is 9.8% above 30.5 million people' },
];

describe('news forms of compute and judging', () => {
  it('has at least 30 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it.each(rows.map((r) => [r.about, r] as const))('%s', (_about, row) => {
    const claim = run(row);
    expect(claim.verdict, claim.message).toBe(row.verdict);
    if (row.gross !== undefined) expect(claim.gross).toBe(row.gross);
    if (row.says !== undefined) {
      const text = `${claim.message} ${claim.trace?.why ?? ''}`;
      expect(text).toContain(row.says);
    }
  });

  it('shows the arithmetic of a claim whose quote is lost', () => {
    const lost = rows.find((r) => r.about.startsWith('a lost quote'))!;
    const claim = run(lost);
    // 26 + 12 + 8 = 46, which "46" admits: the arithmetic alone passes.
    expect(claim.trace?.result).toBe('46');
    expect(claim.trace?.why).toContain('the arithmetic alone gives pass');
  });

  it('shows a helper in the simplest unit and a date as a date', () => {
    // 67e6 × 5.1 = 341.7e6 t, shown as 342 million t.
    expect(run({ about: '', inputs: { population: '67 million people', per_head: '5.1 t/person' }, compute: 'population * per_head', verdict: 'info' }).message)
      .toBe('67 million people * (5.1 t/person) = 342 million t');
    // 2024-12-23 + 18 months = + 1.5 × 365.25 = 547.875 days = 2026-06-23 21:00 UTC.
    expect(run({ about: '', inputs: { end: '2024-12-23' }, compute: 'end + 18 months', verdict: 'info' }).message)
      .toBe('2024-12-23 + 18 months = 2026-06-23 21:00');
  });
});
