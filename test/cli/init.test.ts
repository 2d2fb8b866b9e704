// `claimcheck init ARTICLE`: spawns the built dist/claimcheck.js in a temporary folder.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClaimcheck } from '../run-binary.js';

const ARTICLES = resolve('examples/articles');


/** A project folder with a copy of an article in articles/. */
function project(article = 'north-korea-military-aid-new-alliance.txt'): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-init-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'articles'));
  copyFileSync(join(ARTICLES, article), join(dir, 'articles', article));
  return dir;
}

describe('claimcheck init', () => {
  it('writes claims.yaml in the working folder, which then checks with no errors', () => {
    const dir = project();
    const r = runClaimcheck(['init', 'articles/north-korea-military-aid-new-alliance.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('wrote claims.yaml: 8 numbers of articles/north-korea-military-aid-new-alliance.txt as inputs');
    const text = readFileSync(join(dir, 'claims.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schema\/claims\.schema\.json$/);
    expect(text).toContain('article: articles/north-korea-military-aid-new-alliance.txt');
    // The written file checks: no claims yet, every number covered, nothing is an error (exit 0).
    const check = runClaimcheck(['claims.yaml'], dir);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('covered 8 of 8 numbers');
    // No temporary file is left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a claims file or a data file as the article, saying what init reads (it "read" their numbers as a story)', () => {
    const dir = project();
    writeFileSync(join(dir, 'notes.yaml'), 'inputs:\n  troops: { value: 11000, source: x }\n');
    writeFileSync(join(dir, 'budget.json'), '{"total": 4200}\n');
    const claims = runClaimcheck(['init', 'notes.yaml', '-o', 'out.claims.yaml'], dir);
    expect([claims.code, claims.stdout, claims.stderr]).toEqual([2, '', 'claimcheck: notes.yaml is a claims file, not an article: init reads an article (Markdown, plain text or HTML) and writes a claims file from its numbers; to check this one, run: claimcheck notes.yaml\n']);
    const data = runClaimcheck(['init', 'budget.json', '-o', '-'], dir);
    expect([data.code, data.stdout, data.stderr]).toEqual([2, '', "claimcheck: budget.json is a JSON file, not an article: init reads an article in Markdown, plain text or HTML; save the story's text as .md, .txt or .html and run init on that\n"]);
    expect(existsSync(join(dir, 'out.claims.yaml'))).toBe(false);
  });

  it('says an empty article, or one without a number, was read as such, instead of "Check each value"', () => {
    const dir = project();
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'words.md'), 'No figures in this story at all.\n');
    const empty = runClaimcheck(['init', 'empty.md'], dir);
    expect([empty.code, empty.stderr]).toEqual([0, 'claimcheck: wrote claims.yaml, with no inputs: empty.md is empty. Is it the article you meant? (Numbers init reads are written in figures or words: 1,500; 12%; eight million.)\n']);
    expect(readFileSync(join(dir, 'claims.yaml'), 'utf8')).toContain('inputs: {}');
    const words = runClaimcheck(['init', 'words.md', '-o', 'words.claims.yaml'], dir);
    expect(words.stderr).toBe('claimcheck: wrote words.claims.yaml, with no inputs: words.md holds no number that init could read. Is it the article you meant? (Numbers init reads are written in figures or words: 1,500; 12%; eight million.)\n');
  });

  it('writes where -o says, with article: relative to that file', () => {
    const dir = project();
    const r = runClaimcheck(['init', 'articles/north-korea-military-aid-new-alliance.txt', '-o', 'claims/aid.claims.yaml'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'claims', 'aid.claims.yaml'), 'utf8')).toContain('article: ../articles/north-korea-military-aid-new-alliance.txt');
    expect(runClaimcheck(['claims/aid.claims.yaml'], dir).code).toBe(0);
  });

  it('never overwrites an existing file without --force (exit 2), and does with it', () => {
    const dir = project();
    writeFileSync(join(dir, 'claims.yaml'), '# mine\n');
    const r = runClaimcheck(['init', 'articles/north-korea-military-aid-new-alliance.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("claimcheck: claims.yaml already exists; use --force to replace it, or --merge to add the article's new numbers to it\n");
    expect(readFileSync(join(dir, 'claims.yaml'), 'utf8')).toBe('# mine\n');
    const forced = runClaimcheck(['init', 'articles/north-korea-military-aid-new-alliance.txt', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'claims.yaml'), 'utf8')).toContain('source: TODO');
  });

  it('does not write through a symbolic link that leads out of the folder, even with --force', () => {
    const dir = project();
    const outside = mkdtempSync(join(tmpdir(), 'claimcheck-outside-'));
    writeFileSync(join(outside, 'target.yaml'), 'untouched\n');
    symlinkSync(join(outside, 'target.yaml'), join(dir, 'claims.yaml'));
    const r = runClaimcheck(['init', 'articles/north-korea-military-aid-new-alliance.txt', '--force'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('symbolic link that leads out of its folder');
    expect(readFileSync(join(outside, 'target.yaml'), 'utf8')).toBe('untouched\n');
  });

  it('--merge adds new numbers and keeps existing entries and comments', () => {
    const dir = project();
    const mine = '# our notes\narticle: articles/north-korea-military-aid-new-alliance.txt\ninputs:\n  special_forces:\n    value: 1500  # NIS, October\n    source: NIS\n    quote: "approximately 1,500 members"\n';
    writeFileSync(join(dir, 'claims.yaml'), mine);
    const r = runClaimcheck(['init', 'articles/north-korea-military-aid-new-alliance.txt', '--merge'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('added 7 new numbers to claims.yaml (1 already quoted)');
    const text = readFileSync(join(dir, 'claims.yaml'), 'utf8');
    // The existing entry and its comments stay, first, byte for byte (two spaces before the comment too).
    expect(text.startsWith(mine)).toBe(true);
    expect(runClaimcheck(['claims.yaml'], dir).stdout).toContain('covered 8 of 8 numbers');
  });

  it('exits 2 for an article that does not exist', () => {
    const dir = project();
    const r = runClaimcheck(['init', 'articles/missing.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read the article articles/missing.md');
    expect(existsSync(join(dir, 'claims.yaml'))).toBe(false);
    // A name two letters off the article that is there (two letters swapped): the did-you-mean names it, as typed relative to here.
    const typo = runClaimcheck(['init', 'articles/north-korea-military-aid-new-allaince.txt'], dir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe("claimcheck: cannot read the article articles/north-korea-military-aid-new-allaince.txt — did you mean 'articles/north-korea-military-aid-new-alliance.txt'?\n  articles/north-korea-military-aid-new-allaince.txt:1:1: the article 'articles/north-korea-military-aid-new-allaince.txt' does not exist\n");
  });

  it('lists the article\'s malformed numbers on the console with file, line and column', () => {
    const dir = project();
    writeFileSync(join(dir, 'articles', 'odd.txt'), 'Intro line.\n\nRussia has seven.6 million soldiers and 12 tanks.\n');
    const r = runClaimcheck(['init', 'articles/odd.txt'], dir);
    expect(r.code).toBe(0);
    // Line 3, column 12 ("Russia has " is 11 characters); the one readable number becomes the only input.
    expect(r.stderr).toContain('wrote claims.yaml: 1 number of articles/odd.txt as inputs');
    expect(r.stderr).toContain('articles/odd.txt:3:12: malformed number in the article: "seven.6 million" (a number word and digits mixed: seven.6 million)');
  });
});
