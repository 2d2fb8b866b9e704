/**
 * @file The derive stage (issue 12, `init --derive`): given an article's
 * quantities, finds which of them follow from the others by a small formula,
 * and ranks the candidate derivations.
 *
 * - For each quantity (the target) it tries the shapes in {@link SHAPES} over
 *   the other quantities near it, the outside facts given (`--facts`) and a
 *   few constants (days in a week, month and year; weeks and months in a
 *   year; 100; one day, week, month, year as durations).
 * - Values are computed with the evaluate stage's interval arithmetic
 *   (src/evaluate/interval.ts) in SI base units, so unit conversions are
 *   implicit; dimensions come from the unit registry's algebra (src/units),
 *   and combinations whose dimension cannot equal the target's are never
 *   built (pruned by dimension first). A formula counts only when the judge
 *   would pass it: {@link admits} from src/judge, the same admissible sets
 *   (rounding, hedges, ranges) the check uses.
 * - Only formulas that can mean something are tried (TargetSearch's
 *   makesSense): a number written as a change comes from a change, a
 *   difference or a sum; a sum needs words that point to it (a total, a
 *   result, a change, or a part written as "120 more"); no shares of
 *   percents, a share only of parts named in one sentence, no percent over a
 *   percent, a percent times a percent only where the text nests them ("40%
 *   of them"), no money × money, no count of one thing from a ratio of counts
 *   of another, and the like.
 * - Coincidence guard: for each match, the expected number of chance matches
 *   of its shape — how many formulas of that shape with the target's
 *   dimension were tried that reach at most as far (sentences away; an
 *   outside fact is as near as the words its name shares with the target's
 *   sentence and its neighbours), times the share of their spread of values
 *   (on a log scale) that the admissible set and the computed interval cover.
 *   A sum the text points to ("around 100 …, today 120 more") competes only
 *   with the other such sums. A derivation is proposed only when that is
 *   below {@link DeriveOptions.maxChance}.
 *   Among matches, fewer operations, operands in the same or neighbouring
 *   sentences, operands stated before the target and exact results rank first.
 * - Bounded: each target looks at a fixed number of neighbours
 *   ({@link DeriveOptions.window}, {@link DeriveOptions.localWindow}), and the
 *   whole search stops after {@link DeriveOptions.maxCandidates} formulas
 *   (the result then says `truncated`), so 500 numbers cannot hang it.
 * - Each number is either derived or an input: derivations are accepted best
 *   first, never using an accepted target as an operand nor deriving an
 *   operand of an accepted derivation (no cycles, no chains); a formula over
 *   outside facts alone keeps the number an input as well (`keepsInput`). One relation
 *   among the same numbers counts once for the chance estimate whichever way
 *   it is written; numbers stated as results (`cue`) rank first.
 *
 * Pure: quantities in, derivations out; no I/O, never throws for odd input.
 */

import type { Dimension, Quantity } from '../types.js';
import { divideDimensions, isPlainNumber, multiplyDimensions, sameDimension } from '../units/index.js';
import * as I from '../evaluate/interval.js';
import { admits, admittedSpan } from '../judge/index.js';

/** One quantity the search may use: a number of the article (a possible target) or an outside fact. */
export interface DeriveQuantity {
  /** The name the claims file gives it (an identifier). */
  name: string;
  /** Its value in SI base units, as the check reads an input (a range, or what a hedge admits). */
  low: number;
  high: number;
  dimension: Dimension;
  /** The SI factor of its written unit (1 for a plain number). */
  factor: number;
  /** The written unit expression ("mi^2/day", "" for a plain number). */
  unit: string;
  /** As written; the admissible set of a target comes from it. */
  quantity: Quantity;
  /** The index of its sentence in the article (facts: undefined). */
  sentence?: number;
  /** True for an outside fact: used as an operand, never a target. */
  fact?: boolean;
  /**
   * The article states it as a result: a word such as "in all", "a total
   * of", "or", "a rate of", "would take", "works out at" next to it. Such a
   * number is more likely derived than given, so its derivations rank first
   * and may carry {@link CUE_ODDS} times the chance estimate.
   */
  cue?: boolean;
  /** The result word says it is a total ("in all", "altogether", "a total of"): sums rank first. */
  total?: boolean;
  /**
   * Meaning words (lower case, singular). An article number: the words of its
   * own sentence (a fact whose name shares one may be restated there). A fact:
   * the words of its name, source and note.
   */
  words?: readonly string[];
  /**
   * An article number: the distinctive words (not the article's topic words) of
   * its sentence and the sentences just before and after it. A fact whose name
   * shares one is searched as if it stood in the target's sentence.
   */
  nearWords?: readonly string[];
  /** A fact: the words of its name (and shared-fact name) alone, what it counts. */
  nameWords?: readonly string[];
  /** A fact: where it comes from (its source); facts of one source are parts of one report. */
  origin?: string;
  /**
   * An article number written as an addition to the number before it ("around
   * 100 yesterday, today 120 more", "another 50", "a further $2 million"):
   * that pair's sum is a formula the text itself points to.
   */
  addend?: boolean;
  /**
   * The article writes it as a change ("grew by 7.62 per cent", "fell by 6%",
   * "51 per cent higher", "a drop of 630"): as a target only a change, a
   * difference or a sum of changes can give it; as an operand, a percent
   * change is only added to other changes or compounded.
   */
  change?: boolean;
  /**
   * The article writes it as a difference or what is left ("a gap of 630",
   * "the remaining 250", "250 left"). A difference (a − b) is proposed only
   * for a number written as a change or as one of these: the difference of
   * two numbers of a story is often another of its numbers by chance.
   */
  difference?: boolean;
  /**
   * The article writes it as a multiplier of something else ("3 times the total reported in
   * 2017", "twice as many"): a ratio to a base of its own. Two multipliers of different bases
   * divided or multiplied give a ratio of those bases, which the story does not state.
   */
  multiplier?: boolean;
  /**
   * Its sentence takes a part of a part ("60% voted, and 40% of them chose …", "of whom",
   * "of those") or states a number as following from another ("Given the voter turnout of 66%,
   * this means …"): a percent of (or over) a percent is a figure the story builds only with such words.
   */
  nested?: boolean;
  /**
   * The year its sentence ties it to ("16 percent in 2003", "(941,448) in 2002", "In 2021, it was
   * 78.7 percent", the "to" value of "between 1995 and 2001 from 5.3 million to 6.0 million"):
   * a share or a share's part taken of a whole of another year is no figure the story states.
   */
  year?: number;
}

/** How much more likely a number stated with a result word is derived: its derivations may carry this many times the chance limit. */
export const CUE_ODDS = 2;

/**
 * How fast the chance a derivation may carry falls with the distance of its farthest operand
 * past the neighbouring sentence: the limit is divided by 1 + DISTANCE_ODDS × (distance − 1), so
 * operands three sentences away get half of it, five sentences away a third.
 */
export const DISTANCE_ODDS = 0.5;

/** The formula shapes tried. */
export type ShapeName =
  | 'convert'
  | 'fact'
  | 'sum'
  | 'difference'
  | 'product'
  | 'ratio'
  | 'change'
  | 'sum3'
  | 'sum4'
  | 'product-ratio'
  | 'share'
  | 'rate-total'
  | 'compound';

/** Each shape: its operation count (fewer ranks first) and how it reads, for the written comments. */
export const SHAPES: Readonly<Record<ShapeName, { operations: number; reads: string }>> = {
  convert: { operations: 0, reads: 'the same amount in another unit' },
  fact: { operations: 0, reads: 'an outside fact restated' },
  sum: { operations: 1, reads: 'a sum of two' },
  difference: { operations: 1, reads: 'a difference' },
  product: { operations: 1, reads: 'a product (a rate times a duration, an amount times a count)' },
  ratio: { operations: 1, reads: 'a ratio (a rate, a share, an amount per unit)' },
  change: { operations: 2, reads: 'a change (new ÷ old − 1)' },
  sum3: { operations: 2, reads: 'a sum of three' },
  sum4: { operations: 3, reads: 'a sum of four' },
  'product-ratio': { operations: 2, reads: 'a × b ÷ c, or a ÷ (b × c)' },
  share: { operations: 2, reads: 'a share of a total (a ÷ (a + b))' },
  'rate-total': { operations: 2, reads: 'a total plus a rate times a duration' },
  compound: { operations: 3, reads: 'compound growth ((1 + r)^n − 1)' },
};

/** True for a duration or a rate per unit of time: a TIME exponent of exactly 1 or −1 ("3 years", "600 litres a day"; not GW, energy per time cubed). */
function isTimeOrPerTime(d: Dimension): boolean {
  const time = d['TIME'] ?? 0;
  return time === 1 || time === -1;
}

/** A constant the formulas may use, as it is written in a `compute` expression. */
export interface DeriveConstant {
  /** The expression text (`7`, `year`). */
  name: string;
  /** In SI. */
  value: number;
  dimension: Dimension;
  /** Read by people: "days in a week". */
  reads: string;
}

const SECOND: Dimension = { TIME: 1 };
const NONE: Dimension = {};

/**
 * The built-in constants. Durations are mathjs's units (a year is 365.25
 * days, a month a twelfth of that), so `x / year` turns "3,650 last year"
 * into a rate a day; the plain counts cover "days in a week" and the like for
 * numbers written without units.
 */
export const CONSTANTS: readonly DeriveConstant[] = [
  { name: '7', value: 7, dimension: NONE, reads: 'days in a week' },
  { name: '12', value: 12, dimension: NONE, reads: 'months in a year' },
  { name: '52', value: 52, dimension: NONE, reads: 'weeks in a year' },
  { name: '(52 * week / year)', value: (52 * 604800) / 31557600, dimension: NONE, reads: 'a 52-week year (a weekly figure made yearly, as payrolls count)' },
  { name: '365', value: 365, dimension: NONE, reads: 'days in a year' },
  { name: '100', value: 100, dimension: NONE, reads: 'a hundred (percent)' },
  { name: 'day', value: 86400, dimension: SECOND, reads: 'one day' },
  { name: 'week', value: 604800, dimension: SECOND, reads: 'one week' },
  { name: 'month', value: 2629800, dimension: SECOND, reads: 'one month (a twelfth of a year)' },
  { name: 'year', value: 31557600, dimension: SECOND, reads: 'one year (365.25 days)' },
];

/** Tuning of the search. */
export interface DeriveOptions {
  /** Propose a derivation only when the expected number of chance matches of its shape is below this. Default 0.15. */
  maxChance?: number;
  /** How many article numbers nearest the target the one-operation shapes look at. Default 24. */
  window?: number;
  /** How many nearest article numbers the two- and three-operation shapes look at. Default 8. */
  localWindow?: number;
  /** At most this many outside facts per target (nearest in magnitude first are not known: the first given). Default 40 / 8 local. */
  maxFacts?: number;
  /** The whole search stops after this many formulas. Default 2,000,000. */
  maxCandidates?: number;
  /** Close alternatives listed per derivation. Default 3. */
  alternatives?: number;
}

/** An operand of a formula: a quantity, a constant, or a range made of two article numbers ("1,100" to "3,000"). */
export type Operand =
  | { kind: 'quantity'; name: string }
  | { kind: 'constant'; name: string; reads: string }
  | { kind: 'range'; low: string; high: string };

/** One candidate formula for a target, with how it was judged. */
export interface Candidate {
  shape: ShapeName;
  operands: Operand[];
  /** The compute expression, over the quantities' names (a range operand shows as `<low>_to_<high>`). */
  expression: string;
  /** The computed interval in the target's written unit. */
  low: number;
  high: number;
  /** Expected number of chance matches of this shape for this target. */
  chance: number;
  /** The computed value equals the written number exactly (not just within its rounding or hedge). */
  exact: boolean;
  /** Largest distance, in sentences, between the target and an article operand. */
  distance: number;
  /** Lower ranks first. */
  score: number;
  /** The words the outside facts it uses share with the target's sentence or its neighbours (why they were near). */
  sharedWords?: string[];
}

/** A derivation proposed for a target. */
export interface Derivation extends Candidate {
  target: string;
  /** 1-based rank of this formula among the target's matches (1: the best). */
  rank: number;
  /** Other formulas that also matched, best first. */
  alternatives: Candidate[];
  /**
   * The formula uses outside facts alone ("1,100" = nis_killed + nis_wounded): the
   * article's figure stays an input as well, and the claim checks it against the facts.
   */
  keepsInput?: boolean;
}

/** A target whose best match was refused as a likely coincidence. */
export interface Refused {
  target: string;
  best: Candidate;
}

export interface DeriveResult {
  derivations: Derivation[];
  refused: Refused[];
  /** Formulas evaluated. */
  tried: number;
  /** The search stopped at maxCandidates before every target was searched. */
  truncated: boolean;
}

/** Internal operand: its interval, dimension, position. */
interface Node {
  operand: Operand;
  text: string;
  low: number;
  high: number;
  dimension: Dimension;
  sentence?: number;
  /** Index into the article quantities (for the no-cycles rule); -1 for constants and facts. */
  index: number;
  /** A second article index (range operands). */
  index2?: number;
  /** The written unit (quantities and facts). */
  unit?: string;
  /** The SI factor of its unit. */
  factor?: number;
  /** How it was written (percent or plain). */
  display?: Quantity['display'];
  /** As written (article numbers and facts): what its words admit. */
  quantity?: Quantity;
  /** Stated as a result (see {@link DeriveQuantity.cue}). */
  cue?: boolean;
  /** An outside fact. */
  fact?: boolean;
  /** Meaning words (see {@link DeriveQuantity.words}). */
  words?: ReadonlySet<string>;
  nameWords?: ReadonlySet<string>;
  origin?: string;
  addend?: boolean;
  change?: boolean;
  difference?: boolean;
  multiplier?: boolean;
  /** The year its sentence ties it to (see {@link DeriveQuantity.year}). */
  year?: number;
  nested?: boolean;
}

/** The count word of a plain count ("soldiers" → "soldier"), or undefined for a bare number or a measured amount. */
function countWord(n: Pick<Node, 'dimension' | 'unit'>): string | undefined {
  if (!isPlainNumber(n.dimension) || n.unit === undefined || !/^\p{L}+$/u.test(n.unit)) return undefined;
  return n.unit.toLowerCase().replace(/s$/u, '');
}

/** Whether two plain counts are counts of different things ("soldiers" and "systems"); a bare number counts as anything. */
function countWordsDiffer(a: Node, b: Node): boolean {
  const x = countWord(a);
  const y = countWord(b);
  return x !== undefined && y !== undefined && x !== y;
}

const DEFAULTS = { maxChance: 0.15, window: 24, localWindow: 8, maxFacts: 40, maxCandidates: 2_000_000, alternatives: 3 };

/** The reach of a fact that shares no meaning word with the target's sentence or its neighbours: anywhere. */
const FAR = 1e6;

/** The smallest spread (natural log of max/min) assumed for a shape's values: two orders of magnitude. */
const MIN_SPREAD = Math.log(100);
/** How far past a one-sided bound ("more than 200") a value still reads as what the writer meant, for the chance estimate. */
const ONE_SIDED = 0.25;

function dimKey(d: Dimension): string {
  return Object.keys(d)
    .filter((k) => d[k] !== 0)
    .sort()
    .map((k) => `${k}^${d[k]}`)
    .join(' ');
}

/** Finds and ranks derivations for every article number. */
export function derive(quantities: readonly DeriveQuantity[], options: DeriveOptions = {}): DeriveResult {
  const o = { ...DEFAULTS, ...options };
  const article = quantities.filter((q) => !q.fact);
  const facts = quantities.filter((q) => q.fact);
  const nodes: Node[] = article.map((q, i) => nodeOf(q, i));
  const factNodes: Node[] = facts.map((q) => nodeOf(q, -1));
  const factNames = new Set(facts.map((q) => q.name));
  const constants: Node[] = CONSTANTS.map((c) => ({
    operand: { kind: 'constant', name: c.name, reads: c.reads },
    text: c.name,
    low: c.value,
    high: c.value,
    dimension: c.dimension,
    index: -1,
  }));

  let tried = 0;
  let truncated = false;
  const matches = new Map<number, Candidate[]>();
  /** Numbers that restate an earlier one with a result word: derived only as that earlier one is. */
  const restating = new Set<string>();
  /** Each number's figure: the index of its first statement (a number stated again without a result word shares it). */
  const figureOf = article.map((_, i) => i);
  const refused: Refused[] = [];
  for (let t = 0; t < article.length; t++) {
    if (tried >= o.maxCandidates) {
      truncated = true;
      break;
    }
    const search = new TargetSearch(article[t]!, t, o, factNodes, nodes);
    // A number the article already stated earlier is that figure again, not a result, unless a
    // result word restates it ("one in eight, or 12.5 percent"): then it is derived as well. A
    // change stated again is searched again and derived once, where its formula is found best: a
    // lead's change comes back with its values ("a 37 per cent rise in third-quarter profit" …
    // "£521 million …, up 37 per cent", three sentences from "a £381 million profit last time").
    const first = nodes.slice(0, t).findIndex((n) => search.restates(n));
    if (first >= 0) {
      if (article[t]!.cue) restating.add(article[t]!.name);
      else if (article[t]!.change && article[first]!.change) figureOf[t] = figureOf[first]!;
      else continue;
    }
    const near = nearest(nodes, t, o.window).filter((n) => !search.restates(n));
    const local = near.slice(0, o.localWindow);
    // Facts that share a meaning word with the target's sentence (or its neighbours) first: the pool searched.
    const facts = search.byReach(factNodes).slice(0, o.maxFacts);
    search.restated(facts);
    const farFacts = facts.filter((n) => !search.restates(n));
    const localFacts = farFacts.slice(0, Math.min(8, o.maxFacts));
    search.binary([...near, ...farFacts], constants);
    search.ranges(near, local);
    search.local([...local, ...localFacts]);
    tried += search.tried;
    const found = search.results();
    if (found.length > 0) matches.set(t, found);
  }

  // One relation among the same numbers, whichever way round it is written (4.2 million a year ↔
  // 350,000 a month), is one coincidence: each direction carries the smaller chance of the two,
  // and the ranking (results stated after their operands, result words) picks the direction.
  const relation = (t: number, c: Candidate): string => [article[t]!.name, ...operandNames(c.operands)].sort().join('\u0000');
  const least = new Map<string, number>();
  for (const [t, list] of matches) for (const c of list) least.set(relation(t, c), Math.min(least.get(relation(t, c)) ?? Infinity, c.chance));
  for (const [t, list] of matches) {
    for (const c of list) {
      const chance = least.get(relation(t, c))!;
      if (chance < c.chance) {
        c.score += Math.log10(Math.max(chance, 1e-6)) - Math.log10(Math.max(c.chance, 1e-6));
        c.chance = chance;
      }
    }
    // A formula the guard would refuse never outranks one it lets through: the rank says where the proposal stands.
    const limit = (c: Candidate): number => limitOf(o.maxChance, article[t]!, c);
    list.sort((a, b) => Number(a.chance >= limit(a)) - Number(b.chance >= limit(b)) || a.score - b.score);
  }

  // a ÷ (a + b) is a function of a ÷ b: when another number is that ratio ("81 goals, twice as many
  // as they conceded (40)"), the share of the same two numbers ("a third" = 40 ÷ (40 + 81)) follows
  // from it whatever the article means, and is no evidence of its own.
  const ratios = new Set<string>();
  for (const [t, list] of matches) {
    for (const c of list) if (c.shape === 'ratio' && c.chance < limitOf(o.maxChance, article[t]!, c)) ratios.add(operandNames(c.operands).sort().join('\u0000'));
  }
  for (const [t, list] of matches) {
    const kept = list.filter((c) => c.shape !== 'share' || !ratios.has(operandNames(c.operands).slice(0, 2).sort().join('\u0000')));
    if (kept.length === list.length) continue;
    if (kept.length > 0) matches.set(t, kept);
    else matches.delete(t);
  }

  // Accept the best derivations first; a number is either derived or an input.
  const all: { t: number; c: Candidate; rank: number }[] = [];
  for (const [t, list] of matches) list.forEach((c, rank) => all.push({ t, c, rank }));
  all.sort((a, b) => a.c.score - b.c.score);
  // A number is either derived or an input: an accepted target is never an operand of another
  // derivation (a claim over a claim's computed value would hide the article's own figure), and an
  // operand of an accepted derivation is never derived (no cycles: 5% a year from 15.8% in all and back).
  const derived = new Set<string>();
  const used = new Set<string>();
  const derivations: Derivation[] = [];
  const decided = new Set<number>();
  /** The figures derived (see figureOf): a figure stated twice is derived once. */
  const derivedFigures = new Set<number>();
  for (const { t, c, rank } of all) {
    if (decided.has(t) || derivedFigures.has(figureOf[t]!)) continue;
    const target = article[t]!;
    if (c.chance >= limitOf(o.maxChance, target, c)) continue;
    // A formula over outside facts alone checks the article's figure against them and hides nothing:
    // the figure stays an input too (see Derivation.keepsInput), free to be an operand or a target's part.
    const factsOnly = isFactsOnly(c, factNames);
    if (!factsOnly && used.has(target.name)) continue;
    const names = operandNames(c.operands);
    if (names.some((n) => derived.has(n))) continue;
    decided.add(t);
    derivedFigures.add(figureOf[t]!);
    if (!factsOnly) derived.add(target.name);
    for (const n of names) used.add(n);
    const list = matches.get(t)!;
    derivations.push({ ...c, target: target.name, rank: rank + 1, alternatives: list.filter((x) => x !== c).slice(0, o.alternatives), ...(factsOnly ? { keepsInput: true } : {}) });
  }
  // One formula that several of the article's numbers admit ("7.75 million − three million" is
  // "four million" and "five million") is evidence for none of them: all are refused, unless those
  // numbers are one figure written twice ("one in eight, or 12.5 percent").
  const byExpression = new Map<string, DeriveQuantity[]>();
  for (const d of derivations) byExpression.set(d.expression, [...(byExpression.get(d.expression) ?? []), article.find((q) => q.name === d.target)!]);
  for (let i = derivations.length - 1; i >= 0; i--) {
    const d = derivations[i]!;
    const targets = byExpression.get(d.expression)!;
    if (targets.length > 1 && !targets.every((a) => targets.every((b) => sameFigure(a, b)))) {
      derivations.splice(i, 1);
      const t = article.findIndex((q) => q.name === d.target);
      decided.delete(t);
      refused.push({ target: d.target, best: d });
    }
  }
  // A figure written twice is derived twice only by one formula: the restatement follows the first statement.
  for (let i = derivations.length - 1; i >= 0; i--) {
    const d = derivations[i]!;
    if (!restating.has(d.target)) continue;
    const target = article.find((q) => q.name === d.target)!;
    const first = derivations.some((e) => e !== d && e.expression === d.expression && sameFigure(article.find((q) => q.name === e.target)!, target));
    if (!first) {
      derivations.splice(i, 1);
      decided.delete(article.indexOf(target));
    }
  }
  for (const [t, list] of matches) {
    if (decided.has(t) || [...decided].some((d) => figureOf[d] === figureOf[t])) continue;
    if (refused.some((r) => r.target === article[t]!.name)) continue;
    const best = list[0]!;
    if (best.chance >= limitOf(o.maxChance, article[t]!, best)) refused.push({ target: article[t]!.name, best });
  }
  derivations.sort((a, b) => article.findIndex((q) => q.name === a.target) - article.findIndex((q) => q.name === b.target));
  return { derivations, refused, tried, truncated };
}

/**
 * The chance a derivation may carry: the limit, twice it for a number stated as a result, and
 * shrinking with the distance of its farthest operand past the neighbouring sentence (a number
 * is seldom computed from figures paragraphs away, so the odds it is, before any match, are lower).
 */
function limitOf(maxChance: number, target: DeriveQuantity, c: Candidate): number {
  return (maxChance * (target.cue ? CUE_ODDS : 1)) / (1 + Math.max(0, c.distance - 1) * DISTANCE_ODDS);
}

/** Whether two article numbers are one figure written twice: each admits what the other says. */
function sameFigure(a: DeriveQuantity, b: DeriveQuantity): boolean {
  if (a === b) return true;
  return sameDimension(a.dimension, b.dimension) && admits(a.quantity, b.low / a.factor, b.high / a.factor) && admits(b.quantity, a.low / b.factor, a.high / b.factor);
}

/** Whether a formula's operands are all outside facts (constants aside). */
function isFactsOnly(c: Candidate, facts: ReadonlySet<string>): boolean {
  const names = operandNames(c.operands);
  return names.length > 0 && names.every((n) => facts.has(n));
}

/** The names of the quantities a formula uses (both ends of a range). */
export function operandNames(operands: readonly Operand[]): string[] {
  return operands.flatMap((op) => (op.kind === 'quantity' ? [op.name] : op.kind === 'range' ? [op.low, op.high] : []));
}

/** The expression name of a range operand. */
export function rangeName(low: string, high: string): string {
  return `${low}_to_${high}`;
}

function nodeOf(q: DeriveQuantity, index: number): Node {
  return {
    operand: { kind: 'quantity', name: q.name },
    text: q.name,
    low: q.low,
    high: q.high,
    dimension: q.dimension,
    ...(q.sentence !== undefined ? { sentence: q.sentence } : {}),
    index,
    unit: q.unit,
    factor: q.factor,
    display: q.quantity.display,
    quantity: q.quantity,
    ...(q.cue ? { cue: true } : {}),
    ...(q.fact ? { fact: true } : {}),
    ...(q.words ? { words: new Set(q.words) } : {}),
    ...(q.nameWords ? { nameWords: new Set(q.nameWords) } : {}),
    ...(q.origin !== undefined ? { origin: q.origin } : {}),
    ...(q.addend ? { addend: true } : {}),
    ...(q.change ? { change: true } : {}),
    ...(q.difference ? { difference: true } : {}),
    ...(q.multiplier ? { multiplier: true } : {}),
    ...(q.nested ? { nested: true } : {}),
    ...(q.year !== undefined ? { year: q.year } : {}),
  };
}

/** The `count` article numbers nearest index t (by position), t itself left out, nearest first. */
function nearest(nodes: readonly Node[], t: number, count: number): Node[] {
  const out: Node[] = [];
  for (let d = 1; out.length < count && (t - d >= 0 || t + d < nodes.length); d++) {
    if (t - d >= 0) out.push(nodes[t - d]!);
    if (out.length < count && t + d < nodes.length) out.push(nodes[t + d]!);
  }
  return out;
}

/** The search for one target: enumerates dimension-valid formulas, keeps those the judge admits. */
class TargetSearch {
  tried = 0;
  readonly #target: DeriveQuantity;
  readonly #index: number;
  /** The article's numbers, in order (for what stands between two of them). */
  readonly #nodes: readonly Node[];
  readonly #o: typeof DEFAULTS;
  /** Every formula tried, per shape and constant-use: its log-magnitude and operand distance (for the spread and the count). */
  readonly #logs = new Map<string, { log: number; reach: number; pointed: boolean }[]>();
  readonly #hits: { shape: ShapeName; nodes: Node[]; expression: string; low: number; high: number }[] = [];
  readonly #written: number;
  readonly #span: { low: number; high: number };
  readonly #range: boolean;
  /** The admitted span in SI, one-sided bounds closed ONE_SIDED past the bound. */
  readonly #near: { low: number; high: number };

  /**
   * How far each outside fact stands from the target, counted like sentences: 0 when a word of
   * its name is a word of the target's sentence or its neighbours ("killed", "casualties"), 2
   * (a looser tie) when only one of its other words (source, note) is, else FAR (anywhere).
   */
  readonly #factReach = new Map<Node, number>();
  /** Facts whose name shares a word with the target's own sentence: those it may restate. */
  readonly #named = new Set<Node>();
  /** The words each fact shares with the target's sentence or its neighbours. */
  readonly #shared = new Map<Node, string[]>();

  constructor(target: DeriveQuantity, index: number, o: typeof DEFAULTS, facts: readonly Node[], nodes: readonly Node[]) {
    this.#target = target;
    this.#nodes = nodes;
    const own = new Set(target.words ?? []);
    const around = new Set(target.nearWords ?? []);
    for (const f of facts) {
      const name = [...(f.nameWords ?? [])];
      const words = [...(f.words ?? [])];
      this.#factReach.set(f, name.some((w) => around.has(w)) ? 0 : words.some((w) => around.has(w)) ? 2 : FAR);
      this.#shared.set(f, [...new Set([...name, ...words])].filter((w) => around.has(w) || own.has(w)));
      if (name.some((w) => own.has(w))) this.#named.add(f);
    }
    this.#index = index;
    this.#o = o;
    this.#written = target.quantity.low.value * target.factor;
    const span = admittedSpan(target.quantity);
    this.#span = { low: span.low * target.factor, high: span.high * target.factor };
    this.#range = target.quantity.high !== undefined;
    const w = Math.abs(this.#written);
    this.#near = {
      low: Number.isFinite(this.#span.low) ? this.#span.low : this.#span.high - w * ONE_SIDED,
      high: Number.isFinite(this.#span.high) ? this.#span.high : this.#span.low + w * ONE_SIDED,
    };
  }

  /** An operand of the target's dimension whose value alone falls where the target's words point (its near span). */
  #alreadyStated(n: Node): boolean {
    return n.operand.kind === 'quantity' && this.#dimOk(n.dimension) && n.high >= this.#near.low && n.low <= this.#near.high;
  }

  /** The operand's number, in its own unit, is the target's written number ("£350m" and "£350m a week"). */
  #sameDigits(a: Node): boolean {
    const written = this.#target.quantity.low.value;
    const own = (a.low + a.high) / 2 / (a.factor ?? 1);
    return Math.abs(own - written) <= 1e-9 * Math.max(Math.abs(own), Math.abs(written));
  }

  /** An operand that states the target's own number again (same dimension and value) is no derivation. */
  restates(n: Node): boolean {
    if (!sameDimension(n.dimension, this.#target.dimension)) return false;
    const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    if (close(n.low, this.#target.low) && close(n.high, this.#target.high)) return true;
    // Written in the same unit and admitted by the target's words ("nearly three years" by "three years"): the same figure.
    const t = this.#target;
    // A one-sided bound ("more than 200") is not restated by "more than 2,000": only values near the bound count.
    if (n.high < this.#near.low || n.low > this.#near.high) return false;
    return n.factor !== undefined && Math.abs(n.factor - t.factor) <= 1e-9 * t.factor && admits(t.quantity, n.low / t.factor, n.high / t.factor);
  }

  /** The facts, those nearest in meaning first (stable). */
  byReach(facts: readonly Node[]): Node[] {
    return [...facts].sort((a, b) => (this.#factReach.get(a) ?? FAR) - (this.#factReach.get(b) ?? FAR));
  }

  /** A fact the target restates in its own unit ("greater than 600,000 casualties" of 648,000 to 678,520). */
  restated(facts: readonly Node[]): void {
    if (this.#range) return;
    for (const f of facts) {
      if (!this.#named.has(f) || !this.#dimOk(f.dimension) || f.factor === undefined || Math.abs(f.factor - this.#target.factor) > 1e-9 * this.#target.factor) continue;
      this.#try('fact', [f], f.text, () => iv(f));
    }
  }

  #dimOk(d: Dimension): boolean {
    return sameDimension(d, this.#target.dimension);
  }

  /** Records a formula's value; keeps it when the judge admits it. */
  #try(shape: ShapeName, nodes: Node[], expression: string, compute: () => I.Interval): void {
    if (!this.#makesSense(shape, nodes, expression)) return;
    this.tried++;
    let v: I.Interval;
    try {
      v = compute();
    } catch {
      return;
    }
    if (!Number.isFinite(v.low) || !Number.isFinite(v.high)) return;
    const mid = Math.abs((v.low + v.high) / 2);
    if (mid > 0) {
      const key = familyOf(shape, nodes);
      let logs = this.#logs.get(key);
      if (!logs) this.#logs.set(key, (logs = []));
      logs.push({ log: Math.log(mid), reach: this.#reach(nodes), pointed: this.#pointed(shape, nodes) });
    }
    const f = this.#target.factor;
    // "More than 200" is not said of 800,000: a one-sided bound admits values up to ONE_SIDED past it.
    if (v.high < this.#near.low || v.low > this.#near.high) return;
    // A sum with a term that alone is already the stated figure ("almost two years" + "six weeks" is
    // "more than two years") only nudges that term: no evidence.
    if ((shape === 'sum' || shape === 'sum3' || shape === 'sum4' || shape === 'difference' || shape === 'rate-total') && nodes.some((n) => this.#alreadyStated(n))) return;
    // A stated range ("10 to 27 percent") is matched end by end by a range of two numbers, never by one value inside it.
    if (this.#range && !nodes.some((n) => n.operand.kind === 'range')) return;
    // A hedged operand ("some 71.6%") widens the result, but the writer meant its middle: the middle must be admitted too.
    const middle = (v.low + v.high) / 2 / f;
    if (!this.#range && v.low !== v.high && !admits(this.#target.quantity, middle, middle)) return;
    if (admits(this.#target.quantity, v.low / f, v.high / f)) this.#hits.push({ shape, nodes, expression, low: v.low, high: v.high });
  }

  /** One-operation shapes over the wide window, the facts and the constants; conversions. */
  binary(pool: readonly Node[], constants: readonly Node[]): void {
    const t = this.#target;
    // A conversion: the same amount written in another unit (6,412 km → "4,000 miles").
    for (const a of pool) {
      if (this.#range || !this.#dimOk(a.dimension) || a.factor === undefined || Math.abs(a.factor - t.factor) <= 1e-9 * t.factor) continue;
      this.#try('convert', [a], a.text, () => iv(a));
    }
    const all = [...pool, ...constants];
    for (let i = 0; i < pool.length; i++) {
      const a = pool[i]!;
      for (let j = 0; j < all.length; j++) {
        const b = all[j]!;
        if (a === b) continue;
        if (j >= pool.length && !this.#constantFits(a, b)) continue;
        // "£350m" and "£350m a week" are one figure, written once without its period: no derivation.
        if (j >= pool.length && !isPlainNumber(b.dimension) && this.#sameDigits(a)) continue;
        // Counts are plain numbers here, so "777,720 soldiers" + "21,000 systems" would add up: parts of one total share their count word.
        const sameAB = sameDimension(a.dimension, b.dimension) && !countWordsDiffer(a, b);
        // A total the words name, written without a count word ("the total … was 245,120"), may add parts
        // counted in different words ("227,697 units" and "17,423 … housing starts").
        const sumAB = sameAB || (sameDimension(a.dimension, b.dimension) && t.total === true && countWord(t) === undefined);
        if (j < pool.length && j > i && sumAB && this.#dimOk(a.dimension)) {
          this.#try('sum', [a, b], `${a.text} + ${b.text}`, () => I.add(iv(a), iv(b)));
        }
        if (j < pool.length && sameAB && this.#dimOk(a.dimension)) {
          this.#try('difference', [a, b], `${a.text} - ${b.text}`, () => I.subtract(iv(a), iv(b)));
        }
        // A time constant multiplies only a rate ("1,200 a day" × 28 days): times a plain count it would turn "1,100 soldiers" into 1,100 days.
        const timesTime = j >= pool.length && !isPlainNumber(b.dimension) && !((a.dimension['TIME'] ?? 0) < 0);
        if ((j >= pool.length || j > i) && !timesTime && this.#dimOk(multiplyDimensions(a.dimension, b.dimension))) {
          this.#try('product', [a, b], `${a.text} * ${b.text}`, () => I.multiply(iv(a), iv(b)));
        }
        // A duration over a time constant is a plain count of days: a count of anything else ("1,100 casualties") it is not.
        const timeCount = j >= pool.length && !isPlainNumber(b.dimension) && isPlainNumber(divideDimensions(a.dimension, b.dimension));
        if (!timeCount && this.#dimOk(divideDimensions(a.dimension, b.dimension))) {
          this.#try('ratio', [a, b], `${a.text} / ${b.text}`, () => I.divide(iv(a), iv(b)));
        }
        if (j < pool.length && sameAB && isPlainNumber(t.dimension)) {
          // A change is reported as a percent ("a rise of 15%"); "half" or "two" of something is a share or a count.
          if (t.quantity.display === 'percent') this.#try('change', [a, b], `${a.text} / ${b.text} - 1`, () => I.subtract(I.divide(iv(a), iv(b)), I.point(1)));
          // Two equal parts make a half whatever they are: no evidence.
          if (a.low !== b.low || a.high !== b.high) this.#try('share', [a, b], `${a.text} / (${a.text} + ${b.text})`, () => shareOf(a, b));
        }
      }
    }
  }

  /** A stated range ("10 to 27 percent") from two article numbers ("1,100" … "3,000") over a third. */
  ranges(near: readonly Node[], local: readonly Node[]): void {
    if (!this.#range) return;
    const pairs: Node[] = [];
    for (let i = 0; i < local.length; i++) {
      for (let j = 0; j < local.length; j++) {
        const a = local[i]!;
        const b = local[j]!;
        if (i === j || !sameDimension(a.dimension, b.dimension) || !(a.high < b.low)) continue;
        if (a.operand.kind !== 'quantity' || b.operand.kind !== 'quantity') continue;
        const operand: Operand = { kind: 'range', low: a.operand.name, high: b.operand.name };
        pairs.push({
          operand,
          text: rangeName(a.operand.name, b.operand.name),
          low: a.low,
          high: b.high,
          dimension: a.dimension,
          ...(a.sentence !== undefined ? { sentence: a.sentence } : {}),
          index: a.index,
          index2: b.index,
        });
      }
    }
    for (const r of pairs) {
      for (const b of near) {
        if (b.index === r.index || b.index === r.index2) continue;
        if (this.#dimOk(divideDimensions(r.dimension, b.dimension))) this.#try('ratio', [r, b], `${r.text} / ${b.text}`, () => I.divide(iv(r), iv(b)));
        if (this.#dimOk(multiplyDimensions(r.dimension, b.dimension))) this.#try('product', [r, b], `${r.text} * ${b.text}`, () => I.multiply(iv(r), iv(b)));
        if (sameDimension(r.dimension, b.dimension) && this.#dimOk(r.dimension)) this.#try('sum', [r, b], `${r.text} + ${b.text}`, () => I.add(iv(r), iv(b)));
      }
    }
  }

  /** Two- and three-operation shapes over the nearest numbers and the first facts. */
  local(pool: readonly Node[]): void {
    const t = this.#target;
    const n = pool.length;
    const byDim = new Map<string, Node[]>();
    for (const a of pool) {
      const k = dimKey(a.dimension);
      const list = byDim.get(k) ?? [];
      list.push(a);
      byDim.set(k, list);
    }
    const same = byDim.get(dimKey(t.dimension)) ?? [];
    // Sums of three and four terms.
    for (let i = 0; i < same.length; i++) {
      for (let j = i + 1; j < same.length; j++) {
        for (let k = j + 1; k < same.length; k++) {
          const [a, b, c] = [same[i]!, same[j]!, same[k]!];
          this.#try('sum3', [a, b, c], `${a.text} + ${b.text} + ${c.text}`, () => I.add(I.add(iv(a), iv(b)), iv(c)));
          for (let l = k + 1; l < same.length; l++) {
            const d = same[l]!;
            this.#try('sum4', [a, b, c, d], `${a.text} + ${b.text} + ${c.text} + ${d.text}`, () => I.add(I.add(I.add(iv(a), iv(b)), iv(c)), iv(d)));
          }
        }
      }
    }
    // a × b ÷ c, and a + b × c.
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const b = pool[i]!;
        const c = pool[j]!;
        const want = byDim.get(dimKey(divideDimensions(multiplyDimensions(t.dimension, c.dimension), b.dimension))) ?? [];
        for (const a of want) {
          if (a === b || a === c || (sameDimension(a.dimension, b.dimension) && pool.indexOf(a) > i)) continue;
          // b ÷ c with equal values cancels out: a restatement of a, not a derivation.
          if (sameDimension(b.dimension, c.dimension) && b.low === c.low && b.high === c.high) continue;
          this.#try('product-ratio', [a, b, c], `${a.text} * ${b.text} / ${c.text}`, () => I.divide(I.multiply(iv(a), iv(b)), iv(c)));
        }
        // a ÷ (b × c): a stock over a rate for each of several ("1,000 liters ÷ (600 liters a day × 12 households)"); b × c once per pair.
        if (i < j) {
          for (const a of byDim.get(dimKey(multiplyDimensions(t.dimension, multiplyDimensions(b.dimension, c.dimension)))) ?? []) {
            if (a === b || a === c) continue;
            this.#try('product-ratio', [a, b, c], `${a.text} / (${b.text} * ${c.text})`, () => I.divide(iv(a), I.multiply(iv(b), iv(c))));
          }
        }
        if (i < j || !sameDimension(b.dimension, c.dimension)) {
          for (const a of same) {
            if (a === b || a === c || !this.#dimOk(multiplyDimensions(b.dimension, c.dimension))) continue;
            // A rate times a duration: one of the two is a duration, or a rate per unit of time (TIME^-1 exactly).
            // Power is energy per time cubed in SI: "31 GW + 153 GW × 23%" is no rate times a duration.
            if (!isTimeOrPerTime(b.dimension) && !isTimeOrPerTime(c.dimension)) continue;
            if (sameDimension(b.dimension, c.dimension) && j < i) continue;
            this.#try('rate-total', [a, b, c], `${a.text} + ${b.text} * ${c.text}`, () => I.add(iv(a), I.multiply(iv(b), iv(c))));
          }
        }
      }
    }
    // (1 + r)^n − 1: r a plain rate (or a rate a year), n a count of periods (or years).
    // Compound growth gives a percent ("15.8% in all"), never a count ("80 seats").
    if (isPlainNumber(t.dimension) && t.quantity.display === 'percent') {
      const year = CONSTANTS.find((c) => c.name === 'year')!.value;
      for (const r of pool) {
        const perYear = sameDimension(r.dimension, { TIME: -1 });
        if (!isPlainNumber(r.dimension) && !perYear) continue;
        // A growth rate is written as a percent ("5% a year"), one rate, not a range.
        if (r.display === 'plain' || r.operand.kind !== 'quantity' || r.low !== r.high) continue;
        for (const p of pool) {
          if (p === r) continue;
          const inYears = sameDimension(p.dimension, SECOND);
          if (!isPlainNumber(p.dimension) && !inYears) continue;
          if (p.low !== p.high) continue;
          // The periods are years ("for three years") or the rate is one a year: 48 seats are no periods.
          if (!inYears && !perYear) continue;
          const periods = inYears ? p.low / year : p.low;
          if (!(periods >= 2 && periods <= 50 && Math.abs(periods - Math.round(periods)) < 1e-9)) continue;
          const whole = Math.round(periods);
          const rate = perYear ? `${r.text} * year` : r.text;
          // The exponent names the article's number of periods ("three years" → (1 + r)^(n / year)).
          const exponent = inYears ? `(${p.text} / year)` : p.text;
          this.#try('compound', [r, p], `(1 + ${rate}) ^ ${exponent} - 1`, () => {
            const rr = perYear ? I.multiply(iv(r), I.point(year)) : iv(r);
            return I.subtract(I.power(I.add(I.point(1), rr), whole), I.point(1));
          });
        }
      }
    }
  }

  /** The matches, each with its chance estimate and score, best first (one per expression). */
  results(): Candidate[] {
    const t = this.#target;
    const out: Candidate[] = [];
    const seen = new Set<string>();
    const width = this.#admittedWidth();
    for (const hit of this.#hits) {
      if (seen.has(hit.expression)) continue;
      seen.add(hit.expression);
      if (this.#restatesARatio(hit)) continue;
      const family = this.#logs.get(familyOf(hit.shape, hit.nodes)) ?? [];
      const spread = Math.max(MIN_SPREAD, spreadOf(family.map((f) => f.log)));
      const distance = this.#distance(hit.nodes);
      // The competitors: formulas of the same shape whose operands are at most as far away (in
      // sentences) as this one's: "up 15% from 28,859" competes with the formulas over its own
      // sentence, one reaching three sentences back with every formula that reaches as far.
      // An outside fact counts as in the target's sentence when it shares a meaning word with it
      // ("killed", "casualties"), as in a neighbouring one when it shares one with those, and
      // otherwise as anywhere: a formula using it then competes with every formula of its shape.
      const reach = this.#reach(hit.nodes);
      // A sum the text points to ("around 100 …, today 120 more") competes only with the other sums it points to.
      const pointed = this.#pointed(hit.shape, hit.nodes);
      const competitors = family.filter((f) => f.reach <= reach && (!pointed || f.pointed)).length;
      const computedWidth = hit.low > 0 && hit.high > 0 ? Math.log(hit.high / hit.low) : hit.low < 0 && hit.high < 0 ? Math.log(hit.low / hit.high) : 1;
      // Half the computed width: a hedged operand ("roughly 1,200") widens the result, but the writer meant its middle.
      const p = Math.min(1, (width + (this.#range ? 0 : computedWidth / 2)) / spread);
      // A stated range matched end by end: both ends must fall in by chance.
      const chance = Math.max(1, competitors) * (this.#range && hit.low !== hit.high ? p * p : p);
      const exact = Math.abs(hit.low - this.#written) <= 1e-9 * Math.abs(this.#written) && hit.low === hit.high;
      const sentences = hit.nodes.map((n) => n.sentence).filter((s): s is number => s !== undefined);
      // A result is stated after what it follows from: "12,000 troops … 1,200 a day … 10 days".
      const before = hit.nodes.every((n) => n.index < this.#index && (n.index2 === undefined || n.index2 < this.#index));
      const score =
        Math.log10(Math.max(chance, 1e-6)) +
        0.5 * SHAPES[hit.shape].operations +
        0.15 * Math.min(distance, 10) +
        (before ? 0 : 3) +
        (exact ? -0.5 : 0) +
        (t.cue ? -0.7 : 0) +
        (t.total && (hit.shape === 'sum' || hit.shape === 'sum3' || hit.shape === 'sum4') ? -1 : 0) +
        // Operands stated as results themselves ("in all") are less likely inputs.
        0.4 * hit.nodes.filter((n) => n.cue).length +
        (hit.nodes.some((n) => n.operand.kind === 'constant') ? 0.3 : 0) +
        (hit.nodes.some((n) => n.index === -1 && n.operand.kind === 'quantity') ? 0.2 : 0);
      const f = t.factor;
      out.push({
        shape: hit.shape,
        operands: hit.nodes.map((n) => n.operand),
        expression: hit.expression,
        low: hit.low / f,
        high: hit.high / f,
        chance,
        exact,
        distance,
        score,
        ...this.#sharedWordsOf(hit.nodes),
      });
    }
    return out.sort((a, b) => a.score - b.score);
  }

  /**
   * Whether a × b ÷ c (or a ÷ (b × c)) is a ratio the search also found, a ÷ X, written through
   * a base the article states itself (X): 86,790 × 27.6% ÷ 141,700 is 86,790 ÷ (141,700 ÷ 27.6%),
   * and 141,700 ÷ 27.6% is the 512,735 pupils of the sentence before, so the longer formula only
   * reaches that base through a figure and its own share ("141,700 (27.6%)"). Its chance estimate
   * is lower than the ratio's (three operands spread their values wider), yet it is no other evidence.
   */
  #restatesARatio(hit: { shape: ShapeName; nodes: Node[]; expression: string }): boolean {
    if (hit.shape !== 'product-ratio') return false;
    const [a, b, c] = hit.nodes as [Node, Node, Node];
    // The numerator, and whether a stated base X is the one implied: a ÷ (c ÷ b) when b's words
    // admit c ÷ X (27.6% admits 141,700 ÷ 512,735 = 27.64%), b ÷ (c ÷ a) likewise, a ÷ (b × c)
    // when X is within b × c.
    const admitsOf = (n: Node, v: I.Interval): boolean => n.quantity !== undefined && admits(n.quantity, v.low / (n.factor ?? 1), v.high / (n.factor ?? 1));
    const readings: [Node, (x: Node) => boolean][] = hit.expression.includes('/ (')
      ? [[a, (x) => { const base = I.multiply(iv(b), iv(c)); return x.high >= base.low && x.low <= base.high; }]]
      : [
          [a, (x) => admitsOf(b, safe(() => I.divide(iv(c), iv(x))))],
          [b, (x) => admitsOf(a, safe(() => I.divide(iv(c), iv(x))))],
        ];
    return this.#hits.some(
      (r) => r.shape === 'ratio' && r.nodes[1]!.operand.kind === 'quantity' && !r.nodes[1]!.fact && readings.some(([top, isBase]) => r.nodes[0] === top && isBase(r.nodes[1]!)),
    );
  }

  /**
   * A constant is tried only where it can mean what it says: a count of days,
   * weeks or months with a time (the operand's or the target's), 100 with a
   * percent; a duration constant always (it makes a rate of a total).
   */
  #constantFits(a: Node, k: Node): boolean {
    if (!isPlainNumber(k.dimension)) return true;
    // A 52-week year turns a figure a week into one a year (40 hours a week → 2,080 hours a year) or back: only between those two units.
    if (k.text.includes('52 * week')) {
      const ratio = (a.factor ?? 1) / this.#target.factor;
      const weekToYear = 31557600 / 604800;
      return Math.abs(ratio / weekToYear - 1) < 1e-9 || Math.abs(ratio * weekToYear - 1) < 1e-9;
    }
    // 100 turns a plain number into a percent ("7.6 per 100" is 7.6%), never a percent into a count ("7.6%" × 100 is no "eight" patients).
    if (k.text === '100') return a.display !== 'percent' && this.#target.quantity.display === 'percent' && countWord(a) === undefined;
    // A time in the dimension, or in the written unit ("hours a week" is a plain ratio of two times).
    const timeWord = /\b(s|min|h|hours?|days?|weeks?|months?|years?)\b/u;
    const timed = (d: Dimension, unit: string | undefined): boolean => (d['TIME'] ?? 0) !== 0 || timeWord.test(unit ?? '');
    return timed(a.dimension, a.unit) || timed(this.#target.dimension, this.#target.unit);
  }

  /**
   * Whether a formula can mean something whatever the values: the shapes a change may take part
   * in (see {@link DeriveQuantity.change}), no shares of percents or of temperatures (1.5°C ÷
   * (1.5°C + 1.52°C) is no "50% chance"), a sum in one kind of figure (50% + "two" is not "three
   * MPs"), a total of one thing from parts that are all another, a ratio giving a count of a
   * third thing (7 million people ÷ 461,400 patients is no "15 tests"), a count made of percents
   * alone, money × money and sites × sites.
   */
  #makesSense(shape: ShapeName, nodes: readonly Node[], expression: string): boolean {
    const t = this.#target;
    const sums = shape === 'sum' || shape === 'sum3' || shape === 'sum4' || shape === 'difference';
    if (t.change && !(sums || shape === 'change' || shape === 'compound' || shape === 'convert' || shape === 'fact')) return false;
    if (shape === 'change' && !t.change) return false;
    // A difference is a change too: only where the words speak of one, or of a gap or what is left.
    if (shape === 'difference' && !t.change && !t.difference) return false;
    const changes = nodes.filter((n) => n.change && n.display === 'percent');
    if (changes.length > 0 && !(shape === 'compound' || sums)) return false;
    // Changes add up to a change, stated as one or as a total ("about 2% over the two months"), never to a level ("44 per cent of all offences").
    // Added up, they give a total over the periods ("2% over the two months"); two things' growth rates do not add up to a third's ("17% = 8.7% + 7.3%").
    if (changes.length > 0 && shape !== 'difference' && sums && !t.total) return false;
    if (changes.length > 0 && shape === 'difference' && !t.change && !t.total) return false;
    if (shape === 'share' && nodes.some((n) => n.display === 'percent' || (n.dimension['TEMPERATURE'] ?? 0) !== 0)) return false;
    // A share's parts are named together as the parts of one whole ("recycled 250 tonnes and burned
    // 750 tonnes, so 25% …"): one sentence holds both, and the share stands in it or the next. Two
    // numbers of different sentences, or a share paragraphs from them, are no whole the story names
    // (the Dutch election's 64.3% turnout = 9 ÷ (9 + 5) seats, seven sentences away).
    if (shape === 'share' && !namedTogether(t, nodes)) return false;
    // A percent over a percent as a percent (77.8% ÷ 78.7% = "just over 96 percent" of votes counted)
    // is no figure a story states unless its words build one share from another (see
    // DeriveQuantity.nested): two shares of different wholes divided compare them ("twice as high":
    // a multiplier, not a percent), and a change between them is the change shape.
    // Written the other way round, a percent times a percent (16% = 79% × 20%) is a share of a share,
    // which the story states only as one ("40% of them"): without those words, the same coincidence.
    const percents = (t.quantity.display === 'percent' || t.quantity.display === 'points') && nodes.every((n) => n.display === 'percent' || n.display === 'points');
    if (shape === 'ratio' && percents && !t.nested && !nodes.some((n) => n.nested)) return false;
    if (shape === 'product' && percents && !t.nested && !nodes.some((n) => n.nested)) return false;
    // A share of one year's whole, or its part, from numbers of other years (16% "in 2003" = 941,448
    // "in 2002" ÷ 6.0 million "in 2001"; 1.2 million "in 2003" = 20% "in 1995" × 6.0 million): the
    // sentences tie each number to its own year, so the ratio is of no whole the story names.
    if ((shape === 'ratio' || shape === 'product') && (t.quantity.display === 'percent' || nodes.some((n) => n.display === 'percent')) && yearsDiffer(t, nodes)) return false;
    // Three percents in a × b ÷ c or a ÷ (b × c) (14% ÷ (71% × 45%)) are no figure a story states.
    if (shape === 'product-ratio' && nodes.every((n) => n.display === 'percent')) return false;
    if (shape === 'sum' || shape === 'sum3' || shape === 'sum4') {
      // A sum only where the words point to one: the target written as a total, a result or a
      // change, or a part written as an addition ("120 more"). Two or three numbers of a story
      // add up to a third by chance too often ("24 games" = 4 + 20, "37%" = 35% + 2%).
      // Outside facts of one source are parts of one report ("100 killed", "1,000 wounded"): a breakdown.
      if (!t.total && !t.cue && !t.change && !t.difference && !pointedSum(shape, nodes) && !oneReport(nodes)) return false;
      if (nodes.some((n) => (n.dimension['TEMPERATURE'] ?? 0) !== 0)) return false;
      // Two equal numbers add up to their double whatever they are ("$5, $10 or $20"): no evidence.
      if (shape === 'sum' && nodes[0]!.low === nodes[1]!.low && nodes[0]!.high === nodes[1]!.high) return false;
    }
    // Parts that are all one thing ("54 sites + 57 sites") make a total of that thing, not of another ("111 teams").
    if (sums && isPlainNumber(t.dimension)) {
      const want = countWord(t);
      const words = new Set(nodes.map(countWord));
      if (want !== undefined && words.size === 1 && !words.has(undefined) && !words.has(want)) return false;
    }
    if (sums && isPlainNumber(t.dimension) && t.quantity.display === 'points') {
      // Percentage points are a difference of two percents ("from 3.6 per cent to 3.85 per cent, 25 basis points"), or a sum of points.
      const quantities = nodes.filter((n) => n.operand.kind === 'quantity');
      const allPercents = shape === 'difference' && quantities.every((n) => n.display === 'percent');
      if (!allPercents && !quantities.every((n) => n.display === 'points')) return false;
    } else if (sums && isPlainNumber(t.dimension)) {
      const percent = t.quantity.display === 'percent';
      if (nodes.some((n) => n.operand.kind === 'quantity' && n.display !== undefined && (n.display === 'percent') !== percent)) return false;
    }
    if (shape === 'ratio' || shape === 'product' || shape === 'product-ratio') {
      // "3 times the total of 2017" over "15 times the record low of 2016" is a ratio of two bases the story never gives ("one-fifth").
      // The same relation written the other way round ("3 times" = "15 times" × one-fifth) is refused too.
      if (nodes.filter((n) => n.multiplier).length + (t.multiplier ? 1 : 0) >= 2) return false;
      const want = countWord(t);
      // A count of one thing over a count of another is a rate of the first ("people per patient"), never a count of a third.
      const top = countWord(nodes[0]!);
      if (shape === 'ratio' && want !== undefined && top !== want) return false;
      // Percents alone make no count of anything ("42.4% ÷ (5.5 pp × 9.6 pp)" is no "80 seats").
      if (want !== undefined && nodes.every((n) => n.display === 'percent' || n.display === 'points' || n.operand.kind === 'constant')) return false;
      // Money times money, or a time times a time, means nothing in a news story (lengths make areas).
      const [x, y] = shape === 'product-ratio' && expression.includes('/ (') ? [nodes[1]!, nodes[2]!] : [nodes[0]!, nodes[1]!];
      if (shape !== 'ratio' && squares(x, y)) return false;
      // Nor does a count times a count of the same thing ("66 sites × 63 sites").
      if (shape !== 'ratio' && countWord(x) !== undefined && countWord(x) === countWord(y)) return false;
    }
    return true;
  }

  /** The words the formula's facts share with the target's sentence or its neighbours, when any. */
  #sharedWordsOf(nodes: readonly Node[]): { sharedWords?: string[] } {
    const words = [...new Set(nodes.flatMap((n) => (n.fact ? (this.#shared.get(n) ?? []) : [])))];
    return words.length > 0 ? { sharedWords: words } : {};
  }

  /** How far the formula reaches: the largest distance of an article operand, or of a fact's meaning (see #factReach); constants 0. */
  #reach(nodes: readonly Node[]): number {
    let r = this.#distance(nodes);
    const origins = new Set<string | undefined>();
    for (const n of nodes) {
      if (!n.fact) continue;
      r = Math.max(r, this.#factReach.get(n) ?? FAR);
      origins.add(n.origin);
    }
    // Facts of different sources in one formula are one step further than parts of one report
    // ("about 100 killed and about 1,000 wounded", one briefing's breakdown).
    return origins.size > 1 || origins.has(undefined) && nodes.filter((n) => n.fact).length > 1 ? r + 1 : r;
  }

  /**
   * A formula the text points to: a sum of a number written as an addition and the number before
   * it (see pointedSum), or a change one of whose two values stands next to the change in its
   * sentence ("£521 million …, up 37 per cent", "up 7.2% compared to 17.75m", "risen by 12.1% …
   * to reach 2.88m"): the words tie the change to that value, so it competes only with the other
   * changes of a value next to it, not with every pair of numbers within reach.
   */
  #pointed(shape: ShapeName, nodes: readonly Node[]): boolean {
    if (shape !== 'change') return pointedSum(shape, nodes);
    return nodes.some((n) => this.#beside(n));
  }

  /** Whether an article number stands next to the target in its sentence: no other number of its dimension between them. */
  #beside(n: Node): boolean {
    const t = this.#target.sentence;
    if (t === undefined || n.operand.kind !== 'quantity' || n.sentence !== t || n.index < 0) return false;
    const [from, to] = n.index < this.#index ? [n.index + 1, this.#index] : [this.#index + 1, n.index];
    for (let i = from; i < to; i++) {
      const m = this.#nodes[i]!;
      if (m.sentence === t && sameDimension(m.dimension, n.dimension)) return false;
    }
    return true;
  }

  /** The largest distance in sentences from the target to an article operand (facts and constants: 0). */
  #distance(nodes: readonly Node[]): number {
    const t = this.#target.sentence;
    if (t === undefined) return 0;
    let d = 0;
    for (const n of nodes) if (n.sentence !== undefined) d = Math.max(d, Math.abs(n.sentence - t));
    return d;
  }

  /** ln(high/low) of what the target's words admit; one-sided hedges count ONE_SIDED past their bound. */
  #admittedWidth(): number {
    let { low, high } = this.#span;
    const w = Math.abs(this.#written) || 1;
    if (!Number.isFinite(high)) high = Math.max(low, w) * (1 + ONE_SIDED);
    if (!Number.isFinite(low)) low = Math.min(high, w) / (1 + ONE_SIDED);
    if (low > 0 && high > 0) return Math.log(high / low);
    if (low < 0 && high < 0) return Math.log(low / high);
    return Math.log(100);
  }
}

/** Formulas are counted per shape, and apart for those using a constant (a ÷ 7 is not a ÷ b). */
function familyOf(shape: ShapeName, nodes: readonly Node[]): string {
  // A range made of two numbers competes with the other such ranges (both its ends must fall in by chance).
  if (nodes.some((n) => n.operand.kind === 'range')) return `${shape}+range`;
  return nodes.some((n) => n.operand.kind === 'constant') ? `${shape}+constant` : shape;
}

/** Whether multiplying two operands squares a dimension other than length (money × money, time × time). */
function squares(x: Node, y: Node): boolean {
  return Object.keys(x.dimension).some((k) => k !== 'LENGTH' && (x.dimension[k] ?? 0) > 0 && (y.dimension[k] ?? 0) > 0);
}

/** Whether every operand is an outside fact of one source: the parts of one report's breakdown. */
function oneReport(nodes: readonly Node[]): boolean {
  const origin = nodes[0]?.origin;
  return origin !== undefined && nodes.every((n) => n.fact === true && n.origin === origin);
}

/**
 * Whether a share's two parts are named as parts of one whole: article numbers of one sentence,
 * with the share in that sentence or the next (outside facts of one report are a breakdown too).
 */
function namedTogether(target: DeriveQuantity, parts: readonly Node[]): boolean {
  if (oneReport(parts)) return true;
  const [a, b] = parts as [Node, Node];
  if (a.sentence === undefined || a.sentence !== b.sentence) return false;
  return target.sentence === undefined || Math.abs(target.sentence - a.sentence) <= 1;
}

/** Whether the target and its article operands are tied to two different years (see {@link DeriveQuantity.year}). */
function yearsDiffer(target: DeriveQuantity, nodes: readonly Node[]): boolean {
  const years = new Set<number>();
  if (target.year !== undefined) years.add(target.year);
  for (const n of nodes) if (n.year !== undefined) years.add(n.year);
  return years.size > 1;
}

/** A sum of an addend ("120 more") and the article number stated just before it: a formula the text points to. */
function pointedSum(shape: ShapeName, nodes: readonly Node[]): boolean {
  if (shape !== 'sum' || nodes.length !== 2) return false;
  const [a, b] = nodes[0]!.index < nodes[1]!.index ? [nodes[0]!, nodes[1]!] : [nodes[1]!, nodes[0]!];
  return a.index >= 0 && b.addend === true && b.index === a.index + 1;
}

/** An interval, or the empty one (low above high) when it cannot be computed (a division by zero). */
function safe(compute: () => I.Interval): I.Interval {
  try {
    return compute();
  } catch {
    return { low: Infinity, high: -Infinity };
  }
}

function iv(n: Node): I.Interval {
  return I.interval(n.low, n.high);
}

function shareOf(a: Node, b: Node): I.Interval {
  // a ÷ (a + b) = 1 ÷ (1 + b ÷ a): monotone in each, so no dependency problem.
  return I.divide(I.point(1), I.add(I.point(1), I.divide(iv(b), iv(a))));
}

/** The spread of a shape's values: ln of the 90th over the 10th percentile of their magnitudes. */
function spreadOf(logs: readonly number[]): number {
  if (logs.length < 2) return 0;
  const sorted = [...logs].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
  return at(0.9) - at(0.1);
}
