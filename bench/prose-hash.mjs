// A fingerprint of what the prose reader and the quote search make of every
// article the project holds: each number the reader finds (its kind, offsets,
// text and whole Quantity, as JSON, so the order of a Quantity's fields
// counts), the words before it (numberContext), and for every quote of the
// claims files and for sentences of the articles themselves (as written,
// with a digit changed, and cut short) where findQuote finds it, or the
// passage closestPassage offers when it is nowhere. Run it before and after
// a change to the prose reader, the quantity grammar or the quote search
// that must not change any reading: the hash must be the same.
//
//   node bench/prose-hash.mjs [-v]     (-v: a hash per article as well)
//
// Articles: examples/articles, examples/everyday, test/fixtures/articles,
// test/fixtures/newsroom, test/fixtures/bind and test/fixtures/html; each is
// read with the default rules alone and with the units the bundled claims.yaml
// declares. The sources are bundled with esbuild for the run (as
// scripts/build.mjs does for the data it embeds), so no build is needed.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const HARNESS = `
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDefaultRules } from './src/rules/index.ts';
import { numberContext, readProse } from './src/prose/index.ts';
import { closestPassage, findQuote, indexArticle, reduceArticle } from './src/bind/index.ts';

export function fingerprint(root, verbose) {
  const rules = loadDefaultRules();
  const contextOf = (extra) => {
    const unitWords = new Map();
    const currencySymbols = new Map();
    for (const rule of [...rules.units.values(), ...extra]) {
      unitWords.set(rule.name.toLowerCase(), rule.name);
      for (const alias of rule.aliases) unitWords.set(alias.toLowerCase(), rule.name);
      for (const symbol of rule.symbols ?? []) currencySymbols.set(symbol, rule.name);
    }
    return { rules, unitWords, currencySymbols };
  };
  const contexts = [
    contextOf([]),
    contextOf([
      { name: 'soldier', aliases: ['soldiers', 'troops', 'troopers', 'men', 'casualties', 'people'] },
      { name: 'brigade', aliases: ['brigades'] },
      { name: 'shell', aliases: ['shells', 'rounds'] },
      { name: 'shipment', aliases: ['shipments'] },
    ]),
  ];
  const folders = ['examples/articles', 'examples/everyday', 'test/fixtures/articles', 'test/fixtures/newsroom', 'test/fixtures/bind', 'test/fixtures/html'];
  const articles = [];
  const claimsTexts = [readFileSync(join(root, 'claims.yaml'), 'utf8')];
  for (const folder of folders) {
    let names = [];
    try { names = readdirSync(join(root, folder)).sort(); } catch { continue; }
    for (const name of names) {
      const path = join(folder, name);
      if (/\\.(txt|md|markdown|html|htm)$/.test(name) && !/^README/.test(name)) articles.push(path);
      if (/\\.ya?ml$/.test(name)) claimsTexts.push(readFileSync(join(root, path), 'utf8'));
    }
  }
  const quotes = new Set();
  for (const text of claimsTexts) for (const m of text.matchAll(/quote:\\s*"((?:[^"\\\\]|\\\\.)*)"/g)) quotes.add(m[1].replace(/\\\\"/g, '"'));
  const all = createHash('sha256');
  const lines = [];
  let numbers = 0;
  for (const path of articles) {
    const article = reduceArticle(readFileSync(join(root, path), 'utf8'), path);
    const one = createHash('sha256');
    for (const ctx of contexts) {
      const found = readProse(article.text, ctx);
      numbers += found.length;
      one.update(JSON.stringify(found.map((n) => [n, numberContext(article.text, n)])));
    }
    const index = indexArticle(article);
    const sentences = article.text.split(/(?<=[.!?])\\s+/).filter((s) => s.length > 20).slice(0, 40);
    const own = sentences.flatMap((s) => [s, s.replace(/\\d/, (d) => String((Number(d) + 1) % 10)), s.slice(0, 40)]);
    one.update(JSON.stringify([...quotes, ...own].map((q) => {
      const found = findQuote(index, q);
      return [found.map((m) => [m.start, m.end, m.span]), found.length === 0 ? closestPassage(index, q) ?? null : null];
    })));
    const digest = one.digest('hex');
    all.update(digest);
    lines.push(digest.slice(0, 16) + ' ' + path);
  }
  return { summary: articles.length + ' articles, ' + numbers + ' prose numbers, ' + quotes.size + ' quotes: ' + all.digest('hex'), lines: verbose ? lines : [] };
}
`;

const out = await build({
  stdin: { contents: HARNESS, resolveDir: root, loader: 'ts', sourcefile: 'prose-hash-harness.ts' },
  bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false, logLevel: 'warning',
  banner: { js: "import { createRequire as __ccCreateRequire } from 'node:module'; const require = __ccCreateRequire(import.meta.url);" },
});
// Written inside the package (node_modules/.cache) so that the rules folder is found from the bundle's place.
const dir = mkdtempSync(join(root, 'node_modules', '.cache', 'prose-hash-'));
try {
  const file = join(dir, 'harness.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  const { fingerprint } = await import(pathToFileURL(file).href);
  const { summary, lines } = fingerprint(root, process.argv.includes('-v'));
  for (const line of lines) console.log(line);
  console.log(summary);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
