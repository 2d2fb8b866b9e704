/**
 * @file Reads a claims file's inputs: each `value` through the quantity
 * grammar into a quantity, its unit through the registry, and its value in
 * SI as an interval (a point, a range, or what a hedge admits). Pure.
 */

import type { ClaimsFile, InputDecl, Problem, Quantity, ResolvedUnit, Span } from '../types.js';
import { DATE_UNIT, declarationFor, type UnitRegistry } from '../units/index.js';
import { parseQuantity, type QuantityContext } from '../quantity/index.js';
import type { Value } from '../evaluate/index.js';
import { admissibleAmount } from '../judge/admissible.js';
import { isTemperatureReading } from '../units/index.js';
import { phrase } from '../findings/interpolate.js';

/** An input whose value was read: its quantity, unit and value in SI. */
export interface ReadInput {
  decl: InputDecl;
  quantity: Quantity;
  unit: ResolvedUnit;
  value: Value;
}

/** The inputs whose value could not be read (claims using them cannot be computed). */
export function brokenInputNames(file: ClaimsFile, inputs: ReadonlyMap<string, ReadInput>): Set<string> {
  return new Set(file.inputs.filter((i) => !inputs.has(i.name)).map((i) => i.name));
}

/** Reads every input's value into a quantity and an SI value; problems for those that cannot be read. */
export function readInputs(file: ClaimsFile, ctx: QuantityContext, registry: UnitRegistry, problems: Problem[]): Map<string, ReadInput> {
  const inputs = new Map<string, ReadInput>();
  for (const decl of file.inputs) {
    // An empty value is one the loader could not take (missing, a list, a tag) and has already reported.
    if (decl.value.form === 'text' && decl.value.text.trim() === '') continue;
    const { quantity, problems: qp } = parseQuantity(decl.value, ctx);
    problems.push(...qp.map((p) => ({ ...p, claim: p.claim ?? decl.name })));
    if (!quantity) continue;
    const unit = quantity.display === 'date' ? DATE_UNIT : resolveUnit(quantity.unit, decl.value.span, registry, problems, decl.name);
    if (!unit) continue;
    // The quantity grammar refuses a range written backwards, so low ≤ high here.
    const { low, high } = inputRange(quantity);
    // A temperature reading is held in kelvin with its scale's zero; a change without it.
    const zero = isTemperatureReading(quantity, unit) ? unit.offset! : 0;
    inputs.set(decl.name, { decl, quantity, unit, value: { low: (low + zero) * unit.factor, high: (high + zero) * unit.factor, dimension: unit.dimension } });
  }
  return inputs;
}

/**
 * An input's value as a range in its own unit. A point is exact; a range is
 * "somewhere in here"; a hedged value ("about 100") is what its hedge admits,
 * and a one-sided hedge ("more than 200") is read as the number written.
 */
export function inputRange(q: Quantity): { low: number; high: number } {
  if (q.high) {
    const lowSet = q.hedge ? admissibleAmount(q.low, q.hedge) : undefined;
    const highSet = q.hedge ? admissibleAmount(q.high, q.hedge) : undefined;
    return { low: bounded(lowSet?.low, q.low.value), high: bounded(highSet?.high, q.high.value) };
  }
  if (!q.hedge) return { low: q.low.value, high: q.low.value };
  const set = admissibleAmount(q.low, q.hedge);
  return { low: bounded(set.low, q.low.value), high: bounded(set.high, q.low.value) };
}

function bounded(x: number | undefined, fallback: number): number {
  return x !== undefined && Number.isFinite(x) ? x : fallback;
}

export function resolveUnit(expression: string, span: Span, registry: UnitRegistry, problems: Problem[], owner: string): ResolvedUnit | undefined {
  const result = registry.resolve(expression);
  if ('unit' in result) return result.unit;
  if ('unknown' in result) {
    for (const unit of result.unknown) {
      const declare = declarationFor(unit);
      problems.push({ kind: 'unknown-unit', data: { unit, ...declare, hint: phrase('hint-declare-unit', declare) }, span, claim: owner });
    }
  } else {
    problems.push({ kind: 'parse', data: { what: phrase('what-unit', { text: phrase('quoted', { text: expression }) }), reason: result.invalid }, span, claim: owner });
  }
  return undefined;
}
