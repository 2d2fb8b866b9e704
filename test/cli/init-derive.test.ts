// `claimcheck init ARTICLE --derive [--facts FILE]`: spawns the built dist/claimcheck.js in a temporary folder.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runClaimcheck } from '../run-binary.js';



function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-derive-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

type Written = { inputs?: Record<string, { value: string }>; claims?: Record<string, { compute: string; stated: string; quote: string }> };

describe('claimcheck init --derive', () => {
  it('writes the derived number as a claim with its formula and why it was chosen; the rest stay inputs; the file checks', () => {
    // 12,000 troops ÷ about 1,200 a day = 10 days (9.1 to 11.1 days with "about"); the museum's 40 staff follow from nothing.
    const dir = project({ 'story.txt': 'Russia is losing about 1,200 soldiers a day, so even 12,000 troops would cover only 10 days of losses. The museum has 40 staff.\n' });
    const r = runClaimcheck(['init', 'story.txt', '--derive', '-o', 'x.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^claimcheck: wrote x\.yaml: 1 derived claim, 3 inputs \(\d+ formulas tried\)\./);
    const text = readFileSync(join(dir, 'x.yaml'), 'utf8');
    const doc = parse(text) as Written;
    const claims = Object.values(doc.claims ?? {});
    expect(claims).toHaveLength(1);
    const claim = claims[0]!;
    expect(claim.stated).toBe('10 days');
    const [a, b] = claim.compute.split(' / ');
    expect(doc.inputs?.[a!]?.value).toBe('12,000 troops');
    expect(doc.inputs?.[b!]?.value).toBe('about 1,200 soldiers a day');
    // The number no formula explains is still an input, and the 10 days is no longer one.
    expect(Object.values(doc.inputs ?? {}).map((i) => i.value)).toEqual(['about 1,200 soldiers a day', '12,000 troops', '40']);
    expect(text).toContain('# derived (init --derive): a ratio (a rate, a share, an amount per unit).');
    expect(text).toMatch(/# Chosen: rank 1 of 1 formulas the stated words admit; the chance of a coincidence of this\n {2}# shape is about 0\.\d+/);
    const check = runClaimcheck(['x.yaml'], dir);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('1 claim: 1 pass');
  });

  it('with --facts uses an outside fact, copies it into the file, and lists the close alternatives', () => {
    const dir = project({});
    mkdirSync(join(dir, 'articles'));
    copyFileSync(resolve('examples/articles/nysun-north-korea-punching-above-its-weight.txt'), join(dir, 'articles', 'nysun.txt'));
    mkdirSync(join(dir, 'facts'));
    copyFileSync(resolve('facts/world.yaml'), join(dir, 'facts', 'world.yaml'));
    const r = runClaimcheck(['init', 'articles/nysun.txt', '--derive', '--facts', 'facts/world.yaml', '-o', 'nysun.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/derived claims, using \d+ outside facts,/);
    const text = readFileSync(join(dir, 'nysun.yaml'), 'utf8');
    const doc = parse(text) as Written;
    // "it would take Russia 55 years to conquer Ukraine" = Ukraine's area (a fact) ÷ 11.5 square miles a day.
    const years = Object.values(doc.claims ?? {}).find((c) => c.stated === '55 years');
    expect(years?.compute).toMatch(/^ukraine_area \/ [a-z_]+$/);
    expect(doc.inputs?.['ukraine_area']).toBeDefined();
    expect(text).toContain('# ── outside facts from facts/world.yaml (--facts), used by the derived claims');
    expect(text).toContain('# Close alternatives:');
    // "South Korea's estimate is 1,100" = about 100 killed + about 1,000 wounded (two facts of one briefing): a
    // claim over facts alone, so the article's 1,100 also stays an input (the casualty rate's range uses it).
    const breakdown = Object.entries(doc.claims ?? {}).find(([, c]) => c.compute === 'nis_killed + nis_wounded');
    expect(breakdown?.[0]).toMatch(/_from_facts$/);
    expect(breakdown?.[1].stated).toBe('1,100');
    expect(Object.values(doc.inputs ?? {}).filter((i) => i.value === '1,100')).toHaveLength(1);
    // Why those two facts: their names share "killed" and "wounded" with the sentence before ("3,000 North Koreans have been killed or wounded").
    expect(text).toMatch(/# Its outside facts share these words with the sentence or its neighbours: [^\n]*killed[^\n]*wounded/);
    // The message counts the article's inputs the file keeps: every input that is not a fact or a range helper.
    const facts = text.split('# ── outside facts')[1] ?? '';
    const articleInputs = Object.keys(doc.inputs ?? {}).filter((name) => !facts.includes(`\n  ${name}:`) && !name.includes('_to_'));
    expect(r.stderr).toContain(`, ${articleInputs.length} inputs (`);
    const check = runClaimcheck(['nysun.yaml'], dir);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/(\d+) claims: \1 pass/);
  });

  it('refuses --facts without --derive and --derive with --merge (exit 2)', () => {
    const dir = project({ 'story.txt': 'The 36 seats were split 20 to 16.\n', 'facts.yaml': 'inputs: {}\n' });
    const noDerive = runClaimcheck(['init', 'story.txt', '--facts', 'facts.yaml'], dir);
    expect(noDerive.code).toBe(2);
    expect(noDerive.stderr).toBe('claimcheck: --facts needs --derive: claimcheck init ARTICLE --derive --facts FILE\n');
    const merge = runClaimcheck(['init', 'story.txt', '--derive', '--merge'], dir);
    expect(merge.code).toBe(2);
    expect(merge.stderr).toBe('claimcheck: --derive writes a new file; use it without --merge (with --force to replace a file)\n');
  });

  it('says where a facts file is wrong, with file, line and column, and writes nothing', () => {
    const dir = project({ 'story.txt': 'The 36 seats were split 20 to 16.\n', 'facts.yaml': 'inputs:\n  area:\n    value: lots of miles\n    source: x\n' });
    const r = runClaimcheck(['init', 'story.txt', '--derive', '--facts', 'facts.yaml'], dir);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('the facts file facts.yaml cannot be used');
    expect(r.stderr).toMatch(/facts\.yaml:3:\d+: /);
    expect(() => readFileSync(join(dir, 'claims.yaml'))).toThrow();
  });
});
