/**
 * @file "Did you mean …?" for every stage that meets an unknown word (keys,
 * names): the closest candidate by Damerau–Levenshtein distance (optimal
 * string alignment), or one that shares a prefix with the word.
 *
 * Pure: no I/O, no state.
 */

import type { MessageValue } from '../types.js';

/** Words longer than this are not compared (they are not typos of a key). */
const MAX_COMPARED_LENGTH = 64;

/** The largest edit distance that still counts as a typo. */
const MAX_DISTANCE = 2;

/** A shared prefix must be at least this long to count. */
const MIN_PREFIX = 3;

/**
 * Edit distance between `a` and `b` with insertions, deletions, substitutions
 * and adjacent transpositions (optimal string alignment). Gives up early and
 * returns `limit + 1` once the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

/** True when one word starts with the other and the shorter has at least MIN_PREFIX letters. */
function sharesPrefix(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_PREFIX && long.startsWith(short);
}

/**
 * The candidate `word` was most likely meant to be, or `undefined` when none
 * is close. Comparison ignores case. A candidate qualifies when its edit
 * distance is at most 2 (and smaller than the word's length, so `x` does not
 * suggest `id`), or when one of the two is a prefix of the other (`tol` →
 * `tolerance`). The smallest distance wins; ties go to the earlier candidate.
 *
 * @example suggest('sorce', ['value', 'source']) === 'source'
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  if (w.length === 0 || w.length > MAX_COMPARED_LENGTH) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (candidate === word) continue;
    const distance = editDistance(w, c, MAX_DISTANCE);
    let score = Infinity;
    if (distance <= MAX_DISTANCE && distance < w.length) score = distance;
    // A prefix match ranks after every typo within the distance limit.
    else if (sharesPrefix(w, c)) score = MAX_DISTANCE + 1;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The `{suggestion}` of a finding: the phrase `did-you-mean` of
 * rules/checks.yaml naming the closest candidate (" — did you mean
 * 'source'?"), or the empty string when no candidate is close.
 */
export function suggestion(word: string, candidates: Iterable<string>): MessageValue {
  const best = suggest(word, candidates);
  return best === undefined ? '' : { phrase: 'did-you-mean', data: { name: best } };
}
