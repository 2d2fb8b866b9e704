/**
 * @file `claimcheck init`'s generator (contract §8): an article → the text of
 * a starting claims file that lists every quantity of the article as an
 * input — a name suggested from the words around it, the value exactly as
 * the prose reader read it (src/init/value.ts), the clause to quote (found
 * again by the quote check), `source: TODO` — grouped by paragraph with the
 * sentence as a comment, `article:` and `title:` set, `units:` declared for
 * the count words it met ("12,000 soldiers" → soldier), and a first line
 * pointing editors at the JSON Schema.
 *
 * With an existing file it merges: the file is read by the load stage
 * (src/init/existing.ts), numbers that an existing quote already covers are
 * left alone, new ones are added to `inputs:`; the file is edited through
 * the `yaml` library's Document API so its entries and comments stay.
 *
 * What it cannot write as read, and the malformed numbers of the article,
 * come back as problems (kinds `init-value-not-held`, `malformed-number`)
 * for the CLI to show; nothing is changed silently.
 *
 * Entry points: `initClaims` (this file) and its request/result types;
 * `init --derive` (src/derive) builds on the result.
 *
 * Pure: no I/O (the CLI reads and writes), never throws for odd input.
 */
import { Document, isMap, YAMLMap, type Pair, type Scalar } from 'yaml';
import { articleSpan, findQuote, indexArticle, reduceArticle, sourcePosition, blockIndexAt, type ArticleText } from '../bind/index.js';
import { readProse, type ProseNumber } from '../prose/index.js';
import type { QuantityContext } from '../quantity/index.js';
import type { Problem, Rules, UnitRule } from '../types.js';
import { createUnitRegistry, type UnitRegistry } from '../units/index.js';
import { countUnits } from './count-units.js';
import { readExisting } from './existing.js';
import { quoteFor, suggestName, uniqueName, wrap } from './quote.js';
import { valueFor } from './value.js';
import { notNameWords } from './words.js';

/** What the generator needs. */
export interface InitRequest {
  /** The article's text as read. */
  source: string;
  /** The article's path as the claims file will name it (relative to the claims file, forward slashes). */
  articleRef: string;
  rules: Rules;
  /** Where the JSON Schema is, relative to the claims file (the first line's `$schema=`). */
  schemaRef: string;
  /** The text of an existing claims file to merge into (`--merge`). */
  existing?: string;
  /** The path spans of the article name in problems (default: `articleRef`). */
  articlePath?: string;
}

/** The generated file, how many inputs it added, and what the user must be told. */
export interface InitResult {
  text: string;
  added: number;
  /** Quantities left out because an existing quote covers them (merge). */
  kept: number;
  /** Quantities left out because an input with the same quote and value was written already (repeated text). */
  repeated: number;
  /** Why a merge could not be done (the existing file is not valid YAML or not a mapping). */
  problem?: string;
  /**
   * Quantities written other than as read (`init-value-not-held`, with the
   * reason and a comment in the file) and malformed numbers of the article
   * (`malformed-number`), with their place in the article.
   */
  problems: Problem[];
  /** The inputs written, in order: name, the quantity as the reader read it, and the value written. */
  entries: InitEntry[];
}

/** One input `init` wrote. */
export interface InitEntry {
  name: string;
  /** The number as the prose reader found it (offsets into the reduced article text). */
  number: ProseNumber;
  /** The `value:` written. */
  value: string;
  quote: string;
}

/** A quantity context and registry over the rules' units plus `units`. */
function contextFor(rules: Rules, units: readonly UnitRule[]): { ctx: QuantityContext; registry: UnitRegistry; problems: readonly unknown[] } {
  const { registry, problems } = createUnitRegistry([...rules.units.values(), ...units]);
  return { ctx: { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols }, registry, problems };
}

/** Generates (or merges into) a claims file for an article. */
export function initClaims(request: InitRequest): InitResult {
  const article = reduceArticle(request.source, request.articlePath ?? request.articleRef);
  const existing = request.existing !== undefined ? readExisting(request.existing, 'claims.yaml') : undefined;
  if (existing && 'problem' in existing) return { text: request.existing ?? '', added: 0, kept: 0, repeated: 0, problem: existing.problem, problems: [], entries: [] };

  const notName = notNameWords(request.rules);
  const existingUnits = existing?.units ?? [];
  const base = contextFor(request.rules, existingUnits);
  let declared = countUnits(article.text, readProse(article.text, base.ctx), base.registry, existingUnits, notName);
  let { ctx, registry, problems: unitProblems } = contextFor(request.rules, [...existingUnits, ...declared]);
  if (unitProblems.length > 0) {
    // A count word the registry will not take as a unit (rare): leave the count words out.
    declared = [];
    ({ ctx, registry } = base);
  }
  const numbers = readProse(article.text, ctx);
  const problems: Problem[] = [];
  if (article.readAsPlain) {
    problems.push({ kind: 'article-format', data: { article: request.articleRef, format: article.readAsPlain.format, reason: article.readAsPlain.reason }, span: articleSpan(article, 0, 0) });
  }
  for (const n of numbers) {
    if (n.kind === 'malformed') problems.push({ kind: 'malformed-number', data: { text: n.text, reason: n.reason ?? { phrase: 'malformed-not-one-number', data: {} } }, span: articleSpan(article, n.start, n.end) });
  }

  const taken = new Set<string>(existing?.names ?? []);
  const covered = existing ? coveredBy(article, existing.quotes) : [];
  const entries: (InitEntry & { paragraph: number; sentence: string; line: number; lost?: string })[] = [];
  let kept = 0;
  let repeated = 0;
  // Quote and value of every input written: a passage repeated word for word is written once.
  const written = new Set<string>();
  const seenPlaces = new Set<string>();
  for (const n of numbers) {
    if (n.kind !== 'quantity' || !n.quantity) continue;
    if (covered.some((r) => n.start < r.end && n.end > r.start)) {
      kept++;
      continue;
    }
    // A paragraph repeated word for word: the same number at the same place in it is found without looking for its quote.
    const block = article.blocks[blockIndexAt(article, n.start)];
    const place = block ? `${n.start - block.start}\u0000${n.text}\u0000${article.text.slice(block.start, block.end)}` : undefined;
    if (place !== undefined && seenPlaces.has(place)) {
      repeated++;
      continue;
    }
    if (place !== undefined) seenPlaces.add(place);
    const { sentence, quote } = quoteFor(article, n);
    const key = `${quote}\u0000${n.text}`;
    if (written.has(key)) {
      repeated++;
      continue;
    }
    written.add(key);
    const name = uniqueName(suggestName(article, n, notName), taken, registry);
    taken.add(name);
    const choice = valueFor(n.quantity, n.text, ctx, registry, request.rules);
    if (choice.lost !== undefined) {
      problems.push({ kind: 'init-value-not-held', data: { written: n.text, value: choice.value, reason: choice.lost }, span: articleSpan(article, n.start, n.end) });
    }
    entries.push({
      name,
      number: n,
      value: choice.value,
      quote,
      paragraph: blockIndexAt(article, n.start),
      sentence,
      line: sourcePosition(article, article.offsets[n.start] as number).line,
      ...(choice.lost !== undefined ? { lost: choice.lost } : {}),
    });
  }
  const usedUnits = declared.filter((u) => entries.some((e) => unitWordsIn(e.value, u)));

  const doc = existing?.doc ?? new Document({});
  if (!existing) {
    doc.commentBefore = ` yaml-language-server: $schema=${request.schemaRef}\n Written by \`claimcheck init\` from ${request.articleRef}: every number of the article\n as an input. Check each value, give each a source, delete what is not a\n claim's input (or list it under ignore:), then add claims: (see the comment at the end).`;
  }
  const root = doc.contents as YAMLMap;
  if (!existing && article.title) root.set('title', article.title);
  if (!root.has('article')) root.set('article', request.articleRef);
  if (usedUnits.length > 0) {
    let units = root.get('units');
    if (!isMap(units)) {
      units = new YAMLMap();
      root.set('units', units);
    }
    for (const unit of usedUnits) (units as YAMLMap).set(unit.name, doc.createNode(unit.aliases.length > 0 ? { aliases: unit.aliases } : {}, { flow: true }));
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
    const body = doc.createNode({ value: entry.value, source: 'TODO', quote: entry.quote }) as YAMLMap;
    if (entry.lost !== undefined) {
      const value = body.items[0] as Pair<Scalar, Scalar>;
      value.value!.comment = ` the article says "${entry.number.text.replace(/\s+/gu, ' ')}": ${entry.lost}`;
    }
    (inputs as YAMLMap).items.push(doc.createPair(key, body) as Pair);
  }
  if (!existing) {
    doc.comment = ' claims:\n   example_rate:\n     compute: first_input / second_input\n     stated: 10%\n     quote: "the words of the article that state it"';
  }
  return {
    text: doc.toString({ lineWidth: 0 }),
    added: entries.length,
    kept,
    repeated,
    problems,
    entries: entries.map(({ name, number, value, quote }) => ({ name, number, value, quote })),
  };
}

function unitWordsIn(value: string, unit: UnitRule): boolean {
  const words = new Set(value.split(/[^\p{L}_]+/u));
  return words.has(unit.name) || unit.aliases.some((a) => words.has(a));
}

function coveredBy(article: ArticleText, quotes: readonly string[]): { start: number; end: number }[] {
  const index = indexArticle(article);
  return quotes.flatMap((q) => findQuote(index, q).map((m) => ({ start: m.start, end: m.end })));
}
