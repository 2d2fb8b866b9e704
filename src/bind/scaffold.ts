/**
 * @file `claimcheck init`'s generator (contract §8): an article → the text of
 * a starting claims file that lists every quantity of the article as an input
 * — a name suggested from the words around it, the value in the claims-file
 * grammar, the exact quote (the clause holding the number, found again by the
 * quote check), `source: TODO` — grouped by paragraph with the sentence as a
 * comment, `article:` and `title:` set, `units:` declared for the count words
 * it met ("12,000 soldiers" → soldier), and a first line pointing editors at
 * the JSON Schema.
 *
 * With an existing file it merges: numbers that an existing quote already
 * covers are left alone, new ones are added to `inputs:`; the file is edited
 * through the `yaml` library's Document API so its entries and comments stay
 * as they were.
 *
 * Pure: no I/O (the CLI reads and writes), never throws for odd input.
 */

import { Document, isMap, isScalar, parseDocument, YAMLMap, type Pair, type Scalar } from 'yaml';
import type { Quantity, Rules, UnitRule } from '../types.js';
import { parseQuantityText, type QuantityContext } from '../quantity/index.js';
import { createUnitRegistry, reservedMeaning, type UnitRegistry } from '../units/index.js';
import { blockIndexAt, reduceArticle, sourcePosition, type ArticleText } from './article.js';
import { findQuote, indexArticle } from './quotes.js';
import { readProse, type ProseNumber } from './prose-port.js';

/** What the generator needs. */
export interface ScaffoldRequest {
  /** The article's text as read. */
  source: string;
  /** The article's path as the claims file will name it (relative to the claims file, forward slashes). */
  articleRef: string;
  rules: Rules;
  /** Where the JSON Schema is, relative to the claims file (the first line's `$schema=`). */
  schemaRef: string;
  /** The text of an existing claims file to merge into (`--merge`). */
  existing?: string;
  /**
   * How the count words met ("12,000 soldiers") are declared: each as its own
   * unit (`separate`, the default), or as words for a plain number (`plain`:
   * `definition: 1`, so "12,000 troops" is 12,000 with no dimension) —
   * `init --derive`, since articles count the same people as "troops",
   * "casualties" and "North Koreans", or with no word at all.
   */
  countWords?: 'separate' | 'plain';
  /** Called once the inputs are in the document, before it is written out (`init --derive` moves derived numbers to `claims:`). */
  finish?: (step: ScaffoldStep) => void;
}

/** What {@link ScaffoldRequest.finish} gets: the document being built and every input added. */
export interface ScaffoldStep {
  doc: Document;
  inputs: YAMLMap;
  entries: readonly ScaffoldEntry[];
  ctx: QuantityContext;
  registry: UnitRegistry;
}

/** The generated file, and how many inputs it added. */
export interface ScaffoldResult {
  text: string;
  added: number;
  /** Quantities left out because an existing quote covers them (merge). */
  kept: number;
  /** Why a merge could not be done (the existing file is not valid YAML or not a mapping). */
  problem?: string;
}

/** One input written. */
export interface ScaffoldEntry {
  name: string;
  /** The value in the claims-file grammar. */
  value: string;
  quantity: Quantity;
  quote: string;
  paragraph: number;
  sentence: string;
  /** The index of its sentence in the article (0-based, counting sentences that hold numbers). */
  sentenceIndex: number;
  line: number;
  /** Its pair in `inputs:` once written. */
  pair?: Pair;
}
type Entry = ScaffoldEntry;

const FUNCTION_WORDS = new Set(
  ('a an the of in on at to for and or but nor is are was were be been being has have had do does did that this these those it its ' +
    'by with from as than more less about almost nearly some which who whom whose what when where why how per into onto over under up down ' +
    'out off not no only even also would could should will shall can may might must his her their our your my he she they we you i me him them us ' +
    'there then so such very just all each both other another since until after before during said says say while if though although because ' +
    'yet still already around roughly approximately estimated least most much many few several own same s t ' +
    'across among against toward towards within without through between beyond despite including via amid like').split(' '),
);

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'col', 'sgt', 'lt', 'gov', 'sen', 'rep', 'prof', 'inc', 'corp', 'co', 'ltd', 'sq', 'approx', 'est', 'fig']);

/** Generates (or merges into) a claims file for an article. */
export function scaffoldClaims(request: ScaffoldRequest): ScaffoldResult {
  const article = reduceArticle(request.source, request.articleRef);
  const existingDoc = request.existing !== undefined ? parseDocument(request.existing, { keepSourceTokens: false }) : undefined;
  if (existingDoc && (existingDoc.errors.length > 0 || !(existingDoc.contents === null || isMap(existingDoc.contents)))) {
    return { text: request.existing ?? '', added: 0, kept: 0, problem: 'the existing claims file is not a valid claims file (YAML errors or not a mapping), so nothing was merged' };
  }

  const existingUnits = existingDoc ? unitsOf(existingDoc) : [];
  const base = contextFor(request.rules, existingUnits);
  let countUnits = countWords(article, readProse(article.text, base.ctx), base.registry, existingUnits);
  if (request.countWords === 'plain') countUnits = countUnits.map((u) => ({ ...u, definition: '1' }));
  let { ctx, registry, problems } = contextFor(request.rules, [...existingUnits, ...countUnits]);
  if (problems.length > 0) {
    // A count word the registry will not take as a unit (rare): leave the count words out.
    countUnits = [];
    ({ ctx, registry } = base);
  }
  const numbers = readProse(article.text, ctx).filter((n) => n.kind === 'quantity' && n.quantity);

  const taken = new Set<string>(existingDoc ? namesOf(existingDoc) : []);
  const covered = existingDoc ? coveredBy(article, quotesOf(existingDoc)) : [];
  const entries: Entry[] = [];
  let kept = 0;
  let sentenceIndex = -1;
  let previousSentence = '';
  for (const n of numbers) {
    if (covered.some((r) => n.start < r.end && n.end > r.start)) {
      kept++;
      continue;
    }
    const { sentence, quote } = quoteFor(article, n);
    const name = uniqueName(suggestName(article, n), taken, registry);
    taken.add(name);
    if (sentence !== previousSentence) sentenceIndex++;
    previousSentence = sentence;
    entries.push({
      name,
      value: valueText(n.quantity!, n.text, ctx, registry),
      quantity: n.quantity!,
      sentenceIndex,
      quote,
      paragraph: blockIndexAt(article, n.start),
      sentence,
      line: sourcePosition(article, article.offsets[n.start]!).line,
    });
  }
  const usedUnits = countUnits.filter((u) => entries.some((e) => unitWordsIn(e.value, u)));

  const doc = existingDoc ?? new Document({});
  if (!existingDoc) {
    doc.commentBefore = ` yaml-language-server: $schema=${request.schemaRef}\n Written by \`claimcheck init\` from ${request.articleRef}: every number of the article\n as an input. Check each value, give each a source, delete what is not a\n claim's input (or list it under ignore:), then add claims: (see the comment at the end).`;
  }
  const root = doc.contents as YAMLMap;
  if (!existingDoc && article.title) root.set('title', article.title);
  if (!root.has('article')) root.set('article', request.articleRef);
  if (usedUnits.length > 0) {
    let units = root.get('units');
    if (!isMap(units)) {
      units = new YAMLMap();
      root.set('units', units);
    }
    for (const unit of usedUnits) {
      const node = doc.createNode({ ...(unit.aliases.length > 0 ? { aliases: unit.aliases } : {}), ...(unit.definition ? { definition: unit.definition } : {}) }, { flow: true });
      (units as YAMLMap).set(unit.name, node);
    }
  }
  let inputs = root.get('inputs');
  if (!isMap(inputs)) {
    inputs = new YAMLMap();
    root.set('inputs', inputs);
  }
  let lastParagraph = -2;
  let lastSentence = '';
  for (const entry of entries) {
    const key = doc.createNode(entry.name) as Scalar;
    const comments: string[] = [];
    if (entry.paragraph !== lastParagraph) {
      comments.push(` ── paragraph ${entry.paragraph + 1} (line ${entry.line})`);
      if ((inputs as YAMLMap).items.length > 0) key.spaceBefore = true;
    }
    if (entry.sentence !== lastSentence) comments.push(...wrap(entry.sentence, 76).map((l) => ` ${l}`));
    if (comments.length > 0) key.commentBefore = comments.join('\n');
    lastParagraph = entry.paragraph;
    lastSentence = entry.sentence;
    const body = doc.createNode({ value: entry.value, source: 'TODO', quote: entry.quote });
    entry.pair = doc.createPair(key, body) as Pair;
    (inputs as YAMLMap).items.push(entry.pair);
  }
  if (!existingDoc) {
    doc.comment = ' claims:\n   example_rate:\n     compute: first_input / second_input\n     stated: 10%\n     quote: "the words of the article that state it"';
  }
  request.finish?.({ doc, inputs: inputs as YAMLMap, entries, ctx, registry });
  return { text: doc.toString({ lineWidth: 0 }), added: entries.length, kept };
}

// ---------------------------------------------------------------------------
// Units and contexts
// ---------------------------------------------------------------------------

function contextFor(rules: Rules, units: readonly UnitRule[]): { ctx: QuantityContext; registry: UnitRegistry; problems: readonly unknown[] } {
  const { registry, problems } = createUnitRegistry([...rules.units.values(), ...units]);
  return { ctx: { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols }, registry, problems };
}

/** The units an existing file declares (names and aliases only). */
function unitsOf(doc: Document): UnitRule[] {
  const units = (doc.contents as YAMLMap | null)?.get('units');
  if (!isMap(units)) return [];
  const out: UnitRule[] = [];
  for (const pair of units.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (!name) continue;
    const body = pair.value;
    const aliasesNode = isMap(body) ? body.get('aliases') : undefined;
    const aliases = aliasesNode && typeof aliasesNode === 'object' && 'items' in aliasesNode
      ? (aliasesNode as { items: unknown[] }).items.map((i) => (isScalar(i) ? String(i.value) : '')).filter((s) => s !== '')
      : [];
    const definition = isMap(body) ? body.get('definition') : undefined;
    const symbol = isMap(body) ? body.get('symbol') : undefined;
    out.push({ name, aliases, ...(typeof definition === 'string' ? { definition } : {}), ...(typeof symbol === 'string' ? { symbol } : {}) });
  }
  return out;
}

/** The plural words after plain counts ("12,000 soldiers", "70 shipments") as units to declare. */
function countWords(article: ArticleText, numbers: readonly ProseNumber[], registry: UnitRegistry, existing: readonly UnitRule[]): UnitRule[] {
  const known = new Set(existing.flatMap((u) => [u.name.toLowerCase(), ...u.aliases.map((a) => a.toLowerCase())]));
  const found = new Map<string, UnitRule>();
  for (const n of numbers) {
    // Only counts written in digits ("12,000 soldiers"): "two ongoing wars" is not a measurement.
    if (n.kind !== 'quantity' || !n.quantity || n.quantity.unit !== '' || n.quantity.display !== 'plain' || !/\d/.test(n.text)) continue;
    const plural = countNounAfter(article.text, n.end);
    if (!plural || known.has(plural) || registry.lookup(plural) || registry.unitWords.has(plural)) continue;
    const singular = singularOf(plural);
    let rule: UnitRule = { name: singular, aliases: [plural] };
    if (singular === plural || reservedMeaning(singular, registry) !== undefined || known.has(singular)) rule = { name: plural, aliases: [] };
    if (reservedMeaning(rule.name, registry) !== undefined) continue;
    if (!found.has(rule.name)) found.set(rule.name, rule);
  }
  return [...found.values()];
}

/** The first plural noun after a number, over at most three modifiers, within the clause. */
function countNounAfter(text: string, end: number): string | undefined {
  const rest = text.slice(end, end + 80);
  const words = /^\s+((?:[\p{L}’'-]+\s+){0,3}?)([a-z][a-z-]*s)\b/u.exec(rest);
  if (!words) return undefined;
  const modifiers = words[1]!.trim().split(/\s+/u).filter((w) => w !== '');
  if (modifiers.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || /[’']/.test(w))) return undefined;
  const noun = words[2]!.toLowerCase();
  if (noun.length < 4 || noun.endsWith('ss') || noun.endsWith('us') || noun.endsWith('is') || FUNCTION_WORDS.has(noun)) return undefined;
  return noun;
}

function singularOf(plural: string): string {
  if (plural.endsWith('ies') && plural.length > 4) return `${plural.slice(0, -3)}y`;
  if (/(ches|shes|xes|sses|zes)$/.test(plural)) return plural.slice(0, -2);
  return plural.slice(0, -1);
}

function unitWordsIn(value: string, unit: UnitRule): boolean {
  const words = new Set(value.split(/[^\p{L}_]+/u));
  return words.has(unit.name) || unit.aliases.some((a) => words.has(a));
}

// ---------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------

/** The value in the claims-file grammar: the article's words when they read back the same, else rendered. */
function valueText(q: Quantity, written: string, ctx: QuantityContext, registry: UnitRegistry): string {
  const span = { file: '', line: 1, column: 1, endLine: 1, endColumn: 1 };
  const clean = written.replace(/\s+/g, ' ').trim();
  for (const candidate of [clean, rendered(q, ctx), plainNumber(q)]) {
    const back = parseQuantityText(candidate, ctx, span).quantity;
    if (back && sameQuantity(back, q) && resolves(back.unit, registry)) return candidate;
  }
  return plainNumber(q);
}

function resolves(unit: string, registry: UnitRegistry): boolean {
  return 'unit' in registry.resolve(unit);
}

function sameQuantity(a: Quantity, b: Quantity): boolean {
  const close = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y), 1e-300);
  if (!close(a.low.value, b.low.value)) return false;
  if ((a.high === undefined) !== (b.high === undefined)) return false;
  if (a.high && b.high && !close(a.high.value, b.high.value)) return false;
  return a.unit === b.unit && a.hedge?.side === b.hedge?.side;
}

function numberText(x: number, display: Quantity['display']): string {
  const digits = (v: number): string => Number(v.toPrecision(12)).toLocaleString('en-US', { maximumFractionDigits: 10 });
  if (display !== 'plain') return `${digits(x * 100)}%`;
  const abs = Math.abs(x);
  for (const [scale, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (abs >= scale) return `${digits(x / scale)} ${word}`;
  }
  return digits(x);
}

/** A unit with its leading word in the plural ("soldier/day" → "soldiers/day") when the context knows one. */
function pluralUnit(unit: string, ctx: QuantityContext): string {
  const head = /^[A-Za-z_]+/.exec(unit)?.[0];
  if (!head) return unit;
  const stem = head.endsWith('y') ? head.slice(0, -1) : head;
  for (const [word, name] of ctx.unitWords) {
    if (name === head && word !== head && word.startsWith(stem) && word.endsWith('s')) return word + unit.slice(head.length);
  }
  return unit;
}

function rendered(q: Quantity, ctx: QuantityContext): string {
  let unit = q.unit;
  let sign = '';
  for (const [symbol, name] of ctx.currencySymbols) {
    if (unit === name && !/^[A-Za-z]/.test(symbol)) {
      sign = symbol;
      unit = '';
      break;
    }
  }
  const amount = (x: number): string => `${sign}${numberText(x, q.display)}`;
  const hedge = q.hedge ? `${q.hedge.phrase} ` : '';
  const range = q.high ? `${amount(q.low.value)} to ${amount(q.high.value)}` : amount(q.low.value);
  const shown = unit && (q.high !== undefined || q.low.value !== 1) ? pluralUnit(unit, ctx) : unit;
  return `${hedge}${range}${shown ? ` ${shown}` : ''}`;
}

function plainNumber(q: Quantity): string {
  return numberText(q.low.value, q.display);
}

// ---------------------------------------------------------------------------
// Quotes, sentences and names
// ---------------------------------------------------------------------------

/** The sentence around a number and the clause to quote (white space collapsed; found again by the quote check). */
function quoteFor(article: ArticleText, n: ProseNumber): { sentence: string; quote: string } {
  const text = article.text;
  const block = article.blocks[blockIndexAt(article, n.start)] ?? { start: 0, end: text.length };
  const [s, e] = sentenceAround(text, block.start, block.end, n.start, n.end);
  const sentence = text.slice(s, e).replace(/\s+/g, ' ').trim();
  let from = n.start;
  while (from > s && !isClauseBreak(text, from - 1, 'left')) from--;
  let to = n.end;
  while (to < e && !isClauseBreak(text, to, 'right')) to++;
  let quote = trimQuote(text.slice(from, to));
  if (quote.split(' ').length < 4) quote = trimQuote(text.slice(s, e));
  if (quote.split(' ').length > 24) {
    // A long clause: eight words either side of the number, cut at word boundaries of the text itself.
    let left = n.start;
    for (let words = 0; left > s && words < 8; ) {
      left--;
      if (/\s/.test(text[left]!) && !/\s/.test(text[left + 1] ?? '')) words++;
    }
    let right = n.end;
    for (let words = 0; right < e && words < 9; ) {
      if (/\s/.test(text[right]!) && !/\s/.test(text[right - 1] ?? ' ')) words++;
      if (words < 9) right++;
    }
    quote = trimQuote(text.slice(left, right));
  }
  return { sentence, quote };
}

/** Clause punctuation: a comma, semicolon, colon, dash or quotation mark with space on the side away from the number. */
function isClauseBreak(text: string, i: number, side: 'left' | 'right'): boolean {
  const c = text[i]!;
  if ('“”"()[]'.includes(c)) return true;
  if (';:,'.includes(c)) return side === 'left' ? /\s/.test(text[i + 1] ?? ' ') : /\s/.test(text[i + 1] ?? ' ');
  if ('—–'.includes(c)) return /\s/.test(text[i - 1] ?? ' ') || /\s/.test(text[i + 1] ?? ' ') || true;
  return false;
}

function trimQuote(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s,;:.—–"“”'‘’()-]+/u, '').replace(/[\s,;:.—–"“”‘(-]+$/u, '').trim();
}

/** [start, end) of the sentence holding [a, b) within a paragraph. */
function sentenceAround(text: string, blockStart: number, blockEnd: number, a: number, b: number): [number, number] {
  let start = blockStart;
  for (let i = a - 1; i > blockStart; i--) {
    if (endsSentence(text, i)) {
      start = i + 1;
      break;
    }
  }
  let end = blockEnd;
  for (let i = b; i < blockEnd; i++) {
    if (endsSentence(text, i)) {
      end = i + 1;
      break;
    }
  }
  return [start, end];
}

/** A sentence ends at . ! ? (and a closing quote) before white space and a capital, unless it ends an abbreviation or initial. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i]!;
  if (!'.!?'.includes(c)) return false;
  let j = i + 1;
  while (j < text.length && '"”’)'.includes(text[j]!)) j++;
  if (!/\s/.test(text[j] ?? ' ')) return false;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  if (j < text.length && !/[\p{Lu}\p{N}"“‘(]/u.test(text[j]!)) return false;
  if (c === '.') {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
    if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase()) || /\.\p{L}$/u.test(word)) return false;
  }
  return true;
}

/** Content words as identifier parts (ASCII, lower case). */
function contentWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']s\b/g, '')
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w !== '' && !FUNCTION_WORDS.has(w) && !/^\d/.test(w));
}

/**
 * A name from the words around the number: the last two content words before
 * it, then its unit word (or the first content word after it), topped up with
 * words after it when that gives fewer than two.
 */
function suggestName(article: ArticleText, n: ProseNumber): string {
  const text = article.text;
  let to = n.end;
  while (to < text.length && to < n.end + 60 && !isClauseBreak(text, to, 'right') && !'.!?\n'.includes(text[to]!)) to++;
  const after: string[] = [];
  for (const w of text.slice(n.end, to).split(/\s+/u).filter((x) => x !== '')) {
    const clean = contentWords(w);
    if (clean.length === 0 && FUNCTION_WORDS.has(w.toLowerCase()) && after.length > 0) break;
    after.push(...clean);
    if (after.length >= 3) break;
  }
  const before = contentWords(n.context ?? '').slice(-2);
  const unitWord = contentWords(n.text.replace(/^[^\d]*[\d.,/ ]+/u, '')).filter((w) => !['million', 'billion', 'thousand', 'trillion', 'percent'].includes(w)).slice(-1);
  const words = [...before, ...(unitWord.length > 0 ? unitWord : after.slice(0, 1))];
  for (const w of after.slice(unitWord.length > 0 ? 0 : 1)) {
    if (words.length >= 2) break;
    words.push(w);
  }
  const name = words.join('_').slice(0, 40).replace(/_+$/, '');
  return name === '' ? 'number' : name;
}

/** A name not used before and not a unit, function or constant of the expression language. */
function uniqueName(base: string, taken: ReadonlySet<string>, registry: UnitRegistry): string {
  let name = /^[a-z]/.test(base) ? base : `n_${base}`;
  if (reservedMeaning(name, registry) !== undefined) name = `${name}_count`;
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name}_${i}`;
    if (!taken.has(candidate) && reservedMeaning(candidate, registry) === undefined) return candidate;
  }
}

function namesOf(doc: Document): string[] {
  const out: string[] = [];
  for (const section of ['inputs', 'claims']) {
    const map = (doc.contents as YAMLMap | null)?.get(section);
    if (isMap(map)) for (const pair of map.items) if (isScalar(pair.key)) out.push(String(pair.key.value));
  }
  return out;
}

function quotesOf(doc: Document): string[] {
  const out: string[] = [];
  for (const section of ['inputs', 'claims']) {
    const map = (doc.contents as YAMLMap | null)?.get(section);
    if (!isMap(map)) continue;
    for (const pair of map.items) {
      const quote = isMap(pair.value) ? pair.value.get('quote') : undefined;
      if (typeof quote === 'string') out.push(quote);
    }
  }
  return out;
}

function coveredBy(article: ArticleText, quotes: readonly string[]): { start: number; end: number }[] {
  const index = indexArticle(article);
  return quotes.flatMap((q) => findQuote(index, q).map((m) => ({ start: m.start, end: m.end })));
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
