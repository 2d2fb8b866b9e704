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
const runsArg = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
const RUNS = Number.isInteger(runsArg) && runsArg > 0 ? runsArg : 5;
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
const sizes = [100, 1_000, 10_000, 100_000];
/** Claims per file: the contract caps a file at 2 MB, so 100,000 claims are 10 files (checked on worker threads). */
const PER_FILE = 10_000;
const cases = [{ label: 'bundled example', claims: countClaims(join(root, 'claims.yaml')), cwd: root, target: 'claims.yaml', floorFiles: [join(root, 'claims.yaml')], files: 1 }];
for (const n of sizes) {
  const dir = join(work, `claims-${n}`);
  const files = writeClaims(dir, n, { perFile: PER_FILE, withArticle });
  cases.push({ label: `${n.toLocaleString('en-US')} claims`, claims: n, cwd: dir, target: files.length === 1 ? relative(dir, files[0]) : '.', floorFiles: files, files: files.length });
}

function countClaims(path) {
  const text = readFileSync(path, 'utf8');
  const section = text.slice(text.search(/^claims:/m));
  return (section.match(/^ {2}[A-Za-z_][\w]*:/gm) ?? []).length;
}

// ---------------------------------------------------------------------------
// Measuring one process
// ---------------------------------------------------------------------------

/** Runs a command with its output thrown away: wall time (ms) and peak RSS (MB). */
function measure(command, commandArgs, cwd) {
  return new Promise((resolvePromise, reject) => {
    const rssFile = join(work, 'rss.txt');
    const [cmd, argv] = TIME ? [TIME, ['-o', rssFile, '-f', '%M', command, ...commandArgs]] : [command, commandArgs];
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
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
      resolvePromise({ ms, mb: kb / 1024 });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs the three commands of one case, interleaved, `runs` times (fewer for a case over the time budget). */
async function measureCase(c) {
  const node = [];
  const floor = [];
  const cc = [];
  let runs = RUNS;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    node.push(await measure(process.execPath, ['-e', '0'], c.cwd));
    floor.push(await measure(process.execPath, [floorBundle, ...c.floorFiles], c.cwd));
    cc.push(await measure(process.execPath, [join(root, 'dist/claimcheck.js'), c.target, '--format', 'json'], c.cwd));
    const round = performance.now() - t0;
    if (i === 0 && round * RUNS > SIZE_BUDGET_MS) runs = Math.min(RUNS, Math.max(3, Math.floor(SIZE_BUDGET_MS / round)));
    log(`  ${c.label}: run ${i + 1}/${runs}: claimcheck ${cc[i].ms.toFixed(0)} ms, ${cc[i].mb.toFixed(0)} MB; floor ${floor[i].ms.toFixed(0)} ms`);
  }
  const pick = (xs, key) => median(xs.map((x) => x[key]));
  return {
    ...c,
    runs,
    node: pick(node, 'ms'),
    floor: pick(floor, 'ms'),
    floorMb: pick(floor, 'mb'),
    ms: pick(cc, 'ms'),
    mb: pick(cc, 'mb'),
  };
}

// ---------------------------------------------------------------------------
// The --watch re-check, in one warm process
// ---------------------------------------------------------------------------

function measureRecheck() {
  const script = `
    const { check, formatters } = await import(${JSON.stringify(join(root, 'dist/index.js'))});
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

const results = [];
for (const c of cases) {
  log(`${c.label} (${c.files} file${c.files === 1 ? '' : 's'})`);
  results.push(await measureCase(c));
}
log('--watch re-check of the bundled example');
const recheck = measureRecheck();
const loadAfter = loadavg();
const totalS = (performance.now() - started) / 1000;

const ms = (x) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x).toLocaleString('en-US')} ms`);
const ratio = (x) => `${x.toFixed(1)}×`;
const byClaims = (n) => results.find((r) => r.claims === n);
const example = results[0];
const at10k = byClaims(10_000);
const at100k = byClaims(100_000);
const perClaim = (r) => r.ms / r.claims;
const linearity = perClaim(at100k) / perClaim(at10k);

const targets = [
  ['cold check of the bundled example ≤ 3× `node -e 0`', `${ratio(example.ms / example.node)} (${ms(example.ms)} vs ${ms(example.node)})`, example.ms <= 3 * example.node],
  ['10,000 claims ≤ 1 s', ms(at10k.ms), at10k.ms <= 1000],
  ['100,000 claims ≤ 10 s', ms(at100k.ms), at100k.ms <= 10_000],
  ['time per claim at 100,000 ≤ 1.3× that at 10,000', `${ratio(linearity)} (${(perClaim(at100k) * 1000).toFixed(0)} µs vs ${(perClaim(at10k) * 1000).toFixed(0)} µs)`, linearity <= 1.3],
  ['peak RSS at 10,000 claims < 150 MB', `${at10k.mb.toFixed(0)} MB`, at10k.mb < 150],
  ['--watch re-check of the bundled example ≤ 50 ms', ms(recheck.median), recheck.median <= 50],
];

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${availableParallelism()} cores (${cpu.trim()}).`,
  `Load average before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadAfter.map((x) => x.toFixed(2)).join(' ')}; the whole run took ${totalS.toFixed(0)} s.`,
  `Medians of ${RUNS} runs unless the runs column says fewer. Generated files ${withArticle ? 'bind an article (every input and some claims carry a quote)' : 'carry no article (article binding was not built yet)'}; 100,000 claims are ${100_000 / PER_FILE} files of ${PER_FILE.toLocaleString('en-US')} (the contract caps a claims file at 2 MB), checked on worker threads.`,
  '',
  '| input | files | runs | `node -e 0` | floor (yaml + mathjs + parse) | claimcheck | ÷ node | ÷ floor | per 1,000 claims | peak RSS (floor) |',
  '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ...results.map((r) => `| ${r.label}${r === example ? ` (${r.claims} claims)` : ''} | ${r.files} | ${r.runs} | ${ms(r.node)} | ${ms(r.floor)} | **${ms(r.ms)}** | ${ratio(r.ms / r.node)} | ${ratio(r.ms / r.floor)} | ${r === example ? '—' : ms((r.ms / r.claims) * 1000)} | ${r.mb.toFixed(0)} MB (${r.floorMb.toFixed(0)} MB) |`),
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
process.stdout.write(`${table}\n`);

// The README's Performance section shows the same tables, between markers.
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const marked = /(<!-- bench:start[^>]*-->\n)[\s\S]*?(<!-- bench:end -->)/;
if (marked.test(readme)) {
  const body = lines.slice(2).join('\n').replace(/^Written by .*\n/m, '');
  writeFileSync(readmePath, readme.replace(marked, (_, start, end) => `${start}${body.trim()}\n\nFrom bench/results.md. ${lines[2].replace(/^Written by `npm run bench` \(bench\/run\.mjs\) on /, 'Measured on ')}\n${end}`));
}
await import('./derive.mjs');
