// SARIF `tool.driver.rules` come from the rules in force: a project's own
// rules/ folder that rewords a kind or adds one is what code scanning shows,
// not the defaults. Through the built binary, in a repository of its own.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDefaultRules } from '../../src/rules/index.js';

interface Rule { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }

function sarifRules(dir: string, args: string[] = []): Rule[] {
  const r = spawnSync(process.execPath, [resolve('dist/claimcheck.js'), 'claims.yaml', '--format', 'sarif', ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { runs: { tool: { driver: { rules: Rule[] } } }[] }).runs[0]!.tool.driver.rules;
}

function project(rulesYaml?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-sarif-rules-'));
  mkdirSync(join(dir, '.git'));
  // 233,062 / 11.5 a day = 55.49 years against "50 years": an inconsistent claim
  copyFileSync('test/fixtures/cli/failing.claims.yaml', join(dir, 'claims.yaml'));
  if (rulesYaml !== undefined) {
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, 'rules/checks.yaml'), rulesYaml);
  }
  return dir;
}

describe('SARIF rules', { timeout: 60_000 }, () => {
  it('are the default kinds when the project has no rules of its own', () => {
    const defaults = [...loadDefaultRules().checks.values()];
    const rules = sarifRules(project());
    expect(rules.map((r) => r.id)).toEqual(defaults.map((d) => d.kind));
    expect(rules.find((r) => r.id === 'inconsistent')!.shortDescription.text).toBe(defaults.find((d) => d.kind === 'inconsistent')!.description);
  });

  it("are the project's: a reworded description, a changed severity and an added kind", () => {
    const rules = sarifRules(project([
      'kinds:',
      '  inconsistent:',
      "    description: The desk's wording - the figure does not add up.",
      '  missing-source:',
      '    severity: error',
      '  house-style:',
      '    severity: warning',
      '    description: A kind the desk added for its house style.',
      '    message: "{claim}: not in house style"',
      '',
    ].join('\n')));
    expect(rules.find((r) => r.id === 'inconsistent')!.shortDescription.text).toBe("The desk's wording - the figure does not add up.");
    expect(rules.find((r) => r.id === 'missing-source')!.defaultConfiguration.level).toBe('error');
    expect(rules.find((r) => r.id === 'house-style')).toMatchObject({ shortDescription: { text: 'A kind the desk added for its house style.' }, defaultConfiguration: { level: 'warning' } });
    // every default kind is still described, once
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(rules.length).toBe(loadDefaultRules().checks.size + 1);
  });

  it('follow --rules DIR too', () => {
    const dir = project();
    mkdirSync(join(dir, 'desk-rules'));
    writeFileSync(join(dir, 'desk-rules/checks.yaml'), 'kinds:\n  loose:\n    description: Close, but not what the words say (desk wording).\n');
    expect(sarifRules(dir, ['--rules', 'desk-rules']).find((r) => r.id === 'loose')!.shortDescription.text).toBe('Close, but not what the words say (desk wording).');
  });
});
