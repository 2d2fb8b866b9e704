// The README's terminal examples are what a new user types first: each
// fenced block that starts with `$ claimcheck examples/…` is run through the
// built binary from the repository root, and the README must show exactly
// what it prints (a block showed "covered 11 of 11 numbers" after the
// article gained a number the reader counts, and was left unclosed).
import { readFileSync } from 'node:fs';
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
