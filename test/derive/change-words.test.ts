/**
 * `init --derive` proposes a change between two numbers (a difference a − b,
 * or new ÷ old − 1) only where the article speaks of one (README, Decisions,
 * "Differences need words"): the stated number is written as a change ("up",
 * "rose", "a drop of", "fell by", "12 more", "higher"), after a before and an
 * after value ("from 1,200 to 1,500 …, or 25%"), or as a difference or
 * remainder ("a gap of", "the remaining 250", "250 left"). Real articles of
 * test/fixtures and the bundled ones, with each derived change or difference
 * listed by hand; then constructed sentences for each rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveClaims, loadDefaultRules } from '../../src/index.js';

const rules = loadDefaultRules();

/** Every claim derived as a difference or a change: its shape and its number as the reader read it. */
function changes(source: string): string[] {
  const result = deriveClaims({ source, articleRef: 'article.txt', rules, schemaRef: 'claims.schema.json' });
  const stated = new Map(result.entries.map((e) => [e.name, e.number.text]));
  return result.derivations
    .filter((d) => d.shape === 'difference' || d.shape === 'change')
    .map((d) => `${d.shape}: ${stated.get(d.target) ?? d.target}`);
}

const article = (path: string): string => readFileSync(path, 'utf8');

describe('no change claim where the article speaks of none', () => {
  it.each([
    // "Cleveland might be one victory over the Celtics from running this thing to 20":
    // 20 was derived as one count minus another; the sentence reports a streak, no change.
    ['test/fixtures/articles/sport-cavaliers-14-0-start.txt', []],
    // "Samsung trailed with 24 percent share" was 40% − 16%, a coincidence; the
    // "increase of 45 percent" over 172.8 million units stays.
    ['test/fixtures/newsroom/tech-smartphone-shipments-q3-2013.txt', ['change: an increase of 45 percent']],
    // "rail accounts for 2% of trips" was a difference of two other percents.
    ['test/fixtures/newsroom/transport-rail-journeys-1612-million.txt', []],
    // "as many as 20 North Korean troopers lined up" was 120 − 100 ("lined up" is no change).
    ['examples/articles/nysun-north-korea-reworded.txt', []],
  ])('%s', (path, expected) => {
    expect(changes(article(path))).toEqual(expected);
  });
});

describe('the change claims found today are kept', () => {
  it.each([
    // "has risen six per cent", "51 per cent higher than … (30,620)".
    ['test/fixtures/articles/crime-knife-crime-record-ons.txt', ['change: risen six per cent', 'change: 51 per cent']],
    // "the number of homicides fell by 6%, from 654 to 617".
    ['test/fixtures/articles/crime-knife-offences-homicides-sky.txt', ['change: fell by 6%']],
    // "— a 2.2% fall" (11.9% − 14.1%, as a difference of percents) and "fell 9% to 28,400, from 31,200".
    ['examples/everyday/health-statistic.txt', ['difference: a 2.2% fall', 'change: fell 9%']],
    // "up 4.8% on last year's £393m", "Spending on roads falls 3% to £28.6m, from £29.5m".
    ['examples/everyday/westford-budget.txt', ['change: up 4.8%', 'change: falls 3%']],
  ])('%s', (path, expected) => {
    expect(changes(article(path))).toEqual(expected);
  });

  it.each([
    // 4,210 − 3,580 = 630, written "a drop of".
    ['Burglaries fell from 4,210 to 3,580, a drop of 630.', ['difference: a drop of 630']],
    // 48 − 36 = 12, written "12 more".
    ['The team won 48 of its games and lost 36, winning 12 more than it lost.', ['difference: 12']],
    // 1,500 / 1,200 − 1 = 25%: "from … to" ahead of it speaks of the change.
    ['Membership went from 1,200 to 1,500 in a year, or 25%.', ['change: 25%']],
    // 900 − 650 = 250, written as the remainder.
    ['Of the 900 staff, 650 work full time and the remaining 250 work part time.', ['difference: 250']],
  ])('%s', (text, expected) => {
    expect(changes(text)).toEqual(expected);
  });

  it('proposes no difference where the words say none: 900 − 650 = 250 by chance', () => {
    // The same numbers, but 250 is a count of its own (the canteen's seats).
    expect(changes('Of the 900 staff, 650 work full time; the canteen seats 250.')).toEqual([]);
  });
});
