// Every output byte for byte: each report format of the bundled example and
// of each claims file under examples/, `explain` on one claim of each verdict
// and `init` on the four seed articles, through the built binary, against
// what was recorded in test/golden/files by `node scripts/golden.mjs --write`.
// Refactoring (issue 15) and speed work (issue 14) must not change a byte of
// what a user sees; a change that means to must re-record, in its own commit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs script shared with the recorder; no types.
import { GOLDEN_DIR, goldenRuns, runGolden } from '../../scripts/golden.mjs';

interface GoldenRun { name: string; args: string[] }

describe('golden outputs', { timeout: 60_000 }, () => {
  const runs = goldenRuns() as GoldenRun[];

  it('records every format of every example (8 claims files × 6 formats, 6 explains, 4 inits)', () => {
    expect(runs.length).toBe(8 * 6 + 6 + 4);
  });

  it.each(runs.map((run) => [run.name, run] as const))('%s is byte-identical', (_name, run) => {
    const recorded = readFileSync(join(GOLDEN_DIR as string, run.name), 'utf8');
    expect(runGolden(run)).toBe(recorded);
  });
});
