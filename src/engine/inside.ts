/**
 * @file Keeps the folders a claims file names (`rules:`, a `rules/` folder
 * beside it) inside the repository being checked (contract §10). The
 * repository and the path comparisons are in src/io/repository.ts; every
 * file read goes through src/io/read-guarded.ts.
 *
 * Reads the file system (stat, realpath); never reads file contents. Never throws.
 */

import { resolve } from 'node:path';
import { excerpt } from '../io/excerpt.js';
import { phrase } from '../findings/interpolate.js';
import type { MessageValue, PhraseRef } from '../types.js';
import { isInside, realPath } from '../io/repository.js';

export { isInside, realPath, repositoryOf, repositoryRoot } from '../io/repository.js';

/**
 * Why `path` (resolved against `from`) may not be read — it leaves the
 * repository `root`, directly or through a symbolic link — or `undefined`
 * when it stays inside. `what` names it in the message (a phrase such as
 * `folder-kind-rules`, "the rules folder").
 */
export function outsideReason(what: MessageValue, path: string, from: string, root: string): PhraseRef | undefined {
  const lexical = resolve(from, path);
  if (!isInside(root, realPath(lexical))) {
    const folder = phrase('file-named', { kind: what, path: excerpt(path) });
    return phrase(isInside(root, lexical) ? 'refused-folder-outside-link' : 'refused-folder-outside', { what: folder });
  }
  return undefined;
}
