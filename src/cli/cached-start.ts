/**
 * @file The start of the `claimcheck` command (bundled as dist/claimcheck.js):
 * runs the command's one-file bundle, dist/claimcheck.cjs, with a V8 code
 * cache. Node 20 has no module compile cache, and compiling the bundle's
 * code at every start cost about 80 ms of a 400 ms check; with the cache V8
 * reuses the bytecode of every function the first run compiled.
 *
 * The first run (and a run whose cache V8 rejects) stores the cache on exit
 * in `node_modules/.cache/claimcheck/` inside the package, or, when that
 * folder cannot be made or written, in a folder of the temporary directory
 * that only this user can write. A cache file is named by hashes of the
 * bundle's text and of Node's version, architecture and flags, and written
 * atomically. Every cache problem (none yet, unreadable, rejected, cannot be
 * written) is ignored: the bundle then runs exactly as it would without a
 * cache, and the cache never changes what the command prints or its exit
 * status.
 */

import { createHash } from 'node:crypto';
import { accessSync, constants as fsConstants, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, Script } from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, 'claimcheck.cjs');
const source = readFileSync(bundle, 'utf8');
const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 24);
/** The bundle's hash, then a hash of what else V8's cache depends on: Node's version, the architecture, Node's flags. */
const build = hash(source);
const name = `${build}-${hash([process.version, process.arch, ...process.execArgv].join('\0'))}.bin`;

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

function readCache(dir: string | undefined): Buffer | undefined {
  try {
    return dir === undefined ? undefined : readFileSync(join(dir, name));
  } catch {
    return undefined;
  }
}

function writeCache(dir: string, data: Buffer): void {
  const temporary = join(dir, `${name}.${process.pid}.tmp`);
  writeFileSync(temporary, data);
  renameSync(temporary, join(dir, name));
  // Caches of earlier builds go (those of this build for other Node versions or flags stay).
  for (const old of readdirSync(dir)) if (old.endsWith('.bin') && !old.startsWith(`${build}-`)) rmSync(join(dir, old), { force: true });
}

const folder = cacheFolder();
const cachedData = readCache(folder);
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  ...(cachedData ? { cachedData } : {}),
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
if (folder !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
  process.once('exit', () => {
    try {
      writeCache(folder, script.createCachedData());
    } catch {
      // a run without a cache is a run all the same
    }
  });
}
const commonJsModule = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(commonJsModule.exports, createRequire(bundle), commonJsModule, bundle, here);
