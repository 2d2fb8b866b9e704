/**
 * @file The formatters, by name. Each is `(report, options) => string`: no
 * I/O, no environment, no exit codes (ESLint's formatters). `formatters` is
 * the registry the CLI and the library use; every entry takes the same
 * `FormatOptions` and reads only the fields it needs.
 */

import { Chalk, type ChalkInstance } from 'chalk';
import type { CheckReport, CheckRule } from '../types.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatPretty } from './pretty.js';
import { formatSarif } from './sarif.js';

export { formatGithub, escapeGithubData, escapeGithubProperty, type GithubOptions } from './github.js';
export { formatHtml, escapeHtml } from './html.js';
export { formatJson } from './json.js';
export { formatJunit, escapeXml, type JunitOptions } from './junit.js';
export { formatPretty, type PrettyOptions } from './pretty.js';
export { formatSarif, type SarifOptions } from './sarif.js';
export { formatStepSummary, escapeMarkdownCell, type StepSummaryOptions } from './step-summary.js';

export const FORMAT_NAMES = ['pretty', 'json', 'github', 'junit', 'sarif', 'html'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Everything any formatter may need; each reads only its own fields. */
export interface FormatOptions {
  /** The working folder: absolute paths under it are shown relative to it (github, junit, sarif, step summary). */
  cwd?: string;
  /** pretty: the colour to paint with (default: none). */
  chalk?: ChalkInstance;
  /** pretty: source texts by path, for frames. */
  sources?: ReadonlyMap<string, string>;
  /** pretty: only problems. Machine formats always carry everything. */
  quiet?: boolean;
  /** junit: warnings are failures (`--strict`). */
  strict?: boolean;
  /** sarif: the finding kinds (the loaded `checks.yaml`), for `tool.driver.rules`. */
  rules?: readonly CheckRule[];
  /** sarif: claimcheck's version. */
  version?: string;
}

export type Formatter = (report: CheckReport, options?: FormatOptions) => string;

const NO_COLOUR = new Chalk({ level: 0 });

/** The formatters by `--format` name. */
export const formatters: Readonly<Record<FormatName, Formatter>> = {
  pretty: (report, o = {}) => formatPretty(report, { chalk: o.chalk ?? NO_COLOUR, sources: o.sources, quiet: o.quiet }),
  json: (report) => formatJson(report),
  github: (report, o = {}) => formatGithub(report, { cwd: o.cwd }),
  junit: (report, o = {}) => formatJunit(report, { cwd: o.cwd, warningsFail: o.strict }),
  sarif: (report, o = {}) => formatSarif(report, { rules: o.rules ?? [], cwd: o.cwd, version: o.version }),
  html: (report) => formatHtml(report),
};

/** Whether `name` is a format claimcheck knows. */
export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
