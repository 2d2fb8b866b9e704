/**
 * `init --derive` proposes a sum of two to four numbers only where the
 * article points to one (README, Decisions, "Sums need words"): the stated
 * number is written as a total ("in all", "in total", "altogether",
 * "combined", "a total of", "over the two months"), as a result ("that's",
 * "so", "or", a colon), as a change, or one of its parts is written as an
 * addition to the number before it ("around 100 …, today 120 more"). Two or
 * three numbers of one story add up to a third by chance often enough: the
 * Cavaliers' "24 games" was proposed as 4 + 20, the rail survey's "37%" as
 * 35% + 2%, the football season's "81 goals" as 26 + 46 + 9. Real articles of
 * test/fixtures and the bundled ones, each sum listed by hand; then
 * constructed sentences for each rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveClaims, loadDefaultRules } from '../../src/index.js';

const rules = loadDefaultRules();

/** Every claim derived as a sum: its number as the reader read it, and the numbers added. */
function sums(source: string): string[] {
  const result = deriveClaims({ source, articleRef: 'article.txt', rules, schemaRef: 'claims.schema.json' });
  const stated = new Map(result.entries.map((e) => [e.name, e.number.text]));
  const operand = (o: { kind: string; name?: string }): string => (o.name !== undefined ? (stated.get(o.name) ?? o.name) : o.kind);
  return result.derivations
    .filter((d) => d.shape === 'sum' || d.shape === 'sum3' || d.shape === 'sum4')
    .map((d) => `${stated.get(d.target) ?? d.target} = ${d.operands.map((o) => operand(o as { kind: string; name?: string })).join(' + ')}`);
}

const article = (path: string): string => readFileSync(path, 'utf8');

describe('no sum where the article points to none', () => {
  it.each([
    // "the 2015-16 Golden State Warriors who won their first 24 games" was 4 ("4:30 pm"… a
    // count of the article) + 20 ("running this thing to 20"): a record, no total.
    ['test/fixtures/articles/sport-cavaliers-14-0-start.txt', []],
    // "37% of all rail journeys were for commuting and 35% … for leisure" was 35% + "rail
    // accounts for 2% of trips": a share of journeys of its own.
    ['test/fixtures/newsroom/transport-rail-journeys-1612-million.txt', []],
    // "They scored 81 goals" was 26 wins + 46 games + 9 losses: goals are no sum of games.
    ['examples/everyday/football-season.md', []],
  ])('%s', (path, expected) => {
    expect(sums(article(path))).toEqual(expected);
  });
});

describe('the sums the article points to are kept', () => {
  it.each([
    // The nurse: "around 100 people, today 120 more, that's 200" — 100 + 120 = 220, "more than 200".
    ['examples/articles/nysun-north-korea-punching-above-its-weight.txt', ['more than 200 = around 100 people + 120']],
    ['examples/articles/nysun-north-korea-reworded.txt', ['greater than 200 = 100 individuals + 120']],
  ])('%s', (path, expected) => {
    expect(sums(article(path))).toEqual(expected);
  });

  it.each([
    // 45 + 30 = 75, "in total".
    ['The school has 45 teachers and 30 support staff, 75 employees in total.', ['75 employees = 30 + 45 teachers']],
    // 1,200 + 800 + 500 = 2,500, "altogether" (and a colon before it).
    ['The fund gave $1,200 to schools, $800 to clinics and $500 to libraries: $2,500 altogether.', ['$2,500 = $500 + $800 + $1,200']],
    // 20 + 14 = 34, "combined".
    ['The Greens won 20 seats and the Liberals 14, 34 combined.', ['34 = 14 + 20 seats']],
    // 25 + 40 = 65 > 60, "40 more".
    ['The shelter took in more than 60 dogs this week. Around 25 came on Monday, then 40 more on Friday.', ['more than 60 dogs = Around 25 + 40']],
    // 12 + 9 = 21, "that's" and "so".
    ["Rovers scored 12 goals at home and 9 away, that's 21 goals.", ['21 goals = 9 + 12 goals']],
    ['Police made 12 arrests on Friday and 9 on Saturday, so 21 over the weekend.', ['21 = 9 + 12 arrests']],
    // 5,000 + 3,000 = 8,000 "in two days": a period's total.
    ['Rescuers evacuated 5,000 people on Monday and 3,000 on Tuesday, 8,000 in two days.', ['8,000 = 3,000 + 5,000 people']],
  ])('%s', (text, expected) => {
    expect(sums(text)).toEqual(expected);
  });

  it('proposes no sum where the words say none: 20 + 14 = 34 by chance', () => {
    // The same numbers, but 34 is a count of its own (the party's age).
    expect(sums('The Greens won 20 seats and the Liberals 14. The party is 34 years old and has 34 councillors.')).toEqual([]);
  });
});
