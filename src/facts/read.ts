/**
 * @file The facts files' reading port for `check()`: paths resolved relative
 * to the file that names them and read through the same guarded reader as
 * articles (`readInsideRepository` over src/io/read-guarded.ts: repository
 * confinement after symbolic links, regular files only, the facts files'
 * size limit, no binary). The only I/O of the
 * facts stage.
 */

import { dirname, relative, resolve } from 'node:path';
import { readInsideRepository } from '../bind/read-article.js';
import { MAX_BYTES } from '../io/read-guarded.js';
import type { ReadFacts } from './import.js';

/** The largest facts file read, in bytes: the guarded reader's limit for facts files. */
export const MAX_FACTS_BYTES = MAX_BYTES.facts;

/**
 * A reader for the facts files of one claims file.
 *
 * @param claimsFile the claims file's absolute path
 * @param root the repository root (a real path)
 * @param cwd where shown paths are relative to
 */
export function createFactsReader(claimsFile: string, root: string, cwd: string): ReadFacts {
  return (path, from) => {
    const base = dirname(from ?? claimsFile);
    const read = readInsideRepository(path, base, root, 'facts', MAX_FACTS_BYTES);
    if ('problem' in read) return read;
    const lexical = resolve(base, path);
    const rel = relative(cwd, lexical);
    const shown = rel === '' || rel.startsWith('..') ? lexical : rel;
    return { text: read.text, id: read.real, shown };
  };
}
