// `allow: { reason }` accepts a known failure (contract §6, issue 4 item 8),
// end to end through the built CLI. 233,062 / 11.5 = 20,266 days = 55.49 years:
// "50 years" ([49.5, 50.5)) fails, "55 years" ([54.5, 55.5)) passes.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('dist/claimcheck.js');
const DIR = resolve('test/fixtures/allow');

function run(file: string) {
  const r = spawnSync(process.execPath, [BIN, file, '--format', 'json'], { cwd: DIR, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
  return { code: r.status, report: JSON.parse(r.stdout) };
}

describe('allow', () => {
  it('reports an accepted failure with its reason and does not fail the run', () => {
    const { code, report } = run('accepted.claims.yaml');
    expect(code).toBe(0);
    expect(report.files[0].claims[0]).toMatchObject({ name: 'years_to_conquer', verdict: 'fail', allowed: 'the writer rounded down; correction requested' });
    expect(report.summary).toMatchObject({ fail: 0, allowed: 1 });
  });

  it('says when an allow is no longer needed because the claim passes', () => {
    const { code, report } = run('unused.claims.yaml');
    expect(code).toBe(0); // a warning
    expect(report.files[0].claims[0].verdict).toBe('pass');
    expect(report.files[0].findings).toContainEqual(expect.objectContaining({ kind: 'unused-allow', severity: 'warning', line: 8 }));
  });

  it('refuses an allow without a reason: an error, and the failure still counts', () => {
    const { code, report } = run('no-reason.claims.yaml');
    expect(code).toBe(1);
    expect(report.files[0].findings).toContainEqual(expect.objectContaining({ kind: 'allow-without-reason', severity: 'error', line: 8 }));
    expect(report.files[0].claims[0].allowed).toBeUndefined();
  });
});
