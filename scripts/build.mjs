// Bundles the CLI and the library into single files with esbuild: unbundled,
// mathjs alone loads about 1,000 modules and a cold start costs 600-850 ms.
import { build } from 'esbuild';

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

await Promise.all([
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/claimcheck.js',
    banner: { js: '#!/usr/bin/env node\n' + common.banner.js } }),
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' }),
]);
