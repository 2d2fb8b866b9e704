/**
 * @file The `json` formatter: one object on standard output, exactly the shape
 * of contract §11, plus a few documented extra fields (endLine, endColumn,
 * kind, severity, trace, allowed; summary info/allowed/errors; `shard` for
 * a `--shard` run). The text is
 * passed through `safeText(…, 'json')`: every string keeps its exact value
 * for the script that parses it, but control characters, C1 controls, bidi
 * overrides and `##[` are written as `\u` escapes, so printing the report
 * (`cat report.json` in a CI log) cannot drive a terminal or the runner. Pure.
 */

import { safeText } from '../text/safe.js';
import type { CheckReport, ClaimResult, FactUse, FileResult, Finding, ShownRange, Summary } from '../types.js';
import { defineFormat } from './format.js';

/** Numbers rounded to 10 significant digits, so floating-point noise does not reach users' diffs. */
function tidy(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  return Number(x.toPrecision(10));
}

function range(r: ShownRange): { low: number | null; high: number | null; unit: string } {
  return { low: tidy(r.low), high: tidy(r.high), unit: r.unit };
}

function claimJson(c: ClaimResult): Record<string, unknown> {
  return {
    name: c.name,
    verdict: c.verdict,
    gross: c.gross,
    ...(c.computed ? { computed: range(c.computed) } : {}),
    ...(c.stated ? { stated: { text: c.stated.text, ...range(c.stated) } } : {}),
    message: c.message,
    line: c.line,
    column: c.column,
    endLine: c.endLine,
    endColumn: c.endColumn,
    severity: c.severity,
    ...(c.kind ? { kind: c.kind } : {}),
    ...(c.allowed !== undefined ? { allowed: c.allowed } : {}),
    ...(c.trace ? { trace: c.trace } : {}),
  };
}

function findingJson(f: Finding): Record<string, unknown> {
  return {
    kind: f.kind,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...definedFields(f, OPTIONAL_FINDING_FIELDS),
  };
}

/** A finding's optional fields in the JSON report, in their order. */
const OPTIONAL_FINDING_FIELDS = ['claim', 'actual', 'expected', 'note', 'hint', 'url'] as const;

/** A file's optional fields in the JSON report, in their order: written here, read back by read-json.ts. */
export const OPTIONAL_FILE_FIELDS = ['title', 'article', 'articles', 'coverage'] as const;

/** The fields of `from` named in `keys` that are set, in the order of `keys`. */
export function definedFields<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (from[key] !== undefined) out[key] = from[key];
  return out;
}

/**
 * Writes a file's object as `nested(fileObject, depth)` would, its claims,
 * findings and facts one item at a time: a file of 10,000 claims is never
 * one copy of itself as JSON objects and one string.
 */
function putFile(f: FileResult, sharded: boolean, depth: number, put: (text: string) => void): void {
  const pad = '  '.repeat(depth + 1);
  let first = true;
  const key = (name: string): void => {
    put(`${first ? '{' : ','}\n${pad}${JSON.stringify(name)}: `);
    first = false;
  };
  key('path');
  put(nested(f.path, depth + 1));
  for (const [name, value] of Object.entries(definedFields(f, OPTIONAL_FILE_FIELDS))) {
    key(name);
    put(nested(value, depth + 1));
  }
  key('claims');
  putArray(f.claims, claimJson, depth + 1, put);
  key('findings');
  putArray(f.findings, findingJson, depth + 1, put);
  if (f.facts !== undefined) {
    key('facts');
    putArray(f.facts, (u) => factJson(u, sharded), depth + 1, put);
  }
  put(`\n${'  '.repeat(depth)}}`);
}

/** Writes `items` as the array `nested(items.map(toJson), depth)` would be, one item at a time. */
function putArray<T>(items: readonly T[], toJson: (item: T) => unknown, depth: number, put: (text: string) => void): void {
  if (items.length === 0) {
    put('[]');
    return;
  }
  const pad = '  '.repeat(depth + 1);
  items.forEach((item, i) => put(`${i === 0 ? '[' : ','}\n${pad}${nested(toJson(item), depth + 1)}`));
  put(`\n${'  '.repeat(depth)}]`);
}

/**
 * A shared fact as the file uses it (README, "JSON output"). The SI set and
 * the span's end stay internal — except in a `--shard` run's report, where
 * `claimcheck merge` needs them to compare the facts of every part.
 */
function factJson(u: FactUse, sharded: boolean): Record<string, unknown> {
  return {
    fact: u.fact,
    input: u.input,
    value: u.value,
    file: u.span.file,
    line: u.span.line,
    column: u.span.column,
    ...(u.origin !== undefined ? { origin: u.origin } : {}),
    ...(u.source !== undefined ? { source: u.source } : {}),
    ...(u.url !== undefined ? { url: u.url } : {}),
    ...(u.asOf !== undefined ? { asOf: u.asOf } : {}),
    ...(u.maxAge !== undefined ? { maxAge: u.maxAge } : {}),
    ...(u.ageDays !== undefined ? { ageDays: u.ageDays, ageOn: u.ageOn } : {}),
    ...(u.stale !== undefined ? { stale: u.stale } : {}),
    cumulative: u.cumulative,
    usedBy: u.usedBy,
    ...(sharded ? { endLine: u.span.endLine, endColumn: u.span.endColumn, ...(u.si !== undefined ? { si: u.si } : {}) } : {}),
  };
}

export function formatJson(report: CheckReport): string {
  const parts: string[] = [];
  const writer = jsonReportWriter((text) => parts.push(text), { sharded: report.shard !== undefined });
  for (const file of report.files) writer.file(file);
  writer.end(report.summary, report.conflicts, report.shard);
  return parts.join('');
}

/** How many characters the JSON writer gathers before it writes them. */
const CHUNK = 65536;

/** `value` as `JSON.stringify(value, null, 2)` writes it `depth` levels down in a larger document. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * The JSON report written a file at a time, for a run that does not hold the
 * whole report (`checkEach`): `file` for each file in order, then `end`. The
 * pieces joined are byte for byte what {@link formatJson} gives — the layout
 * of `JSON.stringify(report, null, 2)` — so a script cannot tell them apart.
 */
export function jsonReportWriter(
  write: (text: string) => void,
  { sharded = false }: { sharded?: boolean } = {},
): { file(result: FileResult): void; end(summary: Summary, conflicts?: CheckReport['conflicts'], shard?: CheckReport['shard']): void } {
  let files = 0;
  // Pieces are gathered and written in chunks of about 64 KB (a file's claims
  // come one by one), and whatever is gathered at the end of each file.
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    // A piece never ends inside a string or inside "##[", so escaping chunk by chunk is escaping the whole.
    write(safeText(text, 'json'));
  };
  const put = (text: string): void => {
    pending.push(text);
    size += text.length;
    if (size >= CHUNK) flush();
  };
  // Nothing is written before the first file or the end: a run that cannot start writes nothing.
  const HEAD = '{\n  "version": 1,\n  "files": [';
  return {
    file(result) {
      put(`${files === 0 ? HEAD : ','}\n    `);
      putFile(result, sharded, 2, put);
      files++;
      flush();
    },
    end(summary, conflicts, shard) {
      if (files === 0) put(HEAD);
      const totals = {
        pass: summary.pass, warn: summary.warn, fail: summary.fail, error: summary.error, warnings: summary.warnings,
        info: summary.info, allowed: summary.allowed, errors: summary.errors,
      };
      // Only a `--shard` run's report says which part it is (for `claimcheck merge`).
      const part = shard !== undefined ? `,\n  "shard": ${nested({ index: shard.index, count: shard.count, total: shard.total }, 1)}` : '';
      put(`${files === 0 ? ']' : '\n  ]'},\n  "summary": ${nested(totals, 1)}${conflicts !== undefined ? `,\n  "conflicts": ${nested(conflicts, 1)}` : ''}${part}\n}\n`);
      flush();
    },
  };
}

/** `--format json` (registered by scripts/formats.mjs). */
export const format = defineFormat({
  name: 'json',
  extension: 'json',
  description: 'One JSON object: the whole report, for scripts (contract §11).',
  order: 2,
  options: [],
  needs: [],
  streams: true,
  write: (report) => formatJson(report),
});
