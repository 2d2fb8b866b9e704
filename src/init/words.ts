/**
 * @file The words `init` leaves out of a suggested input name: the prose
 * reader's function words, and every hedge, number and scale word of the
 * rule tables in force (rules/hedges.yaml, rules/numbers.yaml, a project's
 * overrides included) — never a list of its own.
 *
 * Pure: no I/O.
 */
import { FUNCTION_WORDS } from '../prose/index.js';
import type { Rules } from '../types.js';

/** Words that never make part of a name, for these rules. */
export function notNameWords(rules: Rules): ReadonlySet<string> {
  const words = new Set<string>(FUNCTION_WORDS);
  const add = (phrase: string): void => {
    for (const w of phrase.toLowerCase().split(/[\s-]+/u)) if (w !== '') words.add(w);
  };
  for (const phrase of rules.hedges.keys()) add(phrase);
  for (const phrase of rules.numbers.words.keys()) add(phrase);
  for (const phrase of rules.numbers.scales.keys()) add(phrase);
  return words;
}

/**
 * Words that never make part of a suggested input name: {@link notNameWords}
 * and the emphasis words of the rules ("reached a record 264%", "a whopping
 * £5": they say nothing of what is measured). Not for count units: "the
 * 31,416 total registered voters" still counts voters.
 */
export function notInNameWords(rules: Rules): ReadonlySet<string> {
  const words = new Set(notNameWords(rules));
  for (const phrase of rules.numbers.emphasisWords) for (const w of phrase.toLowerCase().split(/[\s-]+/u)) if (w !== '') words.add(w);
  return words;
}
