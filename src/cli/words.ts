/**
 * @file How the CLI words what it prints on standard error when a command
 * cannot run (`SetupError`, `UsageError`): the phrases of the rules in force
 * for the working folder — the defaults, then each `--rules` folder, then a
 * `rules/` folder in the working folder — so a project's `rules/checks.yaml`
 * rewords them as it rewords findings. When those rules cannot be loaded
 * (often the very problem being reported), the default rules word it. Reads
 * the rules folders through src/rules (the guarded reader); never throws.
 */

import { join, resolve } from 'node:path';
import { statSync } from 'node:fs';
import { defaultRulesDir, loadDefaultRules, loadRules } from '../rules/index.js';
import { messageText } from '../findings/interpolate.js';
import type { WordedError } from '../engine/errors.js';

/** The phrases in force for a command run in `cwd` with `--rules` folders `rulesDirs`. */
export function phrasesInForce(cwd: string, rulesDirs: readonly string[]): ReadonlyMap<string, string> | undefined {
  try {
    const named = rulesDirs.map((d) => resolve(cwd, d));
    const dirs = [...named];
    const own = join(cwd, 'rules');
    if (isFolder(own) && resolve(own) !== resolve(defaultRulesDir())) dirs.push(own);
    if (dirs.length > 0) {
      const { rules, problems } = loadRules(dirs, { cwd, named });
      if (problems.length === 0) return rules.phrases;
    }
    return loadDefaultRules().phrases;
  } catch {
    return undefined;
  }
}

/** The error's first line and its detail lines, worded with `phrases`. */
export function wordedLines(error: WordedError, phrases: ReadonlyMap<string, string> | undefined): { message: string; details: string[] } {
  if (phrases === undefined) return { message: error.message, details: [...error.details] };
  return { message: messageText(error.words, phrases), details: error.detailWords.map((d) => messageText(d, phrases)) };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
