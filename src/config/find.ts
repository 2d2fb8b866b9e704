/**
 * @file Finds the configuration files that apply to a folder: from the folder
 * upward, at most one per folder (`.claimcheckrc.yaml`, `.claimcheckrc.yml`,
 * `.claimcheckrc.json`, then package.json's `"claimcheck"` key, first found
 * wins), stopping after a file with `root: true`. Reading goes through the
 * caller's `ConfigHost`, so this module does no I/O of its own.
 */

import { dirname, join } from 'node:path';
import { parseConfig } from './parse.js';
import type { ConfigFile, ConfigProblem } from './types.js';
import type { MessageValue } from '../types.js';
import { phrase } from '../findings/interpolate.js';
import { startOfFile } from '../text/span.js';

/** The names looked for in each folder, in order of preference. */
export const CONFIG_FILE_NAMES = ['.claimcheckrc.yaml', '.claimcheckrc.yml', '.claimcheckrc.json', 'package.json'] as const;

/** What the host read: the text (and whether messages may quote it), or why it could not be read. */
export type ConfigRead = { text: string; quote?: boolean } | { problem: MessageValue };

/** How the finder reads files. */
export interface ConfigHost {
  /**
   * The file's text, or `undefined` when there is no such file, or a
   * problem when there is something that may not be read (a link out of
   * the repository, a folder, a FIFO, a file too large). `kind` is
   * `package.json` for package.json files.
   */
  read(path: string, kind?: 'config' | 'package.json'): ConfigRead | undefined;
  /** How messages name a file (relative to the working directory). */
  shown(path: string): string;
}

/** What a search found: the files, nearest first, or the problems of a broken one. */
export interface ConfigChain {
  files: ConfigFile[];
  problems: ConfigProblem[];
}

/** Reads one named configuration file (`--config FILE`). A missing file is a problem. */
export function readConfigFile(path: string, host: ConfigHost): ConfigChain {
  const isPackage = /(^|[\\/])package\.json$/.test(path);
  const read = host.read(path, isPackage ? 'package.json' : 'config');
  const shown = host.shown(path);
  if (read === undefined) return { files: [], problems: [{ message: phrase('config-missing', { file: shown }), span: startOfFile(shown) }] };
  if ('problem' in read) return { files: [], problems: [{ message: read.problem, span: startOfFile(shown) }] };
  const { config, problems } = parseConfig({ text: read.text, path, shown, packageJson: isPackage, quote: read.quote ?? true });
  if (isPackage && !config && problems.length === 0) {
    return { files: [], problems: [{ message: phrase('config-no-key', { file: shown }), span: startOfFile(shown) }] };
  }
  return { files: config ? [config] : [], problems };
}

/** The configuration file of one folder, if it has one. */
function inFolder(dir: string, host: ConfigHost): ConfigChain | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(dir, name);
    const read = host.read(path, name === 'package.json' ? 'package.json' : 'config');
    if (read === undefined) continue;
    if ('problem' in read) return { files: [], problems: [{ message: read.problem, span: startOfFile(host.shown(path)) }] };
    const { config, problems } = parseConfig({ text: read.text, path, shown: host.shown(path), packageJson: name === 'package.json', quote: read.quote ?? true });
    if (problems.length > 0) return { files: [], problems };
    if (config) return { files: [config], problems: [] };
  }
  return undefined;
}

/**
 * The configuration files for a folder, nearest first. `cache` (by folder)
 * makes a run over many claims files read each folder once.
 */
export function findConfigs(dir: string, host: ConfigHost, cache: Map<string, ConfigChain> = new Map()): ConfigChain {
  const cached = cache.get(dir);
  if (cached) return cached;
  const here = inFolder(dir, host);
  let result: ConfigChain;
  if (here && here.problems.length > 0) result = here;
  else if (here && here.files[0]?.root) result = here;
  else {
    const parent = dirname(dir);
    const above: ConfigChain = parent === dir ? { files: [], problems: [] } : findConfigs(parent, host, cache);
    result = above.problems.length > 0 ? above : { files: [...(here?.files ?? []), ...above.files], problems: [] };
  }
  cache.set(dir, result);
  return result;
}
