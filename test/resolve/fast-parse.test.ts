// The everyday-expression reader (src/resolve/fast-parse.ts) must build the
// very tree mathjs's `parse` builds, or give up. Checked three ways: every
// `compute` in the project's YAML files (examples, fixtures, golden inputs,
// the hostile and newsroom suites), hand-picked forms where precedence,
// associativity and token boundaries are easy to get wrong, and a seeded
// random set of expressions over the characters both readers know.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sharedMath } from '../../src/mathjs/index.js';
import { parseEveryday } from '../../src/resolve/fast-parse.js';

const math = sharedMath();

/** mathjs's tree, or the error it throws (then the quick reader must give up). */
function mathjsTree(text: string): unknown {
  try {
    return math.parse(text);
  } catch (error) {
    return error;
  }
}

/** Asserts the quick reader agrees with mathjs on `text`; true when it read it itself. */
function agrees(text: string): boolean {
  const fast = parseEveryday(text, math);
  if (fast === undefined) return false;
  const slow = mathjsTree(text);
  expect(slow, `mathjs refuses ${JSON.stringify(text)} but the quick reader read it`).not.toBeInstanceOf(Error);
  // Same classes, same fields, all the way down (op, fn, implicit, isPercentage, optional, value, name).
  expect(fast, text).toStrictEqual(slow);
  expect(fast.toString()).toBe((slow as typeof fast).toString());
  return true;
}

/** Every YAML file of the project outside node_modules and dist. */
function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(entry)) out.push(path);
  }
  return out;
}

/** Every string under a `compute` key, in any document of the file (unreadable files are skipped). */
function computes(path: string): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'compute' && typeof inner === 'string') found.push(inner);
        else walk(inner);
      }
    }
  };
  try {
    for (const doc of parseAllDocuments(readFileSync(path, 'utf8'))) walk(doc.toJS({ maxAliasCount: 100 }));
  } catch {
    // A deliberately broken fixture: nothing to collect.
  }
  return found;
}

describe('the everyday-expression reader builds mathjs\'s own tree', () => {
  it('for every compute in the project\'s YAML files', () => {
    const texts = [...new Set(yamlFiles('.').flatMap(computes))];
    expect(texts.length).toBeGreaterThan(200);
    const read = texts.filter(agrees).length;
    // Most real expressions are in the everyday shape (otherwise the reader would save nothing).
    expect(read / texts.length).toBeGreaterThan(0.6);
  });

  it.each([
    // precedence and associativity, each written out with every bracket by hand
    ['-a^2', '-(a ^ 2)'],
    ['2^-3^2', '2 ^ (-(3 ^ 2))'],
    ['a^b^c', 'a ^ (b ^ c)'],
    ['a - b - c', '(a - b) - c'],
    ['a / b / c', '(a / b) / c'],
    ['a * -b', 'a * (-b)'],
    ['-a * b', '(-a) * b'],
    ['- - a', '-(-a)'],
    ['+a - +b', '(+a) - (+b)'],
    ['a + b * c ^ 2', 'a + (b * (c ^ 2))'],
    ['(a + b) * c', '(a + b) * c'],
    ['round(x * 10, 1) / 10', '(round(x * 10, 1)) / 10'],
    ['max(a, b) - min(a, b)', '(max(a, b)) - (min(a, b))'],
    ['sqrt (x)', 'sqrt(x)'],
    ['f()', 'f()'],
    // numbers: converted as mathjs converts them
    ['1e3 * x', '1000 * x'],
    ['2.5E-3 / y', '0.0025 / y'],
    ['007 + 0.10', '7 + 0.1'],
  ])('%s reads as %s, as mathjs reads it', (text, bracketed) => {
    expect(parseEveryday(text, math)?.toString({ parenthesis: 'all' })).toBe(bracketed);
    expect(agrees(text)).toBe(true);
  });

  it.each([
    '30 days', '2 x', '2(x + 1)', '(a)(b)', 'f(x)(y)', 'a b', '1/2 x', // implicit multiplication
    'a to b', 'a in b', 'a mod b', 'not a', 'a and b', 'true', 'NaN', 'Infinity * a', // keywords
    'a % b', 'a ℅', 'a ^| b', 'a == b', 'a ? b : c', 'a = 2', 'a[1]', 'a.b', '.5 * a', '2. * a', '0x10', // other syntax
    'a$b', 'café', 'x\u00a0+ y', 'a,b', 'a; b', '', '   ', '(a', 'a)', 'a +', '* a', 'a // b', '2e', '1.2.3',
  ])('%j is left to mathjs', (text) => {
    expect(parseEveryday(text, math)).toBeUndefined();
  });

  it('for a seeded random set of expressions', () => {
    // A small linear congruential generator: the same expressions on every run.
    let seed = 20261129;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      // The high bits: an LCG's low bits repeat with a short period.
      return Math.floor(seed / 65536) % n;
    };
    const pieces = ['a', 'b_2', 'x1', 'sqrt', 'round', 'to', 'e', '2', '0.5', '1e3', '3E-2', '.5', '+', '-', '*', '/', '^', '(', ')', ',', ' ', ' ', '%', '!', "'", '[', ']', '.', 'é', 'days'];
    const structured = (depth: number): string => {
      const operand = (): string => {
        switch (next(depth > 3 ? 3 : 6)) {
          case 0: return ['a', 'b_2', 'x1', 'days'][next(4)] as string;
          case 1: return ['2', '0.5', '1e3', '3E-2', '10'][next(5)] as string;
          case 2: return `${['-', '+', ''][next(3)]}${['a', '7'][next(2)]}`;
          case 3: return `(${structured(depth + 1)})`;
          case 4: return `${['sqrt', 'round', 'max', 'f'][next(4)]}(${structured(depth + 1)}${next(2) ? `, ${structured(depth + 1)}` : ''})`;
          default: return `-${structured(depth + 1)}`;
        }
      };
      let text = operand();
      const terms = next(4);
      for (let i = 0; i < terms; i++) text += `${[' ', ''][next(2)]}${['+', '-', '*', '/', '^'][next(5)]}${[' ', ''][next(2)]}${operand()}`;
      return text;
    };
    let read = 0;
    for (let i = 0; i < 3000; i++) if (agrees(structured(0))) read++;
    for (let i = 0; i < 3000; i++) {
      const length = 1 + next(9);
      let text = '';
      for (let j = 0; j < length; j++) text += pieces[next(pieces.length)];
      agrees(text);
    }
    // The structured ones are nearly all in the everyday shape: the comparison above really ran.
    expect(read).toBeGreaterThan(2000);
  });
});
