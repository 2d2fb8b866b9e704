/**
 * @file The text normalization quotes are matched under (contract §8): white
 * space runs become one space, curly quotes and primes become straight
 * quotes, dashes and the minus sign become "-", non-breaking and thin spaces
 * are spaces, soft hyphens and zero-width characters disappear. Everything
 * else — case included — must match exactly. A map leads from each
 * normalized character back to the text it came from.
 *
 * Pure: no I/O.
 */

/** Normalized text and, for each of its characters, the offset in the input it came from. */
export interface Normalized {
  text: string;
  /** `map[i]` is the input offset of `text[i]`; `map[text.length]` is the input's end. */
  map: Int32Array;
}

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '\u0060': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
};
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D']);
const REMOVED = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);

/** One character as it is compared: '' when it is dropped, ' ' for any space. */
export function normalChar(c: string): string {
  // Printable ASCII stays as it is, but for the grave accent (a quote): the one
  // test most characters of an article need.
  const code = c.charCodeAt(0);
  if (code > 32 && code < 127 && code !== 0x60) return c;
  if (REMOVED.has(c)) return '';
  const q = QUOTES[c];
  if (q !== undefined) return q;
  if (DASHES.has(c)) return '-';
  if (/\s/u.test(c)) return ' ';
  return c;
}

/** Normalizes text for matching. Spaces are collapsed; leading and trailing space is kept as one space. */
export function normalizeText(input: string): Normalized {
  const map = new Int32Array(input.length + 1);
  const text = normalizeInto(input, map);
  return { text, map: map.subarray(0, text.length + 1) };
}

/** The normalized form of a quote, trimmed. */
export function normalizeQuote(quote: string): string {
  return normalizeInto(quote, undefined).trim();
}

/**
 * Where a run of characters that stay as they are ends: at a character other
 * than printable ASCII (the backtick included) and the space, or at a space
 * after a space.
 */
const RUN_END = /[^\x20-\x5f\x61-\x7e]|(?<= ) /g;

/**
 * The normalized text of `input`; when `map` is given, `map[i]` is set to the
 * input offset of the result's character i, and `map[result.length]` to the
 * input's length. Characters that stay as they are (most of a text: printable
 * ASCII and single spaces) are found in runs by {@link RUN_END}, not looked at
 * one by one, and copied as runs.
 */
function normalizeInto(input: string, map: Int32Array | undefined): string {
  const parts: string[] = [];
  // The start of the run of characters kept as they are, not yet copied.
  let run = 0;
  let length = 0;
  let lastSpace = false;
  const end = input.length;
  let i = 0;
  while (i < end) {
    const code = input.charCodeAt(i);
    // Printable ASCII other than the backtick, and a space not after a space, start a run that stays as it is.
    if (code >= 32 && code < 127 && code !== 0x60 && !(code === 32 && lastSpace)) {
      RUN_END.lastIndex = i + 1;
      const found = RUN_END.exec(input);
      const next = found === null ? end : found.index;
      if (map) for (let k = i; k < next; k++) map[length + k - i] = k;
      length += next - i;
      lastSpace = input.charCodeAt(next - 1) === 32;
      i = next;
      continue;
    }
    const c = input[i]!;
    const n = code === 32 ? c : normalChar(c);
    const kept = n !== '' && !(n === ' ' && lastSpace);
    if (n !== '') lastSpace = n === ' ';
    if (kept && n === c) {
      if (map) map[length] = i;
      length += 1;
      i += 1;
      continue;
    }
    if (i > run) parts.push(input.slice(run, i));
    run = i + 1;
    i += 1;
    if (!kept) continue;
    parts.push(n);
    if (map) map[length] = i - 1;
    length += 1;
  }
  if (run === 0) {
    if (map) map[length] = input.length;
    return input;
  }
  if (run < input.length) parts.push(input.slice(run));
  if (map) map[length] = input.length;
  return parts.join('');
}
