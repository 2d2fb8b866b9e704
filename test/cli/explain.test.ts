// `claimcheck explain FILE NAME`: spawns the built dist/claimcheck.js on the bundled claims.yaml.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

  it('shows the findings about the claim and what it uses, such as a per cent that is really points', () => {
    // Nigeria's food inflation: 37.92% (February 2024) - 24.35% (February 2023) = 13.57, which the
    // caption calls "a 13.57 per cent increase": the arithmetic holds (pass, exit 0), but a difference
    // of two percentages is 13.57 percentage points (the rise in per cent is 37.92 / 24.35 - 1 = 55.7%),
    // so explain must show the points-as-percent warning the check reports, with its help line.
    const r = run(['explain', 'test/fixtures/newsroom3/inflation-nigeria-31-70-percent.claims.yaml', 'food_rise']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ pass  37.92% - 24.35% = 13.57%');
    const findings = r.stdout.slice(r.stdout.indexOf('\nfindings\n'));
    expect(findings).toContain('warning[points-as-percent] food_rise: "a 13.57% increase" is a change in per cent');
    expect(findings).toContain('help: if the article means points');
    // The other claim's warning (headline_rise) is not about this claim.
    expect(r.stdout).not.toContain('headline_rise');
    const json = JSON.parse(run(['explain', 'test/fixtures/newsroom3/inflation-nigeria-31-70-percent.claims.yaml', 'food_rise', '--format', 'json']).stdout);
    expect(json.findings.map((f: { kind: string; claim: string }) => `${f.kind} ${f.claim}`)).toEqual(['points-as-percent food_rise']);
  });

  it('shows a finding about an input the claim uses (a shared fact that grew over time)', () => {
    // toll_by_inauguration uses ru_toll_dec23, 777,720 soldiers on 2024-12-23, a value of the fact
    // russia_casualties that facts/world.yaml gives as 648,000 to 678,520 on 2024-10-20: an info.
    const r = run(['explain', 'claims.yaml', 'toll_by_inauguration']);
    expect(r.stdout).toContain("info[fact-change] fact 'russia_casualties' grew over time: 777,720 soldiers (as of 2024-12-23) here");
    // years_to_conquer uses no such input: no findings section.
    expect(run(['explain', 'claims.yaml', 'years_to_conquer']).stdout).not.toContain('\nfindings\n');
  });

  it('exits 2 with a did-you-mean for an unknown name', () => {
    const r = run(['explain', 'claims.yaml', 'years_to_conqeur']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("claimcheck: claims.yaml has no claim named 'years_to_conqeur' — did you mean 'years_to_conquer'?\n");
  });

  it('says a claims file it cannot read is not read (not UTF-8, a tab), at file:line:column, and exits 2, never "has no claim named"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-explain-'));
    // A £ saved as Latin-1 (the byte 0xA3) on line 4: '  a: { value: ' is 14 characters, so the byte is at column 15.
    writeFileSync(join(dir, 'latin.claims.yaml'), Buffer.concat([Buffer.from('claims:\n  c: { compute: a * 2 }\ninputs:\n  a: { value: '), Buffer.from([0xa3]), Buffer.from('5, source: s }\n')]));
    const latin = spawnSync(process.execPath, [BIN, 'explain', 'latin.claims.yaml', 'c'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
    expect(latin.status).toBe(2);
    expect(latin.stderr).toBe('claimcheck: cannot explain latin.claims.yaml\n  latin.claims.yaml:4:15: the file is not valid UTF-8 text: the byte 0xA3 here is not UTF-8 (Latin-1 or Windows-1252?); save the file as UTF-8\n');
    // A tab indenting line 2: the YAML is not read; the first reason is the tab, at 2:1.
    writeFileSync(join(dir, 'tab.claims.yaml'), 'claims:\n\tc: { compute: 2 * 2 }\n');
    const tab = spawnSync(process.execPath, [BIN, 'explain', 'tab.claims.yaml', 'c'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
    expect(tab.status).toBe(2);
    expect(tab.stderr).toMatch(/^claimcheck: cannot explain tab\.claims\.yaml\n {2}tab\.claims\.yaml:2:1: the YAML is not valid here: a tab is used for indentation; YAML needs spaces\n/);
    expect(tab.stderr).not.toContain('has no claim named');
  });

  it('shows an input named instead of a claim, with the claims that use it', () => {
    const r = run(['explain', 'claims.yaml', 'daily_gain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('used by    cost_per_square_mile, years_to_conquer');
  });
});
