/**
 * @file A guess at the path meant when one given does not exist: the name in
 * its folder one or two letters away ("claim.yaml" for "claims.yaml",
 * "storys/" for "stories/"), as a did-you-mean phrase. Reads the folder only
 * on that error path; never reads a file.
 */

import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { suggest } from '../text/suggest.js';
import type { MessageValue } from '../types.js';
import { excerpt } from './excerpt.js';
import { isInside, realPath } from './repository.js';

/**
 * " — did you mean 'claims.yaml'?" for a path that does not exist when its
 * folder holds a name one or two letters away ("claim.yaml", "storys/");
 * the empty string when none is close or the folder does not exist either.
 * Hidden entries are offered only for a hidden name. With `root` (a path a
 * file names, not one the user typed), only a folder whose real path is
 * inside `root` is read.
 */
export function nearPath(path: string, cwd: string, root?: string): MessageValue {
  const trimmed = path.replace(/[\\/]+$/u, '');
  const name = basename(trimmed);
  const folder = dirname(trimmed);
  // A path a claims file names may come from anyone (a pull request): no name from outside the repository is offered.
  if (root !== undefined && !isInside(root, realPath(resolve(cwd, folder)))) return '';
  let names: string[];
  try {
    names = readdirSync(resolve(cwd, folder)).filter((entry) => !entry.startsWith('.') || name.startsWith('.'));
  } catch {
    return '';
  }
  const best = suggest(name, names);
  if (best === undefined) return '';
  const shown = (folder === '.' && !trimmed.startsWith('.') ? best : join(folder, best)) + (trimmed !== path ? path.slice(trimmed.length) : '');
  return { phrase: 'did-you-mean', data: { name: excerpt(shown) } };
}
