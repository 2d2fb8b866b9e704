/**
 * @file The lookup tables the quantity stage reads: the rules plus the unit
 * words and currency signs built by the units stage.
 *
 * Declarations only.
 */
import type { Rules } from '../types.js';

/** What `parseQuantity` needs besides the text. */
export interface QuantityContext {
  /** The merged rules: `hedges` and `numbers` tables are read here. */
  rules: Rules;
  /**
   * Lower-cased word or alias → canonical unit name ("soldiers" → "soldier",
   * "dollars" → "USD", "metres" → "m"). Built by the units stage. Words not in
   * the map are kept as written (mathjs knows "mi", "miles", "years", "day").
   */
  unitWords: ReadonlyMap<string, string>;
  /** Currency sign (or code) written before a number → canonical unit ("$" → "USD", "£" → "GBP"). */
  currencySymbols: ReadonlyMap<string, string>;
}
