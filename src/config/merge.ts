/**
 * @file Merges configuration files into one effective configuration: nearer
 * files over farther ones key by key (each `severity` kind and each tolerance
 * separately); `rules` and `ignore` lists add up, each entry resolved from the
 * folder of the file that wrote it. Pure.
 */

import { resolve } from 'node:path';
import type { Config, ConfigFile } from './types.js';

/** An empty configuration: what a claims file gets when no file is found. */
export function emptyConfig(): Config {
  return { files: [], rulesDirs: [], ignore: [], severity: new Map(), tolerances: {} };
}

/** Merges `files`, given nearest first (as `findConfigs` returns them). */
export function mergeConfigs(files: readonly ConfigFile[]): Config {
  const config = emptyConfig();
  for (const file of [...files].reverse()) {
    config.files.push(file.path);
    for (const dir of file.rules) config.rulesDirs.push(resolve(file.dir, dir.value));
    for (const glob of file.ignore) config.ignore.push({ base: file.dir, pattern: glob.value });
    for (const [kind, setting] of file.severity) config.severity.set(kind, setting);
    config.tolerances = { ...config.tolerances, ...file.tolerances };
    if (file.maxFileSize) config.maxFileSize = file.maxFileSize;
  }
  return config;
}
