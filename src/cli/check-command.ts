/**
 * @file `claimcheck [PATH...]`: checks the files, writes the report in the
 * chosen format and returns the exit status. I/O lives here, not in the
 * engine or the formatters.
 */

import { appendFileSync, lstatSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { check, checkEach, configFor, exitTally, MAX_FILE_BYTES, reportTally, type CheckOptions } from '../engine/check.js';
import { isInside, realPath, repositoryRoot } from '../engine/inside.js';
import { readGuardedText } from '../io/read-guarded.js';
import { SetupError } from '../engine/errors.js';
import { messageText, phrase } from '../findings/interpolate.js';
import { formatsNeed, formatStepSummary, formatters, type FormatName, type FormatOptions } from '../report/index.js';
import { jsonReportWriter } from '../report/json.js';
import { prettyReportWriter } from '../report/pretty.js';
import { loadDefaultRules } from '../rules/index.js';
import type { CheckReport, CheckRule, FileResult } from '../types.js';
import { safeText } from '../text/safe.js';
import { formatSize } from '../text/size.js';
import type { CliOptions } from './args.js';
import { chalkFor } from './color.js';
import { writeFailure, writeFileAtomic, WriteRefused } from './write-file.js';
import { tierUpForLongRun } from './tier-up.js';
import { stdoutDrained } from './streams.js';
import { phrasesInForce } from './words.js';
import { RELEASE } from './version.js';
import { progressOnStandardError, stdoutIsTerminal, type Progress } from './progress.js';

export async function runCheck(paths: readonly string[], options: CliOptions): Promise<number> {
  const cwd = process.cwd();
  if (options.stdin) return runCheckOn([options.stdin.filename], options, cwd, new Map([[options.stdin.filename, await readStandardInput(options.maxFileSize ?? MAX_FILE_BYTES)]]));
  return runCheckOn(paths, options, cwd);
}

/** The claims text on standard input: strict UTF-8, at most the claims file limit. */
async function readStandardInput(limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limit) throw new SetupError(phrase('setup-stdin-too-large', { limit: formatSize(limit) }));
    chunks.push(buffer);
  }
  const bytes = Buffer.concat(chunks);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SetupError(phrase('setup-stdin-not-utf8'));
  }
}

async function runCheckOn(paths: readonly string[], options: CliOptions, cwd: string, texts?: ReadonlyMap<string, string>): Promise<number> {
  refuseExistingReports(options, cwd);
  // Progress on standard error at a terminal, for every format and -o (./progress.ts); never on standard output.
  const progress = progressOnStandardError(options, cwd);
  try {
    return await checkAndReport(paths, options, cwd, texts, progress);
  } finally {
    // An error's message, the run's last words or the shell's prompt do not run into the line.
    progress?.end();
  }
}

async function checkAndReport(paths: readonly string[], options: CliOptions, cwd: string, texts: ReadonlyMap<string, string> | undefined, progress: Progress | undefined): Promise<number> {
  const checkOptions: CheckOptions = {
    cwd,
    rulesDirs: options.rules,
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.maxFileSize !== undefined ? { maxFileBytes: options.maxFileSize } : {}),
    ...(texts !== undefined ? { texts } : {}),
    ...(options.shard !== undefined ? { shard: options.shard } : {}),
    // The HTML report shows the articles with their numbers marked: only then is that kept.
    ...(formatsNeed([options.format, ...options.outputs.map((o) => o.format)], 'views') ? { views: true } : {}),
    ...(progress !== undefined ? { onFile: (done: number, total: number) => progress.onFile(done, total) } : {}),
    // A long run gets V8's optimizing compiler sooner (./tier-up.ts).
    onFiles: (files) => void tierUpForLongRun(files, cwd, texts),
  };
  // A report streamed to the terminal the line is drawn on erases the line before each file's text.
  const beforeOutput = progress !== undefined && stdoutIsTerminal() ? (): void => progress.clear() : undefined;
  // One pretty report on standard output is written a file at a time, as the files are checked,
  // each with the frames of its own texts: the run holds one file's result and texts, not the report.
  if (options.format === 'pretty' && options.output === undefined && options.outputs.length === 0) {
    const chalk = chalkFor({ flag: options.color, env: process.env, isTTY: process.stdout.isTTY === true });
    const sources = new Map<string, string>();
    const roots = new Map<string, string>();
    const writer = prettyReportWriter((text) => void process.stdout.write(text), { chalk, sources, quiet: options.quiet });
    const tally = exitTally();
    const { summary } = await checkEach(paths, checkOptions, (result) => {
      beforeOutput?.();
      sources.clear();
      readSourcesOf(result, cwd, sources, options.maxFileSize, undefined, roots);
      // Frames of a file given on standard input come from that text, not from the disk.
      for (const [path, text] of texts ?? []) sources.set(path, text);
      writer.file(result);
      tally.add(result);
      return stdoutDrained();
    });
    progress?.clear();
    writer.end(summary);
    return finalStatus(tally, options, cwd);
  }
  // One JSON report on standard output is written a file at a time, as the files are checked:
  // the run holds one file's result, not the report (thousands of files in constant memory).
  if (options.format === 'json' && options.output === undefined && options.outputs.length === 0) {
    const writer = jsonReportWriter((text) => void process.stdout.write(text), { sharded: options.shard !== undefined, ...(RELEASE !== undefined ? { version: RELEASE } : {}) });
    const tally = exitTally();
    const { summary, conflicts, shard } = await checkEach(paths, checkOptions, (result) => {
      beforeOutput?.();
      writer.file(result);
      tally.add(result);
      return stdoutDrained();
    });
    progress?.clear();
    writer.end(summary, conflicts, shard);
    return finalStatus(tally, options, cwd);
  }
  const report = await check(paths, checkOptions);
  progress?.clear();
  writeReports(report, options, cwd, texts);
  return finalStatus(reportTally(report), options, cwd);
}

/**
 * The run's exit status; when only its warnings fail it (`--max-warnings`,
 * `--strict`), one line on standard error says so, worded by the rules in
 * force: every claim may have passed, and a CI step failing without a word
 * sends the reader looking for a failure that is not there.
 */
export function finalStatus(tally: ReturnType<typeof exitTally>, options: CliOptions, cwd: string): 0 | 1 | 2 {
  const limits = { strict: options.strict, maxWarnings: options.maxWarnings };
  const unreadable = tally.unreadableRules();
  if (unreadable.length > 0) {
    // Exit 2 with a report on standard output: say why, or a CI step fails as if the set-up were broken everywhere.
    const files = unreadable.length === 1 ? (unreadable[0] as string) : phrase('count-claims-files', { count: unreadable.length.toLocaleString('en-US') });
    process.stderr.write(`claimcheck: ${safeText(messageText(phrase('exit-rules-unreadable', { files }), phrasesInForce(cwd, options.rules)), 'terminal')}\n`);
  }
  const over = tally.overLimit(limits);
  if (over !== undefined) {
    const warnings = phrase(over.warnings === 1 ? 'count-warning' : 'count-warnings', { count: over.warnings.toLocaleString('en-US') });
    const words = over.strict ? phrase('exit-strict-warnings', { warnings }) : phrase('exit-too-many-warnings', { warnings, limit: over.limit });
    process.stderr.write(`claimcheck: ${safeText(messageText(words, phrasesInForce(cwd, options.rules)), 'terminal')}\n`);
  }
  return tally.status(limits);
}

/**
 * Refuses, before any checking, a report file (`-o FILE`, `--output
 * FORMAT:FILE`) that already exists without `--force`: found only when the
 * reports are written, the run had already printed its standard-output
 * report and done all its work. Writing still refuses one that appears in
 * the meantime (./write-file.ts).
 */
export function refuseExistingReports(options: CliOptions, cwd: string): void {
  const files = [...(options.output !== undefined ? [options.output] : []), ...options.outputs.map((o) => o.file)];
  for (const file of files) {
    const target = resolve(cwd, file);
    // A folder is never replaced, --force or not: say so before the run, not "already exists; use --force".
    if (isFolder(target)) throw new SetupError(phrase('write-folder', { file }));
    if (options.force) continue;
    // Named as the user wrote it, once: "report.txt already exists", not "cannot write report.txt: /abs/report.txt already exists".
    if (existsAsEntry(target)) throw new SetupError(phrase('write-exists', { file }));
  }
}

/** Whether a folder (or a link to one) stands at `path`. */
function isFolder(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}

/** Whether anything (a file, a folder, a link) stands at `path`; any other problem is the writer's to report. */
function existsAsEntry(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Writes every report the flags ask for: the --format one to standard output
 * (or to `-o FILE`), each `--output FORMAT:FILE` to its file (atomically),
 * and — when a github report is made and `GITHUB_STEP_SUMMARY` is set — the
 * Markdown summary appended to that file.
 */
export function writeReports(report: CheckReport, options: CliOptions, cwd: string, texts?: ReadonlyMap<string, string>, confine?: string): void {
  const targets: { format: FormatName; file?: string }[] = [
    options.output !== undefined ? { format: options.format, file: options.output } : { format: options.format },
    ...options.outputs,
  ];
  const common: FormatOptions = {
    cwd,
    quiet: options.quiet,
    strict: options.strict,
    ...(RELEASE !== undefined ? { version: RELEASE } : {}),
  };
  const formats = targets.map((t) => t.format);
  if (formatsNeed(formats, 'sources')) {
    // Frames of a file given on standard input come from that text, not from the disk.
    common.sources = new Map([...readSources(report, cwd, options.maxFileSize, confine), ...(texts ?? [])]);
  }
  if (formatsNeed(formats, 'rules')) common.rules = rulesInForce(report, options, cwd, confine);
  for (const target of targets) {
    if (target.file === undefined) {
      const chalk = chalkFor({ flag: options.color, env: process.env, isTTY: process.stdout.isTTY === true });
      process.stdout.write(formatters[target.format](report, { ...common, chalk }));
      continue;
    }
    // Files get no colour codes, whatever the terminal.
    const text = formatters[target.format](report, common);
    try {
      writeFileAtomic(resolve(cwd, target.file), text, { overwrite: options.force, root: cwd });
    } catch (error) {
      if (error instanceof WriteRefused) throw new SetupError(phrase('setup-cannot-write', { file: target.file, why: error.words }));
      throw new SetupError(phrase('setup-cannot-write', { file: target.file, why: writeFailure(error) }));
    }
  }
  const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
  if (summaryFile && targets.some((t) => t.format === 'github')) {
    try {
      // Append: earlier steps' summaries in the same job stay.
      appendFileSync(summaryFile, formatStepSummary(report, { cwd }), 'utf8');
    } catch (error) {
      process.stderr.write(`claimcheck: ${safeText(`cannot append the job summary to ${summaryFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'terminal')}\n`);
    }
  }
}

/**
 * The finding kinds as the run's files have them (SARIF's `tool.driver.rules`):
 * the defaults, `--rules` folders, each project's `rules/` folder and its
 * configuration — what `--print-config` shows for each file. A kind worded
 * differently in two projects is described as the first file reported has
 * it. A claims file's own `rules:` key is not read here (as in --print-config).
 * `confine`: files outside this folder get the defaults (`merge`).
 */
function rulesInForce(report: CheckReport, options: CliOptions, cwd: string, confine?: string): CheckRule[] {
  const byKind = new Map<string, CheckRule>();
  const add = (rules: Iterable<CheckRule>): void => {
    for (const rule of rules) if (!byKind.has(rule.kind)) byKind.set(rule.kind, rule);
  };
  // The rules depend on the file's folder (its rules/ and configuration files), so each folder is read once.
  const folders = new Set<string>();
  for (const file of report.files) {
    const folder = dirname(resolve(cwd, file.path));
    if (folders.has(folder) || (confine !== undefined && !isInside(confine, realPath(folder)))) continue;
    folders.add(folder);
    const { rules } = configFor(file.path, { cwd, rulesDirs: options.rules, ...(options.config !== undefined ? { configFile: options.config } : {}) });
    add(rules.checks.values());
  }
  add(loadDefaultRules().checks.values());
  return [...byKind.values()];
}

/**
 * The claims files' texts, for code frames. `confine`: read nothing outside
 * this folder (`merge`, whose reports name the files and may be hostile).
 */
export function readSources(report: CheckReport, cwd: string, maxBytes?: number, confine?: string): Map<string, string> {
  const sources = new Map<string, string>();
  const roots = new Map<string, string>();
  for (const file of report.files) readSourcesOf(file, cwd, sources, maxBytes, confine, roots);
  return sources;
}

/** Adds one file's texts for frames (the claims file and the files its findings point into) to `sources`. */
function readSourcesOf(file: FileResult, cwd: string, sources: Map<string, string>, maxBytes?: number, confine?: string, roots?: Map<string, string>): void {
  // Frames come only from files inside the claims file's repository (§10): a link to /etc/passwd is never read to show a frame.
  // The repository (a `.git` search and realpath calls) is looked up once per folder of claims files in a run (`roots`).
  const absolute = resolve(cwd, file.path);
  const folder = dirname(absolute);
  let root = confine ?? roots?.get(folder);
  if (root === undefined) {
    root = repositoryRoot(absolute, cwd);
    roots?.set(folder, root);
  }
  for (const path of [file.path, ...file.findings.map((f) => f.file)]) {
    if (sources.has(path)) continue;
    // Through the guarded reader: no frame from a link out, a FIFO, a device or an oversized file.
    const claims = path === file.path;
    const read = readGuardedText(resolve(cwd, path), { kind: claims ? 'claims' : 'article', root, ...(claims && maxBytes !== undefined ? { maxBytes } : {}) });
    if (read.ok) sources.set(path, read.text);
  }
}
