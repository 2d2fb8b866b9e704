/**
 * @file The formatters, by name. Each is `(report, options) => string`: no
 * I/O, no environment, no exit codes (ESLint's formatters).
 */

export { formatJson } from './json.js';
export { formatPretty, type PrettyOptions } from './pretty.js';

export const FORMAT_NAMES = ['pretty', 'json'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
