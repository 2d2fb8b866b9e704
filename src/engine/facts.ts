/**
 * @file One claims file's shared facts: which of its inputs are values of a
 * shared fact (imported from facts files, or its own inputs marked `fact:` or
 * `overrides: true`), what their words admit in SI units (for the run's
 * cross-file comparison), which claims use them, and how old they are on the
 * run's date. Reports bad dates, unknown categories and out-of-date facts.
 * Pure.
 */

import type { ClaimsFile, FactUse, InputDecl, Located, Problem, Rules } from '../types.js';
import type { UnitRegistry } from '../units/index.js';
import { parseQuantity, type QuantityContext } from '../quantity/index.js';
import { admissibleSet } from '../judge/admissible.js';
import { addDuration, describeAge, isoDate, parseDuration, parseIsoDate } from '../facts/dates.js';
import type { ImportedFact } from '../facts/import.js';
import { suggestion } from '../text/suggest.js';
import { phrase } from '../findings/interpolate.js';

/** What {@link factUses} needs. */
export interface FactsContext {
  file: ClaimsFile;
  /** Every fact imported (the overridden ones included). */
  imported: readonly ImportedFact[];
  rules: Rules;
  ctx: QuantityContext;
  registry: UnitRegistry;
  /** The names (inputs and claims) a claim's expression uses directly. */
  dependencies: (name: string) => readonly string[];
  /** `--as-of`: the run's date (ISO), before the file's own `as_of:`. */
  asOf?: string;
  /** Today (ISO), when neither `--as-of` nor the file's `as_of:` is given; absent: ages are not checked. */
  today?: string;
  problems: Problem[];
}

/** The file's shared facts, with their ages; problems go to `fc.problems`. */
export function factUses(fc: FactsContext): FactUse[] {
  const { file, rules, problems } = fc;
  const own = file.inputs.filter((d) => d.origin === undefined && (d.fact !== undefined || d.overrides?.value === true));
  const decls: { decl: InputDecl; fileMaxAge?: Located<string> }[] = [...fc.imported, ...own.map((decl) => ({ decl }))];
  if (decls.length === 0 && file.asOf === undefined) return [];
  const runDay = runDate(fc);
  const usedBy = claimsUsing(file, fc.dependencies, new Set(decls.map((d) => d.decl.name)));
  const used = new Set(file.inputs.map((d) => `${d.span.file}:${d.span.line}:${d.span.column}`));
  const uses: FactUse[] = [];
  for (const { decl, fileMaxAge } of decls) {
    const category = decl.category === undefined ? undefined : rules.factCategories.get(decl.category.value.trim());
    if (decl.category !== undefined && category === undefined) {
      problems.push({ kind: 'unknown-category', data: { category: decl.category.value, name: decl.name, suggestion: suggestion(decl.category.value, rules.factCategories.keys()) }, span: decl.category.span, claim: decl.name });
    }
    const maxAgeText = decl.maxAge ?? fileMaxAge;
    const maxAge = maxAgeText?.value ?? category?.maxAge;
    if (maxAgeText !== undefined && parseDuration(maxAgeText.value) === undefined) {
      problems.push({ kind: 'bad-date', data: { what: phrase('what-max-age', { name: decl.name }), text: maxAgeText.value, expected: phrase('expect-duration') }, span: maxAgeText.span, claim: decl.name });
    }
    const asOfDay = decl.asOf === undefined ? undefined : parseIsoDate(decl.asOf.value);
    if (decl.asOf !== undefined && asOfDay === undefined) {
      problems.push({ kind: 'bad-date', data: { what: phrase('what-as-of', { name: decl.name }), text: decl.asOf.value, expected: phrase('expect-iso-date') }, span: decl.asOf.span, claim: decl.name });
    }
    // An imported fact that was overridden is used by no claim: the claims file's own input is.
    const claims = used.has(`${decl.span.file}:${decl.span.line}:${decl.span.column}`) ? usedBy.get(decl.name) ?? [] : [];
    const use: FactUse = {
      fact: decl.fact?.value ?? decl.name,
      input: decl.name,
      value: valueText(decl),
      span: decl.span,
      ...(decl.origin !== undefined ? { origin: decl.origin } : {}),
      ...(decl.source ? { source: decl.source.value } : {}),
      ...(decl.url ? { url: decl.url.value } : {}),
      ...(decl.asOf ? { asOf: decl.asOf.value } : {}),
      ...(maxAge !== undefined ? { maxAge } : {}),
      cumulative: decl.cumulative?.value ?? category?.cumulative ?? false,
      usedBy: claims,
    };
    if (runDay !== undefined && asOfDay !== undefined) {
      use.ageDays = runDay - asOfDay;
      use.ageOn = isoDate(runDay);
      const duration = maxAge === undefined ? undefined : parseDuration(maxAge);
      if (duration !== undefined) {
        use.stale = runDay > addDuration(asOfDay, duration);
        if (use.stale && claims.length > 0) {
          problems.push({
            kind: 'fact-stale',
            data: { name: decl.name, age: describeAge(use.ageDays), date: isoDate(runDay), as_of: decl.asOf!.value, max_age: maxAge!, claims: claims.join(', ') },
            span: decl.asOf!.span,
            claim: decl.name,
          });
        }
      }
    }
    const si = siSet(decl, fc);
    if (si) use.si = si;
    uses.push(use);
  }
  return uses;
}

/** The run's date: `--as-of`, else the file's `as_of:`, else today. A bad file date is reported. */
function runDate(fc: FactsContext): number | undefined {
  if (fc.asOf !== undefined) return parseIsoDate(fc.asOf);
  const own = fc.file.asOf;
  if (own !== undefined) {
    const day = parseIsoDate(own.value);
    if (day !== undefined) return day;
    fc.problems.push({ kind: 'bad-date', data: { what: phrase('what-file-as-of'), text: own.value, expected: phrase('expect-iso-date') }, span: own.span });
  }
  return fc.today === undefined ? undefined : parseIsoDate(fc.today);
}

/**
 * For each of the `names` (inputs), the claims that use it, directly or
 * through other claims, in file order: one walk up the reversed dependency
 * graph per name, so a file of 10,000 claims costs 10,000 steps per fact.
 */
function claimsUsing(file: ClaimsFile, dependencies: (name: string) => readonly string[], names: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (names.size === 0) return out;
  const dependents = new Map<string, string[]>();
  for (const claim of file.claims) {
    for (const used of dependencies(claim.name)) {
      const list = dependents.get(used) ?? [];
      list.push(claim.name);
      dependents.set(used, list);
    }
  }
  const order = new Map(file.claims.map((c, i) => [c.name, i]));
  for (const name of names) {
    const seen = new Set<string>();
    const stack = [...(dependents.get(name) ?? [])];
    while (stack.length > 0) {
      const claim = stack.pop()!;
      if (seen.has(claim)) continue;
      seen.add(claim);
      stack.push(...(dependents.get(claim) ?? []));
    }
    out.set(name, [...seen].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
  }
  return out;
}

function valueText(decl: InputDecl): string {
  if (decl.value.form === 'text') return decl.value.text.length > 80 ? `${decl.value.text.slice(0, 77)}…` : decl.value.text;
  const f = decl.value.fields;
  const amount = f.value !== undefined ? String(f.value) : `${String(f.low)} to ${String(f.high)}`;
  return `${f.hedge ? `${f.hedge} ` : ''}${amount}${f.unit ? ` ${f.unit}` : ''}`;
}

/** What the value's words admit, in SI units; undefined when it cannot be read. */
function siSet(decl: InputDecl, fc: FactsContext): FactUse['si'] {
  if (decl.value.form === 'text' && decl.value.text.trim() === '') return undefined;
  const { quantity } = parseQuantity(decl.value, fc.ctx);
  if (!quantity) return undefined;
  const resolved = fc.registry.resolve(quantity.unit);
  if (!('unit' in resolved)) return undefined;
  const { factor, dimension } = resolved.unit;
  const set = admissibleSet(quantity);
  const lowSet = set.kind === 'single' ? set.set : set.low;
  const highSet = set.kind === 'single' ? set.set : set.high;
  const finite = (x: number): number | null => (Number.isFinite(x) ? x * factor : null);
  return { low: finite(lowSet.low), high: finite(highSet.high), lowOpen: lowSet.lowOpen, highOpen: highSet.highOpen, dimension };
}
