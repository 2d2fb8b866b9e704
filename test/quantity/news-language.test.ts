// The language of everyday news in claims files (../shared/spec/news-language.md
// §1–§7), row by row through the real quantity grammar, the unit registry built
// from the default rules, and the judge. Each row gives what the writer's words
// admit (in the stated unit, worked out by hand in the comment) and the verdict
// against a computed value.
// Defaults: hedge tolerance t = 10%, word tolerance 5%, loose tolerance 5%,
// two significant figures for trailing zeros ("2,400" is rounded to hundreds).
import { worded } from '../worded.js';
import { describe, expect, it } from 'vitest';
import { loadDefaultRules } from '../../src/rules/index.js';
import { createUnitRegistry, likelyCause } from '../../src/units/index.js';
import { parseQuantityText } from '../../src/quantity/index.js';
import { admissibleSet } from '../../src/judge/admissible.js';
import { judgeClaim, type Judgement } from '../../src/judge/index.js';
import type { NumberSet, Quantity, Span } from '../../src/types.js';

const rules = loadDefaultRules();
const span: Span = { file: 't.claims.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 };
const { registry, problems } = createUnitRegistry([...rules.units.values()]);
const ctx = { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols };

function parse(stated: string): Quantity {
  const { quantity, problems: parseProblems } = parseQuantityText(stated, ctx, span);
  expect(parseProblems).toEqual([]);
  return quantity as Quantity;
}

/** What the stated words admit overall, in the stated unit. */
function admitted(q: Quantity): NumberSet {
  const a = admissibleSet(q);
  return a.kind === 'single' ? a.set : { low: a.low.low, lowOpen: a.low.lowOpen, high: a.high.high, highOpen: a.high.highOpen };
}

/** Judges `stated` against a computed point given in `unit` (default: the stated unit). */
function judge(q: Quantity, computed: number, unit?: string): Judgement {
  const statedUnit = registry.resolve(q.unit);
  if (!('unit' in statedUnit)) throw new Error(`unit ${q.unit} did not resolve: ${JSON.stringify(statedUnit)}`);
  const computedUnit = unit === undefined ? statedUnit.unit : (registry.resolve(unit) as { unit: typeof statedUnit.unit }).unit;
  if (computedUnit === undefined) throw new Error(`unit ${unit} did not resolve`);
  return judgeClaim({
    stated: q,
    statedUnit: statedUnit.unit,
    computed: { low: computed * computedUnit.factor, high: computed * computedUnit.factor, dimension: computedUnit.dimension },
    substituted: 'x',
    presentation: { unit: q.unit, display: q.display },
    describe: (d) => registry.describe(d),
    likelyCause,
  }, rules);
}

/** Decimal places to compare: 12 significant digits of the value. */
function digitsFor(x: number): number {
  return Math.abs(x) === Infinity ? 0 : 12 - Math.ceil(Math.log10(Math.abs(x) || 1));
}

type Bounds = '[)' | '[]' | '()' | '(]';
/** [stated, unit it resolves to, [low, high, bounds] admitted, computed, computed unit, verdict, gross] */
type Row = [string, string, [number, number, Bounds], number, string | undefined, 'pass' | 'warn' | 'fail', boolean?];

const I = Infinity;

const sections: Record<string, Row[]> = {
  '§1 money: each currency its own dimension; hedge and rate kept': [
    ['£350m', 'GBP', [345e6, 355e6, '[)'], 350e6, undefined, 'pass'], // "350" rounds to tens (2 sig. figures) × 1e6
    ['€4.5 billion', 'EUR', [4.45e9, 4.55e9, '[)'], 4.6e9, undefined, 'warn'], // (4.6 − 4.55)/4.55 = 1.1% above: within loose 5%
    ['¥500bn', 'JPY', [495e9, 505e9, '[)'], 500e9, undefined, 'pass'],
    ['US$2.1bn', 'USD', [2.05e9, 2.15e9, '[)'], 2.1e9, undefined, 'pass'],
    ['350 million euros', 'EUR', [345e6, 355e6, '[)'], 340e6, undefined, 'warn'], // 5/345 = 1.4% below
    ['GBP 350m', 'GBP', [345e6, 355e6, '[)'], 350e6, undefined, 'pass'],
    ['4.5 billion pounds', 'GBP', [4.45e9, 4.55e9, '[)'], 5e9, undefined, 'fail'], // 0.45/4.55 = 9.9% above
    ['50p', 'pence', [49.5, 50.5, '[)'], 0.5, 'GBP', 'pass'], // £0.50 = 50 pence
    ['99 cents', 'cent', [98.5, 99.5, '[)'], 0.99, 'USD', 'pass'], // $0.99 = 99 cents
    ['approximately £18bn', 'GBP', [15.7e9, 20.3e9, '[]'], 20e9, undefined, 'pass'], // [17.5, 18.5) bn ± 10% of 18 bn = ±1.8 bn
    ['£350 million a week', 'GBP/week', [345e6, 355e6, '[)'], 18.2e9, 'GBP/year', 'pass'], // 18.2 bn / 52.18 weeks = 348.8 m a week
    ['$572 million per yr', 'USD/year', [571.5e6, 572.5e6, '[)'], 47.7e6, 'USD/month', 'pass'], // 47.7 m × 12 = 572.4 m
    ['more than £1bn', 'GBP', [1e9, I, '()'], 0.8e9, undefined, 'fail'], // 0.2/1 = 20% below the bound
    ['$84 each', 'USD/person', [83.5, 84.5, '[)'], 84, undefined, 'pass'], // "each" after an amount is per person (§4)
    ['an estimated $5.5 billion', 'USD', [4.9e9, 6.1e9, '[]'], 6e9, undefined, 'pass'], // [5.45, 5.55) ± 0.55
  ],
  '§2 scale suffixes glued to the number': [
    ['2m people', 'person', [1.5e6, 2.5e6, '[)'], 2.2e6, undefined, 'pass'], // a glued m is million; "2" rounds to units
    ['1.5m', '', [1.45e6, 1.55e6, '[)'], 1.5e6, undefined, 'pass'],
    ['$1.2b', 'USD', [1.15e9, 1.25e9, '[)'], 1.2e9, undefined, 'pass'],
    ['£2tn', 'GBP', [1.5e12, 2.5e12, '[)'], 2.4e12, undefined, 'pass'],
    ['£1.5trn', 'GBP', [1.45e12, 1.55e12, '[)'], 1.5e12, undefined, 'pass'],
    ['5k', '', [4500, 5500, '[)'], 5000, undefined, 'pass'],
    ['100m sprint', 'm', [95, 105, '[)'], 100, undefined, 'pass'], // before a length word m is metres; "100" rounds to tens
    ['30m-high', 'm', [29.5, 30.5, '[)'], 30, undefined, 'pass'],
    ['8m long', 'm', [7.5, 8.5, '[)'], 800, 'cm', 'pass'],
    ['100 m', 'm', [95, 105, '[)'], 0.1, 'km', 'pass'], // with a space it is metres
    ['7.1 millions', '', [7.05e6, 7.15e6, '[)'], 7.1e6, undefined, 'pass'], // a plural scale word after a number is the scale (BTS 2005)
  ],
  '§3 multipliers, ratios and fractions: the word tolerance (5%)': [
    ['twice', '', [1.9, 2.1, '[]'], 2.05, undefined, 'pass'],
    ['four times', '', [3.8, 4.2, '[]'], 4.3, undefined, 'warn'], // 0.1/4.2 = 2.4% above
    ['nearly twice', '', [1.8, 2, '[]'], 1.9, undefined, 'pass'], // a hedge on 2: [2 × 0.9, 2]
    ['more than four times', '', [4, I, '()'], 3.5, undefined, 'fail'], // 0.5/4 = 12.5% below
    ['4x', '', [3.8, 4.2, '[]'], 4, undefined, 'pass'],
    ['4-fold', '', [3.8, 4.2, '[]'], 4.1, undefined, 'pass'],
    ['2.5 times as likely', '', [2.375, 2.625, '[]'], 2.5, undefined, 'pass'], // 2.5 × 0.95, 2.5 × 1.05
    ['three times as many', '', [2.85, 3.15, '[]'], 3, undefined, 'pass'],
    ['triple', '', [2.85, 3.15, '[]'], 3.1, undefined, 'pass'],
    ['nearly doubled', '', [1.8, 2, '[]'], 1.95, undefined, 'pass'],
    ['halved', '', [0.475, 0.525, '[]'], 0.5, undefined, 'pass'],
    ['one in five', '', [0.19, 0.21, '[]'], 0.2, undefined, 'pass'], // 1/5 = 0.2 ± 5%
    ['1 in 10', '', [0.095, 0.105, '[]'], 0.12, undefined, 'fail'], // 0.015/0.105 = 14.3% above
    ['two in three', '', [(2 / 3) * 0.95, 0.7, '[]'], 0.667, undefined, 'pass'],
    ['one in every four', '', [0.2375, 0.2625, '[]'], 0.25, undefined, 'pass'],
    ['3:1', '', [2.85, 3.15, '[]'], 3, undefined, 'pass'],
    ['a sixth', '', [0.95 / 6, 0.175, '[]'], 1 / 6, undefined, 'pass'],
    ['one-sixth', '', [0.95 / 6, 0.175, '[]'], 0.17, undefined, 'pass'],
    ['two-thirds', '', [(2 / 3) * 0.95, 0.7, '[]'], 0.62, undefined, 'warn'], // (0.6333 − 0.62)/0.6333 = 2.1% below
    ['2½', '', [2.375, 2.625, '[]'], 2.5, undefined, 'pass'],
    ['¾', '', [0.7125, 0.7875, '[]'], 0.75, undefined, 'pass'],
    ['eight', '', [7.5, 8.5, '[)'], 8.4, undefined, 'pass'], // judged like "8", not ± 5%
    ['eight', '', [7.5, 8.5, '[)'], 9, undefined, 'fail'], // 0.5/8.5 = 5.9% above: beyond loose
    ['twenty', '', [19.5, 20.5, '[)'], 20, undefined, 'pass'],
    ['eight million', '', [7.5e6, 8.5e6, '[)'], 8.4e6, undefined, 'pass'], // like "8 million"
    ['a dozen', '', [11.4, 12.6, '[]'], 12.5, undefined, 'pass'], // keeps the word tolerance (row 27)
    ['half', '', [0.475, 0.525, '[]'], 0.5, undefined, 'pass'],
    ['a threefold increase', '', [2.85, 3.15, '[]'], 3, undefined, 'pass'], // a multiplier: new ÷ old = 3, not a +3 change
    ['nearly a threefold increase', '', [2.7, 3, '[]'], 2.8, undefined, 'pass'], // [3 × 0.9, 3]
    ['1 in 3 adults', '', [0.95 / 3, 0.35, '[]'], 0.33, undefined, 'pass'], // the word after says who is counted
    ['eight in 10 voters', '', [0.76, 0.84, '[]'], 0.8, undefined, 'pass'],
    ['nine out of 10', '', [0.855, 0.945, '[]'], 0.9, undefined, 'pass'],
    ['40 per cent of people', '', [0.395, 0.405, '[)'], 0.4, undefined, 'pass'], // "of people" says what it is a share of
    ['a third of the budget', '', [0.95 / 3, 0.35, '[]'], 0.34, undefined, 'pass'],
    ['more than one in five', '', [0.2, I, '()'], 0.25, undefined, 'pass'],
  ],
  '§4 per person: per capita, per head, a head, each': [
    ['$84 per capita', 'USD/person', [83.5, 84.5, '[)'], 84.2, undefined, 'pass'],
    ['£2,400 per head', 'GBP/person', [2350, 2450, '[)'], 2400, undefined, 'pass'], // "2,400": hundreds
    ['£30 a head', 'GBP/person', [29.5, 30.5, '[)'], 30, undefined, 'pass'],
    ['3.2 tonnes per person', 'tonne/person', [3.15, 3.25, '[)'], 3200, 'kg/person', 'pass'],
    ['12 residents', 'person', [11.5, 12.5, '[)'], 12, undefined, 'pass'],
    ['500 inhabitants per sq km', 'person/km^2', [495, 505, '[)'], 5, 'person/hectare', 'pass'], // 5 per hectare = 500 per km²
    ['2,000 individuals', 'person', [1950, 2050, '[)'], 2000, undefined, 'pass'],
  ],
  '§5 signed changes: the sign is part of the value': [
    ['up 17%', '', [0.165, 0.175, '[)'], 0.17, undefined, 'pass'],
    ['a 17% rise', '', [0.165, 0.175, '[)'], 0.172, undefined, 'pass'],
    ['down 5%', '', [-0.055, -0.045, '(]'], -0.05, undefined, 'pass'], // [0.045, 0.055) mirrored
    ['a 5% fall', '', [-0.055, -0.045, '(]'], -0.052, undefined, 'pass'],
    ['rose by 3 percentage points', '', [0.025, 0.035, '[)'], 0.03, undefined, 'pass'], // points of a percentage
    ['fell by 2.5 percentage points', '', [-0.0255, -0.0245, '(]'], -0.025, undefined, 'pass'],
    ['down almost 5%', '', [-0.05, -0.045, '[]'], -0.047, undefined, 'pass'], // "almost 5%" of a fall: [4.5%, 5%]
    ['down almost 5%', '', [-0.05, -0.045, '[]'], -0.06, undefined, 'fail'], // fell 6%: 0.01/0.05 = 20% beyond
    ['a fall of more than 5%', '', [-I, -0.05, '()'], -0.08, undefined, 'pass'], // fell by more than 5%: below −5%
    ['up £3bn', 'GBP', [2.5e9, 3.5e9, '[)'], 3.2e9, undefined, 'pass'],
    ['a £5m cut', 'GBP', [-5.5e6, -4.5e6, '(]'], -5e6, undefined, 'pass'],
    ['increased by 12,000 people', 'person', [11500, 12500, '[)'], 12000, undefined, 'pass'],
    ['a rise of 4%', '', [0.035, 0.045, '[)'], 0.04, undefined, 'pass'],
  ],
  '§6 more hedges': [
    ['far less than 67.2%', '', [-I, 0.672, '()'], 0.5, undefined, 'pass'],
    ['well over 1,000', '', [1000, I, '()'], 1500, undefined, 'pass'],
    ['well under 1,000', '', [-I, 1000, '()'], 1100, undefined, 'fail'], // 100/1000 = 10% above
    ['just under 10', '', [9, 10, '[)'], 9.5, undefined, 'pass'], // [x(1 − t), x)
    ['a little more than 200', '', [200, 220, '(]'], 210, undefined, 'pass'], // (x, x(1 + t)]
    ['a little less than 200', '', [180, 200, '[)'], 199, undefined, 'pass'],
    ['close to 50', '', [45, 50, '[]'], 48, undefined, 'pass'], // [x(1 − t), x]
    ['upwards of 500', '', [500, I, '[)'], 500, undefined, 'pass'],
    ['as many as 20', '', [-I, 20, '(]'], 20, undefined, 'pass'],
    ['no more than 10%', '', [-I, 0.1, '(]'], 0.12, undefined, 'fail'], // 0.02/0.1 = 20% above
    ['estimated at 1,200', '', [1030, 1370, '[]'], 1300, undefined, 'pass'], // [1150, 1250) ± 120
    ['roughly 3,000', '', [2650, 3350, '[]'], 3300, undefined, 'pass'], // [2950, 3050) ± 300
    ['some 40%', '', [0.355, 0.445, '[]'], 0.44, undefined, 'pass'], // [0.395, 0.405) ± 0.04
  ],
  '§7 units people write': [
    ['3 yr', 'year', [2.5, 3.5, '[)'], 36, 'month', 'pass'],
    ['6 mos', 'month', [5.5, 6.5, '[)'], 0.5, 'year', 'pass'],
    ['2 wks', 'week', [1.5, 2.5, '[)'], 14, 'day', 'pass'],
    ['3 hrs', 'hour', [2.5, 3.5, '[)'], 180, 'minute', 'pass'],
    ['90 mins', 'minute', [89.5, 90.5, '[)'], 1.5, 'hour', 'pass'],
    ['5 mt', 'mt', [4.5, 5.5, '[)'], 5000, 'kg', 'pass'], // "mt" resolves to metric tonnes, never millitonnes (5 g)
    ['7 Mt', 'Mt', [6.5, 7.5, '[)'], 7e6, 'tonne', 'pass'], // megatonnes
    ['2 Gt', 'Gt', [1.5, 2.5, '[)'], 2000, 'Mt', 'pass'],
    ['10 sq km', 'km^2', [9.5, 10.5, '[)'], 1000, 'hectare', 'pass'], // 1,000 ha = 10 km²
    ['12 km²', 'km^2', [11.5, 12.5, '[)'], 12, undefined, 'pass'],
    ['300 hectares', 'hectare', [295, 305, '[)'], 3, 'km^2', 'pass'],
    ['500 acres', 'acres', [495, 505, '[)'], 2.0234, 'km^2', 'pass'], // 1 acre = 4046.86 m²: 2.0234 km² = 500 acres
    ['60 mph', 'mph', [59.5, 60.5, '[)'], 96.56, 'km/h', 'pass'], // 96.56 / 1.609344 = 60.0
    ['50 km/h', 'km/h', [49.5, 50.5, '[)'], 50, undefined, 'pass'],
    ['5 kWh', 'kWh', [4.5, 5.5, '[)'], 18e6, 'J', 'pass'], // 5 × 3.6 MJ
    ['2 GW', 'GW', [1.5, 2.5, '[)'], 2000, 'MW', 'pass'],
    ['1m barrels', 'bbl', [0.5e6, 1.5e6, '[)'], 1e6, undefined, 'pass'],
    ['3 litres', 'liter', [2.5, 3.5, '[)'], 3000, 'ml', 'pass'],
    ['40C', 'C', [39.5, 40.5, '[)'], 40, 'degC', 'pass'], // degrees Celsius, never coulombs
    ['40°C', 'degC', [39.5, 40.5, '[)'], 40, undefined, 'pass'],
    ['104°F', 'degF', [103.5, 104.5, '[)'], 104, undefined, 'pass'],
    ['1.5C', 'C', [1.45, 1.55, '[)'], 2.7, 'degF', 'pass'],
    // A race time in h:mm:ss is seconds, judged to the second: 2 × 3,600 + 35 = 7,235; 2.0097222 h is 7,235 s.
    ['2:00:35', 'seconds', [7234.5, 7235.5, '[)'], 2 + 35 / 3600, 'hour', 'pass'],
    // 2:01:00 = 7,260 s; "less than" admits everything below it; Kiptum's 7,235 s is inside.
    ['less than 2:01:00', 'seconds', [-I, 7260, '()'], 7235, 'second', 'pass'],
    ['minus 5C', 'C', [-5.5, -4.5, '[)'], -5, 'degC', 'pass'], // "minus" is a sign before a number // a rise of 2.7 °F is 1.5 °C: temperatures convert as differences
  ],
  'more of §1–§7: codes, words and every change word, each sign checked': [
    ['USD 5bn', 'USD', [4.5e9, 5.5e9, '[)'], 5.2e9, undefined, 'pass'], // a code before the number; "5" rounds to units × 1e9
    ['EUR 3m', 'EUR', [2.5e6, 3.5e6, '[)'], 3e6, undefined, 'pass'],
    ['JPY 200bn', 'JPY', [195e9, 205e9, '[)'], 200e9, undefined, 'pass'], // "200": tens
    ['5 dollars', 'USD', [4.5, 5.5, '[)'], 5, undefined, 'pass'],
    ['20 pounds', 'GBP', [19.5, 20.5, '[)'], 20, undefined, 'pass'],
    ['500 yen', 'JPY', [495, 505, '[)'], 510, undefined, 'warn'], // 5/505 = 1.0% above
    ['1,000 euros', 'EUR', [950, 1050, '[)'], 1000, undefined, 'pass'], // "1,000": hundreds (two significant figures)
    ['30p', 'pence', [29.5, 30.5, '[)'], 0.3, 'GBP', 'pass'], // £0.30 = 30 pence
    ['nearly $5bn', 'USD', [4.5e9, 5e9, '[]'], 4.8e9, undefined, 'pass'], // [5 × 0.9, 5] bn
    ['about £5bn', 'GBP', [4e9, 6e9, '[]'], 5.9e9, undefined, 'pass'], // [4.5, 5.5) bn ± 0.5 bn
    ['around $3m', 'USD', [2.2e6, 3.8e6, '[]'], 3e6, undefined, 'pass'], // [2.5, 3.5) m ± 0.3 m
    ['almost £1m', 'GBP', [0.9e6, 1e6, '[]'], 0.95e6, undefined, 'pass'],
    ['$3bn a year', 'USD/year', [2.5e9, 3.5e9, '[)'], 0.25e9, 'USD/month', 'pass'], // 0.25 bn × 12 = 3 bn a year
    ['€2bn each year', 'EUR/year', [1.5e9, 2.5e9, '[)'], 2e9, undefined, 'pass'], // "each" before a time unit is a rate, not per person
    ['£40 every month', 'GBP/month', [39.5, 40.5, '[)'], 480, 'GBP/year', 'pass'], // 480 / 12 = 40 a month
    ['£350m per week', 'GBP/week', [345e6, 355e6, '[)'], 350e6, undefined, 'pass'],
    ['£5.2b', 'GBP', [5.15e9, 5.25e9, '[)'], 5.2e9, undefined, 'pass'], // a glued b is billion
    ['$1tn', 'USD', [0.5e12, 1.5e12, '[)'], 1e12, undefined, 'pass'],
    ['40m-long', 'm', [39.5, 40.5, '[)'], 40, undefined, 'pass'], // a length word after: metres
    ['double', '', [1.9, 2.1, '[]'], 2.5, undefined, 'fail'], // 0.4/2.1 = 19% above
    ['quadruple', '', [3.8, 4.2, '[]'], 4, undefined, 'pass'],
    ['a 3:1 ratio', '', [2.85, 3.15, '[]'], 3, undefined, 'pass'], // a ratio needs no change word after "a"
    ['a 1 in 5 chance', '', [0.19, 0.21, '[]'], 0.2, undefined, 'pass'],
    ['a 4x increase', '', [3.8, 4.2, '[]'], 4, undefined, 'pass'], // a multiplier (new ÷ old = 4), not a +400% change
    ['a 2.5-fold rise', '', [2.375, 2.625, '[]'], 3.5, undefined, 'fail'], // 0.875/2.625 = 33% above: new ÷ old, not 1 + change
    ['half as much', '', [0.475, 0.525, '[]'], 0.5, undefined, 'pass'], // 0.5 ± 5%
    ['twice a year', '1/year', [1.9, 2.1, '[]'], 1 / 6, '1/month', 'pass'], // once every 6 months = 2 a year, ± 5%
    ['three times per week', '1/week', [2.85, 3.15, '[]'], 3, undefined, 'pass'],
    ['3 times as much', '', [2.85, 3.15, '[]'], 3, undefined, 'pass'],
    ['1.5x', '', [1.425, 1.575, '[]'], 1.5, undefined, 'pass'], // 1.5 ± 5%
    ['two-fold', '', [1.9, 2.1, '[]'], 2, undefined, 'pass'],
    ['a quarter', '', [0.2375, 0.2625, '[]'], 0.25, undefined, 'pass'],
    ['three-quarters', '', [0.7125, 0.7875, '[]'], 0.75, undefined, 'pass'],
    ['2 in 5', '', [0.38, 0.42, '[]'], 0.4, undefined, 'pass'],
    ['a fifth', '', [0.19, 0.21, '[]'], 0.2, undefined, 'pass'],
    ['zero', '', [-0.5, 0.5, '[)'], 0, undefined, 'pass'], // judged like "0"
    ['nineteen', '', [18.5, 19.5, '[)'], 19, undefined, 'pass'],
    ['$5 per person', 'USD/person', [4.5, 5.5, '[)'], 5, undefined, 'pass'],
    ['£5 per resident', 'GBP/person', [4.5, 5.5, '[)'], 5, undefined, 'pass'], // a resident is a person
    ['€12 per inhabitant', 'EUR/person', [11.5, 12.5, '[)'], 12, undefined, 'pass'],
    ['one individual', 'person', [0.5, 1.5, '[)'], 1, undefined, 'pass'], // "one" judged like "1"
    ['100 people', 'person', [95, 105, '[)'], 100, undefined, 'pass'], // "100": tens
    ['100 persons', 'person', [95, 105, '[)'], 100, undefined, 'pass'],
    ['jumped 17%', '', [0.165, 0.175, '[)'], 0.17, undefined, 'pass'],
    ['a 17% increase', '', [0.165, 0.175, '[)'], -0.17, undefined, 'fail', true], // opposite sign: a gross fail
    ['a 5% drop', '', [-0.055, -0.045, '(]'], -0.05, undefined, 'pass'],
    ['a 5% cut', '', [-0.055, -0.045, '(]'], 0.05, undefined, 'fail', true], // it rose: a gross fail
    ['a 5% decline', '', [-0.055, -0.045, '(]'], -0.05, undefined, 'pass'],
    ['grew by 4%', '', [0.035, 0.045, '[)'], 0.04, undefined, 'pass'],
    ['increased by 4%', '', [0.035, 0.045, '[)'], 0.04, undefined, 'pass'],
    ['dropped by 4%', '', [-0.045, -0.035, '(]'], -0.04, undefined, 'pass'],
    ['decreased by 4%', '', [-0.045, -0.035, '(]'], 0.04, undefined, 'fail', true],
    ['up 3 percentage points', '', [0.025, 0.035, '[)'], 0.03, undefined, 'pass'],
    ['rose by 3 percentage points', '', [0.025, 0.035, '[)'], -0.03, undefined, 'fail', true],
    ['down 5%', '', [-0.055, -0.045, '(]'], 0.02, undefined, 'fail', true],
    ['an estimated 1,200', '', [1030, 1370, '[]'], 1200, undefined, 'pass'], // [1150, 1250) ± 120
    ['5 tonnes', 'tonne', [4.5, 5.5, '[)'], 5000, 'kg', 'pass'],
    ['5 t', 't', [4.5, 5.5, '[)'], 5000, 'kg', 'pass'], // t is the metric tonne (1,000 kg)
    ['just over 10', '', [10, 11, '(]'], 10.5, undefined, 'pass'], // (x, x(1 + t)]
    ['no fewer than 300', '', [300, I, '[)'], 290, undefined, 'warn'], // 10/300 = 3.3% below: within loose 5%
    ['up to £2bn', 'GBP', [-I, 2e9, '(]'], 2.5e9, undefined, 'fail'], // 0.5/2 = 25% above
    ['5 metric tons', 'tonne', [4.5, 5.5, '[)'], 5000, 'kg', 'pass'],
    ['3 square kilometres', 'km^2', [2.5, 3.5, '[)'], 300, 'hectare', 'pass'], // 100 ha = 1 km²
    ['5 MWh', 'MWh', [4.5, 5.5, '[)'], 5000, 'kWh', 'pass'],
    ['5 MW', 'MW', [4.5, 5.5, '[)'], 5e6, 'W', 'pass'],
    ['5 liters', 'liters', [4.5, 5.5, '[)'], 5000, 'ml', 'pass'],
    ['5 gallons', 'gallons', [4.5, 5.5, '[)'], 18.927, 'liter', 'pass'], // US gallon 3.785411784 L: 18.927 L = 5.0 gal
    ['104F', 'F', [103.5, 104.5, '[)'], 104, 'degF', 'pass'], // degrees Fahrenheit, never farads
    ['40 °C', 'degC', [39.5, 40.5, '[)'], 40, undefined, 'pass'],
    ['5 wk', 'week', [4.5, 5.5, '[)'], 35, 'day', 'pass'],
    ['5 hr', 'hour', [4.5, 5.5, '[)'], 300, 'minute', 'pass'],
  ],
  // Beyond the spec (README, Decisions): adverbs of frequency, emphasis, and
  // "more"/"less"/"extra" after an amount as a signed change.
  'frequency adverbs, emphasis words, and "more"/"less" after an amount': [
    ['£120.06 fortnightly', 'GBP/fortnight', [120.055, 120.065, '[)'], 60.03, 'GBP/week', 'pass'], // £60.03 a week × 2 weeks
    ['£50 weekly', 'GBP/week', [49.5, 50.5, '[)'], 2600, 'GBP/year', 'pass'], // 2,600 / (365.25/7 = 52.18) = 49.83
    ['£1.2bn annually', 'GBP/year', [1.15e9, 1.25e9, '[)'], 100e6, 'GBP/month', 'pass'], // 100m × 12 months
    ['£6,000 per annum', 'GBP/year', [5950, 6050, '[)'], 600, 'GBP/month', 'fail'], // 600 × 12 = 7,200: (7,200 − 6,050)/6,050 = 19% above
    ['10 people daily', 'person/day', [9.5, 10.5, '[)'], 3650, 'person/year', 'pass'], // 3,650 / 365.25 = 9.99
    ['just 13p a week', 'pence/week', [12.5, 13.5, '[)'], 6.76, 'GBP/year', 'pass'], // 676p / 52.18 weeks = 12.96p
    ['only 4%', '', [0.035, 0.045, '[)'], 0.041, undefined, 'pass'],
    ['a mere 3%', '', [0.025, 0.035, '[)'], 0.05, undefined, 'fail'], // (0.05 − 0.035)/0.035 = 43% above
    ['just under £5', 'GBP', [4.5, 5, '[)'], 4.99, undefined, 'pass'], // still the hedge: [x(1 − t), x)
    ['£135 more', 'GBP', [134.5, 135.5, '[)'], 135.6, undefined, 'warn'], // 0.1/135.5 = 0.07% above: within loose 5%
    ['an extra £135 a year', 'GBP/year', [134.5, 135.5, '[)'], 11.25, 'GBP/month', 'pass'], // £11.25 × 12 months
    ['400 more people', 'person', [395, 405, '[)'], 398, undefined, 'pass'], // "400" rounds to tens
    ['2,000 fewer', '', [-2050, -1950, '(]'], -1990, undefined, 'pass'], // "2,000" rounds to hundreds, then negated
    ['£135 less', 'GBP', [-135.5, -134.5, '(]'], 135, undefined, 'fail', true], // the opposite sign: a gross fail
    ['$5bn-a-year', 'USD/year', [4.5e9, 5.5e9, '[)'], 5.2e9, 'USD/year', 'pass'], // a hyphenated rate; "5" rounds to units × 1e9
    ['£2.5m-per-week', 'GBP/week', [2.45e6, 2.55e6, '[)'], 130e6, 'GBP/year', 'pass'], // 130m / 52.18 weeks = 2.49m
    ['topped $1bn', 'USD', [1e9, I, '()'], 1.2e9, undefined, 'pass'], // a verb past a bound: "more than"
    ['would pass 800,000', '', [800000, I, '()'], 811320, undefined, 'pass'], // 777,720 + 1,200 × 28
    ['exceeded 5%', '', [0.05, I, '()'], 0.048, undefined, 'warn'], // 0.2 points / 5 = 4% below: within loose 5%
    ['40 degrees Celsius', 'degC', [39.5, 40.5, '[)'], 40, undefined, 'pass'], // a temperature, never an angle
    ['104 degrees Fahrenheit', 'degF', [103.5, 104.5, '[)'], 104, undefined, 'pass'],
    // The currency word after a bare sign (`currency_after` in rules/numbers.yaml): US dollars a barrel; Canadian dollars.
    ['$89.53 U.S. a barrel', 'USD/bbl', [89.525, 89.535, '[)'], 89.53, undefined, 'pass'], // cents: ± half a cent
    ['$40 Cdn', 'CAD', [39.5, 40.5, '[)'], 40, undefined, 'pass'],
    // A scale word hyphened onto the number (Canadian press style): "1.2" rounds to tenths × 1e9.
    ['$1.2-billion', 'USD', [1.15e9, 1.25e9, '[)'], 1.2e9, undefined, 'pass'],
    // Wire style scale words, as "mln": "$5.3 bln" was read as $5.3 by the article's reader.
    ['$5.3 bln', 'USD', [5.25e9, 5.35e9, '[)'], 5.3e9, undefined, 'pass'],
    ['¥1.2 trln', 'JPY', [1.15e12, 1.25e12, '[)'], 1.2e12, undefined, 'pass'],
  ],
};

describe('news language in claims files (spec news-language.md)', () => {
  it('the default rules build a registry without problems', () => {
    expect(problems).toEqual([]);
  });

  const all = Object.values(sections).flat();
  it('has at least 100 rows', () => {
    expect(all.length).toBeGreaterThanOrEqual(100);
  });

  for (const [section, rows] of Object.entries(sections)) {
    describe(section, () => {
      for (const [stated, unit, [low, high, bounds], computed, computedUnit, verdict, gross] of rows) {
        it(`"${stated}" admits ${bounds[0]}${low}, ${high}${bounds[1]} ${unit}; against ${computed} ${computedUnit ?? unit} → ${verdict}`, () => {
          const q = parse(stated);
          expect(q.unit).toBe(unit);
          const set = admitted(q);
          expect(set.low).toBeCloseTo(low, digitsFor(low));
          expect(set.high).toBeCloseTo(high, digitsFor(high));
          expect([set.lowOpen ? '(' : '[', set.highOpen ? ')' : ']'].join('')).toBe(bounds);
          const j = judge(q, computed, computedUnit);
          expect(j.verdict).toBe(verdict);
          expect(j.gross).toBe(gross ?? false);
        });
      }
    });
  }
});

describe('refused forms say what to write instead', () => {
  const reason = (text: string): string => {
    const { quantity, problems: found } = parseQuantityText(text, ctx, span);
    expect(quantity).toBeUndefined();
    return worded(found[0]?.data.reason);
  };

  it('a vague amount names a number to write', () => {
    expect(reason('dozens')).toBe('"dozens" is not a number that can be checked; write the number it stands for, such as "at least 24 (or the number the source gives)"');
    expect(reason('hundreds of thousands')).toMatch(/"hundreds of thousands" is not a number.*"at least 200,000/);
    expect(reason('a majority')).toMatch(/such as "more than 50%"/);
  });

  it('a change written twice, or with a sign, says how to write it', () => {
    expect(reason('up 17% rise')).toBe('expected one word for the change, but found "up" and "rise"; write "up 17%" or "a 17% rise"');
    expect(reason('down -5%')).toBe('expected a number without a sign after "down": the word already says which way it went');
  });

  it('a multiplier is not a fall', () => {
    expect(reason('10 times more')).toBe('expected nothing more after "10 times", but found "more"; write "10 times as many" (or "as much") for a multiplier, or the change as a percentage rise');
    expect(reason('a 4x fall')).toMatch(/but found "fall" after a multiplier$/);
    expect(reason('a threefold fall')).toBe('expected "a threefold increase" or a fall written as a percentage ("a 67% fall"), but found "fall" after a multiplier');
  });

  it('an article before a number needs a change after it', () => {
    expect(reason('a 17% boost')).toMatch(/^expected a change such as "a 17% rise" or "a 5% fall" after "a 17%", but found "boost"/);
  });
});

describe('a claims file may give a default word to its own unit', () => {
  it('"people" counts soldiers when the file says so, persons otherwise', () => {
    const file: Span = { file: 'story.claims.yaml', line: 3, column: 3, endLine: 3, endColumn: 10 };
    const own = createUnitRegistry([...rules.units.values(), { name: 'soldier', aliases: ['soldiers', 'people'], span: file }]);
    expect(own.problems).toEqual([]);
    expect(own.registry.unitWords.get('people')).toBe('soldier');
    expect(registry.unitWords.get('people')).toBe('person');
  });
});

describe('words taken from mathjs match only as written', () => {
  it('"C" is degrees Celsius, but an input may still be called c', () => {
    expect(registry.lookup('C')?.expression).toBe('degC');
    expect(registry.unitWords.has('c')).toBe(false);
    // 5 mt is 5,000 kg (a tonne is 1,000 kg), not 5 g
    expect(registry.lookup('mt')?.factor).toBe(1000);
  });
});
