// `--stdin` and `--stdin-filename`: a claims file on standard input, as editors
// and CMS hooks send it, checked where --stdin-filename places it (its article
// and configuration found from there) without a temporary file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('dist/claimcheck.js');

function run(args: string[], input: string | Buffer, cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A repository with an article in story/ and nothing else: the claims file exists only on standard input. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-stdin-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'story'));
  writeFileSync(join(dir, 'story', 'article.txt'), 'The brigade of 12,000 troops would last only 10 days at 1,200 losses a day.\n');
  return dir;
}

const claims = (stated: string) => `title: Brigade
article: article.txt
units:
  soldier: { aliases: [soldiers, troops, losses] }
inputs:
  brigade: { value: 12000 soldiers, source: the article, quote: "12,000 troops" }
  daily_losses: { value: 1200 soldiers a day, source: the article, quote: "1,200 losses a day" }
claims:
  days_covered:
    compute: brigade / daily_losses
    stated: ${stated}
    quote: "only 10 days"
`;

describe('--stdin', () => {
  it('checks the text on standard input against the article beside --stdin-filename', () => {
    // 12,000 / 1,200 a day = 10 days; "10 days" admits [9.5, 10.5)
    const dir = repository();
    const r = run(['--stdin', '--stdin-filename', 'story/claims.yaml', '--format', 'json'], claims('10 days'), dir);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.files[0].path).toBe('story/claims.yaml');
    expect(report.files[0].claims[0]).toMatchObject({ name: 'days_covered', verdict: 'pass' });
    // the article was read: its three numbers are all covered by quotes
    expect(report.files[0].findings.filter((f: { kind: string }) => f.kind === 'uncovered-number')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('fails a wrong claim and frames it from the text it was given', () => {
    // 10 days against "20 days", which admits [19.5, 20.5): (19.5 − 10)/19.5 = 48.7% below
    const dir = repository();
    const r = run(['--stdin', '--stdin-filename', 'story/claims.yaml', '--no-color'], claims('20 days'), dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ fail  days_covered');
    expect(r.stdout).toContain('--> story/claims.yaml:9:3');
    // the quote's frame: story/claims.yaml is not on the disk, so it can only come from standard input
    expect(r.stdout).toContain('12 |     quote: "only 10 days"');
  });

  it('names the file claims.yaml in the working folder when no --stdin-filename is given', () => {
    const dir = repository();
    const r = run(['--stdin', '--format', 'json'], claims('10 days').replace('article: article.txt\n', ''), dir);
    expect(JSON.parse(r.stdout).files[0].path).toBe('claims.yaml');
    expect(r.code).toBe(0);
  });

  it('refuses input that is not UTF-8, more files, --watch and a lone --stdin-filename (exit 2)', () => {
    const dir = repository();
    expect(run(['--stdin'], Buffer.from([0xff, 0xfe, 0x41]), dir)).toMatchObject({ code: 2, stdout: '', stderr: 'claimcheck: standard input is not UTF-8 text; a claims file must be saved as UTF-8\n' });
    expect(run(['--stdin', 'other.yaml'], '', dir).stderr).toMatch(/^claimcheck: --stdin checks the one claims file on standard input/);
    expect(run(['--stdin', '--watch'], '', dir).code).toBe(2);
    expect(run(['--stdin-filename', 'a.yaml'], '', dir).stderr).toMatch(/^claimcheck: --stdin-filename goes with --stdin/);
  });

  it('refuses standard input larger than a claims file may be (exit 2), without reading it all', () => {
    // 5 MB is the default claims file limit: 6 MB of comments is refused
    const dir = repository();
    const r = run(['--stdin'], `#${'x'.repeat(6 * 1024 * 1024)}\n`, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claimcheck: standard input is larger than the 5 MB a claims file may have (--max-file-size raises the limit)\n');
    // --max-file-size lowers it as well: 300 KB of comments over a 256 KB limit.
    const lower = run(['--stdin', '--max-file-size', '256KB'], `#${'x'.repeat(300 * 1024)}\n`, dir);
    expect(lower.code).toBe(2);
    expect(lower.stderr).toBe('claimcheck: standard input is larger than the 256 KB a claims file may have (--max-file-size raises the limit)\n');
  });
});
