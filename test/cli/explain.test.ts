// `claimcheck explain FILE NAME`: spawns the built dist/claimcheck.js on the bundled claims.yaml.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('dist/claimcheck.js');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: resolve('.'), encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('claimcheck explain', () => {
  it('shows a claim in full: inputs with sources and article lines, the arithmetic, the admissible set, the verdict', () => {
    const r = run(['explain', 'claims.yaml', 'years_to_conquer']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('claims.yaml — years_to_conquer');
    expect(r.stdout).toContain('compute    ukraine_area / daily_gain');
    // daily_gain's quote stands on line 28 of the New York Sun article.
    expect(r.stdout).toMatch(/quote: "capturing 11\.5 square miles of territory a day" {2}\(examples\/articles\/nysun-north-korea-punching-above-its-weight\.txt:28:\d+\)/);
    expect(r.stdout).toContain('source: Wikipedia');
    // 233,062 / 11.5 = 20,266 days = 55.49 years, inside what "55" admits, [54.5, 55.5).
    expect(r.stdout).toContain('= 233,062 mi^2 / (11.5 mi^2/day)');
    expect(r.stdout).toContain('= 55.49 years');
    expect(r.stdout).toMatch(/admissible +\[54\.5, 55\.5\) years/);
    expect(r.stdout).toContain('✓ pass');
  });

  it('shows the claims a claim uses, in dependency order, before it', () => {
    const r = run(['explain', 'claims.yaml', 'gdp_share_annualised']);
    // arms_income_per_year = $1.7 to 5.5 billion / (2.7 to 3 years) comes first; the claim fails (exit 1).
    expect(r.code).toBe(1);
    const first = r.stdout.indexOf('1. arms_income_per_year = arms_exports / war_duration');
    const second = r.stdout.indexOf('2. gdp_share_annualised = (arms_income_per_year + troop_income) / nk_gdp');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(r.stdout).toContain('✗ fail');
  });

  it('writes JSON with the claim result, the inputs and the steps', () => {
    const r = run(['explain', 'claims.yaml', 'casualty_rate', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.claim).toMatchObject({ name: 'casualty_rate', verdict: 'pass' });
    expect(json.inputs.map((i: { name: string }) => i.name)).toEqual(['nk_casualties', 'nk_troops_kursk']);
    expect(json.inputs[1].article).toMatchObject({ file: 'examples/articles/nysun-north-korea-punching-above-its-weight.txt', line: 12 });
    expect(json.steps).toHaveLength(1);
  });

  it('exits 2 with a did-you-mean for an unknown name', () => {
    const r = run(['explain', 'claims.yaml', 'years_to_conqeur']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("claimcheck: claims.yaml has no claim named 'years_to_conqeur' — did you mean 'years_to_conquer'?\n");
  });

  it('shows an input named instead of a claim, with the claims that use it', () => {
    const r = run(['explain', 'claims.yaml', 'daily_gain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('used by    cost_per_square_mile, years_to_conquer');
  });
});
