// One claims file's rules that cannot be used (its `rules:` key leads out of
// the repository or names a folder that does not exist, or the rules/ folder
// beside it has a broken table) are an error finding in that file, and the
// other files of a whole-folder run are still checked and reported; the run
// then exits 2, the contract's "unreadable rules" (README "Decisions",
// "A file's own rules"). Before, the first such file stopped the whole run
// with exit 2 and checked nothing: `claimcheck .` at the repository root
// stopped at test/hostile/94-rules-absolute. Runs the built binary.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'claimcheck.js');

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// 3 + 4 = 7: a pass wherever it is checked.
const GOOD = 'inputs:\n  home: { value: 3, source: s }\n  away: { value: 4, source: s }\nclaims:\n  total: { compute: home + away, stated: 7 }\n';

function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-rules-file-'));
  made.push(dir);
  mkdirSync(join(dir, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function run(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Report {
  files: { path: string; claims: { name: string; verdict: string }[]; findings: { kind: string; severity: string; file: string; line: number; column: number; message: string }[] }[];
  summary: { pass: number; errors: number };
}

describe("a claims file's own rules that cannot be used", () => {
  const dir = repository({
    'a/claims.yaml': GOOD,
    // `rules: /etc` is at line 1; the value starts at column 8.
    'b/claims.yaml': `rules: /etc\n${GOOD}`,
    // A typo in the folder's name: `rulez` does not exist; the value starts at column 8 of line 1.
    'c/claims.yaml': `rules: rulez\n${GOOD}`,
    // A rules/ folder beside the file whose units.yaml has a flow list left open at line 1.
    'd/claims.yaml': GOOD,
    'd/rules/units.yaml': 'soldier: { aliases: [troops }\n',
    'e/claims.yaml': GOOD,
  });

  it('are findings in that file, and every other file is checked (exit 2: unreadable rules)', () => {
    const r = run(dir, ['.', '--format', 'json']);
    // Exit 2 with a report on standard output: standard error says why (b, c and d are the 3 files).
    expect(r.stderr).toBe('claimcheck: the rules or configuration chosen by 3 claims files cannot be used (the `rules` and `config` findings say why): the run fails (exit 2)\n');
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files.map((f) => f.path)).toEqual(['a/claims.yaml', 'b/claims.yaml', 'c/claims.yaml', 'd/claims.yaml', 'e/claims.yaml']);
    // a and e are checked with the default rules: their one claim passes.
    expect(report.summary.pass).toBe(2);
    expect(report.files[4]!.claims.map((c) => c.verdict)).toEqual(['pass']);
    const b = report.files[1]!.findings;
    expect(b.map((f) => [f.kind, f.severity, f.file, f.line, f.column])).toEqual([['rules', 'error', 'b/claims.yaml', 1, 8]]);
    expect(b[0]!.message).toContain("`rules:` '/etc' leads outside the repository being checked");
    const c = report.files[2]!.findings;
    expect(c.map((f) => [f.kind, f.file, f.line, f.column, f.message])).toEqual([['rules', 'c/claims.yaml', 1, 8, "`rules:` 'rulez' does not exist"]]);
    // The broken table is pointed out in the table itself, named from the working directory.
    const d = report.files[3]!.findings;
    // (The YAML parser reports the open list at column 29, the `]` it wants, and the open map at 30.)
    expect(d.map((f) => [f.kind, f.file, f.line, f.column])).toEqual([['rules', 'd/rules/units.yaml', 1, 29], ['rules', 'd/rules/units.yaml', 1, 30]]);
    expect(d[0]!.message).toMatch(/^d\/rules\/units\.yaml is not valid YAML/);
    // 1 (b) + 1 (c) + 2 (d) errors; the claims of those three files are not judged.
    expect(report.summary.errors).toBe(4);
    expect(report.files.slice(1, 4).every((f) => f.claims.length === 0)).toBe(true);
  });

  it('are shown with a frame at the key in the pretty output', () => {
    const r = run(dir, ['b/claims.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("error[rules] `rules:` '/etc' leads outside the repository being checked, so it is not read; use a path inside the repository\n      --> b/claims.yaml:1:8\n");
  });

  it('leave a run of the other files alone (exit 0)', () => {
    const r = run(dir, ['a', 'e']);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it('still stop the run when the folder is named with --rules: that is the run itself (exit 2)', () => {
    const r = run(dir, ['--rules', 'd/rules', 'a']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^claimcheck: the rules cannot be used\n {2}d\/rules\/units\.yaml:1:\d+: d\/rules\/units\.yaml is not valid YAML/);
  });
});

// A configuration in a sub-folder that cannot be used concerns the claims files
// under it, as their own rules do: a `config` finding at the configuration's
// line and column in each, those files unchecked, the others checked, exit 2.
// Before, `claimcheck .` at the newsroom's root stopped at the first such file
// ("the configuration cannot be used") and checked nothing.
describe("a broken configuration in a sub-folder", () => {
  const files = {
    'sport/claims.yaml': GOOD,
    // Line 2, column 17: the value "loud".
    'politics/.claimcheckrc.yaml': 'severity:\n  inconsistent: loud\n',
    'politics/claims.yaml': GOOD,
    'politics/budget/claims.yaml': GOOD,
  };

  it('is a config finding in each file under it; every other file is checked; exit 2', () => {
    const dir = repository(files);
    const r = run(dir, ['.', '--format', 'json']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as Report;
    const message = "the severity of 'inconsistent' must be one of error, warning, info, off, not \"loud\"";
    expect(report.files.map((f) => [f.path, f.claims.map((c) => c.verdict), f.findings.map((x) => [x.kind, x.severity, x.file, x.line, x.column, x.message])])).toEqual([
      ['politics/budget/claims.yaml', [], [['config', 'error', 'politics/.claimcheckrc.yaml', 2, 17, message]]],
      ['politics/claims.yaml', [], [['config', 'error', 'politics/.claimcheckrc.yaml', 2, 17, message]]],
      ['sport/claims.yaml', ['pass'], []],
    ]);
    expect(r.stderr).toBe('claimcheck: the rules or configuration chosen by 2 claims files cannot be used (the `rules` and `config` findings say why): the run fails (exit 2)\n');
  });

  it('stops the run when it is the configuration of the folder the run starts from', () => {
    const dir = repository(files);
    const r = run(join(dir, 'politics'), ['.']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe("claimcheck: the configuration cannot be used\n  .claimcheckrc.yaml:2:17: the severity of 'inconsistent' must be one of error, warning, info, off, not \"loud\"\n");
  });

  it('explain of a file under it says the configuration cannot be used (exit 2)', () => {
    const dir = repository(files);
    const r = run(dir, ['explain', 'politics/claims.yaml', 'total']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("claimcheck: the configuration cannot be used\n  politics/.claimcheckrc.yaml:2:17: the severity of 'inconsistent' must be one of error, warning, info, off, not \"loud\"\n");
  });
});
