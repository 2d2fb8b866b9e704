/**
 * @file The one way a message quotes text read from a file: a short,
 * escaped excerpt. A file that failed to parse may hold anything — a
 * process's whole environment, megabytes on one line, NULs, terminal escape
 * sequences — so a message never shows more than {@link MAX_EXCERPT}
 * characters of it, and shows control characters (NUL, newlines, ESC, C1,
 * DEL) and invisible direction marks as escapes (`\0`, `\n`, `\x1b`,
 * `\u202e`). Pure.
 */

/** The most characters of a file's text a message shows. */
export const MAX_EXCERPT = 80;

const NAMED: Readonly<Record<string, string>> = { '\0': '\\0', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Control characters, DEL, C1, and the bidirectional and zero-width marks that reorder or hide text. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/gu;

function escapeOne(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every unsafe character escaped, whatever its length. */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * Every quoted text ("…", or '…' without spaces: an apostrophe in a
 * sentence is not a quote) in a message shortened to an excerpt of at
 * most {@link MAX_EXCERPT} characters, and every unsafe character escaped:
 * for messages that quote a file's text among words of their own.
 */
export function clipQuotes(message: string): string {
  let out = '';
  let last = 0;
  for (const match of message.matchAll(/"([^"]*)"|'([^'\s]*)'/g)) {
    const [whole, double, single] = match;
    const inner = double ?? single ?? '';
    const mark = double !== undefined ? '"' : "'";
    out += escapeUnsafe(message.slice(last, match.index));
    out += inner.length <= MAX_EXCERPT ? escapeUnsafe(whole) : `${mark}${excerpt(inner)}${mark} (${inner.length} characters)`;
    last = match.index + whole.length;
  }
  return out + escapeUnsafe(message.slice(last));
}

/**
 * `text` made safe to quote in a message: unsafe characters escaped, and at
 * most `max` characters (escapes count at their escaped length), ending
 * with `…` when shortened. Never splits an escape or a surrogate pair.
 */
export function excerpt(text: string, max: number = MAX_EXCERPT): string {
  const pieces: string[] = [];
  let length = 0;
  for (const ch of text) {
    const piece = ch.replace(UNSAFE, escapeOne);
    pieces.push(piece);
    length += piece.length;
    // Stop early on huge texts: only whether it fits matters past this point.
    if (length > max) break;
  }
  if (length <= max) return pieces.join('');
  let out = '';
  for (const piece of pieces) {
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}
