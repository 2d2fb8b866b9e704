/**
 * @file `claimcheck --watch`: checks, then re-checks whenever a claims file,
 * its article(s), a facts file, a rules folder or a configuration file changes (debounced
 * by 100 ms), clearing the terminal first (only on a terminal) and saying
 * what changed since the last run ("claims.yaml changed — years_to_conquer:
 * pass → fail; 1 new finding"). Stops cleanly on Ctrl+C (exit 0).
 *
 * Folders are watched rather than files, so an editor's save-by-rename is
 * seen. A setup problem on the first run exits 2; later ones are printed and
 * the watch goes on, since the user is in the middle of fixing something.
 */

import { existsSync, watch, type FSWatcher } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/index.js';
import { check, configFor, type SettledOptions } from '../engine/check.js';
import { SetupError } from '../engine/errors.js';
import { messageText, phrase } from '../findings/interpolate.js';
import { loadDefaultRules } from '../rules/index.js';
import { phrasesInForce, wordedLines } from './words.js';
import { formatPretty } from '../report/index.js';
import type { CheckReport, FileResult, MessageValue } from '../types.js';
import { UsageError, type CliOptions } from './args.js';
import { readSources } from './check-command.js';
import { safeText } from '../text/safe.js';
import { chalkFor } from './color.js';
import { onStdoutClosed } from './streams.js';
import { claimsFileRefusals } from './unread-files.js';

/** How long to wait after a change for more changes before re-checking. */
export const DEBOUNCE_MS = 100;

/** What one run watches: files (by absolute path) and folders whose every change counts. */
interface WatchSet {
  files: Set<string>;
  folders: Set<string>;
}

/**
 * What changed between two reports, in one line: each claim whose verdict
 * changed, claims added or removed, and how many findings are new or gone
 * (findings are compared by file, kind and message, not by line).
 */
export function describeChanges(before: CheckReport, after: CheckReport, phrases: ReadonlyMap<string, string> = loadDefaultRules().phrases): string {
  const parts: MessageValue[] = [];
  const verdicts = new Map<string, string>();
  for (const file of before.files) for (const c of file.claims) verdicts.set(`${file.path}\n${c.name}`, c.verdict);
  const several = new Set([...before.files, ...after.files].map((f) => f.path)).size > 1;
  // A claims file that cannot be read (a YAML slip mid-edit) has lost no claim, and one read again has gained none.
  const unreadBefore = new Set(before.files.filter(isUnread).map((f) => f.path));
  const unreadAfter = new Set(after.files.filter(isUnread).map((f) => f.path));
  for (const path of unreadAfter) if (!unreadBefore.has(path)) parts.push(phrase('watch-file-unread', { file: path }));
  const seen = new Set<string>();
  for (const file of after.files) {
    if (unreadBefore.has(file.path) && !unreadAfter.has(file.path)) parts.push(phrase('watch-file-read-again', { file: file.path }));
    for (const c of file.claims) {
      const key = `${file.path}\n${c.name}`;
      seen.add(key);
      const name = several ? `${file.path}: ${c.name}` : c.name;
      const old = verdicts.get(key);
      if (old === undefined) {
        if (!unreadBefore.has(file.path)) parts.push(phrase('watch-claim-new', { name, verdict: c.verdict }));
      } else if (old !== c.verdict) parts.push(phrase('watch-claim-changed', { name, old, verdict: c.verdict }));
    }
  }
  for (const key of verdicts.keys()) {
    const [path, claim] = key.split('\n') as [string, string];
    if (!seen.has(key) && !unreadAfter.has(path)) parts.push(phrase('watch-claim-removed', { name: several ? `${path}: ${claim}` : claim }));
  }
  const count = (report: CheckReport): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const file of report.files) for (const f of file.findings) {
      const key = `${f.file}\n${f.kind}\n${f.message}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const a = count(before);
  const b = count(after);
  let added = 0;
  let gone = 0;
  for (const [key, n] of b) added += Math.max(0, n - (a.get(key) ?? 0));
  for (const [key, n] of a) gone += Math.max(0, n - (b.get(key) ?? 0));
  if (added > 0) parts.push(phrase(added === 1 ? 'watch-new-finding' : 'watch-new-findings', { count: added }));
  if (gone > 0) parts.push(phrase(gone === 1 ? 'watch-fixed-finding' : 'watch-fixed-findings', { count: gone }));
  return parts.length > 0 ? parts.map((part) => messageText(part, phrases)).join('; ') : messageText(phrase('watch-no-change'), phrases);
}

/** Whether a claims file of a report could not be read at all (not UTF-8, not valid YAML, refused): no claim of it was judged. */
function isUnread(file: FileResult): boolean {
  return file.claims.length === 0 && claimsFileRefusals(file).length > 0;
}

/** Runs the watch until SIGINT/SIGTERM; resolves with the exit status. */
export async function runWatch(paths: readonly string[], options: CliOptions): Promise<number> {
  if (options.format !== 'pretty' || options.output !== undefined || options.outputs.length > 0) {
    throw new UsageError(phrase('usage-watch'));
  }
  const cwd = process.cwd();
  const checkOptions: SettledOptions = {
    cwd,
    rulesDirs: options.rules,
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.maxFileSize !== undefined ? { maxFileBytes: options.maxFileSize } : {}),
  };
  const out = (text: string): void => void process.stdout.write(text);
  let previous: CheckReport | undefined;
  let watchers: FSWatcher[] = [];
  let watched = '';

  const runOnce = async (changed: readonly string[]): Promise<void> => {
    const report = await check(paths, checkOptions);
    const chalk = chalkFor({ flag: options.color, env: process.env, isTTY: process.stdout.isTTY === true });
    if (process.stdout.isTTY) out('\x1b[2J\x1b[3J\x1b[H');
    if (previous && changed.length > 0) {
      // Worded with the rules in force now (a project's rules/ may have changed too).
      const phrases = phrasesInForce(cwd, options.rules) ?? loadDefaultRules().phrases;
      const files = safeText(messageText(phrase('watch-changed', { files: changed.join(', ') }), phrases), 'terminal');
      out(`${chalk.bold(files)} — ${safeText(describeChanges(previous, report, phrases), 'terminal')}\n\n`);
    }
    out(formatPretty(report, { chalk, quiet: options.quiet, sources: readSources(report, cwd) }));
    // Stopped while checking: start no watchers, they would keep the process alive.
    if (stopped) return;
    const set = watchSet(report, paths, checkOptions);
    previous = report;
    const key = JSON.stringify([[...set.files].sort(), [...set.folders].sort()]);
    if (key !== watched) {
      for (const w of watchers) w.close();
      watchers = startWatching(set, onChange);
      watched = key;
    }
    // Only now, with the watchers in place, is a change certain to be seen.
    // Counted: the files there are (the configuration names watched for a new file are not files yet).
    const present = [...set.files].filter((f) => existsSync(f)).length;
    out(chalk.dim(`\nwatching ${present} file${present === 1 ? '' : 's'}${set.folders.size ? ` and ${set.folders.size} folder${set.folders.size === 1 ? '' : 's'}` : ''} — press Ctrl+C to stop\n`));
  };

  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const flush = (): void => {
    timer = undefined;
    if (running) { again = true; return; }
    const changed = [...pending].map((p) => relative(cwd, p) || p);
    pending = new Set();
    running = runOnce(changed).catch((error: unknown) => reportError(error, options.debug, options.rules)).finally(() => {
      running = undefined;
      if (again) { again = false; flush(); }
    });
  };
  function onChange(path: string): void {
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, DEBOUNCE_MS);
  }

  // The handlers go in before the first report says "press Ctrl+C": a stop that arrives right after it must be clean.
  let done: ((code: number) => void) | undefined;
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    if (timer) clearTimeout(timer);
    for (const w of watchers) w.close();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    out('\n');
    done?.(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    await runOnce([]); // a setup problem here ends the command (exit 2)
  } catch (error) {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    throw error;
  }
  return new Promise<number>((resolveRun) => {
    if (stopped) resolveRun(0);
    done = resolveRun;
    // No one is reading any more (`--watch | head`): stop as on Ctrl+C.
    onStdoutClosed(stop);
  });
}

function reportError(error: unknown, debug: boolean, rulesDirs: readonly string[]): void {
  if (error instanceof SetupError) {
    const { message, details } = wordedLines(error, phrasesInForce(process.cwd(), rulesDirs));
    process.stdout.write(`\nclaimcheck: ${safeText(message, 'terminal')}\n${details.map((d) => `  ${safeText(d, 'terminal')}\n`).join('')}(still watching; fix it and save)\n`);
    return;
  }
  process.stdout.write('\nclaimcheck: internal error — this is a bug in claimcheck, not in your file (still watching)\n');
  if (debug) process.stdout.write(`${((error as Error)?.stack ?? String(error)).split(/\r?\n/).map((line) => safeText(line, 'terminal')).join('\n')}\n`);
}

/** Everything a run depends on: claims files, articles, facts files, configuration files, rules folders, folders named on the command line. */
function watchSet(report: CheckReport, paths: readonly string[], options: SettledOptions): WatchSet {
  const { cwd } = options;
  const files = new Set<string>();
  const folders = new Set<string>((options.rulesDirs ?? []).map((d) => resolve(cwd, d)));
  for (const file of report.files) {
    const absolute = resolve(cwd, file.path);
    files.add(absolute);
    for (const article of file.articles ?? (file.article ? [file.article] : [])) files.add(resolve(dirname(absolute), article));
    // Facts files, as their facts show them (relative to the working folder).
    for (const fact of file.facts ?? []) if (fact.origin !== undefined) files.add(resolve(cwd, fact.origin));
    folders.add(join(dirname(absolute), 'rules'));
    try {
      const { config, rulesDirs } = configFor(file.path, options);
      for (const f of config.files) files.add(f);
      for (const d of rulesDirs) folders.add(d);
    } catch { /* a broken configuration is reported by the run itself */ }
    // A configuration file made while watching (.claimcheckrc.yaml added beside the file) counts as a change too:
    // every name the search would read, in each folder from the file's up to the working folder.
    if (options.configFile === undefined) {
      for (let dir = dirname(absolute); ; dir = dirname(dir)) {
        for (const name of CONFIG_FILE_NAMES) files.add(join(dir, name));
        const rel = relative(cwd, dir);
        if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || dirname(dir) === dir) break;
      }
    }
  }
  for (const p of paths.length ? paths : ['claims.yaml']) {
    const absolute = resolve(cwd, p);
    if (!/[*?[{]/.test(p)) (report.files.some((f) => resolve(cwd, f.path) === absolute) ? files : folders).add(absolute);
  }
  for (const dir of folders) if (!existsSync(dir)) folders.delete(dir);
  return { files, folders };
}

/** Watches the folders holding `set.files` (filtering by name) and each of `set.folders`. */
function startWatching(set: WatchSet, onChange: (path: string) => void): FSWatcher[] {
  const byFolder = new Map<string, Set<string>>();
  for (const file of set.files) {
    const dir = dirname(file);
    if (!byFolder.has(dir)) byFolder.set(dir, new Set());
    byFolder.get(dir)!.add(file);
  }
  const watchers: FSWatcher[] = [];
  const add = (dir: string, listener: (name: string) => void): void => {
    try {
      const w = watch(dir, { persistent: true }, (_event, name) => { if (name) listener(name.toString()); });
      w.on('error', () => { /* the folder went away; the next run rebuilds the watch */ });
      watchers.push(w);
    } catch { /* a folder that does not exist (yet) is not watched */ }
  };
  for (const [dir, names] of byFolder) {
    const open = set.folders.has(dir);
    add(dir, (name) => { const path = join(dir, name); if (names.has(path) || (open && /\.ya?ml$/.test(name))) onChange(path); });
  }
  for (const dir of set.folders) {
    if (byFolder.has(dir)) continue;
    add(dir, (name) => { if (/\.ya?ml$/.test(name)) onChange(join(dir, name)); });
  }
  return watchers;
}
