/**
 * @file `claimcheck init ARTICLE --derive [--facts FILE]` (issue 12): the
 * starting claims file of `init`, with every number that follows from the
 * others written as a claim — `compute` filled in by the derive stage
 * (src/derive), `stated` and `quote` from the article — and every other
 * number left an input.
 *
 * - Count words are declared as words for a plain number (`definition: 1`):
 *   articles name the same people "troops", "soldiers", "casualties" or
 *   nothing at all, and 12,000 troops ÷ 1,200 casualties a day is still 10
 *   days; "1,100" of "11,000 soldiers" is still 10%.
 * - Each input's value is what the check reads (its range or what its hedge
 *   admits), in SI through the unit registry; facts come from another claims
 *   file's `inputs:` and are copied, comments and all, into the written file
 *   when a derivation uses them (with any `units:` that file declares).
 * - A stated range found end by end ("10 to 27 percent" = 1,100 ÷ 11,000 to
 *   3,000 ÷ 11,000) gets a helper input `<low>_to_<high>` with the two
 *   numbers as a range, since a `compute` expression has no range operator.
 * - Each claim carries a comment: what the formula is, why it was chosen
 *   (the chance estimate), its rank, and the close alternatives.
 *
 * Pure: no I/O (the CLI reads the article and the facts file and writes the
 * result), never throws for odd input.
 */

import { isMap, isScalar, parseDocument, YAMLMap, type Document, type Pair, type Scalar } from 'yaml';
import type { Dimension, Problem, Quantity } from '../types.js';
import { countRules, initClaims, type InitRequest, type InitResult, type InitStep, type WrittenEntry } from './index.js';
import { derive, operandNames, rangeName, SHAPES, type Candidate, type DeriveOptions, type DeriveQuantity, type Derivation, type Operand, type Refused } from '../derive/index.js';
import { inputRange, readInputs } from '../engine/inputs.js';
import { loadClaimsFile } from '../load/index.js';
import { createUnitRegistry } from '../units/index.js';
import { formatSignificant } from '../text/number-format.js';
import { messageText } from '../findings/interpolate.js';
import { distinctive, meaningWords } from '../derive/words.js';

/** A facts file: a claims file whose `inputs:` are outside facts. */
export interface FactsFile {
  text: string;
  /** Its path as the user gave it (for messages). */
  path: string;
}

/** `init --derive`'s request: init's, plus the facts and the search's tuning. */
export interface DeriveInitRequest extends Omit<InitRequest, 'finish' | 'countWords' | 'existing'> {
  facts?: FactsFile;
  options?: DeriveOptions;
}

/** The written file, what was derived, and what was refused as a likely coincidence. */
export interface DeriveInitResult extends InitResult {
  derivations: Derivation[];
  refused: Refused[];
  /** Formulas tried. */
  tried: number;
  truncated: boolean;
  /** Facts used by a derivation (copied into the file). */
  factsUsed: string[];
}

/** A fact read from the facts file. */
interface Fact {
  name: string;
  quantity: Quantity;
  low: number;
  high: number;
  dimension: Dimension;
  factor: number;
  unit: string;
  /** The meaning words of its name, source, note, shared-fact name and category. */
  words: string[];
  /** The meaning words of its name and shared-fact name. */
  nameWords: string[];
  /** Its source, as written. */
  origin?: string;
}

/** Writes the claims file of `init --derive`. */
export function deriveClaims(request: DeriveInitRequest): DeriveInitResult {
  const facts = request.facts ? readFacts(request) : { facts: [], problems: [] as string[] };
  if (facts.problems.length > 0) {
    return { text: '', added: 0, kept: 0, repeated: 0, problems: [], entries: [], problem: facts.problems.join('\n'), derivations: [], refused: [], tried: 0, truncated: false, factsUsed: [] };
  }
  let outcome: Pick<DeriveInitResult, 'derivations' | 'refused' | 'tried' | 'truncated' | 'factsUsed'> = { derivations: [], refused: [], tried: 0, truncated: false, factsUsed: [] };
  const { facts: _f, options, ...scaffold } = request;
  const result = initClaims({
    ...scaffold,
    countWords: 'plain',
    finish: (step) => {
      outcome = applyDerivations(step, facts.facts, request.facts, options ?? {});
    },
  });
  return { ...result, ...outcome, added: result.added - outcome.derivations.filter((d) => !d.keepsInput).length };
}

function readFacts(request: DeriveInitRequest): { facts: Fact[]; problems: string[] } {
  const { text, path } = request.facts!;
  const { file, problems } = loadClaimsFile(text, path);
  // Counts are plain numbers in this mode, in the facts as in the article ("100 soldiers" is 100).
  const units = [...countRules(request.rules), ...file.units].map(plainCount);
  const { registry, problems: unitProblems } = createUnitRegistry([...request.rules.units.values(), ...units]);
  const all: Problem[] = [...problems, ...unitProblems];
  const ctx = { rules: request.rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols };
  const inputs = readInputs(file, ctx, registry, all);
  const errors = all.filter((p) => p.kind !== 'missing-source');
  if (errors.length > 0) {
    return {
      facts: [],
      problems: errors.slice(0, 5).map((p) => `${p.span.file || path}:${p.span.line}:${p.span.column}: ${messageText(p.data['reason'] ?? p.data['what'] ?? p.kind, request.rules.phrases)}`),
    };
  }
  const facts: Fact[] = [];
  const declared = new Map(file.inputs.map((d) => [d.name, d]));
  for (const [name, input] of inputs) {
    const d = declared.get(name);
    const naming = [name, d?.fact?.value ?? ''].join(' ').replace(/[_\d]+/gu, ' ');
    const about = [naming, d?.source?.value, d?.note?.value];
    const words = meaningWords(about.filter((x): x is string => typeof x === 'string').join(' \n '));
    facts.push({ name, quantity: input.quantity, low: input.value.low, high: input.value.high, dimension: input.value.dimension, factor: input.unit.factor, unit: input.quantity.unit, words, nameWords: meaningWords(naming), ...(d?.source ? { origin: d.source.value } : {}) });
  }
  // A word a third or more of the facts share ("Korea" in a file about North Korea) tells them apart from nothing.
  if (facts.length >= 6) {
    const count = new Map<string, number>();
    for (const f of facts) for (const w of f.words) count.set(w, (count.get(w) ?? 0) + 1);
    const rare = (w: string): boolean => (count.get(w) ?? 0) * 3 < facts.length;
    for (const f of facts) {
      f.words = f.words.filter(rare);
      f.nameWords = f.nameWords.filter(rare);
    }
  }
  return { facts, problems: [] };
}

/** The words around a number in its sentence: `before` characters before it, `after` characters after it. */
function around(e: WrittenEntry, before: number, after: number): { before: string; after: string } | undefined {
  const at = e.sentence.indexOf(e.number.text);
  if (at < 0) return undefined;
  const end = at + e.number.text.length;
  return { before: e.sentence.slice(Math.max(0, at - before), at), after: e.sentence.slice(end, end + after) };
}

/** A period's total: "over the two months", "over the past year", "in two days". */
const OVER_THE_PERIOD = String.raw`(?:over the (?:past |last |whole |full )?(?:\w+ )?(?:days|weeks|months|years|quarters|period)|in (?:the (?:past |last |first )?)?\w+ (?:days|weeks|months|years|quarters))`;

/** Words just before a number that state it as a result: "in all", "a total of", "or", "a rate of", "would take", "works out at". */
const CUE_BEFORE = new RegExp(
  String.raw`(?:(?<=[,;—–(-]\s*)or\b|\b(?:so|that is|that's|that’s|i\.e\.|in all|in total|altogether|a total of|total(?:ling|ing)?|a rate of|rate of|an average of|average of|averag(?:e|ing)|works? out (?:at|to)|comes? to|came to|adds? up to|making|meaning|equal to|equivalent to|a (?:rise|fall|drop|gain|loss|jump|increase|decrease|cut) of|would (?:take|cover|last|cost|mean|be)(?: only)?|enough for|each|per|which (?:is|means|runs dry in))|[:=])\s+(?:[\p{L}’'-]+\s+){0,2}$`,
  'iu',
);
/** Words just after a number that state it as a result: "15.8% in all", "9 each", "75 employees in total". */
const CUE_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}’'-]+\s+){0,2}?(?:in all|in total|altogether|combined|each|overall|all told|${OVER_THE_PERIOD})\b`, 'iu');

/** Whether the article states this number as a result of others (see DeriveQuantity.cue). */
function statedAsResult(e: WrittenEntry): boolean {
  const w = around(e, 40, 40);
  return w !== undefined && (CUE_BEFORE.test(w.before) || CUE_AFTER.test(w.after));
}

/** Words that write a number as an addition to the one before: "another 50", "a further $2 million", "120 more" (not "120 more than"). */
const ADDEND_BEFORE = /\b(?:another|a further|an additional|an extra|plus)\s+$/iu;
const ADDEND_AFTER = /^\s*(?:[\p{L}’'-]+\s+)?(?:more|extra|additional)\b(?!\s+than\b)/iu;

/** Whether the article writes this number as an addition to the number before it. */
function statedAsAddend(e: WrittenEntry): boolean {
  const w = around(e, 20, 30);
  return w !== undefined && (ADDEND_BEFORE.test(w.before) || ADDEND_AFTER.test(w.after));
}

/**
 * Words that write a number as a change (or a before and an after value ahead of it in its
 * sentence, "from 1,200 to 1,500 …, or 25%"): "grew by 7.62 per cent", "an increase of 8.51 per cent",
 * "fell by 6%", "a drop of 630", "up 15%", "an improvement of 7.2%" before it; "51 per cent higher", "30% more", "12 more" after
 * it ("rose to 46,265" and "from 43,706" are levels, not changes).
 */
const CHANGE_BEFORE =
  /\b(?:ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|up|down|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|gr[eo]w(?:s|n|ing|th)?|drop(?:s|ped|ping)?|jump(?:s|ed)?|gain(?:s|ed)?|climb(?:s|ed)?|declin(?:e|es|ed|ing)|surg(?:e|es|ed)|soar(?:s|ed)?|plung(?:e|es|ed)|slump(?:s|ed)?|cut|shr[aiu]nk|shrinks?|improv(?:e|es|ed|ing|ement)|deteriorat(?:e|es|ed|ing|ion)|reduction|expansion|contraction)(?:\s+(?:by|of|some|about|around|nearly|almost|roughly|just|over|an?|the|another|more than|less than))*\s*$/iu;
/** A verb of change, its object, then "by" ("lifted the official cash rate by 25 basis points", "lifts third-quarter profit by 37%"). */
const CHANGE_BY = /\b(?:lift(?:s|ed|ing)?|rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|boost(?:s|ed|ing)?|increas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?)\s+(?:[\p{L}\p{N}’'-]+\s+){1,5}by(?:\s+(?:some|about|around|nearly|almost|roughly|just|over|more than|less than))*\s*$/iu;
const CHANGE_AFTER = /^\s*(?:higher|lower|more|less|fewer|up|down|increase|decrease|rise|drop|fall|growth|gain|jump|above|below)\b/iu;

/** The words of a spelled number's text before the number itself ("fell by" in "fell by six per cent"). */
const NUMBER_WORD = /^(.*?)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|quarter|third|an?)\b/iu;

/** `{ year }` when there is one. */
function withYear(year: number | undefined): { year?: number } {
  return year === undefined ? {} : { year };
}

/** A year as a word: 1900–2099. */
const YEAR = String.raw`(?:19|20)\d\d`;

/** "16 percent in 2003", "(941,448) in 2002", "1.2 million in March 2003": a year right after a number, at most two words between. */
const YEAR_AFTER = new RegExp(String.raw`^[)\]\s]*(?:in|during|for|by)\s+(?:[\p{L}’'-]+\s+){0,2}?(${YEAR})\b(?![-–]\d)`, 'iu');

/** "In 2021, it was 78.7 percent": a year that opens the sentence, no other number between. */
const YEAR_OPENS = new RegExp(String.raw`^\s*(?:in|during|by)\s+(?:[\p{L}’'-]+\s+){0,2}?(${YEAR}),?\s+[^\d]*$`, 'iu');

/** "between 1995 and 2001 from 5.3 million to 6.0 million": the years of a before value (no "to" yet) and an after value. */
const YEAR_PAIR = new RegExp(String.raw`\b(?:between|from)\s+(${YEAR})\s+(?:and|to)\s+(${YEAR})\b[^;\d]*\bfrom\s+(?:\S*\d[^;\d]*?\b(to)\s*)?$`, 'iu');

/**
 * The year a sentence ties a number to (see DeriveQuantity.year): one written right after it, one
 * that opens its sentence, or that of its side of a before-and-after pair between two years.
 */
function yearOf(e: WrittenEntry): number | undefined {
  const at = e.sentence.indexOf(e.number.text);
  if (at < 0) return undefined;
  const before = e.sentence.slice(0, at);
  const after = YEAR_AFTER.exec(e.sentence.slice(at + e.number.text.length));
  if (after) return Number(after[1]);
  const pair = YEAR_PAIR.exec(before);
  if (pair) return Number(pair[3] === undefined ? pair[1] : pair[2]);
  const opens = YEAR_OPENS.exec(before);
  return opens ? Number(opens[1]) : undefined;
}

/** A number written as a multiplier of something else: "3 times", "twice", "four-fold", "2.5x" (see DeriveQuantity.multiplier). */
const MULTIPLIER = /\b(?:times|twice|double|triple|treble|quadruple)\b|fold\b|\dx\b/iu;

/** Whether the article writes this number as a change (see DeriveQuantity.change). */
function statedAsChange(e: WrittenEntry): boolean {
  const w = around(e, 40, 20);
  if (!w) return false;
  // The reader may keep the words before the digits in the number ("fell by 6%", "dropped 10 per cent")…
  const text = e.number.text;
  const lead = (/\d/u.test(text) ? /^[^\d]*/u.exec(text)?.[0] : NUMBER_WORD.exec(text)?.[1]) ?? '';
  const before = `${w.before}${lead}`.split(/[,;:]/u).pop() ?? '';
  // …and the words after them ("some 12% lower").
  const tail = /\d/u.test(text) ? text.slice(text.search(/\d/u)).replace(/^[\d.,]+\s*(?:%|per ?cent|percent)?/iu, '') : '';
  return CHANGE_BEFORE.test(before) || CHANGE_BY.test(before) || CHANGE_AFTER.test(`${tail}${w.after}`) || afterFromTo(e);
}

/** A before and an after value, "from 1,200 to 1,500" ("from £10 to £12"), earlier in a sentence. */
const FROM_TO = /\bfrom\s+\S*\d[^;]*?\bto\s+\S*\d/iu;

/** Whether the sentence gives a before and an after value ahead of this number: "went from 1,200 to 1,500 in a year, or 25%". */
function afterFromTo(e: WrittenEntry): boolean {
  const at = e.sentence.indexOf(e.number.text);
  return at > 0 && FROM_TO.test(e.sentence.slice(0, at));
}

/**
 * Words that write a number as a difference or as what is left: "a gap of 630", "a margin of 12",
 * "the remaining 250", "the other 250", "leaving 250" before it; "250 left", "250 remaining",
 * "12 ahead", "3 short" after it.
 */
const DIFFERENCE_BEFORE = /\b(?:(?:a |the )?(?:gap|difference|margin|shortfall|deficit|surplus|lead)(?:\s+(?:of|was|is|to))?|(?:the )?(?:remaining|other|rest|remainder)(?:\s+(?:of|was|were|is|are))?|leaving|leaves|left)(?:\s+(?:about|around|nearly|almost|roughly|just|some|only))?\s*$/iu;
const DIFFERENCE_AFTER = /^\s*(?:[\p{L}’'-]+\s+)?(?:left|remaining|remain|remained|ahead|behind|short|apart|difference|gap)\b/iu;

/** Whether the article writes this number as a difference or a remainder (see DeriveQuantity.difference). */
function statedAsDifference(e: WrittenEntry): boolean {
  const w = around(e, 30, 25);
  if (!w) return false;
  const before = w.before.split(/[,;:]/u).pop() ?? '';
  return DIFFERENCE_BEFORE.test(before) || DIFFERENCE_AFTER.test(w.after);
}

/** Words that make a number the base of a rate ("179 offences per 100,000 population", "one in every 5"). */
const BASE_BEFORE = /\b(?:per|for every|in every|out of every|every)\s+$/iu;

/** Whether the number is the base of a rate, not an amount of its own. */
function rateBase(e: WrittenEntry): boolean {
  const w = around(e, 20, 0);
  return w !== undefined && BASE_BEFORE.test(w.before);
}

/** Words that say a number is a total of others: "270 beds in all", "$2,500 altogether", "a total of 12,000", "together", "between them". */
const TOTAL = new RegExp(String.raw`\b(?:in all|in total|altogether|a total of|total(?:ling|ing)?|combined|all told|adds? up to|together(?! with)|between them|collectively|${OVER_THE_PERIOD})\b`, 'iu');

/**
 * "The total … was 245,120", "the combined figure stood at", "together they hold": the subject of
 * the number's clause is a total (the clause's words before the number, then a verb that gives its value).
 */
const TOTAL_SUBJECT = /\b(?:the|a|its|their) (?:total|combined|overall total|sum)\b[^,;:]*?\b(?:was|is|were|are|stood at|stands at|reached|came to|comes to|rose to|fell to|hit)\s+(?:[\p{L}’'-]+\s+){0,2}$/iu;

/** Whether a total word stands next to the number (within its clause), or the clause's subject is a total. */
function statedAsTotal(e: WrittenEntry, entries: readonly WrittenEntry[]): boolean {
  const w = around(e, 25, 25);
  if (w !== undefined && (TOTAL.test(w.before.split(/[,;:]/u).pop() ?? '') || TOTAL.test(w.after.split(/[,;:.]/u)[0] ?? ''))) return true;
  const at = e.sentence.indexOf(e.number.text);
  if (at < 0) return false;
  const clause = e.sentence.slice(0, at).split(/[,;:—–]/u).pop() ?? '';
  return TOTAL_SUBJECT.test(clause) || afterList(e, entries, at);
}

/**
 * A number right after a list of numbers it closes: "45 teachers and 30 support staff, 75
 * employees", "$1,200 …, $800 … and $500 …: $2,500". The list is the clause before a comma, colon
 * or dash, with two or more of the sentence's numbers joined by "and", "plus" or commas, its last
 * number at most four words before the break; the number stands at most one word after the break.
 */
function afterList(e: WrittenEntry, entries: readonly WrittenEntry[], at: number): boolean {
  const head = e.sentence.slice(0, at);
  const brk = /([,:—–])\s*(?:(?:or|so|making|some|about|around|nearly|almost|roughly|just|over)\s+)?$/iu.exec(head);
  if (!brk) return false;
  const before = head.slice(0, brk.index);
  // The clause the list is in: back to the sentence's start or a semicolon.
  const clauseStart = Math.max(0, before.lastIndexOf(';') + 1);
  const inList: [number, number][] = [];
  for (const o of entries) {
    if (o === e || o.sentenceIndex !== e.sentenceIndex) continue;
    const p = e.sentence.indexOf(o.number.text, clauseStart);
    if (p >= clauseStart && p + o.number.text.length <= before.length) inList.push([p, p + o.number.text.length]);
  }
  if (inList.length < 2) return false;
  inList.sort((a, b) => a[0] - b[0]);
  const [last, previous] = [inList[inList.length - 1]!, inList[inList.length - 2]!];
  if (before.slice(last[1]).trim().split(/\s+/u).filter((x) => x !== '').length > 4) return false;
  // The numbers are joined as a list: "and", "plus" or a comma between the last two.
  return /\b(?:and|plus)\b|,\s/iu.test(before.slice(previous[1], last[0]));
}

/**
 * A sentence that builds a share of a share: "40% of them", "of whom", "of those", or a number it
 * states as following from another ("Given the voter turnout of 66%, this means it won the support
 * of a mere 24% of registered electors": 66% × 37% = 24.4%).
 */
const NESTED = /\bof (?:them|those|these|whom|which)\b|\bgiven\b|\b(?:this|that|which) means\b|\bmeaning\b|\bin other words\b/iu;

/** A custom unit with no definition and no symbol is a count word: a plain number here. */
function plainCount<T extends { definition?: string; symbol?: string }>(u: T): T {
  return u.definition === undefined && u.symbol === undefined ? { ...u, definition: '1' } : u;
}

function applyDerivations(step: InitStep, facts: readonly Fact[], factsFile: FactsFile | undefined, options: DeriveOptions): Pick<DeriveInitResult, 'derivations' | 'refused' | 'tried' | 'truncated' | 'factsUsed'> {
  const { doc, inputs, entries, registry } = step;
  const byName = new Map(entries.map((e) => [e.name, e]));
  // The distinctive words of each sentence, for the facts near a number in meaning.
  const sentences: string[] = [];
  for (const e of entries) sentences[e.sentenceIndex] = e.sentence;
  const own = sentences.map((x) => meaningWords(x ?? ''));
  const topical = distinctive(sentences.map((x) => x ?? ''));
  const around = (i: number): string[] => [...(topical[i - 1] ?? []), ...(topical[i] ?? []), ...(topical[i + 1] ?? [])];
  const quantities: DeriveQuantity[] = [];
  for (const e of entries) {
    const quantity = e.number.quantity;
    // A rate's base ("per 100,000") is neither a result nor an amount to compute with.
    if (!quantity || rateBase(e)) continue;
    const resolved = registry.resolve(quantity.unit);
    if (!('unit' in resolved)) continue;
    const { low, high } = inputRange(quantity);
    const f = resolved.unit.factor;
    quantities.push({ name: e.name, low: low * f, high: high * f, dimension: resolved.unit.dimension, factor: f, unit: quantity.unit, quantity, sentence: e.sentenceIndex, words: own[e.sentenceIndex] ?? [], nearWords: around(e.sentenceIndex), ...(statedAsResult(e) ? { cue: true } : {}), ...(statedAsTotal(e, entries) ? { total: true } : {}), ...(statedAsAddend(e) ? { addend: true } : {}), ...(statedAsChange(e) ? { change: true } : {}), ...(statedAsDifference(e) ? { difference: true } : {}), ...(MULTIPLIER.test(e.number.text) ? { multiplier: true } : {}), ...(NESTED.test(e.sentence) ? { nested: true } : {}), ...withYear(yearOf(e)) });
  }
  const taken = new Set(entries.map((e) => e.name));
  const factNames = new Map<string, string>();
  for (const fact of facts) {
    // A fact whose name an article number already took is renamed in the written file.
    let name = fact.name;
    for (let i = 2; taken.has(name); i++) name = `${fact.name}_${i}`;
    taken.add(name);
    factNames.set(name, fact.name);
    quantities.push({ name, low: fact.low, high: fact.high, dimension: fact.dimension, factor: fact.factor, unit: fact.unit, quantity: fact.quantity, fact: true, words: fact.words, nameWords: fact.nameWords, ...(fact.origin !== undefined ? { origin: fact.origin } : {}) });
  }
  const result = derive(quantities, options);
  if (result.derivations.length === 0) return { ...result, factsUsed: [] };

  const root = doc.contents as YAMLMap;
  const claims = isMap(root.get('claims')) ? (root.get('claims') as YAMLMap) : new YAMLMap();
  const helpers: Pair[] = [];
  const usedFacts = new Set<string>();
  for (const d of result.derivations) {
    const entry = byName.get(d.target);
    if (!entry?.pair) continue;
    // Checked against outside facts alone, the article's figure stays an input under its name (other claims may use it).
    let claimName = d.target;
    if (d.keepsInput) {
      claimName = `${d.target}_from_facts`;
      for (let i = 2; taken.has(claimName); i++) claimName = `${d.target}_from_facts_${i}`;
      taken.add(claimName);
    } else {
      removeInput(inputs, entry.pair);
    }
    for (const op of d.operands) {
      if (op.kind === 'quantity' && factNames.has(op.name)) usedFacts.add(op.name);
      if (op.kind === 'range') helpers.push(rangeInput(doc, op, byName));
    }
    const key = doc.createNode(claimName) as Scalar;
    key.commentBefore = [...sentenceComment(entry), ...explain(d)].join('\n');
    if (claims.items.length > 0) key.spaceBefore = true;
    claims.items.push(doc.createPair(key, doc.createNode({ compute: d.expression, stated: entry.value, quote: entry.quote })) as Pair);
  }
  for (const [i, pair] of helpers.entries()) {
    if (i === 0) {
      (pair.key as Scalar).commentBefore = ' ── ranges made of two of the article\'s numbers, for the derived claims below';
      (pair.key as Scalar).spaceBefore = true;
    }
    inputs.items.push(pair);
  }
  if (usedFacts.size > 0 && factsFile) copyFacts(doc, root, inputs, factsFile, [...usedFacts], factNames);
  root.set('claims', claims);
  doc.comment = null;
  const n = result.derivations.length;
  const derived = n === 1 ? '1 of its numbers follows from the others\n and is written as a claim (with why it was chosen)' : `${n} of its numbers follow from the others\n and are written as claims (each with why it was chosen)`;
  doc.commentBefore = `${doc.commentBefore ?? ''}\n Run with --derive: ${derived}; the rest are inputs.`;
  return { ...result, factsUsed: [...usedFacts].map((n) => factNames.get(n) ?? n) };
}

/** Removes an input, handing its paragraph/sentence comment to the next input when that one has none. */
function removeInput(inputs: YAMLMap, pair: Pair): void {
  const at = inputs.items.indexOf(pair);
  if (at < 0) return;
  const next = inputs.items[at + 1];
  const comment = (pair.key as Scalar).commentBefore;
  if (next && comment && isScalar(next.key) && !next.key.commentBefore) {
    // Keep the paragraph marker for the next input; the sentence goes with the claim too.
    next.key.commentBefore = comment;
    next.key.spaceBefore = (pair.key as Scalar).spaceBefore ?? false;
  }
  inputs.items.splice(at, 1);
}

function sentenceComment(entry: WrittenEntry): string[] {
  return [` ${entry.sentence.length > 150 ? `${entry.sentence.slice(0, 147)}…` : entry.sentence}`];
}

function shown(x: number, display: Quantity['display']): string {
  return display === 'plain' ? formatSignificant(x) : `${formatSignificant(x * 100)}%`;
}

/** The comment above a derived claim: the formula in words, why it was chosen, the close alternatives. */
function explain(d: Derivation): string[] {
  const lines = [
    ` derived (init --derive): ${SHAPES[d.shape].reads}${constantsOf(d.operands)}.`,
    ` Chosen: rank ${d.rank} of ${d.alternatives.length + 1} formulas the stated words admit; the chance of a coincidence of this`,
    ` shape is about ${chanceText(d.chance)}${d.exact ? ', and the result is exact' : ''}${d.distance > 1 ? `; operands up to ${d.distance} sentences away` : ''}.`,
  ];
  if (d.sharedWords) lines.push(` Its outside facts share these words with the sentence or its neighbours: ${d.sharedWords.slice(0, 6).join(', ')}.`);
  if (d.keepsInput) lines.push(` Over outside facts alone: the article's figure also stays an input (${d.target}).`);
  if (d.alternatives.length > 0) {
    lines.push(' Close alternatives:');
    for (const a of d.alternatives) lines.push(`   ${a.expression}  (${SHAPES[a.shape].reads}; chance ${chanceText(a.chance)})`);
  }
  return lines;
}

function constantsOf(operands: readonly Operand[]): string {
  const constants = operands.filter((o): o is Extract<Operand, { kind: 'constant' }> => o.kind === 'constant');
  return constants.length === 0 ? '' : `, with ${constants.map((c) => `${c.name} (${c.reads})`).join(', ')}`;
}

function chanceText(x: number): string {
  if (x < 0.001) return 'less than 0.001';
  return x < 0.01 ? x.toFixed(3) : x.toFixed(2);
}

/** The helper input for a range made of two article numbers. */
function rangeInput(doc: Document, op: Extract<Operand, { kind: 'range' }>, byName: ReadonlyMap<string, WrittenEntry>): Pair {
  const low = byName.get(op.low)!.number.quantity!;
  const high = byName.get(op.high)!.number.quantity!;
  const unit = low.unit;
  const end = (q: Quantity): string => (q.display === 'plain' ? q.low.text.replace(/^(about|around|almost|nearly|more than|less than)\s+/i, '') : shown(q.low.value, q.display));
  const value = `${end(low)} to ${end(high)}${unit ? ` ${unit}` : ''}`;
  return doc.createPair(
    doc.createNode(rangeName(op.low, op.high)),
    doc.createNode({ value, source: `the article: ${op.low} to ${op.high}`, note: 'The range between two of the article\'s numbers, for a claim stated as a range.' }),
  ) as Pair;
}

/** Copies the facts a derivation uses (and the facts file's units) into the written file. */
function copyFacts(doc: Document, root: YAMLMap, inputs: YAMLMap, file: FactsFile, used: readonly string[], names: ReadonlyMap<string, string>): void {
  const source = parseDocument(file.text);
  const sourceRoot = source.contents;
  if (!isMap(sourceRoot)) return;
  const sourceInputs = sourceRoot.get('inputs');
  if (!isMap(sourceInputs)) return;
  let first = true;
  for (const name of used) {
    const original = names.get(name) ?? name;
    const pair = sourceInputs.items.find((p) => isScalar(p.key) && String(p.key.value) === original);
    if (!pair) continue;
    const key = doc.createNode(name) as Scalar;
    if (first) {
      key.commentBefore = ` ── outside facts from ${file.path} (--facts), used by the derived claims`;
      key.spaceBefore = true;
      first = false;
    }
    const value = isMap(pair.value) ? (pair.value as YAMLMap).clone() : doc.createNode(pair.value);
    inputs.items.push(doc.createPair(key, value) as Pair);
  }
  const units = sourceRoot.get('units');
  if (isMap(units) && units.items.length > 0) {
    let target = root.get('units');
    if (!isMap(target)) {
      target = new YAMLMap();
      root.items.splice(Math.max(0, root.items.findIndex((p) => isScalar(p.key) && p.key.value === 'inputs')), 0, doc.createPair('units', target) as Pair);
    }
    const words = new Set<string>();
    const keyText = (k: unknown): string => (isScalar(k) ? String(k.value) : String(k));
    for (const p of (target as YAMLMap).items) {
      words.add(keyText(p.key));
      const aliases = isMap(p.value) ? (p.value as YAMLMap).get('aliases') : undefined;
      if (aliases && typeof aliases === 'object' && 'items' in aliases) for (const a of (aliases as { items: unknown[] }).items) if (isScalar(a)) words.add(String(a.value));
    }
    for (const p of units.items) {
      if (words.has(keyText(p.key))) continue;
      const body = isMap(p.value) ? (p.value as YAMLMap).clone() as YAMLMap : new YAMLMap();
      // Aliases the article's count words already declare are left out (a word names one unit).
      const aliases = body.get('aliases');
      if (aliases && typeof aliases === 'object' && 'items' in aliases) {
        (aliases as { items: unknown[] }).items = (aliases as { items: unknown[] }).items.filter((a) => !(isScalar(a) && words.has(String(a.value))));
      }
      if (!body.has('definition') && !body.has('symbol')) body.set('definition', '1');
      (target as YAMLMap).items.push(doc.createPair(doc.createNode(keyText(p.key)), body) as Pair);
    }
  }
}

/** For the `operandNames` re-export users. */
export { operandNames, type Candidate };
