// The `junit` formatter, read back the way CI test reporters read it: parsed
// with fast-xml-parser, counted, and checked for escaping.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, formatJunit } from '../../src/report/junit.js';
import type { CheckReport } from '../../src/types.js';
import { failing, sampleReport } from './sample-report.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase'].includes(name),
});

interface Testcase { name: string; classname: string; failure?: { message: string; type: string; '#text': string }; error?: { message: string; type: string }; skipped?: { message: string }; 'system-out'?: string }

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).testsuites as Record<string, string> & { testsuite: (Record<string, string> & { testcase: Testcase[] })[] };
}

describe('formatJunit', () => {
  it('writes a small report exactly', () => {
    const report: CheckReport = {
      version: 1,
      files: [{ path: 'failing.claims.yaml', claims: [failing], findings: [] }],
      summary: { pass: 0, warn: 0, fail: 1, error: 0, info: 0, allowed: 0, errors: 0, warnings: 0 },
    };
    // The " around 50 years are escaped as &quot; in element text too (harmless, and one escaper for both).
    expect(formatJunit(report)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="claimcheck" tests="1" failures="1" errors="0" skipped="0">
  <testsuite name="failing.claims.yaml" tests="1" failures="1" errors="0" skipped="0">
    <testcase name="years_to_conquer" classname="failing.claims.yaml" file="failing.claims.yaml" line="12">
      <failure message="233,062 mi^2 / (11.5 mi^2/day) = 55.49 years, stated 50 years" type="inconsistent">failing.claims.yaml:12:3
233,062 mi^2 / (11.5 mi^2/day) = 55.49 years, stated 50 years
stated words allow: [49.5, 50.5) years
why: 55.49 years is 9.9% above 50.5 years, the highest value &quot;50 years&quot; allows</failure>
    </testcase>
  </testsuite>
</testsuites>
`);
  });

  it('has one testcase per claim (passes included) and per finding, with the right counts', () => {
    const suites = parse(formatJunit(sampleReport()));
    // 6 claims + 2 findings = 8 tests. failures: years_to_conquer (fail). errors: gdp_share (error verdict)
    // and the quote-not-found finding. skipped: rounded (allowed). The warn, the warning finding,
    // the pass and the computed-only claim pass.
    expect(suites).toMatchObject({ name: 'claimcheck', tests: '8', failures: '1', errors: '2', skipped: '1' });
    expect(suites.testsuite).toHaveLength(1);
    const suite = suites.testsuite[0]!;
    expect(suite).toMatchObject({ name: 'news/nk.claims.yaml', tests: '8', failures: '1', errors: '2', skipped: '1' });
    const byName = new Map(suite.testcase.map((t) => [t.name, t]));
    expect([...byName.keys()]).toEqual([
      'casualty_rate', 'years_to_conquer', 'ratio', 'gdp_share', 'per_year', 'rounded',
      'finding: missing-source at news/nk.claims.yaml:8:3', 'finding: quote-not-found at news/article.md:40:12',
    ]);
    expect(suite.testcase.every((t) => t.classname === 'news/nk.claims.yaml')).toBe(true);
    expect(byName.get('years_to_conquer')!.failure).toMatchObject({ type: 'inconsistent', message: failing.message });
    expect(byName.get('gdp_share')!.error).toMatchObject({ type: 'evaluation' });
    expect(byName.get('rounded')!.skipped).toMatchObject({ message: 'allowed: the article rounds down on purpose' });
    expect(byName.get('ratio')!.failure).toBeUndefined();
    expect(byName.get('ratio')!['system-out']).toContain('why: 0.8677 is 3.6% below 0.9');
    // The CR LF inside the finding's message is shown as the characters \r\n (issue 17): each field is one line.
    expect(byName.get('finding: quote-not-found at news/article.md:40:12')!.error)
      .toMatchObject({ type: 'quote-not-found', message: 'quote not found in news/article.md: "100% sure, 50:50"\\r\\nsecond line' });
  });

  it('turns warnings into failures when warnings fail the run (--strict)', () => {
    const suite = parse(formatJunit(sampleReport(), { warningsFail: true })).testsuite[0]!;
    // + the loose claim and the missing-source warning: 3 failures.
    expect(suite.failures).toBe('3');
    expect(suite.testcase.find((t) => t.name === 'ratio')!.failure).toMatchObject({ type: 'loose' });
  });

  it('makes testcase names unique within a suite', () => {
    const report = sampleReport();
    const file = report.files[0]!;
    file.claims = [failing, { ...failing }, { ...failing }];
    file.findings = [file.findings[0]!, { ...file.findings[0]! }];
    const names = parse(formatJunit(report)).testsuite[0]!.testcase.map((t) => t.name);
    expect(names).toEqual([
      'years_to_conquer', 'years_to_conquer (2)', 'years_to_conquer (3)',
      'finding: missing-source at news/nk.claims.yaml:8:3', 'finding: missing-source at news/nk.claims.yaml:8:3 (2)',
    ]);
  });

  it('escapes the five XML specials and shows characters XML 1.0 forbids as visible escapes', () => {
    // \u0000, \u0001 and ESC are not allowed in XML 1.0 at all; nor is a lone surrogate (\uD800):
    // each is shown as the six characters \uXXXX (issue 17), so the reader sees that they were there.
    // A tab becomes &#9;, and a real astral character (😀) is kept.
    const nasty = `a<b>&"c"'d'\u0000\u0001\u001b[31m\uD800 e\tf 😀`;
    expect(escapeXml(nasty)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;\\u0000\\u0001\\u001b[31m\\ud800 e&#9;f 😀');
    const report = sampleReport();
    report.files[0]!.path = 'R&D <draft>.claims.yaml';
    report.files[0]!.claims = [{ ...failing, name: nasty, message: nasty }];
    report.files[0]!.findings = [];
    const xml = formatJunit(report);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const suite = parse(xml).testsuite[0]!;
    expect(suite.name).toBe('R&D <draft>.claims.yaml');
    // Attributes keep the tab as &#9; — the parser gives it back.
    expect(suite.testcase[0]!.name).toBe(`a<b>&"c"'d'\\u0000\\u0001\\u001b[31m\\ud800 e\tf 😀`);
    expect(suite.testcase[0]!.failure!.message).toBe(`a<b>&"c"'d'\\u0000\\u0001\\u001b[31m\\ud800 e\tf 😀`);
  });

  it('says claimcheck, not eslint', () => {
    expect(formatJunit(sampleReport())).not.toMatch(/eslint/i);
  });
});
