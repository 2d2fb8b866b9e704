/**
 * @file Keeps the files a claims file names (`rules:`, `article:`) inside the
 * repository being checked (contract §10): a claims file arrives in a pull
 * request and runs next to CI secrets, so `rules: /etc`, `article:
 * ../../../etc/passwd`, `/proc/self/environ` or a symbolic link that points
 * out of the repository must never be read.
 *
 * The repository is the nearest folder above the claims file that holds
 * `.git`; without one, the working directory when the claims file is inside
 * it, else the claims file's own folder. Paths are compared after resolving
 * symbolic links (realpath), so a link inside the repository that points out
 * of it counts as outside.
 *
 * Reads the file system (stat, realpath); never reads file contents. Never throws.
 */

import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The real path of `path`, or of its nearest existing ancestor joined with the rest (for paths that do not exist yet). */
export function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    if (parent === absolute) return absolute;
    return join(realPath(parent), absolute.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
  }
}

/** The root of the repository a claims file belongs to (a real path); see the file comment. */
export function repositoryRoot(claimsFile: string, cwd: string = process.cwd()): string {
  const folder = realPath(dirname(resolve(cwd, claimsFile)));
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) break;
  }
  const realCwd = realPath(cwd);
  return isInside(realCwd, folder) ? realCwd : folder;
}

/** True when `target` (a real path) is `root` or inside it. */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Why `path` (resolved against `from`) may not be read — it leaves the
 * repository `root`, directly or through a symbolic link — or `undefined`
 * when it stays inside. `what` names it in the message ("the rules folder").
 */
export function outsideReason(what: string, path: string, from: string, root: string): string | undefined {
  const lexical = resolve(from, path);
  if (!isInside(root, realPath(lexical))) {
    const how = isInside(root, lexical) ? ' through a symbolic link' : '';
    return `${what} '${path}' leads outside the repository being checked${how}, so it is not read; use a path inside the repository`;
  }
  return undefined;
}
