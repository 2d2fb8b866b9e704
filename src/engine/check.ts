/**
 * @file The library's entry: `check(paths, options)` finds the claims files,
 * loads the rules each one uses, checks each file and adds up the summary.
 * Reads files; never prints. Setup problems throw `SetupError`; problems in a
 * claims file are findings in its result.
 */

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CheckReport, FileResult, Problem, Rules, Summary } from '../types.js';
import { defaultRulesDir, loadRules } from '../rules/index.js';
import { checkClaimsText, type RulesFor } from './check-file.js';
import { discoverClaimsFiles } from './discover.js';
import { SetupError } from './errors.js';

export interface CheckOptions {
  /** Where relative paths start (default: the process's working directory). */
  cwd?: string;
  /** Extra rules folders (`--rules DIR`), applied after the defaults and before a project's own. */
  rulesDirs?: readonly string[];
  /** Called after each file, for progress on long runs. */
  onFile?: (done: number, total: number, path: string) => void;
}

/** Largest claims file read, in bytes: past this the file is refused with a finding. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Checks the claims files `paths` name (default `./claims.yaml`). */
export async function check(paths: readonly string[], options: CheckOptions = {}): Promise<CheckReport> {
  const cwd = options.cwd ?? process.cwd();
  const files = discoverClaimsFiles(paths, cwd);
  const rulesCache = new Map<string, Rules>();
  const results: FileResult[] = [];
  for (const [index, path] of files.entries()) {
    const absolute = resolve(cwd, path);
    const text = readClaimsText(absolute, path);
    results.push(checkClaimsText(text, path, rulesForFile(absolute, options, rulesCache)));
    options.onFile?.(index + 1, files.length, path);
  }
  return { version: 1, files: results, summary: summarize(results) };
}

function readClaimsText(absolute: string, shown: string): string {
  let size: number;
  try {
    size = statSync(absolute).size;
  } catch {
    throw new SetupError(`cannot read ${shown}`);
  }
  // The loader reports an oversized file as a finding; read only enough to say so.
  if (size > MAX_FILE_BYTES) return ' '.repeat(MAX_FILE_BYTES + 1);
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new SetupError(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * The rules one claims file uses: defaults, then `--rules` folders, then the
 * project's own `rules/` beside the claims file, then the file's `rules:` key.
 */
function rulesForFile(absolute: string, options: CheckOptions, cache: Map<string, Rules>): RulesFor {
  return (file) => {
    const dirs = [...(options.rulesDirs ?? []).map((d) => resolve(options.cwd ?? process.cwd(), d))];
    const beside = join(dirname(absolute), 'rules');
    if (existsSync(beside) && statSync(beside).isDirectory() && resolve(beside) !== resolve(defaultRulesDir())) dirs.push(beside);
    if (file.rules) dirs.push(resolve(dirname(absolute), file.rules.value));
    const key = dirs.join('\n');
    const cached = cache.get(key);
    if (cached) return cached;
    const { rules, problems } = loadRules(dirs);
    if (problems.length > 0) throw new SetupError('the rules cannot be used', problems.map(describeProblem));
    cache.set(key, rules);
    return rules;
  };
}

function describeProblem(p: Problem): string {
  return `${p.span.file}:${p.span.line}:${p.span.column}: ${String(p.data['reason'] ?? p.kind)}`;
}

/** Adds up verdicts and findings over all files. */
export function summarize(files: readonly FileResult[]): Summary {
  const summary: Summary = { pass: 0, warn: 0, fail: 0, error: 0, info: 0, allowed: 0, errors: 0, warnings: 0 };
  for (const file of files) {
    for (const claim of file.claims) {
      if (claim.allowed !== undefined) summary.allowed++;
      else summary[claim.verdict]++;
    }
    for (const finding of file.findings) {
      if (finding.severity === 'error') summary.errors++;
      else if (finding.severity === 'warning') summary.warnings++;
    }
  }
  return summary;
}

/**
 * The exit status the contract gives a report: 1 when a claim failed or
 * errored (and is not allowed) or a finding is an error — and, with
 * `strict`, when anything warned; 0 otherwise.
 */
export function exitStatus(report: CheckReport, options: { strict?: boolean; maxWarnings?: number } = {}): 0 | 1 {
  let failing = false;
  let warnings = 0;
  for (const file of report.files) {
    for (const claim of file.claims) {
      if (claim.allowed !== undefined) continue;
      if (claim.severity === 'error' && (claim.verdict === 'fail' || claim.verdict === 'error')) failing = true;
      else if (claim.verdict === 'warn' || claim.severity === 'warning') warnings++;
    }
    for (const finding of file.findings) {
      if (finding.severity === 'error') failing = true;
      else if (finding.severity === 'warning') warnings++;
    }
  }
  if (failing) return 1;
  const limit = options.strict ? 0 : options.maxWarnings;
  return limit !== undefined && limit >= 0 && warnings > limit ? 1 : 0;
}
