/**
 * @file The unit registry: mathjs's built-in units plus the custom units of
 * rules/units.yaml and a claims file's `units:`, resolved to a factor and a
 * dimension. Custom units live here, never in mathjs (no createUnit): an
 * undefined custom unit is its own base dimension, a defined one is resolved
 * through the registry.
 *
 * Pure: no I/O. Problems in the unit rules are returned, never thrown.
 */

import type { MathJsInstance, MathNode } from 'mathjs';
import { sharedMath } from '../mathjs/index.js';
import type { Dimension, FindingKind, MessageData, MessageValue, Problem, ResolvedUnit, Span, UnitRule } from '../types.js';
import { phrase } from '../findings/interpolate.js';
import { BuiltIns, EMBEDDED_UNITS } from './builtin.js';
import { describeDimension } from './describe.js';
import { declarationFor } from './plural.js';
import { divideDimensions, multiplyDimensions, powerDimension, type UnitWordsOf } from './dimension.js';
import { startOfFile } from '../text/span.js';

/** The unit registry every later stage reads. */
export interface UnitRegistry extends UnitWordsOf {
  /**
   * One unit word as used in an expression or quantity: a canonical name,
   * alias, plural or mathjs unit ("mi", "miles", "soldier", "troops", "USD",
   * "km", "day"). undefined if unknown.
   */
  lookup(word: string): ResolvedUnit | undefined;
  /**
   * A whole unit expression ("soldier/mi^2", "mi^2/day", "USD/household",
   * "" = plain number), parsed with the registry's mathjs parser and read
   * node by node (never evaluated).
   */
  resolve(expression: string): { unit: ResolvedUnit } | { unknown: string[] } | { invalid: MessageValue };
  /** Lower-cased alias/plural → canonical name, for the quantity parser ("soldiers"→"soldier", "dollars"→"USD", "metres"→"m"). */
  readonly unitWords: ReadonlyMap<string, string>;
  /** Currency sign → canonical name ("$"→"USD"). */
  readonly currencySymbols: ReadonlyMap<string, string>;
  /** Currency name → the decimals its money is printed with, where its rule says (`JPY` → 0); 2 otherwise. */
  readonly currencyDecimals: ReadonlyMap<string, number>;
  /**
   * A dimension in words for messages: "soldier·day/mi²", "USD per year",
   * "a plain number", "time". `preferred` lists unit words the file used;
   * a base dimension is shown in the first of them that measures it alone.
   */
  /**
   * A dimension in words, in the units of `preferred` where they measure it;
   * declared words in `asWritten` (a stated value's own words: "people") are
   * preferred first and shown as written.
   */
  describe(dimension: Dimension, preferred?: readonly string[], asWritten?: readonly string[]): string;
  /** The mathjs instance, for parsing expressions elsewhere (resolve). Never used to evaluate. */
  readonly math: MathJsInstance;
}

/** A custom unit while the registry is built. */
interface Custom {
  rule: UnitRule;
  state: 'new' | 'visiting' | 'done';
  factor: number;
  dimension: Dimension;
}

/** Result of reading a unit expression tree. */
type TreeResult = { factor: number; dimension: Dimension } | { unknown: string[] } | { invalid: MessageValue };

const NO_SPAN: Span = startOfFile('');

/** mathjs's units, read once per run (a cache over the shared instance). */
let sharedBuiltIns: BuiltIns | undefined;

/** Unit expressions already parsed (trees are only read, never changed): the tree, or why it does not parse. */
const parsedUnits = new Map<string, MathNode | string>();

function parseUnitExpression(math: MathJsInstance, expression: string): MathNode | string {
  let parsed = parsedUnits.get(expression);
  if (parsed === undefined) {
    try {
      parsed = math.parse(expression);
    } catch (error) {
      parsed = error instanceof Error ? error.message : String(error);
    }
    if (parsedUnits.size >= 20_000) parsedUnits.clear();
    parsedUnits.set(expression, parsed);
  }
  return parsed;
}

class Registry implements UnitRegistry {
  readonly math: MathJsInstance;
  readonly unitWords: Map<string, string> = new Map();
  readonly currencySymbols: Map<string, string> = new Map();
  readonly currencyDecimals: Map<string, number> = new Map();
  /** Exact-case alias → canonical name. */
  readonly aliases = new Map<string, string>();
  readonly customs = new Map<string, Custom>();
  /** Rules whose name is a mathjs unit: they only add words. */
  readonly builtInRules = new Set<string>();
  readonly builtIns: BuiltIns;
  readonly problems: Problem[] = [];
  /** The rule each alias came from, so a later file can take a default word. */
  readonly #aliasRules = new Map<string, UnitRule>();

  constructor() {
    // One mathjs instance and one cache of its units for the whole run: the
    // registry never changes mathjs (custom units live here), so sharing is safe.
    this.math = sharedMath();
    this.builtIns = sharedBuiltIns ??= new BuiltIns(this.math, EMBEDDED_UNITS);
  }

  lookup(word: string): ResolvedUnit | undefined {
    const direct = this.#lookupExact(word);
    if (direct) return direct;
    // Declared words also match in any case ("Troops", "Metres"); mathjs
    // symbols do not ("M" is not "m", "Mm" is a megametre).
    const lower = word.toLowerCase();
    const canonical = this.unitWords.get(lower);
    if (canonical !== undefined && canonical !== word && !this.builtInRules.has(lower)) return this.#lookupExact(canonical);
    return undefined;
  }

  #lookupExact(word: string): ResolvedUnit | undefined {
    const custom = this.customs.get(word);
    if (custom) {
      this.#resolveCustom(custom, []);
      return { expression: word, factor: custom.factor, dimension: custom.dimension };
    }
    const alias = this.aliases.get(word);
    if (alias !== undefined && alias !== word) return this.#lookupExact(alias);
    const builtIn = this.builtIns.unit(word);
    if (builtIn) return { expression: word, factor: builtIn.factor, dimension: builtIn.dimension };
    return undefined;
  }

  countAliases(name: string): readonly string[] | undefined {
    const rule = this.customs.get(name)?.rule;
    if (rule === undefined || rule.definition !== undefined || (rule.symbols ?? []).length > 0) return undefined;
    return rule.aliases.filter((alias) => this.aliases.get(alias) === name);
  }

  resolve(expression: string): { unit: ResolvedUnit } | { unknown: string[] } | { invalid: MessageValue } {
    // The same few unit expressions come up for thousands of values: each is parsed once.
    const known = this.#resolved.get(expression);
    if (known) return known;
    const result = this.#resolveText(expression, []);
    const offset = 'factor' in result ? this.#offsetOf(expression) : undefined;
    const resolved = 'factor' in result
      ? { unit: { expression, factor: result.factor, dimension: result.dimension, ...(offset !== undefined ? { offset } : {}) } }
      : result;
    if (this.#resolved.size < 10_000) this.#resolved.set(expression, resolved);
    return resolved;
  }

  /** A temperature scale's zero when the expression is that scale alone (`degC`, `°F`), else undefined. */
  #offsetOf(expression: string): number | undefined {
    const word = expression.trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(word)) return undefined;
    const alias = this.aliases.get(word);
    return this.builtIns.unit(alias ?? word)?.offset;
  }

  /** Answers of `resolve` (the registry does not change once built). */
  readonly #resolved = new Map<string, { unit: ResolvedUnit } | { unknown: string[] } | { invalid: MessageValue }>();

  describe(dimension: Dimension, preferred: readonly string[] = [], asWritten: readonly string[] = []): string {
    // A count word the user wrote ("people", "troops") is shown as written, not as its unit's name;
    // measures (miles, km²) keep their symbols.
    const isCount = (w: string): boolean => {
      const unit = this.unitWords.has(w.toLowerCase()) ? this.lookup(w) : undefined;
      return unit !== undefined && Object.keys(unit.dimension).every((k) => /[a-z]/.test(k));
    };
    const written = new Map(asWritten.filter(isCount).map((w) => [w.toLowerCase(), w]));
    return describeDimension(dimension, [...written.values(), ...preferred], {
      lookup: (word) => this.lookup(word),
      canonical: (word) => {
        const own = written.get(word.toLowerCase());
        if (own !== undefined) return own;
        const declared = this.unitWords.get(word.toLowerCase());
        if (declared !== undefined) return declared;
        // A mathjs plural shows as its singular ("miles" → "mile").
        const singular = word.endsWith('s') ? this.builtIns.unit(word.slice(0, -1)) : undefined;
        const unit = this.builtIns.unit(word);
        return singular && unit && singular.factor === unit.factor ? word.slice(0, -1) : word;
      },
      isWordLike: (name) => {
        if (this.customs.has(name)) return true;
        const builtIn = this.builtIns.unit(name);
        return builtIn === undefined || builtIn.longName === name;
      },
    });
  }

  /** Parses and reads a unit expression; `stack` holds the custom units being defined (cycle check). */
  #resolveText(expression: string, stack: string[]): TreeResult {
    if (expression.trim() === '') return { factor: 1, dimension: {} };
    if (expression.length > 500) return { invalid: phrase('unit-too-long') };
    const node = parseUnitExpression(this.math, expression);
    if (typeof node === 'string') return { invalid: node };
    return this.#readTree(node, stack, 0);
  }

  #readTree(node: MathNode, stack: string[], depth: number): TreeResult {
    if (depth > 64) return { invalid: phrase('unit-too-deep') };
    switch (node.type) {
      case 'ConstantNode': {
        const value = (node as MathNode & { value: unknown }).value;
        if (typeof value !== 'number' || !Number.isFinite(value)) return { invalid: phrase('unit-not-a-number', { value: String(value) }) };
        return { factor: value, dimension: {} };
      }
      case 'SymbolNode': {
        const name = (node as MathNode & { name: string }).name;
        const custom = this.customs.get(name) ?? this.customs.get(this.aliases.get(name) ?? '');
        if (custom) {
          const problem = this.#resolveCustom(custom, stack);
          if (problem) return problem;
          return { factor: custom.factor, dimension: custom.dimension };
        }
        const unit = this.lookup(name);
        return unit ? { factor: unit.factor, dimension: unit.dimension } : { unknown: [name] };
      }
      case 'ParenthesisNode':
        return this.#readTree((node as MathNode & { content: MathNode }).content, stack, depth + 1);
      case 'OperatorNode': {
        const op = node as MathNode & { fn: string; args: MathNode[] };
        const [left, right] = op.args;
        if (op.fn === 'pow' && left && right) {
          const exponent = literalNumber(right);
          if (exponent === undefined || Math.abs(exponent) > 1000) {
            return { invalid: phrase('unit-power') };
          }
          const base = this.#readTree(left, stack, depth + 1);
          if (!('factor' in base)) return base;
          return { factor: base.factor ** exponent, dimension: powerDimension(base.dimension, exponent) };
        }
        if ((op.fn === 'multiply' || op.fn === 'divide') && left && right) {
          const a = this.#readTree(left, stack, depth + 1);
          const b = this.#readTree(right, stack, depth + 1);
          if ('unknown' in a || 'unknown' in b) {
            if ('invalid' in a) return a;
            if ('invalid' in b) return b;
            return { unknown: [...('unknown' in a ? a.unknown : []), ...('unknown' in b ? b.unknown : [])] };
          }
          if (!('factor' in a)) return a;
          if (!('factor' in b)) return b;
          return op.fn === 'multiply'
            ? { factor: a.factor * b.factor, dimension: multiplyDimensions(a.dimension, b.dimension) }
            : { factor: a.factor / b.factor, dimension: divideDimensions(a.dimension, b.dimension) };
        }
        return { invalid: phrase('unit-operator', { op: (node as MathNode & { op: string }).op ?? op.fn }) };
      }
      default:
        return { invalid: phrase('unit-node', { node: node.type.replace(/Node$/, '').toLowerCase() }) };
    }
  }

  /** Resolves a custom unit's definition once; returns a result only when it fails. */
  #resolveCustom(custom: Custom, stack: string[]): TreeResult | undefined {
    if (custom.state === 'done') return undefined;
    const name = custom.rule.name;
    if (custom.state === 'visiting') {
      return { invalid: phrase('unit-circle', { circle: [...stack.slice(stack.indexOf(name)), name].join(' → ') }) };
    }
    const definition = custom.rule.definition;
    if (definition === undefined || definition.trim() === '') {
      custom.state = 'done';
      custom.factor = 1;
      custom.dimension = { [name]: 1 };
      return undefined;
    }
    custom.state = 'visiting';
    const result = this.#resolveText(definition, [...stack, name]);
    custom.state = 'done';
    if ('factor' in result) {
      if (!Number.isFinite(result.factor) || result.factor <= 0) {
        this.#report('parse', { what: phrase('what-unit-definition', { name }), reason: phrase('unit-definition-positive') }, custom.rule);
        custom.factor = 1;
        custom.dimension = { [name]: 1 };
        return undefined;
      }
      custom.factor = result.factor;
      custom.dimension = result.dimension;
      return undefined;
    }
    // A broken definition is reported once; the unit then stands for itself,
    // so expressions using it still read (the run fails on this problem).
    if ('unknown' in result) {
      for (const unit of new Set(result.unknown)) this.#report('unknown-unit', { unit, ...declarationFor(unit) }, custom.rule);
    } else {
      this.#report('parse', { what: phrase('what-unit-definition', { name }), reason: result.invalid }, custom.rule);
    }
    custom.factor = 1;
    custom.dimension = { [name]: 1 };
    return undefined;
  }

  #report(kind: FindingKind, data: MessageData, rule: UnitRule): void {
    this.problems.push({ kind, data, span: rule.span ?? NO_SPAN });
  }

  /** Adds the rules (later rows override earlier ones by name) and checks them. */
  addRules(units: readonly UnitRule[]): void {
    const byName = new Map<string, UnitRule>();
    for (const rule of units) byName.set(rule.name, rule);
    for (const rule of byName.values()) {
      const builtIn = this.builtIns.unit(rule.name);
      if (builtIn) {
        this.builtInRules.add(rule.name);
        if (rule.definition !== undefined) {
          this.#report('name-collision', {
            name: rule.name,
            meaning: `the built-in unit ${builtIn.longName}`,
            example: `${rule.name}_unit`,
          }, rule);
        }
      } else {
        const meaning = this.builtIns.nonUnitMeaning(rule.name);
        if (meaning !== undefined) {
          this.#report('name-collision', { name: rule.name, meaning, example: `${rule.name}_unit` }, rule);
          continue;
        }
        this.customs.set(rule.name, { rule, state: 'new', factor: 1, dimension: { [rule.name]: 1 } });
      }
      this.unitWords.set(rule.name.toLowerCase(), rule.name);
      for (const symbol of rule.symbols ?? []) if (symbol !== '') this.currencySymbols.set(symbol, rule.name);
      // A later row of the same name (a project's) replaces the decimals with its own, or the default.
      if (rule.decimals !== undefined) this.currencyDecimals.set(rule.name, rule.decimals);
      else this.currencyDecimals.delete(rule.name);
    }
    for (const rule of byName.values()) {
      if (!this.customs.has(rule.name) && !this.builtInRules.has(rule.name)) continue;
      for (const alias of rule.aliases) this.#addAlias(alias, rule);
    }
    for (const custom of this.customs.values()) this.#resolveCustom(custom, []);
  }

  #addAlias(alias: string, rule: UnitRule): void {
    const owner = this.aliases.get(alias) ?? (this.customs.has(alias) ? alias : undefined);
    // A word the default rules give one unit may be taken by a unit declared later,
    // in another file ("people" for a claims file's soldier rather than the built-in person).
    const earlier = this.#aliasRules.get(alias);
    const taken = owner !== undefined && owner !== rule.name && earlier !== undefined && earlier.span?.file !== rule.span?.file;
    if (taken) {
      this.aliases.delete(alias);
      if (this.unitWords.get(alias.toLowerCase()) === owner) this.unitWords.delete(alias.toLowerCase());
    } else if (owner !== undefined && owner !== rule.name) {
      this.#report('name-collision', { name: alias, meaning: phrase('meaning-unit-word', { unit: owner }), example: `${alias}_${rule.name}` }, rule);
      return;
    }
    const builtIn = this.builtIns.unit(alias);
    if (builtIn) {
      const target = this.builtInRules.has(rule.name) ? this.builtIns.unit(rule.name) : undefined;
      const same = target !== undefined && sameUnit(target, builtIn);
      if (!same && !(rule.shadows ?? []).includes(alias)) {
        this.#report('name-collision', { name: alias, meaning: `the built-in unit ${builtIn.longName}`, example: `${alias}_${rule.name}` }, rule);
        return;
      }
    } else {
      const meaning = this.builtIns.nonUnitMeaning(alias);
      if (meaning !== undefined) {
        this.#report('name-collision', { name: alias, meaning, example: `${alias}_${rule.name}` }, rule);
        return;
      }
    }
    this.aliases.set(alias, rule.name);
    this.#aliasRules.set(alias, rule);
    // A word taken from mathjs ("C" for degC) matches only as written, as mathjs symbols do:
    // a claim may still be called `c`.
    const lower = alias.toLowerCase();
    if (!this.unitWords.has(lower) && !(rule.shadows ?? []).includes(alias)) this.unitWords.set(lower, rule.name);
  }
}

function sameUnit(a: { factor: number; dimension: Dimension }, b: { factor: number; dimension: Dimension }): boolean {
  const keys = new Set([...Object.keys(a.dimension), ...Object.keys(b.dimension)]);
  for (const key of keys) if ((a.dimension[key] ?? 0) !== (b.dimension[key] ?? 0)) return false;
  return Math.abs(a.factor - b.factor) <= 1e-12 * Math.max(Math.abs(a.factor), Math.abs(b.factor));
}

/** A number literal, possibly negated or in parentheses (`2`, `-1`, `(0.5)`); undefined otherwise. */
export function literalNumber(node: MathNode): number | undefined {
  let current: MathNode = node;
  let sign = 1;
  for (let guard = 0; guard < 8; guard++) {
    if (current.type === 'ParenthesisNode') {
      current = (current as MathNode & { content: MathNode }).content;
    } else if (current.type === 'OperatorNode') {
      const op = current as MathNode & { fn: string; args: MathNode[] };
      if ((op.fn !== 'unaryMinus' && op.fn !== 'unaryPlus') || !op.args[0]) return undefined;
      if (op.fn === 'unaryMinus') sign = -sign;
      current = op.args[0];
    } else if (current.type === 'ConstantNode') {
      const value = (current as MathNode & { value: unknown }).value;
      return typeof value === 'number' && Number.isFinite(value) ? sign * value : undefined;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Builds the registry for one run from the unit rules (defaults, project
 * rules, then the claims file's `units:`; later rows override earlier ones
 * by name). Problems in the rules come back in `problems`.
 */
export function createUnitRegistry(units: readonly UnitRule[]): { registry: UnitRegistry; problems: Problem[] } {
  const registry = new Registry();
  registry.addRules(units);
  return { registry, problems: registry.problems };
}

/**
 * The built-in meaning of a word to the expression language, for the
 * reserved-word check (asked once per name of a claims file: nothing is
 * copied here).
 */
export function registryInternals(registry: UnitRegistry): { builtIns: BuiltIns } | undefined {
  if (!(registry instanceof Registry)) return undefined;
  return { builtIns: registry.builtIns };
}
