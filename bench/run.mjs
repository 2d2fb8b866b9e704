// `npm run bench`: claimcheck's speed and memory against the floor, in one
// run, written to bench/results.md and printed. A script, not a test: the
// test suite times nothing.
//
//   node bench/run.mjs [--runs N] [--skip-build]
//
// What is measured (medians of N runs, default 5; see bench/README.md):
// - the floor: bare `node -e 0`, and a bundle (bench/floor.ts) that only
//   loads yaml and mathjs (parser and units, built as claimcheck builds them)
//   and parses the claims files with yaml's parseDocument;
// - claimcheck's cold run, `node dist/claimcheck.js PATH --format json`
//   with its output thrown away, on the bundled example and on generated
//   files of 100, 1,000, 10,000 and 100,000 claims: wall time and peak RSS
//   (VmHWM, from /usr/bin/time -f %M, or polled from /proc when there is no
//   /usr/bin/time);
// - information, not a target: the 10,000-claim file again with comments as
//   `claimcheck init` writes them (fewer runs: a budget of 12 s), to show a
//   commented file takes the same fast YAML route as a plain one;
// - a --watch re-check of the bundled example: in one warm process, the time
//   `check()` plus the pretty formatter take (what --watch runs after its
//   100 ms debounce), median of 20.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeClaims } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsArg = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
const RUNS = Number.isInteger(runsArg) && runsArg > 0 ? runsArg : 3;
/** A size whose runs would take longer than this gets fewer runs (never fewer than 3). */
const SIZE_BUDGET_MS = 75_000;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const started = performance.now();
const loadBefore = loadavg();

const log = (line) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------
// Setup: build, the floor bundle, the data
// ---------------------------------------------------------------------------

if (!args.includes('--skip-build')) {
  log('building dist/ …');
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'claimcheck-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const floorBundle = join(work, 'floor.mjs');
await build({
  entryPoints: [join(root, 'bench/floor.ts')],
  outfile: floorBundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __ccCreateRequire } from 'node:module'; const require = __ccCreateRequire(import.meta.url);" },
});

// Articles are bound (quotes found, numbers covered) when binding exists.
const withArticle = existsSync(join(root, 'src/bind/index.ts'));
const example = { label: 'bundled example', claims: countClaims(join(root, 'claims.yaml')), cwd: root, target: 'claims.yaml', files: 1, withNode: true };
const oneFile = (n) => {
  const dir = join(work, `claims-${n}`);
  const files = writeClaims(dir, n, { perFile: n, withArticle });
  return { label: `${n.toLocaleString('en-US')} claims in one file`, claims: n, cwd: dir, target: relative(dir, files[0]), floorFiles: files, files: 1 };
};
const manyFiles = (count) => {
  const dir = join(work, `files-${count}`);
  writeClaims(dir, count * 20, { perFile: 20, withArticle });
  return { label: `${count.toLocaleString('en-US')} files of 20 claims`, claims: count * 20, cwd: dir, target: '.', files: count };
};
const at10k = oneFile(10_000);
// The same 10,000 claims with comments as `claimcheck init` writes them and people add them (information, not a target: which YAML route such files take).
const at10kCommented = (() => {
  const dir = join(work, 'claims-10000-commented');
  const files = writeClaims(dir, 10_000, { perFile: 10_000, withArticle, commented: true });
  return { label: '10,000 claims in one file, with comments (information)', claims: 10_000, cwd: dir, target: relative(dir, files[0]), files: 1 };
})();
const fileCases = [500, 1_000, 5_000].map(manyFiles);
const at20k = oneFile(20_000);

function countClaims(path) {
  const text = readFileSync(path, 'utf8');
  const section = text.slice(text.search(/^claims:/m));
  return (section.match(/^ {2}[A-Za-z_][\w]*:/gm) ?? []).length;
}

// ---------------------------------------------------------------------------
// Measuring one process
// ---------------------------------------------------------------------------

/** Runs a command with its output thrown away: wall time (ms) and peak RSS (MB). */
function measure(command, commandArgs, cwd, { keepOutput = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const rssFile = join(work, 'rss.txt');
    const [cmd, argv] = TIME ? [TIME, ['-o', rssFile, '-f', '%M', command, ...commandArgs]] : [command, commandArgs];
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', keepOutput ? 'pipe' : 'ignore', 'pipe'] });
    let stderr = '';
    let stdout = '';
    if (keepOutput) child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    let polledKb = 0;
    const poll = TIME ? undefined : setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) polledKb = Math.max(polledKb, Number(m[1]));
      } catch { /* the process has ended */ }
    }, 5);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (poll) clearInterval(poll);
      // claimcheck exits 1 when a claim fails (the generated files have failures); 2 is a real error.
      if (code !== 0 && code !== 1) return reject(new Error(`${command} ${commandArgs.join(' ')} exited ${code}\n${stderr}`));
      const kb = TIME ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : polledKb;
      resolvePromise({ ms, mb: kb / 1024, code, stdout });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs one case `runs` times (fewer when the first round shows the case would
 * take more than its share of the time budget; never fewer than 1): claimcheck,
 * interleaved with `node -e 0` and the floor when the case compares with them.
 */
async function measureCase(c, budgetMs) {
  const node = [];
  const floor = [];
  const cc = [];
  let runs = RUNS;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    if (c.withNode) node.push(await measure(process.execPath, ['-e', '0'], c.cwd));
    if (c.floorFiles) floor.push(await measure(process.execPath, [floorBundle, ...c.floorFiles], c.cwd));
    cc.push(await measure(process.execPath, [join(root, 'dist/claimcheck.js'), c.target, '--format', 'json'], c.cwd));
    const round = performance.now() - t0;
    if (i === 0 && round * RUNS > budgetMs) runs = Math.min(RUNS, Math.max(1, Math.floor(budgetMs / round)));
    log(`  ${c.label}: run ${i + 1}/${runs}: claimcheck ${cc[i].ms.toFixed(0)} ms, ${cc[i].mb.toFixed(0)} MB${c.floorFiles ? `; floor ${floor[i].ms.toFixed(0)} ms` : ''}`);
  }
  const pick = (xs, key) => (xs.length === 0 ? NaN : median(xs.map((x) => x[key])));
  return { ...c, runs, node: pick(node, 'ms'), floor: pick(floor, 'ms'), floorMb: pick(floor, 'mb'), ms: pick(cc, 'ms'), mb: pick(cc, 'mb') };
}

/** Whether a file of `c.claims` claims is checked at all: one run, its JSON report's claims counted. */
async function checksWhole(c) {
  const run = await measure(process.execPath, [join(root, 'dist/claimcheck.js'), c.target, '--format', 'json'], c.cwd, { keepOutput: true });
  let claims = 0;
  try {
    claims = JSON.parse(run.stdout).files.reduce((n, f) => n + f.claims.length, 0);
  } catch { /* not a report */ }
  return { ...c, ms: run.ms, mb: run.mb, checked: claims };
}

/**
 * Serial against worker threads on the same files, through the library in one
 * process each (the CLI picks for itself): what the workers policy rests on.
 */
async function measureWorkers(c, workers) {
  // A script file, not \`-e\`: worker threads inherit the process's flags, and \`--input-type\` is refused in a worker.
  const script = join(work, `workers-${workers}.mjs`);
  writeFileSync(script, `const { check } = await import(${JSON.stringify(join(root, 'dist/index.mjs'))});\ntry { await check(['.'], { cwd: process.cwd(), workers: ${workers} }); } catch (error) { console.error(error); process.exit(2); }\n`);
  const runs = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) runs.push(await measure(process.execPath, [script], c.cwd));
  return { ms: median(runs.map((r) => r.ms)), mb: median(runs.map((r) => r.mb)) };
}

// ---------------------------------------------------------------------------
// The --watch re-check, in one warm process
// ---------------------------------------------------------------------------

function measureRecheck() {
  const script = `
    const { check, formatters } = await import(${JSON.stringify(join(root, 'dist/index.mjs'))});
    const { Chalk } = await import('chalk');
    const chalk = new Chalk({ level: 0 });
    const times = [];
    for (let i = 0; i < 25; i++) {
      const t = performance.now();
      const report = await check(['claims.yaml'], { cwd: ${JSON.stringify(root)} });
      formatters.pretty(report, { chalk });
      if (i >= 5) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    process.stdout.write(JSON.stringify({ median: times[times.length >> 1], min: times[0], max: times[times.length - 1] }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`re-check measurement failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

// ---------------------------------------------------------------------------
// Run, then write the table
// ---------------------------------------------------------------------------

log(`${example.label}`);
const ex = await measureCase(example, 20_000);
log(`${at10k.label}`);
const big = await measureCase(at10k, 45_000);
log(`${at10kCommented.label}`);
const bigCommented = await measureCase(at10kCommented, 12_000);
const many = [];
for (const c of fileCases) {
  log(`${c.label}`);
  many.push(await measureCase(c, c.files >= 5_000 ? 60_000 : 25_000));
}
log(`${at20k.label}: checked at all?`);
const huge = await checksWhole(at20k);
const cores = availableParallelism();
log(`workers against serial at ${fileCases[0].files} files (${cores} cores)`);
const workersAt = { serial: await measureWorkers(fileCases[0], 0), parallel: await measureWorkers(fileCases[0], Math.min(cores, 8)) };
log('--watch re-check of the bundled example');
const recheck = measureRecheck();
const loadAfter = loadavg();
const totalS = (performance.now() - started) / 1000;

const ms = (x) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x).toLocaleString('en-US')} ms`);
const ratio = (x) => `${x.toFixed(2)}×`;
const perClaim = (r) => r.ms / r.claims;
const us = (x) => `${Math.round(x * 1000)} µs`;
const perClaims = many.map(perClaim);
const flatness = Math.max(...perClaims) / Math.min(...perClaims);
const at5k = many[many.length - 1];

const targets = [
  ['bundled example ≤ 2.5× `node -e 0`', `${ratio(ex.ms / ex.node)} (${ms(ex.ms)} vs ${ms(ex.node)})`, ex.ms <= 2.5 * ex.node],
  ['10,000 claims in one file ≤ 1.3× the floor', `${ratio(big.ms / big.floor)} (${ms(big.ms)} vs ${ms(big.floor)})`, big.ms <= 1.3 * big.floor],
  ['peak RSS at 10,000 claims ≤ 150 MB', `${big.mb.toFixed(0)} MB (floor ${big.floorMb.toFixed(0)} MB)`, big.mb <= 150],
  ['500 / 1,000 / 5,000 files: time per claim flat within 10%', `${ratio(flatness)} (${perClaims.map(us).join(' / ')})`, flatness <= 1.1],
  ['peak RSS at 5,000 files ≤ 200 MB', `${at5k.mb.toFixed(0)} MB`, at5k.mb <= 200],
  [`a 20,000-claim file checks`, `${huge.checked.toLocaleString('en-US')} claims checked (${ms(huge.ms)}, ${huge.mb.toFixed(0)} MB)`, huge.checked === at20k.claims],
];

/**
 * Information, not a target: the cost of one more claim between the sizes of
 * the files rows ((t1000 − t500) ÷ 10,000 claims, (t5000 − t1000) ÷ 80,000)
 * and the fixed cost per run it implies (a row's time less its claims at that
 * marginal cost). Equal marginal costs say the time grows linearly with the
 * claims, and that the spread of the per-claim row is the fixed cost.
 */
function marginalLine(rows) {
  const steps = rows.slice(1).map((r, i) => {
    const prev = rows[i];
    const marginal = (r.ms - prev.ms) / (r.claims - prev.claims);
    return `${us(marginal)} from ${prev.files.toLocaleString('en-US')} to ${r.files.toLocaleString('en-US')} files ((${ms(r.ms)} − ${ms(prev.ms)}) ÷ ${(r.claims - prev.claims).toLocaleString('en-US')} claims; fixed cost ${ms(prev.ms - prev.claims * marginal)})`;
  });
  return `Marginal cost per claim (information, not a target): ${steps.join(', ')}. The fixed cost is a run's time less its claims at the marginal cost: Node's start, loading the bundle, and V8's warm-up.`;
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const row = (r, extra = '') => `| ${r.label}${extra} | ${r.files.toLocaleString('en-US')} | ${r.runs} | **${ms(r.ms)}** | ${Number.isNaN(r.node) ? '—' : `${ms(r.node)} (${ratio(r.ms / r.node)})`} | ${Number.isNaN(r.floor) ? '—' : `${ms(r.floor)} (${ratio(r.ms / r.floor)})`} | ${r === ex ? '—' : us(perClaim(r))} | ${r.mb.toFixed(0)} MB |`;
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cores} cores (${cpu.trim()}).`,
  `Load average before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadAfter.map((x) => x.toFixed(2)).join(' ')}; the whole run took ${totalS.toFixed(0)} s.`,
  `Medians of up to ${RUNS} cold runs of \`claimcheck PATH --format json\` (output thrown away); the runs column says how many a case got within its time budget. Generated files ${withArticle ? 'bind an article (every input and some claims carry a quote)' : 'carry no article'}. Ratios compare runs made in this same run, interleaved.`,
  '',
  '| input | files | runs | claimcheck | `node -e 0` (÷) | floor (÷) | per claim | peak RSS |',
  '|---|--:|--:|--:|--:|--:|--:|--:|',
  row(ex, ` (${ex.claims} claims)`),
  row(big),
  row(bigCommented),
  ...many.map((r) => row(r)),
  `| ${at20k.label} | 1 | 1 | **${ms(huge.ms)}** | — | — | ${huge.checked > 0 ? us(huge.ms / huge.checked) : '—'} | ${huge.mb.toFixed(0)} MB |`,
  '',
  marginalLine(many),
  '',
  `Workers at ${fileCases[0].files.toLocaleString('en-US')} files (library \`check()\`, whole process, median of ${Math.min(RUNS, 3)}): serial ${ms(workersAt.serial.ms)}, ${workersAt.serial.mb.toFixed(0)} MB; ${Math.min(cores, 8)} workers ${ms(workersAt.parallel.ms)}, ${workersAt.parallel.mb.toFixed(0)} MB.`,
  '',
  `--watch re-check of the bundled example (warm process, \`check()\` + pretty formatter, median of 20): **${ms(recheck.median)}** (min ${ms(recheck.min)}, max ${ms(recheck.max)}).`,
  '',
  '| target | measured | |',
  '|---|--:|:-:|',
  ...targets.map(([what, got, ok]) => `| ${what} | ${got} | ${ok ? 'met' : '**not met**'} |`),
  '',
];
const table = lines.join('\n');
writeFileSync(join(root, 'bench/results.md'), table);
writeReadme(table);
process.stdout.write(`${table}\n`);

/** Puts the table (without its title) between the README's bench markers. */
function writeReadme(text) {
  const readme = join(root, 'README.md');
  const start = '<!-- bench:start (written by npm run bench) -->';
  const end = '<!-- bench:end -->';
  const old = readFileSync(readme, 'utf8');
  const from = old.indexOf(start);
  const to = old.indexOf(end);
  if (from < 0 || to < from) return log('README.md has no bench markers: not updated');
  const body = text.replace(/^# Benchmark results\n\n/, '').trim();
  writeFileSync(readme, `${old.slice(0, from + start.length)}\n${body}\n\nFrom bench/results.md.\n${old.slice(to)}`);
}
await import('./derive.mjs');
