/**
 * @file A quick reader for the everyday shape of a `compute` expression —
 * names, plain decimal numbers, `+ - * / ^`, brackets and function calls
 * (`casualties / troops * 100`, `round(x * 10) / 10`) — that builds the very
 * tree mathjs's `parse` builds, with mathjs's own node classes, in a
 * fraction of its time (its parser walks some twenty precedence levels for
 * every operand; at 10,000 claims that was about 5% of a run).
 *
 * It reads only what it is sure of and gives up (undefined) on everything
 * else: any other character, a keyword of the expression language (`to`,
 * `in`, `mod`, `not`, `true`, `NaN`…), two operands side by side (implicit
 * multiplication such as `30 days`, `2(x + 1)`), a number or name that runs
 * into something it does not know. The caller then asks mathjs, so every
 * message, refusal and odd form stays mathjs's. Precedence and
 * associativity follow mathjs exactly: `^` binds tighter than a unary sign
 * and is right-associative (`-a^2` is `-(a^2)`, `2^-3^2` is `2^(-(3^2))`),
 * a unary sign binds tighter than `*` and `/` (`a * -b`), and `* /` and
 * `+ -` are left-associative. test/resolve/fast-parse.test.ts compares its
 * trees with mathjs's over the project's expressions and random ones.
 *
 * Pure: no I/O; never throws (a failure is undefined).
 */

import type { MathJsInstance, MathNode } from 'mathjs';

/** Words mathjs reads as operators or constants, never as names. */
const KEYWORDS = new Set(['mod', 'to', 'in', 'and', 'xor', 'or', 'not', 'true', 'false', 'null', 'undefined', 'NaN', 'Infinity']);

/** Characters that may follow a number or a name (anything else could join it into another token in mathjs). */
const BOUNDARY = new Set([' ', '\t', '+', '-', '*', '/', '^', '(', ')', ',']);

/** Not a form this reader is sure of: mathjs decides. */
class GiveUp extends Error {}

const GIVE_UP = new GiveUp();

/** The binary operators, with mathjs's function names. */
const OPERATOR_FN: Record<string, string> = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '^': 'pow' };

/**
 * The tree mathjs's `parse(text)` gives, when the text is in the everyday
 * shape this reader knows; undefined otherwise (then call mathjs).
 */
export function parseEveryday(text: string, math: MathJsInstance): MathNode | undefined {
  try {
    const reader = new Reader(text, math);
    const node = reader.sum();
    return reader.atEnd() ? node : undefined;
  } catch {
    // GiveUp, or a RangeError on deep nesting: mathjs gives its own answer.
    return undefined;
  }
}

/** Recursive descent over the text, one level per mathjs precedence level that these forms reach. */
class Reader {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly math: MathJsInstance,
  ) {}

  atEnd(): boolean {
    this.skipSpace();
    return this.at === this.text.length;
  }

  /** mathjs's parseAddSubtract: `+` and `-`, left to right. */
  sum(): MathNode {
    let node = this.product();
    for (let op = this.peekOperator('+-'); op !== undefined; op = this.peekOperator('+-')) {
      this.at++;
      node = this.operator(op, [node, this.product()]);
    }
    return node;
  }

  /** mathjs's parseMultiplyDivideModulus: `*` and `/`, left to right (with no implicit multiplication). */
  private product(): MathNode {
    let node = this.unary();
    for (let op = this.peekOperator('*/'); op !== undefined; op = this.peekOperator('*/')) {
      this.at++;
      node = this.operator(op, [node, this.unary()]);
    }
    return node;
  }

  /** mathjs's parseUnary: a sign applies to what follows, power included. */
  private unary(): MathNode {
    const sign = this.peekOperator('+-');
    if (sign !== undefined) {
      this.at++;
      return new this.math.OperatorNode(sign as '-', (sign === '-' ? 'unaryMinus' : 'unaryPlus') as 'unaryMinus', [this.unary()]) as MathNode;
    }
    return this.power();
  }

  /** mathjs's parsePow: one `^`, whose exponent is read again from the unary level (right-associative). */
  private power(): MathNode {
    const base = this.operand();
    if (this.peekOperator('^') === undefined) return base;
    this.at++;
    if (this.text[this.at] === '|') throw GIVE_UP; // `^|` is mathjs's bitwise xor
    return this.operator('^', [base, this.unary()]);
  }

  /** A number, a name, a call or a bracket; followed by nothing that would make mathjs read on (another operand, an index, a property). */
  private operand(): MathNode {
    this.skipSpace();
    const c = this.text.charCodeAt(this.at);
    let node: MathNode;
    if (c >= 48 && c <= 57) node = this.number();
    else if (isNameStart(c)) node = this.nameOrCall();
    else if (c === 40 /* ( */) {
      this.at++;
      const inner = this.sum();
      this.expect(')');
      node = new this.math.ParenthesisNode(inner) as MathNode;
    } else throw GIVE_UP;
    this.skipSpace();
    const next = this.text.charCodeAt(this.at);
    // Another operand right after this one is implicit multiplication: mathjs's own rules.
    if (next === 40 /* ( */ || (next >= 48 && next <= 57) || isNameStart(next)) throw GIVE_UP;
    return node;
  }

  /** Digits, optional decimals, optional exponent: what mathjs reads as one number token, converted as mathjs does (`Number`). */
  private number(): MathNode {
    const match = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.at, this.at + 64));
    if (!match) throw GIVE_UP;
    const token = match[0];
    this.at += token.length;
    this.boundary();
    return new this.math.ConstantNode(Number(token)) as MathNode;
  }

  private nameOrCall(): MathNode {
    const start = this.at;
    while (this.at < this.text.length && isNamePart(this.text.charCodeAt(this.at))) this.at++;
    const name = this.text.slice(start, this.at);
    if (KEYWORDS.has(name)) throw GIVE_UP;
    this.boundary();
    const symbol = new this.math.SymbolNode(name) as MathNode;
    this.skipSpace();
    if (this.text[this.at] !== '(') return symbol;
    // A call: mathjs reads `name(` as one, its arguments as whole expressions.
    this.at++;
    const args: MathNode[] = [];
    this.skipSpace();
    if (this.text[this.at] !== ')') {
      args.push(this.sum());
      this.skipSpace();
      while (this.text[this.at] === ',') {
        this.at++;
        args.push(this.sum());
        this.skipSpace();
      }
    }
    this.expect(')');
    return new this.math.FunctionNode(symbol, args) as MathNode;
  }

  /** A number or name ends where mathjs's token ends too: at a space, an operator, a bracket, a comma or the end. */
  private boundary(): void {
    if (this.at < this.text.length && !BOUNDARY.has(this.text[this.at] as string)) throw GIVE_UP;
  }

  private expect(close: ')'): void {
    this.skipSpace();
    if (this.text[this.at] !== close) throw GIVE_UP;
    this.at++;
  }

  /** The operator at the reading point if it is one of `ops` (spaces skipped). */
  private peekOperator(ops: string): string | undefined {
    this.skipSpace();
    const c = this.text[this.at];
    return c !== undefined && ops.includes(c) ? c : undefined;
  }

  private operator(op: string, args: MathNode[]): MathNode {
    return new this.math.OperatorNode(op as '+', OPERATOR_FN[op] as 'add', args) as MathNode;
  }

  private skipSpace(): void {
    const text = this.text;
    while (this.at < text.length && (text[this.at] === ' ' || text[this.at] === '\t')) this.at++;
  }
}

/** An ASCII letter or `_` (mathjs knows more name characters: those make this reader give up at the boundary check). */
function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isNamePart(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57);
}
