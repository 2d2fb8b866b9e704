/**
 * @file Loads the rule tables: the defaults shipped in the package's `rules/`
 * folder, then each extra folder (a project's `rules/`, `--rules DIR`, the
 * claims file's `rules:` key) overriding entries key by key. Reading files is
 * the only I/O here; parsing and checking is in `./tables.ts`.
 */

import { existsSync, lstatSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckRule, HedgeRule, Problem, Rules, Span } from '../types.js';
import { emptyTables, parseTable, quotedName, TABLE_NAMES, type PartialTables } from './tables.js';
import { tablesFromEmbedded, type EmbeddedRules } from './embed.js';
import { locateFolder, readGuardedText } from '../io/read-guarded.js';
import { isInside, realPath, repositoryOf } from '../io/repository.js';
import { excerpt } from '../io/excerpt.js';
import { startOfFile } from '../text/span.js';
import { phrase } from '../findings/interpolate.js';

/** The default tables parsed at build time (scripts/build.mjs); undefined when running from the sources. */
declare const CLAIMCHECK_DEFAULT_RULES: EmbeddedRules | undefined;

export { parseFraction } from './tables.js';

/** The folder of default rules shipped with the tool (works from src/ and from the bundled dist/). */
export function defaultRulesDir(): string {
  if (foundRulesDir !== undefined && existsSync(join(foundRulesDir, 'checks.yaml'))) return foundRulesDir;
  foundRulesDir = searchRulesDir();
  return foundRulesDir;
}

let foundRulesDir: string | undefined;

function searchRulesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'rules');
    if (existsSync(join(candidate, 'checks.yaml')) && existsSync(join(dir, 'package.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('claimcheck is installed without its rules/ folder');
}

let defaults: Rules | undefined;

/** The default rules, loaded once. Throws only if the installed package itself is broken. */
export function loadDefaultRules(): Rules {
  if (!defaults) {
    const { rules, problems } = loadRules([]);
    if (problems.length > 0) throw new Error(`claimcheck's own rules are broken: ${JSON.stringify(problems[0])}`);
    defaults = rules;
  }
  return defaults;
}

export interface LoadRulesOptions {
  /**
   * The working directory (default: the process's): its repository is "the
   * project". Messages about a rules file outside it never quote the file.
   */
  cwd?: string;
  /**
   * Folders the person running claimcheck named (`--rules DIR`): their
   * messages may quote the files wherever they are, as for the project's own.
   */
  named?: readonly string[];
}

/**
 * Loads the defaults plus `extraDirs` in order, later folders overriding
 * earlier ones entry by entry. Problems point into the offending YAML.
 */
export function loadRules(extraDirs: readonly string[], options: LoadRulesOptions = {}): { rules: Rules; problems: Problem[] } {
  const cwd = options.cwd ?? process.cwd();
  const tables = emptyTables();
  const problems: Problem[] = [];
  problems.push(...readDefaultRulesDir(defaultRulesDir(), tables, cwd));
  let anyUnquoted = false;
  for (const dir of extraDirs.map((d) => resolve(d))) {
    const named = (options.named ?? []).some((n) => resolve(n) === dir);
    if (!named && !inProject(dir, cwd)) anyUnquoted = true;
    problems.push(...readRulesDir(dir, tables, cwd, named));
  }
  const merged = finishRules(tables);
  // A row left incomplete may come from a folder outside the project: then its name is not quoted either.
  const finished = merged.problems.map((p) => (anyUnquoted ? { ...p, data: { ...p.data, reason: phrase('rules-entry-incomplete') } } : p));
  return { rules: merged.rules, problems: [...problems, ...finished] };
}

/** The default tables as last read, with the files' sizes and times they were read at. */
let defaultTables: { key: string; tables: PartialTables; problems: Problem[] } | undefined;

/**
 * Reads the default rules into the (empty) `into`: parsed once per process
 * and copied after that, unless a file changed (every check and every
 * `--watch` re-check loads the rules; parsing the tables cost more than
 * checking a small file). Rows are never changed in place, only replaced,
 * so the copies can share them.
 */
function readDefaultRulesDir(dir: string, into: PartialTables, cwd: string): Problem[] {
  const stamp = (name: string): string => {
    try {
      const s = statSync(join(dir, `${name}.yaml`));
      return `${s.size}:${s.mtimeMs}`;
    } catch {
      return '-';
    }
  };
  const key = [dir, ...TABLE_NAMES.map(stamp)].join('\n');
  if (defaultTables?.key !== key) {
    const embedded = typeof CLAIMCHECK_DEFAULT_RULES === 'object' && embeddedStillCurrent(CLAIMCHECK_DEFAULT_RULES, dir) ? CLAIMCHECK_DEFAULT_RULES : undefined;
    if (embedded) {
      defaultTables = { key, tables: tablesFromEmbedded(embedded, dir), problems: [] };
    } else {
      const tables = emptyTables();
      defaultTables = { key, tables, problems: readRulesDir(dir, tables, cwd) };
    }
  }
  for (const [name, value] of Object.entries(defaultTables.tables)) {
    (into as unknown as Record<string, unknown>)[name] = value instanceof Map ? new Map(value) : value;
  }
  return [...defaultTables.problems];
}

/** Whether the files in `dir` still hold the texts the bundle's tables were parsed from. */
function embeddedStillCurrent(embedded: EmbeddedRules, dir: string): boolean {
  for (const name of TABLE_NAMES) {
    const read = readGuardedText(join(dir, `${name}.yaml`), { kind: 'rules', root: dirname(dir) });
    const text = read.ok ? read.text : null;
    if (text !== embedded.texts[name]) return false;
  }
  return true;
}

/**
 * Reads one rules folder's tables into `into`. Each file goes through the
 * guarded reader: it must stay inside the folder's repository (a
 * `hedges.yaml` that links to /dev/zero or /proc/self/environ is refused
 * unread), be a regular file and be at most 1 MB. Messages about a folder
 * outside the project quote nothing of its files.
 */
function readRulesDir(dir: string, into: PartialTables, cwd: string, named = false): Problem[] {
  const where: Span = startOfFile(dir);
  const repository = repositoryOf(join(dir, 'hedges.yaml'), cwd);
  const found = locateFolder(dir, repository.root, phrase('folder-kind-rules'), dir);
  if (!found.ok) return [{ kind: 'rules', data: { reason: found.reason }, span: where }];
  const quoted = named || inProject(dir, cwd);
  const problems: Problem[] = [];
  for (const name of TABLE_NAMES) {
    const file = join(dir, `${name}.yaml`);
    // Named as reports name files: from the working directory when it is below it (rules/units.yaml).
    const shown = shownPath(file, cwd);
    const read = readGuardedText(file, { kind: 'rules', root: repository.root, shown });
    if (!read.ok) {
      if (read.refusal !== 'missing' || lstatOrUndefined(file) !== undefined) problems.push({ kind: 'rules', data: { reason: read.reason }, span: { ...where, file: shown } });
      continue;
    }
    // The table's problems name its entries as 80-character escaped excerpts (src/rules/tables.ts).
    for (const problem of parseTable(name, read.text.replace(/^\uFEFF/, ''), shown, into)) {
      problems.push(quoted ? problem : { ...problem, data: { ...problem.data, reason: phrase('rules-entry-hidden') } });
    }
  }
  return problems;
}

/** `path` relative to `cwd` when it lies below it, else as it is. */
function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** Whether a rules folder is part of the project: in a git repository, or inside the working directory's. */
function inProject(dir: string, cwd: string): boolean {
  if (repositoryOf(join(dir, 'hedges.yaml'), cwd).found !== 'folder') return true;
  return isInside(repositoryOf(join(cwd, 'claims.yaml'), cwd).root, realPath(dir));
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Turns merged partial rows into complete rules; a row still missing a required field is a problem. */
export function finishRules(tables: PartialTables): { rules: Rules; problems: Problem[] } {
  const problems: Problem[] = [];
  const nowhere: Span = startOfFile('rules');
  const hedges = new Map<string, HedgeRule>();
  for (const [hedge, row] of tables.hedges) {
    if (row.side === undefined) {
      problems.push({ kind: 'rules', data: { reason: phrase('rules-hedge-needs-side', { hedge: phrase('rules-hedge', { name: quotedName(hedge) }) }) }, span: nowhere });
      continue;
    }
    hedges.set(hedge, { phrase: hedge, side: row.side, tolerance: row.tolerance ?? 0.1, inclusive: row.inclusive ?? false });
  }
  const checks = new Map<string, CheckRule>();
  for (const [kind, row] of tables.checks) {
    if (row.message === undefined || row.severity === undefined) {
      problems.push({ kind: 'rules', data: { reason: phrase('rules-check-needs', { check: phrase('rules-check', { name: quotedName(kind) }) }) }, span: nowhere });
      continue;
    }
    checks.set(kind, { kind, severity: row.severity, description: row.description ?? '', message: row.message, ...(row.note ? { note: row.note } : {}), ...(row.hint ? { hint: row.hint } : {}) });
  }
  const rules: Rules = {
    hedges,
    numbers: {
      words: tables.words,
      scales: tables.scales,
      wordTolerance: tables.wordTolerance ?? 0.05,
      significantFigures: tables.significantFigures ?? 2,
      digitWords: tables.digitWords,
      multipliers: tables.multipliers,
      timesWords: tables.timesWords,
      changesBefore: tables.changesBefore,
      changesAfter: tables.changesAfter,
      changeAdverbs: tables.changeAdverbs,
      lengthWords: tables.lengthWords,
      vagueWords: tables.vagueWords,
      emphasisWords: tables.emphasisWords,
      rateWords: tables.rateWords,
      currencyAfter: tables.currencyAfter,
    },
    units: tables.units,
    checks,
    phrases: tables.phrases,
    looseTolerance: tables.looseTolerance ?? 0.05,
    grossFactor: tables.grossFactor ?? 2,
    factCategories: new Map([...tables.factCategories].map(([name, row]) => [name, { name, cumulative: row.cumulative ?? false, ...(row.maxAge !== undefined ? { maxAge: row.maxAge } : {}) }])),
  };
  return { rules, problems };
}
