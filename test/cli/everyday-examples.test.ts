// examples/everyday: three short articles in everyday news language (a city
// budget in pounds, a sports season, a health statistic), each with a
// deliberate slip that the check must catch, run through the built binary.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('dist/claimcheck.js');

interface Report {
  files: { path: string; claims: { name: string; verdict: string; gross: boolean; trace?: { why: string } }[]; findings: { kind: string; severity: string }[] }[];
}

function check(file: string): { code: number | null; report: Report } {
  const r = spawnSync(process.execPath, [BIN, `examples/everyday/${file}`, '--format', 'json'], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
  return { code: r.status, report: JSON.parse(r.stdout) as Report };
}

function verdicts(report: Report): Record<string, string> {
  return Object.fromEntries(report.files[0]!.claims.map((c) => [c.name, c.gross ? `${c.verdict} (gross)` : c.verdict]));
}

describe('examples/everyday', () => {
  it('Westford budget: the transposed "£1,230 per head" fails, everything else passes', () => {
    const { code, report } = check('westford-budget.claims.yaml');
    expect(verdicts(report)).toEqual({
      budget_rise: 'pass', //       412 / 393 − 1 = 4.83%; "up 4.8%" admits [4.75%, 4.85%)
      yearly_growth: 'pass', //     (412 / 353)^(1/5) − 1 = 3.14%; "3.1%" admits [3.05%, 3.15%)
      weekly_bill: 'pass', //       £2,134 a year = £40.90 a week; "about £41" admits [£36.40, £45.60]
      social_care_share: 'pass', // 158 / 412 = 0.3835; "almost two-fifths" admits [0.36, 0.4]
      per_head: 'fail', //          412m / 312,000 = £1,320.5; "£1,230" admits [£1,225, £1,235): 6.9% above
      roads_change: 'pass', //      28.6 / 29.5 − 1 = −3.05%; "down 3%" admits (−3.5%, −2.5%]
    });
    expect(report.files[0]!.claims.find((c) => c.name === 'per_head')!.trace!.why).toBe('£1,321/person is 6.9% above £1,235/person, the nearest value "£1,230 per head" allows');
    expect(report.files[0]!.findings).toEqual([]);
    expect(code).toBe(1);
  });

  it('sports season: "after losing 35" fails as an exact count (82 − 46 = 36)', () => {
    const { code, report } = check('sports-season.claims.yaml');
    expect(verdicts(report)).toEqual({
      losses: 'fail', //           82 − 46 = 36, an exact count against 35: any difference fails
      win_rate: 'pass', //         46 / 82 = 56.1%; "56%" admits [55.5%, 56.5%)
      wins_doubled: 'pass', //     46 / 23 = 2; "twice as many" admits [1.9, 2.1]
      points_per_game: 'pass', //  9,217 / 82 = 112.40; "112.4" admits [112.35, 112.45)
      season_length: 'pass', //    2025-04-13 − 2024-10-22 = 173 days
      attendance_rise: 'pass', //  17,350 / 15,490 − 1 = 12.0%; "up 12%" admits [11.5%, 12.5%)
    });
    expect(report.files[0]!.claims.find((c) => c.name === 'losses')!.trace!.why).toBe('36 games is not 35 games: a whole count written in digits is exact, so a difference of 1 is wrong, not close');
    expect(report.files[0]!.findings).toEqual([]);
    expect(code).toBe(1);
  });

  it('health statistic: "a 2.2% fall" (percentage points written as a percent) is a gross fail', () => {
    const { code, report } = check('health-statistic.claims.yaml');
    expect(verdicts(report)).toEqual({
      smoking_rate: 'pass', //     412,000 / 3.46m = 11.91%; "11.9%" admits [11.85%, 11.95%)
      rate_fall: 'fail (gross)', // 11.91 / 14.1 − 1 = −15.6%, against (−2.25%, −2.15%]: a factor of 6.9
      one_in_eight: 'pass', //     11.91% against "roughly one in eight": 1/8 ± 5%, widened by 10% of 1/8 = [0.10625, 0.14375]
      one_in_seven: 'pass', //     14.1% against 1/7 ± 5% = [0.1357, 0.15]
      admissions_fall: 'pass', //  28,400 / 31,200 − 1 = −8.97%; "down 9%" admits (−9.5%, −8.5%]
      cost_per_adult: 'pass', //   £52m a year / 3.46m adults × 1 year = £15.03; "about £15" admits [£13.00, £17.00]
    });
    // The article's "roughly one in eight adults" is read as one hedged ratio, so the quote agrees.
    expect(report.files[0]!.findings).toEqual([]);
    expect(code).toBe(1);
  });
});
