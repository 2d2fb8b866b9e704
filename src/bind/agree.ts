/**
 * @file Agreement between a quote's numbers and the claims file (contract §8
 * rule 2): the quantities read from the quoted passage must include one that
 * says what the YAML says.
 *
 * - An input's `value` is compared by number only: the YAML often turns the
 *   article's words into a reading ("around 100" → 90 to 110, "2,200 killed
 *   on Friday" → 2,200 soldiers a day). It agrees when one of the quote's
 *   numbers equals one of the value's numbers (an end of a range counts), or
 *   when the value is a range and the quote's number lies inside it.
 * - A claim's `stated` is compared by number(s), hedge and unit: the same
 *   number, or both ends of a range (written in the article as one range or
 *   as two numbers one after the other: "£66 or £67"); the article's hedge (if it has one) on
 *   the same side as the YAML's — the YAML may add a hedge the surrounding
 *   words imply ("expected to hit 800,000" → at least 800,000) but not drop
 *   or turn one; and the same dimension when both name a unit (quotes often
 *   leave the unit out: "South Korea's estimate is 1,100"), or one the other
 *   per unit of time: the period is often said once for two numbers ("risen
 *   by £149 from the previous £1,568 a year" agrees with "£149 a year"), or
 *   the article's unit with the count noun left out ("averaged 192,000 per
 *   month" agrees with "192,000 jobs per month").
 *
 * Numbers are compared in SI when both units resolve to the same dimension,
 * else as written. Pure: no I/O.
 */

import type { Quantity, ResolvedUnit } from '../types.js';
import type { ProseNumber } from './prose-port.js';

/** Resolves a unit expression, or undefined when it cannot. */
export type UnitLookup = (expression: string) => ResolvedUnit | undefined;

export type Role = 'input' | 'claim';

/** The outcome: the agreeing number, or the one nearest to what the YAML says. */
export type Agreement = { agrees: true; match: ProseNumber } | { agrees: false; nearest: ProseNumber };

/** Compares a YAML quantity with the quantities read from its quote. `found` holds only quantities. */
export function agreement(expected: Quantity, found: readonly ProseNumber[], role: Role, units: UnitLookup): Agreement | undefined {
  const quantities = found.filter((n) => n.kind === 'quantity' && n.quantity !== undefined);
  if (quantities.length === 0) return undefined;
  for (const n of quantities) {
    const ok = role === 'input' ? inputAgrees(expected, n.quantity!, units) : claimAgrees(expected, n.quantity!, units);
    if (ok) return { agrees: true, match: n };
  }
  // A range stated as two numbers next to each other in the article: "£66 or £67 monthly" is £66 to £67.
  if (expected.high) {
    for (let i = 0; i + 1 < quantities.length; i++) {
      const [a, b] = [quantities[i]!, quantities[i + 1]!];
      if (a.quantity!.high || b.quantity!.high) continue;
      const joined: Quantity = { ...a.quantity!, text: `${a.text} to ${b.text}`, high: b.quantity!.low, unit: b.quantity!.unit || a.quantity!.unit };
      if (claimAgrees(expected, joined, units)) return { agrees: true, match: a };
    }
  }
  return { agrees: false, nearest: nearestTo(expected, quantities, units) };
}

/** The amounts of a quantity, as numbers comparable with `other`'s (SI when both units have the same dimension). */
function scaled(q: Quantity, other: Quantity, units: UnitLookup): number[] {
  const values = [q.low.value, ...(q.high ? [q.high.value] : [])];
  if (q.unit === '' || other.unit === '' || q.unit === other.unit) return values;
  const a = units(q.unit);
  const b = units(other.unit);
  if (!a || !b || !sameDimension(a, b)) return values;
  return values.map((v) => v * a.factor);
}

function sameDimension(a: ResolvedUnit, b: ResolvedUnit): boolean {
  const keys = new Set([...Object.keys(a.dimension), ...Object.keys(b.dimension)]);
  for (const k of keys) if ((a.dimension[k] ?? 0) !== (b.dimension[k] ?? 0)) return false;
  return true;
}

function equal(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-300);
}

function inputAgrees(yaml: Quantity, prose: Quantity, units: UnitLookup): boolean {
  const y = scaled(yaml, prose, units);
  const p = scaled(prose, yaml, units);
  if (p.some((a) => y.some((b) => equal(a, b)))) return true;
  if (y.length === 2 && p.length === 1) {
    const [low, high] = [Math.min(y[0]!, y[1]!), Math.max(y[0]!, y[1]!)];
    return p[0]! >= low && p[0]! <= high;
  }
  return false;
}

function claimAgrees(yaml: Quantity, prose: Quantity, units: UnitLookup): boolean {
  const y = scaled(yaml, prose, units);
  const p = scaled(prose, yaml, units);
  if (y.length !== p.length || !y.every((v, i) => equal(v, p[i]!))) return false;
  if (prose.hedge && (!yaml.hedge || yaml.hedge.side !== prose.hedge.side)) return false;
  if (yaml.unit !== '' && prose.unit !== '' && yaml.unit !== prose.unit) {
    const a = units(yaml.unit);
    const b = units(prose.unit);
    if (a && b && !sameDimension(a, b) && !rateOfTheOther(a, b) && !countLeftOut(a, b)) return false;
  }
  return true;
}

/**
 * Whether one unit is the other per unit of time (GBP/year and GBP): the
 * article often says the period once for two numbers ("has risen by £149 from
 * the previous £1,568 a year"), so the number as written is the same claim.
 */
function rateOfTheOther(a: ResolvedUnit, b: ResolvedUnit): boolean {
  const keys = new Set([...Object.keys(a.dimension), ...Object.keys(b.dimension)]);
  let rest = 0;
  for (const k of keys) {
    const d = (a.dimension[k] ?? 0) - (b.dimension[k] ?? 0);
    if (d === 0) continue;
    if (k !== 'TIME' || Math.abs(d) !== 1) return false;
    rest++;
  }
  return rest === 1;
}

/** The dimensions mathjs measures with; every other dimension is a count or a currency a file or the rules declare. */
const MEASURED: ReadonlySet<string> = new Set(['MASS', 'LENGTH', 'TIME', 'CURRENT', 'TEMPERATURE', 'LUMINOUS_INTENSITY', 'AMOUNT_OF_SUBSTANCE', 'ANGLE', 'BIT']);

/**
 * Whether the YAML's unit is the article's with one count noun the article
 * leaves out ("averaged 192,000 per month" for 192,000 jobs per month): the
 * jobs are named once in the story, not beside every number.
 */
function countLeftOut(yaml: ResolvedUnit, prose: ResolvedUnit): boolean {
  const keys = new Set([...Object.keys(yaml.dimension), ...Object.keys(prose.dimension)]);
  let nouns = 0;
  for (const k of keys) {
    const d = (yaml.dimension[k] ?? 0) - (prose.dimension[k] ?? 0);
    if (d === 0) continue;
    if (MEASURED.has(k) || d !== 1) return false;
    nouns++;
  }
  // The same period and scale apart from the noun: "per month" is not "a year".
  return nouns === 1 && equal(yaml.factor, prose.factor);
}

/** The quote's quantity closest in value to the YAML's (for the message). */
function nearestTo(yaml: Quantity, quantities: readonly ProseNumber[], units: UnitLookup): ProseNumber {
  let best = quantities[0]!;
  let bestDistance = Infinity;
  for (const n of quantities) {
    const y = scaled(yaml, n.quantity!, units)[0]!;
    const p = scaled(n.quantity!, yaml, units)[0]!;
    const d = Math.abs(Math.log(Math.abs(p) + 1e-12) - Math.log(Math.abs(y) + 1e-12));
    if (d < bestDistance) {
      bestDistance = d;
      best = n;
    }
  }
  return best;
}
