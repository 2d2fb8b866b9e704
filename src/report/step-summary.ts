/**
 * @file The GitHub Actions job summary (`$GITHUB_STEP_SUMMARY`) in Markdown:
 * the totals, a table of EVERY claim (file, claim, verdict, computed, stated,
 * why) and a table of findings — GitHub shows only 10 annotations of each
 * level per step, so this is where a long run can be read in full. Markdown
 * escaping for table cells lives here. Pure: the CLI appends the text to the
 * file the variable names.
 */

import type { CheckReport, ClaimResult } from '../types.js';
import { safeText } from '../text/safe.js';
import { countsText } from './counts.js';
import { posixPath } from './location.js';
import { claimOutcome, findingOutcome, type Outcome } from './severity.js';

export interface StepSummaryOptions {
  /** Absolute paths under this folder are shown relative to it. */
  cwd?: string;
}

const MARK: Record<Outcome, string> = {
  failure: '❌', error: '❌', warning: '⚠️', note: 'ℹ️', allowed: '☑️', pass: '✅', computed: 'ℹ️',
};

/**
 * Escapes text for one GitHub-flavoured Markdown table cell
 * (`safeText(text, 'markdown-cell')`): backslash-escapes the punctuation that
 * would change it (`|` ends a cell, `*` `_` `~` emphasis, `` ` `` code, `[`
 * `]` links, `<` `>` `&` HTML, `$` GitHub's maths — our messages are full of
 * dollar amounts), turns line breaks into `<br>` and shows control
 * characters and bidi overrides as visible escapes.
 */
export function escapeMarkdownCell(text: string): string {
  return safeText(text, 'markdown-cell');
}

export function formatStepSummary(report: CheckReport, options: StepSummaryOptions = {}): string {
  const cell = escapeMarkdownCell;
  const out = ['## claimcheck', '', `**${cell(countsText(report))}**`, ''];
  const claims = report.files.flatMap((file) => file.claims.map((claim) => ({ file: posixPath(file.path, options.cwd), claim })));
  if (claims.length > 0) {
    out.push('| file | claim | verdict | computed | stated | why |', '| --- | --- | --- | --- | --- | --- |');
    for (const { file, claim } of claims) {
      out.push(`| ${[
        `${file}:${claim.line}`, claim.name, verdictText(claim), claim.trace?.result ?? '—', claim.stated?.text ?? '—', why(claim),
      ].map(cell).join(' | ')} |`);
    }
    out.push('');
  }
  const findings = report.files.flatMap((file) => file.findings);
  if (findings.length > 0) {
    out.push('### Findings', '', '| where | kind | severity | message |', '| --- | --- | --- | --- |');
    for (const f of findings) {
      const where = `${posixPath(f.file, options.cwd)}:${f.line}:${f.column}`;
      out.push(`| ${[where, f.kind, `${MARK[findingOutcome(f)]} ${f.severity}`, f.message].map(cell).join(' | ')} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function verdictText(claim: ClaimResult): string {
  const label = claim.allowed !== undefined ? `allowed ${claim.verdict}` : claim.gross ? `${claim.verdict} (gross)` : claim.verdict;
  return `${MARK[claimOutcome(claim)]} ${label}`;
}

/** The trace's sentence; for an error (no trace) the message; with an accepted reason after it. */
function why(claim: ClaimResult): string {
  const parts = [claim.trace?.why ?? (claim.trace ? '' : claim.message)];
  if (claim.trace?.condition) parts.push(claim.trace.condition);
  if (claim.allowed !== undefined) parts.push(`allowed: ${claim.allowed}`);
  return parts.filter((p) => p !== '').join(' — ');
}
