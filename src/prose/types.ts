/**
 * @file The prose reader's public types: what it finds in an article's text.
 *
 * Declarations only.
 */
import type { MessageValue, Quantity } from '../types.js';

export type { Quantity } from '../types.js';

/**
 * What a number in prose is: a `quantity` (an amount the article states), or
 * something that is written with digits or number words but states no amount
 * (a year or fiscal year, a date, a time of day, an ordinal, a name with
 * digits, a `score` or record "3-2", a `phone` number, a `footnote` marker
 * "[1]"), or a `malformed` number that cannot be read safely ("seven.6
 * million").
 */
export type ProseKind = 'quantity' | 'year' | 'date' | 'time' | 'ordinal' | 'name' | 'score' | 'phone' | 'footnote' | 'malformed';

/** One number found in prose, with the whole phrase around it. */
export interface ProseNumber {
  /** UTF-16 offsets into the text given: [start, end). Covers the whole phrase incl. hedge and unit ("almost 200 soldiers per square mile"). */
  start: number;
  end: number;
  /** The phrase as written. */
  text: string;
  kind: ProseKind;
  /** For kind 'quantity': the phrase read as a stated value (hedge, amounts with precision, range, unit, display), as src/quantity reads claims.yaml's `stated`/`value`. Its `text` is the phrase as written. */
  quantity?: Quantity;
  /** For kind 'score': the pair of counts as written ("14-4 record" → [14, 4]), never a range. */
  counts?: [number, number];
  /** For kind 'malformed': why ("a number word and digits mixed: seven.6 million"). */
  reason?: MessageValue;
}
