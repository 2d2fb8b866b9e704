/**
 * @file Commands that show something other than the check report (`explain`,
 * `facts`) still say when a file the claims file names could not be read:
 * an article or a facts file that was refused (a link out of the repository,
 * a device, too large…) is one positioned line each on standard error; so is
 * a claims file that was itself refused or is not valid YAML.
 */

import type { FileResult } from '../types.js';
import { safeText } from '../text/safe.js';
import { isUnreadableRules } from '../findings/index.js';

/** Finding kinds that say a named file could not be used. */
const UNREAD = new Set(['article', 'facts-file']);

/** The lines to print for the files `results` could not read (empty when all were read). */
export function unreadFileLines(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const f of result.findings) {
      if (UNREAD.has(f.kind) || refusesClaimsFile(result, f)) lines.push(`claimcheck: ${safeText(f.file, 'terminal')}:${f.line}:${f.column}: ${safeText(f.message, 'terminal')}\n`);
    }
  }
  return lines.join('');
}

/** Whether any claims file of `results` could not be read at all (refused, or not valid YAML). */
export function hasRefusedClaimsFile(results: readonly FileResult[]): boolean {
  return results.some((r) => r.findings.some((f) => refusesClaimsFile(r, f)));
}

/** The findings that kept the claims file of `result` from being read (none when it was read). */
export function claimsFileRefusals(result: FileResult): FileResult['findings'] {
  return result.findings.filter((f) => refusesClaimsFile(result, f));
}

/**
 * A finding that kept the claims file itself from being read: YAML that does
 * not parse, or a refusal at its first line (a link out of the repository, a
 * device, too large: the `schema` finding `check` reports at 1:1), or rules
 * it chose that cannot be used (a `rules` finding).
 */
function refusesClaimsFile(result: FileResult, f: FileResult['findings'][number]): boolean {
  // The rules the file chose cannot be used (its `rules:` key, a table beside it): nothing of it was read.
  if (isUnreadableRules(f)) return true;
  if (f.file !== result.path || f.severity !== 'error') return false;
  if (f.kind === 'yaml-syntax') return true;
  return f.kind === 'schema' && f.line === 1 && f.column === 1 && result.claims.length === 0;
}
