/**
 * @file `claimcheck merge REPORT.json...`: the JSON reports of `--shard`
 * runs (CI artifacts) made into the one report a single run over every file
 * would have given, in any format but html, with the same exit status
 * (`--strict`, `--max-warnings` as for `check`).
 *
 * Each report is read through the guarded reader (no FIFO, device or
 * oversized file) and its whole shape checked (src/report/read-json.ts)
 * before anything is used; a problem is named at its file:line:column and
 * the command exits 2. The parts must fit together: the same number of
 * parts and files found, each part once, none missing — otherwise a lost
 * artifact would pass unseen — and written by one claimcheck release (each
 * JSON report names its own), the one running the merge. The files are put
 * back in a single run's order (src/engine/shard.ts). Reports without `shard` (runs over different
 * folders) are joined in the order given, each file at most once.
 *
 * Shared facts are compared again across every part (a part's JSON carries
 * their SI values for this), with the rules and configuration found from
 * the working folder: run merge in a checkout of the repository. The
 * reports name the files, and a report may be hostile: code frames and
 * rules are read only from inside the repository the merge runs in.
 *
 * What a merge cannot give: the html report (the JSON does not carry the
 * articles with their numbers marked).
 */

import { join, parse, resolve } from 'node:path';
import { repositoryRoot } from '../engine/inside.js';
import { reportOf, reportTally, summarize } from '../engine/check.js';
import { at, SetupError } from '../engine/errors.js';
import { phrase } from '../findings/interpolate.js';
import { shardSize, unshard } from '../engine/shard.js';
import { readGuardedText } from '../io/read-guarded.js';
import { FORMAT_BY_NAME, formatsNeed } from '../report/index.js';
import { readJsonReport } from '../report/read-json.js';
import type { CheckReport, FactConflict, FileResult, MessageValue } from '../types.js';
import { excerpt } from '../io/excerpt.js';
import type { CliOptions } from './args.js';
import { finalStatus, refuseExistingReports, writeReports } from './check-command.js';
import { RELEASE } from './version.js';

/** One report as read: where it came from and what it holds. */
interface Part {
  shown: string;
  report: CheckReport;
  /** The claimcheck release that wrote it; absent when its report does not say (a release before the `claimcheck` field). */
  release?: string;
}

export async function runMerge(paths: readonly string[], options: CliOptions): Promise<number> {
  const cwd = process.cwd();
  const cannot = [options.format, ...options.outputs.map((o) => o.format)].find((name) => formatsNeed([name], 'views'));
  if (cannot !== undefined) {
    throw new SetupError(phrase('merge-cannot-write', { format: cannot, extension: FORMAT_BY_NAME[cannot].extension }));
  }
  refuseExistingReports(options, cwd);
  const parts = paths.map((path) => readPart(path, cwd));
  refuseMixedReleases(parts);
  refuseOtherRelease(parts, RELEASE);
  const report = joined(parts, options, cwd);
  // The reports name the files: frames and rules are read only from the repository the merge runs in.
  writeReports(report, options, cwd, undefined, repositoryRoot(join(cwd, 'merged report'), cwd));
  return finalStatus(reportTally(report), options, cwd);
}

/** One JSON report, read and checked. */
function readPart(path: string, cwd: string): Part {
  const absolute = resolve(cwd, path);
  const shown = excerpt(path);
  // The user names each report; it may lie anywhere (a downloaded artifact), so the whole file system is its root.
  const read = readGuardedText(absolute, { kind: 'report', root: parse(absolute).root, shown });
  if (!read.ok) throw new SetupError(phrase('merge-cannot', { file: shown, why: read.reason }));
  const parsed = readJsonReport(read.text);
  if (!parsed.ok) throw new SetupError(phrase('merge-cannot', { file: shown, why: phrase('merge-not-a-report') }), parsed.problems.map((p) => at({ file: shown, line: p.line, column: p.column }, p.message)));
  return { shown, report: parsed.report, ...(parsed.release !== undefined ? { release: parsed.release } : {}) };
}

/**
 * Parts written by different claimcheck releases are not merged: a release
 * may judge, word or count differently, and a merged report would mix the
 * two unseen (a job that kept an older pinned version). A report that names
 * no release (written before reports named it) differs from one that does.
 */
function refuseMixedReleases(parts: readonly Part[]): void {
  const first = parts[0];
  if (first === undefined) return;
  const other = parts.find((p) => p.release !== first.release);
  if (other === undefined) return;
  const named = (part: Part): MessageValue => (part.release !== undefined ? phrase('merge-release-named', { release: excerpt(part.release) }) : phrase('merge-release-unnamed'));
  throw new SetupError(phrase('merge-cannot', { file: other.shown, why: phrase('merge-other-release', { found: named(other), first: first.shown, other: named(first) }) }));
}

/**
 * Parts all written by one release, and another release running the merge,
 * are not merged either: the merge compares the shared facts again and words
 * the report with the release running, and names that release in a JSON or
 * SARIF report, so the merged report would put one release's verdicts under
 * another's name. In CI it means a job that did not get the pinned version
 * (a moved tag, a cached install); at a desk, artifacts downloaded from an
 * older run. Parts that name no release (written before reports named it)
 * still merge, as they always have. `running` is undefined outside a build
 * (the sources run unbundled): nothing to compare with.
 */
function refuseOtherRelease(parts: readonly Part[], running: string | undefined): void {
  const first = parts[0];
  if (first?.release === undefined || running === undefined || first.release === running) return;
  throw new SetupError(phrase('merge-cannot', { file: first.shown, why: phrase('merge-other-running', { found: phrase('merge-release-named', { release: excerpt(first.release) }), running }) }));
}

/** The finding kinds that compare shared facts across the files of a run. */
const ACROSS_FILES = new Set(['fact-conflict', 'fact-change']);

/**
 * The parts as one report. Parts of a `--shard` run: a single run's files in
 * its order, their shared facts compared again across all of them (each part
 * compared only its own), with the rules and configuration in force here.
 * Reports of separate runs: joined as they are, with every part's conflicts.
 */
function joined(parts: readonly Part[], options: CliOptions, cwd: string): CheckReport {
  if (parts.some((p) => p.report.shard !== undefined)) {
    const files = shardFiles(parts).map((file) => ({ ...file, findings: file.findings.filter((f) => !ACROSS_FILES.has(f.kind)) }));
    return reportOf(files, { cwd, rulesDirs: options.rules, ...(options.config !== undefined ? { configFile: options.config } : {}) });
  }
  const files = concatenated(parts);
  const conflicts = parts.some((p) => p.report.conflicts !== undefined) ? parts.flatMap((p) => p.report.conflicts ?? ([] as FactConflict[])) : undefined;
  return { version: 1, files, summary: summarize(files), ...(conflicts !== undefined ? { conflicts } : {}) };
}

/** The files of reports from `--shard i/n` runs, put back in order; every part must be there, once. */
function shardFiles(parts: readonly Part[]): FileResult[] {
  const whole = parts.find((p) => p.report.shard === undefined);
  if (whole) throw new SetupError(phrase('merge-cannot', { file: whole.shown, why: phrase('merge-not-sharded') }));
  const first = parts[0]!;
  const { count, total } = first.report.shard!;
  const byIndex = new Map<number, Part>();
  for (const part of parts) {
    const shard = part.report.shard!;
    if (shard.count !== count || shard.total !== total) {
      throw new SetupError(phrase('merge-cannot', { file: part.shown, why: phrase('merge-other-run', { index: shard.index, count: shard.count, total: shard.total, first: first.shown, firstIndex: first.report.shard!.index, firstCount: count, firstTotal: total }) }));
    }
    if (shard.index < 1 || shard.index > count) throw new SetupError(phrase('merge-cannot', { file: part.shown, why: phrase('merge-part-range', { index: shard.index, count }) }));
    const twice = byIndex.get(shard.index);
    if (twice) throw new SetupError(phrase('merge-part-twice', { first: twice.shown, second: part.shown, index: shard.index, count }));
    const expected = shardSize(total, shard);
    if (part.report.files.length !== expected) {
      throw new SetupError(phrase('merge-cannot', { file: part.shown, why: phrase('merge-part-size', { index: shard.index, count, total, expected, found: part.report.files.length }) }));
    }
    byIndex.set(shard.index, part);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    throw new SetupError(phrase(missing.length > 1 ? 'merge-parts-missing' : 'merge-part-missing', { parts: missing.join(', '), count }));
  }
  const files = unshard(Array.from({ length: count }, (_, i) => byIndex.get(i + 1)!.report.files));
  refuseRepeats(files, parts);
  return files;
}

/** Reports of separate runs, one after the other. */
function concatenated(parts: readonly Part[]): FileResult[] {
  const files = parts.flatMap((p) => p.report.files);
  refuseRepeats(files, parts);
  return files;
}

/** A claims file reported twice would be counted twice. */
function refuseRepeats(files: readonly FileResult[], parts: readonly Part[]): void {
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) {
      const where = parts.filter((p) => p.report.files.some((f) => f.path === file.path)).map((p) => p.shown);
      throw new SetupError(phrase('merge-repeated', { file: excerpt(file.path), reports: where.join(' and ') }));
    }
    seen.add(file.path);
  }
}
