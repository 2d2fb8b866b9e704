/**
 * @file The evaluate stage: computes every claim of a resolved model as an
 * interval with a dimension, in SI base units (contract §6, §7).
 *
 * - Each claim's tree is compiled once (units checked, unit words turned into
 *   factors) and evaluated with interval arithmetic, so the result contains
 *   every value the expression can take for inputs inside their ranges.
 * - A claim used in another contributes its computed value. When an uncertain
 *   input occurs more than once in a claim's fully inlined expression (`a - a`,
 *   `casualties / troops * troops`), natural interval arithmetic over-estimates
 *   (the dependency problem); the claim is then re-evaluated through the trees
 *   of the claims that carry that input, with derivative enclosures (slopes.ts):
 *   monotone in it → the ends give the range; otherwise the mean-value form on
 *   each piece of the input's range split into pieces, joined. Still sound,
 *   much tighter. The work per claim is bounded ({@link WORK_LIMIT}).
 * - Claims are evaluated dependencies first with explicit stacks, so a chain
 *   of 10,000 claims neither recurses deeply nor costs more than linear time.
 *
 * Never throws for a problem in the model and never returns NaN: a claim that
 * cannot be computed gets an {@link EvaluationError} with a plain-English
 * reason (for the `evaluation` finding). Pure: no I/O, never calls mathjs's
 * evaluate.
 */

import type { MathNode } from 'mathjs';
import type { ResolvedModel } from '../resolve/index.js';
import type { Dimension, Value } from '../types.js';
import { sameDimension } from '../units/index.js';
import { compile, type EvaluationError, type Expr, isEvaluationError } from './compile.js';
import { formatSIValue, substitute } from './format.js';
import * as I from './interval.js';
import { type Interval, IntervalDomainError } from './interval.js';
import { describeFailure, type Environment, EvaluationFailure, evaluateExpr } from './numeric.js';
import { constantDual, type Dual, type DualEnvironment, evaluateDual } from './slopes.js';
import { type PointClaimTree, type PointTape, pointTape } from './point.js';
import { type BoxTape, boxTape } from './box-tape.js';
import { NameCounts } from './counts.js';

export type { EvaluationError } from './compile.js';
export { isEvaluationError } from './compile.js';
export { signedText } from './format.js';

export type { Value } from '../types.js';

/** Computes the claims of one model. */
export interface Evaluator {
  /** The computed value of a claim (memoised); uses other claims' COMPUTED values. */
  claim(name: string): Value | EvaluationError;
  /** Re-evaluates a claim with some inputs replaced (for "holds only if x ≤ …" analysis); not memoised across calls. */
  claimWith(name: string, overrides: ReadonlyMap<string, Value>): Value | EvaluationError;
  /**
   * The claim as a function of one input's value (SI, a point of the given
   * dimension): what `claimWith(name, new Map([[input, { low: x, high: x,
   * dimension }]]))` gives for each x, without redoing per call the work
   * that does not depend on x (the "holds only if" search calls it about a
   * hundred times a claim).
   */
  claimAlong(name: string, input: string, dimension: Dimension): (x: number) => Value | EvaluationError;
  /**
   * The middle of {@link claimAlong}'s value, `(low + high) / 2`, or
   * undefined where the claim cannot be computed: the number the "holds
   * only if" search asks for, without an object per call.
   */
  middleAlong(name: string, input: string, dimension: Dimension): (x: number) => number | undefined;
  /**
   * {@link middleAlong} for a search that asks a hundred times, without a
   * number per call: write x into `io[0]`, call `run()`, read `io[1]`. The
   * input's value is `(x + map.shift) * map.scale` (x in the input's own
   * unit) and `io[1]` is the middle minus `map.minus` (a temperature scale's
   * zero), NaN where the claim cannot be computed: the same operations in
   * the same order as a caller would do around {@link middleAlong}, so the
   * same bits.
   */
  lineAlong(name: string, input: string, dimension: Dimension, map: LineMap): Line;
  /** The uncertain inputs (ranges) a claim depends on, transitively through other claims (its own first, no duplicates). */
  uncertainInputs(name: string): string[];
  /**
   * The expression with input values substituted, for traces:
   * "1100 to 3000 soldiers / 11000 soldiers". Inputs show as written (the
   * `inputText` given to {@link createEvaluator}) or else as their SI value
   * with up to 4 significant digits; claims and unit words stay as names.
   */
  substituted(name: string): string;
}

/** How {@link Evaluator.lineAlong} turns x into the input's value and the claim's middle into `io[1]`. */
export interface LineMap {
  shift: number;
  scale: number;
  minus: number;
}

/** A claim along one input, asked without a number per call (see {@link Evaluator.lineAlong}). */
export interface Line {
  /** `io[0]`: x, written by the caller; `io[1]`: the claim's value there, NaN where it cannot be computed. */
  readonly io: Float64Array;
  run(): void;
}

/** At most this many combinations of pieces when splitting ranges. */
export const MAX_COMBINATIONS = 64;
/** At most this many repeated inputs are tightened in one claim (the rest keep their whole range: still sound). */
export const MAX_SPLIT_INPUTS = 6;
/** At most about this many node evaluations are spent tightening one claim (keeps the stage linear). */
export const WORK_LIMIT = 1024;

/**
 * Creates the evaluator of a resolved model.
 *
 * @param model the resolve stage's output
 * @param inputValues each input's value in SI (the pipeline converts the parsed quantity: value × unit factor)
 * @param inputText each input's value as written ("1100 to 3000 soldiers"), for {@link Evaluator.substituted}
 */
export function createEvaluator(
  model: ResolvedModel,
  inputValues: ReadonlyMap<string, Value>,
  inputText: ReadonlyMap<string, string> = new Map(),
): Evaluator {
  const shared = new Shared(model, inputValues);
  const inputs = new Map<string, Interval>();
  for (const [name, v] of inputValues) {
    if (!isEvaluationError(shared.inputDimension(name))) inputs.set(name, I.interval(v.low, v.high));
  }
  const main = new Context(shared, inputs);

  return {
    claim: (name) => main.value(name),
    claimWith(name, overrides) {
      // Only the overrides are copied: the rest is read through (copying
      // every input per call made "holds only if" analysis quadratic).
      const replaced = new Map<string, Interval>();
      for (const [input, v] of overrides) {
        const problem = shared.checkOverride(input, v);
        if (problem) return problem;
        replaced.set(input, I.interval(v.low, v.high));
      }
      return new Context(shared, { get: (n) => replaced.get(n) ?? inputs.get(n) }).value(name);
    },
    claimAlong(name, input, dimension) {
      const along = new Along(shared, inputs, name, input, dimension);
      return (x) => along.value(x);
    },
    middleAlong(name, input, dimension) {
      const along = new Along(shared, inputs, name, input, dimension);
      return (x) => along.middle(x);
    },
    lineAlong(name, input, dimension, map) {
      return new Along(shared, inputs, name, input, dimension, map);
    },
    uncertainInputs(name) {
      if (!model.claims.has(name)) return [];
      return main.occurrences(name).counts.names.slice();
    },
    substituted(name) {
      const claim = model.claims.get(name);
      if (!claim) return name;
      return substitute(claim.node, {
        input(symbol) {
          if (!shared.isInput(symbol)) return undefined;
          const v = inputValues.get(symbol);
          const range = v !== undefined && v.low !== v.high;
          const text = inputText.get(symbol) ?? (v ? formatSIValue(v, v.dimension) : symbol);
          return { text, range };
        },
      });
    },
  };
}

// ---------------------------------------------------------------------------
// What does not depend on the inputs' values: compiled trees and name census
// ---------------------------------------------------------------------------

/** The names one claim's tree uses, with how often, and its size in nodes. */
interface Census {
  inputs: NameCounts;
  claims: NameCounts;
  size: number;
}

class Shared {
  private readonly compiled = new Map<string, Expr | EvaluationError>();
  private readonly censuses = new Map<string, Census>();
  private readonly dimensions = new Map<string, Dimension | EvaluationError>();

  constructor(
    readonly model: ResolvedModel,
    inputValues: ReadonlyMap<string, Value>,
  ) {
    for (const name of new Set([...model.inputs.keys(), ...inputValues.keys()])) {
      const v = inputValues.get(name);
      if (v === undefined) {
        this.dimensions.set(name, { reason: { phrase: 'eval-input-unread', data: { input: name } }, data: { input: name } });
      } else if (!Number.isFinite(v.low) || !Number.isFinite(v.high)) {
        this.dimensions.set(name, { reason: { phrase: 'eval-input-not-finite', data: { input: name } }, data: { input: name } });
      } else {
        this.dimensions.set(name, v.dimension);
      }
    }
  }

  isInput(name: string): boolean {
    return this.dimensions.has(name);
  }

  inputDimension(name: string): Dimension | EvaluationError | undefined {
    return this.dimensions.get(name);
  }

  /** The problem with replacing an input's value, if any. */
  checkOverride(name: string, v: Value): EvaluationError | undefined {
    const dimension = this.dimensions.get(name);
    if (dimension === undefined) return { reason: { phrase: 'eval-not-an-input', data: { input: name } }, data: { input: name } };
    if (!Number.isFinite(v.low) || !Number.isFinite(v.high)) {
      return { reason: { phrase: 'eval-given-not-finite', data: { input: name } }, data: { input: name } };
    }
    if (!isEvaluationError(dimension) && !sameDimension(dimension, v.dimension)) {
      const describe = (d: Dimension): string => this.model.registry.describe(d);
      return {
        reason: { phrase: 'eval-given-wrong-unit', data: { input: name, given: describe(v.dimension), unit: describe(dimension) } },
        data: { input: name },
      };
    }
    return undefined;
  }

  census(name: string): Census {
    let census = this.censuses.get(name);
    if (!census) {
      census = { inputs: new NameCounts(), claims: new NameCounts(), size: 0 };
      const claim = this.model.claims.get(name);
      if (claim) this.count(claim.node, census);
      this.censuses.set(name, census);
    }
    return census;
  }

  /** The claims a claim uses directly. */
  directClaims(name: string): readonly string[] {
    return this.census(name).claims.names;
  }

  /** A claim's compiled tree, compiling the claims it uses first (dependencies first, explicit stack). */
  expr(name: string): Expr | EvaluationError {
    const done = this.compiled.get(name);
    if (done) return done;
    // Most claims come after what they use: compiled already, nothing to walk.
    if (allIn(this.directClaims(name), this.compiled)) {
      const e = this.compileOne(name);
      this.compiled.set(name, e);
      return e;
    }
    for (const n of postOrder(name, (d) => this.directClaims(d), (d) => this.compiled.has(d))) {
      this.compiled.set(n, this.compileOne(n));
    }
    return this.compiled.get(name) as Expr | EvaluationError;
  }

  private compileOne(name: string): Expr | EvaluationError {
    const claim = this.model.claims.get(name);
    if (!claim) return this.missing(name);
    return compile(claim.node, {
      registry: this.model.registry,
      input: (n) => this.dimensions.get(n),
      claim: (n) => {
        if (!this.model.claims.has(n)) return this.model.broken.has(n) ? cannotCompute(n) : undefined;
        const e = this.compiled.get(n);
        if (e === undefined) return { reason: { phrase: 'eval-circle', data: { claim: n, other: name } }, data: { claim: n } };
        return isEvaluationError(e) ? cannotCompute(n) : e.dimension;
      },
    });
  }

  /** The error for a name that is not a (resolvable) claim. */
  missing(name: string): EvaluationError {
    const problem = this.model.broken.get(name);
    if (problem) return { reason: { phrase: 'eval-unresolved', data: { claim: name, kind: problem.kind } }, data: { claim: name, kind: problem.kind } };
    return { reason: { phrase: 'eval-no-claim', data: { claim: name } }, data: { claim: name } };
  }

  private count(node: MathNode, census: Census): void {
    census.size++;
    switch (node.type) {
      case 'SymbolNode': {
        const name = (node as unknown as { name: string }).name;
        if (this.dimensions.has(name)) census.inputs.add(name, 1);
        else if (this.model.claims.has(name)) census.claims.add(name, 1);
        return;
      }
      case 'FunctionNode':
      case 'OperatorNode': {
        const args = (node as unknown as { args: MathNode[] }).args;
        for (let i = 0; i < args.length; i++) this.count(args[i] as MathNode, census);
        return;
      }
      case 'ParenthesisNode':
        this.count((node as unknown as { content: MathNode }).content, census);
        return;
      default:
        return;
    }
  }
}

function cannotCompute(name: string): EvaluationError {
  return { reason: { phrase: 'eval-uses-broken', data: { claim: name } }, data: { claim: name } };
}

// ---------------------------------------------------------------------------
// Values for one set of input values
// ---------------------------------------------------------------------------

/** How often each uncertain input occurs in a claim's fully inlined expression (counts saturate at 2). */
interface Occurrences {
  counts: NameCounts;
  /** An upper bound on the nodes of the claims that carry uncertain inputs (saturates). */
  bound: number;
  /** The inputs that occur more than once, at most {@link MAX_SPLIT_INPUTS} (worked out when first asked). */
  repeated: string[] | undefined;
}

const SATURATED = 1e9;

/** The input intervals of one evaluation (a Map, or the main inputs seen through a few overrides). */
interface InputLookup {
  get(name: string): Interval | undefined;
}

class Context {
  /** Claims' values; an entry set to undefined (by {@link valueAlong}) is one not worked out yet. */
  private readonly values = new Map<string, Interval | EvaluationError | undefined>();
  private readonly occurrenceMemo = new Map<string, Occurrences>();
  /** Where evaluations read names from (one object for every claim). */
  private readonly env: Environment = {
    input: (n) => this.inputs.get(n) as Interval,
    claim: (n) => this.values.get(n) as Interval,
  };

  constructor(
    private readonly shared: Shared,
    private readonly inputs: InputLookup,
  ) {}

  /** The claims {@link value} evaluates for `name` when nothing is known yet, in that order. */
  order(name: string): string[] {
    return postOrder(name, (d) => this.shared.directClaims(d), () => false);
  }

  /**
   * {@link value} with every value forgotten first, evaluating the claims in
   * `order` (from {@link order}: what `value` would work out itself). The
   * census of repeated inputs is kept: it depends on which inputs are ranges,
   * not on their values.
   */
  valueAlong(name: string, order: readonly string[]): Value | EvaluationError {
    if (!this.shared.model.claims.has(name)) return this.shared.missing(name);
    // Forgotten by setting them to undefined rather than clearing the map: a map that
    // keeps its keys is not rebuilt on each of the ~120 calls of a search.
    for (const n of order) this.values.set(n, undefined);
    for (const n of order) this.values.set(n, this.evaluateOne(n));
    const v = this.values.get(name) as Interval | EvaluationError;
    if (isEvaluationError(v)) return v;
    const e = this.shared.expr(name);
    if (isEvaluationError(e)) return e;
    return { low: v.low, high: v.high, dimension: e.dimension };
  }

  /** A claim's value with its dimension. */
  value(name: string): Value | EvaluationError {
    if (!this.shared.model.claims.has(name)) return this.shared.missing(name);
    const v = this.interval(name);
    if (isEvaluationError(v)) return v;
    const e = this.shared.expr(name);
    if (isEvaluationError(e)) return e;
    return { low: v.low, high: v.high, dimension: e.dimension };
  }

  /** A claim's interval, evaluating the claims it uses first. */
  private interval(name: string): Interval | EvaluationError {
    const known = this.values.get(name);
    if (known) return known;
    // Most claims come after what they use: worked out already, nothing to walk.
    if (allKnown(this.shared.directClaims(name), this.values)) {
      const v = this.evaluateOne(name);
      this.values.set(name, v);
      return v;
    }
    for (const n of postOrder(name, (d) => this.shared.directClaims(d), (d) => this.values.get(d) !== undefined)) {
      this.values.set(n, this.evaluateOne(n));
    }
    return this.values.get(name) as Interval | EvaluationError;
  }

  occurrences(name: string): Occurrences {
    const known = this.occurrenceMemo.get(name);
    if (known) return known;
    // Most claims come after what they use: counted already, nothing to walk.
    if (allIn(this.shared.directClaims(name), this.occurrenceMemo)) return this.countOccurrences(name);
    for (const n of postOrder(name, (d) => this.shared.directClaims(d), (d) => this.occurrenceMemo.has(d))) this.countOccurrences(n);
    return this.occurrenceMemo.get(name) as Occurrences;
  }

  /** {@link occurrences} of a claim whose direct claims are counted already. */
  private countOccurrences(name: string): Occurrences {
    const census = this.shared.census(name);
    // Loops over the lists: a walk over a Map makes an entry pair per name.
    const counts = new NameCounts();
    let bound = census.size;
    const inputs = census.inputs;
    for (let i = 0; i < inputs.names.length; i++) {
      const input = inputs.names[i] as string;
      const v = this.inputs.get(input);
      if (v !== undefined && v.low !== v.high) counts.add(input, inputs.counts[i] as number, 2);
    }
    const claims = census.claims;
    for (let i = 0; i < claims.names.length; i++) {
      const inner = this.occurrenceMemo.get(claims.names[i] as string);
      if (!inner || inner.counts.size === 0) continue;
      const k = claims.counts[i] as number;
      const names = inner.counts.names;
      for (let j = 0; j < names.length; j++) counts.add(names[j] as string, k * (inner.counts.counts[j] as number), 2);
      bound = Math.min(SATURATED, bound + inner.bound);
    }
    // Every field from the start (repeated is filled in when first asked): one shape for every claim's.
    const occurrences: Occurrences = { counts, bound, repeated: undefined };
    this.occurrenceMemo.set(name, occurrences);
    return occurrences;
  }

  private evaluateOne(name: string): Interval | EvaluationError {
    const expr = this.shared.expr(name);
    if (isEvaluationError(expr)) return expr;
    const direct = this.shared.directClaims(name);
    for (let i = 0; i < direct.length; i++) {
      const d = direct[i] as string;
      const v = this.values.get(d);
      if (v === undefined) return { reason: { phrase: 'eval-circle', data: { claim: d, other: name } }, data: { claim: d } };
      if (isEvaluationError(v)) return cannotCompute(d);
    }
    let natural: Interval | EvaluationError;
    try {
      natural = evaluateExpr(expr, this.env);
    } catch (err) {
      if (!(err instanceof EvaluationFailure)) throw err;
      natural = describeFailure(err);
    }
    return this.tighten(name, natural);
  }

  /**
   * Tightens a claim in which some uncertain inputs occur more than once
   * (natural interval arithmetic then over-estimates). Over the box of those
   * inputs' ranges, evaluated through the trees of the claims that carry them:
   * when the derivative in each such input keeps one sign, the range is found
   * at the box's ends; otherwise the mean-value form narrows it, and the box
   * is split into pieces whose results are joined. Every step is sound, so
   * the result still contains every value the claim can take. Returns
   * `natural` when there is nothing to tighten or the work would exceed
   * {@link WORK_LIMIT}.
   */
  private tighten(name: string, natural: Interval | EvaluationError): Interval | EvaluationError {
    if (!isEvaluationError(natural) && natural.low === natural.high) return natural;
    const occurrences = this.occurrences(name);
    const repeated = (occurrences.repeated ??= repeatedInputs(occurrences.counts));
    if (repeated.length === 0) return natural;
    const perNode = repeated.length + 4; // one pass with slopes costs m + 1, then at most two plain passes
    if (occurrences.bound * perNode > WORK_LIMIT) return natural;

    const carries = (claim: string): boolean => {
      const counts = this.occurrenceMemo.get(claim)?.counts;
      if (counts === undefined) return false;
      for (let i = 0; i < repeated.length; i++) if (counts.has(repeated[i] as string)) return true;
      return false;
    };
    // A claim's direct claims that carry a repeated input: the list itself when all do (no copy per claim walked).
    const carrying = (d: string): readonly string[] => {
      const direct = this.shared.directClaims(d);
      for (let i = 0; i < direct.length; i++) if (!carries(direct[i] as string)) return direct.filter(carries);
      return direct;
    };
    const inline = postOrder(name, carrying, () => false);
    const size = inline.reduce((sum, c) => sum + this.shared.census(c).size, 0);
    const boxCost = size * perNode;
    if (boxCost > WORK_LIMIT) return natural;

    const runner = new BoxRunner(
      mapped(inline, (c) => [c, this.shared.expr(c) as Expr] as const),
      repeated,
      this.inputs,
      this.values,
    );
    const whole = mapped(repeated, (input) => this.inputs.get(input) as Interval);
    let best = isEvaluationError(natural) ? undefined : natural;
    const first = runner.box(whole);
    if (first) {
      best = best ? I.intersect(best, first.result) : first.result;
      if (first.monotone) return best;
    }

    const combinations = Math.min(MAX_COMBINATIONS, Math.floor(WORK_LIMIT / boxCost));
    let k = Math.floor(Math.pow(combinations, 1 / repeated.length) + 1e-9);
    while (k > 1 && Math.pow(k, repeated.length) > combinations) k--;
    if (k < 2) return best ?? natural;

    const pieces = mapped(whole, (range) => I.split(range, k));
    const digits = new Array<number>(repeated.length).fill(0);
    let low = Infinity;
    let high = -Infinity;
    for (;;) {
      const box = runner.box(mapped(digits, (d, i) => (pieces[i] as Interval[])[d] as Interval));
      if (!box) return best ?? natural;
      low = Math.min(low, box.result.low);
      high = Math.max(high, box.result.high);
      if (!advance(digits, k)) break;
    }
    const union = { low, high };
    return best ? I.intersect(best, union) : union;
  }
}

/**
 * Evaluates one claim over boxes of some of its inputs (the `varying` ones),
 * through the trees of the claims that carry them (`inline`, dependencies
 * first, the claim itself last); every other input keeps its whole range and
 * every other claim its computed value.
 */
class BoxRunner {
  // The tree walk's tables, made on its first use: with a tape (the usual case) none is needed.
  private passValuesMap: Map<string, Interval> | undefined;
  private passDualsMap: Map<string, Dual> | undefined;
  private fixedDualsMap: Map<string, Dual> | undefined;
  private get passValues(): Map<string, Interval> {
    return (this.passValuesMap ??= new Map());
  }
  private get passDuals(): Map<string, Dual> {
    return (this.passDualsMap ??= new Map());
  }
  private get fixedDuals(): Map<string, Dual> {
    return (this.fixedDualsMap ??= new Map());
  }
  /** Per varying input, its own slopes (1 in itself, 0 in the others): made once, never changed (every step makes new lists). */
  private readonly units: (Interval | null)[][] = [];
  /** See {@link runTape}: undefined until the first box. */
  private tape: BoxTape | null | undefined;

  constructor(
    private readonly inline: readonly (readonly [string, Expr])[],
    private readonly varying: readonly string[],
    private readonly inputs: InputLookup,
    private readonly values: ReadonlyMap<string, Interval | EvaluationError | undefined>,
  ) {}

  /**
   * The claim's range over a box (one interval per varying input), and
   * whether it was proven monotone in every varying input there (then the
   * range is as tight as the other inputs allow). Undefined when the claim
   * cannot be computed somewhere in the box.
   */
  box(box: readonly Interval[]): { result: Interval; monotone: boolean } | undefined {
    const dual = this.dual(box);
    if (!dual) return undefined;
    let result = dual.value;
    const slopes = dual.slopes;
    if (!slopes.every((s): s is Interval => s !== null)) return { result, monotone: false };
    const signs = mapped(slopes, (s) => (s.low >= 0 ? 1 : s.high <= 0 ? -1 : 0));
    if (signs.every((s) => s !== 0)) {
      // Monotone in each varying input over the whole box: the extremes lie at its ends.
      const lowest = this.pass(mapped(box, (b, i) => I.point((signs[i] as number) > 0 ? b.low : b.high)));
      if (!lowest) return undefined;
      const highest = this.pass(mapped(box, (b, i) => I.point((signs[i] as number) > 0 ? b.high : b.low)));
      if (!highest) return undefined;
      const ends = { low: lowest.low, high: highest.high };
      return { result: ends.low <= ends.high ? I.intersect(result, ends) : result, monotone: true };
    }
    // Mean-value form: f(box) ⊆ f(mid) + Σ f'ᵢ(box)·(boxᵢ − midᵢ).
    const mid = mapped(box, (b) => I.point(b.low + (b.high - b.low) / 2));
    let form = this.pass(mid);
    if (!form) return { result, monotone: false };
    try {
      for (let i = 0; i < slopes.length; i++) form = I.add(form, I.multiply(slopes[i] as Interval, I.subtract(box[i] as Interval, mid[i] as Interval)));
      result = I.intersect(result, form);
    } catch (err) {
      if (!(err instanceof IntervalDomainError)) throw err;
    }
    return { result, monotone: false };
  }

  /**
   * The tape of the box's evaluations (box-tape.ts), made on the first box;
   * null when a tree has a node it does not run (then the trees are walked).
   */
  private runTape(): BoxTape | null {
    if (this.tape === undefined) {
      this.tape = boxTape(this.inline, this.varying, {
        input: (n) => this.inputs.get(n),
        claim: (n) => this.values.get(n) as Interval | undefined,
      }) ?? null;
    }
    return this.tape;
  }

  /** Plain interval evaluation with the varying inputs set to `box`; undefined where it cannot be computed. */
  private pass(box: readonly Interval[]): Interval | undefined {
    const tape = this.runTape();
    if (tape) return tape.pass(box);
    const env: Environment = {
      input: (n) => {
        const i = this.varying.indexOf(n);
        return i >= 0 ? (box[i] as Interval) : (this.inputs.get(n) as Interval);
      },
      claim: (n) => this.passValues.get(n) ?? (this.values.get(n) as Interval),
    };
    let last: Interval = ZERO;
    try {
      for (const [claim, expr] of this.inline) {
        last = evaluateExpr(expr, env);
        this.passValues.set(claim, last);
      }
    } catch (err) {
      if (err instanceof EvaluationFailure) return undefined;
      throw err;
    }
    return last;
  }

  private unitSlopes(i: number): (Interval | null)[] {
    let slopes = this.units[i];
    if (!slopes) {
      slopes = new Array<Interval | null>(this.varying.length).fill(ZERO);
      slopes[i] = ONE;
      this.units[i] = Object.freeze(slopes) as (Interval | null)[];
    }
    return slopes;
  }

  /**
   * The dual of a name that keeps its value over every box (another input,
   * a claim outside `inline`), made once: duals are never changed.
   */
  private fixedDual(n: string, value: Interval): Dual {
    let dual = this.fixedDuals.get(n);
    if (dual === undefined) this.fixedDuals.set(n, (dual = constantDual(value, this.varying.length)));
    return dual;
  }

  /** Evaluation with slopes in each varying input; undefined where the value cannot be computed. */
  private dual(box: readonly Interval[]): Dual | undefined {
    const tape = this.runTape();
    if (tape) return tape.dual(box);
    const m = this.varying.length;
    const own = box.map((value, i): Dual => ({ value, slopes: this.unitSlopes(i) }));
    const env: DualEnvironment = {
      input: (n) => {
        const i = this.varying.indexOf(n);
        return i < 0 ? this.fixedDual(n, this.inputs.get(n) as Interval) : (own[i] as Dual);
      },
      claim: (n) => this.passDuals.get(n) ?? this.fixedDual(n, this.values.get(n) as Interval),
    };
    let last: Dual = constantDual(ZERO, m);
    try {
      for (const [claim, expr] of this.inline) {
        last = evaluateDual(expr, env, m);
        this.passDuals.set(claim, last);
      }
    } catch (err) {
      if (err instanceof EvaluationFailure) return undefined;
      throw err;
    }
    return last;
  }
}

/**
 * A claim along one input: its value at x, the middle of that value, and
 * {@link Line}'s `run` (see {@link Evaluator.claimAlong}). What does not
 * change with x is worked out once: the order claims are evaluated in, and
 * which uncertain inputs repeat (the input is a point for every x). One
 * context serves every call; its values are reset.
 */
class Along implements Line {
  readonly io = new Float64Array(2);
  /** The input's value in the interval context. */
  private at: Interval = ZERO;
  private context: Context | undefined;
  private order: string[] | undefined;
  /**
   * When every other input the claim uses is a point, so is every value
   * along x: plain numbers give the same result (point.ts), and only a value
   * that cannot be computed is redone with intervals, for its reason.
   * Undefined until first asked; null when intervals are needed.
   */
  private points: PointClaim | undefined | null;
  /** Whether the name is an input of this dimension does not change with x; only finiteness does. */
  private readonly atOne: EvaluationError | undefined;

  constructor(
    private readonly shared: Shared,
    private readonly inputs: ReadonlyMap<string, Interval>,
    private readonly name: string,
    private readonly input: string,
    private readonly dimension: Dimension,
    private readonly map: LineMap = { shift: 0, scale: 1, minus: 0 },
  ) {
    this.atOne = shared.checkOverride(input, { low: 1, high: 1, dimension });
  }

  /** The claim at x as plain numbers (NaN when it cannot be, or when intervals are needed), once the input is known to be fine. */
  private pointAt(x: number): number {
    const points = this.pointClaim();
    return points === null ? NaN : points.tape.at(x);
  }

  private pointClaim(): PointClaim | null {
    if (this.points === undefined) this.points = pointClaim(this.shared, this.inputs, this.name, this.input, this.evaluationOrder());
    return this.points;
  }

  /** What {@link Context.order} gives (it reads nothing but the model), without making the interval context the point path never needs. */
  private evaluationOrder(): string[] {
    const shared = this.shared;
    return (this.order ??= postOrder(this.name, (d) => shared.directClaims(d), () => false));
  }

  private intervals(): Context {
    const inputs = this.inputs;
    const input = this.input;
    return (this.context ??= new Context(this.shared, { get: (n) => (n === input ? this.at : inputs.get(n)) }));
  }

  /** The claim at x with intervals: for a value plain numbers cannot give (and its reason). */
  private byIntervals(x: number): Value | EvaluationError {
    this.at = I.interval(x, x);
    const order = this.evaluationOrder();
    return this.intervals().valueAlong(this.name, order);
  }

  private problemAt(x: number): EvaluationError | undefined {
    return Number.isFinite(x) ? this.atOne : this.shared.checkOverride(this.input, { low: x, high: x, dimension: this.dimension });
  }

  value(x: number): Value | EvaluationError {
    const problem = this.problemAt(x);
    if (problem) return problem;
    const v = this.pointAt(x);
    if (v === v) return { low: v, high: v, dimension: (this.points as PointClaim).dimension };
    return this.byIntervals(x);
  }

  middle(x: number): number | undefined {
    if (this.problemAt(x)) return undefined;
    // What `value` gives, halved as its caller would: a point's middle is (v + v) / 2.
    const v = this.pointAt(x);
    if (v === v) return (v + v) / 2;
    const result = this.byIntervals(x);
    return 'reason' in result ? undefined : (result.low + result.high) / 2;
  }

  run(): void {
    const io = this.io;
    const map = this.map;
    const x = ((io[0] as number) + map.shift) * map.scale;
    // The usual case on registers alone: a finite x, an input of the right dimension, a claim on plain numbers.
    if (x - x === 0 && this.atOne === undefined) {
      const points = this.pointClaim();
      if (points !== null) {
        const tape = points.tape;
        const r = tape.registers;
        r[0] = x;
        tape.run();
        const v = r[tape.result] as number;
        if (v === v) {
          io[1] = (v + v) / 2 - map.minus;
          return;
        }
      }
    }
    const middle = this.middle(x);
    io[1] = middle === undefined ? NaN : middle - map.minus;
  }
}

const ZERO: Interval = { low: 0, high: 0 };
const ONE: Interval = { low: 1, high: 1 };

/** A claim as a plain function of one input, every other input it uses being a point (see {@link pointClaim}). */
interface PointClaim {
  /** The claim as a tape over the input: its value with the input at x, NaN where it cannot be computed. */
  tape: PointTape;
  dimension: Dimension;
}

/**
 * The claim `name` as a function of `input` on plain numbers, evaluating the
 * claims of `order` (dependencies first, `name` last); null when that would
 * not give what interval evaluation gives: another input it uses is a range
 * (or unread), or a claim of `order` cannot be compiled.
 */
function pointClaim(shared: Shared, inputs: InputLookup, name: string, input: string, order: readonly string[]): PointClaim | null {
  if (!shared.model.claims.has(name)) return null;
  const trees: PointClaimTree[] = [];
  for (let i = 0; i < order.length; i++) {
    const n = order[i] as string;
    const e = shared.expr(n);
    if (isEvaluationError(e)) return null;
    const used = shared.census(n).inputs.names;
    for (let j = 0; j < used.length; j++) {
      if (used[j] === input) continue;
      const v = inputs.get(used[j] as string);
      if (v === undefined || v.low !== v.high) return null;
    }
    trees.push({ name: n, expr: e });
  }
  const tape = pointTape(trees, { varying: input, input: (n) => (inputs.get(n) as Interval).low });
  if (tape === undefined) return null;
  return { dimension: (trees[trees.length - 1] as PointClaimTree).expr.dimension, tape };
}

/**
 * `items.map(f)` as a loop. Array.prototype.map makes a packed array when the
 * interpreter runs it and a holey one once TurboFan has inlined it into an
 * optimized caller, so the arrays the box runner reads changed kind as soon
 * as `tighten` was optimized, and the optimized code reading them was thrown
 * away ("wrong map" deopts of `tighten`, `box`, the tape's `run`). Pushing
 * onto `[]` makes the same kind of array either way.
 */
function mapped<T, U>(items: readonly T[], f: (item: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i] as T, i));
  return out;
}

/** No inputs: shared by every claim that repeats none (never changed). */
const NONE: readonly string[] = Object.freeze([]);

/**
 * The inputs that occur more than once, in order, at most {@link MAX_SPLIT_INPUTS}
 * (a loop: asked for every claim whose value is a range, and most repeat none).
 */
function repeatedInputs(counts: NameCounts): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < counts.names.length; i++) {
    if ((counts.counts[i] as number) < 2) continue;
    (out ??= []).push(counts.names[i] as string);
    if (out.length === MAX_SPLIT_INPUTS) break;
  }
  return out ?? (NONE as string[]);
}

/** Whether every name is a key of `map` (a loop: asked for every claim). */
function allIn(names: readonly string[], map: ReadonlyMap<string, unknown>): boolean {
  for (let i = 0; i < names.length; i++) if (!map.has(names[i] as string)) return false;
  return true;
}

/** Whether every name has a value in `map` (an entry set to undefined is not one). */
function allKnown(names: readonly string[], map: ReadonlyMap<string, unknown>): boolean {
  for (let i = 0; i < names.length; i++) if (map.get(names[i] as string) === undefined) return false;
  return true;
}

/** Advances a mixed-radix counter; false after the last combination. */
function advance(digits: number[], base: number): boolean {
  for (let i = 0; i < digits.length; i++) {
    const next = (digits[i] as number) + 1;
    if (next < base) {
      digits[i] = next;
      return true;
    }
    digits[i] = 0;
  }
  return false;
}

/**
 * The names reachable from `root` through `deps`, dependencies first, `root`
 * last; names for which `done` holds are neither visited nor listed. Uses an
 * explicit stack, so long chains do not overflow the call stack.
 */
function postOrder(root: string, deps: (name: string) => readonly string[], done: (name: string) => boolean): string[] {
  const out: string[] = [];
  if (done(root)) return out;
  const seen = new Set<string>([root]);
  const stack: { name: string; next: number; deps: readonly string[] }[] = [{ name: root, next: 0, deps: deps(root) }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    if (top.next < top.deps.length) {
      const d = top.deps[top.next++] as string;
      if (seen.has(d) || done(d)) continue;
      seen.add(d);
      stack.push({ name: d, next: 0, deps: deps(d) });
    } else {
      stack.pop();
      out.push(top.name);
    }
  }
  return out;
}
