import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { worded } from '../worded.js';
import type { MessageValue } from '../../src/types.js';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.js';
import { createArticleReader } from '../../src/bind/read-article.js';
import { repositoryRoot } from '../../src/io/repository.js';

/** A repository in a temporary folder: repo/.git, repo/claims/claims.yaml, repo/articles/a.txt; and a secret outside it. */
function makeRepo() {
  const base = mkdtempSync(join(tmpdir(), 'claimcheck-bind-'));
  const repo = join(base, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(repo, 'claims'));
  mkdirSync(join(repo, 'articles'));
  writeFileSync(join(repo, 'articles', 'a.txt'), 'The army had 1,300 tanks.\n');
  writeFileSync(join(base, 'secret.txt'), 'SECRET-TOKEN-12345\n');
  symlinkSync(join(base, 'secret.txt'), join(repo, 'articles', 'link.txt'));
  return { base, repo, claims: join(repo, 'claims', 'claims.yaml') };
}

describe('reading articles', () => {
  it('reads an article inside the repository, relative to the claims file', () => {
    const { claims } = makeRepo();
    expect(createArticleReader(claims, repositoryRoot(claims, process.cwd()))('../articles/a.txt')).toEqual({ text: 'The army had 1,300 tanks.\n' });
  });

  it('names the article one letter off a missing one, in its folder inside the repository, and never a name from outside it', () => {
    const { claims } = makeRepo();
    const read = createArticleReader(claims, repositoryRoot(claims, process.cwd()));
    // "b.txt" is missing; "a.txt" in the same folder is one letter away, written as the claims file would name it.
    expect(worded((read('../articles/b.txt') as { problem: MessageValue }).problem)).toBe('the article "../articles/b.txt" does not exist — did you mean \'../articles/a.txt\'?');
    // "secre.txt" beside the repository is one letter off secret.txt, which lies outside it: no guess is offered.
    const outside = worded((read('../../secre.txt') as { problem: MessageValue }).problem);
    expect(outside).not.toContain('secret');
    expect(outside).not.toContain('did you mean');
  });

  it('takes the nearest folder holding .git as the repository', () => {
    const { repo, claims } = makeRepo();
    expect(repositoryRoot(claims, process.cwd())).toBe(repo);
  });

  it.each([
    ['../../secret.txt'],
    ['../../../../../../../../etc/passwd'],
    ['/proc/self/environ'],
    ['/etc/passwd'],
    ['../articles/link.txt'],
  ])('refuses %s, outside the repository, without showing its content', (path) => {
    const { claims } = makeRepo();
    const read = createArticleReader(claims, repositoryRoot(claims, process.cwd()))(path);
    expect(read).toHaveProperty('problem');
    const problem = worded((read as { problem: MessageValue }).problem);
    expect(problem).toContain('is outside the repository being checked');
    expect(problem).not.toContain('SECRET');
  });

  it('refuses a path outside the repository through check(), as an error finding at the article: key', async () => {
    const { repo, claims } = makeRepo();
    writeFileSync(claims, 'article: ../../secret.txt\ninputs:\n  tanks: { value: 1300, source: army, quote: "1,300 tanks" }\n');
    const report = await check([claims], { cwd: repo });
    const findings = report.files[0]!.findings.filter((f) => f.kind === 'article');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', line: 1, column: 10 });
    expect(findings[0]!.message).toBe('the article "../../secret.txt" is outside the repository being checked; article paths must name a file inside it (relative to the claims file)');
    expect(JSON.stringify(report)).not.toContain('SECRET-TOKEN');
  });

  it('says plainly when the article does not exist', () => {
    const { claims } = makeRepo();
    const missing = createArticleReader(claims, repositoryRoot(claims, process.cwd()))('../articles/missing.txt');
    expect('problem' in missing && worded(missing.problem)).toBe('the article "../articles/missing.txt" does not exist');
  });
});
