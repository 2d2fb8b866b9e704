// `init` writes a passage repeated word for word once and says the copies are
// "covered by the same quotes"; `check` must count them covered too. Before,
// check looked at the first 20 copies of a quote only: a paragraph repeated
// 25 times gave "covered 40 of 50 numbers" and 10 uncovered-number warnings
// for a file init had just written. Through the built binary.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClaimcheck } from '../run-binary.js';



describe('init and check agree on passages repeated word for word', () => {
  it('a paragraph with two numbers, 25 times: init writes 2 inputs and 48 repeats; check covers all 50', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-repeat-'));
    const paragraph = 'Rents rose 9% to £1,200 a month, the ONS said.';
    writeFileSync(join(dir, 'a.txt'), `${Array.from({ length: 25 }, () => paragraph).join('\n\n')}\n`);
    const init = runClaimcheck(['init', 'a.txt', '-o', 'a.claims.yaml'], dir);
    expect(init.code).toBe(0);
    // 25 copies × 2 numbers = 50; the first copy's 2 are written, 48 are repeats.
    expect(init.stderr).toContain('2 numbers of a.txt as inputs (48 more in passages repeated word for word, covered by the same quotes)');
    const check = runClaimcheck(['a.claims.yaml', '--format', 'json'], dir);
    const report = JSON.parse(check.stdout) as { files: { coverage?: { covered: number; total: number }; findings: { kind: string }[] }[] };
    const file = report.files[0]!;
    expect(file.findings.filter((f) => f.kind === 'uncovered-number')).toEqual([]);
    expect(file.coverage).toEqual(expect.objectContaining({ covered: 50, total: 50 }));
  });
});
