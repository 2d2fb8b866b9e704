// The `sarif` formatter, checked against the official SARIF 2.1.0 JSON schema
// (test/fixtures/sarif/, draft-07) with ajv, and for what code scanning relies
// on: rules with help and docs links, levels, repo-relative locations, and
// fingerprints that do not change when lines move.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { loadDefaultRules } from '../../src/rules/index.js';
import { formatSarif, FINGERPRINT_KEY } from '../../src/report/sarif.js';
import type { CheckReport } from '../../src/types.js';
import { failing, sampleReport } from './sample-report.js';

const schema = JSON.parse(readFileSync('test/fixtures/sarif/sarif-schema-2.1.0.json', 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
// The schema's formats, checked with the WHATWG URL parser (ajv-formats is not a dependency).
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/\s/.test(s));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validate = ajv.compile(schema);

const rules = [...loadDefaultRules().checks.values()];

function sarif(report: CheckReport, cwd = '/work/repo'): Sarif.Log {
  const text = formatSarif(report, { rules, cwd, version: '1.2.3' });
  const log: unknown = JSON.parse(text);
  if (!validate(log)) throw new Error(ajv.errorsText(validate.errors, { separator: '\n' }));
  return log as Sarif.Log;
}

describe('formatSarif', () => {
  it('is valid SARIF 2.1.0 by the official schema', () => {
    const log = sarif(sampleReport());
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
  });

  it('the schema check can fail: a result without a message is rejected', () => {
    const log = sarif(sampleReport());
    delete (log.runs[0]!.results![0] as Partial<Sarif.Result>).message;
    expect(validate(log)).toBe(false);
  });

  it('describes every finding kind as a rule, with help and a docs link', () => {
    const driver = sarif(sampleReport()).runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'claimcheck', version: '1.2.3', informationUri: 'https://github.com/claimcheck/claimcheck' });
    const ids = driver.rules!.map((r) => r.id);
    expect(ids).toEqual(rules.map((r) => r.kind));
    const inconsistent = driver.rules!.find((r) => r.id === 'inconsistent')!;
    expect(inconsistent).toMatchObject({
      shortDescription: { text: "A claim's computed value is not what the stated words allow." },
      helpUri: 'https://github.com/claimcheck/claimcheck/blob/main/docs/checks.md#inconsistent',
      defaultConfiguration: { level: 'error' },
    });
    expect(inconsistent.help!.text).toContain('docs/checks.md#inconsistent');
    expect(driver.rules!.find((r) => r.id === 'missing-source')!.defaultConfiguration).toEqual({ level: 'warning' });
  });

  it('gives one result per finding and per claim that does not pass, with level and location', () => {
    const run = sarif(sampleReport()).runs[0]!;
    // 6 claims less the pass and the computed-only one = 4; plus 2 findings.
    expect(run.results!.map((r) => [r.ruleId, r.level])).toEqual([
      ['inconsistent', 'error'], ['loose', 'warning'], ['evaluation', 'error'], ['inconsistent', 'note'],
      ['missing-source', 'warning'], ['quote-not-found', 'error'],
    ]);
    const first = run.results![0]!;
    expect(run.tool.driver.rules![first.ruleIndex!]!.id).toBe('inconsistent');
    expect(first.message.text).toBe([
      '233,062 mi^2 / (11.5 mi^2/day) = 55.49 years, stated 50 years',
      'stated words allow: [49.5, 50.5) years',
      'why: 55.49 years is 9.9% above 50.5 years, the highest value "50 years" allows',
    ].join('\n'));
    // years_to_conquer: line 12, column 3 to 19 (exclusive end, as SARIF's endColumn is).
    expect(first.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'news/nk.claims.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 19 },
    });
    expect(run.results![5]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('news/article.md');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
  });

  it('marks an accepted failure (allow:) as suppressed, with its reason', () => {
    const allowed = sarif(sampleReport()).runs[0]!.results![3]!;
    expect(allowed.suppressions).toEqual([{ kind: 'inSource', justification: 'the article rounds down on purpose' }]);
  });

  it('keeps fingerprints when lines move, and changes them when the claim or kind changes', () => {
    const before = sarif(sampleReport()).runs[0]!.results!;
    const moved = sampleReport();
    for (const c of moved.files[0]!.claims) { c.line += 7; c.endLine += 7; }
    for (const f of moved.files[0]!.findings) { f.line += 7; f.endLine += 7; }
    const after = sarif(moved).runs[0]!.results!;
    expect(after.map((r) => r.partialFingerprints)).toEqual(before.map((r) => r.partialFingerprints));
    expect(after[0]!.locations![0]!.physicalLocation!.region!.startLine).toBe(19);
    const prints = before.map((r) => r.partialFingerprints![FINGERPRINT_KEY]);
    expect(new Set(prints).size).toBe(prints.length);
    expect(prints[0]).toMatch(/^[0-9a-f]{32}:1$/);
  });

  it('keeps two identical findings apart by their order', () => {
    const report = sampleReport();
    const file = report.files[0]!;
    file.claims = [];
    file.findings = [file.findings[1]!, { ...file.findings[1]!, line: 90, endLine: 90 }];
    const [a, b] = sarif(report).runs[0]!.results!.map((r) => r.partialFingerprints![FINGERPRINT_KEY]!);
    expect(a!.split(':')[0]).toBe(b!.split(':')[0]);
    expect([a!.split(':')[1], b!.split(':')[1]]).toEqual(['1', '2']);
  });

  it('percent-encodes URIs, makes absolute paths under cwd relative, and adds a rule for an unknown kind', () => {
    const report: CheckReport = {
      version: 1,
      files: [{
        path: '/work/repo/my articles/100% sure.claims.yaml',
        // A report read back from JSON (another claimcheck version, a project's tool) may name a kind this version does not have.
        claims: [{ ...failing, kind: 'project-check' as NonNullable<(typeof failing)['kind']> }],
        findings: [],
      }],
      summary: { pass: 0, warn: 0, fail: 1, error: 0, info: 0, allowed: 0, errors: 0, warnings: 0 },
    };
    const run = sarif(report).runs[0]!;
    expect(run.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({
      uri: 'my%20articles/100%25%20sure.claims.yaml', uriBaseId: '%SRCROOT%',
    });
    expect(run.tool.driver.rules!.at(-1)).toMatchObject({ id: 'project-check' });
    expect(run.results![0]!.ruleIndex).toBe(run.tool.driver.rules!.length - 1);
  });

  it('is valid with no results at all', () => {
    const log = sarif({ version: 1, files: [], summary: { pass: 0, warn: 0, fail: 0, error: 0, info: 0, allowed: 0, errors: 0, warnings: 0 } });
    expect(log.runs[0]!.results).toEqual([]);
  });
});
