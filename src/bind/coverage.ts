/**
 * @file Coverage (contract §8 rule 3): every quantity the prose reader finds
 * in an article must lie inside a quote the claims file found there; the
 * rest are `uncovered-number` findings at the article's line and column.
 * Malformed numbers ("seven.6 million") are `malformed-number` findings.
 * Years, dates, times, ordinals and names with digits are not counted.
 *
 * `ignore:` entries take numbers out of both counts: a number is ignored
 * when its text contains an entry, or when it overlaps a place where the
 * entry's text stands in the article ("160 miles", "Article 4"); matching
 * ignores case and the quote normalization (white space, quotes, dashes).
 *
 * Pure: no I/O.
 */

import type { Problem } from '../types.js';
import { numberContext, type ProseNumber } from './prose-port.js';
import { articleSpan, type ArticleText } from './article.js';
import { normalizeQuote, type Normalized } from './normalize.js';

/** A found quote's place in an article's reduced text. */
export interface Region {
  start: number;
  end: number;
}

/** What coverage found in one article. */
export interface CoverageResult {
  covered: number;
  total: number;
  problems: Problem[];
}

/** The regions of the article where the `ignore:` entries stand. */
export function ignoreRegions(normalized: Normalized, entries: readonly string[]): Region[] {
  if (entries.length === 0) return [];
  const lower = normalized.text.toLowerCase();
  const sameLength = lower.length === normalized.text.length;
  const hay = sameLength ? lower : normalized.text;
  const regions: Region[] = [];
  for (const entry of entries) {
    const needle = sameLength ? normalizeQuote(entry).toLowerCase() : normalizeQuote(entry);
    if (needle === '') continue;
    let at = hay.indexOf(needle);
    while (at !== -1) {
      regions.push({ start: normalized.map[at]!, end: normalized.map[at + needle.length - 1]! + 1 });
      at = hay.indexOf(needle, at + 1);
    }
  }
  return regions;
}

/** Whether a number is left out by `ignore:`: its text holds an entry (entries normalized and lower-cased), or it overlaps a place one stands. */
function isIgnored(n: ProseNumber, entries: readonly string[], inIgnored: (n: ProseNumber) => boolean): boolean {
  if (entries.length > 0) {
    const text = normalizeQuote(n.text).toLowerCase();
    for (const e of entries) if (text.includes(e)) return true;
  }
  return inIgnored(n);
}

/** A short, quoted excerpt for a message. */
function shown(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/**
 * Counts and reports an article's numbers.
 *
 * @param numbers what the prose reader found in `article.text`
 * @param quotes where found quotes stand in `article.text`
 * @param ignore the claims file's `ignore:` entries; `ignored` their regions (see {@link ignoreRegions})
 */
export function coverage(article: ArticleText, numbers: readonly ProseNumber[], quotes: readonly Region[], ignore: readonly string[], ignored: readonly Region[]): CoverageResult {
  let covered = 0;
  let total = 0;
  const problems: Problem[] = [];
  const entries = ignore.map((entry) => normalizeQuote(entry).toLowerCase()).filter((e) => e !== '');
  const within = coveredTest(quotes);
  const inIgnored = coveredTest(ignored);
  for (const n of numbers) {
    if (n.kind !== 'quantity' && n.kind !== 'malformed') continue;
    if (isIgnored(n, entries, inIgnored)) continue;
    if (n.kind === 'malformed') {
      problems.push({ kind: 'malformed-number', data: { text: shown(n.text), reason: n.reason ?? { phrase: 'malformed-not-one-number', data: {} } }, span: articleSpan(article, n.start, n.end) });
      continue;
    }
    total++;
    if (within(n)) covered++;
    else problems.push({ kind: 'uncovered-number', data: { number: `"${shown(n.text)}"`, context: shown(numberContext(article.text, n) ?? n.text, 120) }, span: articleSpan(article, n.start, n.end) });
  }
  return { covered, total, problems };
}

/**
 * A test of whether a number overlaps any of the regions: the regions sorted
 * by start, with the furthest end reached by each one and those before it.
 * Every region starting before the number ends overlaps it unless it also
 * ends at or before the number starts, so the number is covered exactly when
 * the furthest of their ends lies past its start (a binary search per number).
 */
function coveredTest(regions: readonly Region[]): (n: { start: number; end: number }) => boolean {
  if (regions.length === 0) return () => false;
  const sorted = [...regions].sort((a, b) => a.start - b.start);
  const starts = new Float64Array(sorted.length);
  const reach = new Float64Array(sorted.length);
  let furthest = -Infinity;
  for (let i = 0; i < sorted.length; i++) {
    starts[i] = sorted[i]!.start;
    furthest = Math.max(furthest, sorted[i]!.end);
    reach[i] = furthest;
  }
  return (n) => {
    // The number of regions starting before the number ends.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < n.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > n.start;
  };
}
