// `--shard I/N` and `claimcheck merge` end to end, through the built binary,
// as a CI matrix uses them: N jobs each check one part and upload its JSON
// report; one job merges them. The bundled example and examples/ are 8
// claims files that share facts across files (claims.yaml and
// examples/nysun-reworded.claims.yaml both have russia_casualties, which
// grew between their dates: a fact-change finding in each), so a merge that
// did not compare facts across parts would differ from a single run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('dist/claimcheck.js');
const ROOT = resolve('.');
const TARGETS = ['claims.yaml', 'examples'];

function run(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The claims files a JSON report holds, in its order. */
function pathsOf(json: string): string[] {
  return (JSON.parse(json) as { files: { path: string }[] }).files.map((f) => f.path);
}

/** Runs the N shards with --format json, writes each report to a temp folder, returns the files. */
function shardReports(count: number, extra: string[] = []): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-shards-'));
  return Array.from({ length: count }, (_, i) => {
    const r = run([...TARGETS, '--shard', `${i + 1}/${count}`, '--format', 'json', ...extra]);
    expect(r.stderr).toBe('');
    const file = join(dir, `shard-${i + 1}.json`);
    writeFileSync(file, r.stdout);
    return file;
  });
}

describe('--shard', { timeout: 120_000 }, () => {
  it('splits the files found so that the parts hold every file exactly once', () => {
    const all = pathsOf(run([...TARGETS, '--format', 'json']).stdout);
    // examples/everyday/ (6 files), examples/nysun-reworded.claims.yaml, claims.yaml
    expect(all).toHaveLength(8);
    for (const count of [4, 3]) {
      const parts = shardReports(count).map((file) => pathsOf(readFileSync(file, 'utf8')));
      // Round robin: file k goes to part (k mod n) + 1, so with 3 parts the sizes are 3, 3, 2.
      expect(parts.map((p) => p.length)).toEqual(count === 4 ? [2, 2, 2, 2] : [3, 3, 2]);
      expect(parts.flat().sort()).toEqual([...all].sort());
      expect(new Set(parts.flat()).size).toBe(all.length);
      parts.forEach((part, i) => expect(part).toEqual(all.filter((_, k) => k % count === i)));
    }
  });

  it('gives each file the same part whatever order the files were made in (sorted paths, not the file system order)', () => {
    const names = ['b', 'e', 'a', 'd', 'c', 'f'].map((n) => `${n}.claims.yaml`);
    const clean = readFileSync('test/fixtures/cli/clean.claims.yaml', 'utf8');
    const parts = [names, [...names].reverse()].map((order) => {
      const dir = mkdtempSync(join(tmpdir(), 'claimcheck-order-'));
      mkdirSync(join(dir, '.git'));
      for (const name of order) writeFileSync(join(dir, name), clean);
      return [1, 2].map((i) => pathsOf(run(['.', '--shard', `${i}/2`, '--format', 'json'], dir).stdout));
    });
    // a c e | b d f: alternate files of the sorted list
    expect(parts[0]).toEqual([['a.claims.yaml', 'c.claims.yaml', 'e.claims.yaml'], ['b.claims.yaml', 'd.claims.yaml', 'f.claims.yaml']]);
    expect(parts[1]).toEqual(parts[0]);
  });

  it('works with every format: each reports only its part\'s files', () => {
    const part = pathsOf(run([...TARGETS, '--shard', '2/4', '--format', 'json']).stdout);
    const others = pathsOf(run([...TARGETS, '--format', 'json']).stdout).filter((p) => !part.includes(p));
    const alone = (path: string) => new RegExp(`(^|[\\s"'=>])${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm');
    for (const format of ['pretty', 'github', 'junit', 'html']) {
      const r = run([...TARGETS, '--shard', '2/4', '--format', format]);
      expect([format, r.stderr]).toEqual([format, '']);
      for (const path of part) expect(r.stdout).toContain(path);
      // A path standing alone ("claims.yaml" is also the end of every *.claims.yaml name).
      for (const path of others) expect(r.stdout).not.toMatch(alone(path));
    }
    // SARIF: the results' files are the part's (rule descriptions mention claims.yaml in general).
    const sarif = JSON.parse(run([...TARGETS, '--shard', '2/4', '--format', 'sarif']).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = new Set(sarif.runs[0]!.results.map((r) => decodeURIComponent(r.locations[0]!.physicalLocation.artifactLocation.uri)));
    for (const uri of uris) expect(part.includes(uri) || !uri.endsWith('claims.yaml')).toBe(true);
    expect(uris.size).toBeGreaterThan(0);
  });

  it('says which part a JSON report is, and a part past the files found is empty', () => {
    const r = run(['claims.yaml', '--shard', '2/3', '--format', 'json']);
    // One file: part 1 has it, parts 2 and 3 have none (exit 0: nothing failed in them).
    expect(JSON.parse(r.stdout).shard).toEqual({ index: 2, count: 3, total: 1 });
    expect(pathsOf(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('refuses a part outside 1..N, a malformed value, and --stdin or --watch with it', () => {
    for (const [value, message] of [
      ['5/4', '--shard 5/4: the part must be from 1 to 4'],
      ['0/4', '--shard 0/4: the part must be from 1 to 4'],
      ['1/0', '--shard 1/0: the number of parts must be 1 or more'],
      ['2', '--shard takes a part and a number of parts, such as --shard 2/4 (got "2")'],
      ['a/b', '--shard takes a part and a number of parts, such as --shard 2/4 (got "a/b")'],
    ] as const) {
      const r = run(['claims.yaml', '--shard', value]);
      expect(r.stderr).toBe(`claimcheck: ${message}\n`);
      expect(r.code).toBe(2);
    }
    expect(run(['--stdin', '--shard', '1/2']).stderr).toContain('--shard splits the files found among CI jobs: it does not go with --stdin or --watch');
    expect(run(['explain', 'claims.yaml', 'x', '--shard', '1/2']).stderr).toBe('claimcheck: --shard does not go with explain (see claimcheck --help)\n');
  });
});

describe('claimcheck merge', { timeout: 180_000 }, () => {
  const parts = shardReports(4);

  it.each(['json', 'pretty', 'github', 'junit', 'sarif'])('writes %s byte for byte as a single run does, with the same exit status', (format) => {
    const single = run([...TARGETS, '--format', format]);
    const merged = run(['merge', ...parts, '--format', format]);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toBe(single.stdout);
    // claims.yaml has failing claims: 1 both ways
    expect(merged.code).toBe(1);
    expect(merged.code).toBe(single.code);
  });

  it('finds the facts that disagree across parts, as a single run does', () => {
    type Conflicts = { conflicts?: { fact: string; kind: string; a: { usedIn: string[] } }[] };
    const both = (report: Conflicts) => (report.conflicts ?? []).filter((c) => c.fact === 'russia_casualties' && c.a.usedIn.includes('claims.yaml') && c.a.usedIn.includes('examples/nysun-reworded.claims.yaml'));
    // The two files are in different parts (3 and 4 of the 8 in discovery order): no part alone sees them share a value…
    for (const part of parts) expect(both(JSON.parse(readFileSync(part, 'utf8')) as Conflicts)).toEqual([]);
    // …the merge does: russia_casualties grew from 648,000–678,520 (2024-10-20) to 777,720 (2024-12-23), a change seen from both files.
    const merged = both(JSON.parse(run(['merge', ...parts, '--format', 'json']).stdout) as Conflicts);
    expect(merged.map((c) => c.kind)).toEqual(['change', 'change']);
  });

  it('fails a run by --max-warnings and --strict exactly as a single run does', () => {
    // clean passes; warning.claims.yaml warns (texas_area has no source; "slightly less than 1" is loose): exit 0, but 1 with a limit of 0 or --strict.
    const checked = ['test/fixtures/cli/clean.claims.yaml', 'test/fixtures/cli/warning.claims.yaml'];
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-warnings-'));
    const files = [1, 2].map((i) => {
      const file = join(dir, `p${i}.json`);
      writeFileSync(file, run([...checked, '--shard', `${i}/2`, '--format', 'json']).stdout);
      return file;
    });
    for (const flags of [[], ['--max-warnings', '0'], ['--max-warnings', '1000'], ['--strict']]) {
      const single = run([...checked, '--format', 'junit', ...flags]);
      const merged = run(['merge', ...files, '--format', 'junit', ...flags]);
      expect([flags, merged.code, merged.stdout]).toEqual([flags, single.code, single.stdout]);
    }
    expect(run(['merge', ...files, '--max-warnings', '0']).code).toBe(1);
    expect(run(['merge', ...files]).code).toBe(0);
  });

  it('writes --output FORMAT:FILE reports too, and refuses html (the JSON has no marked articles)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-merge-out-'));
    const r = run(['merge', ...parts, '--format', 'json', '--output', `sarif:${join(dir, 'r.sarif')}`]);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'r.sarif'), 'utf8')).toBe(run([...TARGETS, '--format', 'sarif']).stdout);
    const html = run(['merge', ...parts, '--format', 'html']);
    expect(html.stderr).toContain('merge cannot write html: the JSON reports do not carry the articles with their numbers marked');
    expect(html.code).toBe(2);
  });

  it('refuses parts that do not make one run: one missing, one twice, parts of another split', () => {
    const missing = run(['merge', parts[0]!, parts[1]!, parts[3]!]);
    expect(missing.stderr).toContain('part 3 of 4 is missing');
    expect(missing.code).toBe(2);
    const twice = run(['merge', ...parts, parts[2]!]);
    expect(twice.stderr).toMatch(/shard-3\.json and .*shard-3\.json are both part 3\/4/);
    const other = shardReports(2);
    const mixed = run(['merge', parts[0]!, parts[1]!, parts[2]!, other[1]!]);
    expect(mixed.stderr).toMatch(/it is part 2\/2 of 8 files, but .*shard-1\.json is part 1\/4 of 8 files/);
    expect(mixed.code).toBe(2);
    expect(run(['merge']).stderr).toContain('merge takes the JSON reports of --shard runs');
    expect(run(['merge', parts[0]!, '--watch']).stderr).toBe('claimcheck: --watch does not go with merge (see claimcheck --help)\n');
  });

  it('names the claimcheck release in each report, and refuses parts of different releases (a job pinned to another version)', () => {
    const release = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    // Line 3, next to the format's version: {"version": 1, "claimcheck": "0.1.0", "files": [...
    const lines = readFileSync(parts[0]!, 'utf8').split('\n');
    expect(lines.slice(0, 3)).toEqual(['{', '  "version": 1,', `  "claimcheck": ${JSON.stringify(release)},`]);
    for (const part of parts) expect((JSON.parse(readFileSync(part, 'utf8')) as { claimcheck?: string }).claimcheck).toBe(release);
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-releases-'));
    // Part 3 as another release wrote it: the same report but for the release it names.
    const other = join(dir, 'shard-3-other.json');
    writeFileSync(other, readFileSync(parts[2]!, 'utf8').replace(`"claimcheck": ${JSON.stringify(release)}`, '"claimcheck": "9.9.9"'));
    const mixed = run(['merge', parts[0]!, parts[1]!, other, parts[3]!]);
    expect(mixed.stderr).toBe(`claimcheck: cannot merge ${other}: it was written by claimcheck 9.9.9, and ${parts[0]} by claimcheck ${release}; merge parts written by one claimcheck release (the same version in every job)\n`);
    expect(mixed.stdout).toBe('');
    expect(mixed.code).toBe(2);
    // A hostile release (terminal codes, 5,000 characters) is quoted escaped and cut to an excerpt.
    const hostile = join(dir, 'shard-3-hostile.json');
    writeFileSync(hostile, readFileSync(parts[2]!, 'utf8').replace(`"claimcheck": ${JSON.stringify(release)}`, `"claimcheck": ${JSON.stringify(`\u001b[31m${'x'.repeat(5000)}`)}`));
    const shown = run(['merge', parts[0]!, hostile]);
    expect(shown.stderr).toContain('written by claimcheck \\x1b[31mxxx');
    expect(shown.stderr).not.toContain('\u001b');
    expect(shown.stderr).not.toContain('x'.repeat(100));
    expect(shown.code).toBe(2);
    // A part from a release before the field names none: it is not taken for this release's.
    const unnamed = join(dir, 'shard-3-unnamed.json');
    writeFileSync(unnamed, readFileSync(parts[2]!, 'utf8').replace(`\n  "claimcheck": ${JSON.stringify(release)},`, ''));
    const old = run(['merge', parts[0]!, parts[1]!, unnamed, parts[3]!]);
    expect(old.stderr).toContain(`cannot merge ${unnamed}: it was written by a claimcheck release that does not name itself in its reports`);
    expect(old.stderr).toContain(`and ${parts[0]} by claimcheck ${release}`);
    expect(old.code).toBe(2);
    // Parts that all name no release (reports written before the field) still merge, as they did: format 1 is unchanged.
    const olds = parts.map((part, i) => {
      const file = join(dir, `old-${i + 1}.json`);
      writeFileSync(file, readFileSync(part, 'utf8').replace(`\n  "claimcheck": ${JSON.stringify(release)},`, ''));
      return file;
    });
    const merged = run(['merge', ...olds, '--format', 'json']);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toBe(run([...TARGETS, '--format', 'json']).stdout);
    // Every part written by one other release (artifacts of an older run, a job that missed the pin): the merge would
    // put that release's verdicts under this one's name and wording, so it is refused too, naming the first part.
    const elsewhere = parts.map((part, i) => {
      const file = join(dir, `elsewhere-${i + 1}.json`);
      writeFileSync(file, readFileSync(part, 'utf8').replace(`"claimcheck": ${JSON.stringify(release)}`, '"claimcheck": "9.9.9"'));
      return file;
    });
    const stale = run(['merge', ...elsewhere, '--format', 'json']);
    expect(stale.stderr).toBe(`claimcheck: cannot merge ${elsewhere[0]}: the parts were written by claimcheck 9.9.9, and this is claimcheck ${release}; merge with the release that wrote them (the same version in every job, the merge's too), or check the files again with this one\n`);
    expect(stale.stdout).toBe('');
    expect(stale.code).toBe(2);
  });

  it('reads reports through the guarded reader and checks their shape, naming the place of a problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-hostile-'));
    // A named pipe would block a plain read forever: it is refused.
    expect(spawnSync('mkfifo', [join(dir, 'pipe.json')]).status).toBe(0);
    const pipe = run(['merge', join(dir, 'pipe.json')]);
    expect(pipe.stderr).toContain('a named pipe (FIFO), not a regular file');
    expect(pipe.code).toBe(2);
    // A part whose first claim has a verdict claimcheck never writes: named at its line and column, the text not echoed.
    const lines = readFileSync(parts[0]!, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('"verdict": '));
    lines[at] = lines[at]!.replace(/"verdict": "\w+"/, '"verdict": "\\u001b[31mpass"');
    writeFileSync(join(dir, 'bad.json'), lines.join('\n'));
    const bad = run(['merge', join(dir, 'bad.json'), ...parts.slice(1)]);
    const column = lines[at]!.indexOf('"verdict": ') + '"verdict": '.length + 1;
    expect(bad.stderr).toContain(`bad.json:${at + 1}:${column}: files[0].claims[0].verdict should be one of "pass", "warn", "fail", "error", "info"`);
    expect(bad.stderr).not.toContain('\u001b');
    expect(bad.stderr).not.toContain('[31m');
    expect(bad.code).toBe(2);
  });

  it('says a part that is empty or cut off is so, at its end, and exits 2 (a failed or cut-short job)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-cut-'));
    const text = readFileSync(parts[0]!, 'utf8');
    // Cut after 1,000 bytes, as an upload that stopped: the error is where the text stops.
    const cut = text.slice(0, 1000);
    writeFileSync(join(dir, 'cut.json'), cut);
    const lines = cut.split('\n');
    const r = run(['merge', join(dir, 'cut.json'), ...parts.slice(1)]);
    expect(r.stderr).toContain(`cut.json: it cannot be read as a claimcheck JSON report`);
    expect(r.stderr).toContain(`cut.json:${lines.length}:${lines.at(-1)!.length + 1}: ends early, as if cut off`);
    expect(r.code).toBe(2);
    writeFileSync(join(dir, 'empty.json'), '');
    const empty = run(['merge', join(dir, 'empty.json'), ...parts.slice(1)]);
    expect(empty.stderr).toContain('empty.json:1:1: is empty: the run that should have written it wrote nothing');
    expect(empty.code).toBe(2);
  });

  it('reads code frames only from the repository it runs in: a report naming a file elsewhere shows none of it', () => {
    const secret = mkdtempSync(join(tmpdir(), 'claimcheck-secret-'));
    writeFileSync(join(secret, 'token.txt'), 'TOPSECRET-123\n');
    const repo = mkdtempSync(join(tmpdir(), 'claimcheck-repo-'));
    mkdirSync(join(repo, '.git'));
    const finding = { kind: 'missing-source', severity: 'warning', message: 'look here', file: join(secret, 'token.txt'), line: 1, column: 1, endLine: 1, endColumn: 5 };
    const report = {
      version: 1,
      files: [{ path: join(secret, 'x.claims.yaml'), claims: [], findings: [finding] }],
      summary: { pass: 0, warn: 0, fail: 0, error: 0, warnings: 1, info: 0, allowed: 0, errors: 0 },
    };
    writeFileSync(join(repo, 'hostile.json'), JSON.stringify(report));
    const r = run(['merge', 'hostile.json'], repo);
    expect(r.stdout).toContain('look here');
    expect(r.stdout).not.toContain('TOPSECRET');
    expect(r.code).toBe(0);
  });

  it('joins whole reports of separate runs in the order given, each file once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-whole-'));
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    writeFileSync(a, run(['examples/everyday/city-budget.claims.yaml', '--format', 'json']).stdout);
    writeFileSync(b, run(['examples/everyday/football-season.claims.yaml', '--format', 'json']).stdout);
    const merged = run(['merge', a, b, '--format', 'json']);
    expect(merged.stdout).toBe(run(['examples/everyday/city-budget.claims.yaml', 'examples/everyday/football-season.claims.yaml', '--format', 'json']).stdout);
    expect(run(['merge', a, a]).stderr).toContain('examples/everyday/city-budget.claims.yaml is reported more than once');
  });
});
