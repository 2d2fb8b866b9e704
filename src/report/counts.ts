/**
 * @file The run's totals in one plain line ("21 claims: 9 pass, 2 warn ·
 * 1 error"), shared by the plain-text machine formats. Pure.
 */

import type { CheckReport } from '../types.js';

/** "21 claims: 9 pass, 2 warn, 2 fail, 1 error, 7 info · 1 warning"; zero counts after pass are left out. */
export function countsText(report: CheckReport): string {
  const s = report.summary;
  const total = s.pass + s.warn + s.fail + s.error + s.info + s.allowed;
  const parts = [`${s.pass} pass`];
  for (const [n, label] of [[s.warn, 'warn'], [s.fail, 'fail'], [s.error, 'error'], [s.info, 'info'], [s.allowed, 'allowed']] as const) {
    if (n) parts.push(`${n} ${label}`);
  }
  const extra: string[] = [];
  if (s.errors) extra.push(`${s.errors} ${s.errors === 1 ? 'error' : 'errors'}`);
  if (s.warnings) extra.push(`${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}`);
  const files = report.files.length === 1 ? '' : ` in ${report.files.length} files`;
  return `${total} ${total === 1 ? 'claim' : 'claims'}${files}: ${parts.join(', ')}${extra.length ? ` · ${extra.join(', ')}` : ''}`;
}
