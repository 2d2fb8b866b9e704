/**
 * @file The words claimcheck's expression language knows besides units and
 * the names of a claims file: the functions a compute expression may call and
 * the mathematical constants it refuses. One list for the allow-list
 * (src/resolve/check.ts), the evaluator (src/evaluate/compile.ts) and the
 * reserved-word check (src/units/reserved.ts), so a name is refused exactly
 * when an expression could read it as something else.
 *
 * A full mathjs instance knows hundreds more (distance, count, median,
 * gravity, Unit…); an expression can use none of them, so they are free
 * names (README "Decisions": names).
 */

/** A function a compute expression may call (the evaluator has one case for each). */
export type CallableFunction = 'min' | 'max' | 'abs' | 'round' | 'floor' | 'ceil' | 'sqrt' | 'log' | 'exp' | 'sum' | 'mean';

/** How many values a function takes: from `min` to `max` (Infinity: no limit). */
export interface Arity {
  min: number;
  max: number;
}

/**
 * Functions a compute expression may call, with how many values each takes
 * (contract §6, `compute`): the one arity the allow-list (src/resolve/check.ts)
 * and the evaluator (src/evaluate/compile.ts) both check. `round`, `floor`
 * and `ceil` take an optional second value, the decimals to keep
 * (`floor(x, 1)`, as mathjs reads it); `log` an optional base.
 */
export const CALLABLE_FUNCTIONS: ReadonlyMap<string, Arity> = new Map<CallableFunction, Arity>([
  ['min', { min: 1, max: Infinity }],
  ['max', { min: 1, max: Infinity }],
  ['sum', { min: 1, max: Infinity }],
  ['mean', { min: 1, max: Infinity }],
  ['abs', { min: 1, max: 1 }],
  ['sqrt', { min: 1, max: 1 }],
  ['exp', { min: 1, max: 1 }],
  ['round', { min: 1, max: 2 }],
  ['floor', { min: 1, max: 2 }],
  ['ceil', { min: 1, max: 2 }],
  ['log', { min: 1, max: 2 }],
]);

/**
 * Constants a reader takes an expression's word for (`2 * pi * r`, `e ^ x`,
 * `3 + 2i`): mathjs's mathematical constants. An expression refuses them
 * ("write the number itself"), and a name may not be one, or `pi` would mean
 * a claims file's input to claimcheck and 3.14159 to its reader. mathjs's
 * physical constants (gravity, speedOfLight) are not among them: no reader
 * takes `gravity` in a news claims file for 9.81 m/s².
 */
export const MATH_CONSTANTS: ReadonlySet<string> = new Set([
  'pi', 'PI', 'e', 'E', 'i', 'tau', 'phi', 'LN2', 'LN10', 'LOG2E', 'LOG10E', 'SQRT1_2', 'SQRT2',
]);

/** Words the mathjs parser reads as literal values, never as names (`true`, `NaN`). */
export const PARSER_LITERALS: ReadonlySet<string> = new Set(['true', 'false', 'null', 'undefined', 'NaN', 'Infinity']);
