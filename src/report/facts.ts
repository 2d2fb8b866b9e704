/**
 * @file The formatters of `claimcheck facts`: `pretty` (each fact, its
 * values with source, date and age, where each is used, then the conflicts)
 * and `json` (the listing as it is). Pure: colour comes in as a chalk
 * instance; no I/O, no clock.
 */

import type { ChalkInstance } from 'chalk';
import type { FactsListing } from '../facts/listing.js';
import { describeAge } from '../facts/dates.js';

/** The listing for people. */
export function formatFactsPretty(listing: FactsListing, options: { chalk: ChalkInstance }): string {
  const c = options.chalk;
  const out: string[] = [];
  if (listing.facts.length === 0) return `no shared facts (no facts: key and no input with fact: or overrides:)\n`;
  for (const { fact, values } of listing.facts) {
    const cumulative = values.some((v) => v.cumulative) ? c.dim(' (cumulative)') : '';
    out.push(`${c.bold(fact)}${cumulative}`);
    for (const v of values) {
      const date = v.asOf !== undefined ? ` as of ${v.asOf}` : c.dim(' (no as_of)');
      const age = v.ageDays === undefined ? '' : `, ${describeAge(v.ageDays)} old on ${v.ageOn ?? listing.date}`;
      const limit = v.maxAge === undefined ? '' : v.stale ? c.yellow(`: out of date (max_age ${v.maxAge})`) : c.dim(` (max_age ${v.maxAge})`);
      out.push(`  ${v.value}${date}${age}${limit}`);
      out.push(`    ${c.dim('-->')} ${v.file}:${v.line}:${v.column}${v.input !== undefined ? c.dim(` as input '${v.input}'`) : ''}`);
      if (v.source !== undefined) out.push(`    ${c.dim('source:')} ${v.source}`);
      if (v.url !== undefined) out.push(`    ${c.dim('url:')} ${v.url}`);
      if (v.usedIn.length === 0) out.push(`    ${c.dim('not used by the claims files checked')}`);
      for (const use of v.usedIn) {
        out.push(`    ${c.dim('used in')} ${use.file}${use.claims.length > 0 ? `: ${use.claims.join(', ')}` : c.dim(' (imported, used by no claim)')}`);
      }
    }
  }
  if (listing.conflicts.length > 0) {
    out.push('', c.bold('conflicts'));
    for (const k of listing.conflicts) {
      const mark = k.kind === 'contradiction' ? c.red('✗ contradiction') : c.blue('i change over time');
      out.push(`  ${mark} ${c.bold(k.fact)}`);
      for (const p of [k.a, k.b]) out.push(`    ${p.value} (as of ${p.asOf ?? 'no date given'}) ${c.dim('at')} ${p.file}:${p.line}:${p.column}`);
    }
  }
  const contradictions = listing.conflicts.filter((k) => k.kind === 'contradiction').length;
  const stale = listing.facts.reduce((n, f) => n + f.values.filter((v) => v.stale).length, 0);
  out.push('', `${listing.facts.length} facts · ${contradictions} contradictions · ${listing.conflicts.length - contradictions} changes over time · ${stale} out of date on ${listing.date}`);
  return `${out.join('\n')}\n`;
}

/** The listing as JSON (documented in README, "claimcheck facts"). */
export function formatFactsJson(listing: FactsListing): string {
  return `${JSON.stringify({ version: 1, ...listing }, null, 2)}\n`;
}
