/**
 * @file Reading an article from disk — the one module of the bind stage that
 * does I/O; the engine's `check()` creates a reader per claims file and
 * passes it to the pure `checkClaimsText`.
 *
 * Article paths are untrusted (claims files arrive in pull requests): a path
 * is resolved relative to the claims file and must stay inside the
 * repository being checked — the nearest folder above the claims file that
 * holds `.git`, or else the claims file's own folder — both as written and
 * after symbolic links are resolved. Reading goes through the guarded reader
 * (src/io/read-guarded.ts): only regular text files up to
 * {@link MAX_ARTICLE_BYTES} are read. A refusal's reason names the path as
 * written and never includes anything read from the file.
 */

import { dirname, resolve } from 'node:path';
import { nearPath } from '../io/near-path.js';
import { excerpt } from '../io/excerpt.js';
import { MAX_BYTES, readGuardedText } from '../io/read-guarded.js';
import { phrase } from '../findings/interpolate.js';
import type { MessageValue } from '../types.js';

/** The largest article read, in bytes. */
export const MAX_ARTICLE_BYTES = MAX_BYTES.article;

/** An article's text, or why it cannot be read. */
export type ArticleRead = { text: string } | { problem: MessageValue };

/** Reads the article an `article:` entry names (the path as written in the claims file). */
export type ReadArticle = (articlePath: string) => ArticleRead;

/**
 * A reader for the articles of one claims file.
 *
 * @param claimsFile the claims file's path (absolute, or relative to the working directory)
 * @param root the repository root, from src/io/repository.ts: articles must stay inside it
 */
export function createArticleReader(claimsFile: string, root: string): ReadArticle {
  const base = dirname(resolve(claimsFile));
  return (articlePath) => {
    const read = readInsideRepository(articlePath, base, root, 'article', MAX_ARTICLE_BYTES);
    return 'problem' in read ? read : { text: read.text };
  };
}

/**
 * Reads a file a claims file names (an article, a facts file) through the
 * guarded reader (src/io/read-guarded.ts): resolved against `base`, confined
 * to `root` after symbolic links, a regular text file of at most `maxBytes`.
 * `kind` picks the size limit and how refusals name the file.
 *
 * @returns the text and the file's real path, or why it cannot be read (a phrase with its data)
 */
export function readInsideRepository(path: string, base: string, root: string, kind: 'article' | 'facts', maxBytes: number): { text: string; real: string } | { problem: MessageValue } {
  if (path.trim() === '' || path.includes('\0')) return { problem: phrase('named-not-a-path', refusedNames(path, kind)) };
  const read = readGuardedText(resolve(base, path), { kind, root, shown: path, maxBytes });
  if (read.ok) return { text: read.text, real: read.realPath };
  // How a refusal names the file, worked out only for a refusal: most files are read.
  const { what, path: shown } = refusedNames(path, kind);
  switch (read.refusal) {
    case 'outside':
      return { problem: phrase(kind === 'article' ? 'named-article-outside' : 'named-facts-outside', { what, path: shown }) };
    case 'missing':
      return { problem: phrase('named-missing', { what, path: shown, suggestion: nearPath(path, base, root) }) };
    default:
      return { problem: read.reason };
  }
}

/** How a refusal names a file: what it is, and its path as written (escaped and shortened, in quotes). */
function refusedNames(path: string, kind: 'article' | 'facts'): { what: MessageValue; path: string } {
  return { what: phrase(kind === 'article' ? 'named-article' : 'named-facts'), path: JSON.stringify(excerpt(path, 120)) };
}
