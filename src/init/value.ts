/**
 * @file The `value:` `init` writes for a quantity the prose reader found:
 * exactly what the reader read — value (and range), unit with its rate,
 * hedge — in words the claims-file grammar reads back to the same quantity
 * and whose unit the registry resolves. The article's own words come first;
 * then the quantity rendered (currency sign, scale word from the rules,
 * hedge phrase, unit). When neither holds it, the nearest value the grammar
 * can hold is returned with the reason, for a comment in the file and a line
 * on the console — never a silent change.
 *
 * Pure: no I/O.
 */
import { formatGrouped } from '../text/number-format.js';
import pluralize from 'pluralize';
import { parseQuantityText, type QuantityContext } from '../quantity/index.js';
import type { MessageValue, Quantity, Rules } from '../types.js';
import type { UnitRegistry } from '../units/index.js';
import type { ProseNumber } from '../prose/index.js';
import { startOfFile } from '../text/span.js';
import { phrase } from '../findings/interpolate.js';

/** The value to write, and why it differs from what the article says when it does. */
export interface ValueChoice {
  value: string;
  /** Set when the value written is not the quantity as read: what was lost. */
  lost?: MessageValue;
}

const SPAN = startOfFile('');

const close = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y), 1e-300);

/** Two readings agree on value, range, unit, hedge side and display. */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (!close(a.low.value, b.low.value)) return false;
  if ((a.high === undefined) !== (b.high === undefined)) return false;
  if (a.high && b.high && !close(a.high.value, b.high.value)) return false;
  return a.unit === b.unit && a.hedge?.side === b.hedge?.side && a.display === b.display;
}

/** The number with the largest scale word of the rules at or below it ("1.3 million"); percent as "%". */
function numberText(x: number, display: Quantity['display'], rules: Rules): string {
  const digits = (v: number): string => formatGrouped(Number(v.toPrecision(12)), 10);
  if (display !== 'plain') return `${digits(x * 100)}%`;
  const abs = Math.abs(x);
  let best: [string, number] | undefined;
  for (const [word, scale] of rules.numbers.scales) {
    // Whole words only ("million", not "m" or "bn"), the largest that fits.
    if (!/^\p{L}{4,}$/u.test(word) || scale < 1e6 || abs < scale) continue;
    if (!best || scale > best[1]) best = [word, scale];
  }
  return best ? `${digits(x / best[1])} ${best[0]}` : digits(x);
}

/** A unit with its leading word in the plural when the context knows that plural for it ("soldier/day" → "soldiers/day"). */
function pluralUnit(unit: string, ctx: QuantityContext): string {
  const head = /^[A-Za-z_]+/u.exec(unit)?.[0];
  if (!head) return unit;
  const plural = pluralize.plural(head);
  return plural !== head && ctx.unitWords.get(plural.toLowerCase()) === head ? plural + unit.slice(head.length) : unit;
}

/** The quantity rendered in the claims-file grammar: hedge, currency sign, number(s), unit. */
function rendered(q: Quantity, ctx: QuantityContext, rules: Rules, withUnit: boolean): string {
  let unit = withUnit ? q.unit : '';
  let sign = '';
  for (const [symbol, name] of ctx.currencySymbols) {
    // A currency alone ("USD") is written with its sign; a currency rate ("USD/week") keeps the code.
    if (unit === name && !/^[A-Za-z]/u.test(symbol)) {
      sign = symbol;
      unit = '';
      break;
    }
  }
  const amount = (x: number): string => `${sign}${numberText(x, q.display, rules)}`;
  const hedge = q.hedge ? `${q.hedge.phrase} ` : '';
  const range = q.high ? `${amount(q.low.value)} to ${amount(q.high.value)}` : amount(q.low.value);
  const shown = unit && (q.high !== undefined || q.low.value !== 1) ? pluralUnit(unit, ctx) : unit;
  return `${hedge}${range}${shown ? ` ${shown}` : ''}`;
}

/** What the grammar reads `text` as, when its unit resolves. */
function readBack(text: string, ctx: QuantityContext, registry: UnitRegistry): Quantity | undefined {
  const back = parseQuantityText(text, ctx, SPAN).quantity;
  if (!back) return undefined;
  return back.unit === '' || 'unit' in registry.resolve(back.unit) ? back : undefined;
}

/**
 * The value to write for quantity `q`, found in the article as `written`:
 * the article's words when they read back to `q`, else `q` rendered; else
 * the nearest the grammar holds (without the unit, then the bare number)
 * with what was lost.
 */
export function valueFor(q: Quantity, written: string, ctx: QuantityContext, registry: UnitRegistry, rules: Rules): ValueChoice {
  const clean = written.replace(/\s+/gu, ' ').trim();
  for (const candidate of [clean, rendered(q, ctx, rules, true)]) {
    const back = readBack(candidate, ctx, registry);
    if (back && sameQuantity(back, q)) return { value: candidate };
  }
  const unitless = rendered(q, ctx, rules, false);
  if (readBack(unitless, ctx, registry)) {
    return { value: unitless, lost: q.unit === '' ? phrase('lost-words') : phrase('lost-unit', { unit: q.unit }) };
  }
  return { value: numberText(q.low.value, q.display, rules), lost: phrase('lost-hedge-or-range') };
}

/**
 * A number the prose reader took without the words of change before it,
 * because they leave its value as it is ("increased by 0.1 hour", "up by
 * 10.3 percentage points", "rose 3.8 per cent" are +0.1 hour, +10.3 points,
 * +3.8%), with those words: read by the claims-file grammar as a signed
 * change of the same value, so `init` writes an increase as it writes a
 * decrease ("decreased by 2.5 percentage points", which the reader keeps
 * because the words make the value negative). A level after a bare verb
 * ("rose above 4%") stays a level, as the reader reads it. `text` is the
 * article's reduced text the number's offsets point into.
 */
export function withChangeWords(text: string, n: ProseNumber & { quantity: Quantity }, ctx: QuantityContext, registry: UnitRegistry): ProseNumber & { quantity: Quantity } {
  const q = n.quantity;
  if (n.kind !== 'quantity' || q.change !== undefined) return n;
  // Up to four words before the number, in its clause: "decreased slightly by", "up by", "rose".
  const starts: number[] = [];
  let i = n.start;
  while (starts.length < 4) {
    let j = i;
    while (j > 0 && /[ \t]/u.test(text[j - 1] as string)) j--;
    if (j === i && i !== n.start) break;
    let k = j;
    while (k > 0 && /[\p{L}-]/u.test(text[k - 1] as string)) k--;
    if (k === j) break;
    starts.push(k);
    i = k;
  }
  for (const start of starts.reverse()) {
    const words = text.slice(start, n.start);
    if (q.hedge !== undefined && !/\bby\s*$/u.test(words)) continue;
    const written = text.slice(start, n.end).replace(/\s+/gu, ' ');
    const back = readBack(written, ctx, registry);
    if (back?.change !== undefined && sameQuantity(back, q)) return { ...n, start, text: text.slice(start, n.end), quantity: back };
  }
  return n;
}
