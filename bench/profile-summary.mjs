// Summarises a V8 CPU profile (`node --cpu-prof`): self time by function and
// by source (module folder), the top entries, as plain text.
//
//   node bench/profile-summary.mjs FILE.cpuprofile [--top N]

import { readFileSync } from 'node:fs';

const [file, ...rest] = process.argv.slice(2);
const top = rest.includes('--top') ? Number(rest[rest.indexOf('--top') + 1]) : 25;
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byFunction = new Map();
const bySource = new Map();
for (const [id, us] of self) {
  const { callFrame: f } = byId.get(id);
  const where = f.url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\/.*\//, '');
  const key = `${f.functionName || '(anonymous)'}  ${where}:${f.lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  const pkg = f.url.includes('node_modules/') ? f.url.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1') : f.url === '' ? f.functionName : where;
  bySource.set(pkg, (bySource.get(pkg) ?? 0) + us);
}
// Inclusive: each sample counts once for every distinct function on its stack.
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map();
for (const [id, us] of self) {
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const name = byId.get(at).callFrame.functionName;
    if (name && !seen.has(name)) {
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
}
const show = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n');
process.stdout.write(`total ${(total / 1000).toFixed(0)} ms sampled\n\nby function (self):\n${show(byFunction)}\n\nby source (self):\n${show(bySource)}\n\nby function (inclusive):\n${show(inclusive)}\n`);
