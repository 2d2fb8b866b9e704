/**
 * @file The default rule tables, parsed at build time. scripts/build.mjs runs
 * {@link embedTables} on the package's `rules/*.yaml` and defines the result
 * as `CLAIMCHECK_DEFAULT_RULES` in the bundle, so a run does not parse four
 * YAML files at every start. `rules/` stays the source of truth: the bundle
 * keeps the texts it was built from, and `./index.ts` uses the parsed tables
 * only while the files on disk still hold those texts (otherwise it parses
 * them, as the source tree always does). Pure: no I/O.
 */

import { join } from 'node:path';
import type { Span } from '../types.js';
import { emptyTables, parseTable, TABLE_NAMES, type PartialTables, type TableName } from './tables.js';

/** The JSON the build embeds: each table file's text (null when absent) and the tables parsed from them. */
export interface EmbeddedRules {
  texts: Record<TableName, string | null>;
  /** {@link PartialTables} with every Map as an array of entries and every Set as an array. */
  tables: Record<string, unknown>;
  /**
   * The tables that hold spans (rows that name their place in a rules file):
   * only these are copied to put the real path in; the others are used as
   * they are (an older build's JSON without the list has every table copied).
   */
  spanTables?: string[];
}

/** Span files in the embedded tables name the table file this way; {@link tablesFromEmbedded} puts the real path back. */
const FILE_MARK = '\u0000rules/';

/** Parses the default tables' texts for embedding. Throws when they have a problem (the build must not ship broken rules). */
export function embedTables(texts: Record<TableName, string | null>): EmbeddedRules {
  const tables = emptyTables();
  for (const name of TABLE_NAMES) {
    const text = texts[name];
    if (text === null) continue;
    const problems = parseTable(name, text, `${FILE_MARK}${name}.yaml`, tables);
    if (problems.length > 0) throw new Error(`rules/${name}.yaml: ${JSON.stringify(problems[0])}`);
  }
  const json: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tables)) json[key] = value instanceof Map || value instanceof Set ? [...value] : value;
  const parsed = JSON.parse(JSON.stringify(json)) as Record<string, unknown>;
  const spanTables = Object.keys(parsed).filter((key) => holdsSpan(parsed[key]));
  return { texts, tables: parsed, spanTables };
}

/** Whether a JSON value holds a `span` key anywhere. */
function holdsSpan(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(holdsSpan);
  return Object.entries(value).some(([k, v]) => k === 'span' || holdsSpan(v));
}

/** The tables {@link embedTables} parsed, with spans naming the files in `dir` (the default rules folder). */
export function tablesFromEmbedded(embedded: EmbeddedRules, dir: string): PartialTables {
  const tables = emptyTables() as unknown as Record<string, unknown>;
  const fix = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map(fix);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === 'span' ? fixSpan(v as Span) : fix(v);
    return out;
  };
  const fixSpan = (span: Span): Span => (span.file.startsWith(FILE_MARK) ? { ...span, file: join(dir, span.file.slice(FILE_MARK.length)) } : span);
  // Rows without a span are shared, not copied: rows are never changed in place (see ./index.ts).
  const spanTables = embedded.spanTables === undefined ? undefined : new Set(embedded.spanTables);
  for (const [key, value] of Object.entries(embedded.tables)) {
    const empty = tables[key];
    if (empty instanceof Map && spanTables !== undefined && !spanTables.has(key)) tables[key] = new Map(value as [string, unknown][]);
    else if (empty instanceof Map) tables[key] = new Map((value as [string, unknown][]).map(([k, v]) => [k, fix(v)]));
    else if (empty instanceof Set) tables[key] = new Set(value as string[]);
    else tables[key] = value;
  }
  return tables as unknown as PartialTables;
}
