/**
 * @file The `github` formatter: one GitHub Actions workflow command per
 * finding and per claim that does not pass
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`),
 * then one plain line of totals. GitHub's escaping lives here: each line of
 * a message is made safe for a CI log (`safeText(…, 'ci-log')`: control
 * characters and bidi overrides shown as escapes, a line break inside a
 * field as `\n`, `%` as `%25`) and the lines are joined with `%0A`; property
 * values also get `:` and `,` escaped (our messages are full of percentages
 * and commas). Levels come from ./severity.ts. Pure: no I/O, no environment.
 */

import type { CheckReport, Span } from '../types.js';
import { countsText } from './counts.js';
import { claimKind, claimLines, findingLines } from './details.js';
import { safeText } from '../text/safe.js';
import { posixPath } from './location.js';
import { claimOutcome, findingOutcome, githubLevel, type GithubLevel } from './severity.js';
import { defineFormat } from './format.js';

export interface GithubOptions {
  /** Absolute paths under this folder are shown relative to it. */
  cwd?: string;
}

/**
 * Escapes one line of a workflow command's message (the part after `::`):
 * `safeText(text, 'ci-log')` — a line break inside it is shown as `\n`, never
 * sent as `%0A`, so it cannot open a line of its own in the annotation.
 */
export function escapeGithubData(text: string): string {
  return safeText(text, 'ci-log');
}

/** Escapes a workflow command's property value (`file=`, `title=`…). */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command; the message's lines become the annotation's lines. */
export function githubCommand(level: GithubLevel, span: Span, title: string, lines: readonly string[], cwd?: string): string {
  const props: [string, string | number][] = [
    ['file', posixPath(span.file, cwd)],
    ['line', span.line],
    ['col', span.column],
    ['endLine', span.endLine],
    ['endColumn', span.endColumn],
    ['title', title],
  ];
  const shown = props.map(([key, value]) => `${key}=${escapeGithubProperty(String(value))}`).join(',');
  return `::${level} ${shown}::${lines.map(escapeGithubData).join('%0A')}`;
}

export function formatGithub(report: CheckReport, options: GithubOptions = {}): string {
  const out: string[] = [];
  for (const file of report.files) {
    for (const claim of file.claims) {
      const level = githubLevel(claimOutcome(claim));
      if (level === undefined) continue;
      const what = claim.allowed !== undefined ? `allowed ${claimKind(claim)}` : claimKind(claim);
      out.push(githubCommand(level, { ...claim, file: file.path }, `claimcheck: ${what} (${claim.name})`, claimLines(claim), options.cwd));
    }
    for (const finding of file.findings) {
      const level = githubLevel(findingOutcome(finding));
      if (level === undefined) continue;
      const title = `claimcheck: ${finding.kind}${finding.claim !== undefined ? ` (${finding.claim})` : ''}`;
      out.push(githubCommand(level, finding, title, findingLines(finding), options.cwd));
    }
  }
  out.push(`claimcheck: ${countsText(report)}`);
  return `${out.join('\n')}\n`;
}

/** `--format github` (registered by scripts/formats.mjs). */
export const format = defineFormat({
  name: 'github',
  extension: 'txt',
  description: 'GitHub Actions workflow commands: annotations on the diff of a pull request.',
  order: 3,
  options: ['cwd'],
  needs: [],
  streams: false,
  write: (report, o = {}) => formatGithub(report, { cwd: o.cwd }),
});
