/**
 * @file claimcheck's one mathjs instance, shared by every stage and every
 * file of a run: the expression parser and the Unit class with its tables,
 * built from the few factories they need (number arithmetic only).
 *
 * Why not `create(all)`: a full instance builds hundreds of typed functions
 * and costs 300–800 ms at start-up, and the bundle then carries all of
 * mathjs (2 MB to compile). claimcheck never evaluates with mathjs — it
 * parses expressions and reads unit tables — so it needs none of that. The
 * few functions and constants an expression may name are in
 * `./language.ts`; test/mathjs checks both against a full instance.
 *
 * Lazy: nothing is built until the first call, and the Unit class only when
 * `Unit` or `unit` is asked for (the parser does not need it); which words
 * are units comes from a table the build embeds ({@link UnitNames}). Never
 * changed after creation (no createUnit, no import), so sharing it is safe.
 */

import {
  create,
  factory,
  createBigNumberClass,
  createComplexClass,
  createFractionClass,
  createUnitClass,
  createUnitFunction,
  isComplex,
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

/**
 * mathjs's SymbolNode without the Unit class. mathjs's own takes the Unit
 * class (an optional dependency) to evaluate a unit name and to write it as
 * TeX, so the first `parse` built the Unit class with its tables and the
 * typed functions they need (about 10 ms of a cold start). claimcheck only
 * parses and reads the trees, which come out the same; the Unit class is
 * built when `Unit` or `unit` is first asked for, and most checks never ask
 * (src/units/builtin.ts embeds the answers for the usual unit words).
 */
const createSymbolNodeForParsing = (factory as unknown as (name: string, dependencies: readonly string[], make: (deps: Record<string, unknown>) => unknown) => FactoryFunctionMap[string])(
  'SymbolNode',
  ['math', 'Node'],
  ({ math, Node }) => (createSymbolNode as unknown as (deps: Record<string, unknown>) => unknown)({ math, Node }),
);

/** The factories `parse`, `Unit` and `unit` depend on (worked out from each factory's `dependencies`). */
const FACTORIES = {
  // the parser and its node types
  createTyped, createNumber, createNumeric, createParse, createNode, createAccessorNode, createArrayNode,
  createAssignmentNode, createBlockNode, createConditionalNode, createConstantNode, createFunctionAssignmentNode,
  createFunctionNode, createIndexNode, createObjectNode, createOperatorNode, createParenthesisNode, createRangeNode,
  createRelationalNode, createSymbolNode: createSymbolNodeForParsing, createSubset, createSize, createResultSet, createIsBounded,
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

/**
 * mathjs's unit names and the prefixes each accepts: what tells a unit word
 * from any other word. A table, not the Unit class: building the class (its
 * unit tables and the typed functions it depends on) costs about 10 ms of a
 * cold start, and most words asked about (the names of inputs and claims)
 * are not units. The bundle embeds this table, made from mathjs at build
 * time (scripts/build.mjs, {@link unitNamesOf}); from the sources it is read
 * from the shared instance on first use.
 */
export interface UnitNames {
  /** Every unit name (`mi`, `meter`, `meters`), with the index of its prefix set in `prefixSets`. */
  names: Record<string, number>;
  /** The prefixes a unit may take (`''`, `k`, `kilo`…), one list per distinct set. */
  prefixSets: string[][];
}

/** The table the build embedded (scripts/build.mjs); undefined when running from the sources. */
declare const CLAIMCHECK_MATHJS_UNIT_NAMES: UnitNames | undefined;

/** {@link UnitNames} read from a mathjs instance's `Unit.UNITS` (at build time, and from the sources); units with a real size only. */
export function unitNamesOf(math: MathJsInstance): UnitNames {
  const units = math.Unit.UNITS as unknown as Record<string, { prefixes: Record<string, unknown>; value: unknown }>;
  const sets = new Map<Record<string, unknown>, number>();
  const table: UnitNames = { names: {}, prefixSets: [] };
  for (const [name, unit] of Object.entries(units)) {
    // A unit worth an imaginary amount (VAR, volt-ampere reactive, is i VA in
    // mathjs) has no size in SI units to convert with: claimcheck's numbers
    // are real, so such a word is not a unit it knows.
    if (isComplex(unit.value)) continue;
    let index = sets.get(unit.prefixes);
    if (index === undefined) {
      index = table.prefixSets.push(Object.keys(unit.prefixes)) - 1;
      sets.set(unit.prefixes, index);
    }
    table.names[name] = index;
  }
  return table;
}

/** A unit name table ready to ask: the prefix lists as sets, and the characters unit words are made of. */
export interface UnitWordTable {
  names: Record<string, number>;
  prefixSets: ReadonlySet<string>[];
  /** Matches words made only of characters some unit name or prefix has. */
  alphabet: RegExp;
}

let unitWordTable: UnitWordTable | undefined;

/** Makes {@link UnitNames} quick to ask. */
export function unitWordTableOf(names: UnitNames): UnitWordTable {
  const chars = new Set<string>();
  for (const name of Object.keys(names.names)) for (const ch of name) chars.add(ch);
  for (const set of names.prefixSets) for (const prefix of set) for (const ch of prefix) chars.add(ch);
  const escaped = [...chars].map((ch) => ch.replace(/[\\\]^-]/g, '\\$&')).join('');
  return { names: names.names, prefixSets: names.prefixSets.map((set) => new Set(set)), alphabet: new RegExp(`^[${escaped}]+$`, 'u') };
}

/**
 * Whether `word` is a unit to the table: some ending of it is a unit name
 * and the rest of it a prefix that unit accepts. This is mathjs's own test
 * (`Unit.isValuelessUnit` accepts exactly the words it finds a unit name and
 * an accepted prefix for); test/mathjs checks every unit word with every
 * prefix, and words that are not units, against a full instance.
 */
export function isUnitWord(table: UnitWordTable, word: string): boolean {
  // Most words asked about are names (`aid_per_soldier_12`): a character no
  // unit name or prefix has (`_`) rules every split out at once.
  if (!table.alphabet.test(word)) return false;
  for (let i = 0; i < word.length; i++) {
    const name = word.slice(i);
    if (!Object.hasOwn(table.names, name)) continue;
    if (i === 0 || table.prefixSets[table.names[name]!]!.has(word.slice(0, i))) return true;
  }
  return false;
}

/** Whether mathjs reads `word` as a unit, with or without a prefix ("mi", "km", "miles"). */
export function isMathjsUnit(word: string): boolean {
  unitWordTable ??= unitWordTableOf(typeof CLAIMCHECK_MATHJS_UNIT_NAMES === 'object' ? CLAIMCHECK_MATHJS_UNIT_NAMES : unitNamesOf(sharedMath()));
  return isUnitWord(unitWordTable, word);
}
