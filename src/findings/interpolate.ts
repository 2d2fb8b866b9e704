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
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? valueText(data[name]!, phrases, depth) : whole,
  );
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
