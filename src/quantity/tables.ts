/**
 * @file The quantity stage's view of the rule tables: hedge phrases, number
 * words and scale words sorted for longest-first matching, currency signs and
 * codes, and the unit words. Compiled once per context and cached.
 *
 * Pure: reads the context it is given; no I/O, no hard-coded word lists.
 */
import type { ChangeDirection, HedgeRule } from '../types.js';
import type { QuantityContext } from './context.js';
import { isBuiltInUnit } from './unitPhrase.js';
import { compareText } from '../text/collate.js';

/** Everything the parser looks up, ready for matching. */
export interface Tables {
  /** Hedge phrases, longest first. */
  hedgePhrases: readonly string[];
  hedges: ReadonlyMap<string, HedgeRule>;
  /** Number-word phrases, longest first. */
  wordPhrases: readonly string[];
  words: ReadonlyMap<string, number>;
  /** Scale words, longest first. */
  scalePhrases: readonly string[];
  scales: ReadonlyMap<string, number>;
  /** Scale words that are also unit names ("m" is metres, "b" is bits). */
  ambiguousScales: ReadonlySet<string>;
  /** Currency signs and codes written before a number, longest first. */
  currencyPrefixes: readonly string[];
  /** Sign or code → canonical currency unit. */
  currencies: ReadonlyMap<string, string>;
  /** Canonical currency names ("USD", "GBP"). */
  currencyNames: ReadonlySet<string>;
  unitWords: ReadonlyMap<string, string>;
  /** The most words in one unit alias ("metric tons" has 2). */
  longestUnitWord: number;
  wordTolerance: number;
  significantFigures: number;
  /** Number words judged like digits ("eight" admits [7.5, 8.5)). */
  digitWords: ReadonlySet<string>;
  /** Multiplier words, longest first ("twice", "triple"). */
  multiplierPhrases: readonly string[];
  multipliers: ReadonlyMap<string, number>;
  /** Words after a number that make it a multiplier ("times", "fold", "x"), longest first. */
  timesPhrases: readonly string[];
  /** Change words before a number ("up", "rose by"), longest first. */
  changeBeforePhrases: readonly string[];
  changesBefore: ReadonlyMap<string, ChangeDirection>;
  /** Change words after a number ("rise", "fall"), longest first. */
  changeAfterPhrases: readonly string[];
  changesAfter: ReadonlyMap<string, ChangeDirection>;
  /** Adverbs a change verb may take before "by" ("decreased slightly by"), lower-case. */
  changeAdverbs: ReadonlySet<string>;
  /** Words after a glued "m" that make it metres ("sprint", "high"). */
  lengthWords: ReadonlySet<string>;
  /** Vague amounts ("dozens") → what to write instead, for messages. */
  vagueWords: ReadonlyMap<string, string>;
  /** Words of emphasis before a number ("just", "a mere"), longest first: read and set aside. */
  emphasisPhrases: readonly string[];
  /** Adverbs of frequency ("weekly", "per annum"), longest first, and the canonical unit each divides by. */
  ratePhrases: readonly string[];
  rateUnits: ReadonlyMap<string, string>;
  /** Words after an amount that name its currency ("U.S.", "Cdn"), as written, longest first; each a currency of the context. */
  currencyAfterPhrases: readonly string[];
  /** Such a word (normalised, {@link normalisePhrase}) → the canonical currency ("USD"). */
  currencyAfter: ReadonlyMap<string, string>;
  /** The rules' phrases (rules/checks.yaml), for the words of a reason ("did you mean"). */
  phrases: ReadonlyMap<string, string>;
}

const cache = new WeakMap<QuantityContext, Tables>();

/** Lower-cases and collapses white space, as table keys are compared. */
export function normalisePhrase(phrase: string): string {
  return phrase.trim().replace(/\s+/gu, ' ').toLowerCase();
}

function longestFirst(phrases: Iterable<string>): string[] {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length || compareText(a, b));
}


/** The compiled tables for a context (cached per context object). */
export function tablesFor(ctx: QuantityContext): Tables {
  const cached = cache.get(ctx);
  if (cached) return cached;

  const hedges = new Map<string, HedgeRule>();
  for (const [phrase, rule] of ctx.rules.hedges) hedges.set(normalisePhrase(phrase), rule);
  const words = new Map<string, number>();
  for (const [word, value] of ctx.rules.numbers.words) words.set(normalisePhrase(word), value);
  const scales = new Map<string, number>();
  for (const [word, value] of ctx.rules.numbers.scales) scales.set(normalisePhrase(word), value);
  const unitWords = new Map<string, string>();
  for (const [word, unit] of ctx.unitWords) unitWords.set(normalisePhrase(word), unit);

  const ambiguousScales = new Set<string>();
  const unitNames = new Set(unitWords.values());
  for (const scale of scales.keys()) {
    const isUnitWord = unitWords.has(scale) || unitNames.has(scale);
    if (isUnitWord || isBuiltInUnit(scale)) ambiguousScales.add(scale);
  }

  const numbers = ctx.rules.numbers;
  const multipliers = new Map<string, number>();
  for (const [word, value] of numbers.multipliers) multipliers.set(normalisePhrase(word), value);
  const changesBefore = new Map<string, ChangeDirection>();
  for (const [word, direction] of numbers.changesBefore) {
    const normal = normalisePhrase(word);
    changesBefore.set(normal, direction);
    // "decreased slightly by 0.2%", "rose sharply by 5%": an adverb between the verb and "by".
    if (normal.endsWith(' by')) for (const adverb of numbers.changeAdverbs) changesBefore.set(`${normal.slice(0, -3)} ${normalisePhrase(adverb)} by`, direction);
  }
  const changesAfter = new Map<string, ChangeDirection>();
  for (const [word, direction] of numbers.changesAfter) changesAfter.set(normalisePhrase(word), direction);
  const vagueWords = new Map<string, string>();
  for (const [word, instead] of numbers.vagueWords) vagueWords.set(normalisePhrase(word), instead);

  const rateUnits = new Map<string, string>();
  for (const [word, unit] of numbers.rateWords) rateUnits.set(normalisePhrase(word), unitWords.get(unit.toLowerCase()) ?? unit);

  const currencies = new Map<string, string>(ctx.currencySymbols);
  const currencyNames = new Set<string>(ctx.currencySymbols.values());

  // Only words that name a currency of this context ("USD", or a claims file's own): others are left out.
  const currencyAfter = new Map<string, string>();
  const currencyAfterPhrases: string[] = [];
  for (const [word, unit] of numbers.currencyAfter) {
    const code = currencyNames.has(unit) ? unit : unitWords.get(unit.toLowerCase());
    if (code === undefined || !currencyNames.has(code)) continue;
    currencyAfter.set(normalisePhrase(word), code);
    currencyAfterPhrases.push(word);
  }

  const tables: Tables = {
    phrases: ctx.rules.phrases,
    hedgePhrases: longestFirst(hedges.keys()),
    hedges,
    wordPhrases: longestFirst(words.keys()),
    words,
    scalePhrases: longestFirst(scales.keys()),
    scales,
    ambiguousScales,
    currencyPrefixes: longestFirst(currencies.keys()),
    currencies,
    currencyNames,
    unitWords,
    longestUnitWord: Math.max(1, ...[...unitWords.keys()].map((w) => w.split(' ').length)),
    wordTolerance: ctx.rules.numbers.wordTolerance,
    significantFigures: ctx.rules.numbers.significantFigures,
    digitWords: new Set([...numbers.digitWords].map(normalisePhrase)),
    multiplierPhrases: longestFirst(multipliers.keys()),
    multipliers,
    timesPhrases: longestFirst([...numbers.timesWords].map(normalisePhrase)),
    changeBeforePhrases: longestFirst(changesBefore.keys()),
    changesBefore,
    changeAdverbs: new Set([...numbers.changeAdverbs].map((a) => a.toLowerCase())),
    changeAfterPhrases: longestFirst(changesAfter.keys()),
    changesAfter,
    lengthWords: new Set([...numbers.lengthWords].map(normalisePhrase)),
    vagueWords,
    emphasisPhrases: longestFirst([...numbers.emphasisWords].map(normalisePhrase)),
    ratePhrases: longestFirst(rateUnits.keys()),
    rateUnits,
    currencyAfterPhrases: longestFirst(currencyAfterPhrases),
    currencyAfter,
  };
  cache.set(ctx, tables);
  return tables;
}
