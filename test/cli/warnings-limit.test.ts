// A run that only its warnings fail (`--max-warnings N`, `--strict`) says so
// on standard error: before, every claim passed, the summary showed no
// failure, and the command still exited 1 without a word, so a CI step
// failed with nothing to say why. The message is worded by the rules in force.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runClaimcheck } from '../run-binary.js';

// Two inputs without a source: two `missing-source` warnings; the claim passes (3 + 4 = 7).
const CLAIMS = 'inputs:\n  home: { value: 3 }\n  away: { value: 4 }\nclaims:\n  total: { compute: home + away, stated: 7 }\n';

const dir = mkdtempSync(join(tmpdir(), 'cc-max-warnings-'));
mkdirSync(join(dir, '.git'));
writeFileSync(join(dir, 'claims.yaml'), CLAIMS);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a run failed by its warnings alone', () => {
  it('says how many warnings and which limit, and exits 1 (--max-warnings)', () => {
    const run = runClaimcheck(['--max-warnings', '1'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 claim: 1 pass · 2 warnings');
    expect(run.stderr).toBe('claimcheck: 2 warnings, more than --max-warnings 1 allows: the run fails (exit 1)\n');
  });

  it('says it for --strict, in every format (the JSON on standard output stays whole)', () => {
    const run = runClaimcheck(['--strict', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).summary.warnings).toBe(2);
    expect(run.stderr).toBe('claimcheck: 2 warnings under --strict: the run fails (exit 1)\n');
  });

  it('says nothing when the warnings are within the limit (exit 0)', () => {
    const run = runClaimcheck(['--max-warnings', '2'], dir);
    expect([run.code, run.stderr]).toEqual([0, '']);
  });

  it('says nothing more when a claim fails: the report already says why', () => {
    const failing = mkdtempSync(join(tmpdir(), 'cc-max-warnings-fail-'));
    try {
      mkdirSync(join(failing, '.git'));
      writeFileSync(join(failing, 'claims.yaml'), CLAIMS.replace('stated: 7', 'stated: 8'));
      const run = runClaimcheck(['--strict'], failing);
      expect([run.code, run.stderr]).toEqual([1, '']);
    } finally {
      rmSync(failing, { recursive: true, force: true });
    }
  });

  it('is worded by the project\'s own rules/checks.yaml', () => {
    const own = mkdtempSync(join(tmpdir(), 'cc-max-warnings-own-'));
    try {
      mkdirSync(join(own, '.git'));
      mkdirSync(join(own, 'rules'));
      writeFileSync(join(own, 'claims.yaml'), CLAIMS);
      writeFileSync(join(own, 'rules', 'checks.yaml'), 'phrases:\n  exit-strict-warnings: "TOO MANY: {warnings}"\n');
      const run = runClaimcheck(['--strict'], own);
      expect(run.stderr).toBe('claimcheck: TOO MANY: 2 warnings\n');
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
