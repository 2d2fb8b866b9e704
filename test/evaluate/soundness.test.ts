// Randomized soundness: random expressions over three range inputs (with
// helper claims, so inputs recur through other claims), each checked at 200
// random points against a plain-number oracle written here. Fixed seed, no
// dependency: the same expressions and points on every run.
import { describe, expect, it } from 'vitest';
import { build } from './helpers.js';

/** Numerical Recipes' LCG: deterministic numbers in [0, 1). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type Tree =
  | { k: 'var'; name: string }
  | { k: 'num'; value: number }
  | { k: 'claim'; name: string }
  | { k: 'bin'; op: '+' | '-' | '*' | '/'; a: Tree; b: Tree }
  | { k: 'neg'; a: Tree }
  | { k: 'pow'; a: Tree; n: number }
  | { k: 'fn'; f: 'abs' | 'min' | 'max' | 'mean' | 'sum' | 'sqrtabs' | 'logabs'; args: Tree[] };

const RANGES: Record<string, [number, number]> = { x_in: [-2, 3], y_in: [0.5, 4], z_in: [1, 2] };
const VARS = Object.keys(RANGES);
const NUMBERS = [0.5, 1, 1.5, 2, 3];

function generate(random: () => number, depth: number, helpers: readonly string[]): Tree {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  if (depth === 0 || random() < 0.25) {
    const r = random();
    if (r < 0.55) return { k: 'var', name: pick(VARS) };
    if (r < 0.8 || helpers.length === 0) return { k: 'num', value: pick(NUMBERS) };
    return { k: 'claim', name: pick(helpers) };
  }
  const sub = (): Tree => generate(random, depth - 1, helpers);
  const r = random();
  if (r < 0.5) return { k: 'bin', op: pick(['+', '-', '*', '/'] as const), a: sub(), b: sub() };
  if (r < 0.6) return { k: 'pow', a: sub(), n: pick([2, 3, -1, -2]) };
  if (r < 0.65) return { k: 'neg', a: sub() };
  const f = pick(['abs', 'min', 'max', 'mean', 'sum', 'sqrtabs', 'logabs'] as const);
  const n = f === 'abs' || f === 'sqrtabs' || f === 'logabs' ? 1 : 2 + Math.floor(random() * 2);
  return { k: 'fn', f, args: Array.from({ length: n }, sub) };
}

function render(t: Tree): string {
  switch (t.k) {
    case 'var':
    case 'claim':
      return t.name;
    case 'num':
      return String(t.value);
    case 'bin':
      return `(${render(t.a)} ${t.op} ${render(t.b)})`;
    case 'neg':
      return `-(${render(t.a)})`;
    case 'pow':
      return `(${render(t.a)})^${t.n < 0 ? `(${t.n})` : t.n}`;
    case 'fn': {
      const args = t.args.map(render).join(', ');
      if (t.f === 'sqrtabs') return `sqrt(abs(${args}))`;
      if (t.f === 'logabs') return `log(abs(${args}) + 1)`;
      return `${t.f}(${args})`;
    }
  }
}

/** The oracle: the tree at one point, with plain JavaScript numbers. */
function at(t: Tree, point: Record<string, number>, helpers: ReadonlyMap<string, Tree>): number {
  const go = (u: Tree): number => at(u, point, helpers);
  switch (t.k) {
    case 'var':
      return point[t.name] as number;
    case 'claim':
      return go(helpers.get(t.name) as Tree);
    case 'num':
      return t.value;
    case 'bin': {
      const a = go(t.a);
      const b = go(t.b);
      return t.op === '+' ? a + b : t.op === '-' ? a - b : t.op === '*' ? a * b : a / b;
    }
    case 'neg':
      return -go(t.a);
    case 'pow':
      return Math.pow(go(t.a), t.n);
    case 'fn': {
      const xs = t.args.map(go);
      switch (t.f) {
        case 'abs':
          return Math.abs(xs[0] as number);
        case 'min':
          return Math.min(...xs);
        case 'max':
          return Math.max(...xs);
        case 'sum':
          return xs.reduce((s, x) => s + x, 0);
        case 'mean':
          return xs.reduce((s, x) => s + x, 0) / xs.length;
        case 'sqrtabs':
          return Math.sqrt(Math.abs(xs[0] as number));
        case 'logabs':
          return Math.log(Math.abs(xs[0] as number) + 1);
      }
    }
  }
}

describe('soundness on random expressions', () => {
  it('contains the value at every sampled point of the input ranges', () => {
    const random = lcg(20240601);
    const helperTrees = new Map<string, Tree>();
    for (let i = 0; i < 15; i++) helperTrees.set(`helper_${i}`, generate(random, 2, []));
    const helpers = [...helperTrees.keys()];
    const mainTrees = new Map<string, Tree>();
    for (let i = 0; i < 300; i++) mainTrees.set(`claim_${i}`, generate(random, 4, helpers));

    const claims: Record<string, string> = {};
    for (const [name, tree] of [...helperTrees, ...mainTrees]) claims[name] = render(tree);
    const inputs = Object.fromEntries(Object.entries(RANGES).map(([name, [low, high]]) => [name, { low, high }]));
    const b = build(inputs, claims);
    expect(b.problems).toEqual([]);

    let computed = 0;
    let tightened = 0;
    for (const [name, tree] of mainTrees) {
      const v = b.evaluator.claim(name);
      if ('reason' in v) continue; // division by a range containing zero, and the like
      computed++;
      expect(Number.isFinite(v.low) && Number.isFinite(v.high) && v.low <= v.high).toBe(true);
      let sampledLow = Infinity;
      let sampledHigh = -Infinity;
      for (let p = 0; p < 200; p++) {
        const point: Record<string, number> = {};
        for (const [input, [low, high]] of Object.entries(RANGES)) {
          // The first 8 points are the corners; the rest uniform inside.
          point[input] = p < 8 ? ((p >> VARS.indexOf(input)) & 1 ? high : low) : low + (high - low) * random();
        }
        const exact = at(tree, point, helperTrees);
        if (!Number.isFinite(exact)) continue;
        sampledLow = Math.min(sampledLow, exact);
        sampledHigh = Math.max(sampledHigh, exact);
        const slack = 1e-9 * Math.max(1, Math.abs(exact));
        if (exact < v.low - slack || exact > v.high + slack) {
          expect.fail(`${name} = ${claims[name]} at ${JSON.stringify(point)} is ${exact}, outside [${v.low}, ${v.high}]`);
        }
      }
      if (b.evaluator.uncertainInputs(name).length > 0 && v.high - v.low < 1.5 * (sampledHigh - sampledLow) + 1e-9) tightened++;
    }
    // Most random expressions are computable, so the check is not vacuous.
    expect(computed).toBeGreaterThan(150);
    // And for many of them the interval is within 1.5 times the spread actually sampled.
    expect(tightened).toBeGreaterThan(computed / 2);
  });
});
