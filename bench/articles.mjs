// `npm run bench:articles`: the prose reader and `init` at article scale,
// timed through the built CLI (a script, not a test: the test suite times
// nothing). Printed and written to bench/articles-results.md.
//
//   node bench/articles.mjs [--skip-build]
//
// - `init` on a 5 MB article made of the real articles in
//   test/fixtures/articles/ repeated: wall time (goal: under 10 s), inputs
//   written, and whether the check accepts the file it wrote (no errors);
// - the check of one sentence with 50,000, 100,000 and 200,000 numbers,
//   pretty output: wall time, so that growth can be seen to be linear.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(root, 'dist', 'claimcheck.js');
const log = (line) => process.stderr.write(`${line}\n`);

if (!process.argv.includes('--skip-build')) {
  log('building dist/ …');
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'claimcheck-bench-articles-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
mkdirSync(join(work, '.git'));

/** GNU time, when installed: the CPU time of a run says more than wall time on a shared machine. */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs the CLI in the work folder; returns exit code, stderr, wall seconds and CPU seconds (user + system, when known). */
function run(args) {
  const t0 = performance.now();
  const command = TIME ? [TIME, '-f', 'CPU %U %S', process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
  const r = spawnSync(command[0], command.slice(1), { cwd: work, encoding: 'utf8', maxBuffer: 1 << 30, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  const seconds = (performance.now() - t0) / 1000;
  let stderr = r.stderr ?? '';
  let cpu;
  const m = /CPU ([\d.]+) ([\d.]+)\s*$/u.exec(stderr);
  if (m) {
    cpu = Number(m[1]) + Number(m[2]);
    stderr = stderr.slice(0, m.index);
  }
  return { code: r.status, stderr, stdout: r.stdout ?? '', seconds, cpu };
}

/** "6.4 s (CPU 5.3 s)". */
const timeOf = (r) => `${r.seconds.toFixed(1)} s${r.cpu === undefined ? '' : ` (CPU ${r.cpu.toFixed(1)} s)`}`;

const rows = [];

// 1. init on a 5 MB article of repeated real text.
const dir = join(root, 'test', 'fixtures', 'articles');
const real = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n');
// As close to init's limit of 5 MiB as whole copies allow (over 5,000,000 bytes).
const LIMIT = 5 * 1024 * 1024;
const copy = `${real}\n\n`;
let big = '';
while (Buffer.byteLength(big) + Buffer.byteLength(copy) <= LIMIT) big += copy;
writeFileSync(join(work, 'big.txt'), big);
const init = run(['init', 'big.txt', '-o', 'big.claims.yaml']);
if (init.code !== 0) log(init.stderr.split('\n').filter((l) => !l.includes('malformed number')).join('\n').slice(0, 3000));
const written = /wrote big\.claims\.yaml: (\d+)/u.exec(init.stderr)?.[1] ?? '?';
const check = run(['big.claims.yaml', '--format', 'json']);
let errors = '?';
try {
  const errs = JSON.parse(check.stdout).files[0].findings.filter((f) => f.severity === 'error');
  errors = String(errs.length);
  for (const f of errs.slice(0, 5)) log(`check error: ${f.kind} ${f.line}:${f.column} ${f.message.slice(0, 200)}`);
} catch {
  /* reported below as '?' */
}
rows.push(`| init on a ${(Buffer.byteLength(big) / 1024 / 1024).toFixed(1)} MB article (corpus repeated) | ${timeOf(init)} | exit ${init.code}, ${written} inputs written |`);
rows.push(`| check of the file init wrote | ${timeOf(check)} | exit ${check.code}, ${errors} error findings |`);

// 2. One sentence with N numbers.
for (const n of [50_000, 100_000, 200_000]) {
  const numbers = Array.from({ length: n }, (_, i) => String(i + 1)).join(', ');
  writeFileSync(join(work, `n${n}.txt`), `Intro.\n\nThe counts were ${numbers} in all.\n`);
  writeFileSync(join(work, `n${n}.yaml`), `article: n${n}.txt\ninputs:\n  x:\n    value: 1\n    source: t\n    quote: "The counts were 1, 2, 3"\n`);
  const r = run([`n${n}.yaml`]);
  const summary = /covered \d+ of \d+ numbers/u.exec(r.stdout)?.[0] ?? r.stderr.slice(0, 80);
  rows.push(`| check, one sentence of ${n.toLocaleString('en-US')} numbers (pretty output) | ${timeOf(r)} | exit ${r.code}, ${summary} |`);
}

const table = ['| what | wall time | result |', '|---|---|---|', ...rows].join('\n');
const load = loadavg().map((x) => x.toFixed(1)).join(', ');
const out = `# Articles at scale\n\nMeasured ${new Date().toISOString()} on ${process.version}, ${cpus().length} cores, load average ${load}; one run each (bench/articles.mjs). On a shared machine the CPU time is the steadier figure.\n\n${table}\n`;
writeFileSync(join(root, 'bench', 'articles-results.md'), out);
process.stdout.write(`${out}`);
