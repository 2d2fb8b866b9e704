/**
 * @file Meaning words for the derive stage's fact pool (issue 12): the
 * distinctive words of a sentence and of an outside fact (its name, source,
 * note, shared-fact name and category), so that a fact about "killed" and
 * "wounded" counts as near a sentence about casualties killed or wounded, and
 * a fact about a country's area does not.
 *
 * - Words are lower case, letters only, at least three long, singular by a
 *   plain rule ("casualties" → "casualty", "troops" → "troop"); function words
 *   and the words every news number comes with ("said", "percent", "year",
 *   "about") are left out.
 * - {@link distinctive} drops, from the sentences of a longer article, the
 *   words a quarter or more of its sentences use ("Korea" in an article about
 *   North Korea): they would make every fact near every number.
 *
 * Pure; never throws.
 */

/** Words that carry no meaning of their own for matching a fact to a sentence. */
const STOP = new Set(
  (
    'the and for are but not you all any can had her was one our out has him his how its may new now old see two who did get let put say she too use ' +
    'that with have this will your from they been were said says what when where which while would could should there their them then than these those ' +
    'into onto over under about above after again against before below between both during each few more most other some such only own same very just ' +
    'also because until once here why does doing being having off per via yet nor own its it’s its’ dont isn aren wasn weren ' +
    'percent per cent million billion thousand hundred trillion dozen number numbers figure figures total estimate estimated according ' +
    'year years day days week weeks month months hour hours minute minutes today yesterday last next first second third ' +
    'around almost nearly roughly approximately least less many much several like including included include since ago ' +
    'case side part time way thing level kind lot rest whole end show shown mean means make made take taken give given ' +
    'mr mrs ms www http https com org html'
  ).split(/\s+/u),
);

/** The singular of a word by a plain rule: "casualties" → "casualty", "troops" → "troop", "glass" stays. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** The meaning words of a text, each once, in order of first use. */
export function meaningWords(text: string): string[] {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().replace(/['’]s\b/gu, '').split(/[^\p{L}]+/u)) {
    if (raw.length < 3 || STOP.has(raw)) continue;
    const w = singular(raw);
    if (!STOP.has(w)) out.add(w);
  }
  return [...out];
}

/**
 * Each sentence's meaning words without those a third or more of the
 * sentences share; an article of fewer than six sentences keeps them all
 * (too short to tell a topic word from a distinctive one).
 */
export function distinctive(sentences: readonly string[]): string[][] {
  const words = sentences.map(meaningWords);
  if (sentences.length < 6) return words;
  const count = new Map<string, number>();
  for (const list of words) for (const w of list) count.set(w, (count.get(w) ?? 0) + 1);
  return words.map((list) => list.filter((w) => (count.get(w) ?? 0) * 4 < sentences.length));
}
