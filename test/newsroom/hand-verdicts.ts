// The tests a newsroom trial makes of its claims files (shared by
// test/newsroom/trial.test.ts and test/newsroom2/trial.test.ts): every file
// of the folder is checked, each claim gets the verdict worked out by hand
// (and, where one is given, the computed value to five significant figures),
// and each file binds cleanly — no error finding, every number of its
// article covered.
import { expect, it } from 'vitest';
import { check } from '../../src/engine/check.js';
import type { ClaimResult } from '../../src/types.js';

/** File (without `.claims.yaml`) → claim → hand verdict, and the computed value in the stated unit where the file's comment works it out. */
export type HandVerdicts = Record<string, Record<string, [ClaimResult['verdict'], number?]>>;

/** Writes the trial's tests inside the caller's `describe`. */
export async function checkHandVerdicts(dir: string, hand: HandVerdicts): Promise<void> {
  const report = await check(Object.keys(hand).map((name) => `${name}.claims.yaml`), { cwd: dir, workers: 0, today: '2026-11-29' });

  it(`checks all ${Object.keys(hand).length} files`, () => {
    expect(report.files.map((f) => f.path.replace(/\.claims\.yaml$/, '')).sort()).toEqual(Object.keys(hand).sort());
  });

  for (const [name, claims] of Object.entries(hand)) {
    it(`${name}: every claim as worked out by hand, bound cleanly`, () => {
      const file = report.files.find((f) => f.path === `${name}.claims.yaml`)!;
      expect(file.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
      expect(file.findings.filter((f) => f.kind === 'uncovered-number').map((f) => f.message)).toEqual([]);
      expect(file.coverage?.covered).toBe(file.coverage?.total);
      expect(Object.fromEntries(file.claims.map((c) => [c.name, c.verdict]))).toEqual(Object.fromEntries(Object.entries(claims).map(([claim, [verdict]]) => [claim, verdict])));
      for (const [claim, [, value]] of Object.entries(claims)) {
        if (value === undefined) continue;
        const computed = file.claims.find((c) => c.name === claim)!.computed!;
        // Five significant figures of the hand arithmetic.
        expect(Math.abs(computed.low - value) / Math.abs(value), `${claim}: ${computed.low} vs ${value}`).toBeLessThan(5e-5);
      }
    });
  }
}
