/**
 * @file The `junit` formatter: JUnit XML as CI test reporters read it (GitLab,
 * Jenkins, Azure, the JUnit report actions). One `<testsuite>` per claims file
 * (name = its path), one `<testcase>` per claim — passes included — plus one
 * per finding (`finding: quote-not-found at article.md:40:12`), names unique
 * within a suite. A failed claim holds `<failure type="inconsistent">`, an
 * error `<error>`, an accepted failure `<skipped>`, a warning only a
 * `<system-out>` note (a `<failure>` under `warningsFail`); which one comes
 * from ./severity.ts. XML escaping lives here. Pure: no I/O.
 */

import type { CheckReport, FileResult } from '../types.js';
import { claimKind, claimLines, findingLines } from './details.js';
import { posixPath } from './location.js';
import { claimOutcome, findingOutcome, isReported, junitResult, type JunitResult, type Outcome } from './severity.js';

export interface JunitOptions {
  /** Warnings become `<failure>`s (the CLI sets this under `--strict`). */
  warningsFail?: boolean;
  /** Absolute paths under this folder are shown relative to it. */
  cwd?: string;
}

/** Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content or a double-quoted attribute; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(ILLEGAL_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** As `escapeXml`, keeping line breaks and tabs in attributes (which XML would otherwise turn into spaces). */
function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
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
  /** Everything, with the location first: the element's text, or the `<system-out>` of a passing warning. */
  body: string;
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
    out.push(`  <testsuite name="${escapeAttribute(suite.name)}"${countAttributes(addUp(suite.cases))}>`);
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
      body: [`${name}:${claim.line}:${claim.column}`, ...lines].join('\n'),
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
      body: [where, ...findingLines(finding)].join('\n'),
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
  const open = `    <testcase name="${escapeAttribute(c.name)}" classname="${escapeAttribute(classname)}" file="${escapeAttribute(c.file)}" line="${c.line}"`;
  const message = `message="${escapeAttribute(c.message)}"`;
  switch (c.result) {
    case 'failure':
    case 'error':
      return [`${open}>`, `      <${c.result} ${message} type="${escapeAttribute(c.type)}">${escapeXml(c.body)}</${c.result}>`, '    </testcase>'];
    case 'skipped':
      return [`${open}>`, `      <skipped ${message}/>`, `      <system-out>${escapeXml(c.body)}</system-out>`, '    </testcase>'];
    case 'none':
      // A passing warning or note keeps its explanation where reporters show test output.
      if (!isReported(c.outcome)) return [`${open}/>`];
      return [`${open}>`, `      <system-out>${escapeXml(c.body)}</system-out>`, '    </testcase>'];
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
