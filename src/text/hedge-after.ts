/**
 * @file Hedges written after the number ("80 per cent or more", "5 tonnes
 * or less"), in one table for both readers: the claims-file grammar
 * (src/quantity/text.ts) and the article's prose reader (src/prose/phrase.ts).
 * Each names the hedge of rules/hedges.yaml it means, so its side and
 * tolerance come from the rules. Pure data.
 */

/** The two words after an amount, lower case, and the hedge phrase they stand for. */
export const HEDGES_AFTER: ReadonlyMap<string, string> = new Map([
  ['or more', 'at least'],
  ['or higher', 'at least'],
  ['or above', 'at least'],
  ['or over', 'at least'],
  ['and above', 'at least'],
  ['and over', 'at least'],
  ['or less', 'at most'],
  ['or fewer', 'at most'],
  ['or lower', 'at most'],
  ['or below', 'at most'],
  ['or under', 'at most'],
]);
