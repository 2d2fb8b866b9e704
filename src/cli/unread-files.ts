/**
 * @file Commands that show something other than the check report (`explain`,
 * `facts`) still say when a file the claims file names could not be read:
 * an article or a facts file that was refused (a link out of the repository,
 * a device, too large…) is one positioned line each on standard error.
 */

import type { FileResult } from '../types.js';
import { safeText } from '../text/safe.js';

/** Finding kinds that say a named file could not be used. */
const UNREAD = new Set(['article', 'facts-file']);

/** The lines to print for the files `results` could not read (empty when all were read). */
export function unreadFileLines(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const f of result.findings) {
      if (UNREAD.has(f.kind)) lines.push(`claimcheck: ${safeText(f.file, 'terminal')}:${f.line}:${f.column}: ${safeText(f.message, 'terminal')}\n`);
    }
  }
  return lines.join('');
}
