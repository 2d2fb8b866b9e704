/**
 * @file What the mathjs instance itself knows: its units (with prefixes), its
 * functions and constants and the parser's keywords. Reads mathjs's tables;
 * never changes them, never evaluates.
 *
 * Pure apart from reading the given mathjs instance.
 */

import type { MathJsInstance, Unit } from 'mathjs';
import { isMathjsUnit } from '../mathjs/index.js';
import { CALLABLE_FUNCTIONS, MATH_CONSTANTS, PARSER_LITERALS } from '../mathjs/language.js';
import type { Dimension, PhraseRef } from '../types.js';
import { phrase } from '../findings/interpolate.js';

/** Words the mathjs parser reads as operators, never as names. */
const KEYWORDS: ReadonlyMap<string, PhraseRef> = new Map([
  ['mod', phrase('meaning-operator', { name: 'mod' })],
  ['to', phrase('meaning-conversion', { name: 'to' })],
  ['in', phrase('meaning-conversion', { name: 'in' })],
  ['and', phrase('meaning-operator', { name: 'and' })],
  ['or', phrase('meaning-operator', { name: 'or' })],
  ['xor', phrase('meaning-operator', { name: 'xor' })],
  ['not', phrase('meaning-operator', { name: 'not' })],
]);


/** A mathjs unit word resolved: factor to SI and dimension. */
export interface BuiltInUnit {
  factor: number;
  dimension: Dimension;
  /** The long name for messages ("mile" for mi, "kilometer" for km). */
  longName: string;
  /**
   * A temperature scale's zero, in its own degrees (degC 273.15, degF 459.67):
   * a reading is (value + offset) × factor kelvin. Absent for other units.
   */
  offset?: number;
}

/** Converts mathjs's 9-slot dimension array into our record. */
export function toDimension(math: MathJsInstance, slots: readonly number[]): Dimension {
  const names = math.Unit.BASE_DIMENSIONS;
  const out: Record<string, number> = {};
  slots.forEach((exponent, i) => {
    const name = names[i];
    if (exponent !== 0 && name !== undefined) out[name] = exponent;
  });
  return out;
}

interface UnitPart {
  unit: { name: string; value: number; offset: number; base: { key: string }; prefixes: Record<string, { value: number }> };
  prefix: { name: string; value: number };
}

/**
 * Words {@link BuiltIns} remembers at most; past this it starts again. Most
 * words asked about are the names of inputs and claims (`troops_12`), new in
 * every file: unbounded, the memory grew with every file of a run (about
 * 2.5 MB a thousand files of 20 claims).
 */
const MAX_CACHED_WORDS = 10_000;

/**
 * {@link BuiltIns.unit}'s answers for the words asked most (every mathjs unit
 * name, every word of the default unit rules that is a mathjs unit), made
 * from mathjs by scripts/build.mjs ({@link unitAnswers}) and embedded in the
 * bundle. With them a check whose units are all among these words never
 * builds mathjs's Unit class (about 10 ms of a cold start); any other unit
 * word is read from mathjs as before. Undefined when running from the sources.
 */
declare const CLAIMCHECK_BUILTIN_UNITS: Record<string, BuiltInUnit> | undefined;

/** The embedded answers, if the build made them. */
export const EMBEDDED_UNITS: Readonly<Record<string, BuiltInUnit>> | undefined =
  typeof CLAIMCHECK_BUILTIN_UNITS === 'object' ? CLAIMCHECK_BUILTIN_UNITS : undefined;

/**
 * {@link BuiltIns.unit}'s answers for `words` that mathjs reads as units (for
 * the build: see {@link EMBEDDED_UNITS}). Made by the same code that answers
 * at run time, so an embedded answer is the answer mathjs gives.
 */
export function unitAnswers(math: MathJsInstance, words: Iterable<string>): Record<string, BuiltInUnit> {
  const builtIns = new BuiltIns(math);
  const answers: Record<string, BuiltInUnit> = {};
  for (const word of words) {
    let unit: BuiltInUnit | undefined;
    try {
      unit = builtIns.unit(word);
    } catch {
      // mathjs cannot make it with number arithmetic alone (VAR is Complex): asked at run time, it fails as it always did
      continue;
    }
    if (unit !== undefined) answers[word] = unit;
  }
  return answers;
}

/** Reads mathjs's unit tables for one registry (cached per instance). */
export class BuiltIns {
  readonly #math: MathJsInstance;
  readonly #cache = new Map<string, BuiltInUnit | null>();
  readonly #known: Readonly<Record<string, BuiltInUnit>> | undefined;
  #groups: Map<string, string[]> | undefined;

  /** `known`: answers already made from this mathjs ({@link EMBEDDED_UNITS}), used instead of asking it again. */
  constructor(math: MathJsInstance, known?: Readonly<Record<string, BuiltInUnit>>) {
    this.#math = math;
    this.#known = known;
  }

  /** A mathjs unit word (`mi`, `miles`, `km`, `day`), or undefined when mathjs does not know it. */
  unit(word: string): BuiltInUnit | undefined {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(word)) return undefined;
    const cached = this.#cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    let result: BuiltInUnit | null = null;
    const known = this.#known !== undefined && Object.hasOwn(this.#known, word) ? this.#known[word] : undefined;
    if (known !== undefined) {
      result = known;
    } else if (isMathjsUnit(word)) {
      const unit = this.#math.unit(1, word) as Unit & { value: number; dimensions: number[]; units: UnitPart[] };
      const part = unit.units[0];
      // A temperature (degC, degF): the factor is the size of one degree (a
      // difference) and the offset its scale's zero; mathjs's value for
      // 1 degC is 274.15 K, the reading with its offset.
      const offset = part !== undefined && part.unit.offset !== 0;
      result = {
        factor: offset && part ? part.unit.value * part.prefix.value : unit.value,
        dimension: toDimension(this.#math, unit.dimensions),
        longName: part ? this.#longName(part) : word,
        ...(offset && part ? { offset: part.unit.offset } : {}),
      };
    }
    if (this.#cache.size >= MAX_CACHED_WORDS) this.#cache.clear();
    this.#cache.set(word, result);
    return result ?? undefined;
  }

  /**
   * What a word means to an expression, when it is not a unit: a function it
   * may call, a mathematical constant or literal, or a keyword. Other words of
   * a full mathjs instance (distance, count, gravity) mean nothing to an
   * expression: undefined.
   */
  nonUnitMeaning(name: string): PhraseRef | undefined {
    const keyword = KEYWORDS.get(name);
    if (keyword !== undefined) return keyword;
    if (CALLABLE_FUNCTIONS.has(name)) return phrase('meaning-function', { name });
    if (PARSER_LITERALS.has(name) || MATH_CONSTANTS.has(name)) return phrase('meaning-constant', { name });
    return undefined;
  }

  #longName(part: UnitPart): string {
    const base = this.#singularLongName(part.unit);
    if (part.prefix.name === '') return base;
    const long = Object.entries(this.#math.Unit.PREFIXES['LONG'] ?? {}).find(
      ([name, p]) => name !== '' && (p as { value: number }).value === part.prefix.value,
    );
    return long ? `${long[0]}${base}` : `${part.prefix.name}${base}`;
  }

  /** The longest singular name among mathjs units equal to this one (mi → mile, in → inch, h → hour). */
  #singularLongName(unit: UnitPart['unit']): string {
    const key = groupKey(unit);
    const candidates = this.#unitGroups().get(key) ?? [unit.name];
    const set = new Set(candidates);
    const singular = candidates.filter(
      (c) => !(c.endsWith('s') && (set.has(c.slice(0, -1)) || (c.endsWith('es') && set.has(c.slice(0, -2))))),
    );
    const pool = singular.length > 0 ? singular : candidates;
    return pool.reduce((best, c) => (c.length > best.length ? c : best), unit.name);
  }

  #unitGroups(): Map<string, string[]> {
    if (this.#groups) return this.#groups;
    const groups = new Map<string, string[]>();
    for (const [name, unit] of Object.entries(this.#math.Unit.UNITS)) {
      const key = groupKey(unit as unknown as UnitPart['unit']);
      const list = groups.get(key);
      if (list) list.push(name);
      else groups.set(key, [name]);
    }
    this.#groups = groups;
    return groups;
  }
}

function groupKey(unit: UnitPart['unit']): string {
  return `${unit.base.key}|${unit.value}|${unit.offset}`;
}
