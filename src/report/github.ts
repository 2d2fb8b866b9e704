/**
 * @file The `github` formatter: one GitHub Actions workflow command per
 * finding and per claim that does not pass
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`),
 * then one plain line of totals. GitHub's escaping lives here: `%`, CR and LF
 * in the message; also `:` and `,` in property values (our messages are full
 * of percentages and commas). Levels come from ./severity.ts. Pure: no I/O,
 * no environment.
 */

import type { CheckReport, Span } from '../types.js';
import { countsText } from './counts.js';
import { claimKind, claimLines, findingLines } from './details.js';
import { posixPath } from './location.js';
import { claimOutcome, findingOutcome, githubLevel, type GithubLevel } from './severity.js';

export interface GithubOptions {
  /** Absolute paths under this folder are shown relative to it. */
  cwd?: string;
}

/** Escapes a workflow command's message (the part after `::`). */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (`file=`, `title=`…). */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command. */
export function githubCommand(level: GithubLevel, span: Span, title: string, message: string, cwd?: string): string {
  const props: [string, string | number][] = [
    ['file', posixPath(span.file, cwd)],
    ['line', span.line],
    ['col', span.column],
    ['endLine', span.endLine],
    ['endColumn', span.endColumn],
    ['title', title],
  ];
  const shown = props.map(([key, value]) => `${key}=${escapeGithubProperty(String(value))}`).join(',');
  return `::${level} ${shown}::${escapeGithubData(message)}`;
}

export function formatGithub(report: CheckReport, options: GithubOptions = {}): string {
  const out: string[] = [];
  for (const file of report.files) {
    for (const claim of file.claims) {
      const level = githubLevel(claimOutcome(claim));
      if (level === undefined) continue;
      const what = claim.allowed !== undefined ? `allowed ${claimKind(claim)}` : claimKind(claim);
      out.push(githubCommand(level, { ...claim, file: file.path }, `claimcheck: ${what} (${claim.name})`, claimLines(claim).join('\n'), options.cwd));
    }
    for (const finding of file.findings) {
      const level = githubLevel(findingOutcome(finding));
      if (level === undefined) continue;
      const title = `claimcheck: ${finding.kind}${finding.claim !== undefined ? ` (${finding.claim})` : ''}`;
      out.push(githubCommand(level, finding, title, findingLines(finding).join('\n'), options.cwd));
    }
  }
  out.push(`claimcheck: ${countsText(report)}`);
  return `${out.join('\n')}\n`;
}
