/**
 * @file Decodes the bytes of a claims file as UTF-8, strictly. A file that is
 * not valid UTF-8 (Latin-1 or Windows-1252 text, UTF-16, binary data) is not
 * read with replacement characters — which would silently change names and
 * quotes — but refused with one positioned problem: the first bad byte.
 * A leading byte-order mark is accepted and dropped.
 *
 * Pure: works on bytes already read; no I/O. Never throws.
 */

import { looksBinary } from '../load/guards.js';
import type { Problem } from '../types.js';
import { startOfFile } from '../text/span.js';

const STRICT = new TextDecoder('utf-8', { fatal: true });
const LENIENT = new TextDecoder('utf-8');

/**
 * The text of a claims file, or the problem that keeps it from being read
 * (`yaml-syntax`, at the first byte that is not UTF-8). `path` is the file
 * name spans carry.
 */
export function decodeClaimsBytes(bytes: Uint8Array, path: string): { text: string } | { problem: Problem } {
  try {
    return { text: STRICT.decode(bytes) };
  } catch {
    // Falls through: find and describe the first bad byte.
  }
  const at = firstInvalidUtf8(bytes);
  const offset = at < 0 ? 0 : at;
  const start = startOfFile(path);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { kind: 'yaml-syntax', data: { reason: { phrase: 'file-utf16', data: {} } }, span: start } };
  }
  if (looksBinary(LENIENT.decode(bytes))) {
    return { problem: { kind: 'yaml-syntax', data: { reason: { phrase: 'file-binary', data: {} } }, span: start } };
  }
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  const line = countNewlines(bytes, lineStart) + 1;
  const column = LENIENT.decode(bytes.subarray(lineStart, offset)).replace(/^\uFEFF/, '').length + 1;
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    problem: {
      kind: 'yaml-syntax',
      data: { reason: { phrase: 'file-not-utf8', data: { byte: `0x${byte}` } } },
      span: { file: path, line, column, endLine: line, endColumn: column + 1 },
    },
  };
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

/**
 * The offset of the first byte that does not belong to a valid UTF-8
 * sequence (overlong forms, surrogates and values above U+10FFFF are
 * invalid), or -1 when every byte does.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f; // nothing above U+10FFFF
    } else return i;
    const first = bytes[i + 1];
    if (first === undefined || first < min || first > max) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
