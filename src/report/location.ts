/**
 * @file Paths as machine formats want them: POSIX separators, no leading
 * `./`, and repo-relative when a file lies under the working directory.
 * Pure: path arithmetic only, no file system.
 */

import { isAbsolute, relative } from 'node:path';

/**
 * A report path for CI tools: relative to `cwd` when it is absolute and lies
 * under it, with `/` separators and no leading `./`. Paths outside `cwd` stay
 * absolute.
 */
export function posixPath(file: string, cwd?: string): string {
  let path = file;
  if (cwd !== undefined && isAbsolute(path)) {
    const rel = relative(cwd, path);
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) path = rel;
  }
  path = path.replace(/\\/g, '/');
  while (path.startsWith('./')) path = path.slice(2);
  return path;
}
