import { describe, expect, it } from 'vitest';
import { checkWith, findingsOf, NYSUN, NYSUN_CHANGED } from './helpers.js';

const base = `
article: nysun.txt
units:
  soldier: { aliases: [soldiers] }
inputs:
  ukraine_area: { value: 233062 mi^2, source: CIA }
  daily_gain:
    value: 11.5 mi^2/day
    source: Belousov
    quote: "capturing 11.5 square miles of territory a day"
  friday_losses:
    value: 2200 soldiers a day
    source: general staff
    quote: "Last Friday, Russia had 2,200 soldiers killed or wounded"
  ru_toll: { value: 777720 soldiers, source: general staff }
  more_losses: { value: 1200 to 2200 soldiers a day, source: RUSI }
  days_left: { value: 28 days, source: calendar }
`;

describe('agreement between quotes and the YAML', () => {
  it('passes when the numbers agree (inputs by number only: "2,200 soldiers" vs 2,200 soldiers a day)', () => {
    const result = checkWith(`${base}claims:
  years_to_conquer:
    compute: ukraine_area / daily_gain
    stated: 55 years
    quote: "it would take Russia 55 years to conquer Ukraine"
`, { 'nysun.txt': NYSUN });
    expect(findingsOf(result, 'quote-mismatch')).toEqual([]);
    expect(findingsOf(result, 'quote-not-found')).toEqual([]);
  });

  it('reports the article saying 50 years where claims.yaml says 55 years (a number changed in a copy)', () => {
    // The quote is copied from the changed copy, so it is found; its number disagrees with `stated`.
    const result = checkWith(`${base}claims:
  years_to_conquer:
    compute: ukraine_area / daily_gain
    stated: 55 years
    quote: "it would take Russia 50 years to conquer Ukraine"
`, { 'nysun.txt': NYSUN_CHANGED });
    const [finding] = findingsOf(result, 'quote-mismatch');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe('years_to_conquer: the article says 50 years, claims.yaml says 55 years (nysun.txt line 28)');
    // At the quote in claims.yaml: line 22 (the text starts with an empty line 1), after "    quote: ".
    expect(finding).toMatchObject({ file: "claims.yaml", line: 22, column: 12 });
  });

  it('reports an input whose value differs from its quote', () => {
    const result = checkWith(base.replace('value: 11.5 mi^2/day', 'value: 12.5 mi^2/day'), { 'nysun.txt': NYSUN });
    expect(findingsOf(result, 'quote-mismatch').map((f) => f.message)).toEqual([
      'daily_gain: the article says 11.5 square miles of territory a day, claims.yaml says 12.5 mi^2/day (nysun.txt line 28)',
    ]);
  });

  it('says when the article and the YAML differ only in sign (claims7: "A decrease of $23 billion")', () => {
    // The MOD's bulletin: "A decrease of $23 billion since 2021" is −$23bn; value: $23 billion is +$23bn.
    // The two texts show the same digits, so the message says the difference is the sign.
    const article = 'Total military expenditure of NATO members.\nA decrease of $23 billion since 2021 when adjusted for inflation.\n';
    const yamlOf = (value: string): string => `
article: nato.txt
inputs:
  nato_decrease: { value: ${value}, source: MOD, quote: "A decrease of $23 billion since 2021" }
`;
    expect(findingsOf(checkWith(yamlOf('$23 billion'), { 'nato.txt': article }), 'quote-mismatch').map((f) => f.message)).toEqual([
      "nato_decrease: the article says A decrease of $23 billion, claims.yaml says $23 billion (nato.txt line 2); the article's words make it a fall, a negative amount: write the value as the article does (down …, a fall of …) or quote only the number",
    ]);
    // Written as the article writes it, it agrees; a different amount gets no note about the sign.
    expect(findingsOf(checkWith(yamlOf('a decrease of $23 billion'), { 'nato.txt': article }), 'quote-mismatch')).toEqual([]);
    expect(findingsOf(checkWith(yamlOf('$24 billion'), { 'nato.txt': article }), 'quote-mismatch').map((f) => f.message)).toEqual([
      'nato_decrease: the article says A decrease of $23 billion, claims.yaml says $24 billion (nato.txt line 2)',
    ]);
  });

  it('lets an input be a range with the quoted number as one end or inside it', () => {
    // "3,000 North Koreans" is the top of 1,100 to 3,000; "around 100 people" lies inside 90 to 110.
    const result = checkWith(`
article: nysun.txt
inputs:
  nk_casualties: { value: 1100 to 3000, source: JCS, quote: "3,000 North Koreans have been killed or wounded" }
  nurse_yesterday: { value: 90 to 110, source: nurse, quote: "A train came in yesterday, around 100 people" }
`, { 'nysun.txt': NYSUN });
    expect(findingsOf(result, 'quote-mismatch')).toEqual([]);
  });

  it("requires a claim to keep the article's hedge, but lets it add one the words imply", () => {
    const result = checkWith(`${base}claims:
  cost_dropped_hedge:
    compute: friday_losses / daily_gain
    stated: 200 soldiers per square mile
    quote: "that would have cost almost 200 soldiers per square mile"
  toll_added_hedge:
    compute: ru_toll + more_losses * days_left
    stated: at least 800,000 soldiers
    quote: "Russia’s casualty toll is expected to hit 800,000"
`, { 'nysun.txt': NYSUN });
    // "almost 200" has a hedge the YAML dropped: a mismatch. "expected to hit 800,000" has none, so "at least" may be added.
    expect(findingsOf(result, 'quote-mismatch').map((f) => f.claim)).toEqual(['cost_dropped_hedge']);
    expect(findingsOf(result, 'quote-mismatch')[0]?.message).toContain('the article says almost 200 soldiers per square mile, claims.yaml says 200 soldiers per square mile');
  });

  it('compares units when both have one: 55 days is not 55 years', () => {
    const result = checkWith(`${base}claims:
  wrong_unit:
    compute: ukraine_area / daily_gain
    stated: 55 days
    quote: "it would take Russia 55 years to conquer Ukraine"
`, { 'nysun.txt': NYSUN });
    expect(findingsOf(result, 'quote-mismatch').map((f) => f.claim)).toEqual(['wrong_unit']);
  });

  it('compares the number only when the quote leaves the unit out', () => {
    // "South Korea’s estimate is 1,100" has no unit; stated 1,100 soldiers agrees.
    const result = checkWith(`${base}claims:
  sk_total:
    compute: ru_toll * 0 + 1100 soldiers
    stated: 1,100 soldiers
    quote: "South Korea’s estimate is 1,100"
`, { 'nysun.txt': NYSUN });
    expect(findingsOf(result, 'quote-mismatch')).toEqual([]);
  });
});

describe('stated read from the quote', () => {
  it('judges a claim without stated by the one quantity of its quote', () => {
    const result = checkWith(`${base}claims:
  years_to_conquer:
    compute: ukraine_area / daily_gain
    quote: "it would take Russia 55 years to conquer Ukraine"
`, { 'nysun.txt': NYSUN });
    // 233,062 / 11.5 = 20,266 days = 55.49 years, inside [54.5, 55.5): pass, stated "55 years".
    const [claim] = result.claims;
    expect(claim?.verdict).toBe('pass');
    expect(claim?.stated?.text).toBe('55 years');
  });

  it('asks for stated when the quote holds two quantities', () => {
    const result = checkWith(`${base}claims:
  ambiguous:
    compute: ukraine_area / daily_gain
    quote: "Given the Western estimate of 11,000 North Korean soldiers in Kursk, this means a casualty rate of 10 percent to 27 percent"
`, { 'nysun.txt': NYSUN });
    const [claim] = result.claims;
    expect(claim?.verdict).toBe('error');
    expect(claim?.kind).toBe('stated-from-quote');
    expect(claim?.message).toContain("claim 'ambiguous' has no stated value and its quote holds 2 numbers");
  });

  it('makes a claim an error when the quote it needs is not found', () => {
    const result = checkWith(`${base}claims:
  years_to_conquer:
    compute: ukraine_area / daily_gain
    quote: "it would take Russia 55 years to conquer Ukraine"
`, { 'nysun.txt': NYSUN_CHANGED });
    expect(result.claims[0]).toMatchObject({ verdict: 'error', kind: 'quote-not-found' });
  });

  it('leaves a claim without stated or quote a helper', () => {
    const result = checkWith(`${base}claims:
  helper: { compute: ukraine_area / daily_gain }
`, { 'nysun.txt': NYSUN });
    expect(result.claims[0]?.verdict).toBe('info');
  });
});

describe('a count noun the article names once (second newsroom trial, BLS jobs report)', () => {
  const article = 'Over the past three months, job gains have averaged 192,000 per month, government data show.\n';
  const file = (stated: string): string => `
article: jobs.txt
units:
  job: { aliases: [jobs] }
inputs:
  gains: { value: 575,000 jobs, source: BLS }
claims:
  average:
    compute: gains / (3 month)
    stated: ${stated}
    quote: "averaged 192,000 per month"
ignore: ["past three months"]
`;

  it('agrees when the YAML names the count the article leaves out: "192,000 per month" is 192,000 jobs per month', () => {
    // 575,000 jobs / 3 months = 191,667 jobs a month, within what "192,000" allows.
    expect(findingsOf(checkWith(file('192,000 jobs per month'), { 'jobs.txt': article }), 'quote-mismatch')).toEqual([]);
  });

  it('still disagrees when the period differs: "192,000 per month" is not 192,000 jobs a year', () => {
    expect(findingsOf(checkWith(file('192,000 jobs per year'), { 'jobs.txt': article }), 'quote-mismatch')).toHaveLength(1);
  });
});
