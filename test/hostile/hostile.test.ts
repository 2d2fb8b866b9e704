// The hostile suite (issue 5, contract §10): every folder NN-name/ holds a
// claims file that attacks claimcheck (or a generator that writes one) and
// expected.json with the finding it must produce. Each case runs the BUILT
// binary (dist/claimcheck.js, built by test/global-setup.ts) in a temporary
// copy of its folder, as CI would, and must: exit as expected (1, or 2 when
// the command cannot run), report the expected kind with a positioned message,
// print no stack trace, echo nothing from outside the repository, and finish
// (the 10 s spawn timeout is a hang guard, not a timing assertion: per-case
// durations are printed by `node test/hostile/measure.mjs`).
//
// The harness (harness.mjs) documents the expected.json fields; the catalogue
// of what is rejected and why is docs/security.md.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCases, loadCase, pool, prepareCase, problemsWith, runBinary, runCase } from './harness.mjs';

// Two spawns at a time: the machine has two cores, and each run is one Node process.
const limit = pool(2);
const cases = listCases().map(loadCase);

describe('hostile claims files', () => {
  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  describe.concurrent.each(cases)('$name', (testCase) => {
    it(`${testCase.expected.about}`, { timeout: 120_000 }, async () => {
      const dir = prepareCase(testCase);
      try {
        const result = await limit(() => runCase(testCase, dir));
        expect(problemsWith(testCase, result)).toEqual([]);
      } finally {
        rmSync(dirname(dir), { recursive: true, force: true });
      }
    });
  });
});

describe('internal errors', () => {
  // CLAIMCHECK_TEST_CRASH=1 makes src/cli/main.ts throw a plain Error after
  // reading the flags: the path any bug in claimcheck would take.
  it('print one line asking to report the bug, no trace, and exit 2', async () => {
    const r = await limit(() => runBinary(['--format', 'json'], process.cwd(), { CLAIMCHECK_TEST_CRASH: '1' }));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    // Exactly one line: what happened and what to do.
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('internal error — a bug in claimcheck, not in your file');
    expect(r.stderr).toContain('please report it');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toContain('CLAIMCHECK_TEST_CRASH');
  });

  it('print the trace with --debug', async () => {
    const r = await limit(() => runBinary(['--debug'], process.cwd(), { CLAIMCHECK_TEST_CRASH: '1' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('internal error');
    expect(r.stderr).toContain('Error: CLAIMCHECK_TEST_CRASH: a simulated internal error');
    expect(r.stderr).toMatch(/^\s+at /m);
  });
});
