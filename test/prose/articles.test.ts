// The prose reader over each whole article in examples/articles/: the exact
// list of quantities it finds (as written, value, unit), and the exact list of
// numbers it sets aside as years, dates and names — so no year or date is
// ever counted as a quantity. Worked out by reading each article line by
// line; the comments say why the doubtful ones are what they are.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ProseKind } from '../../src/prose/index.js';
import { numberContext, readProse } from '../../src/prose/index.js';
import { article, ctx } from './helpers.js';

type Expected = [text: string, value: number | [number, number], unit: string];

interface Case {
  file: string;
  quantities: Expected[];
  others: [string, ProseKind][];
}

const CASES: Case[] = [
  {
    file: 'nysun-north-korea-punching-above-its-weight.txt',
    quantities: [
      ['half', 0.5, ''], // "half of its artillery shells"
      ['three years', 3, 'years'],
      ['almost half', 0.5, ''],
      ['2,000', 2000, ''], // "2,000 tracked howitzers": no unit word
      ['170-millimeter', 170, 'mm'],
      ['three weeks', 3, 'weeks'],
      ['3,000', 3000, ''], // "3,000 North Koreans": not a declared unit
      ['1,100', 1100, ''],
      ['11,000 North Korean soldiers', 11000, 'soldier'],
      ['10 percent to 27 percent', [0.1, 0.27], ''],
      ['1.3 million', 1.3e6, ''],
      ['nearly three years', 3, 'years'],
      ['up to $5.5 billion', 5.5e9, 'USD'],
      ['$500 million', 5e8, 'USD'],
      ['almost a quarter', 0.25, ''],
      ['4,000 miles', 4000, 'mi'],
      ['two', 2, ''], // "two ongoing wars"
      ['2,200 soldiers', 2200, 'soldier'],
      ['two', 2, ''], // "The other two times"
      ['more than 2,000 men', 2000, 'soldier'],
      ['one day', 1, 'day'],
      ['777,720 soldiers', 777720, 'soldier'],
      ['a third', 1 / 3, ''],
      ['almost 10,000', 10000, ''],
      ['almost 20,000', 20000, ''],
      ['21,000', 21000, ''],
      ['11.5 square miles of territory a day', 11.5, 'mi^2/day'],
      ['almost 200 soldiers per square mile', 200, 'soldier/mi^2'],
      ['55 years', 55, 'years'],
      ['800,000', 800000, ''],
      ['160 miles', 160, 'mi'],
      ['727 miles', 727, 'mi'],
      ['150-square-mile', 150, 'mi^2'],
      ['as many as 20 North Korean soldiers', 20, 'soldier'],
      ['more than 200', 200, ''], // "200 wounded North Koreans"
      ['around 100 people', 100, 'soldier'],
      ['120', 120, ''],
      ['200', 200, ''],
    ],
    others: [
      ['November 29, 2024', 'date'],
      ['M1989', 'name'],
      ['2025', 'year'],
      ['January 20', 'date'],
      ['February 2022', 'date'],
      ['November 11 and 29', 'date'],
      ['January 20', 'date'],
      ['August 6', 'date'],
      ['2024', 'year'], // "© 2024"
    ],
  },
  {
    file: 'nysun-north-korea-reworded.txt',
    quantities: [
      ['12 months', 12, 'months'], // "Last 12 months" (was "Last year")
      ['12 months', 12, 'months'], // "this 12 months" (was "this year")
      ['half', 0.5, ''],
      ['three years', 3, 'years'],
      ['nearly half', 0.5, ''],
      ['2,000', 2000, ''],
      ['170-millimeter', 170, 'mm'],
      ['three weeks', 3, 'weeks'],
      ['3,000', 3000, ''],
      ['1,100', 1100, ''],
      ['11,000 North Korean troopers', 11000, 'soldier'],
      ['10 % to 27 %', [0.1, 0.27], ''],
      ['1.3 million', 1.3e6, ''],
      ['practically three years', 3, 'years'],
      ['as much as $5.5 billion', 5.5e9, 'USD'],
      ['$500 million', 5e8, 'USD'],
      ['nearly 1 / 4', 0.25, ''],
      ['4,000 miles', 4000, 'mi'],
      ['two', 2, ''],
      ['2,200 troopers', 2200, 'soldier'],
      ['two', 2, ''],
      ['greater than 2,000', 2000, ''], // "males" is no unit word; "in one day" became "at some point"
      ['777,720 troopers', 777720, 'soldier'],
      ['a 3rd', 1 / 3, ''],
      ['nearly 10,000', 10000, ''],
      ['nearly 20,000', 20000, ''],
      ['21,000', 21000, ''],
      ['11.5 sq. miles of territory a day', 11.5, 'mi^2/day'],
      ['nearly 200 troopers per sq. mile', 200, 'soldier/mi^2'],
      ['55 years', 55, 'years'],
      ['800,000', 800000, ''],
      ['160 miles', 160, 'mi'],
      ['727 miles', 727, 'mi'],
      ['150-square-mile', 150, 'mi^2'],
      ['as many as 20 North Korean troopers', 20, 'soldier'],
      ['greater than 200', 200, ''],
      ['100 individuals', 100, 'person'], // "round 100 individuals": "round" is no hedge; "individuals" is the built-in person unit
      ['120', 120, ''],
      ['200', 200, ''],
    ],
    others: [
      ['M1989', 'name'],
      ['2025', 'year'],
      ['January 20', 'date'],
      ['February 2022', 'date'],
      ['November 11 and 29', 'date'],
      ['January 20', 'date'],
      ['August 6', 'date'],
    ],
  },
  {
    file: 'north-korea-military-aid-new-alliance.txt',
    quantities: [
      ['approximately 1,500', 1500, ''], // "1,500 members": no unit word
      ['12,000 soldiers', 12000, 'soldier'],
      ['four brigades', 4, 'brigade'],
      ['estimated 600,000 Russian troops', 600000, 'soldier'],
      ['estimated at 1,200 soldiers per day', 1200, 'soldier/day'],
      ['an estimated 70 shipments', 70, 'shipment'],
      ['8 million rounds', 8e6, 'shell'],
      ['$50 billion', 5e10, 'USD'],
    ],
    others: [['G7', 'name']],
  },
  {
    file: 'usip-north-korean-troops-in-russia-reworded.txt',
    quantities: [
      ['10,000 North Korean troopers', 10000, 'soldier'],
      ['12,000', 12000, ''], // "as a lot as 12,000": the reworded hedge is not in the rules
      ['12 months', 12, 'months'], // "in June of this 12 months"
      ['2', 2, ''], // "any of the 2 sides"
      ['12,000 troopers', 12000, 'soldier'],
      ['greater than 600,000 Russian casualties', 600000, 'soldier'],
      ['roughly 1,200 Russian casualties a day', 1200, 'soldier/day'],
      ['12,000 North Korean troops', 12000, 'soldier'],
      ['10 days', 10, 'days'],
      ['2', 2, ''], // "over the 2 international locations"
    ],
    others: [
      ['Aug. 12, 2024', 'date'],
      ['Aug. 12, 2024', 'date'],
      ['October 24', 'date'],
      ['Article 4', 'name'],
      ['October 24', 'date'],
      ['2022', 'year'],
      ['October 29', 'date'],
      ['Aug. 12, 2024', 'date'],
    ],
  },
];

function round(value: number | undefined): number | undefined {
  return value === undefined ? undefined : Number(value.toPrecision(12));
}

describe.each(CASES)('the whole article $file', ({ file, quantities, others }) => {
  const text = article(file);
  const found = readProse(text, ctx);

  it(`finds exactly its ${quantities.length} quantities, with value and unit`, () => {
    const got = found
      .filter((n) => n.kind === 'quantity')
      .map((n) => {
        const q = n.quantity;
        const value = q?.high === undefined ? round(q?.low.value) : [round(q.low.value), round(q.high.value)];
        return [n.text, value, q?.unit];
      });
    const want = quantities.map(([t, v, u]) => [t, Array.isArray(v) ? v.map(round) : round(v), u]);
    expect(got).toEqual(want);
  });

  it('sets aside every year, date and name, and counts none of them', () => {
    expect(found.filter((n) => n.kind !== 'quantity').map((n) => [n.text, n.kind])).toEqual(others);
    // No quantity is a bare year or contains a month name.
    for (const n of found.filter((m) => m.kind === 'quantity')) {
      expect(n.text).not.toMatch(/^(?:18|19|20)\d\d$/u);
      expect(n.text).not.toMatch(/\b(?:January|February|March|April|June|July|August|September|October|November|December|Aug\.)\b/u);
    }
  });

  it('gives offsets that point at the phrase in the file, in order and without overlap', () => {
    let previousEnd = 0;
    for (const n of found) {
      expect(text.slice(n.start, n.end)).toBe(n.text);
      expect(n.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = n.end;
    }
  });
});

describe('context words', () => {
  it('gives the words before a number within its sentence, for naming it', () => {
    const text = article('nysun-north-korea-punching-above-its-weight.txt');
    const found = readProse(text, ctx);
    const byText = (t: string): string | undefined => {
      const n = found.find((x) => x.text === t);
      return n && numberContext(text, n);
    };
    // "… this means a casualty rate of 10 percent to 27 percent"
    expect(byText('10 percent to 27 percent')).toBe('this means a casualty rate of');
    // "South Korea’s estimate is 1,100." — the sentence starts there.
    expect(byText('1,100')).toBe('South Korea’s estimate is');
    // "After three years of war": nothing before it but "After".
    expect(byText('three years')).toBe('After');
  });

  // The words before a number end at a letter, digit or "%", and start at a letter, digit or currency sign.
  const before = (words: string): string | undefined => numberContext(`${words}5`, { start: words.length });

  it('trims what cannot start or end the context, letters of any script kept', () => {
    // "$" may start a context but not end one: "by $" → "by".
    expect(before('costs rose by $')).toBe('costs rose by');
    // Nothing but a dash and a pound sign: nothing is left.
    expect(before('— £')).toBeUndefined();
    // "%" may end one: the dash after it goes.
    expect(before('up 40% — ')).toBe('up 40%');
    // An ellipsis before and a comma after go; the accented letter stays.
    expect(before('… élan, ')).toBe('élan');
    // A letter outside the Basic Multilingual Plane (a surrogate pair) is a letter at either end.
    expect(before('𝐀 named 𝐁 ')).toBe('𝐀 named 𝐁');
    // A lone surrogate is no letter: it goes like punctuation.
    expect(before('about \ud800')).toBe('about');
  });

  it('trims exactly as the rule written as one pattern says', () => {
    // The rule as a pattern: strip non-letters, non-digits (but $ £ €) at the start, non-letters, non-digits (but %) at the end.
    const RULE = /^[^\p{L}\p{Nd}$£€]+|[^\p{L}\p{Nd}%]+$/gu;
    const piece = fc.constantFrom('a', 'Z', '7', '$', '£', '€', '%', ' ', '.', ',', '—', '…', 'é', '𝐀', '\ud800', '\udc00', '“', '-', '(');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const words = pieces.join('');
        // Short texts with no sentence stop: the context is the last six words, trimmed.
        fc.pre(!/[.!?;:](?=\s)|[“”"()[\]{}\n\r]/u.test(`${words}5`));
        const expected = words.split(/\s+/u).filter((w) => w !== '').slice(-6).join(' ').replace(RULE, '');
        expect(before(words)).toBe(expected === '' ? undefined : expected);
      }),
      { numRuns: 2000 },
    );
  });
});
