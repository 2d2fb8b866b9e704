/**
 * @file The resolve stage: parses each claim's `compute` with mathjs, checks
 * it against the allow-list, sorts its names into inputs, claims and units,
 * reports names that collide with the expression language, finds cycles and
 * orders the claims so each comes after everything it uses.
 *
 * Pure: no I/O, never evaluates. Problems in the file are returned, never
 * thrown. Linear in the number of claims.
 */

import type { MathNode } from 'mathjs';
import type { ClaimDecl, ClaimsFile, InputDecl, MessageValue, Problem, Span } from '../types.js';
import { phrase } from '../findings/interpolate.js';
import { computeNumber, PERCENT_SYMBOL, reservedMeaning, type UnitRegistry } from '../units/index.js';
import { CALLABLE_FUNCTIONS, MATH_CONSTANTS, PARSER_LITERALS } from '../mathjs/language.js';
import { bracketDepth, checkTree, DEFAULT_LIMITS, type ExpressionLimits } from './check.js';
import { cycleThrough, stronglyConnected } from './graph.js';
import { findIdentifier, spanInScalar } from './position.js';
import { suggest } from '../text/suggest.js';
import { codePoint, findLookAlike } from '../load/names.js';

export { ALLOWED_FUNCTIONS, DEFAULT_LIMITS, type ExpressionLimits } from './check.js';

/** A claim whose expression parsed and passed every check. */
export interface ResolvedExpression {
  name: string;
  /** The parsed tree; only allowed node types and functions. */
  node: MathNode;
  /** The span of the `compute` scalar. */
  span: Span;
  /** Names of inputs and claims used, in order of appearance, unique. */
  dependsOn: string[];
}

/** The claims file with every expression resolved. */
export interface ResolvedModel {
  registry: UnitRegistry;
  inputs: ReadonlyMap<string, InputDecl>;
  /**
   * Only claims whose compute parsed and passed the allow-list and name
   * checks (in file order). Claims in a cycle or depending on a broken claim
   * are here too, and also in `broken`; compute only those in `order`.
   */
  claims: ReadonlyMap<string, ResolvedExpression>;
  /** Claims in dependency order (a claim after everything it uses); claims in cycles or depending on broken ones are absent. */
  order: readonly string[];
  /**
   * Claims that cannot be computed and why (cycle, unknown name, bad
   * expression, or depends on one of those) — for the judge to give verdict
   * 'error'. For a claim that depends on a broken one, the problem is of kind
   * `evaluation` and is not repeated in `problems`.
   */
  broken: ReadonlyMap<string, Problem>;
}

/** No names (shared, never changed). */
const NO_NAMES: readonly string[] = Object.freeze([]);

/** Most "did you mean" searches per file (each is linear in the number of names). */
const MAX_SUGGESTIONS = 200;

/** Longer circles are shown abridged in messages (steps, counting the return to the start). */
const MAX_CYCLE_SHOWN = 12;

/**
 * Resolves every claim of a loaded claims file. `problems` holds each root
 * problem once (parse errors, refused constructs, unknown names, name
 * collisions, cycles); `model.broken` maps every claim that cannot be
 * computed to its reason.
 *
 * Phases: the names of inputs and claims, each claim's expression parsed and
 * checked, the claims put in dependency order.
 */
export function resolveModel(
  file: ClaimsFile,
  registry: UnitRegistry,
  limits: Partial<ExpressionLimits> = {},
): { model: ResolvedModel; problems: Problem[] } {
  const problems: Problem[] = [];
  const broken = new Map<string, Problem>();
  const { inputs, badInputs } = declaredInputs(file, registry, problems);
  const decls = declaredClaims(file);
  const parsed = parseClaims(file, decls, { registry, inputs, limit: { ...DEFAULT_LIMITS, ...limits }, problems, broken });
  const order = orderClaims(decls, parsed, badInputs, problems, broken);
  // Every claim that passed the checks, in file order — also those a cycle or a
  // broken dependency keeps out of `order` (their trees still show in traces).
  const claims = new Map<string, ResolvedExpression>();
  for (const name of decls.keys()) {
    const expression = parsed.get(name);
    if (expression) claims.set(name, expression);
  }
  return { model: { registry, inputs, claims, order, broken }, problems };
}

/** The inputs by name (the first of each), and those whose name is also a unit, function or constant, with its meaning. */
function declaredInputs(
  file: ClaimsFile,
  registry: UnitRegistry,
  problems: Problem[],
): { inputs: Map<string, InputDecl>; badInputs: Map<string, MessageValue> } {
  const inputs = new Map<string, InputDecl>();
  const badInputs = new Map<string, MessageValue>();
  for (const input of file.inputs) {
    if (inputs.has(input.name)) continue;
    inputs.set(input.name, input);
    const meaning = reservedMeaning(input.name, registry);
    if (meaning !== undefined) {
      badInputs.set(input.name, meaning);
      problems.push(collision(input.name, meaning, input.span));
    }
  }
  return { inputs, badInputs };
}

/** One declaration per claim name, in file order (the loader reports duplicates). */
function declaredClaims(file: ClaimsFile): Map<string, ClaimDecl> {
  const decls = new Map<string, ClaimDecl>();
  for (const claim of file.claims) if (!decls.has(claim.name)) decls.set(claim.name, claim);
  return decls;
}

/** What parsing the claims shares: the names in the file, the limits, and where problems go. */
interface ParseContext {
  registry: UnitRegistry;
  inputs: ReadonlyMap<string, InputDecl>;
  limit: ExpressionLimits;
  problems: Problem[];
  broken: Map<string, Problem>;
}

/** Every claim whose name is free and whose expression parses, passes the allow-list and names only known things. */
function parseClaims(file: ClaimsFile, decls: ReadonlyMap<string, ClaimDecl>, pc: ParseContext): Map<string, ResolvedExpression> {
  const { registry, inputs } = pc;
  const symbolContext = symbolsOf(inputs, decls, registry);
  const suggestions = { left: MAX_SUGGESTIONS, names: [...inputs.keys(), ...decls.keys()] };
  const parsed = new Map<string, ResolvedExpression>();
  const fail = (claim: ClaimDecl, problem: Problem): void => {
    pc.problems.push(problem);
    if (!pc.broken.has(claim.name)) pc.broken.set(claim.name, problem);
  };

  for (const claim of decls.values()) {
    const taken = nameTaken(claim, pc);
    if (taken) {
      fail(claim, taken);
      continue;
    }
    const result = parseCompute(claim, file.source, pc.limit, registry);
    if ('problem' in result) {
      fail(claim, result.problem);
      continue;
    }
    const checked = checkTree(result.node, pc.limit, symbolContext);
    if (!checked.ok) {
      fail(claim, { kind: 'expression-not-allowed', data: { ...checked.refusal }, span: claim.compute.span, claim: claim.name });
      continue;
    }
    const dependsOn = checked.symbols.filter((symbol) => inputs.has(symbol) || decls.has(symbol));
    const unknown = checked.symbols.filter((symbol) => !inputs.has(symbol) && !decls.has(symbol)
      && registry.lookup(symbol) === undefined && computeNumber(symbol) === undefined);
    for (const symbol of unknown) fail(claim, unknownName(claim, symbol, file.source, registry, suggestions));
    if (unknown.length > 0) continue;
    parsed.set(claim.name, { name: claim.name, node: result.node, span: claim.compute.span, dependsOn });
  }
  return parsed;
}

/** How the allow-list check tells functions, known names and constants apart in this file. */
function symbolsOf(inputs: ReadonlyMap<string, InputDecl>, decls: ReadonlyMap<string, ClaimDecl>, registry: UnitRegistry) {
  return {
    isFunction: (name: string): boolean => CALLABLE_FUNCTIONS.has(name),
    isKnown: (name: string): boolean =>
      inputs.has(name) || decls.has(name) || registry.lookup(name) !== undefined || computeNumber(name) !== undefined,
    constantMeaning: (name: string): MessageValue | undefined =>
      MATH_CONSTANTS.has(name) || PARSER_LITERALS.has(name) ? phrase('meaning-constant', { name }) : undefined,
  };
}

/** The collision when a claim's name is already a unit, function or constant, or an input's name. */
function nameTaken(claim: ClaimDecl, pc: ParseContext): Problem | undefined {
  const meaning = reservedMeaning(claim.name, pc.registry);
  if (meaning !== undefined) return collision(claim.name, meaning, claim.span);
  if (pc.inputs.has(claim.name)) return collision(claim.name, phrase('meaning-input'), claim.span);
  return undefined;
}

/** The `unknown-name` problem for a symbol of a claim's expression, at the symbol, with a close name when one is near. */
function unknownName(
  claim: ClaimDecl,
  symbol: string,
  source: string,
  registry: UnitRegistry,
  suggestions: { left: number; names: readonly string[] },
): Problem {
  let suggestion: MessageValue = '';
  // "services x 2": the times sign of a calculator or a headline ("3x"), which mathjs reads as a name.
  if ((symbol === 'x' || symbol === 'X') && new RegExp(`\\s${symbol}\\s`).test(claim.compute.value)) suggestion = { phrase: 'hint-times-sign', data: {} };
  else if (suggestions.left > 0) {
    suggestions.left--;
    const close = suggest(symbol, suggestions.names) ?? suggest(symbol, registry.unitWords.keys());
    if (close !== undefined) suggestion = { phrase: 'did-you-mean', data: { name: registry.unitWords.get(close) ?? close } };
  }
  const at = findIdentifier(claim.compute.value, symbol);
  const span = at >= 0 ? spanInScalar(claim.compute, at, symbol.length, source) : claim.compute.span;
  return { kind: 'unknown-name', data: { name: symbol, suggestion }, span, claim: claim.name };
}

/**
 * The claims in dependency order over the graph of claims (parsed or not: a
 * broken claim still has a name others use). Claims in a cycle get a `cycle`
 * problem; claims that use a broken claim or a badly named input are broken
 * too, and left out.
 */
function orderClaims(
  decls: ReadonlyMap<string, ClaimDecl>,
  parsed: ReadonlyMap<string, ResolvedExpression>,
  badInputs: ReadonlyMap<string, MessageValue>,
  problems: Problem[],
  broken: Map<string, Problem>,
): string[] {
  // Loops, not map/filter chains: this runs over every claim of the file (10,000: an entry
  // pair per name for the index, two lists per claim for its edges).
  const claimNames = [...decls.keys()];
  const indexOf = new Map<string, number>();
  for (let i = 0; i < claimNames.length; i++) indexOf.set(claimNames[i] as string, i);
  const edges: number[][] = [];
  for (let i = 0; i < claimNames.length; i++) {
    const out: number[] = [];
    const dependsOn = parsed.get(claimNames[i] as string)?.dependsOn ?? NO_NAMES;
    for (let j = 0; j < dependsOn.length; j++) {
      const at = indexOf.get(dependsOn[j] as string);
      if (at !== undefined) out.push(at);
    }
    edges.push(out);
  }
  const order: string[] = [];
  for (const component of stronglyConnected(edges)) {
    const first = component[0] as number;
    const isCycle = component.length > 1 || (edges[first] ?? []).includes(first);
    if (isCycle) {
      for (const problem of cycleProblems(component, edges, claimNames, decls)) {
        problems.push(problem);
        broken.set(problem.claim as string, problem);
      }
      continue;
    }
    const name = claimNames[first] as string;
    const expression = parsed.get(name);
    if (!expression || broken.has(name)) continue;
    const blocker = expression.dependsOn.find((d) => broken.has(d) || badInputs.has(d));
    if (blocker !== undefined) {
      const reason = badInputs.has(blocker)
        ? phrase('eval-input-name-taken', { input: blocker, meaning: badInputs.get(blocker)! })
        : phrase('eval-depends-on-broken', { claim: blocker });
      broken.set(name, { kind: 'evaluation', data: { claim: name, reason }, span: (decls.get(name) as ClaimDecl).span, claim: name });
      continue;
    }
    order.push(name);
  }
  return order;
}

/** One `cycle` problem per claim of a strongly connected component, in file order, each showing the circle from that claim. */
function cycleProblems(
  component: readonly number[],
  edges: readonly number[][],
  claimNames: readonly string[],
  decls: ReadonlyMap<string, ClaimDecl>,
): Problem[] {
  const members = new Set(component);
  const start = component.reduce((a, b) => Math.min(a, b));
  const path = cycleThrough(start, members, edges).map((i) => claimNames[i] as string);
  const long = path.length > MAX_CYCLE_SHOWN;
  const position = new Map(path.slice(0, -1).map((name, i) => [name, i]));
  return [...component].sort((a, b) => a - b).map((i) => {
    const name = claimNames[i] as string;
    const decl = decls.get(name) as ClaimDecl;
    // Start a short circle at this claim when it lies on it; a long one is shown abridged.
    const at = position.get(name);
    const circle = long
      ? abridge(path)
      : at !== undefined ? [...path.slice(at, -1), ...path.slice(0, at), name].join(' → ') : path.join(' → ');
    return { kind: 'cycle', data: { cycle: circle }, span: decl.span, claim: name };
  });
}

/** A long circle as its first and last few steps: "c0 → c1 → c2 → … → c9999 → c0 (10000 claims)". */
function abridge(path: readonly string[]): string {
  const head = path.slice(0, 4);
  const tail = path.slice(-3);
  return `${[...head, '…', ...tail].join(' → ')} (${path.length - 1} claims)`;
}

function collision(name: string, meaning: MessageValue, span: Span): Problem {
  return { kind: 'name-collision', data: { name, meaning, example: `${name}_value` }, span, claim: name };
}

/** Length, `%`, nesting and syntax checks, then the mathjs parse. */
function parseCompute(
  claim: ClaimDecl,
  source: string,
  limit: ExpressionLimits,
  registry: UnitRegistry,
): { node: MathNode } | { problem: Problem } {
  const text = claim.compute.value;
  const span = claim.compute.span;
  const refuse = (what: MessageValue, reason: MessageValue, at = span): { problem: Problem } => ({
    problem: { kind: 'expression-not-allowed', data: { what, reason }, span: at, claim: claim.name },
  });
  if (text.length > limit.maxLength) {
    return refuse(phrase('refused-length', { length: text.length }), phrase('refuse-length', { max: limit.maxLength }));
  }
  if (text.trim() === '') {
    return { problem: { kind: 'parse', data: { what: phrase('what-expression', { claim: claim.name }), reason: phrase('parse-empty') }, span, claim: claim.name } };
  }
  if (bracketDepth(text) > limit.maxDepth) {
    return refuse(phrase('refused-nesting', { max: limit.maxDepth }), phrase('refuse-split'));
  }
  // A block scalar spreads one expression over lines: newlines are spaces
  // (mathjs would read them as separate statements), and a `#` comment ends
  // at its line. Same length, so offsets still point into the YAML.
  // (Each rewrite only when its character is there: most expressions have none of them.)
  const uncommented = text.includes('#') ? text.replace(/#[^\n]*/g, (comment) => ' '.repeat(comment.length)) : text;
  const oneLine = /[\r\n]/.test(uncommented) ? uncommented.replace(/[\r\n]/g, ' ') : uncommented;
  const marker = oneLine.indexOf(PERCENT_SYMBOL);
  if (marker >= 0) {
    return refuse(phrase('refused-sign', { sign: PERCENT_SYMBOL }), phrase('refuse-percent-sign'), spanInScalar(claim.compute, marker, 1, source));
  }
  // `42.7%` right after a number is percent (0.427), never remainder: the
  // sign becomes a name the evaluate stage reads as 0.01 (same length).
  const hasPercent = oneLine.includes('%');
  const percent = hasPercent ? strayPercent(oneLine) : -1;
  if (percent >= 0) {
    return refuse(
      phrase('refused-percent'),
      phrase('refuse-stray-percent'),
      spanInScalar(claim.compute, percent, 1, source),
    );
  }
  const withPercent = hasPercent ? oneLine.replace(PERCENT_AFTER_NUMBER, `$1${PERCENT_SYMBOL}`) : oneLine;
  const lookAlike = findLookAlike(oneLine);
  if (lookAlike !== undefined) {
    const { index, char, latin, script } = lookAlike;
    const reason: MessageValue = { phrase: 'parse-look-alike', data: { script, char, code: codePoint(char), latin } };
    return { problem: { kind: 'parse', data: { what: phrase('what-expression', { claim: claim.name }), reason }, span: spanInScalar(claim.compute, index, char.length, source), claim: claim.name } };
  }
  try {
    return { node: registry.math.parse(withPercent) };
  } catch (error) {
    if (error instanceof RangeError) return refuse(phrase('refused-deep'), phrase('refuse-split'));
    const message = error instanceof Error ? error.message : String(error);
    const char = (error as { char?: unknown }).char;
    const at = typeof char === 'number' && char >= 1 ? spanInScalar(claim.compute, char - 1, 1, source) : span;
    const reason = message.replace(/\s*\(char \d+\)\s*$/, '');
    return { problem: { kind: 'parse', data: { what: phrase('what-expression', { claim: claim.name }), reason }, span: at, claim: claim.name } };
  }
}

/** A `%` right after a number (`42.7%`, `1e3 %`) and before + - * /, a closing bracket, a comma or the end (`5%^2` is refused: it would read as 5 × (1%)²). */
const PERCENT_AFTER_NUMBER = /(?<![\w.])((?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*)%(?=\s*(?:[-+*/),]|$))/g;

/** The offset of the first `%` that is not a percent after a number, or −1. */
function strayPercent(text: string): number {
  const masked = text.replace(PERCENT_AFTER_NUMBER, (match) => ' '.repeat(match.length));
  return masked.indexOf('%');
}
