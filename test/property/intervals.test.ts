// Property (issue 5, §6): for random expressions over random input ranges,
// the interval claimcheck computes contains the expression's value at random
// points inside the ranges. Each case is a real claims file (YAML text) run
// through the loader, the resolve stage and the evaluator; the value at a
// point is computed independently, in plain JavaScript, from the same tree.
import { describe, expect, it } from 'vitest';
import { createEvaluator, type Value } from '../../src/evaluate/index.js';
import { loadClaimsFile } from '../../src/load/index.js';
import { resolveModel } from '../../src/resolve/index.js';
import { messageText } from '../../src/findings/index.js';
import { loadDefaultRules } from '../../src/rules/index.js';
import { defaults, fc } from './setup.js';

const { registry } = defaults();
const PHRASES = loadDefaultRules().phrases;
const NAMES = ['in_a', 'in_b', 'in_c'] as const;

/** An expression tree: its text for mathjs and its value at a point. */
interface Expr {
  text: string;
  at(x: Readonly<Record<string, number>>): number;
}

const leaf: fc.Arbitrary<Expr> = fc.oneof(
  fc.constantFrom(...NAMES).map((name): Expr => ({ text: name, at: (x) => x[name] as number })),
  fc.integer({ min: 1, max: 9 }).map((n): Expr => ({ text: String(n), at: () => n })),
);

const binary = (op: string, f: (a: number, b: number) => number) => ([a, b]: [Expr, Expr]): Expr => ({
  text: `(${a.text} ${op} ${b.text})`,
  at: (x) => f(a.at(x), b.at(x)),
});
const call = (name: string, f: (...v: number[]) => number) => (args: Expr[]): Expr => ({
  text: `${name}(${args.map((a) => a.text).join(', ')})`,
  at: (x) => f(...args.map((a) => a.at(x))),
});

const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('expr'), tie('expr')).map(binary('+', (a, b) => a + b)),
    fc.tuple(tie('expr'), tie('expr')).map(binary('-', (a, b) => a - b)),
    fc.tuple(tie('expr'), tie('expr')).map(binary('*', (a, b) => a * b)),
    fc.tuple(tie('expr'), tie('expr')).map(binary('/', (a, b) => a / b)),
    tie('expr').map((a): Expr => ({ text: `(${a.text})^2`, at: (x) => a.at(x) ** 2 })),
    tie('expr').map((a): Expr => ({ text: `(${a.text})^3`, at: (x) => a.at(x) ** 3 })),
    tie('expr').map((a): Expr => ({ text: `-(${a.text})`, at: (x) => -a.at(x) })),
    tie('expr').map((a) => call('abs', Math.abs)([a])),
    tie('expr').map((a): Expr => ({ text: `sqrt(abs(${a.text}))`, at: (x) => Math.sqrt(Math.abs(a.at(x))) })),
    fc.array(tie('expr'), { minLength: 1, maxLength: 3 }).map(call('min', Math.min)),
    fc.array(tie('expr'), { minLength: 1, maxLength: 3 }).map(call('max', Math.max)),
    fc.array(tie('expr'), { minLength: 1, maxLength: 3 }).map(call('sum', (...v) => v.reduce((s, y) => s + y, 0))),
  ),
}));

/** A range [low, high] with two decimals, between -50 and 50. */
const range = fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 0, max: 3000 })).map(([low, width]) => ({ low: low / 100, high: (low + width) / 100 }));
const point = fc.double({ min: 0, max: 1, noNaN: true });

describe('computed intervals', () => {
  it('contain the value at every sampled point of the input ranges', () => {
    let checked = 0;
    fc.assert(
      fc.property(expr, fc.tuple(range, range, range), fc.array(fc.tuple(point, point, point), { minLength: 1, maxLength: 5 }), (e, ranges, points) => {
        const text = [
          'inputs:',
          ...NAMES.map((name) => `  ${name}: { value: 1, source: generated }`),
          'claims:',
          `  c: { compute: '${e.text}' }`,
        ].join('\n');
        const { file, problems } = loadClaimsFile(text, 'claims.yaml');
        expect(problems).toEqual([]);
        const { model, problems: resolveProblems } = resolveModel(file, registry);
        // Long random trees can pass the 64-level depth limit: refused, never computed.
        if (resolveProblems.length > 0) {
          expect(resolveProblems.map((p) => p.kind)).toEqual(['expression-not-allowed']);
          return;
        }
        const values = new Map<string, Value>(NAMES.map((name, i) => [name, { ...(ranges[i] as { low: number; high: number }), dimension: {} }]));
        const computed = createEvaluator(model, values).claim('c');
        // A division whose divisor's range holds 0, or an overflow: an error with a reason, never a wrong interval.
        if ('reason' in computed) {
          expect(messageText(computed.reason, PHRASES)).toMatch(/^[^{]*\S[^{]*$/);
          return;
        }
        expect(computed.low).toBeLessThanOrEqual(computed.high);
        for (const t of points) {
          const x = Object.fromEntries(NAMES.map((name, i) => {
            const r = ranges[i] as { low: number; high: number };
            return [name, r.low + (t[i] as number) * (r.high - r.low)];
          }));
          const y = e.at(x);
          if (!Number.isFinite(y)) continue;
          checked++;
          // Floating-point rounding is not directed: allow a relative 1e-9.
          const slack = 1e-9 * Math.max(1, Math.abs(y), Math.abs(computed.low), Math.abs(computed.high));
          expect(y, `${e.text} at ${JSON.stringify(x)}`).toBeGreaterThanOrEqual(computed.low - slack);
          expect(y, `${e.text} at ${JSON.stringify(x)}`).toBeLessThanOrEqual(computed.high + slack);
        }
      }),
      { numRuns: 400 },
    );
    // Most cases must reach the containment check (not end in a refusal or an error): 400 runs × 1–5 points.
    expect(checked).toBeGreaterThan(500);
  });
});
