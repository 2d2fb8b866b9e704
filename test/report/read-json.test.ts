// Reading a JSON report back for `claimcheck merge`: the text may be hostile
// (a CI artifact anyone could replace), so its shape is checked whole and the
// first problem named at its line and column.
import { worded, wordedData } from '../worded.js';
import type { ReportProblem } from '../../src/report/read-json.js';

// The reader says what is wrong as phrases; worded with the default rules, as merge prints them.
const wordedProblem = (p: ReportProblem) => ({ ...p, message: worded(p.message) });
const wordedRead = <T extends { ok: boolean }>(read: T) => ('problems' in read ? { ...read, problems: (read.problems as ReportProblem[]).map(wordedProblem) } : read);
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { readJsonReport } from '../../src/report/read-json.js';
import { sampleReport } from './sample-report.js';

describe('readJsonReport', () => {
  it('gives back what the json formatter wrote: writing it again is byte-identical', () => {
    const text = formatJson(sampleReport());
    const read = readJsonReport(text);
    expect(read.ok).toBe(true);
    if (read.ok) expect(formatJson({ ...read.report, summary: sampleReport().summary })).toBe(text);
  });

  it('gives back the release that wrote the report, and none for a report of a release before the field', () => {
    const text = formatJson(sampleReport(), { version: '1.2.3' });
    // Second field, after the format version: {"version": 1, "claimcheck": "1.2.3", "files": ...
    expect(text.startsWith('{\n  "version": 1,\n  "claimcheck": "1.2.3",\n  "files": [')).toBe(true);
    const read = readJsonReport(text);
    expect(read.ok && read.release).toBe('1.2.3');
    const old = readJsonReport(formatJson(sampleReport()));
    expect(old.ok).toBe(true);
    expect(old.ok && 'release' in old).toBe(false);
    // Anything but a string there is not a claimcheck report: line 3, column 17 is the value.
    const bad = readJsonReport(text.replace('"claimcheck": "1.2.3"', '"claimcheck": 123'));
    expect(wordedRead(bad)).toEqual({ ok: false, problems: [{ line: 3, column: 17, message: 'claimcheck should be text (a string)' }] });
  });

  it('reads an endless bound (written null) back as endless', () => {
    // years_to_conquer computed 55.486 years; its low written as null (what the formatter writes for −∞)
    const text = formatJson(sampleReport()).replace('"low": 55.486', '"low": null');
    const read = readJsonReport(text);
    const claim = read.ok ? read.report.files[0]!.claims.find((c) => c.name === 'years_to_conquer') : undefined;
    expect(claim?.computed).toEqual({ low: -Infinity, high: 55.486, unit: 'year' });
  });

  it('names where a text that is not JSON goes wrong', () => {
    // line 3, column 12: the unquoted word
    const read = readJsonReport('{\n  "version": 1,\n  "files": oops\n}\n');
    expect(wordedRead(read)).toEqual({ ok: false, problems: [{ line: 3, column: 12, message: 'is not JSON: a report written by claimcheck --format json is expected' }] });
  });

  it('names a raw control character, which JSON does not allow in a string', () => {
    // line 2, column 15: the escape character itself
    const read = readJsonReport('{\n  "version": "\u001b[31m"\n}\n');
    expect(read.ok ? undefined : wordedProblem(read.problems[0]!)).toEqual({ line: 2, column: 15, message: 'is not JSON: a report written by claimcheck --format json is expected' });
  });

  it('names the first value of the wrong shape at its line and column', () => {
    const lines = formatJson(sampleReport()).split('\n');
    // The first claim's "line": a whole number turned into text.
    const at = lines.findIndex((l) => l.startsWith('          "line": '));
    lines[at] = '          "line": "12",';
    const read = readJsonReport(lines.join('\n'));
    expect(wordedRead(read)).toEqual({ ok: false, problems: [{ line: at + 1, column: 19, message: 'files[0].claims[0].line should be a whole number' }] });
  });

  it('refuses a missing field (at its object), an unknown field, a wrong verdict and a wrong version', () => {
    const problem = (text: string) => {
      const read = readJsonReport(text);
      return read.ok ? undefined : wordedProblem(read.problems[0]!);
    };
    expect(problem('{"version": 1, "files": []}')).toEqual({ line: 1, column: 1, message: 'the report lacks "summary"' });
    expect(problem('{"version": 2, "files": [], "summary": {}}')?.message).toBe(
      'is a version 2 report and this claimcheck reads version 1: merge with the claimcheck release that wrote the parts, the same in every job',
    );
    expect(problem('{"version": "1", "files": [], "summary": {}}')?.message).toBe('version should be one of 1');
    const summary = '"summary": {"pass": 0, "warn": 0, "fail": 0, "error": 0, "warnings": 0, "info": 0, "allowed": 0, "errors": 0}';
    expect(problem(`{"version": 1, "files": [], ${summary}, "__proto__": {"x": 1}}`)?.message).toBe('__proto__ is not a field of a claimcheck report');
    const claim = '{"name": "c", "verdict": "maybe", "gross": false, "message": "m", "line": 1, "column": 1, "endLine": 1, "endColumn": 2, "severity": "error"}';
    expect(problem(`{"version": 1, "files": [{"path": "a.claims.yaml", "claims": [${claim}], "findings": []}], ${summary}}`))
      // column 88: the opening quote of "maybe" on the one line
      .toEqual({ line: 1, column: 88, message: 'files[0].claims[0].verdict should be one of "pass", "warn", "fail", "error", "info"' });
    expect(problem('[1, 2]')?.message).toBe('the report should be an object');
  });

  it('says a report is empty, or ends early, rather than "not JSON": what a failed or cut-off CI job leaves', () => {
    const problem = (text: string) => {
      const read = readJsonReport(text);
      return read.ok ? undefined : wordedProblem(read.problems[0]!);
    };
    const empty = 'is empty: the run that should have written it wrote nothing; run that part again';
    expect(problem('')).toEqual({ line: 1, column: 1, message: empty });
    expect(problem('\n  \n')).toEqual({ line: 1, column: 1, message: empty });
    // Cut at byte 300 of the sample report: at the end of the text, which is where it stops.
    const full = formatJson(sampleReport());
    const cut = full.slice(0, 300);
    const lines = cut.split('\n');
    expect(problem(cut)).toEqual({
      line: lines.length,
      column: lines.at(-1)!.length + 1,
      message: 'ends early, as if cut off (the run stopped, or the file was not copied whole); run that part again',
    });
    // Cut inside a string, and cut just before the last brace.
    expect(problem(full.slice(0, full.indexOf('"years_to_conquer"') + 5))?.message).toMatch(/^ends early/);
    expect(problem(full.trimEnd().slice(0, -1))?.message).toMatch(/^ends early/);
    // A bad word in the middle is not a cut: "is not JSON" at its place, as before.
    expect(problem('{\n  "version": 1,\n  "files": oops\n}\n')?.message).toBe('is not JSON: a report written by claimcheck --format json is expected');
  });
});
