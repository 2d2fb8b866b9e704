// The allow-list: every construct outside + - * / ^, parentheses, numbers,
// names, units and the safe functions is refused with a plain-words name of
// the construct, never parsed into something that could run code.
import { worded, wordedData } from '../worded.js';
import { describe, expect, it } from 'vitest';
import { resolveModel } from '../../src/resolve/index.js';
import { createUnitRegistry } from '../../src/units/index.js';
import type { Problem } from '../../src/types.js';
import { messageText } from '../../src/findings/index.js';
import { loadDefaultRules } from '../../src/rules/index.js';
import { claimsFile } from './fixture.js';

const { registry } = createUnitRegistry([
  { name: 'USD', aliases: ['dollars'], symbols: ['$'] },
  { name: 'soldier', aliases: ['soldiers', 'troops'] },
]);

/** Resolves one claim `x` over inputs aa and bb and returns its problems. */
function problemsOf(compute: string): Problem[] {
  const { model, problems } = resolveModel(claimsFile(['aa', 'bb'], { x: compute }), registry);
  if (problems.length > 0) expect(model.broken.get('x')).toBe(problems[0]);
  expect(model.claims.has('x')).toBe(problems.length === 0);
  return problems;
}

function refusal(compute: string): string {
  const problems = problemsOf(compute);
  expect(problems).toHaveLength(1);
  expect(problems[0]?.kind).toBe('expression-not-allowed');
  expect(problems[0]?.claim).toBe('x');
  return worded(problems[0]?.data['what']);
}

describe('allowed expressions', () => {
  it.each([
    'aa / bb',
    '2 * aa - bb',
    '-aa + +bb',
    '(aa + bb)^2',
    'aa^-1',
    'aa^(-0.5)',
    '11000 soldiers / aa',
    '2 aa',
    'min(aa, bb) + max(aa, bb, 3) + abs(aa) + round(aa) + round(aa, 2) + floor(aa) + ceil(aa)',
    'sqrt(aa) + log(aa) + log(aa, 10) + exp(aa) + sum(aa, bb) + mean(aa, bb)',
    // floor and ceil take the decimals to keep, as round does and as the evaluator reads them (one arity list).
    'floor(aa, 1) + ceil(aa, 2)',
    'aa / 10 min',
    'aa * 1.5e3',
    // A computed exponent (spec news-language §9); the evaluate stage checks its units.
    'aa^bb',
    '(1 + aa) ^ (bb / 2) - 1',
    // Scale words and percent after a number are numbers (§9).
    'aa * 42.7% + 331 million - 1.2 bn',
    '(aa - 5 %) / 10%',
  ])('accepts %s', (compute) => {
    expect(problemsOf(compute)).toEqual([]);
  });
});

describe('refused constructs', () => {
  it.each([
    ['import({}, {override: true})', "the function 'import'"],
    ['createUnit("foo")', "the function 'createUnit'"],
    ['evaluate("1+1")', "the function 'evaluate'"],
    ['parse("1+1")', "the function 'parse'"],
    ['config({precision: 5})', "the function 'config'"],
    ['resolve(aa)', "the function 'resolve'"],
    ['typed(aa)', "the function 'typed'"],
    ['chain(aa)', "the function 'chain'"],
    ['simplify(aa)', "the function 'simplify'"],
    ['derivative(aa, bb)', "the function 'derivative'"],
    ['zeros(2e4, 2e4)', "the function 'zeros'"],
    ['range(1, 10)', "the function 'range'"],
    ['cos(aa)', "the function 'cos'"],
    ['f(x) = x', 'defining a function (f(x) = …)'],
    ['aa = 1', 'assigning a value (=)'],
    ['aa.constructor', 'reading a property (a.b or a["b"])'],
    ['aa["__proto__"]', 'reading a property (a.b or a["b"])'],
    ['cos.constructor("return process")', 'calling something other than a function name'],
    ['1:1e8', 'a range (a:b)'],
    ['"abc"', 'a text string ("abc")'],
    ['aa * "x"', 'a text string ("x")'],
    ['aa > 1 ? 1 : 2', 'a condition (a ? b : c)'],
    ['aa > bb', 'comparing values (>)'],
    ['aa == bb', 'comparing values (==)'],
    ['aa < bb < 3', 'comparing values (a < b < c)'],
    ['aa mod 2', 'the remainder operator (mod)'],
    ['3!', 'factorial (!)'],
    ['aa to km', "unit conversion ('to' or 'in')"],
    ['aa and bb', "logic ('and')"],
    ['aa & bb', 'bit operations (&)'],
    ['[1, 2]', 'a list or matrix ([ … ])'],
    ['{a: 1}', 'an object ({ … })'],
    ['aa; bb', 'more than one expression (; or a new line)'],
    ['true', 'the value true'],
    ['NaN', 'the value NaN'],
    ['Infinity * aa', 'the value Infinity'],
    ['1e400', 'the value Infinity'],
    ['null', 'an empty value'],
    ['sqrt', "the function 'sqrt' without ( )"],
    ['pi * aa', 'the constant pi'],
    // Walked like any operand: a refused construct in a computed exponent is still refused.
    ['aa^import("x")', "the function 'import'"],
    ['sqrt(aa, bb)', 'sqrt() with 2 values'],
    ['floor(aa, 1, 2)', 'floor() with 3 values'],
    ['ceil(aa, 1, 2)', 'ceil() with 3 values'],
    ['max()', 'max() with 0 values'],
  ])('refuses %s as %s', (compute, what) => {
    expect(refusal(compute)).toBe(what);
  });

  it('refuses a % that is not right after a number, and says it is never remainder', () => {
    // "aa % 3" would be remainder in mathjs. Line 6 (inputs aa, bb on lines 2–3, claim x on
    // line 5); quoted in YAML ('aa % 3'), the value starts at column 15; '%' at offset 3 → column 18.
    const [problem] = problemsOf('aa % 3');
    expect({ ...problem, data: wordedData(problem!.data) }).toMatchObject({ kind: 'expression-not-allowed', data: { what: 'the % sign' } });
    // The reason is the phrase refuse-stray-percent, as the user reads it from the default rules.
    const reason = messageText(problem?.data['reason'], loadDefaultRules().phrases);
    expect(reason).toContain('never remainder');
    expect(reason).toContain('0.10 or 10/100');
    expect(problem?.span).toMatchObject({ line: 6, column: 18, endColumn: 19 });
    // After a number but before an operand ("10% aa", "5 % 3") or a power it is refused too.
    for (const text of ['10% aa', '5 % 3', '5%^2', '(aa)%']) {
      expect(worded(problemsOf(text)[0]?.data['what']), text).toBe('the % sign');
    }
  });

  it('refuses a huge exponent: 2^100000 exceeds ±1000', () => {
    expect(refusal('2^100000')).toBe('the exponent 100000');
    expect(refusal('aa^-1001')).toBe('the exponent -1001');
    expect(problemsOf('aa^1000')).toEqual([]);
  });

  it('refuses parentheses 1000 deep without overflowing the stack', () => {
    // 2001 characters: over the length limit before anything is parsed.
    expect(refusal(`${'('.repeat(1000)}1${')'.repeat(1000)}`)).toBe('an expression of 2001 characters');
    // 100 deep fits in the length limit and is refused by the nesting limit (64).
    expect(refusal(`${'('.repeat(100)}aa${')'.repeat(100)}`)).toBe('nesting deeper than 64 levels');
    // Nesting without brackets (unary minus) is caught by the tree-depth limit.
    expect(refusal(`${'-'.repeat(500)}aa`)).toBe('nesting deeper than 64 levels');
  });

  it('refuses a 10,000-character expression', () => {
    expect(refusal(`${'aa + '.repeat(2000)}aa`)).toBe('an expression of 10002 characters');
  });

  it('refuses more nodes than the limit', () => {
    // sum(aa,aa,…) with 600 arguments: 601 nodes > 500, only 2 levels deep, 1804 characters.
    expect(refusal(`sum(${Array(600).fill('aa').join(',')})`)).toBe('an expression of more than 500 parts');
    // A chain of 300 additions is 300 levels deep: the depth limit comes first.
    expect(refusal(`${'aa+'.repeat(300)}aa`)).toBe('nesting deeper than 64 levels');
  });

  it('takes limits from the caller', () => {
    const { problems } = resolveModel(claimsFile(['aa'], { x: 'aa^3' }), registry, { maxExponent: 2 });
    expect(worded(problems[0]?.data['what'])).toBe('the exponent 3');
  });
});

describe('block scalars', () => {
  it('reads an expression over several lines as one, with comments', () => {
    // As YAML gives `compute: |` (literal, trailing newline kept).
    expect(problemsOf('aa   # the first\n/ bb  # the second\n')).toEqual([]);
  });
  it('ignores a % inside a comment', () => {
    expect(problemsOf('aa * 0.1  # 10% of it\n')).toEqual([]);
  });
  it('still refuses two statements separated by ;', () => {
    expect(refusal('aa;\nbb\n')).toBe('more than one expression (; or a new line)');
  });
});

describe('parse errors', () => {
  it('turns mathjs "(char N)" into a column inside the YAML scalar', () => {
    // "aa +* 2": mathjs reports "Value expected (char 5)" at the '*' (offset 4);
    // the compute value starts at line 6, column 14 → column 18.
    const [problem] = problemsOf('aa +* 2');
    expect({ ...problem, data: wordedData(problem!.data) }).toMatchObject({
      kind: 'parse',
      data: { what: "the expression of claim 'x'", reason: 'Value expected' },
      span: { line: 6, column: 18, endColumn: 19 },
    });
  });
  it('reports an empty expression', () => {
    expect(problemsOf('  ')[0]).toMatchObject({ kind: 'parse', data: { reason: { phrase: 'parse-empty' } } });
  });
  it('finds the column in a block scalar', () => {
    const file = claimsFile(['aa'], {});
    // claims:
    //   x:                      (line 4)
    //     compute: |            (line 5)
    //       aa +
    //       * 2                 (line 7: '*' at column 7)
    file.source += '  x:\n    compute: |\n      aa +\n      * 2\n';
    file.claims.push({
      name: 'x',
      span: { file: 'claims.yaml', line: 4, column: 3, endLine: 4, endColumn: 4 },
      compute: { value: 'aa +\n* 2\n', span: { file: 'claims.yaml', line: 5, column: 14, endLine: 8, endColumn: 1 } },
    });
    const { problems } = resolveModel(file, registry);
    expect(problems[0]).toMatchObject({ kind: 'parse', span: { line: 7, column: 7 } });
  });
});
