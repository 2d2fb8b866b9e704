// A project rewords what claimcheck says through its own rules/checks.yaml,
// and the user sees it: the built binary (dist/claimcheck.js), run in a
// repository whose rules/ folder rewords (a) a guarded-reader refusal, (b) a
// quantity grammar error, (c) a JSON Schema message and (d) a command-line
// usage message. Each case runs once without the folder (the default words)
// and once with it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'claimcheck.js');

const REWORDED = [
  'phrases:',
  '  refused-too-large: "REFUSED {what}: {size} is over {limit}"',
  '  q-expected-number: "NOT A NUMBER{found}"',
  '  schema-type: "SCHEMA {where}: wanted {expected}, got {found}"',
  '  usage-unknown-option: "no such option: {option}"',
  '',
].join('\n');

// 2,000 characters of comment then a claims file: 2 KB, over a 1 KB --max-file-size.
const BIG = `# ${'x'.repeat(2000)}\ninputs:\n  a: { value: 3, source: s }\n`;
// "lots" is not a number: the grammar's reason is the phrase q-expected-number with found = ', but found "lots"'.
const NOT_A_NUMBER = 'inputs:\n  a: { value: 3, source: s }\nclaims:\n  x: { compute: a * 2, stated: "lots" }\n';
// title: true passes the loader but not the schema (title must be text): line 1, column 8.
const BAD_TITLE = 'title: true\ninputs:\n  a: { value: 3, source: s }\n';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A repository holding the claims files, with the rewording rules/ folder or without. */
function project(reworded: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-reword-'));
  made.push(dir);
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'big.claims.yaml'), BIG);
  writeFileSync(join(dir, 'number.claims.yaml'), NOT_A_NUMBER);
  writeFileSync(join(dir, 'title.claims.yaml'), BAD_TITLE);
  if (reworded) {
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, 'rules', 'checks.yaml'), REWORDED);
  }
  return dir;
}

function run(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The messages of one file's findings of `kind`, from the JSON report. */
function messages(cwd: string, file: string, kind: string, extra: string[] = []): string[] {
  const r = run(cwd, ['--format', 'json', ...extra, file]);
  expect(r.code).toBe(1);
  const report = JSON.parse(r.stdout) as { files: { findings: { kind: string; message: string; line: number; column: number }[]; claims: { kind?: string; message: string }[] }[] };
  return report.files.flatMap((f) => [...f.findings, ...f.claims]).filter((f) => f.kind === kind).map((f) => f.message);
}

describe('a project rewords messages through its rules/checks.yaml (the binary)', () => {
  const plain = project(false);
  const own = project(true);

  it('(a) why the guarded reader refused a file', () => {
    expect(messages(plain, 'big.claims.yaml', 'schema', ['--max-file-size', '1KB'])).toEqual([
      "the claims file 'big.claims.yaml' is 2 KB; the limit is 1 KB, so it is not read",
    ]);
    expect(messages(own, 'big.claims.yaml', 'schema', ['--max-file-size', '1KB'])).toEqual([
      "REFUSED the claims file 'big.claims.yaml': 2 KB is over 1 KB",
    ]);
  });

  it("(b) the quantity grammar's reason", () => {
    expect(messages(plain, 'number.claims.yaml', 'parse')).toEqual([
      'the quantity "lots" could not be read: expected a number such as "55", "1,200" or "a quarter", but found "lots"',
    ]);
    expect(messages(own, 'number.claims.yaml', 'parse')).toEqual(['the quantity "lots" could not be read: NOT A NUMBER, but found "lots"']);
  });

  it("(c) the JSON Schema's message", () => {
    expect(messages(plain, 'title.claims.yaml', 'schema')).toEqual(['title must be text, but it is true/false (true)']);
    expect(messages(own, 'title.claims.yaml', 'schema')).toEqual(['SCHEMA title: wanted text, got true/false (true)']);
  });

  it('(d) a command-line usage message', () => {
    const before = run(plain, ['--bogus']);
    expect([before.code, before.stderr]).toEqual([2, 'claimcheck: unknown option --bogus (see claimcheck --help)\n']);
    const after = run(own, ['--bogus']);
    expect([after.code, after.stderr]).toEqual([2, 'claimcheck: no such option: --bogus\n']);
  });

  it('words a broken project rules folder with the default rules', () => {
    // The folder's own checks.yaml is what fails: its problem cannot be worded by it.
    const dir = project(false);
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, 'rules', 'checks.yaml'), 'phrases:\n  not-a-phrase: "x"\n');
    // The folder beside the claims file is that file's own choice: its problem is an error finding there,
    // and the run exits 2 (the contract's "unreadable rules") after reporting every file.
    const r = run(dir, ['number.claims.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("error[rules] phrase 'not-a-phrase' is not one claimcheck writes (the phrases are listed at the end of docs/checks.md)\n      --> rules/checks.yaml:2:17\n");
    // Named with --rules, the same folder is the run's own set-up: the command cannot run (exit 2).
    const named = run(dir, ['--rules', 'rules', 'number.claims.yaml']);
    expect(named.code).toBe(2);
    expect(named.stderr).toBe("claimcheck: the rules cannot be used\n  rules/checks.yaml:2:17: phrase 'not-a-phrase' is not one claimcheck writes (the phrases are listed at the end of docs/checks.md)\n");
  });
});
