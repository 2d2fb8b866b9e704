/**
 * @file The rule for input and claim names: a Latin letter, then Latin
 * letters, digits or `_`. Explains a bad name in plain words, and points out
 * letters from other scripts that look like Latin ones (a Cyrillic 'а' in
 * "rаte" makes two names that look the same but are not).
 *
 * Pure: no I/O, no state.
 */

import { phrase } from '../findings/interpolate.js';
import type { PhraseRef } from '../types.js';

/** A valid name. */
export const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Letters from other scripts that look like Latin ones: the look-alike → the Latin letter. */
const LOOK_ALIKES: ReadonlyMap<string, { latin: string; script: string }> = new Map(
  (
    [
      // Cyrillic
      ['а', 'a', 'Cyrillic'], ['е', 'e', 'Cyrillic'], ['о', 'o', 'Cyrillic'], ['р', 'p', 'Cyrillic'],
      ['с', 'c', 'Cyrillic'], ['у', 'y', 'Cyrillic'], ['х', 'x', 'Cyrillic'], ['і', 'i', 'Cyrillic'],
      ['ј', 'j', 'Cyrillic'], ['ѕ', 's', 'Cyrillic'], ['ԁ', 'd', 'Cyrillic'], ['ԛ', 'q', 'Cyrillic'],
      ['ԝ', 'w', 'Cyrillic'], ['һ', 'h', 'Cyrillic'], ['ӏ', 'l', 'Cyrillic'],
      ['А', 'A', 'Cyrillic'], ['В', 'B', 'Cyrillic'], ['Е', 'E', 'Cyrillic'], ['К', 'K', 'Cyrillic'],
      ['М', 'M', 'Cyrillic'], ['Н', 'H', 'Cyrillic'], ['О', 'O', 'Cyrillic'], ['Р', 'P', 'Cyrillic'],
      ['С', 'C', 'Cyrillic'], ['Т', 'T', 'Cyrillic'], ['Х', 'X', 'Cyrillic'], ['І', 'I', 'Cyrillic'],
      ['Ј', 'J', 'Cyrillic'], ['Ѕ', 'S', 'Cyrillic'],
      // Greek
      ['ο', 'o', 'Greek'], ['α', 'a', 'Greek'], ['ν', 'v', 'Greek'], ['ι', 'i', 'Greek'], ['κ', 'k', 'Greek'],
      ['Α', 'A', 'Greek'], ['Β', 'B', 'Greek'], ['Ε', 'E', 'Greek'], ['Ζ', 'Z', 'Greek'], ['Η', 'H', 'Greek'],
      ['Ι', 'I', 'Greek'], ['Κ', 'K', 'Greek'], ['Μ', 'M', 'Greek'], ['Ν', 'N', 'Greek'], ['Ο', 'O', 'Greek'],
      ['Ρ', 'P', 'Greek'], ['Τ', 'T', 'Greek'], ['Υ', 'Y', 'Greek'], ['Χ', 'X', 'Greek'],
    ] as const
  ).map(([c, latin, script]) => [c, { latin, script }]),
);

/**
 * The first letter of `text` from another script that looks like a Latin
 * one, with its place (a UTF-16 offset), or `undefined` when there is none.
 */
export function findLookAlike(text: string): { index: number; char: string; latin: string; script: string } | undefined {
  let index = 0;
  for (const char of text) {
    const look = LOOK_ALIKES.get(char);
    if (look !== undefined) return { index, char, ...look };
    index += char.length;
  }
  return undefined;
}

/** The code point of a character, as "U+0430". */
export function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why `name` is not a valid name (a phrase with its data), or `undefined`
 * when it is. `what` says what it names.
 */
export function nameProblem(name: string, what: 'input' | 'claim'): PhraseRef | undefined {
  if (NAME_PATTERN.test(name)) return undefined;
  const shown = name.length > 60 ? `${name.slice(0, 60)}…` : name;
  const kind = phrase(what === 'input' ? 'name-kind-input' : 'name-kind-claim');
  for (const ch of name) {
    const look = LOOK_ALIKES.get(ch);
    if (look !== undefined) return phrase('name-look-alike', { kind, name: shown, script: look.script, char: ch, code: codePoint(ch), latin: look.latin });
  }
  for (const ch of name) {
    if ((ch.codePointAt(0) ?? 0) > 0x7f) return phrase('name-not-latin', { kind, name: shown, char: ch, code: codePoint(ch) });
  }
  if (name === '') return phrase('name-empty', { kind });
  if (!/^[A-Za-z]/.test(name)) return phrase('name-start', { kind, name: shown });
  const bad = /[^A-Za-z0-9_]/.exec(name)?.[0] ?? '?';
  const fixed = name.replace(/[^A-Za-z0-9_]+/g, '_');
  return phrase('name-characters', { kind, name: shown, bad: bad === ' ' ? phrase('name-a-space') : `'${bad}'`, example: fixed });
}
