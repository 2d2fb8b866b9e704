// Reports as a CI job gets them: spawns the built dist/claimcheck.js (built by
// test/global-setup.ts) with --format, -o and --output, GITHUB_STEP_SUMMARY,
// and checks files, standard output and exit status.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

const BIN = resolve('dist/claimcheck.js');
const FIXTURES = resolve('test/fixtures/cli');

function run(args: string[], env: Record<string, string> = {}, cwd = FIXTURES) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder holding copies of the named fixtures. */
function workspace(...names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-out-'));
  for (const name of names) copyFileSync(join(FIXTURES, name), join(dir, name));
  return dir;
}

describe('reports to files in the same run', () => {
  it('writes --output sarif:… and --output junit:… while pretty goes to the terminal', () => {
    const dir = workspace('failing.claims.yaml');
    const r = run(['failing.claims.yaml', '--output', 'sarif:out/results.sarif', '--output', 'junit:junit.xml'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ fail');
    expect(r.stdout).toContain('years_to_conquer');
    const log = JSON.parse(readFileSync(join(dir, 'out/results.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    // 233,062 / 11.5 per day = 55.49 years against "50 years": one inconsistent result at 12:3.
    expect(log.runs[0].results).toHaveLength(1);
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'inconsistent', level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'failing.claims.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 3 } } }],
    });
    expect(log.runs[0].tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThan(10);
    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(join(dir, 'junit.xml'), 'utf8'));
    expect(junit.testsuites.testsuite).toMatchObject({ name: 'failing.claims.yaml', failures: '1' });
    // No temporary files are left beside the reports.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(dir, 'out'))).toEqual(['results.sarif']);
  });

  it('-o FILE puts the chosen format in FILE instead of standard output; files get no colour', () => {
    const dir = workspace('failing.claims.yaml');
    writeFileSync(join(dir, 'report.txt'), 'x'.repeat(100000));
    // An existing report file is replaced only with --force.
    expect(run(['failing.claims.yaml', '--output', 'pretty:report.txt'], {}, dir).code).toBe(2);
    const r = run(['failing.claims.yaml', '--format', 'github', '-o', 'annotations.txt', '--output', 'pretty:report.txt', '--color', '--force'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const text = readFileSync(join(dir, 'annotations.txt'), 'utf8');
    expect(text).toMatch(/^::error file=failing\.claims\.yaml,line=12,col=3,.*title=claimcheck%3A inconsistent \(years_to_conquer\)::/);
    // The old, longer report.txt is replaced whole.
    const pretty = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(pretty).toContain('✗ fail');
    expect(pretty).not.toContain('xxx');
    expect(pretty).not.toMatch(/\x1b\[/);
  });

  it('exits 2 when a report cannot be written', () => {
    const dir = workspace('clean.claims.yaml');
    writeFileSync(join(dir, 'a-file'), '');
    const blocked = run(['clean.claims.yaml', '--output', 'sarif:a-file/x.sarif'], {}, dir);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain('cannot write a-file/x.sarif');
  });
});

describe('GITHUB_STEP_SUMMARY', () => {
  it('gets the Markdown summary appended after what is already there, with --format github', () => {
    const dir = workspace('failing.claims.yaml', 'clean.claims.yaml');
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# Earlier step\n\n');
    const r = run(['failing.claims.yaml', 'clean.claims.yaml', '--format', 'github'], { GITHUB_STEP_SUMMARY: summary }, dir);
    expect(r.code).toBe(1);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# Earlier step\n\n## claimcheck\n')).toBe(true);
    expect(text).toContain('**2 claims in 2 files: 1 pass, 1 fail**');
    expect(text).toMatch(/\| failing\.claims\.yaml:12 \| years\\_to\\_conquer \| ❌ fail \| 55\.49 years \| 50 years \|/);
    expect(text).toMatch(/\| clean\.claims\.yaml:\d+ \| days\\_covered \| ✅ pass \|/);
  });

  it('is left alone when no github report is made', () => {
    const dir = workspace('clean.claims.yaml');
    const summary = join(dir, 'summary.md');
    run(['clean.claims.yaml', '--format', 'json'], { GITHUB_STEP_SUMMARY: summary }, dir);
    expect(existsSync(summary)).toBe(false);
  });
});

describe('exit status, whatever the format', () => {
  // clean: 1 pass. failing: 55.49 years vs "50 years" fails. warning: 0.8677 vs "slightly less
  // than 1" warns, and texas_area has no source: 2 warnings. Each case uses another format,
  // since the status never depends on it.
  it('is 0 when clean, 1 for a failing claim, 2 for a missing path or a bad flag', () => {
    expect(run(['clean.claims.yaml', '--format', 'sarif']).code).toBe(0);
    expect(run(['failing.claims.yaml', '--format', 'github']).code).toBe(1);
    expect(run(['nope.claims.yaml', '--format', 'junit']).code).toBe(2);
    expect(run(['clean.claims.yaml', '--format', 'json', '--frobnicate']).code).toBe(2);
  });

  it('is 0 for warnings under the limit and 1 over it; --strict also makes them JUnit failures', () => {
    expect(run(['warning.claims.yaml', '--format', 'sarif', '--max-warnings', '2']).code).toBe(0);
    const over = run(['warning.claims.yaml', '--format', 'json', '--max-warnings', '1']);
    expect(over.code).toBe(1);
    const strict = run(['warning.claims.yaml', '--format', 'junit', '--strict', '--quiet']);
    expect(strict.code).toBe(1);
    // the loose claim and the missing-source finding
    expect(strict.stdout).toContain('failures="2"');
    // --quiet trims pretty output only: the JUnit report still lists every claim.
    expect(strict.stdout).toContain('name="smaller_than_texas"');
  });
});
