// examples/everyday through the BUILT binary (dist/claimcheck.js, built by the
// global setup): three real-style articles in the language of the news, each
// with one deliberate slip the check must catch, and nothing else wrong.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('dist/claimcheck.js');
const DIR = resolve('examples/everyday');

interface JsonClaim { name: string; verdict: string; gross: boolean; trace?: { why: string } }

function check(file: string): { status: number | null; claims: Map<string, JsonClaim>; findings: unknown[] } {
  const result = spawnSync(process.execPath, [BIN, '--format', 'json', file], { cwd: DIR, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const report = JSON.parse(result.stdout) as { files: { claims: JsonClaim[]; findings: unknown[] }[] };
  const only = report.files[0]!;
  return { status: result.status, claims: new Map(only.claims.map((c) => [c.name, c])), findings: only.findings };
}

const verdicts = (claims: Map<string, JsonClaim>): Record<string, string> => Object.fromEntries([...claims].map(([n, c]) => [n, c.verdict]));

describe('examples/everyday', { timeout: 60_000 }, () => {
  it('city budget: "nearly half" for £248m of £612m is caught', () => {
    const { status, claims, findings } = check('city-budget.claims.yaml');
    // 612/589 − 1 = 3.9% (up 4%: [3.5%, 4.5%)); 612e6 / 812,000 = £753.69 (£754); 2110.35/2010.05 − 1 = 4.990%.
    // 248/612 = 0.405, below [0.45, 0.5] that "nearly half" admits: (0.45 − 0.405)/0.45 = 9.9% → fail.
    expect(verdicts(claims)).toEqual({ budget_rise: 'pass', care_share: 'fail', per_head: 'pass', council_tax_rise: 'pass' });
    expect(claims.get('care_share')!.gross).toBe(false);
    expect(findings).toEqual([]);
    expect(status).toBe(1);
  });

  it('sports season: 26 + 12 + 9 = 47 games, not 46, is a fail (exact count)', () => {
    const { status, claims, findings } = check('football-season.claims.yaml');
    // 81/40 = 2.025 (twice: [1.9, 2.1]); 27/81 = 1/3; 2024-08-10 → 2025-05-04 = 267 days; 14,200/12,100 − 1 = 17.4% (up 17%).
    expect(verdicts(claims)).toEqual({ games_played: 'fail', goals_ratio: 'pass', hale_share: 'pass', season_length: 'pass', attendance_change: 'pass' });
    expect(claims.get('games_played')!.trace!.why).toContain('a whole count written in digits is exact');
    expect(findings).toEqual([]);
    expect(status).toBe(1);
  });

  it('health statistic: compounding the fall to 2030 gives 6.8%, not 5%', () => {
    const { status, claims, findings } = check('smoking-rates.claims.yaml');
    // 11.9% − 12.9% = −1 point; 0.119 × 44.6e6 = 5.31e6 (about 5.3 million); 0.119 ≈ 1/8 = 0.125 (roughly: ±10%).
    // 0.119 × (0.119/0.129)^7 = 0.119 × 0.5685 = 0.0677 against "5%" = [4.5%, 5.5%) → fail, 23% relative above.
    expect(verdicts(claims)).toEqual({ drop_in_points: 'pass', smokers: 'pass', one_in_eight: 'pass', rate_in_2030: 'fail' });
    expect(claims.get('rate_in_2030')!.trace!.why).toContain('percentage points above (23.0% relative)');
    expect(findings).toEqual([]);
    expect(status).toBe(1);
  });
});
