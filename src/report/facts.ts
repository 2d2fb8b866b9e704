/**
 * @file The formatters of `claimcheck facts`: `pretty` (each fact, its
 * values with source, date and age, where each is used, then the conflicts)
 * and `json` (the listing as it is). Pure: colour comes in as a chalk
 * instance; no I/O, no clock.
 */

import type { ChalkInstance } from 'chalk';
import type { FactsListing } from '../facts/listing.js';
import { describeAge } from '../facts/dates.js';
import { safeText } from '../text/safe.js';

/** User text (fact names, values, sources, paths) as one safe line of terminal output (docs/security.md). */
const t = (text: string): string => safeText(text, 'terminal');

/**
 * The listing for people. `unread`: a claims file, or a facts file one
 * names, could not be read (said on standard error), so an empty listing
 * does not claim the files have no `facts:` key.
 */
export function formatFactsPretty(listing: FactsListing, options: { chalk: ChalkInstance; unread?: boolean }): string {
  const c = options.chalk;
  const out: string[] = [];
  if (listing.facts.length === 0) {
    if (options.unread === true) return `no shared facts listed: a file could not be read (said above)\n`;
    return `no shared facts (no facts: key and no input with fact: or overrides:)\n`;
  }
  for (const { fact, values } of listing.facts) {
    const cumulative = values.some((v) => v.cumulative) ? c.dim(' (cumulative)') : '';
    out.push(`${c.bold(t(fact))}${cumulative}`);
    for (const v of values) {
      const date = v.asOf !== undefined ? ` as of ${t(v.asOf)}` : c.dim(' (no as_of)');
      const age = v.ageDays === undefined ? '' : `, ${describeAge(v.ageDays)} old on ${t(v.ageOn ?? listing.date)}`;
      const limit = v.maxAge === undefined ? '' : v.stale ? c.yellow(`: out of date (max_age ${t(String(v.maxAge))})`) : c.dim(` (max_age ${t(String(v.maxAge))})`);
      out.push(`  ${t(v.value)}${date}${age}${limit}`);
      out.push(`    ${c.dim('-->')} ${t(v.file)}:${v.line}:${v.column}${v.input !== undefined ? c.dim(` as input '${t(v.input)}'`) : ''}`);
      if (v.source !== undefined) out.push(`    ${c.dim('source:')} ${t(v.source)}`);
      if (v.url !== undefined) out.push(`    ${c.dim('url:')} ${t(v.url)}`);
      if (v.usedIn.length === 0) out.push(`    ${c.dim('not used by the claims files checked')}`);
      for (const use of v.usedIn) {
        out.push(`    ${c.dim('used in')} ${t(use.file)}${use.claims.length > 0 ? `: ${t(use.claims.join(', '))}` : c.dim(' (imported, used by no claim)')}`);
      }
    }
  }
  if (listing.conflicts.length > 0) {
    out.push('', c.bold('conflicts'));
    for (const k of listing.conflicts) {
      const mark = k.kind === 'contradiction' ? c.red('✗ contradiction') : c.blue('i change over time');
      out.push(`  ${mark} ${c.bold(t(k.fact))}`);
      for (const p of [k.a, k.b]) out.push(`    ${t(p.value)} (as of ${t(p.asOf ?? 'no date given')}) ${c.dim('at')} ${t(p.file)}:${p.line}:${p.column}`);
    }
  }
  const contradictions = listing.conflicts.filter((k) => k.kind === 'contradiction').length;
  const stale = listing.facts.reduce((n, f) => n + f.values.filter((v) => v.stale).length, 0);
  const changes = listing.conflicts.length - contradictions;
  // Ages are measured on each claims file's as_of: when given (else the run's date): name the date they share, or say they differ.
  const measuredOn = new Set(listing.facts.flatMap((f) => f.values.filter((v) => v.ageDays !== undefined).map((v) => v.ageOn ?? listing.date)));
  const on = measuredOn.size > 1 ? "on each claims file's as_of: date" : `on ${t(measuredOn.values().next().value ?? listing.date)}`;
  out.push('', `${counted(listing.facts.length, 'fact', 'facts')} · ${counted(contradictions, 'contradiction', 'contradictions')} · ${counted(changes, 'change over time', 'changes over time')} · ${stale} out of date ${on}`);
  return `${out.join('\n')}\n`;
}

/** "1 fact", "10 facts". */
function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The listing as JSON (documented in README, "claimcheck facts"). */
export function formatFactsJson(listing: FactsListing): string {
  return `${safeText(JSON.stringify({ version: 1, ...listing }, null, 2), 'json')}\n`;
}
