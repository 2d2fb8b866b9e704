/**
 * @file Every command and every flag of `claimcheck`, once, as data: the
 * parser (./args.ts) builds Node's `parseArgs` configuration from this table
 * and `claimcheck --help` is rendered from it, so the two cannot drift
 * apart. A new flag is one row here plus the line in ./args.ts that reads
 * it. Pure.
 */

import { FORMAT_NAMES } from '../report/index.js';
import { wrap } from '../text/wrap.js';

/** The commands, as the first word names them (`check` is the default). */
export const COMMAND_NAMES = ['check', 'merge', 'init', 'explain', 'facts', 'lsp'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** One command's usage line(s) in the help. */
export interface CommandSpec {
  name: CommandName;
  /** What follows `claimcheck`: "init ARTICLE [-o FILE]". */
  usage: string;
  /** What it does, wrapped to the help's width. */
  description: string;
}

/** One flag. */
export interface OptionSpec {
  /** The long name, without `--`. */
  name: string;
  /** The one-letter alias, without `-`. */
  short?: string;
  /** What the value is called in the help ("FILE"); absent for a switch. */
  argument?: string;
  /** Given more than once, every value is kept. */
  multiple?: boolean;
  /** What it does, one sentence or two; wrapped to the help's width. */
  description: string;
  /** The commands that read it. */
  commands: readonly CommandName[];
}

export const COMMANDS: readonly CommandSpec[] = [
  { name: 'check', usage: '[PATH...]', description: 'check claims files (default ./claims.yaml); folders are searched for claims.yaml and *.claims.yaml' },
  { name: 'merge', usage: 'merge REPORT.json...', description: 'one report from the JSON reports of --shard runs' },
  { name: 'init', usage: 'init ARTICLE [-o FILE]', description: 'scaffold a claims file from an article' },
  { name: 'explain', usage: 'explain PATH NAME', description: 'the full trace of one claim' },
  {
    name: 'facts',
    usage: 'facts [PATH...]',
    description: 'list the shared facts, their ages and conflicts (default: every claims file under .; a PATH not named *claims.yaml is a facts file)',
  },
  { name: 'lsp', usage: 'lsp --stdio', description: 'the language server for editors' },
];

const REPORTING: readonly CommandName[] = ['check', 'merge'];

export const OPTIONS: readonly OptionSpec[] = [
  { name: 'format', short: 'f', argument: 'FORMAT', description: `${FORMAT_NAMES.slice(0, -1).join(', ')} or ${FORMAT_NAMES.at(-1)} (default pretty)`, commands: ['check', 'merge', 'explain', 'facts'] },
  { name: 'output', short: 'o', argument: 'FILE', multiple: true, description: 'write the report to FILE instead of standard output; without --format, a FILE ending .json, .html, .sarif or .xml (junit) sets the format (init: the claims file to write; -o - prints it)', commands: ['check', 'merge', 'init'] },
  {
    name: 'output',
    argument: 'FORMAT:FILE',
    multiple: true,
    description: 'also write a report in FORMAT to FILE (repeatable): --output sarif:results.sarif --output junit:junit.xml',
    commands: REPORTING,
  },
  { name: 'force', description: "replace a report file (-o, --output) or init's file that already exists; without it they are never replaced", commands: ['check', 'merge', 'init'] },
  { name: 'merge', description: "init: add the article's new numbers to an existing file", commands: ['init'] },
  { name: 'derive', description: 'init: find the numbers that follow from the others and write them as claims with the formula filled in', commands: ['init'] },
  { name: 'facts', argument: 'FILE', description: "init --derive: a claims file whose inputs are outside facts a formula may use (a country's area)", commands: ['init'] },
  { name: 'rules', argument: 'DIR', multiple: true, description: 'an extra rules folder (repeatable)', commands: ['check', 'merge', 'init', 'explain', 'facts'] },
  {
    name: 'config',
    short: 'c',
    argument: 'FILE',
    description: "use this configuration file instead of looking for .claimcheckrc.yaml from each claims file's folder up",
    commands: ['check', 'merge', 'facts'],
  },
  { name: 'print-config', argument: 'FILE', description: 'print the configuration FILE would be checked with', commands: ['check'] },
  { name: 'as-of', argument: 'DATE', description: "measure facts' ages on DATE (YYYY-MM-DD) instead of each file's as_of: or today", commands: ['check', 'facts'] },
  { name: 'shard', argument: 'I/N', description: 'check only part I of N of the files found, for a CI matrix; merge the parts\' JSON reports with claimcheck merge', commands: ['check'] },
  { name: 'stdin', description: 'check the claims file given on standard input', commands: ['check'] },
  {
    name: 'stdin-filename',
    argument: 'PATH',
    description: 'where that file stands (default claims.yaml): its article, facts, rules and configuration are found from there, and reports name it',
    commands: ['check'],
  },
  { name: 'strict', description: 'warnings also fail the run', commands: REPORTING },
  { name: 'max-warnings', argument: 'N', description: 'fail the run when there are more than N warnings', commands: REPORTING },
  {
    name: 'max-file-size',
    argument: 'SIZE',
    description: 'read claims files up to SIZE: 10MB, 512KB, 500k, or a bare number of megabytes (default 5MB, or max_file_size: in the configuration)',
    commands: ['check', 'merge', 'explain'],
  },
  { name: 'quiet', short: 'q', description: 'print only problems (pretty output), and no progress line', commands: REPORTING },
  { name: 'watch', short: 'w', description: 're-check on every change of the claims file, its article(s), the rules or the configuration', commands: ['check'] },
  {
    name: 'color',
    description: 'force colour on or off (NO_COLOR and FORCE_COLOR are honoured; no colour when output is not a terminal)',
    commands: ['check', 'merge', 'explain', 'facts'],
  },
  { name: 'no-color', description: '', commands: ['check', 'merge', 'explain', 'facts'] },
  { name: 'debug', description: 'show internal error traces', commands: COMMAND_NAMES },
  { name: 'stdio', description: 'lsp: talk over standard input and output (the only transport; editors pass it)', commands: ['lsp'] },
  { name: 'help', short: 'h', description: 'this help', commands: COMMAND_NAMES },
  { name: 'version', short: 'v', description: 'the version', commands: COMMAND_NAMES },
];

/** The `parseArgs` configuration the table describes. */
export function parseArgsOptions(): Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const option of OPTIONS) {
    const known = config[option.name];
    config[option.name] = {
      type: option.argument !== undefined ? 'string' : 'boolean',
      ...(option.short !== undefined || known?.short !== undefined ? { short: option.short ?? known!.short! } : {}),
      ...(option.multiple || known?.multiple ? { multiple: true } : {}),
    };
  }
  return config;
}

/** The rows (same long name: `-o FILE` and `--output FORMAT:FILE`) for a flag. */
export function optionSpecs(name: string): OptionSpec[] {
  return OPTIONS.filter((o) => o.name === name);
}

const WIDTH = 80;
const FLAG_COLUMN = 26;
const COMMAND_COLUMN = 41;

/** `claimcheck --help`, rendered from the tables. */
export function helpText(): string {
  const lines: string[] = [];
  COMMANDS.forEach((command, i) => {
    const lead = `${i === 0 ? 'Usage: ' : '       '}claimcheck ${command.usage}`;
    lines.push(...columns(lead, command.description, COMMAND_COLUMN));
  });
  lines.push('', 'Options (the commands that take each are in brackets; check is the default):');
  for (const option of OPTIONS) {
    if (option.name === 'no-color') continue; // shown with --color
    lines.push(...columns(`  ${flagText(option)}`, `${option.description} [${option.commands.length === COMMAND_NAMES.length ? 'all' : option.commands.join(', ')}]`, FLAG_COLUMN));
  }
  lines.push(
    '',
    'Exit status: 0 nothing failed; 1 a claim failed or errored, or a finding is an',
    'error (with --strict, also a warning); 2 the command itself could not run, or',
    'rules could not be read (a file\'s own rules: the other files are checked).',
  );
  return lines.join('\n');
}

/** How a flag is written in the help: "-f, --format FORMAT", "--color, --no-color". */
function flagText(option: OptionSpec): string {
  const long = option.name === 'color' ? '--color, --no-color' : `--${option.name}`;
  const argument = option.argument !== undefined ? ` ${option.argument}` : '';
  // `-o FILE` and `--output FORMAT:FILE` share a long name: the short row shows only the letter.
  if (option.short !== undefined && OPTIONS.filter((o) => o.name === option.name).length > 1) return `-${option.short}${argument}`;
  return `${option.short !== undefined ? `-${option.short}, ` : ''}${long}${argument}`;
}

/** `lead` then `text` wrapped into the column at `at` (on the next line when `lead` is too wide). */
function columns(lead: string, text: string, at: number): string[] {
  const wrapped = wrap(text, WIDTH - at);
  const pad = ' '.repeat(at);
  const first = lead.length < at ? [`${lead.padEnd(at)}${wrapped[0] ?? ''}`] : [lead, `${pad}${wrapped[0] ?? ''}`];
  return [...first, ...wrapped.slice(1).map((line) => `${pad}${line}`)].map((line) => line.trimEnd());
}
