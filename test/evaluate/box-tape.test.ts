// The tightening step's tape (src/evaluate/box-tape.ts) against the tree
// walkers it stands in for: slopes.ts's evaluateDual and numeric.ts's
// evaluateExpr must give the very same numbers (to the bit, −0 included),
// the same missing slopes and the same failures, over seeded random chains
// of claims and boxes that straddle zero, are points, or overflow.
import { describe, expect, it } from 'vitest';
import { compile, type Expr, isEvaluationError } from '../../src/evaluate/compile.js';
import { boxTape } from '../../src/evaluate/box-tape.js';
import { EvaluationFailure, evaluateExpr } from '../../src/evaluate/numeric.js';
import { constantDual, type Dual, evaluateDual } from '../../src/evaluate/slopes.js';
import type { Interval } from '../../src/evaluate/interval.js';
import { sharedMath } from '../../src/mathjs/index.js';
import { loadDefaultRules } from '../../src/rules/index.js';
import { createUnitRegistry } from '../../src/units/index.js';

const registry = createUnitRegistry([...loadDefaultRules().units.values()]).registry;

/** Compiles `compute` texts in order (each may use the names before it); every name is a plain number. */
function compileChain(claims: readonly (readonly [string, string])[], inputs: readonly string[]): [string, Expr][] {
  const done = new Map<string, Expr>();
  for (const [name, compute] of claims) {
    const e = compile(sharedMath().parse(compute), {
      registry,
      input: (n) => (inputs.includes(n) ? {} : undefined),
      claim: (n) => done.get(n)?.dimension,
    });
    if (isEvaluationError(e)) throw new Error(`${compute}: does not compile`);
    done.set(name, e);
  }
  return [...done];
}

/** What the box runner's tree walkers give: the dual and the plain value of the last claim, undefined on a failure. */
function byTrees(inline: readonly [string, Expr][], varying: readonly string[], fixed: ReadonlyMap<string, Interval>, box: readonly Interval[]) {
  const m = varying.length;
  const own = box.map((value, i): Dual => ({ value, slopes: varying.map((_, j) => (i === j ? { low: 1, high: 1 } : { low: 0, high: 0 })) }));
  const duals = new Map<string, Dual>();
  const values = new Map<string, Interval>();
  let dual: Dual | undefined;
  let value: Interval | undefined;
  try {
    for (const [name, expr] of inline) {
      dual = evaluateDual(expr, {
        input: (n) => (varying.includes(n) ? (own[varying.indexOf(n)] as Dual) : constantDual(fixed.get(n) as Interval, m)),
        claim: (n) => duals.get(n) ?? constantDual(fixed.get(n) as Interval, m),
      }, m);
      duals.set(name, dual);
    }
  } catch (err) {
    if (!(err instanceof EvaluationFailure)) throw err;
    dual = undefined;
  }
  try {
    for (const [name, expr] of inline) {
      value = evaluateExpr(expr, {
        input: (n) => (varying.includes(n) ? (box[varying.indexOf(n)] as Interval) : (fixed.get(n) as Interval)),
        claim: (n) => values.get(n) ?? (fixed.get(n) as Interval),
      });
      values.set(name, value);
    }
  } catch (err) {
    if (!(err instanceof EvaluationFailure)) throw err;
    value = undefined;
  }
  return { dual, value };
}

describe('box tape', () => {
  it('a seeded random set of chained claims over boxes: the same values, slopes and failures as the tree walkers', () => {
    let seed = 2611;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n;
    };
    const term = (depth: number, names: readonly string[]): string => {
      if (depth > 2 || next(3) === 0) return [...names, 'x', 'y', 'x', 'k', 'w', '2', '0.5', '0', '3'][next(names.length + 9)] as string;
      const a = term(depth + 1, names);
      const b = term(depth + 1, names);
      switch (next(9)) {
        case 0: return `(${a} + ${b})`;
        case 1: return `(${a} - ${b})`;
        case 2: return `${a} * ${b}`;
        case 3: return `${a} / ${b}`;
        case 4: return `-${a}`;
        case 5: return `(${a}) ^ ${['2', '-1', '0', '1', '3', '0.5', '-2'][next(7)]}`;
        case 6: return `round(${a}, ${next(3)})`;
        case 7: return `floor(${a}) + ceil(${b})`;
        default: return `${a} * x - ${b}`;
      }
    };
    const fixed = new Map<string, Interval>([['k', { low: 0.25, high: 0.25 }], ['w', { low: 2, high: 5 }], ['y', { low: 2, high: 4 }]]);
    const boxes: Interval[] = [
      { low: 1, high: 9 }, { low: 2.5, high: 2.5 }, { low: -4, high: 3 }, { low: -0, high: 0 }, { low: -7, high: -0.5 },
      { low: 0.1, high: 0.30000000000000004 }, { low: 1e150, high: 1e200 }, { low: -1e300, high: 1e300 }, { low: 7.123456789, high: 7.5 },
      { low: -2, high: 0 }, { low: 0, high: 3 }, { low: 3, high: 4 }, { low: 0.5, high: 1.5 },
    ];
    let values = 0;
    let slopes = 0;
    let failures = 0;
    for (let chain = 0; chain < 120; chain++) {
      const claims: [string, string][] = [];
      for (let i = 0; i < 4; i++) claims.push([`c${i}`, term(0, claims.map(([n]) => n).slice(-2))]);
      const compiled = compileChain(claims, ['x', 'y', 'k', 'w']);
      const varying = chain % 3 === 0 ? ['x', 'y'] : ['x'];
      // Each claim of the chain in turn is the one tightened (the last of its inline list).
      for (let last = 1; last <= compiled.length; last++) {
        const inline = compiled.slice(0, last);
        const tape = boxTape(inline, varying, { input: (n) => fixed.get(n), claim: () => undefined });
        const chainText = claims.slice(0, last).map(([n, c]) => `${n} = ${c}`).join('; ');
        expect(tape, chainText).toBeDefined();
        for (let b = 0; b < boxes.length; b++) {
          const box = varying.map((_, i) => boxes[(b + 5 * i) % boxes.length] as Interval);
          const expected = byTrees(inline, varying, fixed, box);
          const where = `${chainText} over ${JSON.stringify(box)}`;
          expect(tape!.dual(box), where).toEqual(expected.dual);
          expect(tape!.pass(box), where).toEqual(expected.value);
          if (expected.value) values++;
          else failures++;
          if (expected.dual?.slopes.some((s) => s !== null && (s.low !== 0 || s.high !== 0))) slopes++;
        }
      }
    }
    // The numbers, the slopes and the failures were all compared, not only one kind.
    expect(values).toBeGreaterThan(3000);
    expect(slopes).toBeGreaterThan(1000);
    expect(failures).toBeGreaterThan(1000);
  });

  it('keeps −0 as interval arithmetic does: −x over [0, 0] is [−0, −0], with slope −1', () => {
    const inline = compileChain([['c', '-x']], ['x']);
    const dual = boxTape(inline, ['x'], { input: () => undefined, claim: () => undefined })!.dual([{ low: 0, high: 0 }])!;
    expect(Object.is(dual.value.low, -0) && Object.is(dual.value.high, -0)).toBe(true);
    expect(dual.slopes).toEqual([{ low: -1, high: -1 }]);
  });

  it('has no tape for a tree with an operation it does not run (sqrt), or a name with no value; the trees are walked instead', () => {
    const fixed = { input: () => undefined, claim: () => undefined };
    expect(boxTape(compileChain([['c', 'sqrt(x) + x']], ['x']), ['x'], fixed)).toBeUndefined();
    expect(boxTape(compileChain([['c', 'x * k']], ['x', 'k']), ['x'], fixed)).toBeUndefined();
  });
});
