/**
 * @file Checks one claims file: runs the stages in order (load → units →
 * quantities → resolve → evaluate → judge) and assembles the file's result.
 * Pure over its inputs: takes the file's text and the rules, returns data;
 * reading files and printing belong to the callers.
 */

import { fileView } from './file-view.js';
import type { ClaimResult, ClaimsFile, FileResult, Finding, Problem, Quantity, Rules, Span } from '../types.js';
import { loadClaimsFile } from '../load/index.js';
import { computesReading, createUnitRegistry, isTemperatureReading, type ReadingScope, type UnitRegistry } from '../units/index.js';
import { isDifferenceOfPercents, writtenAs, type WrittenAs, type WrittenScope } from './display-unit.js';
import type { QuantityContext } from '../quantity/index.js';
import { resolveModel, type ResolvedModel } from '../resolve/index.js';
import { createEvaluator, signedText, type Value } from '../evaluate/index.js';
import { createFinding } from '../findings/index.js';
import { articleDisplayPath, bindArticles, type Binding, type ReadArticle } from '../bind/index.js';
import { brokenInputNames, readInputs, type ReadInput } from './inputs.js';
import { judgeOne, type FileContext } from './judge-claim.js';
import { importFacts, type ImportedFact, type LoadFacts, type ReadFacts } from '../facts/import.js';
import { factUses } from './facts.js';
import { compareText } from '../text/collate.js';

/** The rules a claims file uses, once its `rules:` key is known. */
export type RulesFor = (file: ClaimsFile) => Rules;

/** Optional ports of {@link checkClaimsText}. */
export interface CheckTextOptions {
  /**
   * Reads an article named by `article:` (the path as written). Without it no
   * article is read and the checks of contract §8 are skipped: the function
   * stays free of I/O. `check()` passes a reader that keeps paths inside the
   * repository.
   */
  readArticle?: ReadArticle;
  /**
   * Reads a facts file named by `facts:` (relative to the file naming it).
   * Without it no facts file is read (and `overrides:`/`fact:` are not
   * checked against facts). `check()` passes a reader that keeps paths
   * inside the repository.
   */
  readFacts?: ReadFacts;
  /** Parses a facts file's text (default: the loader; `check()` shares a memo of it between files). */
  loadFacts?: LoadFacts;
  /** `--as-of`: the date (ISO) facts' ages are measured on, before the file's own `as_of:`. */
  asOf?: string;
  /** Today's date (ISO), when neither `--as-of` nor `as_of:` gives one; without it ages are not checked. */
  today?: string;
  /** The largest claims text read, in bytes (default 5 MB: `MAX_BYTES` of the loader). */
  maxBytes?: number;
  /** Adds `view` to the result: the articles with their numbers marked, and the inputs (for the HTML report). */
  view?: boolean;
}

/** A checked file with what `explain` needs besides the result. */
export interface FileAnalysis {
  result: FileResult;
  file: ClaimsFile;
  /** What binding to the article found (when an article reader was given and `article:` is set); its `articles` only with the `view` option. */
  binding?: Binding;
  /** The names (inputs and claims) a claim's expression uses. */
  dependencies: (name: string) => readonly string[];
  /** The parsed value of each readable input. */
  inputQuantities: ReadonlyMap<string, Quantity>;
}

/** A unit registry and the quantity context over it, as files with the same rules and `units:` share them. */
interface UnitSetup {
  registry: UnitRegistry;
  ctx: QuantityContext;
}

/**
 * Registries already built, per rules object (the engine hands every file of
 * a folder the same one), by the file's own unit rows. Building one (and the
 * quantity tables over it) took about 1 ms a file; files of one project
 * usually declare the same units. A registry does not change once built
 * (its custom units are resolved as it is made), so sharing it is safe.
 */
const unitSetups = new WeakMap<Rules, Map<string, UnitSetup>>();
/** Distinct `units:` blocks kept per rules object. */
const MAX_UNIT_SETUPS = 64;

/** The unit registry and quantity context for `file` under `rules`, and the unit rows' problems (only a clean registry is shared). */
function unitSetup(rules: Rules, file: ClaimsFile): UnitSetup & { problems: Problem[] } {
  let known = unitSetups.get(rules);
  if (!known) unitSetups.set(rules, (known = new Map()));
  // Everything of a unit row the registry reads; of its span only whether it is this file's own row (name collisions compare files).
  const key = JSON.stringify(file.units.map((u) => [u.name, u.aliases, u.symbols ?? null, u.shadows ?? null, u.definition ?? null, u.span?.file === file.path ? 0 : u.span?.file ?? null]));
  const shared = known.get(key);
  if (shared) return { ...shared, problems: [] };
  const { registry, problems } = createUnitRegistry([...rules.units.values(), ...file.units]);
  const setup: UnitSetup = { registry, ctx: { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols } };
  if (problems.length === 0 && known.size < MAX_UNIT_SETUPS) known.set(key, setup);
  return { ...setup, problems };
}

/** Checks the text of one claims file. `path` is how spans name the file. */
export function checkClaimsText(text: string, path: string, rulesFor: Rules | RulesFor, options: CheckTextOptions = {}): FileResult {
  return analyzeClaimsText(text, path, rulesFor, options).result;
}

/** {@link checkClaimsText}, keeping the model, the binding and the dependencies (for `explain`). */
export function analyzeClaimsText(text: string, path: string, rulesFor: Rules | RulesFor, options: CheckTextOptions = {}): FileAnalysis {
  const problems: Problem[] = [];
  const { file: loaded, problems: loadProblems } = loadClaimsFile(text, path, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {});
  problems.push(...loadProblems);
  // Shared facts: the facts files' named inputs join the file's own (contract extension "Shared facts").
  let file = loaded;
  let imported: ImportedFact[] = [];
  if (options.readFacts && (loaded.facts !== undefined || loaded.inputs.some((i) => i.overrides?.value === true))) {
    const got = importFacts(loaded, options.readFacts, options.loadFacts);
    problems.push(...got.problems);
    file = { ...loaded, inputs: got.inputs, units: got.units };
    imported = got.facts;
  }
  const rules = typeof rulesFor === 'function' ? rulesFor(file) : rulesFor;

  const { registry, ctx, problems: unitProblems } = unitSetup(rules, file);
  problems.push(...unitProblems);

  const inputs = readInputs(file, ctx, registry, problems);
  const { model, problems: resolveProblems } = resolveModel(file, registry);
  const values = new Map<string, Value>();
  const texts = new Map<string, string>();
  for (const [name, input] of inputs) {
    values.set(name, input.value);
    // Traces show inputs as written, a change as the signed number the arithmetic uses; a 10,000-digit value is shortened there (§10).
    const written = signedText(input.quantity);
    texts.set(name, written.length > 80 ? `${written.slice(0, 40)}…${written.slice(-12)}` : written);
  }
  const evaluator = createEvaluator(model, values, texts);

  const claimProblems = new Map<string, Problem>();
  const claimNames = new Set(file.claims.map((c) => c.name));
  // A claim the loader already found broken (no compute) takes the loader's first schema problem about it as its verdict.
  // One pass over the problems (names are unique: the loader dropped repeats), not a search per claim.
  const broken = new Set(file.claims.filter((decl) => decl.compute.value.trim() === '').map((decl) => decl.name));
  if (broken.size > 0) {
    const taken = new Set<Problem>();
    for (const p of problems) {
      if (p.kind !== 'schema' || p.claim === undefined || !broken.has(p.claim) || claimProblems.has(p.claim)) continue;
      claimProblems.set(p.claim, p);
      taken.add(p);
    }
    if (taken.size > 0) {
      const kept = problems.filter((p) => !taken.has(p));
      problems.length = 0;
      for (const p of kept) problems.push(p);
    }
  }
  for (const [name, problem] of model.broken) if (!claimProblems.has(name)) claimProblems.set(name, problem);
  for (const problem of resolveProblems) {
    if (problem.claim !== undefined && claimNames.has(problem.claim)) {
      if (!claimProblems.has(problem.claim)) claimProblems.set(problem.claim, problem);
    } else problems.push(problem);
  }

  // Contract §8: quotes, agreement, stated values read from quotes, coverage.
  const inputQuantities = new Map([...inputs].map(([name, input]) => [name, input.quantity]));
  const binding = options.readArticle ? bindArticles({
    file, ctx, read: options.readArticle, inputs: inputQuantities,
    units: (expression) => { const r = registry.resolve(expression); return 'unit' in r ? r.unit : undefined; },
  }) : undefined;
  if (binding) {
    // Not a spread: an article's findings may outnumber a call's arguments (200,000 numbers in one sentence).
    for (const problem of binding.problems) problems.push(problem);
    for (const [name, problem] of binding.claimProblems) if (!claimProblems.has(name)) claimProblems.set(name, problem);
    // The articles as read (text, token index, numbers: about 25 bytes per character of article) are read
    // again only for the HTML view; without one they go before the claims are judged, not after.
    if (!options.view) binding.articles = [];
  }
  const statedFromQuote = binding?.statedFromQuote ?? new Map<string, { quantity: Quantity; span: Span }>();

  const dependencies = (name: string): readonly string[] => model.claims.get(name)?.dependsOn ?? [];
  const brokenInputs = brokenInputNames(file, inputs);
  const writtenForms = claimForms(model, inputs);
  const readingScope: ReadingScope = {
    inputIsReading: (n) => { const i = inputs.get(n); return i ? isTemperatureReading(i.quantity, i.unit) : model.inputs.has(n) ? false : undefined; },
    claimNode: (n) => model.claims.get(n)?.node,
  };
  // One context for every claim of the file, its three questions made once: built per claim, it was an
  // object and three closures for each of 10,000 claims, all alike.
  const fileContext: FileContext = {
    file, rules, registry, ctx, inputs, evaluator, brokenInputs, claimProblems, problems, dependencies, statedFromQuote,
    quoteNotFound: binding?.quoteNotFound ?? new Map(),
    computesReading: (name) => {
      const node = model.claims.get(name)?.node;
      return node !== undefined && computesReading(node, readingScope);
    },
    writtenAs: (name) => writtenForms.claimForm(name) ?? 'other',
    subtractsPercents: (name) => {
      const node = model.claims.get(name)?.node;
      return node !== undefined && isDifferenceOfPercents(node, writtenForms);
    },
  };
  // A loop, not map: map's array is packed in the interpreter and holey once this function is
  // optimized, and the summary's and the JSON writer's optimized code was thrown away at the change.
  const claims: ClaimResult[] = [];
  for (const decl of file.claims) claims.push(judgeOne(decl, fileContext));

  const facts = options.readFacts || file.inputs.some((i) => i.fact !== undefined)
    ? factUses({ file, imported, rules, ctx, registry, dependencies, problems, ...(options.asOf !== undefined ? { asOf: options.asOf } : {}), ...(options.today !== undefined ? { today: options.today } : {}) })
    : [];

  const findings: Finding[] = problems.map((p) => createFinding(rules, p));
  const articles = (file.articles ?? []).map((a) => articleDisplayPath(path, a.value));
  const result: FileResult = {
    path,
    ...(file.title ? { title: file.title.value } : {}),
    ...(file.article ? { article: articleDisplayPath(path, file.article.value) } : {}),
    ...(articles.length > 0 ? { articles } : {}),
    claims,
    findings: sortFindings(findings),
    ...(binding?.coverage ? { coverage: binding.coverage } : {}),
    ...(facts.length > 0 ? { facts } : {}),
  };
  if (options.view) result.view = fileView(file, claims, result.findings, binding, dependencies);
  return { result, file, ...(binding ? { binding } : {}), dependencies, inputQuantities };
}

/** Findings in file, line, column order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.kind, b.kind));
}

/** Claims a claim's written form is read through, at most (a longer chain shows as a plain number). */
const MAX_FORM_DEPTH = 64;

/**
 * How each claim's plain number is written (display-unit.ts, writtenAs), read
 * on demand and remembered: a claim used by many is read once, and a chain of
 * claims is followed at most {@link MAX_FORM_DEPTH} deep (a cycle not at all).
 */
function claimForms(model: ResolvedModel, inputs: ReadonlyMap<string, ReadInput>): WrittenScope {
  const known = new Map<string, WrittenAs>();
  const reading = new Set<string>();
  let cut = false;
  const scope: WrittenScope = {
    inputDisplay: (n) => {
      const i = inputs.get(n);
      if (i) return i.quantity.unit === '' ? i.quantity.display : 'unit';
      return model.inputs.has(n) ? 'unit' : undefined;
    },
    claimForm: (n) => {
      const done = known.get(n);
      if (done !== undefined) return done;
      const node = model.claims.get(n)?.node;
      if (node === undefined) return undefined;
      if (reading.has(n) || reading.size >= MAX_FORM_DEPTH) {
        cut = true;
        return 'other';
      }
      reading.add(n);
      const form = writtenAs(node, scope);
      reading.delete(n);
      // A form read through a cut chain is not remembered: read from nearer, it may differ.
      if (!cut) known.set(n, form);
      if (reading.size === 0) cut = false;
      return form;
    },
  };
  return scope;
}
