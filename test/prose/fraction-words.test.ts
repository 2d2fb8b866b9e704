// "a third", "a fifth"…: a fraction or an ordinal (README, Decisions, "A third
// or the third one"). Written with "a"/"an", the word is a fraction only in a
// fraction's context: before "of", a unit or "as" ("a third as much"), after a
// hedge or a word of change ("more than a third", "dropped by a fifth"), or
// before punctuation or the end when the word before it asks for an amount
// ("by a third.", "to a fifth", "is a third", "only a third,") or a bracket,
// colon or dash restates a number ("(a third)"). Anywhere else it
// is an ordinal ("then a third, by the insurer": the third study). Written
// with a number word ("one third", "two-thirds") it is always a fraction.
// Sentences from test/fixtures (real articles) and examples/everyday, plus
// constructed ones for each rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProse } from '../../src/prose/index.js';
import { ctx } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The sentence of a fixture article that contains `words`. */
function sentenceOf(path: string, words: string): string {
  const text = readFileSync(join(FIXTURES, path), 'utf8');
  const line = text.split('\n').find((l) => l.includes(words));
  expect(line, `${path} has "${words}"`).toBeDefined();
  return line!;
}

/** [text, kind, value] of what the reader finds with a fraction word in it. */
function fractionWords(text: string): [string, string, number | undefined][] {
  return readProse(text, ctx)
    .filter((n) => /third|fourth|fifth|sixth|seventh|eighth|ninth|tenth/iu.test(n.text))
    .map((n) => [n.text, n.kind, n.quantity?.low.value]);
}

const THIRD = 1 / 3;

describe('"a third" as an ordinal', () => {
  it('"A third, by the insurer Direct Line …" is the third study, not 1/3 (Guardian, rents)', () => {
    // The paragraph names "Another study" and then "A third": nothing before it
    // in its sentence asks for an amount, and a comma follows.
    const paragraph = sentenceOf('newsroom/housing-average-rent-816-guardian.txt', 'A third, by the insurer');
    expect(fractionWords(paragraph)).toEqual([['A third', 'ordinal', undefined]]);
  });

  it.each([
    // "then" and "finished" ask for no amount: the third one, third place.
    ['The claim was rejected first by the broker and then a third, by the insurer.', 'a third'],
    ['The club finished a third, behind the two leaders.', 'a third'],
    ['He scored a fifth.', 'a fifth'],
    // Before a noun (not a unit): an ordinal, as before.
    ['A third party paid the bill.', 'A third'],
  ])('%s', (sentence, text) => {
    expect(fractionWords(sentence)).toEqual([[text, 'ordinal', undefined]]);
  });
});

describe('"a third" as a fraction', () => {
  it('keeps every fraction of the real articles', () => {
    // DPS (rents): "by more than a third." — a hedge.
    expect(fractionWords(sentenceOf('newsroom/housing-rents-outstrip-inflation-dps.txt', 'more than a third'))).toEqual([['more than a third', 'quantity', THIRD]]);
    // ONS (knife crime): "around a third (34 per cent) of all offences" — a hedge.
    expect(fractionWords(sentenceOf('articles/crime-knife-crime-record-ons.txt', 'around a third'))).toEqual([['around a third', 'quantity', THIRD]]);
    // Sky (homicides): "dropped by a fifth to 221" — a change, −0.2.
    expect(fractionWords(sentenceOf('articles/crime-knife-offences-homicides-sky.txt', 'dropped by a fifth'))).toEqual([['dropped by a fifth', 'quantity', -0.2]]);
    // The football season: "got a third of them himself" — before "of".
    const football = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'everyday', 'football-season.md'), 'utf8');
    expect(fractionWords(football)).toEqual([['a third', 'quantity', THIRD]]);
  });

  it.each([
    // A word asking for an amount before it, punctuation or the end after it.
    ['Rents outstripped inflation by a third.', 'a third', THIRD],
    ['The Treasury\'s share is a fifth.', 'a fifth', 0.2],
    ['Only a third, the report said, were paid on time.', 'a third', THIRD],
    // A bracket, colon or dash restating a number: 200 / 600 = a third.
    ['Labour won 200 of the 600 seats (a third).', 'a third', THIRD],
    ['Labour won 200 of the 600 seats — a third.', 'a third', THIRD],
    // "as much": a multiplier, as in a claims file ("a third as likely").
    ['It cost a third as much.', 'a third', THIRD],
    // A number word, not "a": always a fraction, whatever follows.
    ['Around a third were late; one third never came.', 'one third', THIRD],
  ])('%s', (sentence, text, value) => {
    expect(fractionWords(sentence)).toContainEqual([text, 'quantity', value]);
  });
});
