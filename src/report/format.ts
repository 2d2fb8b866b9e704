/**
 * @file What an output format is. Each format is one file in src/report
 * that exports `format = defineFormat({...})`: its name (`--format NAME`),
 * the file extension its reports take, the `FormatOptions` it reads, what
 * the run must gather for it, whether it can stream, and the pure function
 * that writes it. scripts/formats.mjs finds those files and writes the
 * registry (./formats.generated.ts) at build time, so adding a format is
 * adding that one file (README, "Output formats", lists what it needs).
 */

import type { ChalkInstance } from 'chalk';
import type { CheckReport, CheckRule } from '../types.js';

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
  /** sarif: the finding kinds in force (the merged `checks.yaml` tables), for `tool.driver.rules`. */
  rules?: readonly CheckRule[];
  /** json, sarif: claimcheck's version (the release writing the report). */
  version?: string;
}

/** A format's writer: no I/O, no environment, no exit codes (ESLint's formatters). */
export type Formatter = (report: CheckReport, options?: FormatOptions) => string;

/** What a run gathers only when a format asks for it. */
export type FormatNeed =
  /** The claims files' texts, for code frames (`FormatOptions.sources`). */
  | 'sources'
  /** The rules in force (`FormatOptions.rules`). */
  | 'rules'
  /** Each file's `view`: the articles with their numbers marked (`check(…, { views: true })`); a JSON report does not carry it, so `merge` cannot write this format. */
  | 'views';

export interface FormatDefinition<Name extends string = string> {
  /** `--format NAME`, `--output NAME:FILE`. */
  name: Name;
  /** The extension a report file of this format takes, without the dot ("sarif"). */
  extension: string;
  /** One line for the docs. */
  description: string;
  /** Where it stands in lists (help, error messages): lower first. */
  order: number;
  /** The `FormatOptions` it reads. */
  options: readonly (keyof FormatOptions)[];
  /** What the run must gather for it. */
  needs: readonly FormatNeed[];
  /** Whether the CLI writes it file by file as the run goes, on standard output (json and pretty, each with its own writer: `jsonReportWriter`, `prettyReportWriter`). */
  streams: boolean;
  /** Writes the report. Pure. */
  write: Formatter;
}

/** A format's definition, its name kept as a literal type (so the registry knows every name). */
export function defineFormat<const Name extends string>(definition: FormatDefinition<Name>): FormatDefinition<Name> {
  return definition;
}
