// Forms met in the third newsroom trial (test/fixtures/newsroom3/), read the
// same way in a claims file (the grammar) and in an article (the prose
// reader): basis points (the RBA's "25 basis points"), thousands set apart
// by a space (the IEA's "5 660 TWh"), "by X from A to B" as a change and a
// before/after pair (not a range), and the markets' verbs of change
// ("plunged by 78 percentage points"). Values worked out by hand.
import { describe, expect, it } from 'vitest';
import { parseQuantityText } from '../../src/quantity/index.js';
import { readProse } from '../../src/prose/index.js';
import { ctx } from './helpers.js';

const SPAN = { file: '', line: 1, column: 1, endLine: 1, endColumn: 1 };

/** [text, kind, low, high] of everything found. */
function found(text: string): unknown[] {
  return readProse(text, ctx).map((n) => [n.text, n.kind, n.quantity?.low.value, n.quantity?.high?.value]);
}

function grammar(text: string): { low: number; high?: number; display: string; precision: [number, number] } {
  const { quantity, problems } = parseQuantityText(text, ctx, SPAN);
  expect(problems).toEqual([]);
  const q = quantity!;
  const p = q.low.precision as { low: number; high: number };
  return { low: q.low.value, ...(q.high ? { high: q.high.value } : {}), display: q.display, precision: [p.low, p.high] };
}

describe('basis points: a hundredth of a percentage point', () => {
  it('"25 basis points" is 0.0025, judged to its written precision: 25 admits [24.5, 25.5) basis points = [0.00245, 0.00255)', () => {
    const q = grammar('25 basis points');
    expect(q.low).toBeCloseTo(0.0025, 12);
    expect(q.display).toBe('points');
    expect(q.precision[0]).toBeCloseTo(0.00245, 12);
    expect(q.precision[1]).toBeCloseTo(0.00255, 12);
  });

  it('one basis point, "bps", a range and a signed change', () => {
    expect(grammar('1 basis point').low).toBeCloseTo(0.0001, 12);
    expect(grammar('50 bps').low).toBeCloseTo(0.005, 12);
    const range = grammar('20 to 30 basis points'); // the unit written once applies to both ends
    expect(range.low).toBeCloseTo(0.002, 12);
    expect(range.high).toBeCloseTo(0.003, 12);
    expect(grammar('down 15 basis points').low).toBeCloseTo(-0.0015, 12);
  });

  it('a range cannot mix basis points and percentage points', () => {
    const { problems } = parseQuantityText('20 basis points to 0.3 percentage points', ctx, SPAN);
    expect(problems.length).toBe(1);
  });

  it('the reader reads them as the grammar does, in the RBA article\'s sentence', () => {
    expect(found('the RBA lifted the official cash rate by 25 basis points from 3.6 per cent to 3.85 per cent on Tuesday')).toEqual([
      ['25 basis points', 'quantity', 0.0025, undefined],
      // "by 25 basis points from … to …": the size of the change, then the level before and after, never a range.
      ['3.6 per cent', 'quantity', 0.036, undefined],
      ['3.85 per cent', 'quantity', 0.0385, undefined],
    ]);
    expect(found('Yields fell 12 bps.')).toEqual([['fell 12 bps', 'quantity', -0.0012, undefined]]);
    // Written onto the number, as finance news does: "cut by 25bps", "a 5.5pp swing"; "5ppm" is 5 parts per million (the rules'
    // ppm, since newsroom5's CO2 article), never 5 percentage points and an m.
    expect(found('The bank cut by 25bps to 4.1%.')).toEqual([['cut by 25bps', 'quantity', -0.0025, undefined], ['4.1%', 'quantity', 0.041, undefined]]);
    expect(found('a 5.5pp swing')).toEqual([['5.5pp', 'quantity', 0.055, undefined]]);
    expect(found('shipping 5ppm')).toEqual([['5ppm', 'quantity', 5, undefined]]);
    // Capitals are no basis points (as "PP" is no percentage points).
    expect(found('BPS 12 BPS.').filter((f) => (f as unknown[])[1] === 'quantity').map((f) => (f as unknown[])[2])).toEqual([12]);
  });
});

describe('thousands set apart by a space', () => {
  it('the IEA\'s "an estimated 5 660 TWh" is 5,660 TWh, hedged, in prose and in a claims file', () => {
    const [n] = readProse('expected to grow by 36% from an estimated 5 660 TWh in 2015 to 7672 TWh', ctx).filter((f) => f.text.includes('660'));
    expect(n?.text).toBe('an estimated 5 660 TWh');
    expect(n?.quantity?.low.value).toBe(5660);
    expect(n?.quantity?.unit).toBe('TWh');
    expect(n?.quantity?.hedge?.side).toBe('around');
    const q = grammar('5 660 TWh');
    expect(q.low).toBe(5660);
    // Rounded like "5,660": to the ten, [5655, 5665).
    expect(q.precision).toEqual([5655, 5665]);
  });

  it('several groups, and a no-break space', () => {
    expect(found('a total of 1 234 567 tonnes')).toEqual([['1 234 567 tonnes', 'quantity', 1234567, undefined]]);
    // (The test context declares "troops" as soldiers, as the claims files of the corpus do.)
    expect(found('about 12\u00a0000 troops')).toEqual([['about 12\u00a0000 troops', 'quantity', 12000, undefined]]);
  });

  it('never joins a year, a phone number or a longer group to the next number', () => {
    expect(found('In 2015 660 people died.')).toEqual([
      ['2015', 'year', undefined, undefined],
      ['660 people', 'quantity', 660, undefined],
    ]);
    expect(found('Call 0800 123 456 now.').map((f) => (f as unknown[])[1])).toEqual(['phone']);
    expect(found('Between 12 and 1 2345 apples.').map((f) => (f as unknown[])[0])).not.toContain('1 2345');
  });
});

describe('the verbs of a fall', () => {
  it.each([
    ['Turnout in Butula plunged by 78 percentage points compared to the August poll.', 'plunged by 78 percentage points', -0.78],
    ['Sales slumped 12% in May.', 'slumped 12%', -0.12],
    ['Shares tumbled 4.5% on Friday.', 'tumbled 4.5%', -0.045],
    ['Exports sank by 3%.', 'sank by 3%', -0.03],
    // The infinitive after "expected to", "set to": "grow by 36%" (IEA), "fall by 5%".
    ['Output is expected to fall by 5% next year.', 'fall by 5%', -0.05],
  ])('%s → a signed fall', (text, phrase, value) => {
    const [n] = readProse(text, ctx);
    expect(n?.text).toBe(phrase);
    expect(n?.quantity?.low.value).toBeCloseTo(value, 12);
  });
});

describe('a currency named again after its sign', () => {
  it('BT\'s "£1 billion-£1.5 billion sterling" is pounds, not pounds squared, in prose and in a claims file', () => {
    const [n] = readProse('a widening of its pension deficit to £1 billion-£1.5 billion sterling (€1.56 billion-€2.34 billion)', ctx);
    expect(n?.text).toBe('£1 billion-£1.5 billion sterling');
    expect([n?.quantity?.low.value, n?.quantity?.high?.value, n?.quantity?.unit]).toEqual([1e9, 1.5e9, 'GBP']);
    const { quantity } = parseQuantityText('£5m sterling', ctx, SPAN);
    expect([quantity?.low.value, quantity?.unit]).toEqual([5e6, 'GBP']);
    // A rate after it stays a rate.
    const rate = parseQuantityText('£5 sterling a week', ctx, SPAN).quantity;
    expect(rate?.unit).toBe('GBP/week');
  });
});

describe('a hedge written after the number', () => {
  it.each([
    ['The 32 constituencies that recorded a turnout of 80 per cent or more were all from Central region', '80 per cent or more', 0.8, 'at-least'],
    ['farms of 5 hectares or less', '5 hectares or less', 5, 'at-most'],
    ['two or more children', 'two or more', 2, 'at-least'],
    ['children aged 5 or under', '5 or under', 5, 'at-most'],
  ])('%s', (text, phrase, value, side) => {
    const [n] = readProse(text, ctx).filter((f) => f.kind === 'quantity' && f.text !== '32');
    expect(n?.text).toBe(phrase);
    expect(n?.quantity?.low.value).toBe(value);
    expect(n?.quantity?.hedge?.side).toBe(side);
  });

  it('reads the same in a claims file, with the rules\' "at least" and "at most"', () => {
    const q = parseQuantityText('80% or more', ctx, SPAN).quantity!;
    expect([q.low.value, q.hedge?.side, q.hedge?.phrase]).toEqual([0.8, 'at-least', 'at least']);
    expect(parseQuantityText('1,000 tonnes or fewer', ctx, SPAN).quantity?.hedge?.side).toBe('at-most');
    // With a hedge before it already, or after a range, it is refused rather than read twice.
    expect(parseQuantityText('about 80% or more', ctx, SPAN).problems.length).toBe(1);
    expect(parseQuantityText('5 to 6 or more', ctx, SPAN).problems.length).toBe(1);
  });
});

describe('official forms', () => {
  it('"IEBC’s Form 34C" is the name of a form, never 34 degrees Celsius; "34C" alone stays a temperature', () => {
    expect(found('as recorded in IEBC’s Form 34C exceeded the 31,416 total registered voters')).toEqual([
      ['Form 34C', 'name', undefined, undefined],
      ['31,416', 'quantity', 31416, undefined],
    ]);
    expect(found('It was 34C in Nairobi.')).toEqual([['34C', 'quantity', 34, undefined]]);
  });
});
