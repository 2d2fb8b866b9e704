// Configuration end to end: spawns the built dist/claimcheck.js in a temporary
// tree of nested folders with configuration files, and checks the exit status
// (0 clean, 1 findings, 2 broken configuration) and what is printed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('dist/claimcheck.js');

// 12,000 / 1,200 a day = 10 days; "10 days" admits [9.5, 10.5): pass.
// The input `troops` has no source: one missing-source warning.
const CLEAN_BUT_UNSOURCED = `units:
  soldier: { aliases: [soldiers] }
inputs:
  troops:
    value: 12000 soldiers
  losses:
    value: 1200 soldiers a day
    source: USIP
claims:
  days_covered:
    compute: troops / losses
    stated: 10 days
`;

// 233,062 / 11.5 = 20,266 days = 55.49 years; "50 years" admits [49.5, 50.5): fail.
const FAILING = `inputs:
  ukraine_area:
    value: 233062 square miles
    source: CIA World Factbook
  daily_gain:
    value: 11.5 square miles a day
    source: Russian defence ministry
claims:
  years_to_conquer:
    compute: ukraine_area / daily_gain
    stated: 50 years
`;

let root: string;
function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function json(args: string[]) {
  const r = run([...args, '--format', 'json']);
  return { code: r.code, report: JSON.parse(r.stdout) as { files: { path: string; findings: { kind: string; severity: string }[]; claims: { severity: string }[] }[] } };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'claimcheck-config-'));
  write('.claimcheckrc.yaml', 'root: true\nseverity:\n  missing-source: error\n');
  write('desk/clean.claims.yaml', CLEAN_BUT_UNSOURCED);
  write('desk/loose/.claimcheckrc.json', '{ "severity": { "missing-source": "off" } }');
  write('desk/loose/clean.claims.yaml', CLEAN_BUT_UNSOURCED);
  write('desk/drafts/failing.claims.yaml', FAILING);
  write('desk/package.json', '{ "name": "desk", "claimcheck": { "ignore": ["drafts/**"] } }');
  write('soft/.claimcheckrc.yaml', 'severity: { inconsistent: warning }\n');
  write('soft/failing.claims.yaml', FAILING);
  write('configs/strict-hedges.yaml', 'tolerances: { hedge: 1% }\nseverity: { missing-source: info }\n');
  write('broken/.claimcheckrc.yaml', 'severity:\n  missing-source: eror\n');
  write('broken/clean.claims.yaml', CLEAN_BUT_UNSOURCED);
});

describe('configuration discovery', () => {
  it('applies the root configuration: a missing source becomes an error (exit 1)', () => {
    const { code, report } = json(['desk/clean.claims.yaml']);
    expect(report.files[0]!.findings).toEqual([expect.objectContaining({ kind: 'missing-source', severity: 'error' })]);
    expect(code).toBe(1);
  });

  it('lets a nearer file override a farther one key by key (off drops the finding: exit 0)', () => {
    const { code, report } = json(['desk/loose/clean.claims.yaml']);
    expect(report.files[0]!.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('skips claims files matching package.json ignore globs during discovery', () => {
    // desk/ holds clean, loose/clean and drafts/failing; drafts/** is ignored, so the failing file is not checked
    const { report } = json(['desk']);
    expect(report.files.map((f) => f.path).sort()).toEqual(['desk/clean.claims.yaml', 'desk/loose/clean.claims.yaml']);
    const named = json(['desk/drafts/failing.claims.yaml']);
    expect(named.report.files).toEqual([]);
    expect(named.code).toBe(0);
  });

  it('turns a failing claim into a warning with severity: warning for its kind (0, and 1 under --strict)', () => {
    expect(run(['soft/failing.claims.yaml']).code).toBe(0);
    expect(run(['soft/failing.claims.yaml', '--strict']).code).toBe(1);
  });

  it('uses exactly the --config file and nothing found by searching', () => {
    // Without --config the root file makes the missing source an error (exit 1); the named file makes it info (exit 0).
    const r = json(['desk/clean.claims.yaml', '--config', 'configs/strict-hedges.yaml']);
    expect(r.report.files[0]!.findings).toEqual([expect.objectContaining({ kind: 'missing-source', severity: 'info' })]);
    expect(r.code).toBe(0);
  });

  it('exits 2 with file:line:col for a broken configuration (of a sub-folder: a config finding, the file unchecked)', () => {
    const r = run(['broken/clean.claims.yaml', '--format', 'json']);
    expect(r.code).toBe(2);
    // "eror" is the value on line 2, column 19
    const finding = (JSON.parse(r.stdout) as { files: { claims: unknown[]; findings: { kind: string; file: string; line: number; column: number; message: string }[] }[] }).files[0]!;
    expect(finding.claims).toEqual([]);
    expect(finding.findings.map((f) => [f.kind, f.file, f.line, f.column, f.message])).toEqual([
      ['config', 'broken/.claimcheckrc.yaml', 2, 19, 'the severity of \'missing-source\' must be one of error, warning, info, off, not "eror" — did you mean \'error\'?'],
    ]);
    // From the folder itself it is the run's own configuration: the command stops, nothing on standard output.
    const own = run(['clean.claims.yaml'], join(root, 'broken'));
    expect([own.code, own.stdout]).toEqual([2, '']);
    expect(own.stderr).toContain('.claimcheckrc.yaml:2:19: the severity of \'missing-source\' must be one of error, warning, info, off, not "eror" — did you mean \'error\'?');
  });

  it('exits 2 when --config names a file that does not exist', () => {
    const r = run(['desk/clean.claims.yaml', '--config', 'nope.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.yaml does not exist');
  });
});

describe('--print-config', () => {
  it('prints the effective configuration as YAML and exits 0', () => {
    const r = run(['--print-config', 'desk/loose/clean.claims.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '# effective configuration for desk/loose/clean.claims.yaml',
        '# from: .claimcheckrc.yaml, desk/package.json, desk/loose/.claimcheckrc.json',
        'rules: []',
        'ignore:',
        '  - desk/drafts/**',
        'severity:',
        '  missing-source: off',
        'tolerances:',
        '  hedge: 10%',
        '  word: 5%',
        '  loose: 5%',
        '  significant_figures: 2',
        '  gross_factor: 2',
        '',
      ].join('\n'),
    );
  });

  it('shows the --config file when one is named', () => {
    const r = run(['--print-config', 'desk/clean.claims.yaml', '--config', 'configs/strict-hedges.yaml']);
    expect(r.stdout).toContain('# from: configs/strict-hedges.yaml\n');
    expect(r.stdout).toContain('  hedge: 1%\n');
  });

  it('exits 2 for a broken configuration', () => {
    const r = run(['--print-config', 'broken/clean.claims.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken/.claimcheckrc.yaml:2:19');
  });
});
