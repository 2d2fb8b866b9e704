/**
 * @file Fills `{name}` placeholders in a message template, as ESLint's
 * interpolate does. Pure. A placeholder with no data is left as written, so a
 * missing value shows up in tests instead of vanishing.
 */

import type { MessageData } from '../types.js';

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Replaces every `{name}` in `template` with `data[name]`. */
export function interpolate(template: string, data: MessageData): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
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
