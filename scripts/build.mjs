// Bundles the CLI and the library with esbuild: unbundled, mathjs alone
// loads about 1,000 modules and a cold start costs 600-850 ms.
import { build } from 'esbuild';
import { writeClaimsValidator } from './schema-validator.mjs';

// The claims-file schema, precompiled (no ajv compile at start-up).
writeClaimsValidator();

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { CLAIMCHECK_VERSION: JSON.stringify(JSON.parse(await (await import('node:fs/promises')).readFile('package.json', 'utf8')).version) },
  // ESM bundles of CommonJS packages need a real `require` for Node built-ins.
  banner: { js: "import { createRequire as __ccCreateRequire } from 'node:module'; const require = __ccCreateRequire(import.meta.url);" },
};

// One build with code splitting: the CLI (dist/claimcheck.js), the library
// (dist/index.js) and the worker that checks files in parallel
// (dist/worker.js) share their code in dist/chunks/. What a plain check does
// not need (init, explain, watch, config printing) is imported only when
// used, so a check never loads or compiles it. Without splitting, esbuild
// wraps every lazily imported module and can no longer drop the parts of
// mathjs claimcheck does not use (see src/mathjs/index.ts).
const { readdirSync, readFileSync, rmSync, statSync, writeFileSync } = await import('node:fs');
const built = await build({
  ...common,
  entryPoints: { claimcheck: 'src/cli/main.ts', index: 'src/index.ts', worker: 'src/engine/worker.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
});
// Chunks of earlier builds go, once they are a minute old: a claimcheck
// started just before this build may still be importing them.
const current = new Set(Object.keys(built.metafile.outputs).map((p) => p.replace(/^dist\/chunks\//, '')));
for (const name of readdirSync('dist/chunks')) {
  const path = `dist/chunks/${name}`;
  if (!current.has(name) && Date.now() - statSync(path).mtimeMs > 60_000) rmSync(path, { force: true });
}
const cli = readFileSync('dist/claimcheck.js', 'utf8');
if (!cli.startsWith('#!')) {
  writeFileSync('dist/claimcheck.js', `#!/usr/bin/env node\n${cli}`, { mode: 0o755 });
  // The source map's lines move down by one with the added first line.
  const map = JSON.parse(readFileSync('dist/claimcheck.js.map', 'utf8'));
  writeFileSync('dist/claimcheck.js.map', JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
}
