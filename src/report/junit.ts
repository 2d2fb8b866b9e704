/**
 * @file The `junit` formatter: JUnit XML as CI test reporters read it (GitLab,
 * Jenkins, Azure, the JUnit report actions). One `<testsuite>` per claims file
 * (name = its path), one `<testcase>` per claim — passes included — plus one
 * per finding (`finding: quote-not-found at article.md:40:12`), names unique
 * within a suite. A failed claim holds `<failure type="inconsistent">`, an
 * error `<error>`, an accepted failure `<skipped>`, a warning only a
 * `<system-out>` note (a `<failure>` under `warningsFail`); which one comes
 * from ./severity.ts. XML escaping is `safeText(…, 'xml')`, line by line:
 * the five specials as entities, a line break or tab inside a field as a
 * character reference, control characters and bidi overrides as visible
 * escapes. Pure: no I/O.
 */

import type { CheckReport, FileResult } from '../types.js';
import { claimKind, claimLines, findingLines } from './details.js';
import { safeText } from '../text/safe.js';
import { posixPath } from './location.js';
import { claimOutcome, findingOutcome, isReported, junitResult, type JunitResult, type Outcome } from './severity.js';
import { defineFormat } from './format.js';

export interface JunitOptions {
  /** Warnings become `<failure>`s (the CLI sets this under `--strict`). */
  warningsFail?: boolean;
  /** Absolute paths under this folder are shown relative to it. */
  cwd?: string;
}

/**
 * Escapes text for XML content or a double-quoted attribute: `safeText(text,
 * 'xml')`. Characters XML 1.0 forbids, C1 controls and bidi overrides are
 * shown as `\u001b`-style escapes; line breaks and tabs are kept as
 * character references.
 */
export function escapeXml(text: string): string {
  return safeText(text, 'xml');
}

/** The lines of an element's text: each escaped, joined by real line breaks. */
function escapeLines(lines: readonly string[]): string {
  return lines.map(escapeXml).join('\n');
}

interface Case {
  name: string;
  line: number;
  file: string;
  result: JunitResult;
  /** The `type` of a failure or error: the finding kind. */
  type: string;
  /** The one-line message (failure/error/skipped `message`). */
  message: string;
  /** Everything, with the location first, a line each: the element's text, or the `<system-out>` of a passing warning. */
  body: string[];
  outcome: Outcome;
}

interface Counts { tests: number; failures: number; errors: number; skipped: number }

export function formatJunit(report: CheckReport, options: JunitOptions = {}): string {
  const suites = report.files.map((file) => suiteCases(file, options));
  const total = addUp(suites.flatMap((s) => s.cases));
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="claimcheck"${countAttributes(total)}>`,
  ];
  for (const suite of suites) {
    out.push(`  <testsuite name="${escapeXml(suite.name)}"${countAttributes(addUp(suite.cases))}>`);
    for (const c of suite.cases) out.push(...testcase(c, suite.name));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

function suiteCases(file: FileResult, options: JunitOptions): { name: string; cases: Case[] } {
  const name = posixPath(file.path, options.cwd);
  const used = new Set<string>();
  const cases: Case[] = [];
  for (const claim of file.claims) {
    const outcome = claimOutcome(claim);
    const lines = claimLines(claim);
    cases.push({
      name: unique(claim.name, used),
      line: claim.line,
      file: name,
      outcome,
      result: junitResult(outcome, options),
      type: claimKind(claim),
      message: claim.allowed !== undefined ? `allowed: ${claim.allowed}` : claim.message,
      body: [`${name}:${claim.line}:${claim.column}`, ...lines],
    });
  }
  for (const finding of file.findings) {
    const outcome = findingOutcome(finding);
    const where = `${posixPath(finding.file, options.cwd)}:${finding.line}:${finding.column}`;
    cases.push({
      name: unique(`finding: ${finding.kind} at ${where}`, used),
      line: finding.line,
      file: posixPath(finding.file, options.cwd),
      outcome,
      result: junitResult(outcome, options),
      type: finding.kind,
      message: finding.message,
      body: [where, ...findingLines(finding)],
    });
  }
  return { name, cases };
}

/** `name`, or `name (2)`, `name (3)`… when it is already taken in this suite. */
function unique(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = `${name} (${n})`;
  used.add(candidate);
  return candidate;
}

function testcase(c: Case, classname: string): string[] {
  const open = `    <testcase name="${escapeXml(c.name)}" classname="${escapeXml(classname)}" file="${escapeXml(c.file)}" line="${c.line}"`;
  const message = `message="${escapeXml(c.message)}"`;
  switch (c.result) {
    case 'failure':
    case 'error':
      return [`${open}>`, `      <${c.result} ${message} type="${escapeXml(c.type)}">${escapeLines(c.body)}</${c.result}>`, '    </testcase>'];
    case 'skipped':
      return [`${open}>`, `      <skipped ${message}/>`, `      <system-out>${escapeLines(c.body)}</system-out>`, '    </testcase>'];
    case 'none':
      // A passing warning or note keeps its explanation where reporters show test output.
      if (!isReported(c.outcome)) return [`${open}/>`];
      return [`${open}>`, `      <system-out>${escapeLines(c.body)}</system-out>`, '    </testcase>'];
    default: {
      const never: never = c.result;
      return never;
    }
  }
}

function addUp(cases: readonly Case[]): Counts {
  const counts: Counts = { tests: cases.length, failures: 0, errors: 0, skipped: 0 };
  const field: Record<JunitResult, keyof Counts | undefined> = { failure: 'failures', error: 'errors', skipped: 'skipped', none: undefined };
  for (const c of cases) {
    const key = field[c.result];
    if (key) counts[key]++;
  }
  return counts;
}

function countAttributes(c: Counts): string {
  return ` tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}"`;
}

/** `--format junit` (registered by scripts/formats.mjs). */
export const format = defineFormat({
  name: 'junit',
  extension: 'xml',
  description: 'JUnit XML: one test case per claim and finding, for CI test views.',
  order: 4,
  options: ['cwd', 'strict'],
  needs: [],
  streams: false,
  write: (report, o = {}) => formatJunit(report, { cwd: o.cwd, warningsFail: o.strict }),
});
