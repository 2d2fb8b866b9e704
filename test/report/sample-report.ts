// A hand-built CheckReport for the formatter tests: one claims file with a
// claim of every outcome and two findings, with the percent signs, commas,
// colons and line breaks that GitHub, XML and Markdown each need escaped.
import type { CheckReport, ClaimResult, FileResult, Finding } from '../../src/types.js';

const FILE = 'news/nk.claims.yaml';

function claim(fields: Partial<ClaimResult> & Pick<ClaimResult, 'name' | 'verdict' | 'line' | 'message'>): ClaimResult {
  return { file: FILE, column: 3, endLine: fields.line, endColumn: 3 + fields.name.length, gross: false, severity: 'info', ...fields };
}

/** years_to_conquer fails: 233,062 / 11.5 per day = 55.49 years, "50 years" allows [49.5, 50.5). */
export const failing = claim({
  name: 'years_to_conquer', verdict: 'fail', severity: 'error', kind: 'inconsistent', line: 12,
  message: '233,062 mi^2 / (11.5 mi^2/day) = 55.49 years, stated 50 years',
  stated: { text: '50 years', low: 49.5, high: 50.5, unit: 'year' },
  computed: { low: 55.486, high: 55.486, unit: 'year' },
  trace: {
    substituted: '233,062 mi^2 / (11.5 mi^2/day)', result: '55.49 years', admissible: '[49.5, 50.5) years',
    why: '55.49 years is 9.9% above 50.5 years, the highest value "50 years" allows',
  },
});

export function sampleReport(): CheckReport {
  const claims: ClaimResult[] = [
    claim({
      name: 'casualty_rate', verdict: 'pass', line: 5, message: '1,100 to 3,000 soldiers / 11,000 soldiers = 10% to 27.27%, stated 10% to 27%',
      stated: { text: '10% to 27%', low: 0.095, high: 0.275, unit: '' },
      trace: { substituted: '1,100 to 3,000 soldiers / 11,000 soldiers', result: '10% to 27.27%', why: 'within what "10% to 27%" allows' },
    }),
    failing,
    claim({
      name: 'ratio', verdict: 'warn', severity: 'warning', kind: 'loose', line: 20,
      message: '0.8677, stated slightly less than 1',
      stated: { text: 'slightly less than 1', low: 0.9, high: 1, unit: '' },
      trace: { substituted: 'a / b', result: '0.8677', admissible: '[0.9, 1)', why: '0.8677 is 3.6% below 0.9: close, but not what the words say' },
    }),
    claim({ name: 'gdp_share', verdict: 'error', severity: 'error', kind: 'evaluation', line: 30, message: 'gdp_share: adds USD to USD per year' }),
    claim({ name: 'per_year', verdict: 'info', line: 40, message: '$1.7 billion / (3 years) = $567 million/year',
      trace: { substituted: '$1.7 billion / (3 years)', result: '$567 million/year', why: 'nothing is stated for this claim' } }),
    claim({ name: 'rounded', verdict: 'fail', kind: 'inconsistent', line: 50, message: '4.544, stated 4', allowed: 'the article rounds down on purpose' }),
  ];
  const findings: Finding[] = [
    { kind: 'missing-source', severity: 'warning', message: "input 'nk_gdp' has no source", file: FILE, line: 8, column: 3, endLine: 8, endColumn: 9, claim: 'nk_gdp' },
    {
      kind: 'quote-not-found', severity: 'error', file: 'news/article.md', line: 40, column: 12, endLine: 40, endColumn: 30,
      message: 'quote not found in news/article.md: "100% sure, 50:50"\r\nsecond line',
      hint: 'copy the sentence from the article',
    },
  ];
  const file: FileResult = { path: FILE, title: 'North Korea', claims, findings };
  return {
    version: 1,
    files: [file],
    summary: { pass: 1, warn: 1, fail: 1, error: 1, info: 1, allowed: 1, errors: 1, warnings: 1 },
  };
}
