/**
 * @file The plural of a count unit for showing results: "people", not
 * "person"; "soldiers", "households". Only a word the registry knows as that
 * unit (its name or an alias) is ever used, so a plural is never invented,
 * and a symbol is shown as it is: "2.35 kg", never "2.35 kgs".
 *
 * Pure.
 */

/** English plurals that are not the name plus -s or -es. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['person', 'people'],
  ['man', 'men'],
  ['woman', 'women'],
  ['child', 'children'],
  ['foot', 'feet'],
  ['tooth', 'teeth'],
  ['mouse', 'mice'],
  ['goose', 'geese'],
  ['ox', 'oxen'],
  ['sheep', 'sheep'],
  ['fish', 'fish'],
  ['deer', 'deer'],
  ['series', 'series'],
  ['species', 'species'],
  ['country', 'countries'],
  ['city', 'cities'],
  ['family', 'families'],
  ['baby', 'babies'],
  ['company', 'companies'],
  ['casualty', 'casualties'],
  ['facility', 'facilities'],
  ['acre_foot', 'acre-feet'],
]);

/**
 * How to declare an unknown unit word: a plural ("goals") is an alias of its
 * singular (`goal: { aliases: [goals] }`), a singular gets its plural as one
 * (`household: { aliases: [households] }`). The hint said `goals: { aliases:
 * [goalss] }`.
 */
export function declarationFor(word: string): { name: string; aliases: string } {
  // A code or symbol ("USDD", "VAR") has no plural to offer.
  if (!/\p{Ll}/u.test(word)) return { name: word, aliases: '...' };
  const singular = singularOf(word);
  if (singular !== undefined) return { name: singular, aliases: word };
  return { name: word, aliases: pluralOf(word) };
}

/** Plural → singular of {@link IRREGULAR} ("people" → "person"). */
const IRREGULAR_SINGULAR: ReadonlyMap<string, string> = new Map([...IRREGULAR].filter(([one, many]) => one !== many).map(([one, many]) => [many, one]));

/** The singular of an English plural ("goals", "countries", "boxes", "people"); undefined for a word that is not one. */
function singularOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_SINGULAR.get(lower);
  if (irregular !== undefined) return irregular;
  if (lower.length < 4 || !lower.endsWith('s') || lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith('is')) return undefined;
  if (lower.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:s|x|z|ch|sh)es$/u.test(lower)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The plural of an English word ("household" → "households", "city" → "cities", "box" → "boxes"). */
function pluralOf(word: string): string {
  const irregular = IRREGULAR.get(word.toLowerCase());
  if (irregular !== undefined) return irregular;
  if (/[^aeiou]y$/iu.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/iu.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * The plural of a unit name, among the words `unitWords` (lower-case word →
 * canonical unit name) maps to it: an irregular plural first, then name + s
 * and name + es. Undefined when the registry knows none.
 */
export function pluralOfUnit(name: string, unitWords: ReadonlyMap<string, string>): string | undefined {
  const lower = name.toLowerCase();
  // A symbol (no vowel: kg, km, lb, hr, yr, bbl) has no plural, though the rules read "kgs" and "hrs" as it.
  if (!/[aeiou]/u.test(lower)) return undefined;
  const irregular = IRREGULAR.get(lower);
  const candidates = [...(irregular ? [irregular] : []), `${name}s`, `${name}es`];
  return candidates.find((word) => unitWords.get(word.toLowerCase()) === name);
}
