/**
 * @file The library's entry: `check(paths, options)` finds the claims files,
 * loads the rules each one uses, checks each file and adds up the summary.
 * Reads files; never prints. Setup problems throw `SetupError`; problems in a
 * claims file are findings in its result.
 */

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { CheckReport, FileResult, Problem, Rules, Summary } from '../types.js';
import { defaultRulesDir, loadRules } from '../rules/index.js';
import { checkClaimsText, type RulesFor } from './check-file.js';
import { discoverClaimsFiles } from './discover.js';
import { SetupError } from './errors.js';
import { decodeClaimsBytes } from './decode.js';
import { outsideReason, repositoryRoot } from './inside.js';
import { createArticleReader } from '../bind/read-article.js';
import { createFinding } from '../findings/index.js';
import { globSync } from 'tinyglobby';
import { applyConfigToResult, applyConfigToRules, changesRules, emptyConfig, findConfigs, mergeConfigs, readConfigFile, type Config, type ConfigChain, type ConfigHost, type ConfigProblem } from '../config/index.js';
import { schemaProblems, withSchemaFindings } from '../schema/index.js';
import { checkOnWorkers, defaultWorkers } from './parallel.js';
import { sharingParses } from '../load/parse.js';

export interface CheckOptions {
  /** Where relative paths start (default: the process's working directory). */
  cwd?: string;
  /** Extra rules folders (`--rules DIR`), applied after the defaults and before a project's own. */
  rulesDirs?: readonly string[];
  /** Called after each file, for progress on long runs. */
  onFile?: (done: number, total: number, path: string) => void;
  /** `--config FILE`: use exactly this configuration file instead of searching from each claims file's folder. */
  configFile?: string;
  /**
   * Worker threads that check the files: 0 checks them in this thread. By
   * default one per core (at most 8) when there are more than 4 files and
   * more than one core. The report is the same either way, in the same order.
   */
  workers?: number;
  /**
   * Checks this text instead of finding files (`--stdin`): `path` is where it
   * stands (need not exist); its folder is where the article and the
   * configuration are looked for, and messages name it.
   */
  text?: { text: string; path: string };
  /** Adds each file's `view` (article text, marked numbers, inputs as written): what the HTML report shows. */
  view?: boolean;
}

/** Largest claims file read, in bytes: past this the file is refused with a finding. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Checks the claims files `paths` name (default `./claims.yaml`). */
export async function check(paths: readonly string[], options: CheckOptions = {}): Promise<CheckReport> {
  const cwd = options.cwd ?? process.cwd();
  const configs = configResolver(options);
  const ignored = ignoreMatcher();
  if (options.text) {
    const result = fileChecker(options, configs)(options.text.path);
    return { version: 1, files: [result], summary: summarize([result]) };
  }
  const files = discoverClaimsFiles(paths, cwd).filter((path) => !ignored(resolve(cwd, path), configs(resolve(cwd, path))));
  const workers = options.workers ?? defaultWorkers(files.length);
  const parallel = workers > 0 && files.length > 1 ? await checkOnWorkers(files, options, workers) : undefined;
  if (parallel) return { version: 1, files: parallel, summary: summarize(parallel) };
  const checkOne = fileChecker(options, configs);
  const results: FileResult[] = [];
  for (const [index, path] of files.entries()) {
    results.push(checkOne(path));
    options.onFile?.(index + 1, files.length, path);
  }
  return { version: 1, files: results, summary: summarize(results) };
}

/**
 * Checks one claims file at a time (`path` as `check` shows it), sharing the
 * loaded rules between files. The serial loop and each worker thread use it,
 * so both give the same results.
 */
export function fileChecker(options: CheckOptions, configs: (absolute: string) => Config = configResolver(options)): (path: string) => FileResult {
  const cwd = options.cwd ?? process.cwd();
  const rulesCache = new Map<string, Rules>();
  return (path) => {
    const absolute = resolve(cwd, path);
    const config = configs(absolute);
    const read = options.text && options.text.path === path ? { text: options.text.text } : readClaimsText(absolute, path, cwd);
    let used: Rules | undefined;
    const rulesFor: RulesFor = (file) => (used = rulesForFile(absolute, options, rulesCache, config)(file));
    const readArticle = createArticleReader(absolute, repositoryRoot(absolute, cwd));
    // The schema check and the loader parse the same text: once is enough,
    // and the document is released before the claims are evaluated.
    const checked = sharingParses(() => {
      const schema = 'text' in read ? schemaProblems(read.text, path) : [];
      const result = 'problem' in read ? unreadableFile(path, read.problem, rulesFor) : checkClaimsText(read.text, path, rulesFor, { readArticle, ...(options.view ? { view: true } : {}) });
      return 'text' in read && used ? withSchemaFindings(read.text, result, used, schema) : result;
    });
    return applyConfigToResult(checked, config);
  };
}

/** A claims file that cannot be decoded (not UTF-8): its one finding. */
function unreadableFile(path: string, problem: Problem, rulesFor: RulesFor): FileResult {
  const rules = rulesFor({ path, source: '', units: [], inputs: [], claims: [], ignore: [] });
  return { path, claims: [], findings: [createFinding(rules, problem)] };
}

/** The claims file's text (strict UTF-8), or the problem that keeps it from being read. */
function readClaimsText(absolute: string, shown: string, cwd: string): { text: string } | { problem: Problem } {
  // A claims file that is a symbolic link out of the repository (to /etc/passwd, say) is not read: its text would be framed in the output.
  const outside = outsideReason('the claims file', shown, cwd, repositoryRoot(absolute, cwd));
  if (outside !== undefined) {
    return { problem: { kind: 'schema', data: { reason: outside }, span: { file: shown, line: 1, column: 1, endLine: 1, endColumn: 1 } } };
  }
  let size: number;
  try {
    size = statSync(absolute).size;
  } catch {
    throw new SetupError(`cannot read ${shown}`);
  }
  // An oversized file is refused unread, with a finding.
  if (size > MAX_FILE_BYTES) {
    const mb = Math.max(2.1, Math.round((size / (1024 * 1024)) * 10) / 10);
    return { problem: { kind: 'schema', data: { reason: `the claims file is ${mb} MB; the limit is 2 MB` }, span: { file: shown, line: 1, column: 1, endLine: 1, endColumn: 1 } } };
  }
  try {
    return decodeClaimsBytes(readFileSync(absolute), shown);
  } catch (error) {
    throw new SetupError(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * The rules one claims file uses: defaults, then `--rules` folders, then the
 * project's own `rules/` beside the claims file, then the file's `rules:` key.
 */
function rulesForFile(absolute: string, options: CheckOptions, cache: Map<string, Rules>, config: Config = emptyConfig()): RulesFor {
  return (file) => {
    const dirs = [...config.rulesDirs, ...(options.rulesDirs ?? []).map((d) => resolve(options.cwd ?? process.cwd(), d))];
    const beside = join(dirname(absolute), 'rules');
    // A claims file comes from anyone: its rules may not come from outside the repository (§10).
    const root = repositoryRoot(absolute, options.cwd ?? process.cwd());
    if (existsSync(beside) && statSync(beside).isDirectory() && resolve(beside) !== resolve(defaultRulesDir())) {
      const why = outsideReason('the rules folder', beside, dirname(absolute), root);
      if (why !== undefined) throw new SetupError('the rules cannot be used', [`${file.path}: ${why}`]);
      dirs.push(beside);
    }
    if (file.rules) {
      const why = outsideReason('`rules:`', file.rules.value, dirname(absolute), root);
      const at = file.rules.span;
      if (why !== undefined) throw new SetupError('the rules cannot be used', [`${at.file}:${at.line}:${at.column}: ${why}`]);
      dirs.push(resolve(dirname(absolute), file.rules.value));
    }
    const key = dirs.join('\n');
    let loaded = cache.get(key);
    if (!loaded) {
      const { rules, problems } = loadRules(dirs);
      if (problems.length > 0) throw new SetupError('the rules cannot be used', problems.map(describeProblem));
      cache.set(key, (loaded = rules));
    }
    if (!changesRules(config)) return loaded;
    // The configuration's tolerances and severities go on top of the loaded tables.
    const configuredKey = `${key}\n#config:${config.files.join('\n')}`;
    const configured = cache.get(configuredKey);
    if (configured) return configured;
    const applied = applyConfigToRules(loaded, config);
    if (applied.problems.length > 0) throw configError(applied.problems);
    cache.set(configuredKey, applied.rules);
    return applied.rules;
  };
}

/** A broken configuration: the command cannot run (exit 2), each problem as file:line:col. */
function configError(problems: readonly ConfigProblem[]): SetupError {
  return new SetupError('the configuration cannot be used', problems.map((p) => `${p.span.file}:${p.span.line}:${p.span.column}: ${p.message}`));
}

/** Reads configuration files for the finder; a folder or unreadable file counts as absent. */
function configHost(cwd: string): ConfigHost {
  return {
    read: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    shown: (path) => {
      const rel = relative(cwd, path);
      return rel === '' || rel.startsWith('..') ? path : rel;
    },
  };
}

/** The effective configuration of each claims file (by its absolute path); a broken one throws `SetupError`. */
function configResolver(options: CheckOptions): (absolute: string) => Config {
  const cwd = options.cwd ?? process.cwd();
  const host = configHost(cwd);
  if (options.configFile !== undefined) {
    const chain = readConfigFile(resolve(cwd, options.configFile), host);
    if (chain.problems.length > 0) throw configError(chain.problems);
    const config = mergeConfigs(chain.files);
    return () => config;
  }
  const chains = new Map<string, ConfigChain>();
  const merged = new Map<string, Config>();
  return (absolute) => {
    const dir = dirname(absolute);
    const known = merged.get(dir);
    if (known) return known;
    const chain = findConfigs(dir, host, chains);
    if (chain.problems.length > 0) throw configError(chain.problems);
    const config = mergeConfigs(chain.files);
    merged.set(dir, config);
    return config;
  };
}

/** Whether a claims file matches its configuration's `ignore:` globs (each relative to the file that wrote it). */
function ignoreMatcher(): (absolute: string, config: Config) => boolean {
  const matches = new Map<string, string[]>();
  return (absolute, config) =>
    config.ignore.some(({ base, pattern }) => {
      const key = `${base}\n${pattern}`;
      let found = matches.get(key);
      if (!found) {
        found = globSync(pattern, { cwd: base, absolute: true, dot: true, onlyFiles: false, ignore: ['**/node_modules/**'] }).map((p) => resolve(p));
        matches.set(key, found);
      }
      return found.some((m) => m === absolute || absolute.startsWith(`${m}${sep}`));
    });
}

/**
 * What `--print-config FILE` shows: the effective configuration of the claims
 * file `path`, the rules it will use (a `rules/` folder beside it included;
 * the file's own `rules:` key is not read) and the rules folders the
 * configuration and `--rules` add.
 */
export function configFor(path: string, options: CheckOptions = {}): { config: Config; rules: Rules; rulesDirs: string[] } {
  const cwd = options.cwd ?? process.cwd();
  const absolute = resolve(cwd, path);
  const config = configResolver(options)(absolute);
  const rulesDirs = [...config.rulesDirs, ...(options.rulesDirs ?? []).map((d) => resolve(cwd, d))];
  const rules = rulesForFile(absolute, options, new Map(), config)({ path, source: '', units: [], inputs: [], claims: [], ignore: [] });
  return { config, rules, rulesDirs };
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
