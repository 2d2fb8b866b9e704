/**
 * @file The allow-list for compute expressions: reads a parsed mathjs tree
 * with one handler per allowed node type and rejects everything else
 * (assignments, function definitions, property access, matrices, strings,
 * conditions, unsafe functions…), within limits on size, depth and exponents.
 * Also sorts each name into input/claim, unit or unknown.
 *
 * Pure: never evaluates, never changes the tree. Iterative, so deep trees
 * cannot overflow the stack.
 */

import type { MathNode } from 'mathjs';
import type { MessageValue, PhraseId } from '../types.js';
import { phrase } from '../findings/interpolate.js';
import { literalNumber } from '../units/index.js';
import { CALLABLE_FUNCTIONS } from '../mathjs/language.js';

/** Limits that keep hostile expressions from costing time or memory. */
export interface ExpressionLimits {
  /** Longest expression text, in characters (2000). */
  maxLength: number;
  /** Deepest nesting of the tree (64). */
  maxDepth: number;
  /** Most nodes in the tree (500). */
  maxNodes: number;
  /** Largest |n| in `x^n` (1000). */
  maxExponent: number;
}

/** The default limits. */
export const DEFAULT_LIMITS: Readonly<ExpressionLimits> = { maxLength: 2000, maxDepth: 64, maxNodes: 500, maxExponent: 1000 };

/** Functions a compute expression may call, with how many values each takes (one list with the evaluator and the name check). */
export const ALLOWED_FUNCTIONS = CALLABLE_FUNCTIONS;

/** Operators allowed, by mathjs `fn` name. */
const ALLOWED_OPERATORS = new Set(['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus']);

/** Disallowed operators in plain words, by mathjs `fn` name. */
const OPERATOR_WORDS: Readonly<Record<string, PhraseId>> = {
  mod: 'refused-op-mod',
  factorial: 'refused-op-factorial',
  to: 'refused-op-to',
  equal: 'refused-op-equal',
  unequal: 'refused-op-unequal',
  smaller: 'refused-op-smaller',
  larger: 'refused-op-larger',
  smallerEq: 'refused-op-smaller-eq',
  largerEq: 'refused-op-larger-eq',
  and: 'refused-op-and',
  or: 'refused-op-or',
  xor: 'refused-op-xor',
  not: 'refused-op-not',
  bitAnd: 'refused-op-bit-and',
  bitOr: 'refused-op-bit-or',
  bitXor: 'refused-op-bit-xor',
  bitNot: 'refused-op-bit-not',
  leftShift: 'refused-op-left-shift',
  rightArithShift: 'refused-op-right-arith-shift',
  rightLogShift: 'refused-op-right-log-shift',
  ctranspose: 'refused-op-ctranspose',
  transpose: 'refused-op-transpose',
  dotMultiply: 'refused-op-dot-multiply',
  dotDivide: 'refused-op-dot-divide',
  dotPow: 'refused-op-dot-pow',
};

/** Node types that are never allowed, in plain words. */
const NODE_WORDS: Readonly<Record<string, PhraseId>> = {
  AccessorNode: 'refused-node-accessor',
  IndexNode: 'refused-node-index',
  ObjectNode: 'refused-node-object',
  ArrayNode: 'refused-node-array',
  AssignmentNode: 'refused-node-assignment',
  FunctionAssignmentNode: 'refused-node-function-assignment',
  ConditionalNode: 'refused-node-conditional',
  BlockNode: 'refused-node-block',
  RangeNode: 'refused-node-range',
  RelationalNode: 'refused-node-relational',
};

/** Why an expression is refused: the construct and what to do instead. */
export interface Refusal {
  /** The construct in plain words ("assigning a value (=)", "the function 'import'"). */
  what: MessageValue;
  /** What to do instead: a phrase of rules/checks.yaml (`refuse-*`). */
  reason: MessageValue;
}

/** What the checker found in one tree. */
export type CheckResult =
  | { ok: true; symbols: string[] }
  | { ok: false; refusal: Refusal };

/** What the checker needs to know about a symbol. */
export interface SymbolContext {
  /** Whether a name is a function a compute expression may call (sqrt, min). */
  isFunction(name: string): boolean;
  /** Whether a symbol is an input, a claim or a unit (any of which is fine as a plain symbol). */
  isKnown(name: string): boolean;
  /** What the word means when it is a constant or keyword (pi, e), else undefined. */
  constantMeaning(name: string): MessageValue | undefined;
}

/** Checks one node; its children to walk are added to `children`, in order. */
type Handler = (node: MathNode, children: MathNode[], limits: ExpressionLimits) => Refusal | undefined;

const HANDLERS: ReadonlyMap<string, Handler> = new Map(Object.entries({
  ConstantNode(node) {
    const value = (node as MathNode & { value: unknown }).value;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return undefined;
      return { what: phrase('refused-value', { value: String(value) }), reason: phrase('refuse-finite-number') };
    }
    if (typeof value === 'string') return { what: phrase('refused-string', { text: value.slice(0, 20) }), reason: phrase('refuse-only-numbers') };
    if (typeof value === 'boolean') return { what: phrase('refused-value', { value: String(value) }), reason: phrase('refuse-only-numbers') };
    return { what: phrase('refused-empty'), reason: phrase('refuse-only-numbers') };
  },
  SymbolNode() {
    return undefined;
  },
  ParenthesisNode(node, children) {
    children.push((node as MathNode & { content: MathNode }).content);
    return undefined;
  },
  OperatorNode(node, children, limits) {
    const op = node as MathNode & { fn: string; op: string; args: MathNode[] };
    if (!ALLOWED_OPERATORS.has(op.fn)) {
      return {
        what: phrase(OPERATOR_WORDS[op.fn] ?? 'refused-operator', { op: op.op }),
        reason: op.fn === 'mod' ? phrase('refuse-percent-mod') : phrase('refuse-operators'),
      };
    }
    if (op.fn === 'pow') {
      const [base, exponent] = op.args;
      const n = exponent ? literalNumber(exponent) : undefined;
      if (n !== undefined && Math.abs(n) > limits.maxExponent) return { what: phrase('refused-exponent', { exponent: n }), reason: phrase('refuse-exponent-limit', { max: limits.maxExponent }) };
      if (base) children.push(base);
      // A computed exponent (`(1 + rate) ^ years`) is walked like any operand;
      // the evaluate stage checks that it is a plain number.
      if (exponent && n === undefined) children.push(exponent);
      return undefined;
    }
    for (let i = 0; i < op.args.length; i++) children.push(op.args[i] as MathNode);
    return undefined;
  },
  FunctionNode(node, children) {
    const call = node as MathNode & { fn: MathNode; args: MathNode[] };
    if (call.fn.type !== 'SymbolNode') {
      return { what: phrase('refused-call-other'), reason: phrase('refuse-functions') };
    }
    const name = (call.fn as MathNode & { name: string }).name;
    const arity = ALLOWED_FUNCTIONS.get(name);
    if (!arity) return { what: phrase('refused-function', { name }), reason: phrase('refuse-functions') };
    if (call.args.length < arity.min || call.args.length > arity.max) {
      const wanted = arity.max === Infinity ? phrase('arity-one-or-more') : arity.max === 1 ? phrase('arity-one') : phrase('arity-between', { min: arity.min, max: arity.max });
      return { what: phrase(call.args.length === 1 ? 'refused-call-one' : 'refused-call', { name, count: call.args.length }), reason: phrase('refuse-arity', { name, wanted }) };
    }
    for (let i = 0; i < call.args.length; i++) children.push(call.args[i] as MathNode);
    return undefined;
  },
} satisfies Record<string, Handler>));

/** Symbols of one expression searched as a list, at most; past this a Set (a long expression is not quadratic). */
const SHORT_LIST = 16;

/**
 * Checks a parsed expression against the allow-list and the limits, and lists
 * the names it uses (in order of appearance, unique), without the names of
 * called functions. Refuses a function used as a plain value (`sqrt`), a
 * constant (`pi`) and any name `context` does not know is returned in
 * `symbols` for the caller to report.
 */
export function checkTree(root: MathNode, limits: ExpressionLimits, context: SymbolContext): CheckResult {
  // Depth-first, left to right: a stack of nodes and one of their depths, children pushed in reverse.
  // One list of children serves every node (no list or callback per node), and the three lists serve
  // every tree (the walk is synchronous and never re-entered); they are emptied when it ends, so no tree is kept.
  const nodes = NODES;
  const depths = DEPTHS;
  nodes.push(root);
  depths.push(1);
  try {
    return walkTree(nodes, depths, CHILDREN, limits, context);
  } finally {
    nodes.length = 0;
    depths.length = 0;
    CHILDREN.length = 0;
  }
}

/** {@link checkTree}'s lists: a stack of nodes, their depths, and one node's children. */
const NODES: MathNode[] = [];
const DEPTHS: number[] = [];
const CHILDREN: MathNode[] = [];

/** {@link checkTree}'s walk from the nodes on the stack. */
function walkTree(nodes: MathNode[], depths: number[], children: MathNode[], limits: ExpressionLimits, context: SymbolContext): CheckResult {
  const symbols: string[] = [];
  // A claim names a few symbols: the list itself is searched while short, a Set made only past SHORT_LIST.
  let seen: Set<string> | undefined;
  let count = 0;
  while (nodes.length > 0) {
    const node = nodes.pop() as MathNode;
    const depth = depths.pop() as number;
    count++;
    if (count > limits.maxNodes) {
      return { ok: false, refusal: { what: phrase('refused-parts', { max: limits.maxNodes }), reason: phrase('refuse-split') } };
    }
    if (depth > limits.maxDepth) {
      return { ok: false, refusal: { what: phrase('refused-nesting', { max: limits.maxDepth }), reason: phrase('refuse-split') } };
    }
    // Read once: mathjs's `type` is a getter on each node class.
    const type = node.type;
    const handler = HANDLERS.get(type);
    if (!handler) {
      return { ok: false, refusal: { what: phrase(NODE_WORDS[type] ?? 'refused-node', { node: type.replace(/Node$/, '').toLowerCase() }), reason: phrase('refuse-operators') } };
    }
    children.length = 0;
    const refusal = handler(node, children, limits);
    if (refusal) return { ok: false, refusal };
    if (type === 'SymbolNode') {
      const name = (node as MathNode & { name: string }).name;
      if (!context.isKnown(name)) {
        if (context.isFunction(name)) {
          return { ok: false, refusal: { what: phrase('refused-function-value', { name }), reason: phrase('refuse-call-it', { name }) } };
        }
        const constant = context.constantMeaning(name);
        if (constant !== undefined) {
          return { ok: false, refusal: { what: constant, reason: phrase('refuse-constant') } };
        }
      }
      if (seen === undefined && symbols.length >= SHORT_LIST) seen = new Set(symbols);
      if (seen === undefined ? !symbols.includes(name) : !seen.has(name)) {
        seen?.add(name);
        symbols.push(name);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) {
      nodes.push(children[i] as MathNode);
      depths.push(depth + 1);
    }
  }
  return { ok: true, symbols };
}

/** The deepest bracket nesting in a text: checked before parsing, so the parser cannot overflow. */
export function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  // By code unit, not for-of (an iterator and a string per character until optimized): brackets are
  // single code units, and no half of a surrogate pair is one.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x29 || c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
  }
  return max;
}
