// The README's terminal examples are what a new user types first: each
// fenced block that starts with `$ claimcheck examples/…` is run through the
// built binary from the repository root, and the README must show exactly
// what it prints (a block showed "covered 11 of 11 numbers" after the
// article gained a number the reader counts, and was left unclosed).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClaimcheck } from '../run-binary.js';

interface Example { line: number; args: string[]; shown: string }

/** Every fenced block of the README whose first line is `$ claimcheck examples/…`, with the text shown after it. */
function examples(): Example[] {
  const lines = readFileSync('README.md', 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const command = /^\$ claimcheck (examples\/\S+)$/.exec(lines[i + 1] ?? '');
    if (!/^```/.test(lines[i]!) || !command) continue;
    let end = i + 2;
    while (end < lines.length && !/^```/.test(lines[end]!)) end++;
    // A block never closed runs into the next heading: that is a broken README.
    const body = lines.slice(i + 2, end);
    expect(body.some((l) => l.startsWith('#')), `README.md:${i + 1}: the block is not closed before the next heading`).toBe(false);
    out.push({ line: i + 2, args: [command[1]!], shown: `${body.join('\n')}\n` });
  }
  return out;
}

describe('the README\'s terminal examples', () => {
  const found = examples();

  it('has the everyday examples (football season, health statistic)', () => {
    expect(found.map((e) => e.args[0])).toEqual(['examples/everyday/football-season.claims.yaml', 'examples/everyday/health-statistic.claims.yaml']);
  });

  it.each(found.map((e) => [`README.md:${e.line} ${e.args.join(' ')}`, e] as const))('%s prints what the README shows', (_name, e) => {
    const run = runClaimcheck(e.args, process.cwd());
    expect(run.stdout).toBe(e.shown);
    // Each example has its one deliberate slip: exit status 1.
    expect(run.code).toBe(1);
  });
});

describe('the README\'s first claims file', () => {
  // "## A claims file" shows a YAML block, says "Saved as `claims.yaml` in a folder of its own",
  // then `$ claimcheck claims.yaml` and its output: a user copies exactly that.
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## A claims file'));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
  const shown = /```text\n\$ claimcheck claims\.yaml\n([\s\S]*?)```/.exec(section)![1]!;

  it('prints what the README shows, saved in a folder of its own (exit 0)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-readme-first-'));
    try {
      mkdirSync(join(dir, '.git'));
      writeFileSync(join(dir, 'claims.yaml'), yaml);
      const run = runClaimcheck(['claims.yaml'], dir);
      expect([run.code, run.stderr, run.stdout]).toEqual([0, '', shown]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the README\'s commands outside this repository', () => {
  // claimcheck is not on npm: `npx --yes claimcheck` in a user's CI fetched whatever npm holds under
  // that name (the shard, merge and GitLab examples did). Outside this folder a command names the git source.
  it('never run `npx claimcheck` by its bare npm name in a workflow or a shell block', () => {
    const lines = readFileSync('README.md', 'utf8').split('\n');
    // A shell comment (`# then: npx claimcheck`, after installing) and the prose about this folder are not commands.
    const command = (line: string): string => line.replace(/\s#\s.*$/, '');
    const bare = lines.flatMap((line, i) => (/npx (--yes )?claimcheck\b/.test(command(line)) && !line.includes('`npx claimcheck`') ? [`README.md:${i + 1}: ${line.trim()}`] : []));
    expect(bare).toEqual([]);
    // The git source is what the examples use instead.
    expect(lines.filter((l) => l.includes('npx --yes github:claimcheck/claimcheck#v1')).length).toBeGreaterThanOrEqual(4);
  });
});
