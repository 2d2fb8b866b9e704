/**
 * @file `claimcheck facts [PATH...]`: checks the claims files (default:
 * every one under the working folder; a PATH that is a file not named
 * claims.yaml or *.claims.yaml is a facts file, listed on its own), then
 * lists the shared facts they use
 * — values, sources, dates, ages, where each is used — and the conflicts
 * between them, pretty or as JSON. Exit status: 1 when two values of a fact
 * contradict each other, a used fact is out of date, a claims file could
 * not be read (refused, or not valid YAML) or a facts file it names could
 * not be used (missing, refused, in a circle) — each said on standard error
 * at its file:line:column — else 0.
 */

import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { check, checkFactsFile, summarize, type CheckOptions } from '../engine/check.js';
import { isClaimsFileName } from '../engine/discover.js';
import { findConflicts } from '../facts/conflicts.js';
import type { CheckReport } from '../types.js';
import { factsListing } from '../facts/listing.js';
import { formatFactsJson, formatFactsPretty } from '../report/facts.js';
import type { CliOptions } from './args.js';
import { chalkFor } from './color.js';
import { hasRefusedClaimsFile, unreadFileLines } from './unread-files.js';
import { isUnreadableRules } from '../findings/index.js';

export async function runFacts(paths: readonly string[], options: CliOptions): Promise<number> {
  const cwd = process.cwd();
  const today = new Date().toISOString().slice(0, 10);
  const checkOptions: CheckOptions = {
    cwd,
    rulesDirs: options.rules,
    today,
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
  };
  // A file that is not a claims file by name is a facts file, listed on its own.
  const isFactsFile = (p: string): boolean => !isClaimsFileName(basename(p)) && existsSync(resolve(cwd, p)) && statSync(resolve(cwd, p)).isFile();
  const factsFiles = paths.filter(isFactsFile);
  const claimsPaths = paths.filter((p) => !isFactsFile(p));
  const claims = claimsPaths.length > 0 || factsFiles.length === 0 ? (await check(claimsPaths.length > 0 ? claimsPaths : ['.'], checkOptions)).files : [];
  const files = [...claims, ...factsFiles.map((p) => checkFactsFile(p, checkOptions))];
  // The listing shows facts, not findings; a claims, article or facts file that could not be read is still said.
  process.stderr.write(unreadFileLines(files));
  // Conflicts again over everything listed: a facts file named on its own counts too.
  const { conflicts } = findConflicts(files);
  const report: CheckReport = { version: 1, files, summary: summarize(files), conflicts };
  const listing = factsListing(report, options.asOf ?? today);
  const chalk = chalkFor({ flag: options.color, env: process.env, isTTY: process.stdout.isTTY === true });
  // A facts file named by `facts:` that could not be used (missing, refused, in a circle): its facts are not listed.
  const factsUnread = files.some((r) => r.findings.some((f) => f.kind === 'facts-file' && f.severity === 'error'));
  const claimsUnread = hasRefusedClaimsFile(files);
  process.stdout.write(options.format === 'json' ? formatFactsJson(listing) : formatFactsPretty(listing, { chalk, unread: factsUnread || claimsUnread }));
  const stale = listing.facts.some((f) => f.values.some((v) => v.stale && v.usedIn.some((u) => u.claims.length > 0)));
  // Rules a claims file chose that cannot be read are the contract's "unreadable rules" (exit 2), as for `check`;
  // a claims file that could not be read fails the run as it does `check`: its facts are not in the listing.
  // So does a facts file it names that could not be used: a CI step running `facts` to keep the shared
  // figures honest would otherwise pass with none of them checked.
  if (files.some((r) => r.findings.some(isUnreadableRules))) return 2;
  return stale || claimsUnread || factsUnread || listing.conflicts.some((k) => k.kind === 'contradiction') ? 1 : 0;
}
