/**
 * @file Fills `{name}` placeholders in a message template, as ESLint's
 * interpolate does. Pure. A placeholder with no data is left as written, so a
 * missing value shows up in tests instead of vanishing. A value that is a
 * phrase (`{ phrase, data }`) is written from its own template in `phrases`
 * first, so "did you mean" and the judge's reasons are data too.
 */

import type { MessageData, MessageValue, PhraseId, PhraseRef } from '../types.js';

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Phrases nest (a phrase's data may hold another); deeper than this is a loop in the data. */
const MAX_NESTING = 8;

/** Replaces every `{name}` in `template` with `data[name]`, writing phrase values from `phrases`. */
export function interpolate(template: string, data: MessageData, phrases?: ReadonlyMap<string, string>): string {
  return fill(template, data, phrases, 0);
}

function fill(template: string, data: MessageData, phrases: ReadonlyMap<string, string> | undefined, depth: number): string {
  const parts = partsOf(template);
  if (parts.length === 1) return template;
  const out = new Array<string>(parts.length);
  out[0] = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out[i] = Object.prototype.hasOwnProperty.call(data, name) ? valueText(data[name]!, phrases, depth) : `{${name}}`;
    out[i + 1] = parts[i + 1]!;
  }
  // Joined, not concatenated: one flat string, not a chain of pieces that a report holds until it is written.
  return out.join('');
}

/** Templates already split, by text: a run writes the same few dozen templates thousands of times. */
const splitTemplates = new Map<string, readonly string[]>();
/** Distinct templates remembered at most (they come from the rules; past this the memory starts again). */
const MAX_TEMPLATES = 1024;

/**
 * A template split at its placeholders: text, name, text, …, text (the
 * names at odd places). Filling it is about five times quicker than a
 * `replace` with a callback per placeholder, which every message and every
 * reason of the judge went through.
 */
function partsOf(template: string): readonly string[] {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    const split: string[] = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      split.push(template.slice(last, match.index), match[1]!);
      last = match.index + match[0].length;
    }
    split.push(template.slice(last));
    parts = split;
    if (splitTemplates.size >= MAX_TEMPLATES) splitTemplates.clear();
    splitTemplates.set(template, parts);
  }
  return parts;
}

function valueText(value: MessageValue, phrases: ReadonlyMap<string, string> | undefined, depth: number): string {
  if (typeof value !== 'object') return String(value);
  const template = phrases?.get(value.phrase);
  // Without the table (or too deep) the id shows, as an unfilled placeholder does.
  if (template === undefined || depth >= MAX_NESTING) return `{${value.phrase}}`;
  return fill(template, value.data, phrases, depth + 1);
}

/** The text of one message value: a phrase written from `phrases`, anything else as it is. */
export function messageText(value: MessageValue | undefined, phrases?: ReadonlyMap<string, string>): string {
  return value === undefined ? '' : valueText(value, phrases, 0);
}

/** A phrase of `rules/checks.yaml` by id, to be filled with `data` when the message is written. */
export function phrase(id: PhraseId, data: MessageData = {}): PhraseRef {
  return { phrase: id, data };
}

/** The placeholder names a template uses, in order of first use. */
export function placeholders(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
