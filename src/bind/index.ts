/**
 * @file The bind stage (contract §8): ties a claims file to its article(s).
 * For each article it reads (through the injected reader), it reduces the
 * text (article.ts), finds every `quote` (quotes.ts), checks that the quoted
 * numbers agree with the YAML (agree.ts), reads a claim's stated value from
 * its quote when `stated` is left out, and counts which of the article's
 * numbers the found quotes cover (coverage.ts).
 *
 * `article:` may be one path or a list (an extension): quotes are searched in
 * every listed article, and coverage is added up over all of them.
 *
 * Pure over its inputs: the article text comes from the `read` port; never
 * prints, never throws for a problem in the input.
 */

import { isAbsolute, join, dirname } from 'node:path';
import type { ClaimsFile, Located, MessageValue, Problem, Quantity, Span } from '../types.js';
import { parseQuantity, type QuantityContext } from '../quantity/index.js';
import { readProse, type ProseNumber } from './prose-port.js';
import { reduceArticle, type ArticleText } from './article.js';
import { closestPassage, findQuote, findQuotes, indexArticle, searchedTogether, type ClosestPassage, type QuoteIndex, type QuoteMatch } from './quotes.js';
import { agreement, type Role, type UnitLookup } from './agree.js';
import { coverage, ignoreRegions, type Region } from './coverage.js';
import type { ReadArticle } from './read-article.js';
import { phrase } from '../findings/interpolate.js';

export type { ArticleRead, ReadArticle } from './read-article.js';
export { articleFormat, articleSpan, blockIndexAt, reduceArticle, sourcePosition, type ArticleFormat, type ArticleText } from './article.js';
export { closestPassage, findQuote, findQuotes, indexArticle, type QuoteIndex, type QuoteMatch } from './quotes.js';
export { normalizeQuote, normalizeText } from './normalize.js';
export { agreement, type Agreement, type UnitLookup } from './agree.js';

/** What binding needs from the engine. */
export interface BindRequest {
  file: ClaimsFile;
  ctx: QuantityContext;
  /** Resolves a unit expression (the unit registry). */
  units: UnitLookup;
  /** Reads an article named in `article:` (path as written). */
  read: ReadArticle;
  /** Each input's value as read by the engine (inputs whose value could not be read are absent). */
  inputs: ReadonlyMap<string, Quantity>;
}

/** An article that was read, with what binding learnt from it. */
export interface BoundArticle {
  article: ArticleText;
  index: QuoteIndex;
  numbers: ProseNumber[];
}

/** What binding found. */
export interface Binding {
  /** Findings for the file (quotes, agreement, coverage, unreadable articles). */
  problems: Problem[];
  /** The article paths as spans name them (relative to the working directory), in `article:` order. */
  paths: string[];
  /** The articles that could be read. */
  articles: BoundArticle[];
  /** Claims without `stated` whose quote holds exactly one quantity: that quantity, and the quote's YAML span. */
  statedFromQuote: Map<string, { quantity: Quantity; span: Span }>;
  /** Claims that cannot be judged because of their quote (their verdict is `error` with this problem). */
  claimProblems: Map<string, Problem>;
  /**
   * Claims with a stated value whose quote is not in the article: still
   * computed and judged (the arithmetic is shown), but the verdict is `error`
   * with this problem (spec news-language §10).
   */
  quoteNotFound: Map<string, Problem>;
  /** Where each input's or claim's quote was found in an article. */
  quoteSpans: Map<string, Span>;
  coverage?: { covered: number; total: number };
}

/** How spans name an article: its path joined to the claims file's folder. */
export function articleDisplayPath(claimsPath: string, article: string): string {
  return isAbsolute(article) ? article : join(dirname(claimsPath), article);
}

/**
 * Binds a claims file to its articles. Returns an empty binding when the file names none.
 *
 * Phases: read the articles, bind every quote (found, agreeing, or giving a
 * claim its stated value), then count the numbers the quotes cover.
 */
export function bindArticles(request: BindRequest): Binding {
  const { file } = request;
  const binding: Binding = { problems: [], paths: [], articles: [], statedFromQuote: new Map(), claimProblems: new Map(), quoteNotFound: new Map(), quoteSpans: new Map() };
  const entries: Located<string>[] = file.articles ?? (file.article ? [file.article] : []);
  if (entries.length === 0) return binding;

  readArticles(entries, request, binding);
  if (binding.articles.length === 0) {
    noArticleForStated(file, binding);
    return binding;
  }
  const regions = new Map<BoundArticle, Region[]>(binding.articles.map((a) => [a, []]));
  const items = quotedItems(request);
  // Every quote's places in each long article, found together: it is read once for all its quotes (a short one is searched per quote, when asked).
  const searched = new Map(binding.articles.filter((bound) => searchedTogether(bound.index)).map((bound) => [bound, findQuotes(bound.index, items.map((item) => item.quote.value))]));
  const located = new Map<string, QuotePlaces>();
  for (const item of items) bindQuote(item, request.units, binding, regions, located, searched);
  addCoverage(file, binding, regions);
  return binding;
}

/** Reads each article of `article:` through the port: the readable ones reduced, indexed and their numbers read. */
function readArticles(entries: readonly Located<string>[], request: BindRequest, binding: Binding): void {
  for (const entry of entries) {
    const path = articleDisplayPath(request.file.path, entry.value);
    binding.paths.push(path);
    const result = request.read(entry.value);
    if ('problem' in result) {
      binding.problems.push({ kind: 'article', data: { reason: result.problem, article: entry.value }, span: entry.span });
      continue;
    }
    const article = reduceArticle(result.text, path);
    if (article.readAsPlain) {
      binding.problems.push({ kind: 'article-format', data: { article: entry.value, format: article.readAsPlain.format, reason: article.readAsPlain.reason }, span: entry.span });
    }
    binding.articles.push({ article, index: indexArticle(article), numbers: readProse(article.text, request.ctx) });
  }
}

/** No article could be read: a claim whose stated value is to come from its quote cannot be judged. */
function noArticleForStated(file: ClaimsFile, binding: Binding): void {
  for (const claim of file.claims) {
    if (!claim.stated && claim.quote) {
      binding.claimProblems.set(claim.name, { kind: 'article', data: { reason: { phrase: 'article-needed-for-stated', data: { claim: claim.name } } }, span: claim.quote.span, claim: claim.name });
    }
  }
}

/** An input or claim with a quote: what the quoted numbers must agree with, or that its stated value is to be read from it. */
interface QuotedItem {
  name: string;
  role: Role;
  quote: Located<string>;
  /** The YAML quantity the quoted numbers must agree with (undefined: none was read). One shape for every item. */
  expected: Quantity | undefined;
  needsStated: boolean;
}

/** Every input and claim that has a quote, inputs first, in file order. */
function quotedItems(request: BindRequest): QuotedItem[] {
  const { file, ctx } = request;
  const quoted: QuotedItem[] = [];
  for (const input of file.inputs) {
    if (input.quote) quoted.push({ name: input.name, role: 'input', quote: input.quote, expected: request.inputs.get(input.name), needsStated: false });
  }
  for (const claim of file.claims) {
    if (!claim.quote) continue;
    const stated = claim.stated ? parseQuantity(claim.stated, ctx).quantity : undefined;
    quoted.push({ name: claim.name, role: 'claim', quote: claim.quote, expected: stated, needsStated: !claim.stated });
  }
  return quoted;
}

/** Places of one quote whose numbers are compared with the YAML (the rest are only covered). */
const AGREEMENT_PLACES = 20;

/** A quote's numbers where it stands: one entry per place it was found. */
type QuoteChecks = { match: QuoteMatch; numbers: ProseNumber[] }[];

/**
 * A quote's places in the articles and its numbers at the first few, worked
 * out once per quote text in a binding: the same words are often quoted for
 * several inputs and claims, and the answer depends on nothing else.
 */
interface QuotePlaces {
  found: { bound: BoundArticle; match: QuoteMatch }[];
  checks: QuoteChecks;
  /** When the quote is nowhere: the closest passage over all articles (null: none), once asked for. */
  closest?: ClosestPassage | null;
  /** {@link checkAgreement}'s answers, per role and YAML quantity. */
  outcomes?: Record<Role, Map<Quantity, AgreementOutcome>>;
}

/** Each long article's quotes and their places ({@link findQuotes}). */
type Searched = ReadonlyMap<BoundArticle, ReadonlyMap<string, readonly QuoteMatch[]>>;

/** {@link locate} once per quote text; the first time, its places join the covered regions (a repeat would add the same ones). */
function locateOnce(articles: readonly BoundArticle[], quote: string, regions: Map<BoundArticle, Region[]>, located: Map<string, QuotePlaces>, searched: Searched): QuotePlaces {
  let known = located.get(quote);
  if (known) return known;
  const found = locate(articles, quote, searched);
  for (const { bound, match } of found) regions.get(bound)!.push({ start: match.start, end: match.end });
  // Every copy is covered; agreement looks at the first few (a copy agrees or the first disagreeing one is shown).
  const checks: QuoteChecks = found.slice(0, AGREEMENT_PLACES).map(({ bound, match }) => ({ match, numbers: numbersIn(bound.numbers, match) }));
  located.set(quote, (known = { found, checks }));
  return known;
}

/** Finds one quote in the articles and records what follows: not found, its stated value, or whether its numbers agree. */
function bindQuote(item: QuotedItem, units: UnitLookup, binding: Binding, regions: Map<BoundArticle, Region[]>, located: Map<string, QuotePlaces>, searched: Searched): void {
  const places = locateOnce(binding.articles, item.quote.value, regions, located, searched);
  const { found, checks } = places;
  if (found.length === 0) {
    // A claim that needs its quote for a stated value cannot be judged: the problem is its verdict.
    const problem = notFound(binding.articles, item.name, item.quote, places);
    if (item.needsStated) binding.claimProblems.set(item.name, problem);
    else if (item.role === 'claim') binding.quoteNotFound.set(item.name, problem);
    else binding.problems.push(problem);
    return;
  }
  binding.quoteSpans.set(item.name, checks[0]!.match.span);
  if (item.needsStated) statedFromQuote(item, checks[0]!.numbers, binding);
  else if (item.expected) checkAgreement(item, item.expected, places, units, binding);
}

/** A claim's stated value from the one quantity of its quote; more than one is the claim's problem. */
function statedFromQuote(item: QuotedItem, numbers: readonly ProseNumber[], binding: Binding): void {
  const quantities = numbers.filter((n) => n.kind === 'quantity' && n.quantity);
  if (quantities.length === 1) binding.statedFromQuote.set(item.name, { quantity: quantities[0]!.quantity!, span: item.quote.span });
  else if (quantities.length > 1) {
    const problem: Problem = {
      kind: 'stated-from-quote',
      data: { claim: item.name, count: quantities.length, numbers: quantities.map((n) => `"${n.text}"`).join(', ') },
      span: item.quote.span,
      claim: item.name,
    };
    binding.claimProblems.set(item.name, problem);
  }
}

/** How a quote's places answer one YAML quantity: the place that agrees, or the first disagreeing one with its nearest number, or neither (no place had a quantity to compare). */
interface AgreementOutcome {
  agreed?: QuoteMatch;
  mismatch?: { match: QuoteMatch; nearest: ProseNumber };
}

/**
 * Whether the quoted numbers agree with the YAML at some place the quote
 * stands (that place's span is kept); `quote-mismatch` with the first
 * disagreeing place when none agrees. The answer depends only on the places,
 * the YAML quantity and the role, so it is worked out once per quote text
 * for each quantity (a quantity read from the same words is one shared
 * object): many inputs and claims quote the same words for the same value.
 */
function checkAgreement(item: QuotedItem, expected: Quantity, places: QuotePlaces, units: UnitLookup, binding: Binding): void {
  const memo = (places.outcomes ??= { input: new Map(), claim: new Map() })[item.role];
  let outcome = memo.get(expected);
  if (outcome === undefined) memo.set(expected, (outcome = agreementOutcome(expected, places.checks, item.role, units)));
  if (outcome.agreed) binding.quoteSpans.set(item.name, outcome.agreed.span);
  else if (outcome.mismatch) {
    const { match, nearest } = outcome.mismatch;
    binding.problems.push({
      kind: 'quote-mismatch',
      data: {
        name: item.name,
        article_says: nearest.text,
        yaml_says: expected.text,
        article: match.article.path,
        line: match.span.line,
        sign: oppositeSign(expected, nearest.quantity),
      },
      span: item.quote.span,
      claim: item.name,
      actual: expected.text,
      expected: nearest.text,
    });
  }
}

/**
 * When the article's words and the YAML give one amount with opposite signs
 * ("A decrease of $23 billion" against `value: $23 billion`), the phrase
 * that says so, since the two texts show the same digits; '' otherwise.
 */
function oppositeSign(expected: Quantity, article: Quantity | undefined): MessageValue {
  if (!article || article.high || expected.high || article.unit !== expected.unit) return '';
  const a = article.low.value;
  const e = expected.low.value;
  if (a === 0 || a !== -e) return '';
  return phrase(a < 0 ? 'mismatch-sign-fall' : 'mismatch-sign-rise');
}

/** {@link checkAgreement}'s answer for one quantity: the places in order, the first that agrees wins. */
function agreementOutcome(expected: Quantity, checks: QuoteChecks, role: Role, units: UnitLookup): AgreementOutcome {
  let mismatch: AgreementOutcome['mismatch'];
  for (const check of checks) {
    const result = agreement(expected, check.numbers, role, units);
    if (!result) continue;
    if (result.agrees) return { agreed: check.match };
    mismatch ??= { match: check.match, nearest: result.nearest };
  }
  return mismatch ? { mismatch } : {};
}

/** Adds up, over the articles, the numbers the found quotes cover; one finding per uncovered number. */
function addCoverage(file: ClaimsFile, binding: Binding, regions: ReadonlyMap<BoundArticle, Region[]>): void {
  let covered = 0;
  let total = 0;
  const ignore = file.ignore.map((i) => i.value);
  for (const bound of binding.articles) {
    const result = coverage(bound.article, bound.numbers, regions.get(bound)!, ignore, ignoreRegions(bound.index.normalized, ignore));
    covered += result.covered;
    total += result.total;
    // One uncovered number per finding: an article may hold hundreds of thousands, more than a spread's arguments.
    for (const problem of result.problems) binding.problems.push(problem);
  }
  binding.coverage = { covered, total };
}

/** Every place a quote stands, article by article (in `article:` order). */
function locate(articles: readonly BoundArticle[], quote: string, searched: Searched): { bound: BoundArticle; match: QuoteMatch }[] {
  const out: { bound: BoundArticle; match: QuoteMatch }[] = [];
  for (const bound of articles) for (const match of searched.get(bound)?.get(quote) ?? findQuote(bound.index, quote)) out.push({ bound, match });
  return out;
}

/** Whether an article's numbers are in text order (starts and ends both rising), worked out once per list. */
const inTextOrder = new WeakMap<readonly ProseNumber[], boolean>();

/** The prose numbers that overlap a match (a binary search: scanning every number for every quote was quadratic). */
function numbersIn(numbers: readonly ProseNumber[], match: { start: number; end: number }): ProseNumber[] {
  let ordered = inTextOrder.get(numbers);
  if (ordered === undefined) {
    ordered = numbers.every((n, i) => i === 0 || (n.start >= numbers[i - 1]!.start && n.end >= numbers[i - 1]!.end));
    inTextOrder.set(numbers, ordered);
  }
  if (!ordered) return numbers.filter((n) => n.start < match.end && n.end > match.start);
  let lo = 0;
  let hi = numbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (numbers[mid]!.end > match.start) hi = mid;
    else lo = mid + 1;
  }
  const out: ProseNumber[] = [];
  for (let i = lo; i < numbers.length && numbers[i]!.start < match.end; i++) if (numbers[i]!.end > match.start) out.push(numbers[i]!);
  return out;
}

function excerpt(text: string, max = 100): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The `quote-not-found` problem, with the closest passage over all articles. */
function notFound(articles: readonly BoundArticle[], name: string, quote: Located<string>, places: QuotePlaces): Problem {
  if (places.closest === undefined) {
    let found: ClosestPassage | undefined;
    for (const bound of articles) {
      const candidate = closestPassage(bound.index, quote.value);
      if (candidate && (!found || candidate.score > found.score)) found = candidate;
    }
    places.closest = found ?? null;
  }
  const best = places.closest;
  const where = articles.length === 1 ? articles[0]!.article.path : phrase('any-of', { items: articles.map((a) => a.article.path).join(', ') });
  let closest: MessageValue = phrase('closest-none');
  if (best) {
    const line = best.span.line;
    const differ = best.numbersDiffer
      ? phrase('closest-numbers-differ', { passage: best.numbersDiffer.passage.join(', '), quote: best.numbersDiffer.quote.join(', ') })
      : '';
    closest = phrase('closest-passage', { article: best.article.path, line, text: excerpt(best.text), differ });
  }
  return {
    kind: 'quote-not-found',
    data: { name, article: where, quote: excerpt(quote.value, 80), closest },
    span: quote.span,
    claim: name,
  };
}
