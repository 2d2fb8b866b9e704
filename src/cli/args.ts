/**
 * @file Reads the command line into options. Knows every flag and says
 * plainly when one is wrong (the CLI then exits 2).
 */

import { parseSize } from '../load/guards.js';
import { parseArgs } from 'node:util';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../report/index.js';

export type Command =
  | { command: 'check'; paths: string[] }
  | { command: 'init'; article: string }
  | { command: 'explain'; path: string; name: string }
  | { command: 'print-config'; path: string }
  | { command: 'facts'; paths: string[] }
  | { command: 'lsp' }
  | { command: 'help' }
  | { command: 'version' };

export interface CliOptions {
  format: FormatName;
  rules: string[];
  strict: boolean;
  quiet: boolean;
  watch: boolean;
  color: boolean | undefined;
  maxWarnings: number | undefined;
  /** `--max-file-size SIZE`: the largest claims file read, in bytes (default: the configuration's, else 5 MB). */
  maxFileSize: number | undefined;
  debug: boolean;
  force: boolean;
  /** `-o FILE`: the chosen --format goes to FILE instead of standard output (and `init`'s output file). */
  output: string | undefined;
  /** `--output FORMAT:FILE` (repeatable): extra reports written to files in the same run. */
  outputs: OutputTarget[];
  merge: boolean;
  /** `init --derive`: find which numbers follow from the others and write them as claims. */
  derive: boolean;
  /** `init --derive --facts FILE`: a claims file whose `inputs:` the derivations may use as outside facts. */
  facts: string | undefined;
  /** `--config FILE`: use exactly this configuration file (no search). */
  config: string | undefined;
  /** `--as-of DATE` (ISO): the date facts' ages are measured on (default: each file's as_of:, else today). */
  asOf: string | undefined;
  /** `--stdin`: check the claims file given on standard input, placed at `filename` (`--stdin-filename`, default claims.yaml). */
  stdin: { filename: string } | undefined;
}

/** One `--output FORMAT:FILE`. */
export interface OutputTarget {
  format: FormatName;
  file: string;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const HELP = `Usage: claimcheck [PATH...]            check claims files (default ./claims.yaml)
       claimcheck init ARTICLE [-o FILE]   scaffold a claims file from an article
       claimcheck explain PATH NAME      the full trace of one claim
       claimcheck facts [PATH...]        list the shared facts, their ages and
                                         conflicts (default: every claims file under .;
                                         a PATH not named *claims.yaml is a facts file)
       claimcheck lsp --stdio            the language server for editors

Options:
  --format FORMAT         pretty, json, github, junit, sarif or html (default pretty)
  -o FILE                 write the report to FILE instead of standard output
  --output FORMAT:FILE    also write a report in FORMAT to FILE (repeatable):
                          --output sarif:results.sarif --output junit:junit.xml
  --force                 replace a report file (-o, --output) or init's file
                          that already exists; without it they are never replaced
  --merge                 init: add the article's new numbers to an existing file
  --derive                init: find the numbers that follow from the others
                          and write them as claims with the formula filled in
  --facts FILE            init --derive: a claims file whose inputs are outside
                          facts a formula may use (a country's area)
  --rules DIR             an extra rules folder (repeatable)
  --config FILE           use this configuration file instead of looking for
                          .claimcheckrc.yaml from each claims file's folder up
  --print-config FILE     print the configuration FILE would be checked with
  --as-of DATE            measure facts' ages on DATE (YYYY-MM-DD) instead of
                          each file's as_of: or today
  --stdin                 check the claims file given on standard input
  --stdin-filename PATH   where that file stands (default claims.yaml): its
                          article, facts, rules and configuration are found
                          from there, and reports name it
  --strict                warnings also fail the run
  --max-warnings N        fail the run when there are more than N warnings
  --max-file-size SIZE    read claims files up to SIZE (such as 10MB; default
                          5MB, or max_file_size: in the configuration)
  --quiet                 print only problems (pretty output only)
  --watch                 re-check on every change
  --color, --no-color     force colour on or off (NO_COLOR and FORCE_COLOR
                          are honoured; no colour when output is not a terminal)
  --debug                 show internal error traces
  -h, --help              this help
  -v, --version           the version

Exit status: 0 nothing failed; 1 a claim failed or errored, or a finding is an
error (with --strict, also a warning); 2 the command itself could not run.`;

export function parseCommandLine(argv: readonly string[]): { command: Command; options: CliOptions } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        rules: { type: 'string', multiple: true },
        strict: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        watch: { type: 'boolean', short: 'w' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        'max-file-size': { type: 'string' },
        debug: { type: 'boolean' },
        force: { type: 'boolean' },
        merge: { type: 'boolean' },
        derive: { type: 'boolean' },
        facts: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'print-config': { type: 'string' },
        'as-of': { type: 'string' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        output: { type: 'string', short: 'o', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        // `lsp --stdio`: the only transport there is; LSP clients pass it.
        stdio: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(plainArgError((error as Error).message));
  }
  const { values: v, positionals } = parsed;
  const format = (v.format ?? 'pretty') as FormatName;
  if (!(FORMAT_NAMES as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')} (got "${v.format}")`);
  }
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings takes a whole number, 0 or more');
  }
  let maxFileSize: number | undefined;
  if (v['max-file-size'] !== undefined) {
    maxFileSize = parseSize(v['max-file-size']);
    if (maxFileSize === undefined) throw new UsageError(`--max-file-size takes a size such as 10MB or 512KB, or a number of megabytes (got "${v['max-file-size']}")`);
  }
  const { output, outputs } = outputTargets(v.output ?? []);
  const options: CliOptions = {
    format,
    rules: v.rules ?? [],
    strict: v.strict ?? false,
    quiet: v.quiet ?? false,
    watch: v.watch ?? false,
    color: v['no-color'] ? false : v.color,
    maxWarnings,
    maxFileSize,
    debug: v.debug ?? false,
    force: v.force ?? false,
    output,
    outputs,
    merge: v.merge ?? false,
    derive: v.derive ?? false,
    facts: v.facts,
    config: v.config,
    asOf: v['as-of'],
    stdin: v.stdin ? { filename: v['stdin-filename'] ?? 'claims.yaml' } : undefined,
  };
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename goes with --stdin: claimcheck --stdin --stdin-filename stories/claims.yaml < claims.yaml');
  if (v.stdin && (positionals.length > 0 || v.watch)) {
    throw new UsageError('--stdin checks the one claims file on standard input: name no other files and do not --watch (use --stdin-filename PATH to place it)');
  }
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) throw new UsageError(`--as-of takes a date written YYYY-MM-DD, such as 2024-12-23 (got "${options.asOf}")`);
  if (v.help) return { command: { command: 'help' }, options };
  if (v.version) return { command: { command: 'version' }, options };
  if (v['print-config'] !== undefined) return { command: { command: 'print-config', path: v['print-config'] }, options };
  const [first, ...rest] = positionals;
  if ((v.derive || v.facts !== undefined) && first !== 'init') throw new UsageError('--derive and --facts go with init: claimcheck init ARTICLE --derive');
  if (v.facts !== undefined && !v.derive) throw new UsageError('--facts needs --derive: claimcheck init ARTICLE --derive --facts FILE');
  if (first === 'init') {
    if (rest.length !== 1) throw new UsageError('init takes one article: claimcheck init ARTICLE');
    return { command: { command: 'init', article: rest[0]! }, options };
  }
  if (first === 'explain') {
    if (rest.length !== 2) throw new UsageError('explain takes a claims file and a claim name: claimcheck explain claims.yaml casualty_rate');
    return { command: { command: 'explain', path: rest[0]!, name: rest[1]! }, options };
  }
  if (first === 'lsp') {
    if (rest.length > 0) throw new UsageError('lsp takes no files: claimcheck lsp --stdio (an editor starts it)');
    return { command: { command: 'lsp' }, options };
  }
  if (first === 'facts') {
    if (options.format !== 'pretty' && options.format !== 'json') throw new UsageError('facts prints pretty or json (--format json)');
    return { command: { command: 'facts', paths: rest }, options };
  }
  return { command: { command: 'check', paths: positionals }, options };
}

/** A real calendar date written YYYY-MM-DD. */
function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * Splits the `-o`/`--output` values: `FORMAT:FILE` is an extra report, a
 * plain `FILE` is where the chosen --format goes (given once at most).
 * A single-letter prefix is a Windows drive (`C:\\out.txt`), not a format.
 */
function outputTargets(values: readonly string[]): { output: string | undefined; outputs: OutputTarget[] } {
  let output: string | undefined;
  const outputs: OutputTarget[] = [];
  for (const value of values) {
    const prefixed = /^([A-Za-z][\w-]+):(.*)$/s.exec(value);
    if (prefixed) {
      const [, format, file] = prefixed as unknown as [string, string, string];
      if (!isFormatName(format)) throw new UsageError(`--output ${value}: the format must be one of ${FORMAT_NAMES.join(', ')} (got "${format}")`);
      if (file === '') throw new UsageError(`--output ${value}: name the file after the colon, e.g. --output ${format}:report.${format === 'junit' ? 'xml' : format}`);
      outputs.push({ format, file });
    } else {
      if (output !== undefined) throw new UsageError('-o FILE can be given once; use --output FORMAT:FILE for more reports');
      output = value;
    }
  }
  const files = [...(output !== undefined ? [output] : []), ...outputs.map((o) => o.file)];
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice !== undefined) throw new UsageError(`${twice} is named as an output more than once`);
  return { output, outputs };
}

function plainArgError(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]} (see claimcheck --help)`;
  const missing = /Option '([^']+)' argument missing/.exec(message);
  if (missing) return `${missing[1]!.split(',').pop()!.trim()} needs a value (see claimcheck --help)`;
  return message;
}
