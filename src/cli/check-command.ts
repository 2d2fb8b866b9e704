/**
 * @file `claimcheck [PATH...]`: checks the files, writes the report in the
 * chosen format and returns the exit status. I/O lives here, not in the
 * engine or the formatters.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check, exitStatus } from '../engine/check.js';
import { formatJson, formatPretty } from '../report/index.js';
import type { CheckReport } from '../types.js';
import type { CliOptions } from './args.js';
import { chalkFor } from './color.js';

export async function runCheck(paths: readonly string[], options: CliOptions): Promise<number> {
  const cwd = process.cwd();
  const showProgress = process.stderr.isTTY && options.format === 'pretty';
  const report = await check(paths, {
    cwd,
    rulesDirs: options.rules,
    onFile: showProgress ? (done, total) => { if (total > 5) process.stderr.write(`\rchecking ${done}/${total} files…`); } : undefined,
  });
  if (showProgress && report.files.length > 5) process.stderr.write('\r\x1b[K');
  process.stdout.write(render(report, options, cwd));
  return exitStatus(report, { strict: options.strict, maxWarnings: options.maxWarnings });
}

function render(report: CheckReport, options: CliOptions, cwd: string): string {
  if (options.format === 'json') return formatJson(report);
  const chalk = chalkFor({ flag: options.color, env: process.env, isTTY: process.stdout.isTTY === true });
  return formatPretty(report, { chalk, quiet: options.quiet, sources: readSources(report, cwd) });
}

/** The claims files' texts, for code frames. */
export function readSources(report: CheckReport, cwd: string): Map<string, string> {
  const sources = new Map<string, string>();
  for (const file of report.files) {
    for (const path of [file.path, ...file.findings.map((f) => f.file)]) {
      if (sources.has(path)) continue;
      try { sources.set(path, readFileSync(resolve(cwd, path), 'utf8')); } catch { /* no frame for this file */ }
    }
  }
  return sources;
}
