/**
 * @file The start of the `claimcheck` command (bundled as dist/claimcheck.js,
 * a CommonJS file, so that Node does not start its ES module loader for it):
 * runs the command's one-file bundle, dist/claimcheck.cjs, with a V8 code
 * cache. Node 20 has no module compile cache, and compiling the bundle's
 * code at every start cost about 80 ms of a 400 ms check; with the cache V8
 * reuses the bytecode of every function the first run compiled.
 *
 * The first run (and a run whose cache V8 rejects, and the first check
 * after runs of other commands: see {@link FULL}) stores the cache on exit
 * in `node_modules/.cache/claimcheck/` inside the package, or, when that
 * folder cannot be made or written, in a folder of the temporary directory
 * that only this user can write. A cache file is named by the hash of the
 * bundle's text (computed by scripts/build.mjs, so no start hashes 1.5 MB
 * again), the bundle file's size and modification time (a bundle changed
 * after the build gets a cache of its own), and a hash of Node's version,
 * architecture and flags, and written
 * atomically. Every cache problem (none yet, unreadable, rejected, cannot be
 * written) is ignored: the bundle then runs exactly as it would without a
 * cache, and the cache never changes what the command prints or its exit
 * status.
 *
 * Before the bundle runs it also raises V8's interrupt budget (how much
 * bytecode a function runs before V8 considers optimizing it) 4 times:
 * a check of one small file is over before most optimized code would pay
 * for its compiling, and on two busy cores the optimizing compiler's work
 * cost about a third of the bundled example's CPU time (410 → 290 ms,
 * medians of 11); a check of 10,000 claims runs long enough that its hot
 * functions are optimized all the same. A budget given on the command line
 * or in NODE_OPTIONS is left as it is. A long run gives V8 its own budget
 * back once it knows it is long, and the start budget is put back before the
 * cache is made (src/cli/tier-up.ts).
 *
 * It also lets V8's young generation grow 8 times at a collection instead
 * of 2 (`--semi-space-growth-factor`): most of what a start allocates (rule
 * tables, the unit registry, mathjs) lives on, and a young generation that
 * grows from 1 MB by doubling copied it again at each of eight scavenges;
 * growing by 8 takes five, and the mark-compact at the end goes (bundled
 * example, 21 interleaved runs under load 9: CPU 253 → 236 ms median,
 * +8 MB RSS). A long run stops it growing past that (src/cli/tier-up.ts).
 * A young generation sized on the command line or in NODE_OPTIONS is left
 * as it is. And it turns off V8's scavenge task, whose collection was the
 * last thing a one-file check did before exiting (see src/cli/tier-up.ts).
 */

import { isAscii } from 'node:buffer';
import { accessSync, constants as fsConstants, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, Script } from 'node:vm';
import { growFastAtStart, keepBytecodeForCache, noScavengeTaskAtStart, raiseForStart, restoreStartFlags } from './tier-up.js';

/** The raised interrupt budget (V8's times 4), unless the command line gave one. */
const tierUp = raiseForStart();

/** The young generation grows 8 times at a scavenge (V8's default: 2), unless the command line sized it. */
const youngGrowth = growFastAtStart();

/** No scavenge task (V8's default: one when the young generation is 80% full), unless the command line chose. */
const scavengeTask = noScavengeTaskAtStart();

declare const CLAIMCHECK_BUNDLE_HASH: string | undefined;

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, 'claimcheck.cjs');

/**
 * The bundle's text. The build writes it in ASCII (scripts/build.mjs): read
 * as latin1 it is the same text, a one-byte string made without decoding
 * UTF-8 (2 ms, not 6). Read in a function so that the file's bytes (1.7 MB)
 * are not held by this module's frame, which lives as long as the run.
 */
function bundleText(): string {
  const bytes = readFileSync(bundle);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** FNV-1a (32 bits) of a short text, in hex: a file name part, not a check of anything (V8 checks its cache itself). */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** What the cache was made from: the bundle as built, and as it is on disk now. */
function buildKey(): string | undefined {
  if (typeof CLAIMCHECK_BUNDLE_HASH !== 'string') return undefined;
  try {
    const s = statSync(bundle);
    return `${CLAIMCHECK_BUNDLE_HASH}-${s.size}-${Math.trunc(s.mtimeMs)}`;
  } catch {
    return undefined;
  }
}

/**
 * Node's profiling options (`--cpu-prof`, `--heap-prof` and their `-dir`,
 * `-name`, `-interval`): V8 stamps its cache with V8's flags, which these
 * leave alone (a cache made without `--cpu-prof` is accepted under it), and a
 * profile is written to a new folder each time. Named by them, every profiled
 * run compiled the bundle without a cache and made one on exit that no later
 * run used: the profile showed compiling and `createCachedData` a user's run
 * does not pay. Left out of the cache's name, a profiled run uses the cache
 * a user's run has.
 */
const PROFILING_OPTION = /^--(?:cpu|heap)-prof(?:-(dir|name|interval))?(=|$)/;

/** Node's options that name the cache: all but the profiling ones (and the value after one given as its own argument). */
function cacheOptions(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i += 1) {
    const m = PROFILING_OPTION.exec(execArgv[i]!);
    if (m === null) kept.push(execArgv[i]!);
    else if (m[1] !== undefined && m[2] === '') i += 1;
  }
  return kept;
}

/** The bundle's build key, then a hash of what else V8's cache depends on: Node's version, the architecture, Node's flags (and the one set here). */
const build = buildKey();
const stem = `${build}-${shortHash([process.version, process.arch, ...cacheOptions(process.execArgv), ...(tierUp !== undefined ? [tierUp] : []), ...(youngGrowth !== undefined ? [youngGrowth] : []), ...(scavengeTask !== undefined ? [scavengeTask] : [])].join('\0'))}`;

/**
 * A cache holds the functions its run compiled, and one V8 accepts is never
 * written again: made by `--version` or `--help` (often a new user's first
 * run), it would leave every later check compiling the checking code itself
 * (+60 ms of CPU on the bundled example, at every run). So a cache is "full"
 * only when a check made it, and a check replaces a partial one. The bundle's
 * main (src/cli/main.ts) names the command it ran under this key.
 */
const COMMAND_RUN = Symbol.for('claimcheck.command');
const FULL = `${stem}.bin`;
const PARTIAL = `${stem}.partial.bin`;

/**
 * The cache folder: the package's own, else this user's folder in the
 * temporary directory (which must be this user's and writable by no one
 * else); undefined when neither can be made.
 */
function cacheFolder(): string | undefined {
  try {
    const own = join(here, '..', 'node_modules', '.cache', 'claimcheck');
    mkdirSync(own, { recursive: true });
    accessSync(own, fsConstants.W_OK);
    return own;
  } catch {
    // a read-only installation: try the temporary directory
  }
  try {
    const uid = process.getuid?.();
    if (uid === undefined) return undefined;
    const shared = join(tmpdir(), `claimcheck-cache-${uid}`);
    mkdirSync(shared, { recursive: true, mode: 0o700 });
    const s = statSync(shared);
    return s.isDirectory() && s.uid === uid && (s.mode & 0o022) === 0 ? shared : undefined;
  } catch {
    return undefined;
  }
}

/** The full cache, else the partial one. */
function readCache(dir: string | undefined): { data: Buffer; full: boolean } | undefined {
  if (dir === undefined) return undefined;
  for (const [file, full] of [[FULL, true], [PARTIAL, false]] as const) {
    try {
      return { data: readFileSync(join(dir, file)), full };
    } catch {
      // none of this kind
    }
  }
  return undefined;
}

function writeCache(dir: string, data: Buffer, full: boolean): void {
  const [target, other] = full ? [FULL, PARTIAL] : [PARTIAL, FULL];
  const temporary = join(dir, `${target}.${process.pid}.tmp`);
  writeFileSync(temporary, data);
  renameSync(temporary, join(dir, target));
  // A full cache makes the partial one useless; a partial one is written only when the full one was rejected.
  rmSync(join(dir, other), { force: true });
  // Caches of earlier builds go (those of this build for other Node versions or flags stay).
  for (const old of readdirSync(dir)) if (old.endsWith('.bin') && !old.startsWith(`${build}-`)) rmSync(join(dir, old), { force: true });
}

/**
 * The bundle compiled with the cache, if any: whether V8 took the cache, and
 * whether it was a full one. In a function, so that neither the bundle's
 * bytes nor the cache's (1.4 MB) outlive the compiling (this module's frame
 * lives as long as the run).
 */
function compileBundle(folder: string | undefined): { script: Script; usable: boolean; full: boolean } {
  const cached = readCache(folder);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${bundleText()}\n})`, {
    filename: bundle,
    ...(cached ? { cachedData: cached.data } : {}),
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const usable = cached !== undefined && script.cachedDataRejected !== true;
  return { script, usable, full: usable && cached.full };
}

const folder = build === undefined ? undefined : cacheFolder();
const { script, usable, full } = compileBundle(folder);
if (folder !== undefined && !full) {
  // This run may write the cache: it keeps every function's bytecode, so the cache holds what the start compiled even after a long run (src/cli/tier-up.ts).
  const keptBytecode = keepBytecodeForCache();
  process.once('exit', () => {
    const checked = (globalThis as Record<symbol, unknown>)[COMMAND_RUN] === 'check';
    // A check writes the full cache over a missing, rejected or partial one; another command only fills a gap.
    if (!checked && usable) return;
    try {
      restoreStartFlags(tierUp, youngGrowth, scavengeTask, keptBytecode);
      writeCache(folder, script.createCachedData(), checked);
    } catch {
      // a run without a cache is a run all the same
    }
  });
}
const commonJsModule = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(commonJsModule.exports, createRequire(bundle), commonJsModule, bundle, here);
