/**
 * @file Types for the mathjs factory functions claimcheck builds its instance
 * from. mathjs exports them (from `mathjs` and `mathjs/number`) but its
 * type declarations do not list them.
 */

import type { FactoryFunctionMap } from 'mathjs';

type Factory = FactoryFunctionMap[string];

declare module 'mathjs' {
  export const createBigNumberClass: Factory;
  export const createComplexClass: Factory;
  export const createFractionClass: Factory;
  export const createUnitClass: Factory;
  export const createUnitFunction: Factory;
  export const createAbs: Factory;
  export const createAccessorNode: Factory;
  export const createAddScalar: Factory;
  export const createArrayNode: Factory;
  export const createAssignmentNode: Factory;
  export const createBlockNode: Factory;
  export const createCeil: Factory;
  export const createConditionalNode: Factory;
  export const createConstantNode: Factory;
  export const createDivideScalar: Factory;
  export const createEqual: Factory;
  export const createEqualScalar: Factory;
  export const createFix: Factory;
  export const createFloor: Factory;
  export const createFormat: Factory;
  export const createFunctionAssignmentNode: Factory;
  export const createFunctionNode: Factory;
  export const createIndexNode: Factory;
  export const createIsBounded: Factory;
  export const createIsNumeric: Factory;
  export const createMultiplyScalar: Factory;
  export const createNode: Factory;
  export const createNumber: Factory;
  export const createNumeric: Factory;
  export const createObjectNode: Factory;
  export const createOperatorNode: Factory;
  export const createParenthesisNode: Factory;
  export const createParse: Factory;
  export const createPow: Factory;
  export const createRangeNode: Factory;
  export const createRelationalNode: Factory;
  export const createResultSet: Factory;
  export const createRound: Factory;
  export const createSize: Factory;
  export const createSubset: Factory;
  export const createSubtractScalar: Factory;
  export const createSymbolNode: Factory;
  export const createTyped: Factory;
}
