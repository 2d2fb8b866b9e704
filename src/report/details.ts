/**
 * @file The plain-text lines that explain one claim or finding — the message,
 * then what the words allow, why, the deciding condition, an accepted reason;
 * or a finding's note and help — shared by the github, junit and sarif
 * formatters, each of which escapes them for its own consumer. Pure.
 */

import type { ClaimResult, Finding } from '../types.js';

/** A claim's message, then `stated words allow:`, `why:`, `note:` and `allowed:` lines when present. */
export function claimLines(claim: ClaimResult): string[] {
  const lines = [claim.message];
  const trace = claim.trace;
  if (trace?.admissible) lines.push(`stated words allow: ${trace.admissible}`);
  if (trace?.why) lines.push(`why: ${trace.why}`);
  if (trace?.condition) lines.push(`note: ${trace.condition}`);
  if (claim.allowed !== undefined) lines.push(`allowed: ${claim.allowed}`);
  return lines;
}

/** A finding's message, then its `note:` (why) and `help:` (what to do) when present. */
export function findingLines(finding: Finding): string[] {
  const lines = [finding.message];
  if (finding.note) lines.push(`note: ${finding.note}`);
  if (finding.hint) lines.push(`help: ${finding.hint}`);
  return lines;
}

/** The finding kind a claim's result stands for: its `kind`, else its verdict. */
export function claimKind(claim: ClaimResult): string {
  return claim.kind ?? claim.verdict;
}
