/**
 * @file claimcheck's one mathjs instance, shared by every stage and every
 * file of a run: the expression parser and the Unit class with its tables,
 * built from the few factories they need (number arithmetic only).
 *
 * Why not `create(all)`: a full instance builds hundreds of typed functions
 * and costs 300–800 ms at start-up, and the bundle then carries all of
 * mathjs (2 MB to compile). claimcheck never evaluates with mathjs — it
 * parses expressions and reads unit tables — so it needs none of that. The
 * names a full instance knows (for the reserved-word checks) come from
 * `./names.generated.ts`; test/mathjs checks both against a full instance.
 *
 * Lazy: nothing is built until the first call. Never changed after creation
 * (no createUnit, no import), so sharing it is safe.
 */

import {
  create,
  createBigNumberClass,
  createComplexClass,
  createFractionClass,
  createUnitClass,
  createUnitFunction,
  type FactoryFunctionMap,
  type MathJsInstance,
} from 'mathjs';
import {
  createAbs, createAccessorNode, createAddScalar, createArrayNode, createAssignmentNode, createBlockNode,
  createCeil, createConditionalNode, createConstantNode, createDivideScalar, createEqual, createEqualScalar,
  createFix, createFloor, createFormat, createFunctionAssignmentNode, createFunctionNode, createIndexNode,
  createIsBounded, createIsNumeric, createMultiplyScalar, createNode, createNumber, createNumeric,
  createObjectNode, createOperatorNode, createParenthesisNode, createParse, createPow, createRangeNode,
  createRelationalNode, createResultSet, createRound, createSize, createSubset, createSubtractScalar,
  createSymbolNode, createTyped,
} from 'mathjs/number';
import { MATHJS_CONSTANTS, MATHJS_FUNCTIONS, MATHJS_TYPES } from './names.generated.js';

/** The factories `parse`, `Unit` and `unit` depend on (worked out from each factory's `dependencies`). */
const FACTORIES = {
  // the parser and its node types
  createTyped, createNumber, createNumeric, createParse, createNode, createAccessorNode, createArrayNode,
  createAssignmentNode, createBlockNode, createConditionalNode, createConstantNode, createFunctionAssignmentNode,
  createFunctionNode, createIndexNode, createObjectNode, createOperatorNode, createParenthesisNode, createRangeNode,
  createRelationalNode, createSymbolNode, createSubset, createSize, createResultSet, createIsBounded,
  // the Unit class: number arithmetic, and the classes its constructor expects
  createUnitClass, createUnitFunction, createBigNumberClass, createComplexClass, createFractionClass,
  createAbs, createAddScalar, createSubtractScalar, createMultiplyScalar, createDivideScalar, createPow,
  createFix, createCeil, createFloor, createRound, createEqual, createEqualScalar, createIsNumeric, createFormat,
};

let instance: MathJsInstance | undefined;

/**
 * The shared instance. Only `parse`, `Unit` and `unit` are meant to be used;
 * other functions of a full mathjs instance are absent.
 */
export function sharedMath(): MathJsInstance {
  instance ??= create(FACTORIES as unknown as FactoryFunctionMap) as MathJsInstance;
  return instance;
}

/** What a name means to a full mathjs instance: a function, a type (class) or a constant. */
export type MathjsNameKind = 'function' | 'type' | 'constant';

let names: Map<string, MathjsNameKind> | undefined;

/** Whether a full mathjs instance has `name`, and as what; undefined when it does not. */
export function mathjsNameKind(name: string): MathjsNameKind | undefined {
  if (!names) {
    names = new Map();
    for (const n of MATHJS_FUNCTIONS) names.set(n, 'function');
    for (const n of MATHJS_TYPES) names.set(n, 'type');
    for (const n of MATHJS_CONSTANTS) names.set(n, 'constant');
  }
  return names.get(name);
}

/**
 * Whether mathjs reads `word` as a unit, with or without a prefix ("mi",
 * "km", "miles"): `Unit.isValuelessUnit`, asked only when the word could be
 * one. mathjs's own test walks every unit name for a word it does not know
 * (hundreds of `endsWith` calls per word); a unit is a unit name, possibly
 * after a prefix that unit accepts, so when no ending of the word is a unit
 * name with such a prefix in front, the answer is no.
 */
export function isMathjsUnit(word: string): boolean {
  const Unit = sharedMath().Unit;
  const units = Unit.UNITS as unknown as Record<string, { prefixes: Record<string, unknown> }>;
  for (let i = 0; i < word.length; i++) {
    const name = word.slice(i);
    if (!Object.hasOwn(units, name)) continue;
    if (i === 0 || Object.hasOwn(units[name]!.prefixes, word.slice(0, i))) return Unit.isValuelessUnit(word);
  }
  return false;
}
