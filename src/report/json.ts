/**
 * @file The `json` formatter: one object on standard output, exactly the shape
 * of contract §11, plus a few documented extra fields (endLine, endColumn,
 * kind, severity, trace, allowed; summary info/allowed/errors; `shard` for
 * a `--shard` run; `claimcheck`, the release that wrote it). The text is
 * passed through `safeText(…, 'json')`: every string keeps its exact value
 * for the script that parses it, but control characters, C1 controls, bidi
 * overrides and `##[` are written as `\u` escapes, so printing the report
 * (`cat report.json` in a CI log) cannot drive a terminal or the runner. Pure.
 */

import { safeText } from '../text/safe.js';
import type { CheckReport, ClaimResult, FactUse, FileResult, Finding, ShownRange, Summary } from '../types.js';
import { defineFormat } from './format.js';

/** Powers of ten written out, each exact as a double: `10 ** k` is left to the engine's `pow`. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * Numbers rounded to 10 significant digits, so floating-point noise does not
 * reach users' diffs: `Number(x.toPrecision(10))`, which makes a string and
 * reads it back (a report of 10,000 claims does it 34,000 times). Most
 * values already have 10 digits or fewer (0.175, 18.5, 1200), and for those
 * the answer is `x` itself: when `m / 10^k === x` for a whole `m` of at most
 * ten digits, `x` is the double nearest the decimal `m·10^-k`, which lies on
 * the ten-digit grid, and `x` is far closer to it (half a unit in the last
 * place, about 1e-16 of `x`) than to any other point of that grid (1e-10
 * of `x` apart), so `toPrecision(10)` writes that decimal and reading it
 * gives `x` back. Every other value takes the string route.
 * (-0 comes back as 0, as the string route gives it.)
 */
export function tidy(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  if (x === 0) return 0;
  const k = 9 - Math.floor(Math.log10(x < 0 ? -x : x));
  if (k >= 0 && k <= 22) {
    const scale = POWERS_OF_TEN[k]!;
    const m = Math.round(x * scale);
    if (m < 1e10 && m > -1e10 && m / scale === x) return x;
  }
  return Number(x.toPrecision(10));
}

function range(r: ShownRange): { low: number | null; high: number | null; unit: string } {
  return { low: tidy(r.low), high: tidy(r.high), unit: r.unit };
}

/**
 * A claim's object. Optional fields are written as `undefined` when absent,
 * which `JSON.stringify` leaves out: one object shape for every claim, no
 * spread copies.
 */
function claimJson(c: ClaimResult): Record<string, unknown> {
  return {
    name: c.name,
    verdict: c.verdict,
    gross: c.gross,
    computed: c.computed ? range(c.computed) : undefined,
    stated: c.stated ? { text: c.stated.text, low: tidy(c.stated.low), high: tidy(c.stated.high), unit: c.stated.unit } : undefined,
    message: c.message,
    line: c.line,
    column: c.column,
    endLine: c.endLine,
    endColumn: c.endColumn,
    severity: c.severity,
    kind: c.kind ? c.kind : undefined,
    allowed: c.allowed,
    trace: c.trace ? c.trace : undefined,
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

/**
 * Items stringified together: enough to make each call pay (8 or more do),
 * few enough that a batch of claims with traces stays near 30 KB (the
 * writer passes a batch on as soon as its pieces reach 16 KB).
 */
const BATCH = 32;

/**
 * Writes `items` as the array `nested(items.map(toJson), depth)` would be, a
 * batch of items at a time. Each batch is stringified in one call, wrapped
 * `depth` arrays deep so that `JSON.stringify` itself indents it as it
 * stands in the document (re-indenting each item's text afterwards took as
 * long as stringifying it); the wrapping is then cut off.
 *
 * Each batch is put as one piece cut from that text, never joined to
 * another: `JSON.stringify` gives a text in parts, which the cut copies into
 * one string, and a comma joined onto that (or the piece joined with others)
 * was a second copy of the batch (a report of 10,000 claims is 8.8 M
 * characters, two bytes each once one "≤" is in a batch). After the first
 * batch a 0 stands first in it, so that its text holds the comma before the
 * batch's first item where the piece is cut.
 */
function putArray<T>(items: readonly T[], toJson: (item: T) => unknown, depth: number, put: (text: string) => void): void {
  if (items.length === 0) {
    put('[]');
    return;
  }
  // The wrapping arrays' text: `[\n  ` … before the batch, `\n  ]` … after it.
  let before = 0;
  let after = 0;
  for (let level = 0; level < depth; level++) {
    before += 2 + 2 * (level + 1);
    after += 2 + 2 * level;
  }
  const close = 2 + 2 * depth; // `\n` + indent + `]` after the batch's last item
  // `[`, `\n`, the items' indent and the 0 before the comma that a later batch's piece starts with.
  const lead = 3 + 2 * (depth + 1);
  for (let start = 0; start < items.length; start += BATCH) {
    const batch: unknown[] = start === 0 ? [] : [0];
    for (let i = start; i < Math.min(items.length, start + BATCH); i++) batch.push(toJson(items[i] as T));
    let wrapped: unknown = batch;
    for (let level = 0; level < depth; level++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    // The batch's own text runs from its `[` (the first batch's piece starts there, a later one's at
    // the comma after the 0) to the `]` that closes it; only the last batch closes the array.
    const last = start + BATCH >= items.length;
    put(text.slice(start === 0 ? before : before + lead, text.length - after - (last ? 0 : close)));
  }
}

/**
 * A shared fact as the file uses it (README, "JSON output"). The SI set and
 * the span's end stay internal — except in a `--shard` run's report, where
 * `claimcheck merge` needs them to compare the facts of every part.
 */
function factJson(u: FactUse, sharded: boolean): Record<string, unknown> {
  // Absent fields are `undefined`, which JSON.stringify leaves out (one shape, no spread copies).
  const aged = u.ageDays !== undefined;
  return {
    fact: u.fact,
    input: u.input,
    value: u.value,
    file: u.span.file,
    line: u.span.line,
    column: u.span.column,
    origin: u.origin,
    source: u.source,
    url: u.url,
    asOf: u.asOf,
    maxAge: u.maxAge,
    ageDays: u.ageDays,
    ageOn: aged ? u.ageOn : undefined,
    stale: u.stale,
    cumulative: u.cumulative,
    usedBy: u.usedBy,
    endLine: sharded ? u.span.endLine : undefined,
    endColumn: sharded ? u.span.endColumn : undefined,
    si: sharded ? u.si : undefined,
  };
}

/**
 * The whole report as JSON. `version`: the claimcheck release writing it,
 * written as `claimcheck` after the format's `version` (left out when not
 * given, as by a library caller that does not pass it).
 */
export function formatJson(report: CheckReport, { version }: { version?: string } = {}): string {
  const parts: string[] = [];
  const writer = jsonReportWriter((text) => parts.push(text), { sharded: report.shard !== undefined, ...(version !== undefined ? { version } : {}) });
  for (const file of report.files) writer.file(file);
  writer.end(report.summary, report.conflicts, report.shard);
  return parts.join('');
}

/**
 * How many characters the JSON writer gathers before it writes them. Kept
 * well below V8's large-object size (128 KB: 64 K characters of a report
 * with a "≤" in it): a larger piece, and the escaped copy and the bytes made
 * of it, each took pages of their own outside the young generation (10,000
 * claims: peak RSS −3.5 MB with 16 K instead of 64 K characters; the
 * writes are still few: 8.8 MB in 315, most of them a batch of claims).
 */
const CHUNK = 16384;

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
  { sharded = false, version }: { sharded?: boolean; version?: string } = {},
): { file(result: FileResult): void; end(summary: Summary, conflicts?: CheckReport['conflicts'], shard?: CheckReport['shard']): void } {
  let files = 0;
  // Small pieces are gathered and written in chunks of about 16 K characters, a piece of
  // that size or more (a batch of items) alone, and whatever is gathered at the end of each file.
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
    // A piece as large as a chunk (a batch of claims) is written as it is, after what was gathered
    // before it: joined with the pieces around it, it was copied once more.
    if (text.length >= CHUNK) {
      flush();
      write(safeText(text, 'json'));
      return;
    }
    pending.push(text);
    size += text.length;
    if (size >= CHUNK) flush();
  };
  // Nothing is written before the first file or the end: a run that cannot start writes nothing.
  // The claimcheck release that wrote it stands next to the format's version (README, "JSON output"):
  // `claimcheck merge` refuses parts of different releases.
  const HEAD = `{\n  "version": 1,${version !== undefined ? `\n  "claimcheck": ${JSON.stringify(version)},` : ''}\n  "files": [`;
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
  options: ['version'],
  needs: [],
  streams: true,
  write: (report, o = {}) => formatJson(report, o.version !== undefined ? { version: o.version } : {}),
});
