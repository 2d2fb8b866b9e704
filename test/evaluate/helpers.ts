// Builds evaluators from a hand-made claims file through the real unit
// registry and resolve stage, with input values converted to SI by the registry.
import { expect } from 'vitest';
import { createEvaluator, type EvaluationError, type Evaluator, type Value } from '../../src/evaluate/index.js';
import { resolveModel } from '../../src/resolve/index.js';
import { messageText } from '../../src/findings/index.js';
import { loadDefaultRules } from '../../src/rules/index.js';
import type { ClaimsFile, Span, UnitRule } from '../../src/types.js';
import { createUnitRegistry, type UnitRegistry } from '../../src/units/index.js';

const span = (line: number): Span => ({ file: 'claims.yaml', line, column: 3, endLine: line, endColumn: 20 });

/** An input: a point or [low, high], in a unit expression ('' = plain number), with its text as written. */
export interface InputSpec {
  low: number;
  high?: number;
  unit?: string;
  text?: string;
}

export interface Built {
  evaluator: Evaluator;
  registry: UnitRegistry;
  /** Problems from the registry and resolve (tests expect none unless they say so). */
  problems: unknown[];
  /** The SI value of a quantity in a unit ('' = plain). */
  si(value: number, unit?: string): number;
}

const SOLDIER: UnitRule = { name: 'soldier', aliases: ['soldiers'] };

/**
 * Resolves a claims file made of `inputs` and `claims` (name → compute) and
 * evaluates it. Inputs named in `unread` are declared but get no value, as
 * when the pipeline could not read them.
 */
export function build(
  inputs: Record<string, InputSpec>,
  claims: Record<string, string>,
  units: UnitRule[] = [SOLDIER],
  unread: readonly string[] = [],
): Built {
  const rules = loadDefaultRules();
  const { registry, problems: unitProblems } = createUnitRegistry([...rules.units.values(), ...units]);
  let line = 1;
  const file: ClaimsFile = {
    path: 'claims.yaml',
    source: '',
    units,
    inputs: Object.entries(inputs).map(([name, spec]) => ({
      name,
      span: span(line++),
      value: { form: 'text', text: spec.text ?? String(spec.low), span: span(line++) },
    })),
    claims: Object.entries(claims).map(([name, compute]) => ({
      name,
      span: span(line++),
      compute: { value: compute, span: span(line++) },
    })),
    ignore: [],
  };
  const { model, problems } = resolveModel(file, registry);
  const si = (value: number, unit = ''): number => {
    const resolved = registry.resolve(unit);
    if (!('unit' in resolved)) throw new Error(`test unit ${unit} does not resolve`);
    return value * resolved.unit.factor;
  };
  const values = new Map<string, Value>();
  const texts = new Map<string, string>();
  for (const [name, spec] of Object.entries(inputs)) {
    if (unread.includes(name)) continue;
    const resolved = registry.resolve(spec.unit ?? '');
    if (!('unit' in resolved)) throw new Error(`test unit ${spec.unit ?? ''} does not resolve`);
    const { factor, dimension } = resolved.unit;
    values.set(name, { low: spec.low * factor, high: (spec.high ?? spec.low) * factor, dimension });
    if (spec.text !== undefined) texts.set(name, spec.text);
  }
  return { evaluator: createEvaluator(model, values, texts), registry, problems: [...unitProblems, ...problems], si };
}

/** The value of a claim, failing the test with the reason when it is an error. */
export function valueOf(evaluator: Evaluator, name: string): Value {
  const v = evaluator.claim(name);
  if ('reason' in v) expect.fail(`${name}: ${written(v).reason}`);
  return v;
}

/** An error with its reason written out as a user reads it (a phrase of the default rules, filled). */
export function written(error: EvaluationError): EvaluationError & { reason: string } {
  return { ...error, reason: messageText(error.reason, loadDefaultRules().phrases) };
}

/** The error of a claim, its reason written out, failing the test when it computed a value. */
export function errorOf(evaluator: Evaluator, name: string): EvaluationError & { reason: string } {
  const v = evaluator.claim(name);
  if (!('reason' in v)) expect.fail(`${name} computed [${v.low}, ${v.high}], expected an error`);
  return written(v);
}
