// A report file that already exists is refused before the run, not after it
// (README, "Output formats": "an existing file is replaced only with
// --force"): `--format github --output sarif:claimcheck.sarif` with a
// leftover claimcheck.sarif printed the whole github report, then said it
// could not write the file and exited 2 — a CI log with annotations and a
// failed step that had checked nothing it could report. Now nothing is
// printed, the file is untouched, and the exit status is 2 at once; with
// --force both reports are written. Through the built binary.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runClaimcheck } from '../run-binary.js';

const CLAIMS = `inputs:
  goals: { value: 12, source: x }
  games: { value: 3, source: x }
claims:
  per_game: { compute: goals / games, stated: four }
`;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function folder(): string {
  dir = mkdtempSync(join(tmpdir(), 'cc-existing-'));
  writeFileSync(join(dir, 'claims.yaml'), CLAIMS);
  writeFileSync(join(dir, 'claimcheck.sarif'), 'yesterday\n');
  return dir;
}

describe('a report file that already exists', () => {
  it('is refused before anything is printed (--output)', () => {
    const d = folder();
    const run = runClaimcheck(['--format', 'github', '--output', 'sarif:claimcheck.sarif'], d);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // The file as the user named it, once (it was "cannot write claimcheck.sarif: /tmp/…/claimcheck.sarif already exists").
    expect(run.stderr).toBe('claimcheck: claimcheck.sarif already exists; use --force to replace it\n');
    expect(readFileSync(join(d, 'claimcheck.sarif'), 'utf8')).toBe('yesterday\n');
  });

  it('says a folder is a folder, with --force too (it said "already exists; use --force")', () => {
    const d = folder();
    mkdirSync(join(d, 'reports'));
    for (const force of [[], ['--force']]) {
      const run = runClaimcheck(['-o', 'reports', ...force], d);
      expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'claimcheck: reports is a folder; name the report file, such as reports/report.txt\n']);
    }
  });

  it('is refused the same way for -o, and for merge', () => {
    const d = folder();
    const run = runClaimcheck(['--format', 'sarif', '-o', 'claimcheck.sarif'], d);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('claimcheck.sarif already exists; use --force to replace it');
    // A part report to merge, then a merge whose --output exists.
    expect(runClaimcheck(['--format', 'json', '-o', 'part.json'], d).code).toBe(0);
    const merge = runClaimcheck(['merge', 'part.json', '--format', 'github', '--output', 'sarif:claimcheck.sarif'], d);
    expect(merge.code).toBe(2);
    expect(merge.stdout).toBe('');
    expect(readFileSync(join(d, 'claimcheck.sarif'), 'utf8')).toBe('yesterday\n');
  });

  it('is replaced with --force, and the run reports as usual', () => {
    const d = folder();
    // 12 / 3 = 4, stated "four": a pass; exit 0.
    const run = runClaimcheck(['--format', 'github', '--output', 'sarif:claimcheck.sarif', '--force'], d);
    expect(run.code).toBe(0);
    // A passing github report is its totals line alone.
    expect(run.stdout).toBe('claimcheck: 1 claim: 1 pass\n');
    expect(run.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(d, 'claimcheck.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('says in words why a report cannot be written where a file stands in its path', () => {
    const d = folder();
    // claims.yaml is a file, so claims.yaml/report.json cannot be made: it said "EEXIST" alone.
    const run = runClaimcheck(['--format', 'json', '-o', 'claims.yaml/report.json'], d);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('claimcheck: cannot write claims.yaml/report.json: a file stands where its path needs a folder (EEXIST)\n');
    writeFileSync(join(d, 'story.txt'), 'Rovers scored 12 goals in 3 games.\n');
    const init = runClaimcheck(['init', 'story.txt', '-o', 'claims.yaml/new.claims.yaml'], d);
    expect(init.code).toBe(2);
    expect(init.stderr).toBe('claimcheck: cannot write claims.yaml/new.claims.yaml: a file stands where its path needs a folder (EEXIST)\n');
  });
});
