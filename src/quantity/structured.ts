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
import { didYouMean, parseProblem, QuantitySyntaxError, quoted, syntaxError } from './errors.js';
import { Scanner } from './scanner.js';
import type { Tables } from './tables.js';
import { normalisePhrase, tablesFor } from './tables.js';
import { readSingleAmount } from './text.js';
import { parseTolerance } from './tolerance.js';
import type { PercentKind, UnitFactor } from './unitPhrase.js';
import { readPercentPhrase, readUnitPhrase, renderUnit } from './unitPhrase.js';

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
    if (!Number.isFinite(value)) throw syntaxError('q-field-not-finite', { field, value: String(value) });
    return String(value);
  }
  return value;
}

function readEnd(field: string, value: number | string, t: Tables): RawAmount {
  const text = endText(field, value);
  const hedge = new Scanner(text).matchLongest(t.hedgePhrases);
  if (hedge !== undefined) throw syntaxError('q-field-hedge', { field, hedge, text: quoted(text) });
  try {
    return readSingleAmount(text, t);
  } catch (error) {
    if (error instanceof QuantitySyntaxError) throw syntaxError('q-field', { field, text: quoted(text), reason: error.reason });
    throw error;
  }
}

/** Reads the `unit:` field: a percent word or a unit phrase, nothing else. */
function readUnitField(text: string, t: Tables): { percent?: PercentKind; per?: number; units: UnitFactor[] } {
  const s = new Scanner(text);
  const percent = readPercentPhrase(s);
  const units = readUnitPhrase(s, t);
  if (!s.atEnd() || (percent === undefined && units.length === 0 && text.trim() !== '')) {
    throw syntaxError('q-unit-field', { text: quoted(text) });
  }
  if (percent === undefined) return { units };
  return percent.per === 100 ? { percent: percent.kind, units } : { percent: percent.kind, per: percent.per, units };
}

function readHedge(text: string, t: Tables, ctx: QuantityContext): HedgeRule {
  const rule = t.hedges.get(normalisePhrase(text));
  if (rule) return rule;
  // One example for each of the first few sides: "almost", "about", "more than", "at least".
  const bySide = new Map<string, string>();
  for (const [hedge, r] of ctx.rules.hedges) if (!bySide.has(r.side)) bySide.set(r.side, hedge);
  const examples = [...bySide.values()].slice(0, 4);
  const close = didYouMean(normalisePhrase(text), t.hedges.keys());
  const hint = close === undefined ? '' : phrase('did-you-mean-word', { name: close });
  const list = examples.length > 1 ? phrase('list-or', { items: examples.slice(0, -1).map((e) => `"${e}"`).join(', '), last: `"${examples[examples.length - 1]}"` }) : examples.map((e) => `"${e}"`).join('');
  throw syntaxError('q-hedge', { hedges: list, text: quoted(text), suggestion: hint });
}

/** The unit as it appears in a rendered text ("27%", "200 soldier/mi^2"). */
function unitSuffix(raw: RawAmount): string {
  if (raw.percent === 'percent') return '%';
  if (raw.percent === 'points') return raw.per === undefined ? ' percentage points' : ' basis points';
  const unit = renderUnit(raw.currency, raw.units);
  return unit === '' ? '' : ` ${unit}`;
}

/** Reads the structured form into a Quantity (and its tolerance, if any). */
export function parseStructured(fields: StructuredQuantity, ctx: QuantityContext, span: Span): { quantity?: Quantity; problems: Problem[] } {
  const t = tablesFor(ctx);
  const what = phrase('what-quantity', { text: renderFields(fields) });
  const problems: Problem[] = [];
  try {
    const hasRange = fields.low !== undefined || fields.high !== undefined;
    if (fields.value !== undefined && hasRange) throw syntaxError('q-value-and-range');
    if (fields.value === undefined && !hasRange) throw syntaxError('q-value-or-range');
    if (hasRange && (fields.low === undefined || fields.high === undefined)) {
      throw syntaxError('q-range-missing', { field: fields.low === undefined ? 'low' : 'high' });
    }
    const hedge = fields.hedge === undefined ? undefined : readHedge(fields.hedge, t, ctx);
    const low = fields.value !== undefined ? readEnd('value', fields.value, t) : readEnd('low', fields.low as number | string, t);
    const high = fields.value !== undefined ? undefined : readEnd('high', fields.high as number | string, t);

    if (fields.unit !== undefined) {
      const unit = readUnitField(fields.unit, t);
      for (const end of [low, high]) {
        if (!end) continue;
        if (end.percent !== undefined || end.units.length > 0 || end.currency !== undefined) {
          throw syntaxError('q-unit-twice', { text: quoted(end.text) });
        }
        end.units = unit.units;
        if (unit.percent !== undefined) end.percent = unit.percent;
        if (unit.per !== undefined) end.per = unit.per;
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
