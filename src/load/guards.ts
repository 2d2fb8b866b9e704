/**
 * @file Checks made before a claims file is composed, so hostile input ends
 * with one problem instead of a crash or a hang: the size limit, binary
 * content, and nesting depth (the YAML composer recurses once per level, and
 * at a few thousand levels it can exhaust the stack or the heap).
 *
 * Pure: no I/O. Never throws.
 */

import type { CST } from 'yaml';
import { phrase } from '../findings/interpolate.js';
import type { MessageValue } from '../types.js';
import { formatSize, formatSizeOver } from '../text/size.js';

/**
 * The largest claims file read by default, in bytes of UTF-8: 5 MB, about
 * 35,000 claims with quotes. `--max-file-size` and the configuration's
 * `max_file_size` change it.
 */
export const MAX_BYTES = 5 * 1024 * 1024;

/** Facts files keep their own, smaller limit. */
export const MAX_FACTS_BYTES = 2 * 1024 * 1024;

/** The deepest nesting of lists and mappings accepted (a real claims file needs five or six). */
export const MAX_DEPTH = 100;

/** The reason a file is larger than `limit` bytes, or `undefined` when it is within it. */
export function sizeProblem(text: string, limit: number = MAX_BYTES): MessageValue | undefined {
  // A UTF-16 code unit is 1–3 bytes of UTF-8: only count bytes when it matters.
  if (text.length * 3 <= limit) return undefined;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= limit) return undefined;
  return phrase('claims-too-large', { size: formatSizeOver(bytes, limit), limit: formatSize(limit) });
}

/**
 * A size as written by a user (`--max-file-size`, `max_file_size:`) in
 * bytes: "10 MB", "10MB", "512 KB", "1.5 GB", the short forms "500k", "10M",
 * "1G" (and "KiB", "MiB", "GiB"; a kilobyte is 1,024 bytes either way),
 * "20000 B" or "20000 bytes", or a bare number of megabytes ("10").
 * Case does not matter. `undefined` when it is not a size or not above zero.
 */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|(b|bytes?))?\s*$/i.exec(text);
  if (!match) return undefined;
  const scale = match[3] !== undefined ? 1 : { k: 1024, m: 1024 * 1024, g: 1024 * 1024 * 1024 }[(match[2] ?? 'm').toLowerCase() as 'k' | 'm' | 'g'];
  const bytes = Math.round(Number(match[1]) * scale);
  return bytes > 0 ? bytes : undefined;
}

/** A character {@link looksBinary} counts: U+FFFD, a control character other than tab, LF and CR, or DEL. */
const ODD_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;

/**
 * True when the text looks binary: it holds a NUL character, or replacement
 * characters (U+FFFD, left by decoding bytes that are not UTF-8) and other
 * control characters make up at least 1% of it (and number at least 4).
 */
export function looksBinary(text: string): boolean {
  // One native scan settles ordinary text (nearly every file): nothing odd in it at all.
  if (!ODD_CHARACTER.test(text)) return false;
  if (text.includes('\u0000')) return true;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) odd++;
  }
  return odd >= 4 && odd >= text.length / 100;
}

/**
 * The offset of the first token nested deeper than `MAX_DEPTH` lists and
 * mappings in the parsed token tree, or `undefined` when none is. Walks the
 * tree with an explicit stack, so it cannot itself overflow. `depth`: how
 * many lists and mappings the tokens sit in (0 for a whole file's tokens;
 * the items of a top-level key's mapping sit in 2).
 */
export function tooDeepAt(tokens: readonly CST.Token[], depth = 0): number | undefined {
  const stack: Array<[CST.Token, number]> = tokens.map((t): [CST.Token, number] => [t, depth]);
  stack.reverse();
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [CST.Token, number];
    switch (token.type) {
      case 'document':
        if (token.value) stack.push([token.value, depth]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const inner = depth + 1;
        if (inner > MAX_DEPTH) return token.offset;
        for (let i = token.items.length - 1; i >= 0; i--) {
          const item = token.items[i] as CST.CollectionItem;
          if (item.value) stack.push([item.value, inner]);
          if (item.key) stack.push([item.key, inner]);
        }
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}
