/**
 * @file The one way to make a `Finding`: a stage's `Problem` (kind + data +
 * span) is turned into a message by the kind's template in `checks.yaml`, with
 * the kind's severity (ESLint's createProblem, vfile-message's fields). Pure.
 */

import type { CheckRule, Finding, Problem, Rules, Severity, Span } from '../types.js';
import { interpolate, messageText } from './interpolate.js';
import { clipQuotes } from '../io/excerpt.js';
import { spanOnly } from '../text/span.js';

export { interpolate, messageText, phrase, placeholders } from './interpolate.js';

/** Where each finding kind is documented. */
export const DOCS_URL = 'https://github.com/claimcheck/claimcheck/blob/main/docs/checks.md';

const UNKNOWN_KIND: CheckRule = {
  kind: 'internal',
  severity: 'error',
  description: 'A finding of a kind the rules do not describe.',
  message: '{reason}',
};

/** Turns a stage's problem into a positioned, worded finding. */
export function createFinding(rules: Pick<Rules, 'checks' | 'phrases'>, problem: Problem, severity?: Severity): Finding {
  const check = rules.checks.get(problem.kind) ?? UNKNOWN_KIND;
  const data = clipData(writePhrases(problem.data, rules.phrases));
  const finding: Finding = {
    kind: problem.kind,
    severity: severity ?? check.severity,
    message: interpolate(check.message, data),
    ...spanOnly(problem.span),
    url: `${DOCS_URL}#${problem.kind}`,
  };
  if (problem.claim !== undefined) finding.claim = problem.claim;
  if (problem.actual !== undefined) finding.actual = problem.actual;
  if (problem.expected !== undefined) finding.expected = problem.expected;
  if (check.note !== undefined) finding.note = interpolate(check.note, data);
  if (check.hint !== undefined) finding.hint = interpolate(check.hint, data);
  else if (problem.data['hint'] !== undefined && problem.data['hint'] !== '') finding.hint = messageText(problem.data['hint'], rules.phrases);
  return finding;
}

/** The data with every phrase value written out from the rules' `phrases:` (then clipped as any text is). */
function writePhrases(data: Problem['data'], phrases: Rules['phrases']): Readonly<Record<string, string | number>> {
  let written: Record<string, string | number> | undefined;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'object') continue;
    written ??= { ...(data as Record<string, string | number>) };
    written[key] = messageText(value, phrases);
  }
  return written ?? (data as Readonly<Record<string, string | number>>);
}

/** Longest text a message quotes from the file whole; longer ones are shortened (a hostile file can hold 2 MB on one line). */
const MAX_DATA_TEXT = 300;

/**
 * The data made safe to put in a message: control characters escaped, every
 * quoted text ("…", '…') shortened to an 80-character excerpt
 * (src/io/excerpt.ts), and every over-long text shortened to its start and
 * end: "1000…000 (30001 characters)".
 */
function clipData(data: Readonly<Record<string, string | number>>): Readonly<Record<string, string | number>> {
  let clipped: Record<string, string | number> | undefined;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') continue;
    let safe = clipQuotes(value);
    if (safe.length > MAX_DATA_TEXT) safe = `${safe.slice(0, 200)}…${safe.slice(-40)} (${safe.length} characters)`;
    if (safe === value) continue;
    clipped ??= { ...data };
    clipped[key] = safe;
  }
  return clipped ?? data;
}


/**
 * Whether a finding says the rules its claims file chose could not be read
 * (a `rules` error), or the configuration of its sub-folder (a `config`
 * error): that file's claims were not judged, and the run exits 2, the
 * contract's "unreadable rules".
 */
export function isUnreadableRules(finding: Pick<Finding, 'kind' | 'severity'>): boolean {
  return (finding.kind === 'rules' || finding.kind === 'config') && finding.severity === 'error';
}
