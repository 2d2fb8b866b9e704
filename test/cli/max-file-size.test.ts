// The claims file size limit: 5 MB by default (a 20,000-claim file is about
// 2.7 MB), `max_file_size:` in the configuration and `--max-file-size` on the
// command line change it (the flag wins), and a file over it is refused with
// one finding at 1:1 that says the size and the limit — never its content.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('dist/claimcheck.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A repository with a claims file of one passing claim (12,000 / 1,200 = 10)
 * padded with comment lines to `mb` megabytes: bigger than the old 2 MB limit
 * when mb = 2.5.
 */
function repository(mb: number, config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-size-'));
  mkdirSync(join(dir, '.git'));
  const head = 'inputs:\n  brigade: { value: 12000, source: the article }\n  daily: { value: 1200, source: the article }\nclaims:\n  days_covered:\n    compute: brigade / daily\n    stated: 10\n';
  const line = '# padding padding padding padding padding padding padding padding padding pad\n';
  writeFileSync(join(dir, 'claims.yaml'), head + line.repeat(Math.ceil((mb * 1024 * 1024 - head.length) / line.length)));
  if (config !== undefined) writeFileSync(join(dir, '.claimcheckrc.yaml'), config);
  return dir;
}

const report = (stdout: string) => JSON.parse(stdout) as { files: { claims: { verdict: string }[]; findings: { kind: string; message: string; line: number; column: number }[] }[] };

describe('--max-file-size and max_file_size:', () => {
  it('checks a 2.5 MB claims file under the default 5 MB limit', () => {
    const r = run(['--format', 'json'], repository(2.5));
    expect(r.code).toBe(0);
    expect(report(r.stdout).files[0]!.claims.map((c) => c.verdict)).toEqual(['pass']);
  });

  it('refuses a file over --max-file-size with one finding at 1:1 that names the size and the limit', () => {
    const r = run(['--format', 'json', '--max-file-size', '2MB'], repository(2.5));
    expect(r.code).toBe(1);
    const file = report(r.stdout).files[0]!;
    expect(file.claims).toEqual([]);
    expect(file.findings.map((f) => [f.kind, f.line, f.column])).toEqual([['schema', 1, 1]]);
    // 2.5 MB against 2 MB, as the guarded reader words it; nothing of the file is quoted.
    expect(file.findings[0]!.message).toContain("the claims file 'claims.yaml' is 2.5 MB; the limit is 2 MB, so it is not read");
    expect(file.findings[0]!.message).not.toContain('padding');
  });

  it('takes the limit from the configuration, and the flag over it', () => {
    // max_file_size: 1 MB refuses the 2.5 MB file…
    const dir = repository(2.5, 'max_file_size: 1 MB\n');
    const refused = run(['--format', 'json'], dir);
    expect(refused.code).toBe(1);
    expect(report(refused.stdout).files[0]!.findings[0]!.message).toContain('is 2.5 MB; the limit is 1 MB');
    // …and --max-file-size 3 (megabytes) reads it again.
    const raised = run(['--format', 'json', '--max-file-size', '3'], dir);
    expect(raised.code).toBe(0);
    expect(report(raised.stdout).files[0]!.claims.map((c) => c.verdict)).toEqual(['pass']);
  });

  it('says what a size looks like when the flag or the key is not one', () => {
    const dir = repository(0.01);
    const flag = run(['--max-file-size', 'big'], dir);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--max-file-size takes a size such as 10MB, 512KB or 500k (a bare number is megabytes) above zero (got "big")');
    writeFileSync(join(dir, '.claimcheckrc.yaml'), 'max_file_size: lots\n');
    const key = run([], dir);
    expect(key.code).toBe(2);
    expect(key.stderr).toContain('.claimcheckrc.yaml:1:16: max_file_size must be a size above zero such as 10 MB, 512 KB or 500k (a bare number is megabytes)');
  });
});
