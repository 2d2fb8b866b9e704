/**
 * @file The one place severities are mapped. A claim's verdict (with its
 * severity and `allow:`) or a finding's severity becomes an `Outcome`, and
 * each machine format reads its own level from one table keyed by outcome:
 * GitHub (`error`/`warning`/`notice`), SARIF (`error`/`warning`/`note`/`none`),
 * JUnit (`failure`/`error`/`skipped`/none). No formatter compares severity or
 * verdict strings itself. Pure: no I/O.
 */

import type { ClaimResult, Finding, Severity, Verdict } from '../types.js';

/**
 * What one reported item means for the run:
 * - `failure`: a claim failed (its numbers disagree) and fails the run;
 * - `error`: a claim could not be judged, or an error finding; fails the run;
 * - `warning`: a warn, a fail or error kept to a warning by `severity: warning`, a warning finding;
 * - `note`: an info finding;
 * - `allowed`: a failure accepted by `allow: { reason }`;
 * - `pass`: a claim that holds;
 * - `computed`: a claim with nothing stated to check (verdict `info`): shown, not judged.
 */
export type Outcome = 'failure' | 'error' | 'warning' | 'note' | 'allowed' | 'pass' | 'computed';

/** Each verdict, given the claim's severity (`error` unless `severity: warning`). */
const VERDICT_OUTCOME: Record<Verdict, (severity: Severity) => Outcome> = {
  pass: () => 'pass',
  info: () => 'computed',
  warn: () => 'warning',
  fail: (severity) => (severity === 'error' ? 'failure' : 'warning'),
  error: (severity) => (severity === 'error' ? 'error' : 'warning'),
};

const FINDING_OUTCOME: Record<Severity, Outcome> = { error: 'error', warning: 'warning', info: 'note' };

/** What a claim's result means for the run. */
export function claimOutcome(claim: ClaimResult): Outcome {
  if (claim.allowed !== undefined) return 'allowed';
  return VERDICT_OUTCOME[claim.verdict](claim.severity);
}

/** What a finding means for the run. */
export function findingOutcome(finding: Pick<Finding, 'severity'>): Outcome {
  return FINDING_OUTCOME[finding.severity];
}

/** GitHub workflow-command level; `undefined`: no annotation (passes). */
export type GithubLevel = 'error' | 'warning' | 'notice';
const GITHUB: Record<Outcome, GithubLevel | undefined> = {
  failure: 'error', error: 'error', warning: 'warning', note: 'notice', allowed: 'notice', pass: undefined, computed: undefined,
};

/** The GitHub annotation command for an outcome, or `undefined` when it gets none. */
export function githubLevel(outcome: Outcome): GithubLevel | undefined {
  return GITHUB[outcome];
}

/** SARIF `result.level`; `none` items are not reported as results. */
export type SarifLevel = 'error' | 'warning' | 'note' | 'none';
const SARIF: Record<Outcome, SarifLevel> = {
  failure: 'error', error: 'error', warning: 'warning', note: 'note', allowed: 'note', pass: 'none', computed: 'none',
};

/** The SARIF level of an outcome. An `allowed` result also carries a suppression. */
export function sarifLevel(outcome: Outcome): SarifLevel {
  return SARIF[outcome];
}

/** The SARIF `defaultConfiguration.level` of a finding kind with this default severity. */
export function sarifLevelOfSeverity(severity: Severity): SarifLevel {
  return SARIF[FINDING_OUTCOME[severity]];
}

/** What a JUnit testcase holds: `<failure>`, `<error>`, `<skipped>`, or nothing (it passes). */
export type JunitResult = 'failure' | 'error' | 'skipped' | 'none';
const JUNIT: Record<Outcome, JunitResult> = {
  failure: 'failure', error: 'error', warning: 'none', note: 'none', allowed: 'skipped', pass: 'none', computed: 'none',
};

/**
 * The JUnit result of an outcome. Warnings pass (with a `<system-out>` note)
 * unless `warningsFail` (the CLI sets it under `--strict`), when they are failures.
 */
export function junitResult(outcome: Outcome, options: { warningsFail?: boolean } = {}): JunitResult {
  if (outcome === 'warning' && options.warningsFail) return 'failure';
  return JUNIT[outcome];
}

/** Whether an outcome is worth a result of its own in a problem list (not a pass, not a computed value). */
export function isReported(outcome: Outcome): boolean {
  return SARIF[outcome] !== 'none';
}
