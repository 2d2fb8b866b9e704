/**
 * @file Reading an article from disk — the one module of the bind stage that
 * does I/O; the engine's `check()` creates a reader per claims file and
 * passes it to the pure `checkClaimsText`.
 *
 * Article paths are untrusted (claims files arrive in pull requests): a path
 * is resolved relative to the claims file and must stay inside the
 * repository being checked — the nearest folder above the claims file that
 * holds `.git`, or else the claims file's own folder — both as written and
 * after symbolic links are resolved. Only regular text files up to
 * {@link MAX_ARTICLE_BYTES} are read. A refusal's reason names the path as
 * written and never includes anything read from the file.
 */

import { closeSync, existsSync, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The largest article read, in bytes. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** An article's text, or why it cannot be read. */
export type ArticleRead = { text: string } | { problem: string };

/** Reads the article an `article:` entry names (the path as written in the claims file). */
export type ReadArticle = (articlePath: string) => ArticleRead;

/** The repository a claims file belongs to: the nearest ancestor folder holding `.git`, else the file's folder. */
export function repositoryRoot(claimsFile: string): string {
  const start = dirname(resolve(claimsFile));
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * A reader for the articles of one claims file.
 *
 * @param claimsFile the claims file's path (absolute, or relative to the working directory)
 * @param root the repository root (default: {@link repositoryRoot})
 */
export function createArticleReader(claimsFile: string, root: string = repositoryRoot(claimsFile)): ReadArticle {
  const base = dirname(resolve(claimsFile));
  return (articlePath) => {
    const read = readInsideRepository(articlePath, base, root, 'article', MAX_ARTICLE_BYTES);
    return 'problem' in read ? read : { text: read.text };
  };
}

/**
 * Reads a file a claims file names (an article, a facts file): the one place
 * such paths are confined to the repository and read with a size limit.
 * `what` names the file in refusals ("article", "facts file").
 *
 * @returns the text and the file's real path, or why it cannot be read
 */
export function readInsideRepository(path: string, base: string, root: string, what: string, maxBytes: number): { text: string; real: string } | { problem: string } {
  const shown = JSON.stringify(path.length > 120 ? `${path.slice(0, 120)}…` : path);
  if (path.trim() === '' || path.includes('\0')) return { problem: `the ${what} path ${shown} is not a file path` };
  const outside = { problem: `the ${what} ${shown} is outside the repository being checked; ${what} paths must name a file inside it (relative to ${what === 'article' ? 'the claims file' : 'the file that names it'})` };
  const target = resolve(base, path);
  if (!inside(root, target)) return outside;
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? `the ${what} ${shown} does not exist` : `the ${what} ${shown} cannot be read (${code ?? 'error'})` };
  }
  if (!inside(realRoot, real)) return outside;
  let fd: number | undefined;
  try {
    if (!statSync(real).isFile()) return { problem: `the ${what} ${shown} is not a file` };
    fd = openSync(real, 'r');
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { problem: `the ${what} ${shown} is larger than ${maxBytes / 1024 / 1024} MB` };
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const bytes = buffer.subarray(0, read);
    if (bytes.includes(0)) return { problem: `the ${what} ${shown} is not text (it looks binary)` };
    return { text: bytes.toString('utf8'), real };
  } catch (error) {
    return { problem: `the ${what} ${shown} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
