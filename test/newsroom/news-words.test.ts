// Words the newsroom trial (test/fixtures/newsroom/) found misread, through the
// real quantity grammar (claims files) and the prose reader (articles).
import { describe, expect, it } from 'vitest';
import { loadDefaultRules } from '../../src/rules/index.js';
import { createUnitRegistry } from '../../src/units/index.js';
import { parseQuantityText } from '../../src/quantity/index.js';
import { readProse } from '../../src/prose/index.js';
import type { Quantity, Span } from '../../src/types.js';

const rules = loadDefaultRules();
const span: Span = { file: 't.claims.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 };
const { registry } = createUnitRegistry([...rules.units.values()]);
const ctx = { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols };

function parse(text: string): Quantity {
  const { quantity, problems } = parseQuantityText(text, ctx, span);
  expect(problems).toEqual([]);
  return quantity as Quantity;
}

function prose(text: string): { text: string; value: number | undefined; unit: string | undefined; change: string | undefined }[] {
  return readProse(text, ctx).filter((n) => n.kind === 'quantity').map((n) => ({ text: n.text, value: n.quantity?.low.value, unit: n.quantity?.unit, change: n.quantity?.change }));
}

describe('lakh and crore (agriculture-india-wheat-yield)', () => {
  it('"314.6 lakh hectares" is 31,460,000 hectares in a claims file (was: could not be read)', () => {
    // 314.6 × 100,000 = 31,460,000.
    const q = parse('314.6 lakh hectares');
    expect(q.low.value).toBeCloseTo(31_460_000, 3);
    expect(q.unit).toBe('hectare');
  });

  it('"Rs 5,000 crore" scale: 2 crore is 20 million', () => {
    // 2 × 10,000,000.
    expect(parse('2 crore').low.value).toBe(20_000_000);
  });

  it('in an article, "from 314.6 lakh hectares to 327.6 lakh hectares" keeps the lakh (init wrote 314.6 hectares)', () => {
    const found = prose('an increase in area under wheat from 314.6 lakh hectares to 327.6 lakh hectares during the period.');
    expect(found.map((f) => [f.value, f.unit])).toEqual([[31_460_000, 'hectare'], [32_760_000, 'hectare']]);
  });
});

describe('an adverb between a change verb and "by" (transport-rail-journeys-1612-million)', () => {
  it('"decreased slightly by 0.2%" is −0.2% in a claims file', () => {
    const q = parse('decreased slightly by 0.2%');
    expect(q.low.value).toBeCloseTo(-0.002, 12);
    expect(q.change).toBe('decrease');
  });

  it('"rose sharply by 5%" is +5%', () => {
    expect(parse('rose sharply by 5%').low.value).toBeCloseTo(0.05, 12);
  });

  it('in an article, "Punctuality decreased slightly by 0.2%" is read as a fall (was: 0.2%, unsigned)', () => {
    const [first] = prose('Punctuality decreased slightly by 0.2%, with 67.6% of trains on time.');
    expect(first).toEqual(expect.objectContaining({ text: 'decreased slightly by 0.2%', change: 'decrease' }));
    expect(first!.value).toBeCloseTo(-0.002, 12);
  });

  it('an adverb without a change verb is not a change: "slightly by 0.2%" alone stays unsigned', () => {
    const [first] = prose('It moved slightly by 0.2% overall.');
    expect(first!.change).toBeUndefined();
    expect(first!.value).toBeCloseTo(0.002, 12);
  });
});

describe('units written as Indian and freight news write them (agriculture, rail)', () => {
  it('"2,750 kgs" and "3,587 Kg/Ha" keep their units in an article (init wrote bare 2,750 and 3,587)', () => {
    const found = prose('The yield grew from 2,750 kgs in 2014-15 and stood at 3,587 Kg/Ha this season.');
    expect(found.map((f) => [f.value, f.unit])).toEqual([[2750, 'kg'], [3587, 'kg/hectare']]);
  });

  it('"15.76 billion net tonne kilometres" is tonne·km, not tonnes (init wrote 15.76 billion tonnes)', () => {
    const [freight] = prose('On the freight side – 15.76 billion net tonne kilometres of rail freight were moved.');
    expect(freight).toEqual(expect.objectContaining({ text: '15.76 billion net tonne kilometres', unit: 'tonne_km' }));
    // 1 tonne km = 1,000 kg × 1,000 m.
    const unit = registry.resolve('tonne_km');
    expect('unit' in unit && unit.unit.factor).toBe(1_000_000);
  });
});

describe('"shy of" is a hedge just below (housing-average-rent-816-guardian)', () => {
  it('"just a few pounds shy of £1,000" is just below £1,000 in an article (init wrote a plain £1,000)', () => {
    const [rent] = readProse('the average UK rent had increased by £78 in a year to just a few pounds shy of £1,000.', ctx).filter((n) => n.kind === 'quantity').slice(1);
    expect(rent!.quantity!.low.value).toBe(1000);
    expect(rent!.quantity!.hedge?.side).toBe('just-below');
  });

  it('"just shy of 40%" in a claims file admits [36%, 40%)', () => {
    const q = parse('just shy of 40%');
    expect(q.hedge).toEqual(expect.objectContaining({ side: 'just-below', tolerance: 0.1 }));
  });
});

describe('"a fall of 5%" in an article is a fall (was read as +5%)', () => {
  it('a change phrase ending in "of" gives the sign: fall, drop, decrease are negative', () => {
    const found = prose('Sales recorded a fall of 5% in May, a drop of 3 per cent in June and a decrease of £5m in July.');
    expect(found.map((f) => [f.text, f.change])).toEqual([
      ['a fall of 5%', 'decrease'],
      ['a drop of 3 per cent', 'decrease'],
      ['a decrease of £5m', 'decrease'],
    ]);
    // −5%, −3%, −£5,000,000.
    expect(found.map((f) => f.value)).toEqual([-0.05, -0.03, -5_000_000]);
  });

  it('"of" after a noun that is no change word stays unsigned: "a share of 5%"', () => {
    const [share] = prose('They hold a share of 5% of the market.');
    expect(share!.change).toBeUndefined();
    expect(share!.value).toBe(0.05);
  });
});

describe('ratios, period comparisons and product names (measles, smartphones)', () => {
  it('"seven out of the 10 countries" and "six out of every 10 mobile phones" are 0.7 and 0.6 (were two numbers each)', () => {
    const found = prose('Seven out of the 10 countries are in Europe, and six out of every 10 mobile phones shipped were smartphones.');
    expect(found.map((f) => [f.text, f.value])).toEqual([['Seven out of the 10', 0.7], ['six out of every 10', 0.6]]);
    expect(parse('seven out of the 10').low.value).toBeCloseTo(0.7, 12);
  });

  it('"26.9 million year over year" is 26.9 million, not 26.9 million years; "5% year-on-year" stays 5%', () => {
    const found = prose('Apple shipped 33.8 million, up from 26.9 million year over year; sales rose 5% year-on-year.');
    expect(found.map((f) => [f.value, f.unit])).toEqual([[33_800_000, ''], [26_900_000, ''], [0.05, '']]);
  });

  it('"iPhone 5C" and "Galaxy Note 3" are names, not 5 °C and a count of 3', () => {
    const all = readProse('Demand for the Galaxy Note 3 phablet grew; the iPhone 5C did not. Apple sold 3 iPhones.', ctx);
    expect(all.filter((n) => n.kind === 'name').map((n) => n.text)).toEqual(['Note 3', 'iPhone 5C']);
    expect(prose('Apple sold 3 iPhones.').map((f) => f.value)).toEqual([3]);
  });

  it('a camel-case word before an amount is not a name: "eBay 2 million listings" is 2 million', () => {
    expect(prose('The eBay 2 million listings grew.').map((f) => f.value)).toEqual([2_000_000]);
  });
});
