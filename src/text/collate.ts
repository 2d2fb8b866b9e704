/**
 * @file The order of `String.prototype.localeCompare` (ICU's root
 * collation, which sorts phrases, kinds and paths everywhere in claimcheck),
 * without starting ICU's collator where it is not needed: the first
 * `localeCompare` of a process sets the collator up, about 5 ms, and a check
 * of one small file compares only lower-case phrases, number words, currency
 * signs, finding kinds and paths.
 *
 * The collation compares strings by their characters' first-level weights
 * (letters before accents before case). Each character of {@link ORDER}
 * (lower-case ASCII letters, digits, space, `_ - . ' /`, the fraction slash
 * and the currency signs of the default rules) has one such weight, in that
 * order; a capital ASCII letter has its small letter's (case is a later
 * level), and a vulgar fraction has those of its parts ("½" is "1⁄2"): so
 * where both strings are made of those characters up to their first
 * difference (and the longer one's rest, when one is the start of the
 * other), the weights give the answer. Anything else (accents, other
 * signs, two strings whose weights are all equal, such as "A$" and "a$") is
 * left to `localeCompare`. Capitals matter since the default rules spell
 * currencies "A$", "NZ$" and "Rs": sorting them must not start ICU. test/text/collate.test.ts checks the two agree. Pure.
 */

/** The characters whose order is known, from first to last as the collation sorts them. */
const ORDER = " _-.'/\u2044$£¥₩€₹0123456789abcdefghijklmnopqrstuvwxyz";

/** A character's place in {@link ORDER} by its code (a capital A–Z its small letter's), -1 when it is not there. */
const WEIGHT = new Map<number, number>([
  ...[...ORDER].map((char, i): [number, number] => [char.charCodeAt(0), i]),
  ...[...'abcdefghijklmnopqrstuvwxyz'].map((char): [number, number] => [char.toUpperCase().charCodeAt(0), ORDER.indexOf(char)]),
]);

/** The same for ASCII, as an array (the common case). */
const ASCII_WEIGHT: Int8Array = (() => {
  const weights = new Int8Array(128).fill(-1);
  for (const [code, weight] of WEIGHT) if (code < 128) weights[code] = weight;
  return weights;
})();

function weightOf(code: number): number {
  return code < 128 ? (ASCII_WEIGHT[code] as number) : WEIGHT.get(code) ?? -1;
}

/** Vulgar fractions (¼ ½ ¾, ⅐ to ⅞): the collation weighs each as its compatibility decomposition ("⅔" as "2⁄3"). */
function isVulgarFraction(code: number): boolean {
  return (code >= 0xbc && code <= 0xbe) || (code >= 0x2150 && code <= 0x215e);
}

/**
 * Negative when `a` sorts before `b`, positive after, 0 when they sort the
 * same: the sign `a.localeCompare(b)` gives.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i += 1) {
    const wa = weightOf(a.charCodeAt(i));
    const wb = weightOf(b.charCodeAt(i));
    if (wa < 0 || wb < 0) return compareWeights(a, b);
    if (wa !== wb) return wa - wb;
  }
  // One is the start of the other: the longer sorts after, unless its rest is
  // made of characters the collation ignores, which only ICU knows.
  const longer = a.length > b.length ? a : b;
  for (let i = common; i < longer.length; i += 1) if (weightOf(longer.charCodeAt(i)) < 0) return compareWeights(a, b);
  // Same length, same weights, different text: they differ in case only, a later level.
  return a.length !== b.length ? a.length - b.length : a.localeCompare(b);
}

/** The first-level weights of `text`, or undefined when a character's are not known here. */
function weights(text: string): number[] | undefined {
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const weight = weightOf(code);
    if (weight >= 0) {
      out.push(weight);
      continue;
    }
    if (!isVulgarFraction(code)) return undefined;
    for (const part of text[i]!.normalize('NFKD')) {
      const partWeight = weightOf(part.charCodeAt(0));
      if (partWeight < 0) return undefined;
      out.push(partWeight);
    }
  }
  return out;
}

/** Compares by weights where they are known and differ; otherwise asks `localeCompare`. */
function compareWeights(a: string, b: string): number {
  const wa = weights(a);
  const wb = weights(b);
  if (wa === undefined || wb === undefined) return a.localeCompare(b);
  const common = Math.min(wa.length, wb.length);
  for (let i = 0; i < common; i += 1) if (wa[i] !== wb[i]) return (wa[i] as number) - (wb[i] as number);
  // Equal first-level weights ("½" and "1⁄2"): the later levels decide.
  return wa.length !== wb.length ? wa.length - wb.length : a.localeCompare(b);
}
