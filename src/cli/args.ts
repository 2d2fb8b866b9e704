/**
 * @file Reads the command line into a command and options, by the option
 * table of ./options.ts, and says plainly when a flag is wrong (the CLI then
 * exits 2).
 */

import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { suggest, suggestion } from '../text/suggest.js';
import type { Shard } from '../engine/shard.js';
import { parseSize } from '../load/guards.js';
import { FORMAT_BY_NAME, FORMAT_NAMES, isFormatName, type FormatName } from '../report/index.js';
import { helpText, optionSpecs, parseArgsOptions } from './options.js';
import { WordedError } from '../engine/errors.js';
import { phrase } from '../findings/interpolate.js';
import type { MessageValue } from '../types.js';

export type Command =
  | { command: 'check'; paths: string[] }
  | { command: 'init'; article: string }
  | { command: 'explain'; path: string; name: string }
  | { command: 'print-config'; path: string }
  | { command: 'facts'; paths: string[] }
  | { command: 'merge'; reports: string[] }
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
  /** `--shard I/N`: check only part I of N of the files found. */
  shard: Shard | undefined;
}

/** One `--output FORMAT:FILE`. */
export interface OutputTarget {
  format: FormatName;
  file: string;
}

/** `-o -`: the report (or init's file) goes to standard output. */
export const STANDARD_OUTPUT = '-';

/** The command line asks for something claimcheck cannot do; its words are a phrase with data (src/engine/errors.ts). */
export class UsageError extends WordedError {
  override readonly name = 'UsageError';
}

/** `claimcheck --help`: rendered from the option table (./options.ts) when asked for, not at every start. */
export { helpText };

/** What Node's `parseArgs` gives: each flag's value(s) by long name, and the words that are not flags. */
type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * Reads the command line in four phases: the flags as the option table
 * defines them (`readArgv`), the options with each value checked
 * (`optionsOf`), the command and its words (`commandOf`), and the flags a
 * command cannot take (`refuseMisplaced`).
 */
export function parseCommandLine(argv: readonly string[]): { command: Command; options: CliOptions } {
  const { values, positionals } = readArgv(argv);
  const options = optionsOf(values, positionals);
  const command = commandOf(values, positionals, options);
  refuseMisplaced(command.command, values);
  return { command, options };
}

/** Phase 1: Node's parser over the option table; its errors are read by `error.code` and said plainly. */
function readArgv(argv: readonly string[]): { values: ParsedValues; positionals: string[] } {
  const options = parseArgsOptions();
  try {
    const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
    return { values: values as ParsedValues, positionals };
  } catch (error) {
    throw new UsageError(plainArgError(error as NodeJS.ErrnoException, argv, options));
  }
}

/**
 * Which flag Node refused and why, from its error code and the tokens of a
 * lenient parse (never from the wording of its message, which may change).
 */
function plainArgError(error: NodeJS.ErrnoException, argv: readonly string[], options: ReturnType<typeof parseArgsOptions>): MessageValue {
  const { tokens } = parseArgs({ args: [...argv], allowPositionals: true, strict: false, tokens: true, options });
  const flags = tokens.filter((t) => t.kind === 'option');
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const unknown = flags.find((t) => options[t.name] === undefined);
      if (unknown) {
        // "--fromat": the long option one or two letters away, when there is one.
        const near = unknown.rawName.startsWith('--') ? suggest(unknown.name, Object.keys(options)) : undefined;
        return phrase('usage-unknown-option', { option: unknown.rawName, suggestion: near !== undefined ? phrase('did-you-mean', { name: `--${near}` }) : '' });
      }
      break;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const missing = flags.find((t) => options[t.name]?.type === 'string' && t.value === undefined);
      if (missing) return phrase('usage-needs-value', { option: `--${missing.name}` });
      // `-o -q`, `--max-file-size -1`: Node will not take a word that starts with '-' as a value unless it is glued on.
      const dashed = flags.find((t) => options[t.name]?.type === 'string' && !t.inlineValue && t.value !== undefined && t.value.startsWith('-'));
      if (dashed?.value !== undefined) {
        const written = dashed.rawName.startsWith('--') ? `${dashed.rawName}=${dashed.value}` : `${dashed.rawName}${dashed.value}`;
        return phrase('usage-value-looks-like-option', { option: dashed.rawName, value: dashed.value, written });
      }
      const given = flags.find((t) => options[t.name]?.type === 'boolean' && t.value !== undefined);
      if (given) return phrase('usage-takes-no-value', { option: `--${given.name}`, value: given.value ?? '' });
      break;
    }
  }
  return error.message;
}

/** A flag's last value, when it is a string. */
function text(values: ParsedValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Phase 2: the options, each value checked. */
function optionsOf(v: ParsedValues, positionals: readonly string[]): CliOptions {
  const { output, outputs } = outputTargets((v['output'] as string[] | undefined) ?? []);
  const format = text(v, 'format') ?? (REPORTS_TO_FILE.has(positionals[0] ?? '') ? undefined : formatOfFile(output)) ?? 'pretty';
  if (!isFormatName(format)) {
    // "xml" is JUnit's file, not a misspelt "html": a format's extension names it first.
    const byExtension = FORMAT_NAMES.filter((name) => FORMAT_BY_NAME[name].extension === format.toLowerCase());
    const near = byExtension.length === 1 ? phrase('did-you-mean', { name: byExtension[0]! }) : suggestion(format, FORMAT_NAMES);
    throw new UsageError(phrase('usage-format', { formats: FORMAT_NAMES.join(', '), value: format, suggestion: near }));
  }
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(phrase('usage-max-warnings'));
  }
  let maxFileSize: number | undefined;
  const maxFileSizeText = text(v, 'max-file-size');
  if (maxFileSizeText !== undefined) {
    maxFileSize = parseSize(maxFileSizeText);
    if (maxFileSize === undefined) throw new UsageError(phrase('usage-max-file-size', { value: maxFileSizeText }));
  }
  const stdinFilename = text(v, 'stdin-filename');
  const options: CliOptions = {
    format,
    rules: (v['rules'] as string[] | undefined) ?? [],
    strict: v['strict'] === true,
    quiet: v['quiet'] === true,
    watch: v['watch'] === true,
    color: v['no-color'] ? false : (v['color'] as boolean | undefined),
    maxWarnings,
    maxFileSize,
    debug: v['debug'] === true,
    force: v['force'] === true,
    output,
    outputs,
    merge: v['merge'] === true,
    derive: v['derive'] === true,
    facts: text(v, 'facts'),
    config: text(v, 'config'),
    asOf: text(v, 'as-of'),
    stdin: v['stdin'] ? { filename: stdinFilename ?? 'claims.yaml' } : undefined,
    shard: v['shard'] !== undefined ? parseShard(text(v, 'shard')!) : undefined,
  };
  if (stdinFilename !== undefined && !v['stdin']) throw new UsageError(phrase('usage-stdin-filename'));
  if (v['stdin'] && (positionals.length > 0 || v['watch'])) {
    throw new UsageError(phrase('usage-stdin'));
  }
  if (options.shard && (v['stdin'] || v['watch'])) throw new UsageError(phrase('usage-shard-with'));
  if ((options.derive || options.facts !== undefined) && positionals[0] !== 'init') throw new UsageError(phrase('usage-derive-init'));
  if (options.facts !== undefined && !options.derive) throw new UsageError(phrase('usage-facts-derive'));
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) throw new UsageError(phrase('usage-as-of', { value: options.asOf }));
  return options;
}

/** Commands whose `-o FILE` is not a report (init's claims file), or that take none. */
const REPORTS_TO_FILE = new Set(['init', 'explain', 'facts', 'lsp']);

/**
 * The format a report file's name asks for, when `--format` is not given:
 * `-o report.json` is JSON, not pretty text in a file named .json. Only an
 * extension exactly one format owns (json, html, sarif, xml for junit); a
 * .txt (pretty and github) or any other name keeps the default.
 */
function formatOfFile(file: string | undefined): FormatName | undefined {
  const extension = file === undefined ? undefined : /\.([A-Za-z]+)$/.exec(file)?.[1]?.toLowerCase();
  if (extension === undefined) return undefined;
  const owners = FORMAT_NAMES.filter((name) => FORMAT_BY_NAME[name].extension === extension);
  return owners.length === 1 ? owners[0] : undefined;
}

/** `--shard I/N`: whole numbers with 1 ≤ I ≤ N. */
function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || !Number.isSafeInteger(index) || !Number.isSafeInteger(count)) {
    throw new UsageError(phrase('usage-shard', { value }));
  }
  if (count < 1) throw new UsageError(phrase('usage-shard-count', { value }));
  if (index < 1 || index > count) throw new UsageError(phrase('usage-shard-index', { value, count }));
  return { index, count };
}

/** The commands, for a word that is neither one of them nor a file. */
const COMMANDS = ['init', 'explain', 'facts', 'merge', 'lsp'];

/**
 * Refuses a first word that is no file and reads as a command: `check`
 * (checking needs no command word) or a misspelt one (`explian`). Said
 * before the search for claims files, which would only say "no such file".
 */
function misspeltCommand(word: string, rest: readonly string[]): void {
  if (word === 'check' || word === 'chek') throw new UsageError(phrase('usage-check-word', { word, rest: rest.length > 0 ? rest.join(' ') : 'claims.yaml' }));
  if (/[./\\]/.test(word)) return;
  const command = suggest(word, COMMANDS);
  if (command !== undefined) throw new UsageError(phrase('usage-command-typo', { word, command }));
}

/** Phase 3: the command the words name, with its arguments. */
function commandOf(v: ParsedValues, positionals: readonly string[], options: CliOptions): Command {
  if (v['help']) return { command: 'help' };
  if (v['version']) return { command: 'version' };
  const printConfig = text(v, 'print-config');
  if (printConfig !== undefined) return { command: 'print-config', path: printConfig };
  const [first, ...rest] = positionals;
  switch (first) {
    case 'init':
      if (rest.length !== 1) throw new UsageError(phrase('usage-init'));
      return { command: 'init', article: rest[0]! };
    case 'explain':
      if (rest.length !== 2) throw new UsageError(phrase('usage-explain'));
      return { command: 'explain', path: rest[0]!, name: rest[1]! };
    case 'lsp':
      if (rest.length > 0) throw new UsageError(phrase('usage-lsp'));
      return { command: 'lsp' };
    case 'facts':
      if (options.format !== 'pretty' && options.format !== 'json') throw new UsageError(phrase('usage-facts-format'));
      return { command: 'facts', paths: rest };
    case 'merge':
      if (rest.length === 0) throw new UsageError(phrase('usage-merge'));
      return { command: 'merge', reports: rest };
    default:
      if (first !== undefined && !existsSync(first)) misspeltCommand(first, rest);
      return { command: 'check', paths: [...positionals] };
  }
}

/**
 * Phase 4: a flag the command does not read is refused — for `merge` and
 * `--shard`, which are new; the older commands keep ignoring flags they do
 * not use, so the scripts that pass them keep working.
 */
function refuseMisplaced(command: Command['command'], v: ParsedValues): void {
  if (command === 'help' || command === 'version' || command === 'print-config') return;
  for (const name of Object.keys(v)) {
    const takes = optionSpecs(name).some((o) => o.commands.includes(command));
    if (!takes && (command === 'merge' || name === 'shard')) throw new UsageError(phrase('usage-misplaced', { option: `--${name}`, command: command === 'check' ? phrase('usage-checking-files') : command }));
  }
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
      if (!isFormatName(format)) throw new UsageError(phrase('usage-output-format', { value, formats: FORMAT_NAMES.join(', '), format }));
      if (file === '') throw new UsageError(phrase('usage-output-file', { value, format, extension: FORMAT_BY_NAME[format].extension }));
      outputs.push({ format, file });
    } else {
      // "--output sarif" (the colon and file forgotten) wrote the pretty report to a file named "sarif".
      if (isFormatName(value)) throw new UsageError(phrase('usage-output-bare-format', { value, extension: FORMAT_BY_NAME[value].extension }));
      if (output !== undefined) throw new UsageError(phrase('usage-output-once'));
      output = value;
    }
  }
  const files = [...(output !== undefined ? [output] : []), ...outputs.map((o) => o.file)];
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice !== undefined) throw new UsageError(phrase('usage-output-twice', { file: twice }));
  return { output, outputs };
}
