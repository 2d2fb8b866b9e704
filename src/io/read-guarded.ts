/**
 * @file The one way claimcheck opens a file it reads: claims files, articles,
 * facts files, configuration files, package.json, rules tables — every file
 * a user, a configuration or a claims file names. Those names arrive in pull
 * requests and are read in CI next to the job's secrets, so a file is read
 * only when
 *
 * 1. its real path (symbolic links followed) is inside the given repository
 *    root — a link to `/proc/self/environ`, `/dev/zero`, `/dev/stdin` or a
 *    parent folder is refused before anything is opened;
 * 2. it is a regular file — not a folder, FIFO, socket or device; it is
 *    opened without following a last link and without blocking (a FIFO
 *    swapped in after the check cannot hang the run), and the check is
 *    repeated with `fstat` on the opened descriptor, not the path;
 * 3. its size on that descriptor is within its kind's limit
 *    ({@link MAX_BYTES}), and at most that many bytes are read whatever
 *    the size said (files in `/proc` report 0).
 *
 * A refusal is a plain sentence naming the file as the caller shows it,
 * never anything read from it. Reads the file system; never throws.
 */

import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { excerpt } from './excerpt.js';
import { isInside, realPath } from './repository.js';

/** What a file is for; each kind has its own size limit and its own name in messages. */
export type FileKind = 'claims' | 'article' | 'facts' | 'config' | 'package.json' | 'rules' | 'report';

const MB = 1024 * 1024;

/** The largest file of each kind that is read, in bytes. */
export const MAX_BYTES: Readonly<Record<FileKind, number>> = {
  claims: 5 * MB, // the default; `--max-file-size` and `max_file_size:` change it
  article: 5 * MB,
  facts: 2 * MB,
  config: 256 * 1024,
  'package.json': 1 * MB,
  rules: 1 * MB,
  // A JSON report of a `--shard` run, for `claimcheck merge`: about 1.5 KB a claim (with its trace), so some 170,000 claims.
  report: 256 * MB,
};

/** How messages name a file of each kind. */
export const KIND_NAMES: Readonly<Record<FileKind, string>> = {
  claims: 'the claims file',
  article: 'the article',
  facts: 'the facts file',
  config: 'the configuration file',
  'package.json': 'the package file',
  rules: 'the rules file',
  report: 'the report',
};

/** Why a file was not read. */
export type Refusal =
  | 'missing' // nothing there (or a link to nothing)
  | 'outside' // its real path leaves the repository
  | 'loop' // a symbolic link that leads in a circle
  | 'folder' // a folder where a file was expected
  | 'special' // a FIFO, socket or device
  | 'too-large' // over its kind's limit
  | 'unreadable'; // the system refused (permissions, I/O error)

/** A file that was read: its bytes and its real path. */
export interface GuardedFile {
  ok: true;
  bytes: Buffer;
  realPath: string;
}

/** A file that was not read, and why, as a sentence for the user. */
export interface RefusedFile {
  ok: false;
  refusal: Refusal;
  reason: string;
}

export interface GuardOptions {
  /** What the file is for: picks the size limit and how messages name it. */
  kind: FileKind;
  /** The folder the file must stay in after symbolic links are followed (the repository root). */
  root: string;
  /** How messages show the path (default: as given). */
  shown?: string;
  /** A lower limit than the kind's, in bytes (tests). */
  maxBytes?: number;
}

/** How a size shows in a message: "3.1 MB", "300 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${Math.max(0.1, Math.round((bytes / MB) * 10) / 10)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? 'error';
}

/** What a non-regular file is, in plain words. */
function whatItIs(stats: Stats): { refusal: 'folder' | 'special'; words: string } {
  if (stats.isDirectory()) return { refusal: 'folder', words: 'a folder, not a file' };
  if (stats.isFIFO()) return { refusal: 'special', words: 'a named pipe (FIFO), not a regular file' };
  if (stats.isSocket()) return { refusal: 'special', words: 'a socket, not a regular file' };
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return { refusal: 'special', words: 'a device, not a regular file' };
  return { refusal: 'special', words: 'not a regular file' };
}

/** Where a link that resolves to nothing would lead, as far as it can be told (for /dev/stdin → /proc/self/fd/0 → pipe:[…]). */
function danglingTarget(absolute: string): string | undefined {
  try {
    if (!lstatSync(absolute).isSymbolicLink()) return undefined;
    return realPath(resolve(dirname(absolute), readlinkSync(absolute)));
  } catch {
    return undefined;
  }
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
const CHUNK = 64 * 1024;

/**
 * Checks where `path` leads without reading it: the real path when it is a
 * regular file inside `options.root`, else the refusal. The first half of
 * {@link readGuarded}; exported for callers that need only to know.
 */
export function locateGuarded(path: string, options: GuardOptions): { ok: true; realPath: string; size: number } | RefusedFile {
  const shown = `'${excerpt(options.shown ?? path)}'`;
  const what = `${KIND_NAMES[options.kind]} ${shown}`;
  const refuse = (refusal: Refusal, reason: string): RefusedFile => ({ ok: false, refusal, reason });
  if (path === '' || path.includes('\0')) return refuse('missing', `${what} is not a file path`);
  const absolute = resolve(path);
  const root = realPath(options.root);
  // "As written" with the folders above resolved (/tmp may itself be a link, as on macOS); the file itself is not followed yet.
  const lexicalInside = isInside(resolve(options.root), absolute) || isInside(root, join(realPath(dirname(absolute)), basename(absolute)));
  const outside = (): RefusedFile => refuse('outside', `${what} leads outside the repository being checked${lexicalInside ? ' through a symbolic link' : ''}, so it is not read; use a file inside the repository`);
  // A path that leaves the repository as written is refused before anything about it is looked up.
  if (!lexicalInside) return outside();
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch (error) {
    const why = code(error);
    if (why === 'ELOOP') return refuse('loop', `${what} is a symbolic link that leads in a circle (a link loop), so it is not read`);
    if (why === 'ENOENT' || why === 'ENOTDIR') {
      const target = danglingTarget(absolute);
      if (target !== undefined && !isInside(root, target)) return outside();
      return refuse('missing', `${what} does not exist`);
    }
    return refuse('unreadable', `${what} cannot be read (${why})`);
  }
  if (!isInside(root, real)) return outside();
  let stats: Stats;
  try {
    stats = statSync(real);
  } catch (error) {
    return refuse('unreadable', `${what} cannot be read (${code(error)})`);
  }
  if (!stats.isFile()) {
    const it = whatItIs(stats);
    return refuse(it.refusal, `${what} is ${it.words}, so it is not read`);
  }
  return { ok: true, realPath: real, size: stats.size };
}

/**
 * Reads a file under the guards of the file comment: its bytes, or why it
 * was not read. Never throws.
 */
export function readGuarded(path: string, options: GuardOptions): GuardedFile | RefusedFile {
  const located = locateGuarded(path, options);
  if (!located.ok) return located;
  const limit = options.maxBytes ?? MAX_BYTES[options.kind];
  const what = `${KIND_NAMES[options.kind]} '${excerpt(options.shown ?? path)}'`;
  const tooLarge = (size: number): RefusedFile => ({
    ok: false,
    refusal: 'too-large',
    reason: `${what} is ${formatSize(size)}; the limit is ${formatSize(limit)}, so it is not read`,
  });
  let fd: number | undefined;
  try {
    fd = openSync(located.realPath, OPEN_FLAGS);
    // The checks again, on what was opened: the path may have been swapped since.
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      const it = whatItIs(stats);
      return { ok: false, refusal: it.refusal, reason: `${what} is ${it.words}, so it is not read` };
    }
    if (stats.size > limit) return tooLarge(stats.size);
    // Read at most limit + 1 bytes, whatever the size said: one byte over is enough to refuse.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(CHUNK, limit + 1 - total);
      if (want <= 0) break;
      const chunk = Buffer.allocUnsafe(want);
      const n = readSync(fd, chunk, 0, want, null);
      if (n === 0) break;
      chunks.push(n === want ? chunk : chunk.subarray(0, n));
      total += n;
    }
    if (total > limit) return tooLarge(total);
    return { ok: true, bytes: Buffer.concat(chunks, total), realPath: located.realPath };
  } catch (error) {
    const why = code(error);
    if (why === 'ELOOP') return { ok: false, refusal: 'loop', reason: `${what} is a symbolic link, swapped in while it was being opened, so it is not read` };
    if (why === 'EISDIR') return { ok: false, refusal: 'folder', reason: `${what} is a folder, not a file, so it is not read` };
    return { ok: false, refusal: 'unreadable', reason: `${what} cannot be read (${why})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads a text file under the guards: its text (UTF-8, a leading byte-order
 * mark kept for the caller to drop), or why it was not read. A file holding
 * NUL bytes is refused as binary.
 */
export function readGuardedText(path: string, options: GuardOptions): { ok: true; text: string; realPath: string } | RefusedFile {
  const read = readGuarded(path, options);
  if (!read.ok) return read;
  if (read.bytes.includes(0)) {
    return { ok: false, refusal: 'unreadable', reason: `${KIND_NAMES[options.kind]} '${excerpt(options.shown ?? path)}' is not text (it looks binary), so it is not read` };
  }
  return { ok: true, text: read.bytes.toString('utf8'), realPath: read.realPath };
}

/**
 * Checks a folder the same way (rules folders): its real path when it is a
 * folder inside `root`, else why not, naming it `what` ("the rules folder").
 */
export function locateFolder(path: string, root: string, what: string, shown: string = path): { ok: true; realPath: string } | RefusedFile {
  const named = `${what} '${excerpt(shown)}'`;
  const absolute = resolve(path);
  const realRoot = realPath(root);
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch (error) {
    const why = code(error);
    if (why === 'ELOOP') return { ok: false, refusal: 'loop', reason: `${named} is a symbolic link that leads in a circle (a link loop), so it is not read` };
    if (why === 'ENOENT' || why === 'ENOTDIR') return { ok: false, refusal: 'missing', reason: `${named} does not exist` };
    return { ok: false, refusal: 'unreadable', reason: `${named} cannot be read (${why})` };
  }
  if (!isInside(realRoot, real)) {
    const through = isInside(realRoot, absolute) || isInside(resolve(root), absolute) ? ' through a symbolic link' : '';
    return { ok: false, refusal: 'outside', reason: `${named} leads outside the repository being checked${through}, so it is not read; use a path inside the repository` };
  }
  try {
    if (!statSync(real).isDirectory()) return { ok: false, refusal: 'special', reason: `${named} is not a folder` };
  } catch (error) {
    return { ok: false, refusal: 'unreadable', reason: `${named} cannot be read (${code(error)})` };
  }
  return { ok: true, realPath: real };
}
