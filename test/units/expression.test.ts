// The quick reader of unit expressions (src/units/expression.ts) against
// mathjs's parser: wherever it gives a tree, the tree is mathjs's (the fields
// the unit registry reads: type, fn, op, implicit, name, value, content,
// args), over the unit expressions a check of the bundled example meets, the
// definitions of rules/units.yaml, and random strings of names, numbers,
// operators, brackets and spaces; and it gives up on the forms it leaves to
// mathjs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readUnitExpression } from '../../src/units/expression.js';
import { sharedMath } from '../../src/mathjs/index.js';

/** The fields of a mathjs tree the registry reads, as plain data. */
function shape(node: unknown): unknown {
  const n = node as { type: string; fn?: unknown; op?: string; implicit?: boolean; name?: string; value?: unknown; content?: unknown; args?: unknown[] };
  switch (n.type) {
    case 'ConstantNode':
      return { type: n.type, value: n.value };
    case 'SymbolNode':
      return { type: n.type, name: n.name };
    case 'ParenthesisNode':
      return { type: n.type, content: shape(n.content) };
    case 'OperatorNode':
      return { type: n.type, fn: typeof n.fn === 'string' ? n.fn : String(n.fn), op: n.op, implicit: n.implicit === true, args: (n.args ?? []).map(shape) };
    default:
      return { type: n.type };
  }
}

function mathjsShape(text: string): unknown {
  try {
    return shape(sharedMath().parse(text));
  } catch {
    return 'error';
  }
}

describe('readUnitExpression', () => {
  // What a check of the bundled example resolves (units of values, rates worked out, default definitions).
  const usual = [
    'soldier', 'mi^2', 'soldier/mi^2', 'mi^2/day', 'mi/hour', 'km/hour', 'USD/year', 'soldier/day', 'shell/shipment',
    '(soldier)/(brigade)', '(shell)/(shipment)', '0.01 GBP', '0.01 USD', '0.00075 USD', 'tonne km', '2 week', '1000000 tonne',
    'years', 'day', '  mi  ', 'mi ^ 2', 'a*b', 'a * b / c', 'kg*m/s^2', 'm3', 'x_1',
  ];

  it.each(usual)('reads %j as mathjs does', (text) => {
    const tree = readUnitExpression(text);
    expect(tree).toBeDefined();
    expect(shape(tree)).toEqual(mathjsShape(text));
  });

  it('reads every definition of the default unit rules that it takes as mathjs does', () => {
    const definitions = [...readFileSync(new URL('../../rules/units.yaml', import.meta.url), 'utf8').matchAll(/definition:\s*([^,}\n]+)/g)].map((m) => m[1]!.trim());
    expect(definitions.length).toBeGreaterThan(4);
    for (const text of definitions) {
      const tree = readUnitExpression(text);
      if (tree !== undefined) expect(shape(tree)).toEqual(mathjsShape(text));
    }
    // The ones the bundled example's check meets are all taken (no parser started for them).
    for (const text of ['0.01 GBP', '0.01 USD', 'tonne km', '2 week', 'mi/hour', 'km/hour']) expect(readUnitExpression(text)).toBeDefined();
  });

  it.each([
    // Left to mathjs: mixed shapes (precedence), signs, keywords, calls, numbers elsewhere, other characters.
    'a b/c', 'a/b c', '2 / 3 x', '2', '2 * km', 'km 2', '-km', 'km^-1', 'km^2^3', '5 cm to inch', 'a in b', 'mod',
    'f(x)', '2km', '1e3 m', '.5 m', '°C', 'km²', 'a\nb', 'a.b', '(a b)', '((a))', '', '  ', 'a //b', 'a^b',
  ])('leaves %j to mathjs', (text) => {
    expect(readUnitExpression(text)).toBeUndefined();
  });

  it('agrees with mathjs on random expressions wherever it reads them', () => {
    const token = fc.constantFrom('km', 'mi', 'h', 'USD', 'soldier', 'x_2', 'to', 'in', '2', '0.5', '10', '*', '/', '^', '(', ')', ' ', ' ', '-', '.', 'e');
    let read = 0;
    fc.assert(fc.property(fc.array(token, { maxLength: 9 }), (tokens) => {
      const text = tokens.join('');
      const tree = readUnitExpression(text);
      if (tree !== undefined) {
        read++;
        expect(shape(tree)).toEqual(mathjsShape(text));
      }
    }), { numRuns: 3000 });
    // Not a vacuous comparison: a good share of the random strings are of the shapes it reads.
    expect(read).toBeGreaterThan(100);
  });
});
