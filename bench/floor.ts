/**
 * @file The benchmark's floor (bundled by bench/run.mjs into a temp folder):
 * the least any checker built on these libraries does for a claims file —
 * start Node, load yaml and mathjs (the parser and units, built the way
 * claimcheck builds them), compose each claims file with yaml's
 * parseDocument, then for every claim parse its `compute:` with mathjs,
 * evaluate it ONCE with interval arithmetic over the inputs' numbers (a
 * range "A to B" as [A, B]) and compare the result with the first number of
 * its `stated:`. No units, no hedges, no article, no report. Prints nothing.
 */

import { readFileSync } from 'node:fs';
import type { MathNode } from 'mathjs';
import { LineCounter, parseDocument } from 'yaml';
import { sharedMath } from '../src/mathjs/index.js';
import * as I from '../src/evaluate/interval.js';

const math = sharedMath();
math.unit(1, 'mi');

/** The numbers of a value as written: "1,100 to 3,000 soldiers" → [1100, 3000]. */
function numbers(text: string): number[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replaceAll(',', '')));
}

function evaluate(node: MathNode, env: Map<string, I.Interval>): I.Interval {
  switch (node.type) {
    case 'ConstantNode':
      return I.point(Number((node as unknown as { value: unknown }).value));
    case 'SymbolNode':
      return env.get((node as unknown as { name: string }).name) ?? I.point(1);
    case 'ParenthesisNode':
      return evaluate((node as unknown as { content: MathNode }).content, env);
    case 'FunctionNode': {
      const args = (node as unknown as { args: MathNode[] }).args.map((a) => evaluate(a, env));
      return args[0] ?? I.point(0);
    }
    case 'OperatorNode': {
      const { op, args } = node as unknown as { op: string; args: MathNode[] };
      const [a, b] = args.map((x) => evaluate(x, env)) as [I.Interval, I.Interval | undefined];
      if (b === undefined) return op === '-' ? I.negate(a) : a;
      if (op === '+') return I.add(a, b);
      if (op === '-') return I.subtract(a, b);
      if (op === '*') return I.multiply(a, b);
      if (op === '/') return I.divide(a, b);
      return a;
    }
    default:
      return I.point(0);
  }
}

let agree = 0;
for (const path of process.argv.slice(2)) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, uniqueKeys: false });
  const data = doc.toJS() as { inputs?: Record<string, { value: string }>; claims?: Record<string, { compute: string; stated?: string }> };
  const env = new Map<string, I.Interval>();
  for (const [name, input] of Object.entries(data.inputs ?? {})) {
    const ns = numbers(String(input.value));
    env.set(name, I.interval(ns[0] ?? 0, ns[1] ?? ns[0] ?? 0));
  }
  for (const [name, claim] of Object.entries(data.claims ?? {})) {
    const value = evaluate(math.parse(claim.compute), env);
    env.set(name, value);
    const stated = claim.stated === undefined ? undefined : numbers(String(claim.stated))[0];
    if (stated !== undefined && stated >= value.low && stated <= value.high) agree++;
  }
}
if (agree < 0) process.stdout.write('never\n');
