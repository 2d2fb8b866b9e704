// The repository-level hostile suite (issue 9): a pull request can make any
// file claimcheck reads — the claims file, its article, .claimcheckrc.yaml,
// .claimcheckrc.json, package.json, a rules/ table beside the claims file,
// the folder the `rules:` key names — a link to /proc/self/environ,
// /dev/zero or /dev/stdin, a FIFO, a folder, a link loop or a link to the
// parent folder. Each case is a temporary git repository (repository.mjs
// builds it); every command runs the BUILT binary there with a canary
// variable in its environment and a 4 GB memory cap (prlimit --as, or
// ulimit -v through sh: see CAP_METHOD), and must exit as expected, say what
// is wrong at file:line:col, and never print the canary or a stack trace.
//
// The 15 s kill is a hang guard, not a timing assertion: the target
// (under 2 s per run) is measured by `node test/hostile/measure.mjs repo`.
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pool, runBinary } from './harness.mjs';
import { CAP_METHOD, COMMANDS, listRepositoryCases, newCanary, prepareRepository, problemsWithRun, runCommand } from './repository.mjs';

// Two runs at a time: the machine has two cores.
const limit = pool(2);
const commands = Object.keys(COMMANDS);
const cases = listRepositoryCases();

describe('hostile repositories', () => {
  it('run under a real memory cap', () => {
    expect(CAP_METHOD).not.toBe('none');
  });

  it('cover every file kind claimcheck reads and every hostile kind the issue names', () => {
    // 9 targets × 7 hostile kinds, less the folder target replaced by a folder.
    expect(cases).toHaveLength(9 * 7 - 1);
  });

  it.concurrent.each(commands)('the valid project: %s behaves as usual', { timeout: 60_000 }, async (command) => {
    const dir = prepareRepository({});
    const canary = newCanary();
    try {
      const run = await limit(() => runCommand(command, dir, canary));
      expect(problemsWithRun({ command }, run, canary)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe.concurrent.each(cases)('$name', (testCase) => {
    it('every command refuses it plainly, at a position, without the canary', { timeout: 180_000 }, async () => {
      const dir = prepareRepository(testCase);
      const canary = newCanary();
      try {
        const problems: string[] = [];
        for (const command of commands) {
          const run = await limit(() => runCommand(command, dir, canary));
          for (const p of problemsWithRun({ command, target: testCase.target }, run, canary)) problems.push(`${command}: ${p}`);
          rmSync(`${dir}/new.claims.yaml`, { force: true });
        }
        expect(problems).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

describe('configuration and rules from above the repository', () => {
  // A folder above the checkout (a CI runner's home, say) is not the project:
  // its configuration still applies, but a message about it quotes nothing.
  function outerProject(files: Record<string, string>): { outer: string; repo: string } {
    const outer = mkdtempSync(join(tmpdir(), 'claimcheck-outer-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(outer, path, '..'), { recursive: true });
      writeFileSync(join(outer, path), text);
    }
    const repo = prepareRepository({});
    const inside = join(outer, 'repo');
    renameSync(repo, inside);
    return { outer, repo: inside };
  }

  it('a broken configuration there is pointed at, not quoted', { timeout: 60_000 }, async () => {
    const canary = newCanary();
    const { outer, repo } = outerProject({ '.claimcheckrc.yaml': `${canary}\n` });
    try {
      const run = await limit(() => runCommand('check', repo, 'unused'));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${join(outer, '.claimcheckrc.yaml')}:1:1: the configuration must be a set of keys such as root:, rules:, severity:, but it is a piece of text`);
      expect(`${run.stdout}${run.stderr}`).not.toContain(canary);
    } finally {
      rmSync(outer, { recursive: true, force: true });
    }
  });

  it('a broken rules table it names is pointed at, not quoted', { timeout: 60_000 }, async () => {
    const canary = newCanary();
    const { outer, repo } = outerProject({ '.claimcheckrc.yaml': 'rules: [house]\n', 'house/hedges.yaml': `almost:\n  side: ${canary}\n` });
    try {
      const run = await limit(() => runCommand('check', repo, 'unused'));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${join(outer, 'house', 'hedges.yaml')}:2:9: this entry is not valid (the file is outside the project, so its text is not shown)`);
      expect(`${run.stdout}${run.stderr}`).not.toContain(canary);
    } finally {
      rmSync(outer, { recursive: true, force: true });
    }
  });
});

describe('claims files reached through a linked folder', () => {
  // docs/x → a folder outside the repository holding a claims file whose
  // title is the canary: neither a glob nor the path named directly reads it.
  it('are not found by a glob and are refused by name', { timeout: 60_000 }, async () => {
    const canary = newCanary();
    const repo = prepareRepository({});
    const outside = mkdtempSync(join(tmpdir(), 'claimcheck-outside-'));
    try {
      writeFileSync(join(outside, 'secret.claims.yaml'), `title: ${canary}\ninputs:\n  a: { value: 3, source: s }\nclaims:\n  c: { compute: a, stated: 3 }\n`);
      mkdirSync(join(repo, 'docs'));
      symlinkSync(outside, join(repo, 'docs', 'x'));
      writeFileSync(join(repo, 'own.claims.yaml'), 'inputs:\n  a: { value: 3, source: s }\nclaims:\n  c: { compute: a, stated: 3 }\n');
      const glob = await limit(() => runBinary(['**/*.claims.yaml', '--format', 'json'], repo));
      // Only the project's own file matches: its one claim passes.
      expect(glob.code).toBe(0);
      expect(JSON.parse(glob.stdout).files.map((f: { path: string }) => f.path)).toEqual(['own.claims.yaml']);
      const named = await limit(() => runBinary(['docs/x/secret.claims.yaml'], repo));
      expect(named.code).toBe(1);
      expect(named.stdout).toContain("error[schema] the claims file 'docs/x/secret.claims.yaml' leads outside the repository being checked through a symbolic link");
      expect(named.stdout).toContain('--> docs/x/secret.claims.yaml:1:1');
      expect(`${glob.stdout}${glob.stderr}${named.stdout}${named.stderr}`).not.toContain(canary);
    } finally {
      rmSync(repo, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
