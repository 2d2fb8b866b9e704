// `node bench/flags.mjs`: V8 flag sets against each other on the command's
// cold runs, interleaved, to decide what src/cli/tier-up.ts sets. A script,
// not a test, and not part of `npm run bench`: it answers "does this flag
// pay on every size?", which the bench table does not ask.
//
//   node bench/flags.mjs [--runs N] [--cases example,10k,500,1000,5000]
//                        [--dist DIR] 'name=--flag --flag' ...
//
// Each variant is `name=flags` (flags given to node before the command; an
// empty list is the command as shipped; `dist:DIR` among them runs that
// variant from another build, e.g. a copy of the package made before a
// change, with its rules/ and schema/ beside DIR). Every round runs every case once
// under every variant, the variants' order rotating from round to round, so
// that a change of load hits them alike. Before the rounds, each variant
// checks the bundled example once: V8's code cache is stamped with the
// flags, so each variant makes its own cache, as a user's first check would.
//
// Per run: wall time, CPU of the whole process (user + system, from
// /usr/bin/time), CPU of the main thread (read from /proc at exit by a
// preloaded script; 10 ms resolution), and peak RSS. Printed: medians, and
// each variant's ratio to the first one's median, with the load average
// before and after.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeClaims } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', '5'));
const CASES = option('--cases', 'example,10k,500,1000,5000').split(',');
const dist = resolve(option('--dist', join(root, 'dist')));
const variants = args
  .filter((a, i) => a.includes('=') && !a.startsWith('--') && !['--runs', '--cases', '--dist'].includes(args[i - 1]))
  .map((a) => {
    const at = a.indexOf('=');
    const words = a.slice(at + 1).split(/\s+/).filter(Boolean);
    const own = words.find((w) => w.startsWith('dist:'));
    return { name: a.slice(0, at), flags: words.filter((w) => w !== own), dist: own ? resolve(own.slice('dist:'.length)) : dist };
  });
if (variants.length === 0) variants.push({ name: 'as shipped', flags: [] });
if (!existsSync('/usr/bin/time')) throw new Error('bench/flags.mjs needs /usr/bin/time');

const log = (line) => process.stderr.write(`${line}\n`);
const work = mkdtempSync(join(tmpdir(), 'claimcheck-flags-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** Appends the main thread's CPU time (ms) to $CLAIMCHECK_MAIN_CPU at exit. */
const preload = join(work, 'main-cpu.cjs');
writeFileSync(
  preload,
  `const fs = require('node:fs');
process.on('exit', () => {
  const stat = fs.readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  fs.appendFileSync(process.env.CLAIMCHECK_MAIN_CPU, String((Number(f[11]) + Number(f[12])) * 10) + '\\n');
});
`,
);

const cases = [];
for (const name of CASES) {
  if (name === 'example') cases.push({ name: 'bundled example', claims: 0, cwd: root, target: 'claims.yaml' });
  else if (name === '10k') {
    const dir = join(work, 'c10k');
    const [file] = writeClaims(dir, 10_000, { perFile: 10_000, withArticle: true });
    cases.push({ name: '10,000 claims, 1 file', claims: 10_000, cwd: dir, target: relative(dir, file) });
  } else {
    const files = Number(name);
    const dir = join(work, `f${files}`);
    mkdirSync(dir, { recursive: true });
    writeClaims(dir, files * 20, { perFile: 20, withArticle: true });
    cases.push({ name: `${files.toLocaleString('en-US')} files of 20`, claims: files * 20, cwd: dir, target: '.' });
  }
}

function run(variant, c) {
  return new Promise((done, fail) => {
    const timeFile = join(work, 'time.txt');
    const cpuFile = join(work, 'main.txt');
    rmSync(cpuFile, { force: true });
    const argv = ['-o', timeFile, '-f', '%e %U %S %M', process.execPath, ...variant.flags, '--require', preload, join(variant.dist, 'claimcheck.js'), c.target, '--format', 'json'];
    const child = spawn('/usr/bin/time', argv, { cwd: c.cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CLAIMCHECK_MAIN_CPU: cpuFile } });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) return fail(new Error(`${variant.name} on ${c.name} exited ${code}\n${stderr}`));
      const [wall, user, sys, kb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      done({ wall: wall * 1000, cpu: (user + sys) * 1000, main: Number(readFileSync(cpuFile, 'utf8').trim()), mb: kb / 1024 });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const loadBefore = loadavg();
const example = { name: 'bundled example', cwd: root, target: 'claims.yaml' };
for (const v of variants) await run(v, example); // each variant's code cache
const results = new Map(variants.map((v) => [v.name, new Map(cases.map((c) => [c.name, []]))]));
for (let round = 0; round < RUNS; round++) {
  for (const c of cases) {
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(k + round) % variants.length];
      const r = await run(v, c);
      results.get(v.name).get(c.name).push(r);
      log(`round ${round + 1}/${RUNS} ${c.name} [${v.name}]: ${r.wall.toFixed(0)} ms wall, ${r.cpu.toFixed(0)} ms CPU, main ${r.main} ms, ${r.mb.toFixed(0)} MB (load ${loadavg()[0].toFixed(2)})`);
    }
  }
}
const loadAfter = loadavg();

const lines = [`Load average before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadAfter.map((x) => x.toFixed(2)).join(' ')}; medians of ${RUNS} interleaved runs.`, '', '| case | variant | wall ms | CPU ms | main-thread ms | µs per claim (wall) | MB |', '|---|---|--:|--:|--:|--:|--:|'];
for (const c of cases) {
  const first = results.get(variants[0].name).get(c.name);
  const base = { wall: median(first.map((r) => r.wall)), cpu: median(first.map((r) => r.cpu)), main: median(first.map((r) => r.main)) };
  for (const v of variants) {
    const rs = results.get(v.name).get(c.name);
    const m = { wall: median(rs.map((r) => r.wall)), cpu: median(rs.map((r) => r.cpu)), main: median(rs.map((r) => r.main)), mb: median(rs.map((r) => r.mb)) };
    const vs = (key) => (v === variants[0] ? '' : ` (${(m[key] / base[key]).toFixed(2)}×)`);
    lines.push(`| ${c.name} | ${v.name} | ${m.wall.toFixed(0)}${vs('wall')} | ${m.cpu.toFixed(0)}${vs('cpu')} | ${m.main.toFixed(0)}${vs('main')} | ${c.claims ? ((m.wall / c.claims) * 1000).toFixed(0) : '—'} | ${m.mb.toFixed(0)} |`);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
