// The command line end to end: spawns the built dist/claimcheck.js (built by
// test/global-setup.ts) on fixture files and checks output and exit status,
// as a CI job would see them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('dist/claimcheck.js');
const FIXTURES = resolve('test/fixtures/cli');

function run(args: string[], env: Record<string, string> = {}, cwd = FIXTURES) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('exit status', () => {
  it('is 0 when every claim passes', () => {
    // 12,000 / 1,200 a day = 10 days, and "10 days" admits [9.5, 10.5)
    const r = run(['clean.claims.yaml']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('✓ pass');
    expect(r.stdout).toContain('days_covered');
    expect(r.stdout).toContain('1 claim: 1 pass');
    expect(r.code).toBe(0);
  });

  it('is 1 when a claim fails, and the trace says why', () => {
    // 233,062 / 11.5 = 20,266.26 days = 55.49 years; "50" admits [49.5, 50.5): (55.486 − 50.5)/50.5 = 9.9% above
    const r = run(['failing.claims.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ fail');
    expect(r.stdout).toContain('55.49 years');
    expect(r.stdout).toContain('9.9% above 50.5 years');
    expect(r.stdout).toContain('--> failing.claims.yaml:12:3');
  });

  it('is 0 for a warning, and 1 for the same warning with --strict or --max-warnings 0', () => {
    // 233,062 / 268,596 = 0.8677; "slightly less than 1" admits [0.9, 1): 3.6% below → warn
    expect(run(['warning.claims.yaml']).code).toBe(0);
    expect(run(['warning.claims.yaml', '--strict']).code).toBe(1);
    expect(run(['warning.claims.yaml', '--max-warnings', '0']).code).toBe(1);
    // The file also has one missing-source warning: 2 warnings in all.
    expect(run(['warning.claims.yaml', '--max-warnings', '2']).code).toBe(0);
  });

  it('is 1 for a YAML syntax error, reported as a finding with line and column', () => {
    const r = run(['broken.claims.yaml', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const finding = report.files[0].findings.find((f: { kind: string }) => f.kind === 'yaml-syntax');
    expect(finding).toMatchObject({ file: 'broken.claims.yaml', severity: 'error' });
    expect(finding.line).toBeGreaterThanOrEqual(5);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('is 2 for a missing file, a bad flag, a bad format or an unusable rules folder', () => {
    const missing = run(['nope.claims.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or folder: nope.claims.yaml');
    // A name one letter off a file or folder that is there gets a did-you-mean, in the form it was typed.
    const typo = mkdtempSync(join(tmpdir(), 'cc-typo-'));
    writeFileSync(join(typo, 'claims.yaml'), 'inputs: {}\n');
    mkdirSync(join(typo, 'stories'));
    writeFileSync(join(typo, 'stories', 'budget.claims.yaml'), 'inputs: {}\n');
    const near = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: typo, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
    expect(near(['claim.yaml']).stderr).toBe("claimcheck: no such file or folder: claim.yaml — did you mean 'claims.yaml'?\n");
    expect(near(['storys/']).stderr).toBe("claimcheck: no such file or folder: storys/ — did you mean 'stories/'?\n");
    expect(near(['stories/budget.claim.yaml']).stderr).toBe("claimcheck: no such file or folder: stories/budget.claim.yaml — did you mean 'stories/budget.claims.yaml'?\n");
    expect(near(['facts', 'claim.yaml']).status).toBe(2);
    // Nothing close, or no such folder: no guess.
    expect(near(['zzz.yaml']).stderr).toBe('claimcheck: no such file or folder: zzz.yaml\n');
    expect(near(['nope/claims.yaml']).stderr).toBe('claimcheck: no such file or folder: nope/claims.yaml\n');
    const flag = run(['--frobnicate']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('unknown option --frobnicate');
    expect(run(['--format', 'xml', 'clean.claims.yaml']).code).toBe(2);
    const rules = mkdtempSync(join(tmpdir(), 'cc-bad-rules-'));
    writeFileSync(join(rules, 'hedges.yaml'), 'almost: { side: sideways }\n');
    const bad = run(['clean.claims.yaml', '--rules', rules]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${join(rules, 'hedges.yaml')}:1:`);
    expect(bad.stderr).toContain('must be one of below, above');
  });

  it('with no path checks ./claims.yaml, and says so when there is none', () => {
    expect(run([], {}, join(FIXTURES, 'nested')).code).toBe(0);
    const none = run([], {}, tmpdir());
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no claims.yaml here');
  });
});

describe('paths', () => {
  it('finds claims.yaml and *.claims.yaml in folders recursively, skipping node_modules', () => {
    const r = run(['nested', '--format', 'json']);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['nested/claims.yaml', 'nested/deeper/second.claims.yaml']);
    const all = JSON.parse(run(['.', '--format', 'json']).stdout).files.map((f: { path: string }) => f.path);
    expect(all.some((p: string) => p.includes('node_modules'))).toBe(false);
  });

  it('expands glob patterns', () => {
    const r = run(['*.claims.yaml', '--format', 'json']);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['broken.claims.yaml', 'clean.claims.yaml', 'failing.claims.yaml', 'warning.claims.yaml']);
  });
});

describe('--format json', () => {
  it('matches the contract §11 field for field', () => {
    const r = run(['failing.claims.yaml', 'clean.claims.yaml', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(Object.keys(report.summary)).toEqual(expect.arrayContaining(['pass', 'warn', 'fail', 'error', 'warnings']));
    expect(report.summary).toMatchObject({ pass: 1, warn: 0, fail: 1, error: 0 });
    const claim = report.files[0].claims[0];
    // 233062/11.5 days = 20266.2609 days / 365.25 = 55.4860 years; "50 years" admits [49.5, 50.5)
    expect(claim).toMatchObject({
      name: 'years_to_conquer', verdict: 'fail', gross: false,
      stated: { text: '50 years', low: 49.5, high: 50.5, unit: expect.any(String) },
      line: 12, column: 3,
    });
    expect(claim.computed.low).toBeCloseTo(55.486, 3);
    expect(claim.computed.high).toBeCloseTo(55.486, 3);
    expect(claim.message).toMatch(/= 55\.49 years, stated 50 years$/);
    expect(report.files[0].path).toBe('failing.claims.yaml');
    expect(Array.isArray(report.files[0].findings)).toBe(true);
  });

  it('gives percent as a fraction in computed and stated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-json-'));
    writeFileSync(join(dir, 'claims.yaml'), [
      'units:', '  soldier: { aliases: [soldiers] }',
      'inputs:', '  casualties: { value: 1100 to 3000 soldiers, source: JCS }', '  troops: { value: 11000 soldiers, source: West }',
      'claims:', '  rate:', '    compute: casualties / troops', '    stated: 10% to 27%', '',
    ].join('\n'));
    const claim = JSON.parse(run(['--format', 'json'], {}, dir).stdout).files[0].claims[0];
    // 1100/11000 = 0.1, 3000/11000 = 0.272727…; "10%" admits from 0.095, "27%" up to 0.275
    expect(claim.computed).toEqual({ low: 0.1, high: 0.2727272727, unit: '' });
    expect(claim.stated).toEqual({ text: '10% to 27%', low: 0.095, high: 0.275, unit: '' });
    // The inputs appear as written in the file, as in the contract's example.
    expect(claim.message).toBe('1100 to 3000 soldiers / 11000 soldiers = 10% to 27.27%, stated 10% to 27%');
  });
});

describe('colour', () => {
  it('is off when stdout is not a terminal, and with NO_COLOR even when forced by FORCE_COLOR', () => {
    expect(run(['failing.claims.yaml']).stdout).not.toMatch(/\x1b\[/);
    expect(run(['failing.claims.yaml'], { NO_COLOR: '1' }).stdout).not.toMatch(/\x1b\[/);
  });

  it('is on with --color or FORCE_COLOR, and --no-color wins', () => {
    expect(run(['failing.claims.yaml', '--color']).stdout).toMatch(/\x1b\[/);
    expect(run(['failing.claims.yaml'], { FORCE_COLOR: '1' }).stdout).toMatch(/\x1b\[/);
    expect(run(['failing.claims.yaml', '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toMatch(/\x1b\[/);
  });
});

describe('--quiet', () => {
  it('prints only problems', () => {
    const r = run(['clean.claims.yaml', 'failing.claims.yaml', '--quiet']);
    expect(r.stdout).not.toContain('days_covered');
    expect(r.stdout).toContain('years_to_conquer');
  });
});
