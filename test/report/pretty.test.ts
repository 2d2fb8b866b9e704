// The pretty formatter: a hand-built report in, exact text out (no colour).
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatPretty, frame } from '../../src/report/pretty.js';
import type { CheckReport } from '../../src/types.js';

const plain = new Chalk({ level: 0 });

describe('frame', () => {
  it('puts carets under the span of a short line', () => {
    // "  troops:" — the name starts at column 3 and ends before column 9.
    expect(frame('inputs:\n  troops:\n', { file: 'f', line: 2, column: 3, endLine: 2, endColumn: 9 }, plain)).toEqual([
      '        |',
      '      2 |   troops:',
      '        |   ^^^^^^',
    ]);
  });

  it('shows a window around the span of a long line, with the carets still under it', () => {
    const line = `${'x'.repeat(200)}2,000${'y'.repeat(200)}`;
    // "2,000" is at columns 201–205.
    const [, text, carets] = frame(line, { file: 'f', line: 1, column: 201, endLine: 1, endColumn: 206 }, plain);
    expect(text!.length).toBeLessThan(120);
    const at = text!.indexOf('2,000');
    expect(at).toBeGreaterThan(0);
    expect(carets!.indexOf('^')).toBe(at);
    expect(carets!.slice(at)).toBe('^^^^^');
  });

  it('shows control characters in a source line as escapes, with the carets under the escaped span (issue 17)', () => {
    // "a\tb: \u001b[2J 12" — the span "\u001b[2J" is column 6 (after "a", tab, "b", ":", " ") to 10.
    // Shown: "a\tb: \u001b[2J 12"; the tab takes 2 characters, ESC takes 6, so the carets start at 6 and are 9 long.
    expect(frame('a\tb: \u001b[2J 12', { file: 'f', line: 1, column: 6, endLine: 1, endColumn: 10 }, plain)).toEqual([
      '        |',
      '      1 | a\\tb: \\u001b[2J 12',
      '        |       ^^^^^^^^^',
    ]);
  });
});

describe('formatPretty', () => {
  const report: CheckReport = {
    version: 1,
    files: [{
      path: 'claims.yaml',
      title: 'Example',
      claims: [
        { file: 'claims.yaml', line: 3, column: 3, endLine: 3, endColumn: 8, name: 'years', verdict: 'fail', gross: false, severity: 'error', message: '233062 mi^2 / (11.5 mi^2/day) = 55.49 years, stated 50 years', trace: { substituted: 's', result: '55.49 years', admissible: '[49.5, 50.5) years', why: '55.49 years is 9.9% above 50.5 years, the nearest value "50 years" allows' } },
        { file: 'claims.yaml', line: 9, column: 3, endLine: 9, endColumn: 8, name: 'rate', verdict: 'pass', gross: false, severity: 'info', message: 'a / b = 10%, stated 10%' },
      ],
      findings: [],
    }],
    summary: { pass: 1, warn: 0, fail: 1, error: 0, info: 0, allowed: 0, errors: 0, warnings: 0 },
  };

  it('lists each claim, explains the failing one and ends with a summary line', () => {
    expect(formatPretty(report, { chalk: plain })).toBe([
      'claims.yaml — Example',
      '  ✗ fail  years  233062 mi^2 / (11.5 mi^2/day) = 55.49 years, stated 50 years',
      '      --> claims.yaml:3:3',
      '      stated words allow: [49.5, 50.5) years',
      '      why: 55.49 years is 9.9% above 50.5 years, the nearest value "50 years" allows',
      '  ✓ pass  rate   a / b = 10%, stated 10%',
      '',
      '2 claims: 1 pass, 1 fail',
      '',
    ].join('\n'));
  });

  it('leaves passing claims out with quiet', () => {
    expect(formatPretty(report, { chalk: plain, quiet: true })).not.toContain('rate');
  });

  it('does not repeat an error\'s reason as why: when the message already ends with it', () => {
    const why = 'computed soldier per troop, stated a plain number';
    const errored: CheckReport = {
      version: 1,
      files: [{
        path: 'claims.yaml',
        claims: [{ file: 'claims.yaml', line: 4, column: 3, endLine: 4, endColumn: 8, name: 'share', verdict: 'error', gross: false, severity: 'error', message: `a / b: ${why}`, trace: { substituted: 'a / b', result: '', why } }],
        findings: [],
      }],
      summary: { pass: 0, warn: 0, fail: 0, error: 1, info: 0, allowed: 0, errors: 0, warnings: 0 },
    };
    const text = formatPretty(errored, { chalk: plain });
    expect(text).toContain(`  ✗ error share  a / b: ${why}\n      --> claims.yaml:4:3\n`);
    expect(text).not.toContain('why:');
  });

  it('does not repeat a hint as help: when the message already says it (unknown-unit), and shows it when it does not', () => {
    const hint = 'declare it under units:, for example units: { fortnite: { aliases: [fortnites] } }';
    const finding = { kind: 'unknown-unit' as const, severity: 'error' as const, file: 'claims.yaml', line: 2, column: 15, endLine: 2, endColumn: 23, hint };
    const withFindings = (message: string): CheckReport => ({
      version: 1,
      files: [{ path: 'claims.yaml', claims: [], findings: [{ ...finding, message }] }],
      summary: { pass: 0, warn: 0, fail: 0, error: 0, info: 0, allowed: 0, errors: 1, warnings: 0 },
    });
    expect(formatPretty(withFindings(`'fortnite' is not a known unit; ${hint}`), { chalk: plain })).not.toContain('help:');
    expect(formatPretty(withFindings("'fortnite' is not a known unit"), { chalk: plain })).toContain(`      help: ${hint}\n`);
  });
});
