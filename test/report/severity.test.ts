// The one severity map: each verdict (with severity and allow:) and each
// finding severity, to GitHub, SARIF and JUnit.
import { describe, expect, it } from 'vitest';
import { claimOutcome, findingOutcome, githubLevel, junitResult, sarifLevel, sarifLevelOfSeverity, type Outcome } from '../../src/report/severity.js';
import type { ClaimResult, Severity, Verdict } from '../../src/types.js';

function claim(verdict: Verdict, severity: Severity, allowed?: string): ClaimResult {
  return { file: 'c.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, name: 'x', verdict, severity, gross: false, message: 'm', ...(allowed ? { allowed } : {}) };
}

describe('severity map', () => {
  it('gives each claim result its outcome', () => {
    expect(claimOutcome(claim('pass', 'info'))).toBe('pass');
    expect(claimOutcome(claim('info', 'info'))).toBe('computed');
    expect(claimOutcome(claim('warn', 'warning'))).toBe('warning');
    expect(claimOutcome(claim('fail', 'error'))).toBe('failure');
    expect(claimOutcome(claim('error', 'error'))).toBe('error');
    // `severity: warning` on the claim keeps a fail or an error from failing the run.
    expect(claimOutcome(claim('fail', 'warning'))).toBe('warning');
    expect(claimOutcome(claim('error', 'warning'))).toBe('warning');
    // allow: wins over everything.
    expect(claimOutcome(claim('fail', 'info', 'known'))).toBe('allowed');
  });

  it('gives each finding severity its outcome', () => {
    expect(findingOutcome({ severity: 'error' })).toBe('error');
    expect(findingOutcome({ severity: 'warning' })).toBe('warning');
    expect(findingOutcome({ severity: 'info' })).toBe('note');
  });

  it('maps outcomes to GitHub, SARIF and JUnit', () => {
    const outcomes: Outcome[] = ['failure', 'error', 'warning', 'note', 'allowed', 'pass', 'computed'];
    expect(outcomes.map((o) => [o, githubLevel(o), sarifLevel(o), junitResult(o)])).toEqual([
      ['failure', 'error', 'error', 'failure'],
      ['error', 'error', 'error', 'error'],
      ['warning', 'warning', 'warning', 'none'],
      ['note', 'notice', 'note', 'none'],
      ['allowed', 'notice', 'note', 'skipped'],
      ['pass', undefined, 'none', 'none'],
      ['computed', undefined, 'none', 'none'],
    ]);
    expect(junitResult('warning', { warningsFail: true })).toBe('failure');
    expect(junitResult('note', { warningsFail: true })).toBe('none');
    expect(sarifLevelOfSeverity('error')).toBe('error');
    expect(sarifLevelOfSeverity('warning')).toBe('warning');
    expect(sarifLevelOfSeverity('info')).toBe('note');
  });
});
