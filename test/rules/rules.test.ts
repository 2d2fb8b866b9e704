// The rule tables: the shipped defaults load and say what the contract says,
// project folders override entries key by key, and bad entries point into the YAML.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { worded } from '../worded.js';
import { describe, expect, it } from 'vitest';
import { loadDefaultRules, loadRules } from '../../src/rules/index.js';
import { placeholders } from '../../src/findings/index.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-rules-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('default rules', () => {
  const rules = loadDefaultRules();

  it('has the contract hedges with their sides and 10% tolerance', () => {
    // Contract §6 rule 2: almost/nearly/just under → [x(1−t), x] (inclusive);
    // slightly less than → [x(1−t), x) (not inclusive).
    expect(rules.hedges.get('almost')).toEqual({ phrase: 'almost', side: 'just-below', tolerance: 0.1, inclusive: true });
    expect(rules.hedges.get('slightly less than')).toMatchObject({ side: 'just-below', inclusive: false });
    expect(rules.hedges.get('more than')?.side).toBe('above');
    expect(rules.hedges.get('at least')?.side).toBe('at-least');
    expect(rules.hedges.get('fewer than')?.side).toBe('below');
    expect(rules.hedges.get('up to')?.side).toBe('at-most');
    expect(rules.hedges.get('just over')?.side).toBe('just-above');
    expect(rules.hedges.get('about')?.side).toBe('around');
  });

  it('has the default tolerances: word 5%, loose 5%, two significant figures, gross factor 2', () => {
    expect(rules.numbers.wordTolerance).toBe(0.05);
    expect(rules.looseTolerance).toBe(0.05);
    expect(rules.numbers.significantFigures).toBe(2);
    expect(rules.grossFactor).toBe(2);
    expect(rules.numbers.words.get('a quarter')).toBe(0.25);
    expect(rules.numbers.scales.get('bn')).toBe(1e9);
  });

  it('ships USD with the $ and US$ signs', () => {
    expect(rules.units.get('USD')).toMatchObject({ name: 'USD', symbols: ['$', 'US$'] });
  });

  it('gives every finding kind a severity, a description and a message', () => {
    for (const kind of ['inconsistent', 'loose', 'dimension', 'quote-not-found', 'quote-mismatch', 'uncovered-number', 'missing-source', 'unknown-name', 'cycle', 'parse']) {
      const check = rules.checks.get(kind);
      expect(check, kind).toBeDefined();
      expect(check!.description.length, kind).toBeGreaterThan(10);
      expect(placeholders(check!.message).length + check!.message.length, kind).toBeGreaterThan(0);
    }
  });
});

describe('project rules folders', () => {
  it('override entries key by key and keep the rest', () => {
    const dir = folder({
      'hedges.yaml': 'almost: { tolerance: 5% }\nbarely under: { side: just-below, tolerance: 2% }\n',
      'checks.yaml': 'kinds:\n  missing-source: { severity: error }\n',
    });
    const { rules, problems } = loadRules([dir]);
    expect(problems).toEqual([]);
    // almost keeps its side and inclusiveness, only the tolerance changes.
    expect(rules.hedges.get('almost')).toEqual({ phrase: 'almost', side: 'just-below', tolerance: 0.05, inclusive: true });
    expect(rules.hedges.get('barely under')?.tolerance).toBe(0.02);
    expect(rules.hedges.get('about')?.tolerance).toBe(0.1);
    expect(rules.checks.get('missing-source')?.severity).toBe('error');
    expect(rules.checks.get('missing-source')?.message).toContain('{name}');
  });

  it('reads currency_after as written and points out a value that is not a currency word', () => {
    // Line 2 "  Cdn: CAD" is kept with its capitals; line 3 "  AU: 5" is a number (value at column 7).
    const dir = folder({ 'numbers.yaml': 'currency_after:\n  Cdn: CAD\n  AU: 5\n' });
    const { rules, problems } = loadRules([dir], { cwd: dir });
    expect(rules.numbers.currencyAfter.get('Cdn')).toBe('CAD');
    // The defaults stay: "U.S." is USD.
    expect(rules.numbers.currencyAfter.get('U.S.')).toBe('USD');
    expect(problems.map((p) => [p.span.line, p.span.column, worded(p.data['reason'])])).toEqual([[3, 7, 'currency_after: \'AU\' must name a currency, such as "USD"']]);
    const listed = folder({ 'numbers.yaml': 'currency_after: [U.S.]\n' });
    const list = loadRules([listed], { cwd: listed }).problems;
    expect(list.map((p) => worded(p.data['reason']))).toEqual(['currency_after must be a mapping of word: the currency it says, such as  U.S.: USD']);
  });

  it('points a bad entry out by file, line and column with the allowed values', () => {
    const dir = folder({ 'hedges.yaml': '# comment\nalmost:\n  side: sideways\n' });
    // Run from the folder, so the file is inside the project and its values may be quoted; it is named from there.
    const { problems } = loadRules([dir], { cwd: dir });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.span).toMatchObject({ file: 'hedges.yaml', line: 3, column: 9 });
    expect(worded(problems[0]!.data['reason'])).toContain('must be one of below, above, around, at-least, at-most, just-above, just-below');
  });

  it('quotes nothing of a rules file outside the project, but still points at the entry', () => {
    const dir = folder({ 'hedges.yaml': '# comment\nalmost:\n  side: SECRET_TOKEN=abc\n' });
    // The working folder is another temporary folder: dir is outside its project.
    const { problems } = loadRules([dir], { cwd: folder({}) });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.span).toMatchObject({ file: join(dir, 'hedges.yaml'), line: 3, column: 9 });
    expect(JSON.stringify(problems)).not.toContain('SECRET_TOKEN');
  });

  it('quotes a long or hostile entry of a project rules file only as a short escaped excerpt', () => {
    // A 500-character hedge phrase holding an escape sequence, with a side that does not exist.
    const phrase = `\u001b[2J${'x'.repeat(500)}`;
    const dir = folder({ 'hedges.yaml': `"${phrase.replace('\u001b', '\\e')}":\n  side: sideways\n` });
    const { problems } = loadRules([dir], { cwd: dir });
    // Two problems: the side is wrong, and so the new hedge has no side. Both quote the phrase the same way.
    expect(problems).toHaveLength(2);
    for (const problem of problems) {
      const reason = worded(problem.data['reason']);
      // The phrase (ESC + '[2J' + 500 letters = 504 characters; lowercased in the second) becomes an
      // 80-character excerpt: '\x1b' written out (4) + '[2J' (3) + 72 letters + '…'.
      expect(reason).toMatch(/hedge '\\x1b\[2[Jj]x{72}…' \(504 characters\)/);
      expect(reason).not.toContain('\u001b');
      expect(reason.length).toBeLessThan(300);
    }
  });

  it('reports a folder that does not exist', () => {
    const { problems } = loadRules(['/nonexistent/claimcheck-rules']);
    expect(worded(problems[0]!.data['reason'])).toContain('does not exist');
  });

  it('reports YAML syntax errors in a table with their line', () => {
    const dir = folder({ 'numbers.yaml': 'words:\n  one: 1\n   two: 2\n' });
    const { problems } = loadRules([dir]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.span.file).toBe(join(dir, 'numbers.yaml'));
  });
});
