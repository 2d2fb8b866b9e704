// Bundles the CLI and the library with esbuild: unbundled, mathjs alone
// loads about 1,000 modules and a cold start costs 600-850 ms.
import { build } from 'esbuild';
import { writeClaimsValidator } from './schema-validator.mjs';
import { writeFormatsRegistry } from './formats.mjs';
import { writeChecksOutputs } from './checks-table.mjs';

// The claims-file schema, precompiled (no ajv compile at start-up).
writeClaimsValidator();

// The output formats' registry: every src/report file that defines a format.
writeFormatsRegistry();

// The FindingKind and PhraseId unions and docs/checks.md, from rules/checks.yaml.
writeChecksOutputs();

// The `yaml` package's ES module build (the one it ships for browsers) in
// place of its CommonJS build: the same code (the package builds both from
// one source), but bundled as ES modules its fifty files are hoisted into
// the bundle instead of each running in a CommonJS wrapper and being copied
// into a namespace object at start, calls between them are plain calls, not
// property reads on module objects, and its parser does not read
// process.env.LOG_TOKENS for every token of a claims file (a lookup through
// Node's environment interceptor each time). The two builds differ only
// there: the CommonJS build's LOG_TOKENS and LOG_STREAM debugging switches
// (the library's own, for its developers), Buffer for the !!binary tag
// (claimcheck never resolves tags), and its warnings, which go through
// process.emitWarning: the ES build's log.js is replaced by that behaviour,
// so a warning prints as it did.
const { createRequire: requireFrom } = await import('node:module');
const yamlRoot = (await import('node:path')).dirname(requireFrom(import.meta.url).resolve('yaml/package.json'));
const yamlEsm = {
  name: 'yaml-esm',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: `${yamlRoot}/browser/dist/index.js` }));
    b.onLoad({ filter: /[\\/]yaml[\\/]browser[\\/]dist[\\/]log\.js$/ }, () => ({
      loader: 'js',
      contents: `import node_process from 'node:process';
export function debug(logLevel, ...messages) {
  if (logLevel === 'debug') console.log(...messages);
}
export function warn(logLevel, warning) {
  if (logLevel === 'debug' || logLevel === 'warn') {
    if (typeof node_process.emitWarning === 'function') node_process.emitWarning(warning);
    else console.warn(warning);
  }
}`,
    }));
  },
};

/**
 * Runs `call` on a module of the sources, bundled for this build (as
 * CommonJS, in a temporary folder): how the build computes data the bundle
 * embeds with the same code the bundle runs.
 */
async function runAtBuild(contents, call) {
  const { mkdtempSync, rmSync: remove, writeFileSync: write } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const out = await build({ stdin: { contents, resolveDir: '.', loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'warning', plugins: [yamlEsm] });
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-build-'));
  try {
    write(join(dir, 'module.cjs'), out.outputFiles[0].text);
    return call(await import(pathToFileURL(join(dir, 'module.cjs')).href));
  } finally {
    remove(dir, { recursive: true, force: true });
  }
}

// The default rules, parsed here once instead of at every start (see
// src/rules/embed.ts; the bundle still checks rules/ holds the same texts).
async function embeddedDefaultRules() {
  const { readFileSync: read } = await import('node:fs');
  const text = (name) => { try { return read(`rules/${name}.yaml`, 'utf8'); } catch { return null; } };
  return runAtBuild("export { embedTables } from './src/rules/embed.ts';", ({ embedTables }) =>
    embedTables({ hedges: text('hedges'), numbers: text('numbers'), units: text('units'), checks: text('checks'), facts: text('facts') }));
}
const defaultRules = await embeddedDefaultRules();

// What mathjs's unit tables say, read here once so that a check need not
// build mathjs's Unit class (about 10 ms of every start): the unit names
// with the prefixes each takes (src/mathjs/index.ts), and the registry's
// answers for every unit name and every word of the default unit rules
// (src/units/builtin.ts). Made by the bundle's own code from the bundle's
// own mathjs, so they are the answers it would compute.
const unitTables = await runAtBuild(
  "export { sharedMath, unitNamesOf } from './src/mathjs/index.ts'; export { unitAnswers } from './src/units/builtin.ts';",
  ({ sharedMath, unitNamesOf, unitAnswers }) => {
    const math = sharedMath();
    const names = unitNamesOf(math);
    const ruleWords = defaultRules.tables.units.flatMap(([name, rule]) => [name, ...rule.aliases, ...(rule.shadows ?? [])]);
    const answers = unitAnswers(math, [...Object.keys(names.names), ...ruleWords]);
    // JSON carries them into the bundle: a number JSON cannot write would come back as null.
    for (const [word, unit] of Object.entries(answers)) {
      if (!Number.isFinite(unit.factor) || (unit.offset !== undefined && !Number.isFinite(unit.offset))) throw new Error(`scripts/build.mjs: mathjs unit ${word} has no finite factor`);
    }
    return { names, answers };
  },
);

/**
 * `text` with every character outside ASCII written as a \\uXXXX escape (each
 * UTF-16 unit, so a pair stays a pair), and `map` with the generated columns
 * after each escape moved along (5 more columns per escaped unit).
 */
function asciiOnly(text, map) {
  const lines = text.split('\n');
  const mapped = map.mappings.split(';');
  for (let l = 0; l < lines.length; l += 1) {
    const line = lines[l];
    if (!/[^\x00-\x7f]/.test(line)) continue;
    // shift[c]: how many units before column c were escaped.
    const escapedBefore = [];
    let count = 0;
    let out = '';
    for (let c = 0; c < line.length; c += 1) {
      escapedBefore.push(count);
      const code = line.charCodeAt(c);
      if (code < 0x80) out += line[c];
      else {
        out += `\\u${code.toString(16).padStart(4, '0')}`;
        count += 1;
      }
    }
    escapedBefore.push(count);
    lines[l] = out;
    if (mapped[l] === undefined || mapped[l] === '') continue;
    let column = 0;
    let newPrevious = 0;
    mapped[l] = mapped[l].split(',').map((segment) => {
      const fields = decodeVlq(segment);
      column += fields[0];
      const moved = column + 5 * escapedBefore[Math.min(column, line.length)];
      fields[0] = moved - newPrevious;
      newPrevious = moved;
      return fields.map(encodeVlq).join('');
    }).join(',');
  }
  const result = lines.join('\n');
  if (/[^\x00-\x7f]/.test(result)) throw new Error('scripts/build.mjs: the bundle still holds a character outside ASCII');
  return { text: result, map: { ...map, mappings: mapped.join(';') } };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one source-map segment (base64 VLQ). */
function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeVlq(number) {
  let value = number < 0 ? (-number << 1) | 1 : number << 1;
  let out = '';
  do {
    let digit = value & 31;
    value >>>= 5;
    if (value > 0) digit |= 32;
    out += BASE64[digit];
  } while (value > 0);
  return out;
}

// esbuild's tables say Node 20 lacks \p{…} in regular expressions (it has
// them), so it rewrote every /\p{Lu}/u literal as `new RegExp(...)`: inside a
// function that builds a new RegExp at every call (the prose reader made 150
// per check), where a literal is made once per place in the code.
const SUPPORTED = { 'regexp-unicode-property-escapes': true };

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  supported: SUPPORTED,
  sourcemap: 'linked',
  logLevel: 'warning',
  define: {
    CLAIMCHECK_VERSION: JSON.stringify(JSON.parse(await (await import('node:fs/promises')).readFile('package.json', 'utf8')).version),
    CLAIMCHECK_DEFAULT_RULES: JSON.stringify(defaultRules),
    CLAIMCHECK_MATHJS_UNIT_NAMES: JSON.stringify(unitTables.names),
    CLAIMCHECK_BUILTIN_UNITS: JSON.stringify(unitTables.answers),
  },
  // ESM bundles of CommonJS packages need a real `require` for Node built-ins.
  banner: { js: "import { createRequire as __ccCreateRequire } from 'node:module'; const require = __ccCreateRequire(import.meta.url);" },
};

// The Markdown and HTML parsers (parse5, mdast-util-from-markdown: about a
// third of the bundle) are needed only when an article is .md or .html, and
// the code that reads articles is synchronous. So they are bundled apart, as
// CommonJS, and the main bundle's `parse5` and `mdast-util-from-markdown`
// are stand-ins that `require` that file on first use.
/**
 * Bundles `entry` (CommonJS source) apart into dist/chunks/FILE, and gives
 * back that build with an esbuild plugin for the main bundle: its module
 * `claimcheck:NAME` exports `NAME()`, which requires the chunk on first call
 * (from the main bundle or from one of its chunks), and `standIns` (a
 * package name → the source that stands in for it) replace the packages
 * moved into the chunk. Used for the article parsers, the language server's
 * libraries and js-yaml below.
 */
async function lazyChunk(name, file, entry, standIns) {
  const chunkBuild = await build({
    stdin: { contents: entry, resolveDir: '.', loader: 'js' },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', supported: SUPPORTED, sourcemap: 'linked', logLevel: 'warning',
    outfile: `dist/chunks/${file}`, minifyWhitespace: true, minifySyntax: true, metafile: true,
  });
  const sources = {
    [`claimcheck:${name}`]: `import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
let loaded;
export function ${name}() {
  if (!loaded) {
    const here = dirname(fileURLToPath(import.meta.url));
    loaded = createRequire(import.meta.url)(basename(here) === 'chunks' ? join(here, ${JSON.stringify(file)}) : join(here, 'chunks', ${JSON.stringify(file)}));
  }
  return loaded;
}`,
    ...standIns,
  };
  const namespace = `lazy-${name}`;
  const filter = new RegExp(`^(${Object.keys(sources).map((id) => id.replace(/[./]/g, '\\$&')).join('|')})$`);
  const plugin = {
    name: namespace,
    setup(b) {
      b.onResolve({ filter }, (args) => ({ path: args.path, namespace }));
      b.onLoad({ filter: /.*/, namespace }, ({ path }) => ({ resolveDir: '.', loader: 'js', contents: sources[path] }));
    },
  };
  return { chunkBuild, plugin };
}

const { chunkBuild: parsersBuild, plugin: lazyParsers } = await lazyChunk('articleParsers', 'article-parsers.cjs',
  "export { fromMarkdown } from 'mdast-util-from-markdown'; export { parse } from 'parse5';", {
    parse5: "import { articleParsers } from 'claimcheck:articleParsers'; export function parse(...args) { return articleParsers().parse(...args); }",
    'mdast-util-from-markdown': "import { articleParsers } from 'claimcheck:articleParsers'; export function fromMarkdown(...args) { return articleParsers().fromMarkdown(...args); }",
  });

// The language server's protocol libraries (vscode-languageserver and its
// jsonrpc, protocol and types packages: about 300 KB, a sixth of the
// command's bundle) run only under `claimcheck lsp`. Kept in the bundle they
// were read, copied and held in the code cache (the skip data of their
// thousand functions) at every start. So they are bundled apart, as
// CommonJS, and the bundle's `vscode-languageserver/node` and
// `vscode-languageserver-textdocument` are stand-ins that `require` that
// file when the language server's code first runs.
const { chunkBuild: lspDepsBuild, plugin: lazyLspDeps } = await lazyChunk('lspDeps', 'lsp-deps.cjs',
  "module.exports = { node: require('vscode-languageserver/node'), textDocument: require('vscode-languageserver-textdocument') };", {
    'vscode-languageserver/node': "module.exports = require('claimcheck:lspDeps').lspDeps().node;",
    'vscode-languageserver-textdocument': "module.exports = require('claimcheck:lspDeps').lspDeps().textDocument;",
  });

// chalk asks, as it is imported, whether standard output and error are
// terminals: it loads node:tty and with it node:net (about 1 ms of every
// start), for colour that a JSON report, a file or a pipe never shows. The
// bundle's `chalk` is a stand-in whose Chalk and supportsColor require the
// real chalk on first use (esbuild keeps a module that is required in a
// wrapper that runs when it is first required: chalk stays in the bundle and
// its code cache, and runs only when a report is coloured or told not to
// be). An ES module bundle still imports every Node module at its top, so
// chalk's colour detection gets a node:tty whose isatty loads node:tty when
// called.
const lazyChalk = {
  name: 'lazy-chalk',
  setup(b) {
    b.onResolve({ filter: /^chalk$/ }, (args) => (args.namespace === 'lazy-chalk' ? undefined : { path: 'chalk', namespace: 'lazy-chalk' }));
    b.onResolve({ filter: /^node:tty$/ }, (args) => (/[\\/]chalk[\\/]source[\\/]vendor[\\/]supports-color[\\/]/.test(args.importer) ? { path: 'node:tty', namespace: 'lazy-chalk' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-chalk' }, ({ path }) => ({
      resolveDir: '.',
      loader: 'js',
      contents: path === 'chalk'
        ? `let chalk;
const load = () => (chalk ??= require('chalk'));
module.exports = { get Chalk() { return load().Chalk; }, get supportsColor() { return load().supportsColor; } };`
        : `import { createRequire } from 'node:module';
export default { isatty: (fd) => createRequire(import.meta.url)('node:tty').isatty(fd) };`,
    }));
  },
};

// js-yaml (src/load/fast.ts's event parser: about 130 KB) builds its
// schemas, tags and dumper tables as it is imported, and most runs never
// call it: a file with a comment gives up before it, the bundled example
// among them. Kept in the bundle, its code was read and held in the code
// cache at every start. So it is bundled apart, as CommonJS, and the
// bundle's `js-yaml` is a stand-in whose parseEvents requires that file on
// first use (as for the article parsers above).
const { chunkBuild: jsYamlBuild, plugin: lazyJsYaml } = await lazyChunk('jsYaml', 'js-yaml.cjs',
  "module.exports = { parseEvents: require('js-yaml').parseEvents };", {
    'js-yaml': "import { jsYaml } from 'claimcheck:jsYaml'; export function parseEvents(text, options) { return jsYaml().parseEvents(text, options); }",
  });

// fdir (under tinyglobby) loads picomatch at start with a `require` of its
// own, from node_modules, outside the bundle (about 10 ms of every start);
// it gets the bundled picomatch instead, which tinyglobby loads anyway.
const FDIR_PICOMATCH = 'try {\n\t__require.resolve("picomatch");\n\tpm = __require("picomatch");\n} catch {}';
const bundledPicomatch = {
  name: 'fdir-bundled-picomatch',
  setup(b) {
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async ({ path }) => {
      const text = await (await import('node:fs/promises')).readFile(path, 'utf8');
      if (!text.includes(FDIR_PICOMATCH)) {
        console.warn(`scripts/build.mjs: ${path} no longer loads picomatch as expected; left as it is`);
        return undefined;
      }
      return { contents: text.replace(FDIR_PICOMATCH, 'import __ccPicomatch from "picomatch";\npm = __ccPicomatch;'), loader: 'js' };
    });
  },
};

// One build with code splitting: the library (dist/index.mjs) and the worker
// that checks files in parallel (dist/worker.mjs) share their code in
// dist/chunks/. Without splitting, esbuild wraps every lazily imported module
// and can no longer drop the parts of mathjs claimcheck does not use (see
// src/mathjs/index.ts). They are .mjs files because dist/ is a CommonJS
// folder (dist/package.json, below), for the command's start.
const { chmodSync, existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } = await import('node:fs');
const built = await build({
  ...common,
  entryPoints: { index: 'src/index.ts', worker: 'src/engine/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  plugins: [lazyParsers, lazyLspDeps, lazyChalk, lazyJsYaml, bundledPicomatch, yamlEsm],
});
// Chunks of earlier builds go, once they are a minute old: a claimcheck
// started just before this build may still be importing them.
const current = new Set([...Object.keys(built.metafile.outputs), ...Object.keys(parsersBuild.metafile.outputs), ...Object.keys(lspDepsBuild.metafile.outputs), ...Object.keys(jsYamlBuild.metafile.outputs)].map((p) => p.replace(/^dist\/chunks\//, '')));
for (const name of readdirSync('dist/chunks')) {
  const path = `dist/chunks/${name}`;
  if (!current.has(name) && Date.now() - statSync(path).mtimeMs > 60_000) rmSync(path, { force: true });
}

// The command is one CommonJS file, dist/claimcheck.cjs, so that
// dist/claimcheck.js (src/cli/cached-start.ts) can run it with a V8 code
// cache (vm.Script's cachedData; ES modules have none in Node 20). It is
// built in two steps so that mathjs is still cut down: first split, as
// above, with what a plain check does not need (init, explain, watch, config
// printing) in chunks of their own; then those files bundled into one,
// where the lazily imported chunks stay wrapped and run only when used.
const { mkdirSync, mkdtempSync } = await import('node:fs');
mkdirSync('node_modules/.cache', { recursive: true });
const stage = mkdtempSync('node_modules/.cache/claimcheck-build-');
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: stage,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [lazyParsers, lazyLspDeps, lazyChalk, lazyJsYaml, bundledPicomatch, yamlEsm],
});
const cjs = await build({
  entryPoints: [`${stage}/cli.js`],
  outfile: 'dist/claimcheck.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  supported: SUPPORTED,
  sourcemap: 'linked',
  logLevel: 'warning',
  minifyWhitespace: true,
  minifySyntax: true,
  // Paths are found from the bundle's own place (the rules folder, the
  // worker, the article parsers): dist/claimcheck.cjs.
  define: { 'import.meta.url': '__ccImportMetaUrl' },
  banner: { js: "const __ccImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  write: false,
});
// The bundle in ASCII only: esbuild escapes other characters in strings but
// leaves them in regular expressions (/[–—-]/u) and String.raw templates,
// and one such character makes the whole 1.6 MB file a two-byte string that
// Node decodes as UTF-8 at every start (about 6 ms; an ASCII file read as
// latin1, as src/cli/cached-start.ts does, takes 2). A \uXXXX escape means
// the same character in a regular expression (with or without the u flag),
// a string, a template's value, and a pattern that String.raw hands to
// new RegExp. The source map's columns on those lines move with the text.
const bundleFile = cjs.outputFiles.find((f) => f.path.endsWith('.cjs'));
const mapFile = cjs.outputFiles.find((f) => f.path.endsWith('.cjs.map'));
const ascii = asciiOnly(bundleFile.text, JSON.parse(mapFile.text));
// The bundle's hash names its code cache (src/cli/cached-start.ts); computed here once, not at every start.
const { createHash } = await import('node:crypto');
const bundleHash = createHash('sha256').update(ascii.text).digest('hex').slice(0, 24);
// Written under another name and renamed: a claimcheck starting during the build reads a whole file.
for (const [path, contents] of [[bundleFile.path, ascii.text], [mapFile.path, JSON.stringify(ascii.map)]]) {
  writeFileSync(`${path}.tmp`, contents);
  renameSync(`${path}.tmp`, path);
}
rmSync(stage, { recursive: true, force: true });
// The command's start, dist/claimcheck.js, is CommonJS: Node runs an ES
// module entry through its ES module loader, which loads some twenty more of
// Node's own modules (fs/promises, readline, the loader's resolver…) before
// the first line of claimcheck runs (about 7 ms of CPU time at every start).
// dist/package.json makes the .js files in dist/ CommonJS (the library and
// the worker are .mjs); dist/types/package.json keeps the declarations
// ES module declarations, as the package's "type" says.
writeFileSync('dist/package.json', `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
mkdirSync('dist/types', { recursive: true });
writeFileSync('dist/types/package.json', `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
// The ES module library and worker of builds before that, which a CommonJS dist/ would misread.
for (const stale of ['index.js', 'index.js.map', 'worker.js', 'worker.js.map']) if (existsSync(`dist/${stale}`)) rmSync(`dist/${stale}`);
await build({
  entryPoints: { claimcheck: 'src/cli/cached-start.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  banner: { js: "#!/usr/bin/env node\nconst __ccImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { CLAIMCHECK_BUNDLE_HASH: JSON.stringify(bundleHash), 'import.meta.url': '__ccImportMetaUrl' },
});
chmodSync('dist/claimcheck.js', 0o755);

