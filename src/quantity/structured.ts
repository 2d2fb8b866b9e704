/**
 * @file The structured form of a quantity:
 *   { value, hedge, unit, tolerance }  or  { low, high, unit, tolerance }
 * Each end is a YAML number or an amount in the grammar (no hedge); `unit` is
 * a unit phrase read as in the text form; `hedge` must be a known phrase.
 *
 * Pure: no I/O. Never throws for bad input; returns `parse` Problems.
 */
import type { HedgeRule, Problem, Quantity, Span, StructuredQuantity } from '../types.js';
import type { RawAmount } from './amount.js';
import { buildQuantity } from './amount.js';
import { messageText, phrase } from '../findings/interpolate.js';
import type { QuantityContext } from './context.js';
import { didYouMean, parseProblem, QuantitySyntaxError } from './errors.js';
import { Scanner } from './scanner.js';
import type { Tables } from './tables.js';
import { normalisePhrase, tablesFor } from './tables.js';
import { readSingleAmount } from './text.js';
import { parseTolerance } from './tolerance.js';
import type { PercentKind, UnitFactor } from './unitPhrase.js';
import { readPercent, readUnitPhrase, renderUnit } from './unitPhrase.js';

/** Renders the fields as written, for messages: `{ value: 200, hedge: almst }`. */
function renderFields(fields: StructuredQuantity): string {
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${String(v)}`);
  return `{ ${parts.join(', ')} }`;
}

/** The text of one end: a YAML number as JavaScript writes it, or the string as written. */
function endText(field: string, value: number | string): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new QuantitySyntaxError(`expected a finite number for ${field}, but found ${String(value)}`);
    return String(value);
  }
  return value;
}

function readEnd(field: string, value: number | string, t: Tables): RawAmount {
  const text = endText(field, value);
  const hedge = new Scanner(text).matchLongest(t.hedgePhrases);
  if (hedge !== undefined) throw new QuantitySyntaxError(`expected just a number for ${field}, but found the hedge "${hedge}" in "${text}"; write it as hedge: ${hedge}`);
  try {
    return readSingleAmount(text, t);
  } catch (error) {
    if (error instanceof QuantitySyntaxError) throw new QuantitySyntaxError(`${field} "${text}": ${error.reason}`);
    throw error;
  }
}

/** Reads the `unit:` field: a percent word or a unit phrase, nothing else. */
function readUnitField(text: string, t: Tables): { percent?: PercentKind; units: UnitFactor[] } {
  const s = new Scanner(text);
  const percent = readPercent(s);
  const units = readUnitPhrase(s, t);
  if (!s.atEnd() || (percent === undefined && units.length === 0 && text.trim() !== '')) {
    throw new QuantitySyntaxError(`expected a unit such as "soldier", "mi^2/day" or "percent" for unit, but found "${text}"`);
  }
  return percent === undefined ? { units } : { percent, units };
}

function readHedge(text: string, t: Tables, ctx: QuantityContext): HedgeRule {
  const rule = t.hedges.get(normalisePhrase(text));
  if (rule) return rule;
  // One example for each of the first few sides: "almost", "about", "more than", "at least".
  const bySide = new Map<string, string>();
  for (const [phrase, r] of ctx.rules.hedges) if (!bySide.has(r.side)) bySide.set(r.side, `"${phrase}"`);
  const examples = [...bySide.values()].slice(0, 4);
  const close = didYouMean(normalisePhrase(text), t.hedges.keys());
  const hint = close === undefined ? '' : messageText(phrase('did-you-mean-word', { name: close }), t.phrases);
  const list = examples.length > 1 ? `${examples.slice(0, -1).join(', ')} or ${examples[examples.length - 1]}` : examples.join('');
  throw new QuantitySyntaxError(`expected a hedge such as ${list}, but found "${text}"${hint}`);
}

/** The unit as it appears in a rendered text ("27%", "200 soldier/mi^2"). */
function unitSuffix(raw: RawAmount): string {
  if (raw.percent === 'percent') return '%';
  if (raw.percent === 'points') return ' percentage points';
  const unit = renderUnit(raw.currency, raw.units);
  return unit === '' ? '' : ` ${unit}`;
}

/** Reads the structured form into a Quantity (and its tolerance, if any). */
export function parseStructured(fields: StructuredQuantity, ctx: QuantityContext, span: Span): { quantity?: Quantity; problems: Problem[] } {
  const t = tablesFor(ctx);
  const what = `the quantity ${renderFields(fields)}`;
  const problems: Problem[] = [];
  try {
    const hasRange = fields.low !== undefined || fields.high !== undefined;
    if (fields.value !== undefined && hasRange) throw new QuantitySyntaxError('expected either value, or low and high, not both');
    if (fields.value === undefined && !hasRange) throw new QuantitySyntaxError('expected value, or low and high');
    if (hasRange && (fields.low === undefined || fields.high === undefined)) {
      throw new QuantitySyntaxError(`expected both low and high for a range, but ${fields.low === undefined ? 'low' : 'high'} is missing`);
    }
    const hedge = fields.hedge === undefined ? undefined : readHedge(fields.hedge, t, ctx);
    const low = fields.value !== undefined ? readEnd('value', fields.value, t) : readEnd('low', fields.low as number | string, t);
    const high = fields.value !== undefined ? undefined : readEnd('high', fields.high as number | string, t);

    if (fields.unit !== undefined) {
      const unit = readUnitField(fields.unit, t);
      for (const end of [low, high]) {
        if (!end) continue;
        if (end.percent !== undefined || end.units.length > 0 || end.currency !== undefined) {
          throw new QuantitySyntaxError(`expected the unit either in unit: or with the number "${end.text}", not both`);
        }
        end.units = unit.units;
        if (unit.percent !== undefined) end.percent = unit.percent;
      }
    }

    // Rendered as a person would write it; an end that carries its own unit shows it in its text.
    const unitText = fields.unit === undefined ? '' : unitSuffix(low);
    const rendered = `${hedge ? `${hedge.phrase} ` : ''}${low.text}${high ? ` to ${high.text}` : ''}${unitText}`;
    const quantity = buildQuantity(rendered, hedge, low, high, t);

    if (fields.tolerance !== undefined) {
      const tol = parseTolerance(fields.tolerance, ctx, span);
      problems.push(...tol.problems);
      if (tol.tolerance) quantity.tolerance = tol.tolerance;
    }
    return { quantity, problems };
  } catch (error) {
    if (error instanceof QuantitySyntaxError) return { problems: [...problems, parseProblem(what, error.reason, span)] };
    throw error;
  }
}
