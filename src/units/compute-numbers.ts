/**
 * @file Words that stand for plain numbers inside a compute expression, the
 * way the news writes them: scale words after a number (`331 million`,
 * `1.2 bn`) and the percent sign (`42.7%` = 0.427; never remainder).
 *
 * The percent sign reaches the parser as {@link PERCENT_SYMBOL}, a letter the
 * expression language reads as a name, so `42.7%` parses as the product
 * `42.7 × PERCENT_SYMBOL` (the resolve stage swaps it in, same length, only
 * right after a number). The glued forms `k`, `m` and `b` are not listed:
 * in compute `m` is metres and `b` bits.
 *
 * Pure: a fixed table.
 */

/** The name the parser sees for a percent sign written right after a number. */
export const PERCENT_SYMBOL = '℅';

const NUMBERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['trillion', 1e12],
  ['tn', 1e12],
  [PERCENT_SYMBOL, 0.01],
]);

/** The number a compute word stands for (`million` → 1e6, the percent sign → 0.01), or undefined. */
export function computeNumber(name: string): number | undefined {
  return NUMBERS.get(name);
}

/** An expression's text as the file wrote it: the percent symbol shown as `%` again. */
export function showPercent(text: string): string {
  return text.includes(PERCENT_SYMBOL) ? text.replace(new RegExp(`\\s*${PERCENT_SYMBOL}`, 'gu'), '%') : text;
}
