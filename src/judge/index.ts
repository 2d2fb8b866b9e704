/**
 * @file The judge: compares a claim's computed value with its stated words and
 * gives the verdict (pass / warn / fail / error / info), the `gross` mark and a
 * trace a journalist can follow (contract §6). Pure: takes values, returns a
 * result; never prints, never throws for bad input.
 */

import type { Dimension, MessageData, MessageValue, NumberSet, PhraseId, Quantity, ResolvedUnit, Rules, Trace, Value, Verdict } from '../types.js';
import { messageText, phrase } from '../findings/interpolate.js';
import { sameDimension } from '../units/index.js';
import { admissibleSet, isExactCount, spanOfRange, type Admissible, type Widening } from './admissible.js';
import { compare, nearlyEqual, type Comparison } from './compare.js';
import { holdingRange, type ClaimLine } from './condition.js';
import { exactSignificant, sensibleDecimals, writtenDecimals } from './format.js';
import { formatPercent, formatPresented, formatRange, moneyDecimals, prettyUnit, type Presentation } from '../text/number-format.js';

export { admissibleAmount, admissibleSet, isExactCount, widening, type Admissible, type Widening } from './admissible.js';
export { compare, type Comparison } from './compare.js';
export { holdingRange, type ClaimLine } from './condition.js';
export { sensibleDecimals } from './format.js';
export { formatAmount, formatPresented, formatRange, prettyUnit, type Presentation } from '../text/number-format.js';

/** The one uncertain input a claim depends on, for "holds only if …". */
export interface Decider {
  name: string;
  /** Its range in its own unit. */
  low: number;
  high: number;
  presentation: Presentation;
  /** The claim's computed value (SI) with this input set to x (in the input's unit), asked without a number per call. */
  line: ClaimLine;
}

export interface ClaimToJudge {
  stated: Quantity;
  statedUnit: ResolvedUnit;
  /** The claim's computed value (the evaluate stage's). */
  computed: Value;
  /** The expression with values substituted, from the evaluator. */
  substituted: string;
  presentation: Presentation;
  /** The claim's own `tolerance`, converted into the stated unit. */
  tolerance?: Widening;
  /**
   * The one uncertain input that decides the claim (undefined when there is
   * not exactly one), asked for only when a "holds only if" condition is
   * sought: most claims pass outright or state a range, and need none.
   */
  decider?: () => Decider | undefined;
  /** Describes a dimension in words (the unit registry's `describe`). */
  describe: (dimension: Dimension) => string;
  /** Describes the stated dimension in the stated value's own words ("people", not "person"); `describe` when absent. */
  describeStated?: (dimension: Dimension) => string;
  /** Likely cause of a dimension mismatch (the unit registry's `likelyCause`). */
  likelyCause: (computed: Dimension, stated: Dimension) => MessageValue | undefined;
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

/**
 * Judges one claim that has a stated value.
 *
 * Phases: the dimensions must match; the computed interval, in the stated
 * unit, is compared with what the stated words admit; the comparison gives
 * the verdict and the `gross` mark; the reason is written for the trace.
 */
export function judgeClaim(claim: ClaimToJudge, rules: Rules): Judgement {
  const { stated, statedUnit, computed, presentation } = claim;
  const say = sayer(rules);
  if (!sameDimension(computed.dimension, statedUnit.dimension)) return dimensionMismatch(claim, say);
  const low = computed.low / statedUnit.factor;
  const high = computed.high / statedUnit.factor;
  const admissible = admissibleSet(stated, claim.tolerance);
  const { show, computedText } = showing(low, high, stated, admissible, presentation);
  const isPoint = nearlyEqual(low, high);
  const { comparison, failingEnd } = compareWithStated(low, high, isPoint, admissible, stated, rules);
  const admissibleText = describeAdmissible(admissible, presentation, show);
  const outcome = verdictOf(comparison, claim, admissible, low, isPoint, rules);
  const { verdict } = outcome;

  let why: string;
  if (outcome.date) why = dateReason(comparison, computedText, stated, say);
  else if (comparison.meets) {
    why = passReason(stated, admissible, { low, high, isPoint, computedText, admissibleText, show, contained: contained(low, high, admissible, isPoint) }, claim.tolerance !== undefined, say);
  } else why = failReason({ comparison, outcome, failingEnd, low, computedText, show, stated, admissible, presentation, rules, say });

  const condition = claim.decider ? conditionFor(claim.decider, statedUnit, admissible, verdict, low, high, say) : undefined;
  const overall = overallSet(admissible);
  // Optional fields are set, not spread in: a spread after the first field is a slow copy, and this runs for every claim.
  const trace: Trace = { substituted: claim.substituted, result: computedText, admissible: admissibleText, why };
  if (condition) trace.condition = condition;
  const judgement: Judgement = {
    verdict,
    gross: outcome.gross,
    computedLow: low,
    computedHigh: high,
    admittedLow: overall.low,
    admittedHigh: overall.high,
    message: `${claim.substituted} = ${computedText}, stated ${stated.text}`,
    trace,
  };
  if (verdict === 'fail') judgement.kind = 'inconsistent';
  else if (verdict === 'warn') judgement.kind = 'loose';
  return judgement;
}

/** The verdict `error` when the computed value and the stated words measure different things. */
function dimensionMismatch(claim: ClaimToJudge, say: Say): Judgement {
  const { computed, statedUnit } = claim;
  const cause = claim.likelyCause(computed.dimension, statedUnit.dimension);
  const why = say('why-dimension', {
    computedDimension: claim.describe(computed.dimension),
    statedDimension: (claim.describeStated ?? claim.describe)(statedUnit.dimension),
    cause: cause ? phrase('cause-after-colon', { cause }) : '',
  });
  return {
    verdict: 'error', gross: false, kind: 'dimension', computedLow: NaN, computedHigh: NaN, admittedLow: NaN, admittedHigh: NaN,
    message: `${claim.substituted}: ${why}`,
    trace: { substituted: claim.substituted, result: claim.describe(computed.dimension), why },
  };
}

/** How numbers are shown for this claim: as many decimals as the stated words and the interval call for. */
function showing(low: number, high: number, stated: Quantity, admissible: Admissible, presentation: Presentation): { show: (x: number) => string; computedText: string } {
  const edges = edgesOf(admissible);
  const scale = presentation.display === 'plain' ? 1 : 100;
  const decimals = sensibleDecimals([low, high], writtenDecimals(stated.low.text), edges, scale, moneyDecimals(presentation));
  // An edge of the admissible set is shown exactly (large amounts are otherwise cut to 3 significant figures).
  // The trace shows each edge two or three times: each value is written once.
  const shown = new ShownValues();
  const show = (x: number): string => {
    let text = shown.get(x);
    if (text === undefined) shown.set(x, (text = formatPresented(x, presentation, decimals, edges.includes(x) ? exactSignificant(x) : 3)));
    return text;
  };
  return { show, computedText: formatRange(low, high, presentation, decimals) };
}

/**
 * The values one claim's trace has written, and their text: the first four
 * (a claim shows two to four distinct values: the edges, the nearest
 * computed and admitted values), in fields rather than a Map, which costs
 * more to make than the few lookups it answers (one per judged claim). A
 * fifth value is written each time it is asked for, as the same text.
 */
class ShownValues {
  private count = 0;
  private x0 = 0;
  private x1 = 0;
  private x2 = 0;
  private x3 = 0;
  private t0 = '';
  private t1 = '';
  private t2 = '';
  private t3 = '';

  get(x: number): string | undefined {
    // As a Map's keys compare (SameValueZero): −0 finds 0's text, NaN finds NaN's.
    const n = this.count;
    if (n > 0 && same(this.x0, x)) return this.t0;
    if (n > 1 && same(this.x1, x)) return this.t1;
    if (n > 2 && same(this.x2, x)) return this.t2;
    if (n > 3 && same(this.x3, x)) return this.t3;
    return undefined;
  }

  set(x: number, text: string): void {
    switch (this.count++) {
      case 0: this.x0 = x; this.t0 = text; return;
      case 1: this.x1 = x; this.t1 = text; return;
      case 2: this.x2 = x; this.t2 = text; return;
      case 3: this.x3 = x; this.t3 = text; return;
      default: this.count = 4;
    }
  }
}

/** SameValueZero: equal numbers (−0 and 0 too), or both NaN. */
function same(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

/**
 * The computed interval against the admissible set. A range stated as "X to
 * Y" whose result is an interval is compared end by end, and the worse end
 * counts (named in `failingEnd` when it fails).
 */
function compareWithStated(
  low: number,
  high: number,
  isPoint: boolean,
  admissible: Admissible,
  stated: Quantity,
  rules: Pick<Rules, 'looseTolerance'>,
): { comparison: Comparison; failingEnd?: { end: 'low' | 'high'; part: string } } {
  if (admissible.kind === 'single') return { comparison: compare(low, high, admissible.set) };
  if (isPoint) return { comparison: compare(low, high, spanOfRange(admissible)) };
  const lowEnd = compare(low, low, admissible.low);
  const highEnd = compare(high, high, admissible.high);
  const lowWorse = rank(lowEnd, rules) > rank(highEnd, rules) || (rank(lowEnd, rules) === rank(highEnd, rules) && lowEnd.distance >= highEnd.distance);
  const comparison = lowWorse ? lowEnd : highEnd;
  if (comparison.meets) return { comparison };
  return { comparison, failingEnd: lowWorse ? { end: 'low', part: stated.low.text } : { end: 'high', part: stated.high!.text } };
}

/** The verdict of a comparison, whether it is gross, and whether the claim is exact (a whole count, a date). */
interface Outcome {
  verdict: Verdict;
  gross: boolean;
  exact: boolean;
  date: boolean;
}

/** pass, warn (within the loose tolerance) or fail; an exact count or a date has no loose band, and a date is never gross. */
function verdictOf(comparison: Comparison, claim: ClaimToJudge, admissible: Admissible, low: number, isPoint: boolean, rules: Rules): Outcome {
  const { stated, presentation } = claim;
  // An exact whole count against an exact whole result: any difference is wrong (no loose band).
  const exact = admissible.kind === 'single' && !stated.hedge && !claim.tolerance && presentation.display === 'plain'
    && isExactCount(stated.low) && isPoint && isWhole(low);
  // A date is exact too: a stated date admits its day and nothing near it; a factor between dates means nothing.
  const date = presentation.display === 'date';
  const verdict: Verdict = comparison.meets ? 'pass' : !exact && !date && comparison.distance <= rules.looseTolerance ? 'warn' : 'fail';
  const gross = verdict === 'fail' && !date && (comparison.oppositeSign || comparison.factor >= rules.grossFactor);
  return { verdict, gross, exact, date };
}

/** Why a stated date holds or not: the days between. */
function dateReason(comparison: Comparison, computedText: string, stated: Quantity, say: Say): string {
  const statedText = stated.text;
  return comparison.meets
    ? say('why-pass-date', { computed: computedText, stated: statedText })
    : say('why-fail-date', {
      computed: computedText,
      stated: statedText,
      side: comparison.side === 'above' ? 'after' : 'before',
      days: dayCount(Math.abs(comparison.nearestComputed! - stated.low.value)),
    });
}

/** What `failReason` needs to say why a claim is loose or wrong. */
interface FailContext {
  comparison: Comparison;
  outcome: Outcome;
  failingEnd: { end: 'low' | 'high'; part: string } | undefined;
  low: number;
  computedText: string;
  show: (x: number) => string;
  stated: Quantity;
  admissible: Admissible;
  presentation: Presentation;
  rules: Rules;
  say: Say;
}

/** Why a claim is `warn` or `fail`: how far, which way, from which bound; for a gross miss, by what factor and the likely cause. */
function failReason(f: FailContext): string {
  const { comparison, outcome: { verdict, gross, exact }, failingEnd, show, presentation, rules, say } = f;
  const percent = presentation.display === 'percent' || presentation.display === 'points';
  const data = {
    computed: failingEnd ? show(comparison.nearestComputed!) : f.computedText,
    // Next to percentages, say which difference: points, then relative (spec news-language §10).
    distance: percent ? `${formatPoints(Math.abs(comparison.nearestComputed! - comparison.nearestAdmissible!) * 100)} percentage points` : formatPercent(comparison.distance),
    relative: percent ? ` (${formatPercent(comparison.distance)} relative)` : '',
    side: comparison.side!,
    bound: show(comparison.nearestAdmissible!),
    edge: comparison.side === 'above' ? 'highest' : 'lowest',
    stated: f.stated.text,
  };
  let why: string;
  if (verdict === 'warn' && comparison.distance === 0) why = say('why-warn-on-bound', data);
  else if (exact && comparison.distance <= rules.looseTolerance) why = say('why-fail-exact', { ...data, difference: formatPresented(Math.abs(f.low - f.stated.low.value), { unit: '', display: 'plain' }, 0) });
  else if (failingEnd) why = say('why-fail-range-end', { ...data, end: failingEnd.end, part: failingEnd.part });
  else why = say(verdict === 'warn' ? 'why-warn' : gross && !comparison.oppositeSign ? 'why-fail-far' : 'why-fail', data);
  if (gross) why += grossReason(comparison, presentation, overallSet(f.admissible), f.stated.change !== undefined, show, say);
  return why;
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

/**
 * Whether computed values [low, high], in the stated unit, pass against the
 * stated words — exactly the judge's pass test (used by src/derive to keep
 * only formulas the judge would pass).
 */
export function admits(stated: Quantity, low: number, high: number, tolerance?: Widening): boolean {
  return compareWithStated(low, high, nearlyEqual(low, high), admissibleSet(stated, tolerance), stated, { looseTolerance: 0 }).comparison.meets;
}

/** The lowest and highest values a stated quantity admits overall, in the stated unit (−∞/∞ for one-sided hedges). */
export function admittedSpan(stated: Quantity): NumberSet {
  return overallSet(admissibleSet(stated));
}

/** Severity rank of a comparison (for picking the worse end of a range). */
function rank(c: Comparison, rules: Pick<Rules, 'looseTolerance'>): number {
  if (c.meets) return 0;
  return c.distance <= rules.looseTolerance ? 1 : 2;
}

function edgesOf(a: Admissible): number[] {
  return a.kind === 'single' ? [a.set.low, a.set.high] : [a.low.low, a.low.high, a.high.low, a.high.high];
}

function overallSet(a: Admissible): NumberSet {
  return a.kind === 'single' ? a.set : spanOfRange(a);
}

/** Whether the whole computed interval is admitted (not just part of it). */
function contained(low: number, high: number, a: Admissible, isPoint: boolean): boolean {
  // Both flags read on every call: read only when x sits on an end, their reads had no type
  // feedback when this was first optimized, and the first such x threw the optimized code away.
  const inside = (x: number, s: NumberSet): boolean => {
    const { lowOpen, highOpen } = s;
    return (x > s.low || (x === s.low && !lowOpen)) && (x < s.high || (x === s.high && !highOpen));
  };
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
  // (Only read when there is a unit: then it comes first, the unit as written second, when not empty.)
  const written = unit === '' ? '' : prettyUnit(p.currencySign ? p.unit.replace(/^[A-Za-z_]+/, '') : p.unit);
  const units = written === '' ? [unit] : [unit, written];
  const number = (x: number): string => {
    const text = show(x);
    if (!unit) return text;
    for (let i = 0; i < units.length; i++) {
      const u = units[i] as string;
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
function grossReason(c: Comparison, p: Presentation, admitted: NumberSet, statedChange: boolean, show: (x: number) => string, say: Say): string {
  if (c.oppositeSign) return say('why-gross-sign', { cause: phrase('gross-cause-sign') });
  const factor = c.factor;
  const near = (target: number): boolean => Math.abs(Math.log10(factor) - Math.log10(target)) < 0.15;
  // A ratio where a change was meant: new ÷ old is 1.09 when the words say 9%.
  const change = (c.nearestComputed ?? 0) - 1;
  const changeAdmitted = compare(change, change, admitted);
  let cause: MessageData[string] = '';
  if (p.display !== 'plain' && (changeAdmitted.meets || changeAdmitted.distance <= 0.05)) cause = phrase('gross-cause-ratio', { change: show(change) });
  // Percent against a plain number is a factor of 100 only between plain numbers: "half a million years" against 50 million years is not.
  else if (near(100) && p.unit === '') cause = phrase('gross-cause-hundred');
  else if (near(1000) || near(1e6) || near(1e9)) cause = phrase('gross-cause-thousand');
  // Points written as per cent: only the words of a change ("up 2%") can be points; "20 percent" of a total cannot.
  else if (statedChange && p.display === 'percent' && (c.nearestComputed ?? 0) > (c.nearestAdmissible ?? 0)) cause = phrase('gross-cause-percent-points');
  const shown = factor >= 1e6 ? `about ${formatCount(factor)}` : factor >= 10 ? `about ${Math.round(factor)}` : factor.toFixed(1);
  return say('why-gross', { factor: shown, cause });
}

function formatCount(x: number): string {
  return formatPresented(Number(x.toPrecision(2)), { unit: '', display: 'plain' }, 0);
}

/** "holds only if nk_gdp ≤ $26.7 billion", when one uncertain input decides it. */
function conditionFor(decider: () => Decider | undefined, statedUnit: ResolvedUnit, a: Admissible, verdict: Verdict, low: number, high: number, say: Say): string | undefined {
  if (a.kind !== 'single') return undefined;
  // A pass by the whole interval needs no condition.
  if (verdict === 'pass' && contained(low, high, a, nearlyEqual(low, high))) return undefined;
  const d = decider();
  if (!d) return undefined;
  const range = holdingRange(d.line, statedUnit.factor, d.low, d.high, a.set);
  if (!range) return undefined;
  const decimals = sensibleDecimals([range.low ?? d.low, range.high ?? d.high], 0, [], d.presentation.display === 'plain' ? 1 : 100, moneyDecimals(d.presentation));
  const show = (x: number): string => formatPresented(x, d.presentation, Math.min(decimals, 3));
  const data: Record<string, MessageValue> = { input: d.name };
  if (range.low !== undefined) data['low'] = show(range.low);
  if (range.high !== undefined) data['high'] = show(range.high);
  data['range'] = formatRange(d.low, d.high, d.presentation, Math.min(decimals, 3));
  if (range.withinRange) {
    if (range.low !== undefined && range.high !== undefined) return say('condition-between', data);
    return say(range.high !== undefined ? 'condition-at-most' : 'condition-at-least', data);
  }
  if (range.low !== undefined && range.high !== undefined) return say('condition-would-between', data);
  return say(range.high !== undefined ? 'condition-would-at-most' : 'condition-would-at-least', data);
}
