/**
 * @file The `claimcheck` command: reads flags, calls the library, writes the
 * formatted report and picks the exit status (0 clean, 1 findings, 2 the
 * command could not run). Everything else lives in the library.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check, exitStatus } from '../engine/check.js';
import { SetupError } from '../engine/errors.js';
import { formatJson, formatPretty } from '../report/index.js';
import type { CheckReport } from '../types.js';
import { HELP, parseCommandLine, UsageError, type CliOptions } from './args.js';
import { chalkFor } from './color.js';

declare const CLAIMCHECK_VERSION: string | undefined;

async function main(argv: readonly string[]): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const { command, options } = parseCommandLine(argv);
    debug = options.debug;
    switch (command.command) {
      case 'help':
        process.stdout.write(`${HELP}\n`);
        return 0;
      case 'version':
        process.stdout.write(`${typeof CLAIMCHECK_VERSION === 'string' ? CLAIMCHECK_VERSION : 'dev'}\n`);
        return 0;
      case 'check':
        return await runCheck(command.paths, options);
      case 'init':
      case 'explain':
        throw new UsageError(`'${command.command}' is not available yet`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`claimcheck: ${error.message}\n`);
      return 2;
    }
    if (error instanceof SetupError) {
      process.stderr.write(`claimcheck: ${error.message}\n${error.details.map((d) => `  ${d}\n`).join('')}`);
      return 2;
    }
    process.stderr.write('claimcheck: internal error — this is a bug in claimcheck, not in your file. Please report it with the claims file that triggered it.\n');
    if (debug) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    else process.stderr.write('Run again with --debug to see the details.\n');
    return 2;
  }
}

async function runCheck(paths: readonly string[], options: CliOptions): Promise<number> {
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
function readSources(report: CheckReport, cwd: string): Map<string, string> {
  const sources = new Map<string, string>();
  for (const file of report.files) {
    for (const path of [file.path, ...file.findings.map((f) => f.file)]) {
      if (sources.has(path)) continue;
      try { sources.set(path, readFileSync(resolve(cwd, path), 'utf8')); } catch { /* no frame for this file */ }
    }
  }
  return sources;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
