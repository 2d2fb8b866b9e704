/**
 * @file The library's entry: `check(paths, options)` finds the claims files,
 * loads the rules each one uses, checks each file and adds up the summary.
 * Reads files; never prints. Setup problems throw `SetupError`; problems in a
 * claims file are findings in its result.
 */

import { lstatSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CheckReport, FileResult, MessageValue, Problem, Rules, Summary } from '../types.js';
import { defaultRulesDir, loadRules } from '../rules/index.js';
import { checkClaimsText, sortFindings, type RulesFor } from './check-file.js';
import { createFactsReader } from '../facts/read.js';
import { memoFactsLoader } from '../facts/import.js';
import { findConflicts } from '../facts/conflicts.js';
import { discoverClaimsFiles } from './discover.js';
import { shardOf, type Shard } from './shard.js';
import { at, FileRulesError, SetupError } from './errors.js';
import { decodeClaimsBytes } from './decode.js';
import { isInside, outsideReason, repositoryOf, repositoryRoot } from './inside.js';
import { locateFolder, MAX_BYTES, readGuarded, readGuardedText } from '../io/read-guarded.js';
import { createArticleReader } from '../bind/read-article.js';
import { createFinding, isUnreadableRules, phrase } from '../findings/index.js';
import { globSync } from 'tinyglobby';
import { applyConfigToResult, applyConfigToRules, changesRules, emptyConfig, findConfigs, mergeConfigs, readConfigFile, type Config, type ConfigChain, type ConfigHost, type ConfigProblem } from '../config/index.js';
import { schemaProblems, withSchemaFindings } from '../schema/index.js';
import { checkOnWorkers, defaultWorkers } from './parallel.js';
import { sharingParses } from '../load/parse.js';
import { startOfFile } from '../text/span.js';

export interface CheckOptions {
  /** Where relative paths start (default: the process's working directory). */
  cwd?: string;
  /** Extra rules folders (`--rules DIR`), applied after the defaults and before a project's own. */
  rulesDirs?: readonly string[];
  /**
   * Called after each file is checked (`done` of `total`, in the order checked), for progress on long
   * runs: the CLI draws its progress line from it (src/cli/progress.ts); the engine itself never prints.
   * A promise it returns is awaited before the next file (the CLI's turn of the event loop, where
   * Ctrl-C is taken); anything else it returns is ignored. Files checked on workers come in on the
   * event loop already.
   */
  onFile?: (done: number, total: number, path: string) => unknown;
  /** Called once with the files that will be checked (as `onFile` and the report name them), in order, before the first is checked. */
  onFiles?: (files: readonly string[]) => void;
  /** `--config FILE`: use exactly this configuration file instead of searching from each claims file's folder. */
  configFile?: string;
  /**
   * Worker threads that check the files: 0 checks them in this thread. By
   * default none below 4 cores or 1,000 files, else one per core but one (at
   * most 8): see `defaultWorkers`. The report is the same either way, in
   * the same order.
   */
  workers?: number;
  /** `--as-of DATE` (ISO): measure facts' ages on this date, whatever the files' own `as_of:` says. */
  asOf?: string;
  /** Today's date (ISO) for files without `as_of:` (default: the clock's, in UTC). */
  today?: string;
  /**
   * Claims files whose text is given instead of read (`--stdin`, editors):
   * path as given → text. The path still places the file: its article,
   * facts, rules and configuration are found from its folder.
   */
  texts?: ReadonlyMap<string, string>;
  /**
   * `--max-file-size`: the largest claims file read, in bytes, over the
   * configuration's `max_file_size:` and the default ({@link MAX_FILE_BYTES}).
   */
  maxFileBytes?: number;
  /** Adds each file's `view` (articles with their numbers marked, inputs): what the HTML report shows. */
  views?: boolean;
  /**
   * `--shard i/n`: check only the i-th of n parts of the files found (./shard.ts);
   * the report says which part it is, so `claimcheck merge` can put the parts together.
   */
  shard?: Shard;
}

/** Check options with the working directory settled: the one place `process.cwd()` is asked. */
export type SettledOptions = CheckOptions & { cwd: string };

/** Settles the working directory of `options` once, at the entry; everything below is given it. */
export function settleOptions(options: CheckOptions): SettledOptions {
  return options.cwd !== undefined ? (options as SettledOptions) : { ...options, cwd: process.cwd() };
}

/** Largest claims file read by default, in bytes (5 MB): past this the file is refused with a finding. */
export const MAX_FILE_BYTES = MAX_BYTES.claims;

/** Checks the claims files `paths` name (default `./claims.yaml`). */
export async function check(paths: readonly string[], options: CheckOptions = {}): Promise<CheckReport> {
  const files: FileResult[] = [];
  const { summary, conflicts, shard } = await checkEach(paths, options, (result) => { files.push(result); });
  return { version: 1, files, summary, ...(conflicts !== undefined ? { conflicts } : {}), ...(shard !== undefined ? { shard } : {}) };
}

/** What {@link checkEach} returns once every file's result has been handed on. */
export interface CheckTotals {
  summary: Summary;
  /** As in {@link CheckReport}: present when a file uses shared facts. */
  conflicts?: CheckReport['conflicts'];
  /** As in {@link CheckReport}: present for a `--shard` run. */
  shard?: CheckReport['shard'];
}

/**
 * {@link check}, handing each file's final result to `each` in the order of
 * the report, as soon as it is known, instead of holding the report: a run
 * over thousands of files needs memory for one file at a time (the CLI
 * streams its output this way). The results are the report's, exactly.
 * When `each` returns a promise, the next file waits for it (the CLI waits
 * for a slow reader of its output rather than hold what it cannot pass on).
 *
 * Shared facts are compared across the files of the run, and a contradiction
 * adds findings to files seen earlier: from the first file that uses shared
 * facts on, results are held until the end. A `SetupError` can come after
 * some results were handed on.
 */
export async function checkEach(paths: readonly string[], givenOptions: CheckOptions, each: (result: FileResult) => void | Promise<void>): Promise<CheckTotals> {
  // One date for the whole run, whatever the workers' clocks say.
  const options = settleOptions({ ...givenOptions, today: givenOptions.today ?? new Date().toISOString().slice(0, 10) });
  const { cwd } = options;
  const configs = configResolver(options);
  const ignored = ignoreMatcher();
  const given = paths.filter((path) => options.texts?.has(path));
  const onDisk = paths.filter((path) => !options.texts?.has(path));
  const discovered = onDisk.length > 0 || given.length === 0 ? discoverClaimsFiles(onDisk, cwd) : [];
  const found = [...given, ...discovered].filter((path) => !ignored(resolve(cwd, path), configs(resolve(cwd, path))));
  const files = options.shard ? shardOf(found, options.shard) : found;
  const shardTotals = options.shard ? { shard: { ...options.shard, total: found.length } } : {};
  const workers = given.length > 0 ? 0 : options.workers ?? defaultWorkers(files.length);
  options.onFiles?.(files);
  const summary = emptySummary();
  const held: FileResult[] = [];
  const take = (result: FileResult): void | Promise<void> => {
    if (held.length === 0 && result.facts === undefined) {
      addToSummary(summary, result);
      return each(result);
    }
    held.push(result);
  };
  const parallel = workers > 0 && files.length > 1 ? await checkOnWorkers(files, options, workers) : undefined;
  if (parallel) for (const result of parallel) await take(result);
  else {
    const checkOne = fileChecker(options, configs);
    for (const [index, path] of files.entries()) {
      const taken = take(checkOne(path));
      const shown = options.onFile?.(index + 1, files.length, path);
      if (taken) await taken;
      if (shown instanceof Promise) await shown;
    }
  }
  if (held.length === 0) return { summary, ...shardTotals };
  const rest = withFactConflicts(held, options, configs);
  for (const result of rest.files) {
    addToSummary(summary, result);
    await each(result);
  }
  return { summary, ...(rest.conflicts !== undefined ? { conflicts: rest.conflicts } : {}), ...shardTotals };
}

/**
 * One report over files checked apart (`claimcheck merge` of `--shard`
 * parts): the shared facts compared across all of them, as a single run
 * compares them. `results` must not hold fact-conflict or fact-change
 * findings already; their facts need their SI values.
 */
export function reportOf(results: FileResult[], options: CheckOptions = {}): CheckReport {
  const settled = settleOptions(options);
  return withFactConflicts(results, settled, configResolver(settled));
}

/**
 * The report, with the shared facts compared across every file of the run:
 * each contradiction (or change over time) becomes a finding in each claims
 * file that has one of the two values, and the report lists them.
 */
function withFactConflicts(results: FileResult[], options: SettledOptions, configs: (absolute: string) => Config): CheckReport {
  if (!results.some((r) => r.facts !== undefined)) return { version: 1, files: results, summary: summarize(results) };
  const { conflicts, problems } = findConflicts(results);
  const cache = new Map<string, Rules>();
  const files = results.map((result) => {
    const found = problems.get(result.path);
    if (!found) return result;
    const absolute = resolve(options.cwd, result.path);
    // The file's rules without its own `rules:` key (not kept in the result): defaults, --rules, a rules/ folder beside it, the configuration.
    const config = configs(absolute);
    const rules = rulesForFile(absolute, options, cache, config)({ path: result.path, source: '', units: [], inputs: [], claims: [], ignore: [] });
    // The configuration's `severity: { kind: off }` applies to these findings too (applying it twice changes nothing).
    return applyConfigToResult({ ...result, findings: sortFindings([...result.findings, ...found.map((p) => createFinding(rules, p))]) }, config);
  });
  return { version: 1, files, summary: summarize(files), conflicts };
}

/**
 * Checks one claims file at a time (`path` as `check` shows it), sharing the
 * loaded rules between files. The serial loop and each worker thread use it,
 * so both give the same results.
 */
export function fileChecker(givenOptions: CheckOptions, givenConfigs?: (absolute: string) => Config): (path: string) => FileResult {
  const options = settleOptions(givenOptions);
  const { cwd } = options;
  const configs = givenConfigs ?? configResolver(options);
  const rulesCache = new Map<string, Rules>();
  const loadFacts = memoFactsLoader();
  // Set-up that depends only on the file's folder is looked up once per folder in a run:
  // the repository root (a `.git` search and realpath calls) and the `rules/` folder beside the files.
  const roots = new Map<string, string>();
  const rootOf = (absolute: string): string => {
    const dir = dirname(absolute);
    let root = roots.get(dir);
    if (root === undefined) roots.set(dir, (root = repositoryRoot(absolute, cwd)));
    return root;
  };
  const folders = new Map<string, ReturnType<typeof locateFolder>>();
  // The package's own rules folder, found once in a run (each look checks it is still there: a file system call per file).
  const defaults: { dir?: string } = {};
  return (path) => {
    const absolute = resolve(cwd, path);
    const config = configs(absolute);
    if (config.problems !== undefined) {
      const root = rootOf(absolute);
      const rules = rulesForFile(absolute, options, rulesCache, emptyConfig(), { root, folders, baseOnly: true })(emptyFile(path));
      return { path, claims: [], findings: sortFindings(config.problems.map((p) => createFinding(rules, { kind: 'config', data: { reason: p.message }, span: p.span }))) };
    }
    const text = options.texts?.get(path);
    const maxBytes = options.maxFileBytes ?? config.maxFileSize?.value ?? MAX_FILE_BYTES;
    const root = rootOf(absolute);
    const read = text !== undefined ? { text } : readClaimsText(absolute, path, root, maxBytes);
    let used: Rules | undefined;
    const rulesBase = (): Rules => rulesForFile(absolute, options, rulesCache, config, { root, folders, baseOnly: true })(emptyFile(path));
    const rulesFor: RulesFor = (file) => (used = rulesForFile(absolute, options, rulesCache, config, { root, folders, defaults })(file));
    const readArticle = createArticleReader(absolute, root);
    const readFacts = createFactsReader(absolute, root, cwd);
    // The schema check and the loader parse the same text: once is enough,
    // and the document is released before the claims are evaluated.
    const checked = rulesRefused(path, rulesBase, () => sharingParses(() => {
      const schema = 'text' in read ? schemaProblems(read.text, path, maxBytes) : [];
      const result = 'problem' in read ? unreadableFile(path, read.problem, rulesFor) : checkClaimsText(read.text, path, rulesFor, {
        readArticle,
        readFacts,
        loadFacts,
        maxBytes,
        ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
        ...(options.today !== undefined ? { today: options.today } : {}),
        ...(options.views ? { view: true } : {}),
      });
      return 'text' in read && used ? withSchemaFindings(read.text, result, used, schema) : result;
    }));
    return applyConfigToResult(checked, config);
  };
}

/** A claims file with nothing in it: what the rules of a file are looked up with when its own keys are not read. */
function emptyFile(path: string): Parameters<RulesFor>[0] {
  return { path, source: '', units: [], inputs: [], claims: [], ignore: [] };
}

/**
 * Checks one file with `run`; when the rules that file chose cannot be used
 * (its `rules:` key, or the `rules/` folder beside it), the file's result is
 * those problems as `rules` findings, worded and ranked by the rules every
 * file there shares (`base`: the defaults, the configuration's and `--rules`),
 * and the run goes on to the other files.
 */
function rulesRefused(path: string, base: () => Rules, run: () => FileResult): FileResult {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof FileRulesError)) throw error;
    const rules = base();
    return { path, claims: [], findings: sortFindings(error.problems.map((p) => createFinding(rules, p))) };
  }
}

/** A claims file that cannot be decoded (not UTF-8): its one finding. */
function unreadableFile(path: string, problem: Problem, rulesFor: RulesFor): FileResult {
  const rules = rulesFor({ path, source: '', units: [], inputs: [], claims: [], ignore: [] });
  return { path, claims: [], findings: [createFinding(rules, problem)] };
}

/** The claims file's text (strict UTF-8), or the problem that keeps it from being read. */
function readClaimsText(absolute: string, shown: string, root: string, maxBytes: number): { text: string } | { problem: Problem } {
  // Through the guarded reader: a claims file that is a link out of the repository (to /etc/passwd, say),
  // a FIFO, a device or too large is refused unread, with a finding at 1:1.
  const read = readGuarded(absolute, { kind: 'claims', root, shown, maxBytes });
  if (!read.ok) {
    if (read.refusal === 'missing') throw new SetupError(phrase('setup-cannot-read', { file: shown, why: read.reason }));
    return { problem: { kind: 'schema', data: { reason: read.reason }, span: startOfFile(shown) } };
  }
  return decodeClaimsBytes(read.bytes, shown);
}

/**
 * The rules one claims file uses: defaults, then `--rules` folders, then the
 * project's own `rules/` beside the claims file, then the file's `rules:` key.
 */
function rulesForFile(
  absolute: string,
  options: SettledOptions,
  cache: Map<string, Rules>,
  config: Config = emptyConfig(),
  known?: { root: string; folders: Map<string, ReturnType<typeof locateFolder>>; baseOnly?: boolean; defaults?: { dir?: string } },
): RulesFor {
  return (file) => {
    const { cwd } = options;
    const dirs = [...config.rulesDirs, ...(options.rulesDirs ?? []).map((d) => resolve(cwd, d))];
    const shared = dirs.length;
    // The rules this file chose (the folder beside it, its key) are its own: when they cannot be used,
    // the problem is a finding in this file and the other files of the run are still checked.
    const refused = (problems: Problem[]): FileRulesError => new FileRulesError(phrase('setup-rules-unusable'), problems.map(describeProblem), problems);
    const rulesProblem = (span: Problem['span'], reason: MessageValue): Problem => ({ kind: 'rules', data: { reason }, span });
    const beside = join(dirname(absolute), 'rules');
    // A claims file comes from anyone: its rules may not come from outside the repository (§10).
    const root = known?.root ?? repositoryRoot(absolute, cwd);
    if (!known?.baseOnly && resolve(beside) !== (known?.defaults ? (known.defaults.dir ??= resolve(defaultRulesDir())) : resolve(defaultRulesDir()))) {
      // A `rules` entry that is not a folder is not a rules folder; one that loops or leads out is refused.
      let found = known?.folders.get(beside);
      if (found === undefined) {
        found = locateFolder(beside, root, phrase('folder-kind-rules'), relative(cwd, beside) || beside);
        known?.folders.set(beside, found);
      }
      // Named with --rules (or by the configuration) too, it is read once, in that place.
      if (found.ok) {
        if (!dirs.includes(resolve(beside))) dirs.push(beside);
      } else if (found.refusal === 'outside' || found.refusal === 'loop') throw refused([rulesProblem(startOfFile(file.path), found.reason)]);
    }
    if (file.rules && !known?.baseOnly) {
      const why = outsideReason(phrase('folder-kind-rules-key'), file.rules.value, dirname(absolute), root);
      const where = file.rules.span;
      if (why !== undefined) throw refused([rulesProblem(where, why)]);
      // A folder that loops, or is a file, FIFO or device, is pointed out at the key too.
      const found = locateFolder(resolve(dirname(absolute), file.rules.value), root, phrase('folder-kind-rules-key'), file.rules.value);
      // So is one that does not exist (a typo in the name), in the words the file used.
      if (!found.ok) throw refused([rulesProblem(where, found.reason)]);
      dirs.push(resolve(dirname(absolute), file.rules.value));
    }
    const key = dirs.join('\n');
    let loaded = cache.get(key);
    if (!loaded) {
      const { rules, problems } = loadRules(dirs, { cwd, named: (options.rulesDirs ?? []).map((d) => resolve(cwd, d)) });
      if (problems.length > 0) {
        // Only when the folders every file here shares load cleanly are the problems this file's own.
        const own = dirs.length > shared && loadRules(dirs.slice(0, shared), { cwd, named: (options.rulesDirs ?? []).map((d) => resolve(cwd, d)) }).problems.length === 0;
        if (own) throw refused(problems);
        throw new SetupError(phrase('setup-rules-unusable'), problems.map(describeProblem));
      }
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
  return new SetupError(phrase('setup-config-unusable'), problems.map((p) => at(p.span, p.message)));
}

/**
 * Reads configuration files for the finder, through the guarded reader: each
 * must stay inside its own repository. Nothing there is absent; a link out,
 * a link loop, a folder, a FIFO or device, or an oversized file is a problem.
 * A file outside the working directory's project (a folder above the
 * repository) is read, but its text is never quoted; `named`, the
 * `--config` file the user chose, may be.
 */
/** Whether nothing at all is at `path` (not even a link); false when that cannot be told. */
function nothingAt(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) === undefined;
  } catch {
    return false;
  }
}

function configHost(cwd: string, named?: string): ConfigHost {
  const project = repositoryOf(join(cwd, 'claims.yaml'), cwd);
  return {
    read: (path, kind = 'config') => {
      // Most folders up to / have none of the four names: nothing there is "missing", as the
      // guarded reader would say after finding the path's repository (a .git search and
      // realpath calls); anything else at the name, even a dangling link, goes through it.
      if (nothingAt(path)) return undefined;
      const repository = repositoryOf(path, cwd);
      const read = readGuardedText(path, { kind, root: repository.root, shown: configHostShown(cwd, path) });
      if (!read.ok) return read.refusal === 'missing' ? undefined : { problem: read.reason };
      const inProject = path === named || repository.found !== 'folder' || isInside(project.root, read.realPath);
      return { text: read.text, quote: inProject };
    },
    shown: (path) => configHostShown(cwd, path),
  };
}

function configHostShown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/** The effective configuration of each claims file (by its absolute path); a broken one throws `SetupError`. */
function configResolver(options: SettledOptions): (absolute: string) => Config {
  const { cwd } = options;
  const host = configHost(cwd, options.configFile === undefined ? undefined : resolve(cwd, options.configFile));
  if (options.configFile !== undefined) {
    const chain = readConfigFile(resolve(cwd, options.configFile), host);
    if (chain.problems.length > 0) throw configError(chain.problems);
    confineRules(chain, cwd);
    const config = mergeConfigs(chain.files);
    return () => config;
  }
  const chains = new Map<string, ConfigChain>();
  const merged = new Map<string, Config>();
  // A broken configuration in a folder below the run's own folder concerns the claims files under it only:
  // they report it (`config` findings), the others are checked, and the run exits 2. One here or above stops the run.
  const below = (problems: readonly ConfigProblem[]): boolean => problems.every((p) => {
    const rel = relative(cwd, dirname(resolve(cwd, p.span.file)));
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  });
  return (absolute) => {
    const dir = dirname(absolute);
    const known = merged.get(dir);
    if (known) return known;
    const chain = findConfigs(dir, host, chains);
    const problems = chain.problems.length > 0 ? chain.problems : outsideRules(chain, cwd);
    if (problems.length > 0 && !below(problems)) throw configError(problems);
    const config = problems.length > 0 ? { ...emptyConfig(), problems } : mergeConfigs(chain.files);
    merged.set(dir, config);
    return config;
  };
}

/** `config` as a command that reads one configuration uses it: a broken one stops the command (exit 2). */
function usable(config: Config): Config {
  if (config.problems !== undefined) throw configError(config.problems);
  return config;
}

/**
 * A configuration arrives in pull requests like a claims file: each of its
 * `rules:` folders must stay inside the configuration file's own repository
 * (`rules: [/etc]` or a link to /proc is refused at the entry, exit 2).
 */
function confineRules(chain: ConfigChain, cwd: string): void {
  const problems = outsideRules(chain, cwd);
  if (problems.length > 0) throw configError(problems);
}

/** The `rules:` entries of a chain of configurations that lead outside their file's repository. */
function outsideRules(chain: ConfigChain, cwd: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const file of chain.files) {
    const root = repositoryRoot(file.path, cwd);
    for (const entry of file.rules) {
      const why = outsideReason(phrase('folder-kind-rules'), entry.value, file.dir, root);
      if (why !== undefined) problems.push({ message: why, span: entry.span });
    }
  }
  return problems;
}

/** Whether a claims file matches its configuration's `ignore:` globs (each relative to the file that wrote it). */
function ignoreMatcher(): (absolute: string, config: Config) => boolean {
  const matches = new Map<string, string[]>();
  return (absolute, config) =>
    config.ignore.some(({ base, pattern }) => {
      const key = `${base}\n${pattern}`;
      let found = matches.get(key);
      if (!found) {
        // Links are not followed: `drafts/x → /` would make `drafts/**` walk the whole disk.
        found = globSync(pattern, { cwd: base, absolute: true, dot: true, onlyFiles: false, followSymbolicLinks: false, ignore: ['**/node_modules/**'] }).map((p) => resolve(p));
        matches.set(key, found);
      }
      return found.some((m) => m === absolute || absolute.startsWith(`${m}${sep}`));
    });
}

/**
 * A facts file on its own (`claimcheck facts facts/world.yaml`): its facts as
 * a file result, as a claims file beside it that imported only it would have
 * them (ages on `--as-of` or today; no claim uses them).
 */
export function checkFactsFile(path: string, givenOptions: CheckOptions = {}): FileResult {
  const options = settleOptions(givenOptions);
  const { cwd } = options;
  const absolute = resolve(cwd, path);
  const root = repositoryRoot(absolute, cwd);
  const rules = rulesForFile(absolute, options, new Map(), usable(configResolver(options)(absolute)))({ path, source: '', units: [], inputs: [], claims: [], ignore: [] });
  // The stand-in imports the file by its own name, from its own folder, through the same guarded reader.
  return checkClaimsText(`facts: ${JSON.stringify(basename(absolute))}\n`, path, rules, {
    readFacts: createFactsReader(absolute, root, cwd),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    today: options.today ?? new Date().toISOString().slice(0, 10),
  });
}

/**
 * What `--print-config FILE` shows: the effective configuration of the claims
 * file `path`, the rules it will use (a `rules/` folder beside it included;
 * the file's own `rules:` key is not read) and the rules folders the
 * configuration and `--rules` add.
 */
export function configFor(path: string, givenOptions: CheckOptions = {}): { config: Config; rules: Rules; rulesDirs: string[] } {
  const options = settleOptions(givenOptions);
  const { cwd } = options;
  const absolute = resolve(cwd, path);
  const config = usable(configResolver(options)(absolute));
  const rulesDirs = [...config.rulesDirs, ...(options.rulesDirs ?? []).map((d) => resolve(cwd, d))];
  const rules = rulesForFile(absolute, options, new Map(), config)({ path, source: '', units: [], inputs: [], claims: [], ignore: [] });
  return { config, rules, rulesDirs };
}

function describeProblem(p: Problem): MessageValue {
  return at(p.span, p.data['reason'] ?? p.kind);
}

/** Adds up verdicts and findings over all files. */
export function summarize(files: readonly FileResult[]): Summary {
  const summary = emptySummary();
  for (const file of files) addToSummary(summary, file);
  return summary;
}

function emptySummary(): Summary {
  return { pass: 0, warn: 0, fail: 0, error: 0, info: 0, allowed: 0, errors: 0, warnings: 0 };
}

/** Adds one file's verdicts and findings to `summary`. */
function addToSummary(summary: Summary, file: FileResult): void {
  for (const claim of file.claims) {
    if (claim.allowed !== undefined) summary.allowed++;
    else summary[claim.verdict]++;
  }
  for (const finding of file.findings) {
    if (finding.severity === 'error') summary.errors++;
    else if (finding.severity === 'warning') summary.warnings++;
  }
}

/**
 * The exit status the contract gives a report: 2 when a claims file's own
 * rules could not be read (a `rules` finding: the contract's "unreadable
 * rules", though every other file was checked and is in the report); 1 when
 * a claim failed or errored (and is not allowed) or a finding is an error —
 * and, with `strict`, when anything warned; 0 otherwise.
 */
export function exitStatus(report: CheckReport, options: { strict?: boolean; maxWarnings?: number } = {}): 0 | 1 | 2 {
  return reportTally(report).status(options);
}

/** The tally of a whole report (see {@link exitTally}). */
export function reportTally(report: CheckReport): ReturnType<typeof exitTally> {
  const tally = exitTally();
  for (const file of report.files) tally.add(file);
  return tally;
}

/**
 * Why a run that nothing failed still fails: its warnings are over `--max-warnings`
 * (or any under `--strict`). The CLI says so, or a step whose every claim
 * passed would fail without a word.
 */
export interface WarningsOverLimit {
  warnings: number;
  /** The most warnings allowed: 0 under `--strict`. */
  limit: number;
  strict: boolean;
}

/** {@link exitStatus}, one file at a time (for results handed on by {@link checkEach}). */
export function exitTally(): {
  add(file: FileResult): void;
  status(options?: { strict?: boolean; maxWarnings?: number }): 0 | 1 | 2;
  /** The claims files whose own rules could not be read (exit 2), in the order checked. */
  unreadableRules(): readonly string[];
  /** The warnings over the limit when only they fail the run; undefined otherwise. */
  overLimit(options?: { strict?: boolean; maxWarnings?: number }): WarningsOverLimit | undefined;
} {
  let failing = false;
  const unreadableRules: string[] = [];
  let warnings = 0;
  return {
    add(file) {
      for (const claim of file.claims) {
        if (claim.allowed !== undefined) continue;
        if (claim.severity === 'error' && (claim.verdict === 'fail' || claim.verdict === 'error')) failing = true;
        else if (claim.verdict === 'warn' || claim.severity === 'warning') warnings++;
      }
      for (const finding of file.findings) {
        if (isUnreadableRules(finding) && unreadableRules.at(-1) !== file.path) unreadableRules.push(file.path);
        if (finding.severity === 'error') failing = true;
        else if (finding.severity === 'warning') warnings++;
      }
    },
    status(options = {}) {
      if (unreadableRules.length > 0) return 2;
      if (failing) return 1;
      return this.overLimit(options) !== undefined ? 1 : 0;
    },
    unreadableRules() {
      return unreadableRules;
    },
    overLimit(options = {}) {
      if (failing) return undefined;
      const limit = options.strict ? 0 : options.maxWarnings;
      return limit !== undefined && limit >= 0 && warnings > limit ? { warnings, limit, strict: options.strict === true } : undefined;
    },
  };
}
