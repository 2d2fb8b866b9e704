/**
 * @file A quick reader for the usual shape of a unit expression — a unit
 * definition (`0.01 GBP`, `tonne km`, `2 week`) or a unit the check works out
 * (`soldier/mi^2`, `(shell)/(shipment)`, `USD/year`) — that gives the tree
 * mathjs's `parse` gives for it, as plain objects of the same shape (`type`,
 * `fn`, `op`, `args`, `name`, `value`, `content`), which is all the unit
 * registry reads. A check of a small file otherwise started mathjs's
 * expression parser (its factories and its twenty precedence levels, cold)
 * for half a dozen unit words.
 *
 * It reads two shapes and gives up (undefined) on everything else, so that
 * mathjs decides every other form and writes every message:
 * - implicit multiplication only: an optional plain decimal number, then
 *   terms separated by white space (`0.01 GBP`, `tonne km`, `2 mi^2`);
 *   mathjs makes a left-to-right chain of `multiply`;
 * - explicit `*` and `/` only, between terms, no number
 *   (`soldier/mi^2`, `mi/hour`, `(soldier)/(brigade)`); mathjs makes a
 *   left-to-right chain of `multiply` and `divide`.
 * A term is a name (ASCII letters, digits and `_`, not starting with a digit,
 * not a keyword of the expression language) with an optional `^` and a whole
 * number, or a name in brackets. Mixing the two shapes is left to mathjs
 * (its implicit multiplication binds tighter than `/`, with exceptions), as
 * are signs, other operators and characters, and numbers anywhere else.
 * test/units/expression.test.ts compares the trees with mathjs's.
 *
 * Pure: no I/O; never throws.
 */

import type { MathNode } from 'mathjs';

/** Words mathjs reads as operators or constants, never as names. */
const KEYWORDS: ReadonlySet<string> = new Set(['mod', 'to', 'in', 'and', 'xor', 'or', 'not', 'true', 'false', 'null', 'undefined', 'NaN', 'Infinity']);

/** One operand of the expression: a node, and whether it is a plain number. */
interface Term {
  node: MathNode;
  number: boolean;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** What may follow a name or number for this reader to be sure where it ends (anything else: mathjs decides). */
function isBoundary(code: number): boolean {
  return Number.isNaN(code) || isSpace(code) || code === 0x2f || code === 0x2a || code === 0x5e || code === 0x29;
}

function operator(fn: 'multiply' | 'divide' | 'pow', op: string, args: MathNode[], implicit = false): MathNode {
  return { type: 'OperatorNode', fn, op, args, implicit } as unknown as MathNode;
}

/** Reads left to right; every method returns undefined to give up. */
class Reader {
  private at = 0;

  constructor(private readonly text: string) {}

  private code(): number {
    return this.text.charCodeAt(this.at);
  }

  private skipSpace(): boolean {
    const start = this.at;
    while (isSpace(this.code())) this.at++;
    return this.at > start;
  }

  atEnd(): boolean {
    return this.at >= this.text.length;
  }

  /** A plain decimal number (`2`, `0.01`), as mathjs reads it with number arithmetic. */
  private number(): MathNode | undefined {
    const start = this.at;
    while (isDigit(this.code())) this.at++;
    if (this.code() === 0x2e) {
      this.at++;
      if (!isDigit(this.code())) return undefined;
      while (isDigit(this.code())) this.at++;
    }
    if (!isBoundary(this.code())) return undefined;
    return { type: 'ConstantNode', value: Number(this.text.slice(start, this.at)) } as unknown as MathNode;
  }

  private name(): MathNode | undefined {
    const start = this.at;
    if (!isNameStart(this.code())) return undefined;
    this.at++;
    for (let c = this.code(); isNameStart(c) || isDigit(c); c = this.code()) this.at++;
    if (!isBoundary(this.code())) return undefined;
    const name = this.text.slice(start, this.at);
    return KEYWORDS.has(name) ? undefined : ({ type: 'SymbolNode', name } as unknown as MathNode);
  }

  /** A term: a number, a name with an optional `^` and whole number, or a name in brackets. */
  term(): Term | undefined {
    const code = this.code();
    if (isDigit(code)) {
      const node = this.number();
      return node && { node, number: true };
    }
    if (code === 0x28) {
      this.at++;
      this.skipSpace();
      const content = this.name();
      this.skipSpace();
      if (content === undefined || this.code() !== 0x29) return undefined;
      this.at++;
      if (!isBoundary(this.code())) return undefined;
      return { node: { type: 'ParenthesisNode', content } as unknown as MathNode, number: false };
    }
    const name = this.name();
    if (name === undefined) return undefined;
    const save = this.at;
    this.skipSpace();
    if (this.code() !== 0x5e) {
      this.at = save;
      return { node: name, number: false };
    }
    this.at++;
    this.skipSpace();
    if (!isDigit(this.code())) return undefined;
    const start = this.at;
    while (isDigit(this.code())) this.at++;
    if (!isBoundary(this.code()) || this.code() === 0x5e) return undefined;
    const exponent = { type: 'ConstantNode', value: Number(this.text.slice(start, this.at)) } as unknown as MathNode;
    // `mi^2^3` is right-associative in mathjs: given up on above (a `^` after the exponent).
    const after = this.at;
    this.skipSpace();
    const more = this.code() === 0x5e;
    this.at = after;
    return more ? undefined : { node: operator('pow', '^', [name, exponent]), number: false };
  }

  /** The whole expression in one of the two shapes, or undefined. */
  expression(): MathNode | undefined {
    this.skipSpace();
    const first = this.term();
    if (first === undefined) return undefined;
    let node = first.node;
    let shape: 'implicit' | 'explicit' | undefined;
    for (;;) {
      const spaced = this.skipSpace();
      if (this.atEnd()) break;
      const code = this.code();
      if (code === 0x2a || code === 0x2f) {
        if (shape === 'implicit' || first.number) return undefined;
        shape = 'explicit';
        this.at++;
        this.skipSpace();
        const next = this.term();
        if (next === undefined || next.number) return undefined;
        node = code === 0x2a ? operator('multiply', '*', [node, next.node]) : operator('divide', '/', [node, next.node]);
        continue;
      }
      if (!spaced || shape === 'explicit') return undefined;
      shape = 'implicit';
      const next = this.term();
      if (next === undefined || next.number) return undefined;
      node = operator('multiply', '*', [node, next.node], true);
    }
    // A number alone, or a number then `*` or `/`, is mathjs's to read.
    if (first.number && shape !== 'implicit') return undefined;
    return node;
  }
}

/**
 * The tree mathjs's `parse(text)` gives for a unit expression of the usual
 * shape (see the file comment); undefined otherwise (then ask mathjs).
 */
export function readUnitExpression(text: string): MathNode | undefined {
  const reader = new Reader(text);
  const node = reader.expression();
  return node !== undefined && reader.atEnd() ? node : undefined;
}
