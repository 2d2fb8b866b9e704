// The `github` formatter: workflow commands exactly as the Actions runner
// parses them (`::level key=value,…::message`), with GitHub's escaping.
import { describe, expect, it } from 'vitest';
import { escapeGithubData, escapeGithubProperty, formatGithub } from '../../src/report/github.js';
import type { CheckReport } from '../../src/types.js';
import { failing, sampleReport } from './sample-report.js';

describe('formatGithub', () => {
  it('gives one command per finding and per claim that does not pass, then the totals', () => {
    // Passes (casualty_rate) and computed-only claims (per_year) get no line.
    // endColumn = column 3 + name length: years_to_conquer 16 → 19, ratio 5 → 8, gdp_share 9 → 12, rounded 7 → 10.
    // In messages % → %25, and the lines of a claim or finding are joined by %0A; a CR LF inside one
    // field (the quote-not-found message) is shown as the four characters \r\n (issue 17: a field never
    // opens a line of its own); in properties also : → %3A and , → %2C.
    expect(formatGithub(sampleReport())).toBe([
      '::error file=news/nk.claims.yaml,line=12,col=3,endLine=12,endColumn=19,title=claimcheck%3A inconsistent (years_to_conquer)::'
        + '233,062 mi^2 / (11.5 mi^2/day) = 55.49 years, stated 50 years%0Astated words allow: [49.5, 50.5) years'
        + '%0Awhy: 55.49 years is 9.9%25 above 50.5 years, the highest value "50 years" allows',
      '::warning file=news/nk.claims.yaml,line=20,col=3,endLine=20,endColumn=8,title=claimcheck%3A loose (ratio)::'
        + '0.8677, stated slightly less than 1%0Astated words allow: [0.9, 1)%0Awhy: 0.8677 is 3.6%25 below 0.9: close, but not what the words say',
      '::error file=news/nk.claims.yaml,line=30,col=3,endLine=30,endColumn=12,title=claimcheck%3A evaluation (gdp_share)::'
        + 'gdp_share: adds USD to USD per year',
      '::notice file=news/nk.claims.yaml,line=50,col=3,endLine=50,endColumn=10,title=claimcheck%3A allowed inconsistent (rounded)::'
        + '4.544, stated 4%0Aallowed: the article rounds down on purpose',
      "::warning file=news/nk.claims.yaml,line=8,col=3,endLine=8,endColumn=9,title=claimcheck%3A missing-source (nk_gdp)::input 'nk_gdp' has no source",
      '::error file=news/article.md,line=40,col=12,endLine=40,endColumn=30,title=claimcheck%3A quote-not-found::'
        + 'quote not found in news/article.md: "100%25 sure, 50:50"\\r\\nsecond line%0Ahelp: copy the sentence from the article',
      'claimcheck: 6 claims: 1 pass, 1 warn, 1 fail, 1 error, 1 info, 1 allowed · 1 error, 1 warning',
      '',
    ].join('\n'));
  });

  it('escapes commas, colons, percent signs and line breaks in properties, so a value cannot end early', () => {
    const report: CheckReport = {
      version: 1,
      files: [{
        path: 'a,b:c 100%.yaml',
        claims: [{ ...failing, file: 'a,b:c 100%.yaml', name: 'x,y:z', message: 'line one\nline two, 5%', trace: undefined }],
        findings: [],
      }],
      summary: { pass: 0, warn: 0, fail: 1, error: 0, info: 0, allowed: 0, errors: 0, warnings: 0 },
    };
    const [line] = formatGithub(report).split('\n');
    // The line break inside the message is shown as \n: it is one field, not two lines of the annotation.
    expect(line).toBe('::error file=a%2Cb%3Ac 100%25.yaml,line=12,col=3,endLine=12,endColumn=19,'
      + 'title=claimcheck%3A inconsistent (x%2Cy%3Az)::line one\\nline two, 5%25');
  });

  it('escapes % first, so text that already looks escaped survives a round trip', () => {
    // "%0A" typed by a user must come back as "%0A", not as a line break.
    // A CR LF typed in a field is shown as \r\n, never sent as a line break.
    expect(escapeGithubData('50%0A\r\n')).toBe('50%250A\\r\\n');
    expect(escapeGithubProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    // Messages keep : and , (GitHub only unescapes those in properties).
    expect(escapeGithubData('a:b,c')).toBe('a:b,c');
  });

  it('shows absolute paths under the working folder relative to it, with forward slashes', () => {
    const report = sampleReport();
    report.files[0]!.path = '/repo/news/nk.claims.yaml';
    report.files[0]!.findings = [];
    expect(formatGithub(report, { cwd: '/repo' })).toContain('::error file=news/nk.claims.yaml,line=12,');
  });
});
