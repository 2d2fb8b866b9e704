// --watch end to end: starts the built dist/claimcheck.js --watch on a claims
// file in a temporary folder, edits the file, reads standard output until the
// second report appears (it must say what changed), then stops it with SIGINT
// and expects a clean exit. Waits are bounded by the test's overall timeout only.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../src/cli/watch.js';
import type { CheckReport, ClaimResult } from '../../src/types.js';

const BIN = resolve('dist/claimcheck.js');

// 233,062 / 11.5 = 20,266 days = 55.49 years: "50 years" ([49.5, 50.5)) fails, "55 years" ([54.5, 55.5)) passes.
const claims = (stated: string) => `inputs:
  ukraine_area:
    value: 233062 square miles
    source: CIA World Factbook
  daily_gain:
    value: 11.5 square miles a day
    source: Russian defence ministry
claims:
  years_to_conquer:
    compute: ukraine_area / daily_gain
    stated: ${stated}
`;

/**
 * `claimcheck --watch claims.yaml` started in `dir`: its standard output so
 * far, a wait for a test on that output to hold, and its exit code.
 */
function startWatch(dir: string) {
  const child = spawn(process.execPath, [BIN, '--watch', 'claims.yaml'], { cwd: dir, env: { PATH: process.env['PATH'] ?? '' } });
  let stdout = '';
  const waiters: Array<() => void> = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; waiters.splice(0).forEach((w) => w()); });
  const until = (test: (out: string) => boolean) => new Promise<void>((done) => {
    const check = () => (test(stdout) ? done() : waiters.push(check));
    check();
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => stdout, until, exited };
}

describe('--watch', () => {
  it('re-checks when the claims file changes, says what changed, and stops on SIGINT', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-watch-'));
    const file = join(dir, 'claims.yaml');
    writeFileSync(file, claims('50 years'));
    const { child, output, until, exited } = startWatch(dir);
    try {
      await until((out) => out.includes('press Ctrl+C to stop'));
      expect(output()).toContain('✗ fail  years_to_conquer');
      expect(output()).not.toContain('\x1b[2J'); // not a terminal: the screen is not cleared
      writeFileSync(file, claims('55 years'));
      await until((out) => out.split('press Ctrl+C to stop').length === 3);
      const second = output().slice(output().indexOf('press Ctrl+C to stop'));
      expect(second).toContain('claims.yaml changed — years_to_conquer: fail → pass');
      expect(second).toContain('✓ pass  years_to_conquer');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 60000);

  it('re-checks when a configuration file is created beside the claims file while watching', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-watch-'));
    writeFileSync(join(dir, 'claims.yaml'), claims('50 years'));
    const { child, output, until, exited } = startWatch(dir);
    try {
      await until((out) => out.includes('press Ctrl+C to stop'));
      // One file there (the configuration names watched for are not counted).
      expect(output()).toContain('watching 1 file — press Ctrl+C to stop');
      expect(output()).toContain('✗ fail  years_to_conquer');
      // Made after the start: before, nothing was watching for it and the fail stayed an error.
      writeFileSync(join(dir, '.claimcheckrc.yaml'), 'severity: { inconsistent: warning }\n');
      await until((out) => out.split('press Ctrl+C to stop').length === 3);
      const second = output().slice(output().indexOf('press Ctrl+C to stop'));
      expect(second).toContain('.claimcheckrc.yaml changed');
      expect(second).toContain('watching 2 files — press Ctrl+C to stop');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 60000);
});

describe('describeChanges', () => {
  const claim = (name: string, verdict: ClaimResult['verdict']): ClaimResult => ({ file: 'c.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, name, verdict, gross: false, message: '', severity: 'info' });
  const finding = (message: string) => ({ file: 'c.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, kind: 'missing-source' as const, severity: 'warning' as const, message });
  const report = (claims: ClaimResult[], findings: ReturnType<typeof finding>[]): CheckReport => ({ version: 1, files: [{ path: 'c.yaml', claims, findings }], summary: { pass: 0, warn: 0, fail: 0, error: 0, info: 0, allowed: 0, errors: 0, warnings: 0 } });

  it('lists verdict changes, new and removed claims, and new and fixed findings', () => {
    const before = report([claim('a', 'pass'), claim('b', 'fail'), claim('gone', 'info')], [finding('x'), finding('y')]);
    const after = report([claim('a', 'fail'), claim('b', 'fail'), claim('c', 'pass')], [finding('y'), finding('z'), finding('w')]);
    expect(describeChanges(before, after)).toBe('a: pass → fail; c: new (pass); gone removed; 2 new findings; 1 finding fixed');
  });

  it('says a file that can no longer be read (a YAML slip mid-edit) is not read, not that its claims were removed; read again, not that they are new', () => {
    const readable = report([claim('a', 'pass'), claim('b', 'fail')], [finding('x')]);
    // Not valid YAML: check reports no claim and one yaml-syntax error in the file itself.
    const slip = { file: 'c.yaml', line: 5, column: 1, endLine: 5, endColumn: 2, kind: 'yaml-syntax' as const, severity: 'error' as const, message: 'the YAML is not valid here' };
    const unread: CheckReport = { ...readable, files: [{ path: 'c.yaml', claims: [], findings: [slip] }] };
    // The old finding 'x' went with the file; the YAML error is new.
    expect(describeChanges(readable, unread)).toBe('c.yaml cannot be read (see below), so its claims are not checked; 1 new finding; 1 finding fixed');
    // Fixed: the claims are back, b now passes.
    const fixed = report([claim('a', 'pass'), claim('b', 'pass')], [finding('x')]);
    expect(describeChanges(unread, fixed)).toBe('c.yaml is read again; 1 new finding; 1 finding fixed');
    // Still unread: nothing new to say about claims.
    expect(describeChanges(unread, unread)).toBe('no change in verdicts or findings');
  });

  it('says so when nothing changed', () => {
    const same = report([claim('a', 'pass')], [finding('x')]);
    expect(describeChanges(same, same)).toBe('no change in verdicts or findings');
  });
});
