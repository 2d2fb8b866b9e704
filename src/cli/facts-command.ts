/**
 * @file `claimcheck facts [PATH...]`: checks the claims files (default:
 * every one under the working folder), then lists the shared facts they use
 * — values, sources, dates, ages, where each is used — and the conflicts
 * between them, pretty or as JSON. Exit status: 1 when two values of a fact
 * contradict each other or a used fact is out of date, else 0.
 */

import { check } from '../engine/check.js';
import { factsListing } from '../facts/listing.js';
import { formatFactsJson, formatFactsPretty } from '../report/facts.js';
import type { CliOptions } from './args.js';
import { chalkFor } from './color.js';

export async function runFacts(paths: readonly string[], options: CliOptions): Promise<number> {
  const cwd = process.cwd();
  const today = new Date().toISOString().slice(0, 10);
  const report = await check(paths.length > 0 ? paths : ['.'], {
    cwd,
    rulesDirs: options.rules,
    today,
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
  });
  const listing = factsListing(report, options.asOf ?? today);
  const chalk = chalkFor({ flag: options.color, env: process.env, isTTY: process.stdout.isTTY === true });
  process.stdout.write(options.format === 'json' ? formatFactsJson(listing) : formatFactsPretty(listing, { chalk }));
  const stale = listing.facts.some((f) => f.values.some((v) => v.stale && v.usedIn.some((u) => u.claims.length > 0)));
  return stale || listing.conflicts.some((k) => k.kind === 'contradiction') ? 1 : 0;
}
