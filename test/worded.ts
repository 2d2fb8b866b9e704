// Stages report what is wrong as phrases of rules/checks.yaml with their data
// (src/findings/interpolate.ts); these helpers word them with the default
// rules, as a report does, so unit tests can compare the sentences a user reads.
import { messageText } from '../src/findings/index.js';
import { loadDefaultRules } from '../src/rules/index.js';
import type { MessageData, MessageValue } from '../src/types.js';

/** A message value as the default rules write it. */
export function worded(value: MessageValue | undefined): string {
  return messageText(value, loadDefaultRules().phrases);
}

/** Every value of a problem's data as the default rules write it. */
export function wordedData(data: MessageData): Record<string, string> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, worded(value)]));
}
