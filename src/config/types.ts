/**
 * @file The shapes of claimcheck's configuration (`.claimcheckrc.yaml`,
 * `.claimcheckrc.json`, or a `"claimcheck"` key in package.json): one file as
 * read, and the effective configuration of a claims file after merging the
 * files found from its folder upward. Pure declarations.
 */

import type { MessageValue, Severity, Span } from '../types.js';

/** A severity set by the configuration; `off` drops the finding kind altogether. */
export type SeveritySetting = Severity | 'off';

/** The tolerance settings, as the configuration names them. */
export interface Tolerances {
  /** Every hedge's relative tolerance (hedges.yaml's `tolerance`, default 10%). */
  hedge?: number;
  /** What a number word admits (numbers.yaml's `word_tolerance`, default 5%). */
  word?: number;
  /** How far beyond the admissible set is still a `warn` (checks.yaml's `loose_tolerance`, default 5%). */
  loose?: number;
  /** Significant figures of a whole number's trailing zeros (numbers.yaml, default 2). */
  significant_figures?: number;
  /** The factor that marks a fail `gross` (checks.yaml, default 2). */
  gross_factor?: number;
}

export const TOLERANCE_KEYS = ['hedge', 'word', 'loose', 'significant_figures', 'gross_factor'] as const;
export type ToleranceKey = (typeof TOLERANCE_KEYS)[number];

/** A value from a configuration file with where it was written. */
export interface Placed<T> {
  value: T;
  span: Span;
}

/** One configuration file, as read. Paths in it are still as written. */
export interface ConfigFile {
  /** Absolute path of the file. */
  path: string;
  /** The folder relative paths in it start from. */
  dir: string;
  /** `root: true`: do not look further up. */
  root: boolean;
  rules: Placed<string>[];
  ignore: Placed<string>[];
  severity: Map<string, Placed<SeveritySetting>>;
  tolerances: Partial<Record<ToleranceKey, Placed<number>>>;
  /** `max_file_size:` the largest claims file read, in bytes. */
  maxFileSize?: Placed<number>;
}

/** A glob from an `ignore:` list and the folder it is relative to. */
export interface IgnoreGlob {
  base: string;
  pattern: string;
}

/** The effective configuration of one claims file. */
export interface Config {
  /** The configuration files used, farthest first (absolute paths). */
  files: string[];
  /** Rules folders, absolute, farthest configuration's first. */
  rulesDirs: string[];
  ignore: IgnoreGlob[];
  /** Per finding kind; the nearest file's setting wins. */
  severity: Map<string, Placed<SeveritySetting>>;
  tolerances: Partial<Record<ToleranceKey, Placed<number>>>;
  /** The largest claims file read, in bytes (the nearest file's `max_file_size:`); absent: the default. */
  maxFileSize?: Placed<number>;
  /**
   * Set when a configuration file in a sub-folder of the run cannot be used:
   * the claims files under it are not checked, each reports these as
   * `config` findings, and the run exits 2 after checking the others.
   */
  problems?: readonly ConfigProblem[];
}

/** A problem in a configuration file: what is wrong (a phrase of `rules/checks.yaml` with its data) and where. */
export interface ConfigProblem {
  message: MessageValue;
  span: Span;
}
