// "-o -" is standard output, as Unix tools read it: before, check and init
// wrote a file named "-" in the working folder. Through the built binary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const BIN = resolve('dist/claimcheck.js');
let dir = '';

function run(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

function folder(): void {
  dir = mkdtempSync(join(tmpdir(), 'claimcheck-dash-'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'story.txt'), 'The 12,000 troops would cover only 10 days of losses at 1,200 a day.\n');
  // 12,000 / 1,200 a day = 10 days
  writeFileSync(join(dir, 'claims.yaml'), 'inputs:\n  troops: { value: "12,000", source: s }\n  rate: { value: "1,200 a day", source: s }\nclaims:\n  days_covered: { compute: troops / rate, stated: 10 days }\n');
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('-o - is standard output', { timeout: 30_000 }, () => {
  it('check -o - prints the report and writes no file named "-"', () => {
    folder();
    const result = run('claims.yaml', '--format', 'json', '-o', '-');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).files[0].claims[0]).toMatchObject({ name: 'days_covered', verdict: 'pass' });
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('init -o - prints the claims file (article relative to the working folder) and writes nothing', () => {
    folder();
    const result = run('init', 'story.txt', '-o', '-');
    expect(result.status).toBe(0);
    const written = parse(result.stdout) as { article: string; inputs: Record<string, { value: string }> };
    expect(written.article).toBe('story.txt');
    expect(Object.values(written.inputs).map((i) => i.value)).toEqual(['12,000 troops', '10 days', '1,200 a day']);
    expect(result.stderr).toContain('standard output');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('init -o - --merge is refused: there is no file to add to', () => {
    folder();
    const result = run('init', 'story.txt', '-o', '-', '--merge');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--merge adds to a file');
  });
});
