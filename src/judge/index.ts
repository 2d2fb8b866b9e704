/**
 * @file The judge: compares a claim's computed value with its stated words and
 * gives the verdict (pass / warn / fail / error / info), the `gross` mark and a
 * trace a journalist can follow (contract §6). Pure: takes values, returns a
 * result; never prints, never throws for bad input.
 */

import type { Dimension, MessageData, NumberSet, PhraseId, Quantity, ResolvedUnit, Rules, Trace, Verdict } from '../types.js';
import { messageText, phrase } from '../findings/interpolate.js';
import { sameDimension } from '../units/index.js';
import { admissibleSet, isExactCount, spanOfRange, type Admissible, type Widening } from './admissible.js';
import { compare, nearlyEqual, type Comparison } from './compare.js';
import { holdingRange, type ClaimFunction } from './condition.js';
import { exactSignificant, sensibleDecimals, writtenDecimals } from './format.js';
import { formatPercent, formatPresented, formatRange, prettyUnit, type Presentation } from '../text/number-format.js';

export { admissibleAmount, admissibleSet, isExactCount, widening, type Admissible, type Widening } from './admissible.js';
export { compare, type Comparison } from './compare.js';
export { holdingRange } from './condition.js';
export { sensibleDecimals } from './format.js';
export { formatAmount, formatPresented, formatRange, prettyUnit, type Presentation } from '../text/number-format.js';

/** A computed value in SI base units (the evaluate stage's `Value`). */
export interface ComputedValue {
  low: number;
  high: number;
  dimension: Dimension;
}

/** The one uncertain input a claim depends on, for "holds only if …". */
export interface Decider {
  name: string;
  /** Its range in its own unit. */
  low: number;
  high: number;
  presentation: Presentation;
  /** The claim's computed value (SI) with this input set to x (in the input's unit). */
  claimAt: ClaimFunction;
}

export interface ClaimToJudge {
  stated: Quantity;
  statedUnit: ResolvedUnit;
  computed: ComputedValue;
  /** The expression with values substituted, from the evaluator. */
  substituted: string;
  presentation: Presentation;
  /** The claim's own `tolerance`, converted into the stated unit. */
  tolerance?: Widening;
  decider?: Decider;
  /** Describes a dimension in words (the unit registry's `describe`). */
  describe: (dimension: Dimension) => string;
  /** Likely cause of a dimension mismatch (the unit registry's `likelyCause`). */
  likelyCause: (computed: Dimension, stated: Dimension) => string | undefined;
}

/** What the judge decides for one claim. */
export interface Judgement {
  verdict: Verdict;
  gross: boolean;
  /** The finding kind behind a non-pass verdict. */
  kind?: 'inconsistent' | 'loose' | 'dimension';
  /** Computed values in the stated unit (percent as a fraction). */
  computedLow: number;
  computedHigh: number;
  /** What the stated words admit, overall, in the stated unit. */
  admittedLow: number;
  admittedHigh: number;
  message: string;
  trace: Trace;
}

/** Judges one claim that has a stated value. */
export function judgeClaim(claim: ClaimToJudge, rules: Rules): Judgement {
  const { stated, statedUnit, computed, presentation } = claim;
  const statedText = stated.text;
  const say = sayer(rules);
  if (!sameDimension(computed.dimension, statedUnit.dimension)) {
    const cause = claim.likelyCause(computed.dimension, statedUnit.dimension);
    const why = say('why-dimension', {
      computedDimension: claim.describe(computed.dimension),
      statedDimension: claim.describe(statedUnit.dimension),
      cause: cause ? `: ${cause}` : '',
    });
    return {
      verdict: 'error', gross: false, kind: 'dimension', computedLow: NaN, computedHigh: NaN, admittedLow: NaN, admittedHigh: NaN,
      message: `${claim.substituted}: ${why}`,
      trace: { substituted: claim.substituted, result: claim.describe(computed.dimension), why },
    };
  }
  const low = computed.low / statedUnit.factor;
  const high = computed.high / statedUnit.factor;
  const admissible = admissibleSet(stated, claim.tolerance);
  const edges = edgesOf(admissible);
  const scale = presentation.display === 'plain' ? 1 : 100;
  const decimals = sensibleDecimals([low, high], writtenDecimals(stated.low.text) + (stated.high ? 0 : 0), edges, scale);
  // An edge of the admissible set is shown exactly (large amounts are otherwise cut to 3 significant figures).
  const show = (x: number): string => formatPresented(x, presentation, decimals, edges.includes(x) ? exactSignificant(x) : 3);
  const computedText = formatRange(low, high, presentation, decimals);
  const isPoint = nearlyEqual(low, high);

  let comparison: Comparison;
  let failingEnd: { end: 'low' | 'high'; part: string } | undefined;
  let why: string;
  if (admissible.kind === 'single') {
    comparison = compare(low, high, admissible.set);
  } else if (isPoint) {
    comparison = compare(low, high, spanOfRange(admissible));
  } else {
    const lowEnd = compare(low, low, admissible.low);
    const highEnd = compare(high, high, admissible.high);
    const lowWorse = rank(lowEnd, rules) > rank(highEnd, rules) || (rank(lowEnd, rules) === rank(highEnd, rules) && lowEnd.distance >= highEnd.distance);
    comparison = lowWorse ? lowEnd : highEnd;
    if (!comparison.meets) failingEnd = lowWorse ? { end: 'low', part: stated.low.text } : { end: 'high', part: stated.high!.text };
  }

  const admissibleText = describeAdmissible(admissible, presentation, show);
  // An exact whole count against an exact whole result: any difference is wrong (no loose band).
  const exact = admissible.kind === 'single' && !stated.hedge && !claim.tolerance && presentation.display === 'plain'
    && isExactCount(stated.low) && isPoint && isWhole(low);
  // A date is exact too: a stated date admits its day and nothing near it; a factor between dates means nothing.
  const date = presentation.display === 'date';
  const verdict: Verdict = comparison.meets ? 'pass' : !exact && !date && comparison.distance <= rules.looseTolerance ? 'warn' : 'fail';
  const gross = verdict === 'fail' && !date && (comparison.oppositeSign || comparison.factor >= rules.grossFactor);

  if (date) {
    why = comparison.meets
      ? say('why-pass-date', { computed: computedText, stated: statedText })
      : say('why-fail-date', {
        computed: computedText,
        stated: statedText,
        side: comparison.side === 'above' ? 'after' : 'before',
        days: dayCount(Math.abs(comparison.nearestComputed! - stated.low.value)),
      });
  } else if (comparison.meets) {
    why = passReason(stated, admissible, { low, high, isPoint, computedText, admissibleText, show, contained: contained(low, high, admissible, isPoint) }, claim.tolerance !== undefined, say);
  } else {
    const percent = presentation.display === 'percent' || presentation.display === 'points';
    const data = {
      computed: failingEnd ? show(comparison.nearestComputed!) : computedText,
      // Next to percentages, say which difference: points, then relative (spec news-language §10).
      distance: percent ? `${formatPoints(Math.abs(comparison.nearestComputed! - comparison.nearestAdmissible!) * 100)} percentage points` : formatPercent(comparison.distance),
      relative: percent ? ` (${formatPercent(comparison.distance)} relative)` : '',
      side: comparison.side!,
      bound: show(comparison.nearestAdmissible!),
      edge: comparison.side === 'above' ? 'highest' : 'lowest',
      stated: statedText,
    };
    if (verdict === 'warn' && comparison.distance === 0) why = say('why-warn-on-bound', data);
    else if (exact && comparison.distance <= rules.looseTolerance) why = say('why-fail-exact', { ...data, difference: formatPresented(Math.abs(low - stated.low.value), { unit: '', display: 'plain' }, 0) });
    else if (failingEnd) why = say('why-fail-range-end', { ...data, end: failingEnd.end, part: failingEnd.part });
    else why = say(verdict === 'warn' ? 'why-warn' : gross && !comparison.oppositeSign ? 'why-fail-far' : 'why-fail', data);
    if (gross) why += grossReason(comparison, presentation, overallSet(admissible), show, say);
  }

  const condition = claim.decider ? conditionFor(claim.decider, statedUnit, admissible, verdict, low, high, say) : undefined;
  const overall = overallSet(admissible);
  return {
    verdict,
    gross,
    ...(verdict === 'fail' ? { kind: 'inconsistent' as const } : verdict === 'warn' ? { kind: 'loose' as const } : {}),
    computedLow: low,
    computedHigh: high,
    admittedLow: overall.low,
    admittedHigh: overall.high,
    message: `${claim.substituted} = ${computedText}, stated ${statedText}`,
    trace: { substituted: claim.substituted, result: computedText, admissible: admissibleText, why, ...(condition ? { condition } : {}) },
  };
}

/** A whole number, allowing for floating-point noise from unit conversion (89,251,200 s / 86,400 = 1,033 days). */
function isWhole(x: number): boolean {
  return Number.isFinite(x) && Math.abs(x - Math.round(x)) <= 1e-9 * Math.max(1, Math.abs(x));
}

/** "1 day", "3 days", "0.25 days". */
function dayCount(days: number): string {
  const text = formatPresented(days, { unit: '', display: 'plain' }, 2);
  return `${text} ${text === '1' ? 'day' : 'days'}`;
}

/** A difference in percentage points: one decimal from 1 up ("1.0"), two significant figures below ("0.03"). */
function formatPoints(points: number): string {
  return points >= 1 ? points.toFixed(1) : String(Number(points.toPrecision(2)));
}

/** Severity rank of a comparison (for picking the worse end of a range). */
function rank(c: Comparison, rules: Rules): number {
  if (c.meets) return 0;
  return c.distance <= rules.looseTolerance ? 1 : 2;
}

function edgesOf(a: Admissible): number[] {
  const sets = a.kind === 'single' ? [a.set] : [a.low, a.high];
  return sets.flatMap((s) => [s.low, s.high]);
}

function overallSet(a: Admissible): NumberSet {
  return a.kind === 'single' ? a.set : spanOfRange(a);
}

/** Whether the whole computed interval is admitted (not just part of it). */
function contained(low: number, high: number, a: Admissible, isPoint: boolean): boolean {
  const inside = (x: number, s: NumberSet): boolean =>
    (x > s.low || (x === s.low && !s.lowOpen)) && (x < s.high || (x === s.high && !s.highOpen));
  if (a.kind === 'single') return inside(low, a.set) && inside(high, a.set);
  if (isPoint) return inside(low, spanOfRange(a));
  return inside(low, a.low) && inside(high, a.high);
}

/** "[54.5, 55.5) years", "more than 600,000 soldiers", "[180, 200] soldiers/mi²". */
export function describeSet(set: NumberSet, p: Presentation, show: (x: number) => string): string {
  if (set.high === Infinity) return `${set.lowOpen ? 'more than' : 'at least'} ${show(set.low)}`;
  if (set.low === -Infinity) return `${set.highOpen ? 'less than' : 'at most'} ${show(set.high)}`;
  // Numbers in the brackets, the unit once after them (a percent or currency sign stays on each number).
  const unit = p.display === 'plain' ? prettyUnit(unitWithoutCurrency(p)) : '';
  // Only the unit comes off: a scale word stays ("[29.5, 30.5) million people", not "[29.5, 30.5) people").
  const units = [unit, prettyUnit(p.currencySign ? p.unit.replace(/^[A-Za-z_]+/, '') : p.unit)].filter((u) => u !== '');
  const number = (x: number): string => {
    const text = show(x);
    if (!unit) return text;
    for (const u of units) {
      if (text.endsWith(` ${u}`)) return text.slice(0, -u.length - 1);
      if (u.startsWith('/') && text.endsWith(u)) return text.slice(0, -u.length);
    }
    return text.replace(/\s*[^\s\d−,.%$£€¥₩]+.*$/, '');
  };
  const body = `${set.lowOpen ? '(' : '['}${number(set.low)}, ${number(set.high)}${set.highOpen ? ')' : ']'}`;
  return unit ? `${body}${unit.startsWith('/') ? '' : ' '}${unit}` : body;
}

/** The unit after any leading currency (which shows as a sign on each number), plural when there is one. */
function unitWithoutCurrency(p: Presentation): string {
  const unit = p.pluralUnit ?? p.unit;
  return p.currencySign ? unit.replace(/^[A-Za-z_]+/, '') : unit;
}

function describeAdmissible(a: Admissible, p: Presentation, show: (x: number) => string): string {
  if (a.kind === 'single') return describeSet(a.set, p, show);
  return `${describeSet(a.low, p, show)} to ${describeSet(a.high, p, show)}`;
}

interface PassContext {
  low: number;
  high: number;
  isPoint: boolean;
  computedText: string;
  admissibleText: string;
  show: (x: number) => string;
  contained: boolean;
}

/** Writes one of the judge's phrases (`phrases:` in rules/checks.yaml, which a project may reword). */
type Say = (id: PhraseId, data?: MessageData) => string;

function sayer(rules: Pick<Rules, 'phrases'>): Say {
  return (id, data = {}) => messageText(phrase(id, data), rules.phrases);
}

function passReason(stated: Quantity, a: Admissible, c: PassContext, hasTolerance: boolean, say: Say): string {
  if (!c.contained && !c.isPoint && a.kind === 'single') return say('why-pass-partly', { admissible: c.admissibleText });
  if (a.kind === 'range') {
    if (c.isPoint) {
      const s = spanOfRange(a);
      return say('why-pass-point-in-range', { computed: c.computedText, from: c.show(s.low), to: c.show(s.high), stated: stated.text });
    }
    return say('why-pass-range-ends', {
      low: c.show(c.low), high: c.show(c.high), a: stated.low.text, b: stated.high!.text,
      lowAdmissible: describeSet(a.low, { unit: '', display: 'plain' }, c.show), highAdmissible: describeSet(a.high, { unit: '', display: 'plain' }, c.show),
    });
  }
  if (stated.hedge) return say('why-pass-hedge', { hedge: stated.hedge.phrase, admissible: c.admissibleText });
  if (hasTolerance) return say('why-pass-tolerance', { stated: stated.text, admissible: c.admissibleText });
  if (stated.low.isWord) {
    return say('why-pass-word', { computed: c.computedText, stated: stated.text, admissible: c.admissibleText, tolerance: formatPercent((stated.low.precision.high - stated.low.value) / Math.abs(stated.low.value || 1)), value: c.show(stated.low.value) });
  }
  return say('why-pass-precision', { computed: c.computedText, stated: stated.text, admissible: c.admissibleText });
}

/** "— off by a factor of about 10", with the likeliest cause the numbers point to. */
function grossReason(c: Comparison, p: Presentation, admitted: NumberSet, show: (x: number) => string, say: Say): string {
  if (c.oppositeSign) return say('why-gross-sign', { cause: phrase('gross-cause-sign') });
  const factor = c.factor;
  const near = (target: number): boolean => Math.abs(Math.log10(factor) - Math.log10(target)) < 0.15;
  // A ratio where a change was meant: new ÷ old is 1.09 when the words say 9%.
  const change = (c.nearestComputed ?? 0) - 1;
  const changeAdmitted = compare(change, change, admitted);
  let cause: MessageData[string] = '';
  if (p.display !== 'plain' && (changeAdmitted.meets || changeAdmitted.distance <= 0.05)) cause = phrase('gross-cause-ratio', { change: show(change) });
  else if (near(100)) cause = phrase('gross-cause-hundred');
  else if (near(1000) || near(1e6) || near(1e9)) cause = phrase('gross-cause-thousand');
  else if (p.display === 'percent' && (c.nearestComputed ?? 0) > (c.nearestAdmissible ?? 0)) cause = phrase('gross-cause-percent-points');
  const shown = factor >= 1e6 ? `about ${formatCount(factor)}` : factor >= 10 ? `about ${Math.round(factor)}` : factor.toFixed(1);
  return say('why-gross', { factor: shown, cause });
}

function formatCount(x: number): string {
  return formatPresented(Number(x.toPrecision(2)), { unit: '', display: 'plain' }, 0);
}

/** "holds only if nk_gdp ≤ $26.7 billion", when one uncertain input decides it. */
function conditionFor(d: Decider, statedUnit: ResolvedUnit, a: Admissible, verdict: Verdict, low: number, high: number, say: Say): string | undefined {
  if (a.kind !== 'single') return undefined;
  // A pass by the whole interval needs no condition.
  if (verdict === 'pass' && contained(low, high, a, nearlyEqual(low, high))) return undefined;
  const g = (x: number): number | undefined => {
    const v = d.claimAt(x);
    return v === undefined ? undefined : v / statedUnit.factor;
  };
  const range = holdingRange(g, d.low, d.high, a.set);
  if (!range) return undefined;
  const decimals = sensibleDecimals([range.low ?? d.low, range.high ?? d.high], 0, [], d.presentation.display === 'plain' ? 1 : 100);
  const show = (x: number): string => formatPresented(x, d.presentation, Math.min(decimals, 3));
  const data = {
    input: d.name,
    ...(range.low !== undefined ? { low: show(range.low) } : {}),
    ...(range.high !== undefined ? { high: show(range.high) } : {}),
    range: formatRange(d.low, d.high, d.presentation, Math.min(decimals, 3)),
  };
  if (range.withinRange) {
    if (range.low !== undefined && range.high !== undefined) return say('condition-between', data);
    return say(range.high !== undefined ? 'condition-at-most' : 'condition-at-least', data);
  }
  if (range.low !== undefined && range.high !== undefined) return say('condition-would-between', data);
  return say(range.high !== undefined ? 'condition-would-at-most' : 'condition-would-at-least', data);
}
