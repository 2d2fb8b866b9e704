/**
 * @file Importing shared facts (the `facts:` key): reads the facts files a
 * claims file names — and the facts files they name, depth first — through a
 * reading port, and merges their named inputs with the claims file's own.
 *
 * The rule for one name defined twice is the same everywhere: a later
 * definition (a facts file's own input after the files it imports, a second
 * facts file after the first, the claims file after all of them) replaces the
 * earlier one only with `overrides: true`; without it the earlier one stays
 * and the later one is a `fact-override` error that names both places. A
 * facts file reached twice through different paths is read once; one that
 * imports itself, directly or not, is a `facts-file` error naming the circle.
 *
 * Pure over the port: reads files only through `ReadFacts`; never throws.
 */

import { loadFactsFile } from '../load/index.js';
import { suggestion } from '../text/suggest.js';
import type { ClaimsFile, FactsFile, InputDecl, Located, MessageValue, Problem, Span, UnitRule } from '../types.js';
import { phrase } from '../findings/interpolate.js';

/**
 * {@link loadFactsFile} remembering its last results by path and text: the
 * claims files of a run usually import the same facts file, which is then
 * parsed once (per worker). The models are never changed after loading.
 */
export function memoFactsLoader(): LoadFacts {
  const memo = new Map<string, { text: string; loaded: ReturnType<LoadFacts> }>();
  return (text, path) => {
    const known = memo.get(path);
    if (known && known.text === text) return known.loaded;
    const loaded = loadFactsFile(text, path);
    memo.set(path, { text, loaded });
    return loaded;
  };
}

/** A facts file's text, with an id that is the same however the file is reached (its real path), and its path as reports show it. */
export type FactsRead = { text: string; id: string; shown: string } | { problem: MessageValue };

/**
 * Reads the facts file `path` (as written), relative to the file that names
 * it: the facts file with id `from`, or the claims file when absent.
 */
export type ReadFacts = (path: string, from?: string) => FactsRead;

/** An imported fact: its declaration (spans in its facts file) and that file's default max_age. */
export interface ImportedFact {
  decl: InputDecl;
  /** The facts file's `max_age:`, used when the fact has none. */
  fileMaxAge?: Located<string>;
}

/** What importing gives the engine. */
export interface ImportResult {
  /** The inputs the claims use: imported facts (unless overridden), then the file's own inputs. */
  inputs: InputDecl[];
  /** Units of the facts files, then the claims file's own (a name the claims file declares is its own). */
  units: UnitRule[];
  /** Every fact imported, the overridden ones included (for conflicts and `claimcheck facts`). */
  facts: ImportedFact[];
  /** The facts files read, as shown. */
  files: string[];
  problems: Problem[];
}

/** Where a declaration stands, for messages: "facts/world.yaml:12:3". */
export function placeOf(span: Span): string {
  return `${span.file}:${span.line}:${span.column}`;
}

/** Reads a facts file's text into its model (the loader's `loadFactsFile`, or a memo of it shared by the files of a run). */
export type LoadFacts = typeof loadFactsFile;

/** Imports the facts files `file.facts` names and merges them with its inputs. */
export function importFacts(file: ClaimsFile, read: ReadFacts, load: LoadFacts = loadFactsFile): ImportResult {
  const problems: Problem[] = [];
  const byName = new Map<string, ImportedFact>();
  const all: ImportedFact[] = [];
  const units: UnitRule[] = [];
  const files: string[] = [];
  const done = new Set<string>();

  /** Adds one definition under the rule in the file comment; returns whether it took the name. */
  const define = (fact: ImportedFact): void => {
    const { decl } = fact;
    const earlier = byName.get(decl.name);
    if (earlier === undefined) {
      if (decl.overrides?.value === true) problems.push(unknownFact('the input', decl.name, decl.overrides.span, files, byName.keys()));
      byName.set(decl.name, fact);
    } else if (decl.overrides?.value === true) {
      byName.set(decl.name, fact);
    } else {
      problems.push({ kind: 'fact-override', data: { name: decl.name, fact_place: placeOf(earlier.decl.span) }, span: decl.span, claim: decl.name });
    }
  };

  const visit = (entry: Located<string>, from: string | undefined, chain: { id: string; shown: string }[]): void => {
    const got = read(entry.value, from);
    if ('problem' in got) {
      problems.push({ kind: 'facts-file', data: { reason: got.problem }, span: entry.span });
      return;
    }
    const at = chain.findIndex((c) => c.id === got.id);
    if (at >= 0) {
      const circle = [...chain.slice(at).map((c) => c.shown), got.shown].join(' → ');
      problems.push({ kind: 'facts-file', data: { reason: { phrase: 'facts-circle', data: { circle } } }, span: entry.span });
      return;
    }
    if (done.has(got.id)) return;
    done.add(got.id);
    const { file: facts, problems: loadProblems } = load(got.text, got.shown);
    problems.push(...loadProblems);
    files.push(got.shown);
    for (const nested of facts.facts ?? []) visit(nested, got.id, [...chain, { id: got.id, shown: got.shown }]);
    units.push(...facts.units);
    for (const decl of facts.inputs) {
      const fact: ImportedFact = { decl: { ...decl, origin: got.shown }, ...(facts.maxAge ? { fileMaxAge: facts.maxAge } : {}) };
      all.push(fact);
      define(fact);
    }
  };
  for (const entry of file.facts ?? []) visit(entry, undefined, []);

  // The claims file's own inputs come last: they replace a fact only with `overrides: true`.
  const own = new Map<string, InputDecl>();
  for (const decl of file.inputs) {
    const earlier = byName.get(decl.name);
    if (earlier === undefined) {
      if (decl.overrides?.value === true) problems.push(unknownFact('the input', decl.name, decl.overrides.span, files, byName.keys(), file.facts !== undefined));
      own.set(decl.name, decl);
    } else if (decl.overrides?.value === true) {
      byName.delete(decl.name);
      own.set(decl.name, decl);
    } else {
      problems.push({ kind: 'fact-override', data: { name: decl.name, fact_place: placeOf(earlier.decl.span) }, span: decl.span, claim: decl.name });
    }
    if (decl.fact !== undefined && (file.facts ?? []).length > 0 && !all.some((f) => factName(f.decl) === decl.fact!.value)) {
      problems.push(unknownFact('the fact', decl.fact.value, decl.fact.span, files, all.map((f) => factName(f.decl))));
    }
  }
  const ownUnits = new Set(file.units.map((u) => u.name));
  const seenUnits = new Set<string>();
  const mergedUnits = [
    ...units.filter((u) => !ownUnits.has(u.name) && !seenUnits.has(u.name) && seenUnits.add(u.name)),
    ...file.units,
  ];
  return { inputs: [...[...byName.values()].map((f) => f.decl), ...own.values()], units: mergedUnits, facts: all, files, problems };
}

/** The shared fact a declaration is a value of: its `fact:`, else its name. */
export function factName(decl: InputDecl): string {
  return decl.fact?.value ?? decl.name;
}

function unknownFact(what: string, name: string, span: Span, files: readonly string[], known: Iterable<string>, imports = true): Problem {
  const where = files.length > 0 ? files.join(', ') : phrase(imports ? 'facts-none-read' : 'facts-no-key');
  return { kind: 'unknown-fact', data: { what, name, files: where, suggestion: suggestion(name, known) }, span, claim: name };
}
