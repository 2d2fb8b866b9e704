// `--stdin` and `--stdin-filename PATH` (as ESLint and Prettier have them):
// the claims file comes from standard input; PATH names it in messages and
// its folder is where the article and the configuration are found.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('dist/claimcheck.js');
const FIXTURES = resolve('test/fixtures/cli');

function run(args: string[], input: string, cwd = FIXTURES) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FAILING = readFileSync(resolve(FIXTURES, 'failing.claims.yaml'), 'utf8');

describe('--stdin', () => {
  it('checks the text given on standard input, named by --stdin-filename, even where another file stands at that path', () => {
    // clean.claims.yaml on disk passes; the text sent is the failing one:
    // 233,062 / 11.5 = 20,266.26 days = 55.49 years, "50 years" admits [49.5, 50.5) → fail.
    const r = run(['--stdin', '--stdin-filename', 'clean.claims.yaml'], FAILING);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ fail');
    expect(r.stdout).toContain('--> clean.claims.yaml:12:3');
  });

  it('frames findings from the text that was checked, not from the file on disk', () => {
    // Line 15 exists only in the text sent (clean.claims.yaml on disk has 14 lines).
    const r = run(['--stdin', '--stdin-filename', 'clean.claims.yaml'], FAILING.replace('    stated: 50 years\n', '    stated: 50 years\n    colour: red\n'));
    expect(r.stdout).toContain("error[unknown-key] unknown key 'colour' in claim 'years_to_conquer'");
    expect(r.stdout).toContain('--> clean.claims.yaml:15:5');
    expect(r.stdout).toContain('15 |     colour: red');
  });

  it('names the text claims.yaml when no --stdin-filename is given', () => {
    const r = run(['--stdin', '--format', 'json'], FAILING);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['claims.yaml']);
    expect(report.summary).toMatchObject({ fail: 1, pass: 0 });
  });

  it('finds the article from the folder of --stdin-filename: the bundled example gives the same report as from disk', () => {
    const root = resolve('.');
    const fromDisk = run(['claims.yaml', '--format', 'json'], '', root);
    const fromStdin = run(['--stdin', '--stdin-filename', 'claims.yaml', '--format', 'json'], readFileSync(resolve(root, 'claims.yaml'), 'utf8'), root);
    expect(fromStdin.code).toBe(fromDisk.code);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromDisk.stdout));
    // 9 pass, 2 warn, 2 fail, 1 error, 7 info (examples/README.md).
    expect(JSON.parse(fromStdin.stdout).summary).toMatchObject({ pass: 9, warn: 2, fail: 2, error: 1, info: 7 });
  });

  it('says plainly when it is combined with files, or --stdin-filename comes without it', () => {
    const both = run(['--stdin', 'clean.claims.yaml'], FAILING);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--stdin reads one claims file from standard input: name no files');
    const alone = run(['--stdin-filename', 'x.yaml'], '');
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe('claimcheck: --stdin-filename goes with --stdin\n');
  });

  it('refuses text that is not UTF-8, in one line', () => {
    const r = spawnSync(process.execPath, [BIN, '--stdin'], { cwd: FIXTURES, input: Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xff, 0xfe, 0x0a]) });
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toBe('claimcheck: standard input is not UTF-8 text; save the claims file as UTF-8\n');
  });
});
