/**
 * @file One claim's result: its computed value judged against its stated
 * words (or shown, when nothing is stated), as an error pointing at what is
 * wrong when it cannot be computed, with `allow:` applied. Pure.
 */

import type { ClaimDecl, ClaimResult, ClaimsFile, Dimension, Problem, Quantity, ResolvedUnit, Rules, Severity, Span, Value } from '../types.js';
import { DATE_UNIT, likelyCause, pluralOfUnit, sameDimension, type UnitRegistry } from '../units/index.js';
import { parseQuantity, parseTolerance, type QuantityContext } from '../quantity/index.js';
import { type EvaluationError, type Evaluator } from '../evaluate/index.js';
import { judgeClaim, widening, type ClaimToJudge, type Decider, type Judgement, type Presentation } from '../judge/index.js';
import { sensibleDecimals } from '../judge/format.js';
import { formatRange, moneyDecimals } from '../text/number-format.js';
import { createFinding } from '../findings/index.js';
import { messageText, phrase } from '../findings/interpolate.js';
import { displayUnitFor, type DisplayUnit, type WrittenAs } from './display-unit.js';
import { resolveUnit, type ReadInput } from './inputs.js';
import { flat } from '../text/flat.js';
import { isTemperatureReading, onScale } from '../units/index.js';

/** What judging one claim needs from the rest of its file. */
export interface FileContext {
  file: ClaimsFile;
  rules: Rules;
  registry: UnitRegistry;
  ctx: QuantityContext;
  inputs: ReadonlyMap<string, ReadInput>;
  evaluator: Evaluator;
  brokenInputs: ReadonlySet<string>;
  claimProblems: ReadonlyMap<string, Problem>;
  /** File-level problems; a claim adds those that are not its verdict (e.g. an unused allow). */
  problems: Problem[];
  /** The names a claim's expression uses. */
  dependencies: (name: string) => readonly string[];
  /** Claims without `stated` whose quote holds one quantity: that quantity (contract §6, §8). */
  statedFromQuote: ReadonlyMap<string, { quantity: Quantity; span: Span }>;
  /** Claims whose quote is not in the article: judged, then given the verdict `error` (spec news-language §10). */
  quoteNotFound?: ReadonlyMap<string, Problem>;
  /** Whether a claim computes a temperature reading (converted with its scale's zero), not a change. */
  computesReading?: (name: string) => boolean;
  /** How the writer wrote the plain number a claim computes (a sum of percents is a percent), for a claim with nothing stated. */
  writtenAs?: (name: string) => WrittenAs;
  /** Whether a claim's compute subtracts one percentage from another (a change in percentage points). */
  subtractsPercents?: (name: string) => boolean;
}

/**
 * The result of one claim: judged, shown (nothing stated), or an error pointing at the cause.
 *
 * Phases: the stated value taken from the quote when the claim has none;
 * what keeps it from being computed; the computed value shown when nothing
 * is stated; the stated words read (value, unit, tolerance) and judged; a
 * lost quote turning the verdict into `error`; `allow:` applied last.
 */
export function judgeOne(declared: ClaimDecl, fc: FileContext): ClaimResult {
  return kept(judged(declared, fc));
}

/**
 * A result as the file's result keeps it until the report is written: its
 * message and trace flattened (text/flat.ts), 360 bytes to 100 for a
 * 70-character message built in steps.
 */
function kept(result: ClaimResult): ClaimResult {
  result.message = flat(result.message);
  const trace = result.trace;
  if (trace) {
    trace.substituted = flat(trace.substituted);
    trace.result = flat(trace.result);
    trace.why = flat(trace.why);
    if (trace.admissible !== undefined) trace.admissible = flat(trace.admissible);
    if (trace.condition !== undefined) trace.condition = flat(trace.condition);
  }
  return result;
}

/** {@link judgeOne}, its strings as they were built. */
function judged(declared: ClaimDecl, fc: FileContext): ClaimResult {
  // A claim without `stated` takes the one quantity of its quote (contract §6).
  const fromQuote = declared.stated ? undefined : fc.statedFromQuote.get(declared.name);
  const decl: ClaimDecl = fromQuote ? { ...declared, stated: { form: 'text', text: fromQuote.quantity.text, span: fromQuote.span } } : declared;
  const { span } = decl;
  const base: ResultBase = { file: span.file, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn, name: decl.name, gross: false };
  const severity: Severity = decl.severity?.value ?? 'error';
  const errorResult = (problem: Problem): ClaimResult => withAllow(decl, errorFor(problem, decl, base, severity, fc), fc);

  const blocked = whyNotComputable(decl, fc);
  if (blocked) return errorResult(blocked);
  const value = fc.evaluator.claim(decl.name);
  if ('reason' in value) return errorResult({ kind: 'evaluation', data: { claim: decl.name, reason: value.reason }, span: decl.compute.span, claim: decl.name });
  const substituted = fc.evaluator.substituted(decl.name);
  if (!decl.stated) return withAllow(decl, shown(value, substituted, base, fc), fc);

  const read = readStated(decl, fromQuote?.quantity, fc);
  if ('kind' in read) return errorResult(read);
  const { stated, statedUnit, tolerance } = read;
  // A temperature reading is compared on the stated scale, zero included (17.01 °C is 62.62 °F).
  const reading = statedUnit.offset !== undefined && (fc.computesReading?.(decl.name) ?? false);
  const claim: ClaimToJudge = {
    stated,
    statedUnit,
    computed: reading ? { ...value, low: onScale(value.low, statedUnit, true), high: onScale(value.high, statedUnit, true) } : value,
    substituted,
    presentation: presentationFor(stated.unit, stated.display, fc.registry),
    // Dimensions are named in the stated unit's own words ("GBP per week", not the registry's default "per year").
    describe: (d) => fc.registry.describe(d, unitWords(statedUnit.expression)),
    describeStated: (d) => fc.registry.describe(d, unitWords(statedUnit.expression), unitWords(stated.text)),
    // With the registry: two declared counts with no conversion get the alias line in this file's words.
    likelyCause: (computed, stated) => likelyCause(computed, stated, fc.registry),
    // Made only when the judge seeks a "holds only if" condition (about a quarter of the claims of the 10,000-claim bench).
    decider: () => deciderFor(decl.name, fc, reading ? statedUnit : undefined),
  };
  // Set, not spread in: a spread after the first field is a slow copy, for every claim.
  if (tolerance) claim.tolerance = tolerance.widen;
  const judgement = judgeClaim(claim, fc.rules);
  // "a 1.80 per cent increase" for 31.70% - 29.90%: per cent written where percentage points are meant (spec news-language §5).
  if (stated.change !== undefined && stated.display === 'percent' && (fc.subtractsPercents?.(decl.name) ?? false)) {
    fc.problems.push({ kind: 'points-as-percent', data: { claim: decl.name, stated: stated.text, compute: decl.compute.value }, span: decl.stated!.span, claim: decl.name });
  }

  const lostQuote = fc.quoteNotFound?.get(decl.name);
  if (lostQuote && judgement.verdict !== 'error') return withAllow(decl, lostQuoteResult(lostQuote, judgement, stated, base, severity, fc), fc);
  return withAllow(decl, judgedResult(judgement, stated, base, severity), fc);
}

/** The fields every result of a claim starts from: its span and name, not gross. */
/**
 * A result's span and name. Every result is written out field by field from
 * it, in the order `{ ...base, ... }` gave (the explain command prints a
 * result as it is), never spread: V8 copied each spread result into an
 * object shape of its own, so every store into a result and every read of
 * one (the JSON writer, the tally) took its megamorphic path, a runtime call
 * each, and a new shape was made for every claim.
 */
type ResultBase = Span & { name: string; gross: false };

/** A claim's `error` result. It points at what is wrong (the misspelt name, the unreadable words), not just the claim's key. */
function errorFor(problem: Problem, decl: ClaimDecl, base: ResultBase, severity: Severity, fc: FileContext): ClaimResult {
  const where = problem.span.file === decl.span.file && problem.span.line > 0 ? problem.span : decl.span;
  return {
    file: where.file, line: where.line, column: where.column, endLine: where.endLine, endColumn: where.endColumn, name: base.name, gross: base.gross,
    verdict: 'error', severity, kind: problem.kind, message: createFinding(fc.rules, problem).message,
  };
}

/** Why a claim cannot be computed before evaluating it: a problem binding found, or an input it uses that cannot be read. */
function whyNotComputable(decl: ClaimDecl, fc: FileContext): Problem | undefined {
  const known = fc.claimProblems.get(decl.name);
  if (known) return known;
  const brokenInput = dependsOnBrokenInput(decl.name, fc);
  if (brokenInput) return { kind: 'evaluation', data: { claim: decl.name, reason: phrase('eval-input-broken', { input: brokenInput }) }, span: decl.compute.span, claim: decl.name };
  return undefined;
}

/** A claim with nothing stated: its computed value in the file's own unit for that dimension, shown, not judged (verdict `info`). */
function shown(value: Value, substituted: string, base: ResultBase, fc: FileContext): ClaimResult {
  const unit = inWrittenForm(displayUnitOf(value.dimension, fc), base.name, fc);
  // A temperature reading shows on its scale, zero included.
  const resolved = fc.registry.resolve(unit.expression);
  const scale = 'unit' in resolved && resolved.unit.offset !== undefined && (fc.computesReading?.(base.name) ?? false) ? resolved.unit : undefined;
  const low = (scale ? onScale(value.low, scale, true) : value.low) / unit.factor;
  const high = (scale ? onScale(value.high, scale, true) : value.high) / unit.factor;
  const plainPresentation = presentationFor(unit.expression, unit.display, fc.registry);
  const presentation = unit.signed ? { ...plainPresentation, signed: true } : plainPresentation;
  const decimals = sensibleDecimals([low, high], 0, [], unit.display === 'plain' ? 1 : 100, moneyDecimals(presentation));
  const result = formatRange(low, high, presentation, decimals);
  return {
    file: base.file, line: base.line, column: base.column, endLine: base.endLine, endColumn: base.endColumn, name: base.name, gross: base.gross,
    verdict: 'info', severity: 'info', message: `${substituted} = ${result}`,
    computed: { low, high, unit: unit.expression },
    trace: { substituted, result, why: messageText(phrase('why-info'), fc.rules.phrases) },
  };
}

/**
 * A plain number in the form its writer used: a sum of percents shows as a
 * percent ("12% + 5% = 17%"), a relative change as a signed percent
 * ("1,717 / 1,568 - 1 = +9.503%").
 */
function inWrittenForm(unit: DisplayUnit, name: string, fc: FileContext): DisplayUnit {
  if (unit.expression !== '' || unit.display !== 'plain' || !fc.writtenAs) return unit;
  const form = fc.writtenAs(name);
  if (form === 'change') return { ...unit, display: 'percent', signed: true };
  return form === 'percent' || form === 'points' ? { ...unit, display: form } : unit;
}

/** The stated words read: the quantity (or the one its quote gave), its unit, and the tolerance that widens it; or why they cannot be. */
function readStated(
  decl: ClaimDecl,
  fromQuote: Quantity | undefined,
  fc: FileContext,
): { stated: Quantity; statedUnit: ResolvedUnit; tolerance: { widen: NonNullable<ReturnType<typeof widening>> } | undefined } | Problem {
  const { quantity: stated, problems: sp } = fromQuote ? { quantity: fromQuote, problems: [] } : parseQuantity(decl.stated!, fc.ctx);
  if (!stated) return sp[0] ?? { kind: 'parse', data: { what: 'the stated value', reason: phrase('parse-empty') }, span: decl.stated!.span, claim: decl.name };
  const statedUnit = stated.display === 'date' ? DATE_UNIT : resolveUnitForClaim(stated.unit, decl, fc);
  if ('kind' in statedUnit) return statedUnit;
  const tolerance = claimTolerance(decl, stated, statedUnit, fc);
  if (tolerance && 'kind' in tolerance) return tolerance;
  return { stated, statedUnit, tolerance };
}

/** The computed and stated values of a judged claim, in the stated unit. */
function values(judgement: Judgement, stated: Quantity): Pick<ClaimResult, 'computed' | 'stated'> {
  return {
    computed: { low: judgement.computedLow, high: judgement.computedHigh, unit: stated.unit },
    stated: { text: stated.text, low: judgement.admittedLow, high: judgement.admittedHigh, unit: stated.unit },
  };
}

/** The quote is not in the article: `error` whatever the arithmetic gives, which is still shown. */
function lostQuoteResult(lostQuote: Problem, judgement: Judgement, stated: Quantity, base: ResultBase, severity: Severity, fc: FileContext): ClaimResult {
  const where = lostQuote.span;
  const shownValues = values(judgement, stated);
  return {
    file: where.file, line: where.line, column: where.column, endLine: where.endLine, endColumn: where.endColumn, name: base.name, gross: base.gross,
    verdict: 'error',
    severity,
    kind: lostQuote.kind,
    message: createFinding(fc.rules, lostQuote).message,
    trace: { ...judgement.trace, why: messageText(phrase('why-quote-lost', { verdict: judgement.verdict, message: judgement.message, why: judgement.trace.why }), fc.rules.phrases) },
    computed: shownValues.computed,
    stated: shownValues.stated,
  };
}

/** A judged claim's result: a warn is a warning, a pass is info, a fail or error keeps the claim's severity. */
function judgedResult(judgement: Judgement, stated: Quantity, base: ResultBase, severity: Severity): ClaimResult {
  const claimSeverity: Severity = judgement.verdict === 'warn' ? 'warning' : judgement.verdict === 'pass' ? 'info' : severity;
  const result: ClaimResult = {
    file: base.file, line: base.line, column: base.column, endLine: base.endLine, endColumn: base.endColumn, name: base.name,
    gross: judgement.gross,
    verdict: judgement.verdict,
    severity: claimSeverity,
    message: judgement.message,
    trace: judgement.trace,
  };
  // Set in this order, not spread in (a spread after the first field is a slow copy, for every claim).
  if (judgement.kind) result.kind = judgement.kind;
  if (judgement.verdict !== 'error') {
    result.computed = { low: judgement.computedLow, high: judgement.computedHigh, unit: stated.unit };
    result.stated = { text: stated.text, low: judgement.admittedLow, high: judgement.admittedHigh, unit: stated.unit };
  }
  return result;
}

/**
 * Each file's display units by dimension: worked out once per dimension, not
 * once per claim (that was quadratic). Looked up by the dimension object
 * first (the evaluate stage hands the same object to every claim of one
 * dimension), then by its exponents written out.
 */
const displayUnits = new WeakMap<ReadonlyMap<string, ReadInput>, {
  candidates: { expression: string; display: Presentation['display'] }[];
  byDimension: Map<string, DisplayUnit>;
  byObject: WeakMap<Dimension, DisplayUnit>;
}>();

function displayUnitOf(dimension: Dimension, fc: FileContext): DisplayUnit {
  let cache = displayUnits.get(fc.inputs);
  if (!cache) {
    const candidates = [...fc.inputs.values()].map((i) => ({ expression: i.quantity.unit, display: i.quantity.display }));
    cache = { candidates, byDimension: new Map(), byObject: new WeakMap() };
    displayUnits.set(fc.inputs, cache);
  }
  const known = cache.byObject.get(dimension);
  if (known) return known;
  const key = JSON.stringify(Object.entries(dimension).sort());
  let unit = cache.byDimension.get(key);
  if (!unit) cache.byDimension.set(key, (unit = displayUnitFor(dimension, cache.candidates, fc.registry)));
  cache.byObject.set(dimension, unit);
  return unit;
}

function dependsOnBrokenInput(name: string, fc: FileContext): string | undefined {
  if (fc.brokenInputs.size === 0) return undefined;
  // Walk the claim's dependencies (claims through claims) to find an unreadable input.
  const seen = new Set<string>();
  const stack = [name];
  while (stack.length) {
    const current = stack.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    if (fc.brokenInputs.has(current)) return current;
    for (const dep of fc.dependencies(current)) stack.push(dep);
  }
  return undefined;
}

function resolveUnitForClaim(expression: string, decl: ClaimDecl, fc: FileContext): ResolvedUnit | Problem {
  const list: Problem[] = [];
  const unit = resolveUnit(expression, decl.stated!.span, fc.registry, list, decl.name);
  return unit ?? list[0]!;
}

/** The claim's own `tolerance`, as a widening in the stated unit. */
function claimTolerance(decl: ClaimDecl, stated: Quantity, statedUnit: ResolvedUnit, fc: FileContext): { widen: NonNullable<ReturnType<typeof widening>> } | Problem | undefined {
  let tolerance = stated.tolerance;
  if (decl.tolerance) {
    const parsed = parseTolerance(decl.tolerance.value, fc.ctx, decl.tolerance.span);
    if (!parsed.tolerance) return parsed.problems[0] ?? { kind: 'parse', data: { what: 'the tolerance', reason: phrase('parse-tolerance') }, span: decl.tolerance.span, claim: decl.name };
    tolerance = parsed.tolerance;
  }
  if (!tolerance) return undefined;
  if (tolerance.kind === 'relative') return { widen: widening(tolerance)! };
  const span = decl.tolerance?.span ?? decl.stated!.span;
  const unit = resolveUnitForClaim(tolerance.unit, { ...decl, stated: { form: 'text', text: tolerance.unit, span } }, fc);
  if ('kind' in unit) return unit;
  if (!sameDimension(unit.dimension, statedUnit.dimension)) return { kind: 'dimension', data: { claim: decl.name, computed_dimension: `a tolerance in ${fc.registry.describe(unit.dimension)}`, stated_dimension: fc.registry.describe(statedUnit.dimension) }, span, claim: decl.name };
  return { widen: widening(tolerance, (tolerance.value * unit.factor) / statedUnit.factor)! };
}

/** The single uncertain input that decides a claim, if there is exactly one. */
function deciderFor(name: string, fc: FileContext, readingScale?: ResolvedUnit): Decider | undefined {
  const uncertain = fc.evaluator.uncertainInputs(name);
  if (uncertain.length !== 1) return undefined;
  const input = fc.inputs.get(uncertain[0]!);
  if (!input) return undefined;
  const { unit, quantity } = input;
  // An input that is a temperature reading is shown and varied on its own scale.
  const zero = isTemperatureReading(quantity, unit) ? unit.offset! : 0;
  // A claim that computes a reading is compared on the stated scale: its zero taken off (onScale), here as the line's `minus`.
  const minus = readingScale?.offset !== undefined ? readingScale.offset * readingScale.factor : 0;
  return {
    name: input.decl.name,
    low: input.value.low / unit.factor - zero,
    high: input.value.high / unit.factor - zero,
    presentation: presentationFor(quantity.unit, quantity.display, fc.registry),
    line: fc.evaluator.lineAlong(name, input.decl.name, unit.dimension, { shift: zero, scale: unit.factor, minus }),
  };
}

/** Presentations already made, per registry, by display and unit: a claim asks two or three times, and units repeat. */
const presentations = new WeakMap<UnitRegistry, Map<string, Readonly<Presentation>>>();

/** How to show values of a unit: currency sign in front, plural unit word where the registry knows one. */
function presentationFor(unit: string, display: Presentation['display'], registry: UnitRegistry): Presentation {
  let known = presentations.get(registry);
  if (!known) presentations.set(registry, (known = new Map()));
  const key = `${display} ${unit}`;
  let presentation = known.get(key);
  if (!presentation) known.set(key, (presentation = Object.freeze(makePresentation(unit, display, registry))));
  return presentation;
}

function makePresentation(unit: string, display: Presentation['display'], registry: UnitRegistry): Presentation {
  const head = /^[A-Za-z_]+/.exec(unit)?.[0];
  const plural = head && pluralOfUnit(head, registry.unitWords);
  return { unit, display, ...currencySign(unit, registry), ...(plural ? { pluralUnit: plural + unit.slice(head!.length) } : {}) };
}

/** `$` for a unit that starts with USD (any declared currency with a symbol), and its decimals where its rule gives them (`¥`: 0). */
function currencySign(unit: string, registry: UnitRegistry): { currencySign?: string; minorDecimals?: number } {
  const head = /^[A-Za-z_]+/.exec(unit)?.[0];
  if (!head) return {};
  for (const [sign, name] of registry.currencySymbols) {
    if (name !== head || /^[A-Za-z]/.test(sign)) continue;
    const decimals = registry.currencyDecimals.get(name);
    return decimals === undefined ? { currencySign: sign } : { currencySign: sign, minorDecimals: decimals };
  }
  return {};
}

/** Applies `allow:`: a failure it accepts is reported, not counted; an allow on a pass is unused. */
function withAllow(decl: ClaimDecl, result: ClaimResult, fc: FileContext): ClaimResult {
  if (!decl.allow || decl.allow.reason.trim() === '') return result;
  if (result.verdict === 'pass' || result.verdict === 'info') {
    fc.problems.push({ kind: 'unused-allow', data: { claim: decl.name }, span: decl.allow.span, claim: decl.name });
    return result;
  }
  // Changed in place (the result is this claim's own, just made): a spread would give it a shape of its own (see ResultBase).
  result.severity = 'info';
  result.allowed = decl.allow.reason;
  return result;
}

/** The words of a unit expression, in order ("pence/week" → pence, week), to name dimensions in. */
function unitWords(expression: string): string[] {
  return expression.split(/[^\p{L}\p{Nd}_°]+/u).filter((word) => word !== '' && !/^\d/u.test(word));
}
