/**
 * The meaning words init --derive matches outside facts with (src/derive/words.ts):
 * singular, lower case, no function words, and an article's topic words left out.
 */
import { describe, expect, it } from 'vitest';
import { distinctive, meaningWords } from '../../src/derive/words.js';

describe('meaningWords', () => {
  it('keeps the content words of a sentence, singular and lower case, each once', () => {
    // "South Korea's" loses its possessive; "casualties" → "casualty", "troops" → "troop";
    // "is", "the", "of", "about" and the number are dropped.
    expect(meaningWords("South Korea's estimate of the casualties is about 1,100 troops, the troops said.")).toEqual(['south', 'korea', 'casualty', 'troop']);
  });

  it('reads a fact name written with underscores and digits', () => {
    // ru_casualties_oct2024 with its shared-fact name: "ru" is too short, "oct" stays.
    expect(meaningWords('ru casualties oct russia casualties')).toEqual(['casualty', 'oct', 'russia']);
  });

  it('leaves words ending in -ss, -us and -is whole', () => {
    expect(meaningWords('Congress passed the census bill on the crisis')).toEqual(['congress', 'passed', 'census', 'bill', 'crisis']);
  });
});

describe('distinctive', () => {
  it('drops the words a quarter or more of a long article\u2019s sentences use', () => {
    // Eight sentences: "korea" is in 3 of 8 (a quarter or more), "killed" in 1, "wounded" in 1.
    const sentences = [
      'North Korea sent 11,000 soldiers.',
      'Korea denies it.',
      'About 100 were killed.',
      'About 1,000 were wounded.',
      'Korea said 12 more.',
      'The front is 600 miles long.',
      'Winter lasts 5 months.',
      'Rain fell for 3 days.',
    ];
    const words = distinctive(sentences);
    expect(words[0]).toEqual(['north', 'sent', 'soldier']);
    expect(words[2]).toEqual(['killed']);
    expect(words[3]).toEqual(['wounded']);
  });

  it('keeps every word of a short article (fewer than six sentences)', () => {
    expect(distinctive(['Korea sent 11,000 soldiers.', 'Korea said 100 were killed.'])).toEqual([
      ['korea', 'sent', 'soldier'],
      ['korea', 'killed'],
    ]);
  });
});
