// `claimcheck facts` and `--as-of` through the built binary: the listing
// (pretty and JSON) of the bundled example's shared facts, and the JSON
// report's facts and conflicts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('dist/claimcheck.js');

function run(args: string[], cwd = resolve('.')) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('claimcheck facts', () => {
  it('lists the bundled example\'s facts as JSON, with where each is used, its age and the change over time of the Russian toll', () => {
    const r = run(['facts', 'claims.yaml', 'examples/', '--format', 'json']);
    expect(r.stderr).toBe('');
    // Nothing contradicts and, as of the articles' date (as_of: 2024-12-23), nothing used is out of date.
    expect(r.code).toBe(0);
    const listing = JSON.parse(r.stdout) as { facts: { fact: string; values: { value: string; file: string; ageDays?: number; usedIn: { file: string; claims: string[] }[] }[] }[]; conflicts: { fact: string; kind: string }[] };
    const gdp = listing.facts.find((f) => f.fact === 'nk_gdp')!;
    // 2024-07-26 to 2024-12-23: 150 days.
    expect(gdp.values).toEqual([expect.objectContaining({ value: '$16.3 to 30.8 billion a year', file: 'facts/world.yaml', ageDays: 150 })]);
    expect(gdp.values[0]!.usedIn).toEqual([
      { file: 'claims.yaml', claims: ['gdp_share_as_written', 'gdp_share_annualised'] },
      { file: 'examples/nysun-reworded.claims.yaml', claims: ['gdp_share_as_written', 'gdp_share_annualised'] },
    ]);
    // 250 km and the article's 160 miles agree once converted ("160" admits 155–165 miles; 250 km = 155.3 miles).
    expect(listing.facts.find((f) => f.fact === 'dmz_length')!.values.map((v) => v.value)).toEqual(['250 km', '160 mi', '160 mi']);
    expect(listing.conflicts.map((k) => [k.fact, k.kind])).toEqual([['russia_casualties', 'change'], ['russia_casualties', 'change']]);
  });

  it('warns about tolls that are out of date on a later --as-of, in the listing and in a check', () => {
    const r = run(['facts', 'claims.yaml', '--as-of', '2025-03-01']);
    expect(r.code).toBe(1);
    // 2024-12-08 to 2025-03-01: 83 days → "2 months", past the toll's 30 days.
    expect(r.stdout).toContain('43,000 soldiers as of 2024-12-08, 2 months old on 2025-03-01: out of date (max_age 30 days)');
    const check = run(['claims.yaml', '--as-of', '2025-03-01', '--format', 'json']);
    const report = JSON.parse(check.stdout) as { files: { findings: { kind: string; message: string }[] }[] };
    const stale = report.files[0]!.findings.filter((f) => f.kind === 'fact-stale').map((f) => f.message);
    expect(stale).toContain("fact 'ukr_killed_zelensky' is 2 months old on 2025-03-01 (as of 2024-12-08); it is out of date after 30 days (used by ukraine_casualty_ratio)");
  });

  it('carries facts and conflicts in the JSON report', () => {
    const r = run(['claims.yaml', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { files: { facts: { fact: string; input: string; origin?: string; usedBy: string[] }[] }[]; conflicts: unknown[] };
    expect(report.files[0]!.facts).toContainEqual(expect.objectContaining({ fact: 'ukraine_area', input: 'ukraine_area', origin: 'facts/world.yaml', usedBy: ['years_to_conquer', 'ukraine_vs_texas'] }));
    expect(report.conflicts).toEqual([
      {
        fact: 'russia_casualties',
        kind: 'change',
        a: { value: '648,000 to 678,520 soldiers', file: 'facts/world.yaml', line: 123, column: 3, asOf: '2024-10-20', usedIn: ['claims.yaml'] },
        b: { value: '777,720 soldiers', file: 'claims.yaml', line: 99, column: 3, asOf: '2024-12-23', usedIn: ['claims.yaml'] },
      },
    ]);
  });

  it('lists a facts file named on its own, with every fact whether used or not', () => {
    const r = run(['facts', 'facts/world.yaml', '--as-of', '2024-12-23']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain([
      'texas_area',
      // 2010-04-01 to 2024-12-23: 5,380 days = 14.7 years; areas do not age.
      '  268,596 mi^2 as of 2010-04-01, 14.7 years old on 2024-12-23',
      '    --> facts/world.yaml:34:3',
      '    source: U.S. Census Bureau, State Area Measurements (total area, land and water), 2010',
      '    url: https://www.census.gov/geographies/reference-files/2010/geo/state-area.html',
      '    not used by the claims files checked',
    ].join('\n'));
    expect(r.stdout).toContain('10 facts · 0 contradictions · 0 changes over time · 0 out of date on 2024-12-23');
  });

  it('explain says which facts file an input came from', () => {
    const r = run(['explain', 'claims.yaml', 'years_to_conquer']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('                as of: 2024-12-23\n                from: facts/world.yaml\n');
  });

  it('refuses an --as-of that is not a date, and a format facts cannot print', () => {
    expect(run(['claims.yaml', '--as-of', '2025-02-30'])).toMatchObject({ code: 2, stderr: 'claimcheck: --as-of takes a date written YYYY-MM-DD, such as 2024-12-23 (got "2025-02-30")\n' });
    expect(run(['facts', '--format', 'sarif'])).toMatchObject({ code: 2, stderr: 'claimcheck: facts prints pretty or json (--format json)\n' });
  });
});

describe('claimcheck facts on a claims file that cannot be read', () => {
  // Before: `facts` printed "no shared facts" and exited 0 for a claims file
  // that `check` refuses with an error; now it says why, positioned, and fails.
  it('says a claims file that is not valid YAML is not read, with file, line and column, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-facts-'));
    // "[1, 2" is never closed: the YAML error is reported where the file ends (line 3, column 1).
    writeFileSync(join(dir, 'broken.claims.yaml'), 'inputs:\n  a: [1, 2\n');
    const r = run(['facts', 'broken.claims.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^claimcheck: broken\.claims\.yaml:3:1: the YAML is not valid here/);
    // Not "no facts: key": the file was not read.
    expect(r.stdout).toBe('no shared facts listed: a file could not be read (said above)\n');
    // `check` reports the same finding at the same place.
    const check = run(['broken.claims.yaml', '--format', 'json'], dir);
    const report = JSON.parse(check.stdout) as { files: { findings: { kind: string; line: number; column: number }[] }[] };
    expect(report.files[0]!.findings).toContainEqual(expect.objectContaining({ kind: 'yaml-syntax', line: 3, column: 1 }));
  });

  it('says a claims file refused unread (a link out of the repository) is not read, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-facts-'));
    mkdirSync(join(dir, 'repo', '.git'), { recursive: true });
    writeFileSync(join(dir, 'outside.yaml'), 'inputs: {}\n');
    symlinkSync(join(dir, 'outside.yaml'), join(dir, 'repo', 'linked.claims.yaml'));
    const r = run(['facts', 'linked.claims.yaml'], join(dir, 'repo'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('claimcheck: linked.claims.yaml:1:1: the claims file');
    expect(r.stderr).toContain('leads outside the repository');
  });

  it('says a facts file the claims file names that does not exist, at its facts: key, and exits 1 (a CI step must not pass with no fact checked)', () => {
    // Before: exit 0, and the listing said the file had "no facts: key".
    const dir = mkdtempSync(join(tmpdir(), 'cc-facts-'));
    // Line 2 is `facts: shared.yaml`; the value starts at column 8.
    writeFileSync(join(dir, 'story.claims.yaml'), 'title: t\nfacts: shared.yaml\ninputs:\n  count: { value: 3, source: test }\n');
    const r = run(['facts', 'story.claims.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('claimcheck: story.claims.yaml:2:8: the facts file "shared.yaml" does not exist\n');
    expect(r.stdout).toBe('no shared facts listed: a file could not be read (said above)\n');
    // The JSON listing is the same empty listing; the exit status says it.
    const json = run(['facts', 'story.claims.yaml', '--format', 'json'], dir);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { facts: unknown[] }).facts).toEqual([]);
    // Once the file is there, the fact is listed and the run passes.
    writeFileSync(join(dir, 'shared.yaml'), 'inputs:\n  population: { value: 5 million people, source: census, as_of: 2024-01-01 }\n');
    const fixed = run(['facts', 'story.claims.yaml', '--as-of', '2024-06-01'], dir);
    expect(fixed.stderr).toBe('');
    expect(fixed.stdout).toContain('population');
    expect(fixed.code).toBe(0);
  });

  it('stays quiet and exits 0 for a claims file that reads but has no shared facts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-facts-'));
    writeFileSync(join(dir, 'plain.claims.yaml'), 'inputs:\n  count: { value: 3, source: test }\n');
    const r = run(['facts', 'plain.claims.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
