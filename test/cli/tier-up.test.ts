/**
 * The tier-up policy (src/cli/tier-up.ts): a run whose claims files add up to
 * 512 KB gives V8 its own optimizing budget back, a smaller one keeps the
 * raised start budget; and `check()` tells the command which files it will
 * check before it checks the first (`onFiles`), so the choice is made before
 * the work. What the budget does to speed is measured by `npm run bench`,
 * not here; the code cache test shows the cache of a long run stays usable.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LONG_RUN_BYTES, tierUpForLongRun } from '../../src/cli/tier-up.js';
import { check } from '../../src/engine/check.js';

const dir = mkdtempSync(join(tmpdir(), 'cc-tier-up-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A claims file of `bytes` bytes: one claim (5 / 2 = 2.5 against "2.5"), padded with a comment. */
function claimsFile(name: string, bytes: number): string {
  const text = 'inputs:\n  total: { value: "5", source: wire }\n  parts: { value: "2", source: wire }\nclaims:\n  half:\n    compute: total / parts\n    stated: "2.5"\n';
  writeFileSync(join(dir, name), `${text}# ${'x'.repeat(Math.max(0, bytes - text.length - 3))}\n`);
  return name;
}

describe('a long run', () => {
  it('is one whose claims files add up to 512 KB', () => {
    expect(LONG_RUN_BYTES).toBe(524_288);
    const small = claimsFile('small.claims.yaml', 200_000);
    const medium = claimsFile('medium.claims.yaml', 300_000);
    // 200,000 bytes
    expect(tierUpForLongRun([small], dir)).toBe(false);
    // 200,000 + 300,000 = 500,000 < 524,288
    expect(tierUpForLongRun([small, medium], dir)).toBe(false);
    // 200,000 + 300,000 + 200,000 = 700,000 ≥ 524,288
    expect(tierUpForLongRun([small, medium, small], dir)).toBe(true);
  });

  it('counts a file given as text by its text, and a file that cannot be looked at as nothing', () => {
    const given = new Map([['stdin.claims.yaml', 'a'.repeat(600_000)]]);
    expect(tierUpForLongRun(['stdin.claims.yaml'], dir, given)).toBe(true);
    expect(tierUpForLongRun(['missing.claims.yaml', 'also-missing.claims.yaml'], dir)).toBe(false);
  });
});

describe('check()', () => {
  it('names the files it will check, in the order of the report, before it checks the first', async () => {
    claimsFile('b.claims.yaml', 300);
    claimsFile('a.claims.yaml', 300);
    const events: string[] = [];
    const report = await check(['b.claims.yaml', 'a.claims.yaml'], {
      cwd: dir,
      onFiles: (files) => events.push(`files ${files.join(' ')}`),
      onFile: (done, total, path) => events.push(`done ${done}/${total} ${path}`),
    });
    expect(events).toEqual(['files b.claims.yaml a.claims.yaml', 'done 1/2 b.claims.yaml', 'done 2/2 a.claims.yaml']);
    expect(report.files.map((f) => f.path)).toEqual(['b.claims.yaml', 'a.claims.yaml']);
    expect(report.files.map((f) => f.claims[0]?.verdict)).toEqual(['pass', 'pass']);
  });
});
