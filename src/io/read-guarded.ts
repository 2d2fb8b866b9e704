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
 * A refusal is data — a phrase of `rules/checks.yaml` by id, naming the file
 * as the caller shows it, never anything read from it — worded where it is
 * shown, with the rules in force (this reader reads the rules folders
 * themselves, so it cannot word anything). Reads the file system; never throws.
 */

import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { excerpt } from './excerpt.js';
import { formatSize, formatSizeOver } from '../text/size.js';
import { phrase } from '../findings/interpolate.js';
import type { MessageValue, PhraseId, PhraseRef } from '../types.js';
import { isInside, realPath, realpathOf } from './repository.js';

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

/** The phrase (in `rules/checks.yaml`) that names a file of each kind in messages. */
export const KIND_NAMES: Readonly<Record<FileKind, PhraseId>> = {
  claims: 'file-kind-claims',
  article: 'file-kind-article',
  facts: 'file-kind-facts',
  config: 'file-kind-config',
  'package.json': 'file-kind-package',
  rules: 'file-kind-rules',
  report: 'file-kind-report',
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

/** A file that was not read, and why: a phrase with its data, worded where it is shown. */
export interface RefusedFile {
  ok: false;
  refusal: Refusal;
  reason: PhraseRef;
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

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? 'error';
}

/** What a non-regular file is, in plain words. */
function whatItIs(stats: Stats): { refusal: 'folder' | 'special'; id: PhraseId } {
  if (stats.isDirectory()) return { refusal: 'folder', id: 'refused-folder' };
  if (stats.isFIFO()) return { refusal: 'special', id: 'refused-fifo' };
  if (stats.isSocket()) return { refusal: 'special', id: 'refused-socket' };
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return { refusal: 'special', id: 'refused-device' };
  return { refusal: 'special', id: 'refused-not-regular' };
}

/** How a refusal names the file: its kind's phrase and the path as the caller shows it (escaped, shortened). */
function named(kind: MessageValue, shown: string): PhraseRef {
  return phrase('file-named', { kind, path: excerpt(shown) });
}

function refused(refusal: Refusal, id: PhraseId, what: PhraseRef, data: Record<string, MessageValue> = {}): RefusedFile {
  return { ok: false, refusal, reason: phrase(id, { what, ...data }) };
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

/** Where reads after the first land before they are copied out (most files end at the first). */
const scratch = Buffer.allocUnsafe(CHUNK);

/**
 * Checks where `path` leads without reading it: the real path when it is a
 * regular file inside `options.root`, else the refusal. The first half of
 * {@link readGuarded}; exported for callers that need only to know.
 */
export function locateGuarded(path: string, options: GuardOptions): { ok: true; realPath: string; size: number } | RefusedFile {
  const what = named(phrase(KIND_NAMES[options.kind]), options.shown ?? path);
  if (path === '' || path.includes('\0')) return refused('missing', 'refused-not-a-path', what);
  const absolute = resolve(path);
  const root = realPath(options.root);
  // "As written" with the folders above resolved (/tmp may itself be a link, as on macOS); the file itself is not followed yet.
  const lexicalInside = isInside(resolve(options.root), absolute) || isInside(root, join(realPath(dirname(absolute)), basename(absolute)));
  const outside = (): RefusedFile => refused('outside', lexicalInside ? 'refused-outside-link' : 'refused-outside', what);
  // A path that leaves the repository as written is refused before anything about it is looked up.
  if (!lexicalInside) return outside();
  let real: string;
  try {
    real = realpathOf(absolute);
  } catch (error) {
    const why = code(error);
    if (why === 'ELOOP') return refused('loop', 'refused-loop', what);
    if (why === 'ENOENT' || why === 'ENOTDIR') {
      const target = danglingTarget(absolute);
      if (target !== undefined && !isInside(root, target)) return outside();
      return refused('missing', 'refused-missing', what);
    }
    return refused('unreadable', 'refused-unreadable', what, { code: why });
  }
  if (!isInside(root, real)) return outside();
  let stats: Stats;
  try {
    stats = statSync(real);
  } catch (error) {
    return refused('unreadable', 'refused-unreadable', what, { code: code(error) });
  }
  if (!stats.isFile()) {
    const it = whatItIs(stats);
    return refused(it.refusal, 'refused-is', what, { it: phrase(it.id) });
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
  const what = named(phrase(KIND_NAMES[options.kind]), options.shown ?? path);
  const tooLarge = (size: number): RefusedFile => refused('too-large', 'refused-too-large', what, { size: formatSizeOver(size, limit), limit: formatSize(limit) });
  let fd: number | undefined;
  try {
    fd = openSync(located.realPath, OPEN_FLAGS);
    // The checks again, on what was opened: the path may have been swapped since.
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      const it = whatItIs(stats);
      return refused(it.refusal, 'refused-is', what, { it: phrase(it.id) });
    }
    if (stats.size > limit) return tooLarge(stats.size);
    // Read at most limit + 1 bytes, whatever the size said: one byte over is enough to refuse.
    // The first read asks for the size said and one byte more (one call for a
    // file that does not change); the file may have grown since, so reading
    // goes on, a chunk at a time, until its end.
    const first = Buffer.allocUnsafe(Math.max(1, Math.min(stats.size, limit) + 1));
    let total = readSync(fd, first, 0, first.length, null);
    const chunks: Buffer[] = [first.subarray(0, total)];
    while (total <= limit) {
      const n = readSync(fd, scratch, 0, Math.min(CHUNK, limit + 1 - total), null);
      if (n === 0) break;
      chunks.push(Buffer.from(scratch.subarray(0, n)));
      total += n;
    }
    if (total > limit) return tooLarge(total);
    return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total), realPath: located.realPath };
  } catch (error) {
    const why = code(error);
    if (why === 'ELOOP') return refused('loop', 'refused-swapped-link', what);
    if (why === 'EISDIR') return refused('folder', 'refused-is', what, { it: phrase('refused-folder') });
    return refused('unreadable', 'refused-unreadable', what, { code: why });
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
    return refused('unreadable', 'refused-binary', named(phrase(KIND_NAMES[options.kind]), options.shown ?? path));
  }
  return { ok: true, text: read.bytes.toString('utf8'), realPath: read.realPath };
}

/**
 * Checks a folder the same way (rules folders): its real path when it is a
 * folder inside `root`, else why not, naming it `what` (a phrase such as
 * `folder-kind-rules`, "the rules folder").
 */
export function locateFolder(path: string, root: string, what: MessageValue, shown: string = path): { ok: true; realPath: string } | RefusedFile {
  const folder = named(what, shown);
  const absolute = resolve(path);
  const realRoot = realPath(root);
  let real: string;
  try {
    real = realpathOf(absolute);
  } catch (error) {
    const why = code(error);
    if (why === 'ELOOP') return refused('loop', 'refused-loop', folder);
    if (why === 'ENOENT' || why === 'ENOTDIR') return refused('missing', 'refused-missing', folder);
    return refused('unreadable', 'refused-unreadable', folder, { code: why });
  }
  if (!isInside(realRoot, real)) {
    const through = isInside(realRoot, absolute) || isInside(resolve(root), absolute);
    return refused('outside', through ? 'refused-folder-outside-link' : 'refused-folder-outside', folder);
  }
  try {
    if (!statSync(real).isDirectory()) return refused('special', 'refused-not-folder', folder);
  } catch (error) {
    return refused('unreadable', 'refused-unreadable', folder, { code: code(error) });
  }
  return { ok: true, realPath: real };
}
