/**
 * `init`'s input names come from what a number measures — the noun phrase it
 * belongs to — never from a unit word of the number beside it; and a change
 * is written with its words whichever way it goes. Names and values below
 * were written by hand from each sentence before the code was run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadDefaultRules } from '../../src/rules/index.js';
import { initClaims } from '../../src/init/index.js';

/** name → value of every input `init` writes for `source`. */
function inputs(source: string): Record<string, string> {
  const { text } = initClaims({ source, articleRef: 'a.txt', rules: loadDefaultRules(), schemaRef: 's.json' });
  const all = parseDocument(text).toJS().inputs as Record<string, { value: string }>;
  return Object.fromEntries(Object.entries(all).map(([name, i]) => [name, i.value]));
}

const fixture = (path: string): string => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

describe('init names an input after what it measures', () => {
  it('names the rate, not the "percentage points" of the change beside it (a BLS jobs report)', () => {
    // The sentences polish5 met: 14.7 percent was `percentage_points`, 60.0 percent `number`.
    const source = [
      'The unemployment rate rose to 14.7 percent in April, up by 10.3 percentage points from March.',
      '',
      'The labor force participation rate decreased by 2.5 percentage points to 60.2 percent.',
      '',
      'The employment-population ratio fell to 60.0 percent.',
      '',
    ].join('\n');
    expect(inputs(source)).toEqual({
      // "The unemployment rate rose to …": the subject of its clause.
      unemployment_rate: '14.7 percent',
      // "…, up by 10.3 percentage points": its clause names nothing, so the sentence's subject; a change.
      unemployment_rate_change: 'up by 10.3 percentage points',
      participation_rate_change: 'decreased by 2.5 percentage points',
      // "…decreased by 2.5 percentage points to 60.2 percent": the other number's unit is no name.
      participation_rate: '60.2 percent',
      // The last two words of "employment-population ratio".
      population_ratio: '60.0 percent',
    });
  });

  it('names the RBA figures after the cash rate, never "basis_points" (newsroom3)', () => {
    const names = inputs(fixture('newsroom3/rates-australia-rba-3-85-percent.txt'));
    // "the RBA lifted the official cash rate by 25 basis points from 3.6 per cent to 3.85 per cent": all three,
    // "by" after "lifted" a change, "from … to" a value before and after.
    expect(names).toMatchObject({ cash_rate_change: '25 basis points', cash_rate_before: '3.6 per cent', cash_rate_after: '3.85 per cent' });
    expect(Object.keys(names).filter((n) => /basis|points|per_cent/u.test(n))).toEqual([]);
  });

  it('names the load factor and its change, not "percentage_points" (newsroom3 airlines)', () => {
    // "…pushing load factor up 1.4 percentage points to 86.4%."
    expect(inputs(fixture('newsroom3/airlines-europe-load-factor-86-percent.txt'))).toMatchObject({
      load_factor_change: 'up 1.4 percentage points',
      load_factor: '86.4%',
    });
  });

  it('takes the head of a noun phrase and what "the number of" counts (jobs report, ONS knife crime)', () => {
    // "The average workweek for all employees on private nonfarm payrolls increased by 0.1 hour to 34.4 hours".
    expect(inputs(fixture('newsroom2/jobs-us-156000-september.txt'))).toMatchObject({
      average_workweek_change: 'increased by 0.1 hour',
      average_workweek_hours: '34.4 hours',
      // "The median forecast in a Bloomberg survey of economists called for a 172,000 advance".
      median_forecast: '172,000',
    });
    // "THE number of knife crimes in England and Wales has risen six per cent".
    expect(inputs(fixture('articles/crime-knife-crime-record-ons.txt'))).toMatchObject({ knife_crimes_change: 'risen six per cent' });
  });
});

describe('init writes a change with its words, up or down', () => {
  it('keeps "increased by" as it keeps "decreased by", and a level after "rose to" stays a level', () => {
    const source = 'Average hourly earnings increased by 6 cents to $25.79. Overtime decreased by 0.1 hour to 3.2 hours. The price rose above 4%.\n';
    const values = Object.values(inputs(source));
    // Both changes with their words (the grammar reads them as +6 cents and −0.1 hour); the levels bare.
    expect(values).toEqual(['increased by 6 cents', '$25.79', 'decreased by 0.1 hour', '3.2 hours', 'above 4%']);
  });
});

describe('init names a number after what it measures when the subject does not say (init6)', () => {
  it('takes the noun a pronoun stands for from the sentence before (US flights, Dutch election)', () => {
    // "…the number of scheduled flights decreased 12 percent between 2001 and 2002 to 5.3 million
    // flights. They then rose 23 percent to 6.5 million flights in 2003." "They" are the scheduled
    // flights (the subject of the sentence before): before, `number_2` and `rose_percent_flight`.
    expect(inputs(fixture('newsroom5/flights-us-on-time-82-percent-2003.txt'))).toMatchObject({
      scheduled_flights_change: 'decreased 12 percent',
      scheduled_flights: '5.3 million flights',
      scheduled_flights_change_2: 'rose 23 percent',
      scheduled_flights_2: '6.5 million flights',
    });
    // "…the turnout is 77.8 percent. In 2021, it was 78.7 percent.": before, `number`.
    expect(inputs(fixture('newsroom5/election-netherlands-41-seats.txt'))).toMatchObject({ turnout: '77.8 percent', turnout_2: '78.7 percent' });
  });

  it('keeps a pronoun that is no subject of the number to its own words', () => {
    // "They would cover only 10 days": the days are no value of what "They" stands for (Russia sent troops).
    const names = inputs('Russia sent 12,000 troops and is losing about 1,200 soldiers a day. They would cover only 10 days of losses.\n');
    expect(names).toMatchObject({ cover_days: '10 days' });
  });

  it('names a number after a noun phrase set off by a relative clause (RBA)', () => {
    // "The Consumer Price Index rose 3.8 per cent …, while underlying inflation, which excludes volatile
    // items, increased by 3.3 per cent": before, `price_index_change_2` (the sentence's subject).
    expect(inputs(fixture('newsroom3/rates-australia-rba-3-85-percent.txt'))).toMatchObject({
      price_index_change: 'rose 3.8 per cent',
      underlying_inflation_change: 'increased by 3.3 per cent',
    });
  });

  it('names a count after what it counts when the subject is a survey, a report or an analysis', () => {
    // "The survey showed 9.6 million open roles in the month": before, `survey_role`.
    expect(inputs(fixture('newsroom2/markets-dow-430-points.txt'))).toMatchObject({ open_roles: '9.6 million roles' });
    // "A report … found that measles immunization coverage has fallen in 12 EU countries": before, `report_country`.
    expect(inputs(fixture('newsroom/health-measles-vaccine-orders.txt'))).toMatchObject({ eu_countries: '12 countries' });
    // "The analysis excluded Turkana West where 50,082 ballots … exceeded the 31,416 total registered voters": before, `analysis_voter`.
    expect(inputs(fixture('newsroom3/election-kenya-turnout-repeat-poll.txt'))).toMatchObject({ registered_voters: '31,416 voters' });
    // A percent after such a subject is named after what it is a share of: "Analysis of plan expenditure
    // showed that 69 per cent of the total plan expenditure …" (CAG budget): before, `analysis`.
    expect(inputs(fixture('articles/budget-cag-india-union-finances-2014-15.txt'))).toMatchObject({ plan_expenditure: '69 per cent' });
  });

  it('names a number after the subject of the clause a verb reports (Nigeria, NY Sun)', () => {
    // "Figures from the National Bureau of Statistics (NBS) show that Nigeria's headline inflation has
    // moved to 31.70 percent": before, `inflation_moved_february`.
    expect(inputs(fixture('newsroom3/inflation-nigeria-31-70-percent.txt'))).toMatchObject({ headline_inflation: '31.70 percent' });
    // "…boasted that Russian forces are capturing 11.5 square miles of territory a day": before, `forces_capturing_mi`;
    // "the Demilitarized Zone is 160 miles long" (an adjective in -ed after "the"): before, `zone_mi`.
    const names = inputs(readFileSync(new URL('../../examples/articles/nysun-north-korea-punching-above-its-weight.txt', import.meta.url), 'utf8'));
    expect(names).toMatchObject({ russian_forces_mi: '11.5 mi^2/day', demilitarized_zone_mi: '160 miles' });
  });
});

describe('init names no verb and keeps a compound whole', () => {
  it('reads an irregular past as a verb, not a noun: "took", "Goes", "sent"', () => {
    // The UK election article: "The Scottish National Party (SNP), for which I have considerable sympathy, took
    // 95% of Scotland's seats despite winning only 50% of Scottish votes." "took" is a verb whose clause opens
    // with it, so 95% takes the noun clause before the relative "for which …" (SNP); "winning" is a verb and
    // "despite" no noun, so 50% is named after what it is a share of. Before, `sympathy_took_scotland`, `seats_despite`.
    expect(inputs(fixture('articles/elections-uk-vote-share-and-seats.txt'))).toMatchObject({ snp: '95%', scottish_votes: '50%' });
    // The headline "Dow Goes Negative for Year, Drops 430+": "Goes" is the verb, "Dow" its subject. Before, `goes_negative`.
    expect(inputs(fixture('newsroom2/markets-dow-430-points.txt'))).toMatchObject({ dow: 'more than 430' });
    // "Russia sent 12,000 troops": a past before a number is a verb; the count is of Russia's troops (before, `russia_sent_troop`).
    expect(inputs('Russia sent 12,000 troops to the front.\n')).toEqual({ russia_troop: '12,000 troops' });
  });

  it('keeps a participle after its noun in the noun phrase ("new cars sold nationally fell to")', () => {
    // "sold" is past and participle alike: before a word that is no number or function word it stays a
    // participle, so the subject is still "the share of internal combustion engine vehicles".
    expect(inputs('The share of internal combustion engine vehicles among all new cars sold nationally fell to 69.65% in the September quarter.\n')).toEqual({
      engine_vehicles: '69.65%',
    });
    // "cast" before "their" is a verb, so "81.6 percent of eligible voters" names the voters, not `voters_cast`.
    expect(inputs('In 2021, 81.6 percent of eligible voters cast their votes.\n')).toEqual({ eligible_voters: '81.6 percent' });
  });

  it('takes no clause opening with a preposition for a subject ("A third, by the insurer Direct Line for Business, claimed")', () => {
    // The UK car registrations article: "Private sales, in contrast, were up by 5.8 per cent to take a 6.8 per cent
    // market share overall." The clause "in contrast" is no subject; before, it named both (`contrast_change`, `contrast`).
    expect(inputs(fixture('newsroom6/cars-uk-registrations-272610.txt'))).toMatchObject({
      private_sales_change: 'up by 5.8 per cent',
      private_sales: '6.8 per cent',
    });
  });

  it('names "the year-to-date increase of 2.7%" after the increase, the compound whole (newsroom3 airlines)', () => {
    // "…close to double the year-to-date increase of 2.7%": "increase" before "of" is a noun, and
    // "year-to-date" one word. Before, `year_date`.
    expect(inputs(fixture('newsroom3/airlines-europe-load-factor-86-percent.txt'))).toMatchObject({ year_to_date_increase: '2.7%' });
  });
});
