/**
 * @file The formatters, by name. Each format is one file that defines itself
 * (./format.ts); the generated registry (./formats.generated.ts) lists them.
 * Each writer is `(report, options) => string`: no I/O, no environment, no
 * exit codes (ESLint's formatters). `formatters` is the table the CLI and
 * the library use; every entry takes the same `FormatOptions` and reads only
 * the fields it needs.
 */

import type { FormatDefinition, FormatNeed, Formatter } from './format.js';
import { FORMAT_DEFINITIONS } from './formats.generated.js';

export { formatGithub, escapeGithubData, escapeGithubProperty, type GithubOptions } from './github.js';
export { formatHtml, escapeHtml } from './html.js';
export { formatJson } from './json.js';
export { formatJunit, escapeXml, type JunitOptions } from './junit.js';
export { formatPretty, type PrettyOptions } from './pretty.js';
export { formatSarif, type SarifOptions } from './sarif.js';
export { formatStepSummary, escapeMarkdownCell, type StepSummaryOptions } from './step-summary.js';
export { defineFormat, type FormatDefinition, type FormatNeed, type FormatOptions, type Formatter } from './format.js';

/** Every format, in list order (`--format` names, help, error messages). */
const FORMATS = [...FORMAT_DEFINITIONS].sort((a, b) => a.order - b.order);

export type FormatName = (typeof FORMAT_DEFINITIONS)[number]['name'];

/** The `--format` names. */
export const FORMAT_NAMES: readonly FormatName[] = FORMATS.map((f) => f.name);

/** Each format's definition (extension, options it reads, what the run gathers for it), by name. */
export const FORMAT_BY_NAME: Readonly<Record<FormatName, FormatDefinition>> = Object.fromEntries(FORMATS.map((f) => [f.name, f])) as Record<FormatName, FormatDefinition>;

/** The formatters by `--format` name. */
export const formatters: Readonly<Record<FormatName, Formatter>> = Object.fromEntries(FORMATS.map((f) => [f.name, f.write])) as Record<FormatName, Formatter>;

/** Whether `name` is a format claimcheck knows. */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMAT_BY_NAME, name);
}

/** Whether any of `formats` needs what the run gathers only on request. */
export function formatsNeed(formats: readonly FormatName[], need: FormatNeed): boolean {
  return formats.some((name) => FORMAT_BY_NAME[name].needs.includes(need));
}
