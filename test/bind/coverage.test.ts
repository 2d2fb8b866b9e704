import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatPretty } from '../../src/report/pretty.js';
import { summarize } from '../../src/engine/check.js';
import { checkWith, findingsOf } from './helpers.js';

// Line 1: two quantities (1,300 tanks; 200 guns), a year (2022), a date (January 20) and a name (M1989).
// Line 2: a malformed number left by machine rewording, and "Article 4" (a name).
const ARTICLE = 'In 2022 the army had 1,300 tanks and 200 guns, and on January 20 it showed M1989 howitzers.\nIt lost seven.6 million shells under Article 4.\n';

const claims = (extra = ''): string => `
article: a.txt
inputs:
  tanks: { value: 1300, source: army, quote: "the army had 1,300 tanks" }
${extra}`;

describe('coverage of the article\'s numbers', () => {
  it('counts quantities only and reports the uncovered ones at the article\'s line and column', () => {
    const result = checkWith(claims(), { 'a.txt': ARTICLE });
    expect(result.coverage).toEqual({ covered: 1, total: 2 });
    const [uncovered, ...rest] = findingsOf(result, 'uncovered-number');
    expect(rest).toEqual([]);
    // "200" starts at column 38 of line 1 of a.txt ("In 2022 the army had 1,300 tanks and " is 37 characters);
    // "guns" is no declared unit, so the number is the three digits alone (columns 38–40).
    expect(uncovered).toMatchObject({ severity: 'warning', file: 'a.txt', line: 1, column: 38, endColumn: 41 });
    expect(uncovered?.message).toBe('number not covered by any claim or input: "200"');
  });

  it('reports a malformed number, never reading it as 7 or 6 million', () => {
    const result = checkWith(claims(), { 'a.txt': ARTICLE });
    const [malformed] = findingsOf(result, 'malformed-number');
    expect(malformed).toMatchObject({ severity: 'warning', file: 'a.txt', line: 2 });
    expect(malformed?.message).toContain('seven.6 million');
  });

  it('leaves out what ignore: lists, by the number\'s text or a phrase around it', () => {
    const result = checkWith(claims('ignore: ["200 GUNS", "seven.6"]'), { 'a.txt': ARTICLE });
    expect(result.coverage).toEqual({ covered: 1, total: 1 });
    expect(findingsOf(result, 'uncovered-number')).toEqual([]);
    expect(findingsOf(result, 'malformed-number')).toEqual([]);
  });

  it('adds up several articles and shows the count in the summary', () => {
    const result = checkWith(`
article: [a.txt, b.txt]
inputs:
  tanks: { value: 1300, source: army, quote: "the army had 1,300 tanks" }
  guns: { value: 12, source: b, quote: "12 guns" }
`, { 'a.txt': ARTICLE, 'b.txt': 'Another 12 guns and 5 trucks.\n' });
    // a.txt: 1 of 2; b.txt: "12 guns" covered, "5 trucks" not: 2 of 4 in all.
    expect(result.coverage).toEqual({ covered: 2, total: 4 });
    expect(result.article).toBe('a.txt');
    expect(result.articles).toEqual(['a.txt', 'b.txt']);
    const text = formatPretty({ version: 1, files: [result], summary: summarize([result]) }, { chalk: new Chalk({ level: 0 }) });
    expect(text).toContain('covered 2 of 4 numbers');
  });

  it('has no coverage when the file names no article', () => {
    expect(checkWith('inputs: { a: { value: 1, source: x } }', {}).coverage).toBeUndefined();
  });

  it('reports an unreadable article as an error at the article: key and skips the checks', () => {
    const result = checkWith(claims(), {});
    const [finding] = findingsOf(result, 'article');
    expect(finding).toMatchObject({ severity: 'error', file: 'claims.yaml', line: 2, column: 10 });
    expect(finding?.message).toBe('the article "a.txt" does not exist');
    expect(result.coverage).toBeUndefined();
  });
});
