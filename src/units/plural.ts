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
