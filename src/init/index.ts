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
 * left alone, new ones are added to `inputs:` through the `yaml` library's
 * Document API, and written into the file's own text after the last entry
 * (`mergedText`), so every line the user wrote stays as written.
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
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isNode, parseDocument, YAMLMap, type Pair, type Scalar } from 'yaml';
import { articleSpan, findQuote, indexArticle, reduceArticle, sourcePosition, blockIndexAt, type ArticleText } from '../bind/index.js';
import { readProse, type ProseNumber } from '../prose/index.js';
import type { QuantityContext } from '../quantity/index.js';
import type { MessageValue, Problem, Quantity, Rules, UnitRule } from '../types.js';
import { messageText } from '../findings/interpolate.js';
import { createUnitRegistry, type UnitRegistry } from '../units/index.js';
import { definedUnits, localCent } from './abbreviations.js';
import { countUnits } from './count-units.js';
import { readExisting } from './existing.js';
import { quoteFor, suggestName, uniqueName, wrap } from './quote.js';
import { valueFor, withChangeWords } from './value.js';
import { notInNameWords, notNameWords } from './words.js';

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
  /**
   * How the count words met ("12,000 soldiers") are declared: each as its own
   * unit (`separate`, the default), or as words for a plain number (`plain`:
   * `definition: 1`, so "12,000 troops" is 12,000 with no dimension) —
   * `init --derive`, since articles count the same people as "troops",
   * "casualties" and "North Koreans", or with no word at all.
   */
  countWords?: 'separate' | 'plain';
  /** Called once the inputs are in the document, before it is written out (`init --derive` moves derived numbers to `claims:`). */
  finish?: (step: InitStep) => void;
}

/** What {@link InitRequest.finish} gets: the document being built and every input added. */
export interface InitStep {
  doc: Document;
  inputs: YAMLMap;
  entries: readonly WrittenEntry[];
  ctx: QuantityContext;
  registry: UnitRegistry;
}

/** One input written, with where it stands: its sentence and its pair in `inputs:`. */
export interface WrittenEntry extends InitEntry {
  /** The sentence it is quoted from. */
  sentence: string;
  /** The index of its sentence in the article (0-based, counting sentences that hold numbers). */
  sentenceIndex: number;
  /** Its pair in `inputs:`. */
  pair: Pair;
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

/**
 * Generates (or merges into) a claims file for an article.
 *
 * Phases: the existing file read; the count words declared as units; the
 * article's numbers read and its malformed ones reported; one input chosen
 * per new quantity; the YAML document written (header, units, inputs).
 */
export function initClaims(request: InitRequest): InitResult {
  const article = reduceArticle(request.source, request.articlePath ?? request.articleRef);
  const existing = request.existing !== undefined ? readExisting(request.existing, 'claims.yaml') : undefined;
  if (existing && 'problem' in existing) return { text: request.existing ?? '', added: 0, kept: 0, repeated: 0, problem: messageText(existing.problem, request.rules.phrases), problems: [], entries: [] };

  const notName = notNameWords(request.rules);
  const { declared, ctx, registry } = countWordUnits(article, request.rules, existing?.units ?? [], notName, request.countWords ?? 'separate');
  const numbers = readProse(article.text, ctx);
  const problems = articleProblems(article, numbers, request.articleRef);
  const chosen = chooseEntries(article, numbers, { existing, notName: notInNameWords(request.rules), ctx, registry, rules: request.rules, problems });
  const usedUnits = declared.filter((u) => chosen.entries.some((e) => unitWordsIn(e.value, u)));
  const { doc, inputs, written } = writeDocument(article, request, existing, usedUnits, chosen.entries);
  request.finish?.({ doc, inputs, entries: written, ctx, registry });
  return {
    text: existing && request.existing !== undefined ? mergedText(request.existing, doc) : doc.toString({ lineWidth: 0 }),
    added: chosen.entries.length,
    kept: chosen.kept,
    repeated: chosen.repeated,
    problems,
    entries: chosen.entries.map(({ name, number, value, quote }) => ({ name, number, value, quote })),
  };
}

/** The existing file, as init reads it for a merge. */
type Existing = Exclude<ReturnType<typeof readExisting>, { problem: MessageValue }>;

/** The count words of the article ("12,000 soldiers" → soldier) declared as units, and the context and registry that know them. */
function countWordUnits(
  article: ArticleText,
  rules: Rules,
  existingUnits: readonly UnitRule[],
  notName: ReturnType<typeof notNameWords>,
  countWords: 'separate' | 'plain',
): { declared: UnitRule[]; ctx: QuantityContext; registry: UnitRegistry } {
  const plain = contextFor(rules, existingUnits);
  // Units the article defines in brackets ("113.29 million tonnes (MT)") are read with it from the start.
  // So are the cents of an article in one currency other than the dollar ("117.3 cent per litre" in Ireland: euro cents).
  const defined = [...definedUnits(article.text, rules.numbers.scales, plain.registry), ...localCent(article.text, existingUnits)]
    .filter((u) => !existingUnits.some((e) => e.name === u.name || e.aliases.some((a) => u.aliases.includes(a))));
  const base = defined.length > 0 ? contextFor(rules, [...existingUnits, ...defined]) : plain;
  let declared = [...defined, ...countUnits(article.text, readProse(article.text, base.ctx), base.registry, [...existingUnits, ...defined], notName)];
  // Plain counts: the count words met, and the rules' own count units ("person"), are words for a plain number.
  if (countWords === 'plain') declared = [...declared, ...countRules(rules)].map((u) => ({ ...u, definition: '1' }));
  const { ctx, registry, problems } = contextFor(rules, [...existingUnits, ...declared]);
  // A count word the registry will not take as a unit (rare): leave the count words out.
  if (problems.length > 0) return { declared: [], ctx: base.ctx, registry: base.registry };
  return { declared, ctx, registry };
}

/** An article read as plain text though it looked like another format, and every malformed number in it. */
function articleProblems(article: ArticleText, numbers: readonly ProseNumber[], articleRef: string): Problem[] {
  const problems: Problem[] = [];
  if (article.readAsPlain) {
    problems.push({ kind: 'article-format', data: { article: articleRef, format: article.readAsPlain.format, reason: article.readAsPlain.reason }, span: articleSpan(article, 0, 0) });
  }
  for (const n of numbers) {
    if (n.kind === 'malformed') problems.push({ kind: 'malformed-number', data: { text: n.text, reason: n.reason ?? { phrase: 'malformed-not-one-number', data: {} } }, span: articleSpan(article, n.start, n.end) });
  }
  return problems;
}

/** An input to write, with where it stands in the article (for its comment) and why its value is not as read, if it is not. */
type PlacedEntry = InitEntry & { paragraph: number; sentence: string; line: number; lost?: MessageValue };

/** What choosing the inputs needs: the existing file, the words no name is made of, the units, and where problems go. */
interface ChoiceContext {
  existing: Existing | undefined;
  notName: ReturnType<typeof notNameWords>;
  ctx: QuantityContext;
  registry: UnitRegistry;
  rules: Rules;
  problems: Problem[];
}

/**
 * One input per quantity of the article, named from the words around it;
 * a quantity an existing quote covers is kept (counted, not written), and
 * one repeated word for word is written once.
 */
function chooseEntries(article: ArticleText, numbers: readonly ProseNumber[], cc: ChoiceContext): { entries: PlacedEntry[]; kept: number; repeated: number } {
  const { existing, ctx, registry } = cc;
  const taken = new Set<string>(existing?.names ?? []);
  const covered = existing ? coveredBy(article, existing.quotes) : [];
  const entries: PlacedEntry[] = [];
  let kept = 0;
  let repeated = 0;
  // Quote and value of every input written: a passage repeated word for word is written once.
  const written = new Set<string>();
  const seenPlaces = new Set<string>();
  for (const found of numbers) {
    if (found.kind !== 'quantity' || !found.quantity) continue;
    let n = found as ProseNumber & { quantity: Quantity };
    if (covered.some((r) => n.start < r.end && n.end > r.start)) {
      kept++;
      continue;
    }
    // A paragraph repeated word for word: the same number at the same place in it is found without looking for its quote.
    const place = placeInParagraph(article, n);
    if (place !== undefined && seenPlaces.has(place)) {
      repeated++;
      continue;
    }
    if (place !== undefined) seenPlaces.add(place);
    // "increased by 0.1 hour" written with its words, as "decreased by 0.1 hour" is.
    n = withChangeWords(article.text, n, ctx, registry);
    const { sentence, quote } = quoteFor(article, n);
    const key = `${quote}\u0000${n.text}`;
    if (written.has(key)) {
      repeated++;
      continue;
    }
    written.add(key);
    const name = uniqueName(suggestName(article, n, cc.notName, numbers), taken, registry);
    taken.add(name);
    const choice = valueFor(n.quantity, n.text, ctx, registry, cc.rules);
    if (choice.lost !== undefined) {
      cc.problems.push({ kind: 'init-value-not-held', data: { written: n.text, value: choice.value, reason: choice.lost }, span: articleSpan(article, n.start, n.end) });
    }
    entries.push({
      name,
      number: n,
      value: choice.value,
      quote,
      ...whereInArticle(article, n, sentence),
      ...(choice.lost !== undefined ? { lost: messageText(choice.lost, cc.rules.phrases) } : {}),
    });
  }
  return { entries, kept, repeated };
}

/** A number's place in its paragraph, with the paragraph's text: equal for the same number in a paragraph repeated word for word. */
function placeInParagraph(article: ArticleText, n: ProseNumber): string | undefined {
  const block = article.blocks[blockIndexAt(article, n.start)];
  return block ? `${n.start - block.start}\u0000${n.text}\u0000${article.text.slice(block.start, block.end)}` : undefined;
}

/** The paragraph (0-based), sentence and source line of a number, for the comments above its input. */
function whereInArticle(article: ArticleText, n: ProseNumber, sentence: string): { paragraph: number; sentence: string; line: number } {
  return { paragraph: blockIndexAt(article, n.start), sentence, line: sourcePosition(article, article.offsets[n.start] as number).line };
}

/** The YAML document: a new one with its header, title and closing example, or the existing one; then `article:`, `units:` and the inputs. */
function writeDocument(article: ArticleText, request: InitRequest, existing: Existing | undefined, usedUnits: readonly UnitRule[], entries: readonly PlacedEntry[]): { doc: Document; inputs: YAMLMap; written: WrittenEntry[] } {
  const doc = existing?.doc ?? new Document({});
  if (!existing) {
    doc.commentBefore = ` yaml-language-server: $schema=${request.schemaRef}\n Written by \`claimcheck init\` from ${request.articleRef}: every number of the article\n as an input. Check each value, give each a source, delete what is not a\n claim's input (or list it under ignore:), then add claims: (see the comment at the end).`;
  }
  const root = doc.contents as YAMLMap;
  if (!existing && article.title) root.set('title', article.title);
  if (!root.has('article')) root.set('article', request.articleRef);
  if (usedUnits.length > 0) {
    const units = mapAt(root, 'units');
    for (const unit of usedUnits) {
      const body = {
        ...(unit.aliases.length > 0 ? { aliases: unit.aliases } : {}),
        ...(unit.definition !== undefined ? { definition: unit.definition } : {}),
        ...(unit.shadows !== undefined ? { shadows: unit.shadows } : {}),
      };
      units.set(unit.name, doc.createNode(body, { flow: true }));
    }
  }
  const inputs = mapAt(root, 'inputs');
  const written = writeInputs(doc, inputs, entries);
  if (!existing) {
    doc.comment = ' claims:\n   example_rate:\n     compute: first_input / second_input\n     stated: 10%\n     quote: "the words of the article that state it"';
  }
  return { doc, inputs, written };
}

/**
 * The existing file's text with the merge's new entries put in, every line
 * the user wrote left as it was: rendering the whole document again rewrote
 * them (`[a, b]` as `[ a, b ]`, a plain scalar over two lines joined into
 * one, `250,000 people` in a flow mapping as `250, 000 people`). Each mapping that gained entries (the root, `units:`,
 * `inputs:`) gets them after its last entry, indented as its first. When the
 * file is shaped otherwise (a flow mapping, an empty `inputs:` filled in), or
 * the spliced text would not read back as the merged document, the whole
 * document is rendered instead.
 */
function mergedText(original: string, doc: Document): string {
  const whole = (): string => doc.toString({ lineWidth: 0 });
  const root = doc.contents;
  if (!isMap(root) || root.range == null) return whole();
  const inserts: { at: number; text: string }[] = [];
  const maps: YAMLMap[] = [root];
  for (const pair of root.items) {
    if (!isNode(pair.key) || pair.key.range == null) continue;
    // A value the merge made in place of what was there (an empty `inputs:`): no text to keep around it.
    if (isNode(pair.value) && pair.value.range == null) return whole();
    if (isMap(pair.value)) maps.push(pair.value as YAMLMap);
  }
  for (const map of maps) {
    const fresh = map.items.filter((p) => !isNode(p.key) || p.key.range == null);
    if (fresh.length === 0) continue;
    const first = map.items[0]?.key;
    if (map.flow || map.range == null || !isNode(first) || first.range == null) return whole();
    const lineStart = original.lastIndexOf('\n', first.range[0] - 1) + 1;
    const indent = ' '.repeat(first.range[0] - lineStart);
    const part = new Document(new YAMLMap());
    (part.contents as YAMLMap).items = fresh;
    // New entries are written as a new file writes them (a blank line before a paragraph's first, kept).
    const lines = part.toString({ lineWidth: 0 }).replace(/\n$/u, '').split('\n');
    const at = map.range[1];
    const text = `${at > 0 && original[at - 1] !== '\n' ? '\n' : ''}${lines.map((l) => (l === '' ? '' : indent + l)).join('\n')}\n`;
    inserts.push({ at, text });
  }
  let text = original;
  for (const { at, text: add } of inserts.sort((a, b) => b.at - a.at)) text = text.slice(0, at) + add + text.slice(at);
  // The spliced text must say what the merged document says; else the rendering is the safe answer.
  return isDeepStrictEqual(parseDocument(text).toJS(), doc.toJS()) ? text : whole();
}

/** The mapping under `key` of the root, made (and set) when there is none. */
function mapAt(root: YAMLMap, key: string): YAMLMap {
  const found = root.get(key);
  if (isMap(found)) return found as YAMLMap;
  const made = new YAMLMap();
  root.set(key, made);
  return made;
}

/** Appends the inputs, each paragraph opened by a comment with its number and line, each new sentence quoted in a comment. */
function writeInputs(doc: Document, inputs: YAMLMap, entries: readonly PlacedEntry[]): WrittenEntry[] {
  let lastParagraph = -2;
  let lastSentence = '';
  let sentenceIndex = -1;
  const written: WrittenEntry[] = [];
  for (const entry of entries) {
    if (entry.sentence !== lastSentence) sentenceIndex++;
    const key = doc.createNode(entry.name) as Scalar;
    const comments: string[] = [];
    if (entry.paragraph !== lastParagraph) {
      comments.push(` ── paragraph ${entry.paragraph + 1} (line ${entry.line})`);
      if (inputs.items.length > 0) key.spaceBefore = true;
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
    const pair = doc.createPair(key, body) as Pair;
    inputs.items.push(pair);
    written.push({ name: entry.name, number: entry.number, value: entry.value, quote: entry.quote, sentence: entry.sentence, sentenceIndex, pair });
  }
  return written;
}

/** The rules' count units: their own dimension, no definition, no currency sign, unknown to mathjs ("person"). */
export function countRules(rules: Rules): UnitRule[] {
  const bare = createUnitRegistry([]).registry;
  return [...rules.units.values()].filter((u) => u.definition === undefined && (u.symbols ?? []).length === 0 && bare.lookup(u.name) === undefined);
}

function unitWordsIn(value: string, unit: UnitRule): boolean {
  const words = new Set(value.split(/[^\p{L}_]+/u));
  return words.has(unit.name) || unit.aliases.some((a) => words.has(a));
}

function coveredBy(article: ArticleText, quotes: readonly string[]): { start: number; end: number }[] {
  const index = indexArticle(article);
  return quotes.flatMap((q) => findQuote(index, q).map((m) => ({ start: m.start, end: m.end })));
}
