// Issue 17, as an attacker would try it: random strings full of control
// characters, escape sequences, bidi overrides, workflow commands, XML and
// Markdown breakers go into every free-text field of a claims file and an
// article (and a file name); every command and format runs on them through
// the BUILT binary (dist/claimcheck.js, built by test/global-setup.ts); every
// output is checked: no ESC but claimcheck's own colour (--color), no C0/C1
// control or bidi character, no line a GitHub runner would read as a workflow
// command unless the github formatter wrote it for a problem, well-formed
// XML, parseable JSON, Markdown tables with the right number of cells.
// Formats: pretty, json, github, junit, sarif, html, the step summary;
// commands: check, explain, init, --print-config, facts, --watch.
// Spawns are bounded (2 shared cores): a fixed seed, 5 cases of 8 runs each,
// every hostile field in each case.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fc } from './setup.js';

const BIN = resolve('dist/claimcheck.js');

/** Pieces an attacker would use; random strings fill the gaps. */
const FRAGMENTS = [
  '\n::error::fake annotation\n', '::add-mask::secret', '::stop-commands::tok', '  ::warning file=x::y', '##[error]legacy',
  '\u001b[2J', '\u001b]52;c;aGVsbG8=\u0007', '\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\', '\u009b31m', '\u007f',
  '\u202e', '\u2066', '\u202a', '\u2069', '\u2028', '\r', '\r\n', '\t', '\u0000', '\u0008',
  ']]>', '</testcase>', '<![CDATA[', '&amp;', '"', "'", '|', '`', '```', '\\', '%0A', '%', ':', ',', '<br>', '$x$',
  '11,000 soldiers', '200 days', 'about 55', ' ',
];
const hostile = fc.array(fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 5, unit: 'binary' }) },
), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

/** Every free-text field of one case. */
const caseArb = fc.record({
  title: hostile, alias: hostile, source: hostile, note: hostile, quote: hostile, url: hostile, asOf: hostile,
  value: hostile, stated: hostile, claimQuote: hostile, claimNote: hostile, reason: hostile, compute: hostile,
  name: hostile, key: hostile, article1: hostile, article2: hostile, heading: hostile, ignore: hostile,
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** A file name no file system refuses (no `/`, no NUL), still hostile. */
const HOSTILE_FILE = 'e\u001b]52;c;eA==\u0007\n::error::f\u202e##[warning]g|`]]>.claims.yaml';

function claimsText(h: Case): string {
  return stringify({
    title: h.title,
    article: 'story.md',
    facts: 'facts.yaml',
    units: { soldier: { aliases: ['soldiers', 'troops', h.alias] } },
    inputs: {
      troops: { value: '11000 soldiers', source: h.source, quote: h.quote, url: h.url, note: h.note, as_of: h.asOf },
      days: { value: '200 days', source: h.source, quote: '200 days' },
      odd: { value: `12 ${h.value}`, source: h.source },
      [h.name]: { value: 5, source: 'x' },
      // The same fact as the facts file's, another value on the same date: a contradiction `facts` lists.
      toll_here: { value: '2000 soldiers', source: h.source, as_of: '2024-01-01', fact: 'toll' },
    },
    claims: {
      per_day: { compute: 'troops / days', stated: `about 55 ${h.stated} soldiers per day`, quote: h.claimQuote, note: h.claimNote },
      wrong: { compute: 'troops / days', stated: '10 soldiers per day', allow: { reason: h.reason } },
      fails: { compute: 'troops / days', stated: '10 soldiers per day', note: h.claimNote },
      bad: { compute: `troops + ${h.compute}`, stated: 1 },
    },
    [h.key]: 1,
  });
}

function factsText(h: Case): string {
  return stringify({
    title: h.heading,
    units: { soldier: { aliases: ['soldiers', h.alias] } },
    inputs: { toll: { value: '1000 soldiers', source: h.source, url: h.url, note: h.note, as_of: '2024-01-01' } },
  });
}

function articleText(h: Case): string {
  return `# ${h.heading}\n\nThe army sent 11,000 soldiers ${h.article1} over 200 days.\n\n${h.article2} Another 4,321 ${h.article1} troops.\n`;
}

interface Output { name: string; text: string; colour?: boolean; github?: boolean }

function run(dir: string, args: string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One line of a github report that the formatter writes for a problem. */
const GITHUB_COMMAND = /^::(error|warning|notice) file=[^:,\r\n]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:,\r\n]*::[^\r\n]*$/;
/** claimcheck's own colour: chalk's SGR sequences. */
const SGR = /\u001b\[[0-9;]*m/g;
/** What may never be in an output: C0 other than LF, DEL, C1, line separators, bidi controls. */
const FORBIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function assertSafe(out: Output): void {
  const text = out.colour ? out.text.replace(SGR, '') : out.text;
  const bad = FORBIDDEN.exec(text);
  expect(bad, `${out.name}: U+${bad?.[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${bad?.index}: ${JSON.stringify(text.slice(Math.max(0, (bad?.index ?? 0) - 40), (bad?.index ?? 0) + 20))}`).toBeNull();
  expect(text.includes('##['), `${out.name}: a legacy ##[ workflow command`).toBe(false);
  for (const line of text.split('\n')) {
    // The runner trims leading white space before looking for "::".
    if (!/^\s*::/.test(line)) continue;
    expect(out.github && GITHUB_COMMAND.test(line), `${out.name}: a line the runner reads as a workflow command: ${JSON.stringify(line)}`).toBe(true);
  }
}

/** A Markdown table row's cells: split at `|` not escaped by a backslash. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') { cell += row.slice(i, i + 2); i++; continue; }
    if (row[i] === '|') { out.push(cell); cell = ''; continue; }
    cell += row[i];
  }
  out.push(cell);
  return out.slice(1, -1);
}

function checkCase(h: Case): void {
  const dir = mkdtempSync(join(tmpdir(), 'cc-inject-'));
  writeFileSync(join(dir, 'claims.yaml'), claimsText(h));
  writeFileSync(join(dir, 'story.md'), articleText(h));
  writeFileSync(join(dir, 'facts.yaml'), factsText(h));
  writeFileSync(join(dir, HOSTILE_FILE), 'title: t\ninputs:\n  a: { value: 3 }\nclaims:\n  b: { compute: a * 2, stated: 7 }\n');
  writeFileSync(join(dir, 'rc.yaml'), stringify({ ignore: [h.ignore.replace(/\u0000/g, '')] }));
  mkdirSync(join(dir, 'out'));
  const outputs: Output[] = [];

  // 1. check in every format at once: pretty (coloured) on stdout, the others to files, the step summary.
  const check = run(dir, ['.', '--color', '--output', 'json:out/r.json', '--output', 'junit:out/r.xml', '--output', 'sarif:out/r.sarif',
    '--output', 'github:out/r.gh', '--output', 'pretty:out/r.txt', '--output', 'html:out/r.html'], { GITHUB_STEP_SUMMARY: join(dir, 'out/summary.md') });
  expect(check.code, check.stderr).toBe(1);
  outputs.push({ name: 'check stdout', text: check.stdout, colour: true }, { name: 'check stderr', text: check.stderr });
  const file = (name: string): string => readFileSync(join(dir, 'out', name), 'utf8');
  outputs.push({ name: 'pretty', text: file('r.txt') }, { name: 'github', text: file('r.gh'), github: true },
    { name: 'json', text: file('r.json') }, { name: 'junit', text: file('r.xml') }, { name: 'sarif', text: file('r.sarif') },
    { name: 'summary', text: file('summary.md') }, { name: 'html', text: file('r.html') });

  // JSON keeps the exact text for scripts; the two files were both checked.
  const json = JSON.parse(file('r.json'));
  expect(json.files).toHaveLength(2);
  const main = json.files.find((f: { path: string }) => f.path === 'claims.yaml');
  if (main.title !== undefined) expect(main.title).toBe(h.title);
  expect(json.files.some((f: { path: string }) => f.path === HOSTILE_FILE)).toBe(true);
  const sarif = JSON.parse(file('r.sarif'));
  expect(sarif.version).toBe('2.1.0');

  // JUnit: well-formed, one testcase per claim and per finding.
  const xml = file('r.xml');
  expect(XMLValidator.validate(xml)).toBe(true);
  const claims = json.files.reduce((n: number, f: { claims: unknown[] }) => n + f.claims.length, 0);
  const findings = json.files.reduce((n: number, f: { findings: unknown[] }) => n + f.findings.length, 0);
  expect(xml.match(/<testcase /g)?.length).toBe(claims + findings);

  // github: one command per reported problem (the same problems SARIF reports).
  expect(file('r.gh').split('\n').filter((l) => l.startsWith('::')).length).toBe(sarif.runs[0].results.length);

  // Step summary: every row of each table has as many cells as its header, one row per claim and per finding.
  const rows = file('summary.md').split('\n').filter((l) => l.startsWith('|'));
  const claimRows = rows.filter((r) => cells(r).length === 6);
  const findingRows = rows.filter((r) => cells(r).length === 4);
  expect(claimRows.length + findingRows.length, rows.find((r) => ![4, 6].includes(cells(r).length))).toBe(rows.length);
  expect(claimRows.length).toBe(claims + 2); // + header and separator
  expect(findingRows.length).toBe(findings + 2);

  // 2. explain: a claim (pretty with colour, and JSON), an input, and an unknown hostile name.
  const explained = run(dir, ['explain', 'claims.yaml', 'per_day', '--color']);
  outputs.push({ name: 'explain', text: explained.stdout + explained.stderr, colour: true });
  const explainedJson = run(dir, ['explain', 'claims.yaml', 'fails', '--format', 'json']);
  JSON.parse(explainedJson.stdout);
  outputs.push({ name: 'explain json', text: explainedJson.stdout + explainedJson.stderr });
  const input = run(dir, ['explain', 'claims.yaml', 'troops']);
  expect(input.code, input.stderr).toBe(0);
  outputs.push({ name: 'explain input', text: input.stdout + input.stderr });
  const unknown = run(dir, ['explain', 'claims.yaml', h.name.replace(/\u0000/g, '')]);
  outputs.push({ name: 'explain unknown', text: unknown.stdout + unknown.stderr });

  // 3. init's messages on the hostile article; 4. --print-config with hostile globs.
  const init = run(dir, ['init', 'story.md', '-o', 'scaffold.yaml']);
  outputs.push({ name: 'init', text: init.stdout + init.stderr });
  const config = run(dir, ['--print-config', 'claims.yaml', '--config', 'rc.yaml']);
  outputs.push({ name: 'print-config', text: config.stdout + config.stderr });

  // 5. facts: the shared facts with their hostile sources and URLs, pretty (coloured) and JSON.
  const facts = run(dir, ['facts', 'claims.yaml', '--color']);
  expect(facts.stdout, facts.stderr).toContain('toll');
  outputs.push({ name: 'facts', text: facts.stdout + facts.stderr, colour: true });
  const factsJson = run(dir, ['facts', 'claims.yaml', '--format', 'json']);
  JSON.parse(factsJson.stdout);
  outputs.push({ name: 'facts json', text: factsJson.stdout + factsJson.stderr });

  for (const out of outputs) assertSafe(out);
}

describe('no output carries user text raw (issue 17)', () => {
  it('every command and format, on hostile claims files, articles and file names', () => {
    fc.assert(fc.property(caseArb, (h) => { checkCase(h); }), { numRuns: 5 });
  }, 600_000);

  it('--watch: the first report and the change line', async () => {
    const [h] = fc.sample(caseArb, { seed: 7, numRuns: 1 });
    const dir = mkdtempSync(join(tmpdir(), 'cc-inject-watch-'));
    writeFileSync(join(dir, 'claims.yaml'), claimsText(h!));
    writeFileSync(join(dir, 'story.md'), articleText(h!));
    const child = spawn(process.execPath, [BIN, '--watch', 'claims.yaml', '--color'], { cwd: dir, env: { PATH: process.env['PATH'] ?? '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString('utf8'); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
    const waitFor = async (count: number): Promise<void> => {
      for (let i = 0; i < 600 && (stdout.match(/watching /g)?.length ?? 0) < count; i++) await new Promise((r) => setTimeout(r, 50));
    };
    await waitFor(1);
    // A change: one claim's stated value, so the change line names a verdict change.
    writeFileSync(join(dir, 'claims.yaml'), claimsText(h!).replace('10 soldiers per day', '55 soldiers per day'));
    await waitFor(2);
    child.kill('SIGINT');
    await new Promise((r) => child.on('close', r));
    expect(stdout.match(/watching /g)?.length ?? 0, stderr).toBeGreaterThanOrEqual(2);
    expect(stdout).toContain('claims.yaml changed');
    assertSafe({ name: 'watch', text: stdout + stderr, colour: true });
  }, 120_000);
});
