// `init --derive` speed (issue 12): an article of 60 numbers (and one of 500,
// to show the search is bounded), derived through the built library. Part of
// `npm run bench`; run alone with `node bench/derive.mjs` after a build.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { deriveClaims, loadDefaultRules } from '../dist/index.mjs';

const rules = loadDefaultRules();
const FIELDS = ['soldiers', 'tonnes', 'people', 'dollars', 'miles'];

/** An article of n numbers: sentences of three or four numbers, some derived (a ÷ b, a + b), most not. */
function article(n) {
  const sentences = [];
  let count = 0;
  for (let i = 0; count < n; i++) {
    const a = 1000 + ((i * 7919) % 9000);
    const b = 10 + ((i * 104729) % 90);
    const word = FIELDS[i % FIELDS.length];
    if (i % 3 === 0) {
      sentences.push(`Officials counted ${a.toLocaleString('en-US')} ${word} in district ${String.fromCharCode(65 + (i % 26))} over ${b} days, about ${Math.round(a / b).toLocaleString('en-US')} ${word} a day.`);
      count += 3;
    } else {
      sentences.push(`A second survey found ${(a + 17).toLocaleString('en-US')} ${word} and ${b + 3} sites, with ${i + 2} teams at work.`);
      count += 3;
    }
  }
  return sentences.join(' ');
}

function time(n, runs) {
  const text = article(n);
  const times = [];
  let result;
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    result = deriveClaims({ source: text, articleRef: 'article.txt', rules, schemaRef: 'claims.schema.json' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((x, y) => x - y);
  return { median: times[Math.floor(times.length / 2)], result };
}

const rows = [];
for (const [n, runs, target] of [[60, 5, '< 2 s'], [500, 1, 'finishes (bounded)']]) {
  const { median, result } = time(n, runs);
  console.log(`init --derive, ${n} numbers: ${median.toFixed(0)} ms (median of ${runs}); ${result.derivations.length} derived, ${result.tried.toLocaleString('en-US')} formulas tried${result.truncated ? ', search cut short' : ''}`);
  const met = n === 60 ? median < 2000 : true;
  rows.push(`| ${n} numbers | ${runs} | **${median.toFixed(0)} ms** | ${result.tried.toLocaleString('en-US')}${result.truncated ? ' (cut short)' : ''} | ${result.derivations.length} | ${target}: ${met ? 'met' : '**not met**'} |`);
}
// Its own results file: bench/results.md is rewritten whole by bench/run.mjs.
writeFileSync(new URL('./derive-results.md', import.meta.url), `# init --derive benchmark\n\nWritten by \`node bench/derive.mjs\` (part of \`npm run bench\`) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} cores. Generated articles of sentences with three numbers, a third of them with a derived rate.\n\n| article | runs | time (median) | formulas tried | derived | target |\n|---|--:|--:|--:|--:|---|\n${rows.join('\n')}\n`);
