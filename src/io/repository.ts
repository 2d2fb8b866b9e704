/**
 * @file What "the repository being checked" is, and whether a path stays in
 * it (contract §10). A claims file arrives in a pull request and runs next to
 * CI secrets, so anything it leads claimcheck to read — rules, articles,
 * facts, configuration — must stay inside the repository, also after
 * symbolic links are followed.
 *
 * The repository of a file is the nearest folder above it that holds `.git`;
 * without one, the working directory when the file is inside it, else the
 * file's own folder. Paths are compared after resolving symbolic links
 * (realpath), so a link inside the repository that points out of it counts as
 * outside.
 *
 * Reads the file system (stat, realpath); never reads file contents. Never throws.
 */

import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The real path of an existing `path`, from the system's realpath(3): one
 * call where Node's own `realpathSync` looks up every folder of the path
 * with a call of its own (a check resolves some fifty paths: about 1 ms of
 * every start). Throws as `realpathSync` does, with the same error codes
 * (ENOENT, ENOTDIR, ELOOP).
 */
export const realpathOf: (path: string) => string = realpathSync.native;

/** The real path of `path`, or of its nearest existing ancestor joined with the rest (for paths that do not exist yet). */
export function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathOf(absolute);
  } catch {
    const parent = dirname(absolute);
    if (parent === absolute) return absolute;
    return join(realPath(parent), absolute.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
  }
}

/** Where a file's repository is, and how it was found. */
export interface Repository {
  /** The repository's folder, as a real path. */
  root: string;
  /**
   * How `root` was found: `git` (a folder holding `.git`), `cwd` (the working
   * directory, which holds the file) or `folder` (the file's own folder: the
   * file is in no repository and outside the working directory).
   */
  found: 'git' | 'cwd' | 'folder';
}

/**
 * The repository `file` belongs to; see the file comment. The folders are
 * walked up **as written** (then the root found is resolved): a file
 * reached through a linked folder (`docs/x/… ` where `docs/x → /elsewhere`)
 * belongs to the repository it was reached from, so its real path, which is
 * elsewhere, is outside it.
 */
export function repositoryOf(file: string, cwd: string): Repository {
  const lexical = dirname(resolve(cwd, file));
  for (let dir = lexical; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return { root: realPath(dir), found: 'git' };
    if (dirname(dir) === dir) break;
  }
  const folder = realPath(lexical);
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return { root: dir, found: 'git' };
    if (dirname(dir) === dir) break;
  }
  const realCwd = realPath(cwd);
  if (isInside(resolve(cwd), lexical) || isInside(realCwd, folder)) return { root: realCwd, found: 'cwd' };
  return { root: folder, found: 'folder' };
}

/** The root of the repository `file` belongs to (a real path); see the file comment. */
export function repositoryRoot(file: string, cwd: string): string {
  return repositoryOf(file, cwd).root;
}

/** True when `target` is `root` or inside it (both absolute; compare real paths for links to count). */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
