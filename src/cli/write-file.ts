/**
 * @file Writes a file atomically: the text goes to a temporary file in the
 * same folder, which is then renamed over the target, so a reader (a CI
 * upload step, an editor) never sees a half-written file and a failed
 * write leaves the old file as it was. Creates missing folders, as eslint
 * `-o` and vitest `--outputFile` do (never through a link leading out of
 * the project). I/O only.
 *
 * - `overwrite: false` (what `claimcheck init` uses without `--force`) never
 *   replaces an existing file, even one created between the check and the
 *   write: the temporary file is hard-linked to the target name, which fails
 *   if the name exists.
 * - A symbolic link at the target is never followed out of the target's
 *   folder: a link to a file elsewhere is refused; a link within the folder
 *   is written through (its target file is replaced atomically).
 * - The temporary file is created exclusively (`wx`), so a planted file or
 *   link at its name is never written through.
 */

import { linkSync, lstatSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { WordedError } from '../engine/errors.js';
import { phrase } from '../findings/interpolate.js';
import type { MessageValue, PhraseId } from '../types.js';

/**
 * node:crypto's random bytes, loaded on the first write: loading node:crypto
 * costs a few milliseconds of every start, and a check that writes no file
 * never needs it.
 */
function randomBytes(size: number): Buffer {
  nodeCrypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return nodeCrypto.randomBytes(size);
}

let nodeCrypto: typeof import('node:crypto') | undefined;

/** Why a file was not written (the CLI exits 2 with this message). */
/** A write refused to keep a file safe; its words are a phrase with data (src/engine/errors.ts). */
export class WriteRefused extends WordedError {
  override readonly name = 'WriteRefused';
}

/** The file system's codes a journalist can act on, in words; the code itself stays in brackets for a search. */
const WRITE_ERRORS: Readonly<Record<string, PhraseId>> = {
  ENOTDIR: 'write-not-a-folder',
  EEXIST: 'write-not-a-folder',
  EACCES: 'write-permission',
  EPERM: 'write-permission',
  EISDIR: 'write-is-folder',
  ENOSPC: 'write-disk-full',
  EROFS: 'write-read-only',
};

/**
 * Why a write failed, for the message "cannot write FILE: …": "a file stands
 * where its path needs a folder (EEXIST)" for `-o notes.txt/report.json`,
 * where it said only "EEXIST"; the bare code (or the error's message) for
 * the rest. A WriteRefused error is never passed here (its words say why).
 */
export function writeFailure(error: unknown): MessageValue {
  const code = (error as NodeJS.ErrnoException).code;
  const id = code !== undefined ? WRITE_ERRORS[code] : undefined;
  if (id !== undefined) return phrase(id, { code: code! });
  return code ?? (error as Error).message;
}

export interface WriteOptions {
  /** Replace an existing file (`--force`). Default false: an existing file is left alone and WriteRefused is thrown. */
  overwrite?: boolean;
  /**
   * The project folder. A target inside it must stay inside it once links
   * are followed: `-o out/report.json` is refused when `out` is a link that
   * leads elsewhere.
   */
  root?: string;
}

/**
 * Writes `text` to `path` (UTF-8) through a temporary file and a rename.
 * Throws WriteRefused for an existing file (with `overwrite: false`) or a
 * link out of the folder, and the file system's error otherwise.
 */
export function writeFileAtomic(path: string, text: string, options: WriteOptions = {}): void {
  const overwrite = options.overwrite ?? false;
  let target = resolve(path);
  // Links first, then the missing folders: a folder made through a link that leads out would already be outside.
  if (options.root !== undefined) refuseLinkedFolderOut(path, target, options.root);
  mkdirSync(dirname(target), { recursive: true });
  const existing = lstatOrUndefined(target);
  if (existing && !overwrite) throw new WriteRefused(phrase('write-exists', { file: path }));
  if (existing?.isSymbolicLink()) {
    const folder = realpathSync(dirname(target));
    let real: string;
    try {
      real = realpathSync(target);
    } catch {
      throw new WriteRefused(phrase('write-dangling-link', { file: path }));
    }
    const rel = relative(folder, real);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new WriteRefused(phrase('write-link-out', { file: path }));
    target = real;
  } else if (existing && !existing.isFile()) {
    throw new WriteRefused(phrase('write-not-regular', { file: path }));
  }
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
    if (overwrite) renameSync(temp, target);
    else {
      try {
        linkSync(temp, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new WriteRefused(phrase('write-exists', { file: path }));
        // A file system without hard links: check once more, then rename.
        if (lstatOrUndefined(target)) throw new WriteRefused(phrase('write-exists', { file: path }));
        renameSync(temp, target);
        return;
      }
      rmSync(temp, { force: true });
    }
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Refuses a target lexically inside `root` whose real folder, links followed,
 * is outside it. A folder not made yet is judged by its nearest existing
 * parent, which is where it would be made.
 */
function refuseLinkedFolderOut(shown: string, target: string, root: string): void {
  const inside = (parent: string, child: string): boolean => {
    const rel = relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  const lexicalRoot = resolve(root);
  if (!inside(lexicalRoot, dirname(target))) return;
  let existing = dirname(target);
  while (lstatOrUndefined(existing) === undefined && dirname(existing) !== existing) existing = dirname(existing);
  if (!inside(realpathSync(lexicalRoot), realpathSync(existing))) {
    throw new WriteRefused(phrase('write-folder-link-out', { file: shown }));
  }
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
