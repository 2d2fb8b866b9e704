/**
 * @file Reads back a report the `json` formatter wrote (./json.ts), for
 * `claimcheck merge`. The text may come from anywhere (a CI artifact anyone
 * could have replaced), so its whole shape is checked before any of it is
 * used: each problem names the place in the file (line:column) and what
 * should be there. What it gives back is the `CheckReport` the formatters
 * take, as the run that wrote it had it — except what the JSON does not
 * carry: the HTML report's `view`, and (but from a `--shard` run) the SI
 * values of shared facts and where their values end.
 * Pure: text in, report or problems out.
 */

import { LineCounter, parseDocument, isNode, type Node } from 'yaml';
import type { CheckReport, ClaimResult, FactConflict, FactUse, FileResult, Finding, MessageValue, ShownRange, Trace } from '../types.js';
import { phrase } from '../findings/interpolate.js';
import { definedFields, OPTIONAL_FILE_FIELDS } from './json.js';

/** What a value must be; `?` after a field name in an object shape marks it optional. */
type Shape =
  | 'string'
  | 'integer'
  | 'number-or-null'
  | 'boolean'
  | { oneOf: readonly (string | number)[] }
  | { arrayOf: Shape }
  | { numbersBy: 'name' }
  | { fields: Readonly<Record<string, Shape>> };

const SPAN = { line: 'integer', column: 'integer', endLine: 'integer', endColumn: 'integer' } as const;
const RANGE = { 'low': 'number-or-null', 'high': 'number-or-null', 'unit': 'string' } as const;
const SEVERITY = { oneOf: ['error', 'warning', 'info'] } as const;
const STRINGS = { arrayOf: 'string' } as const;

const CLAIM: Shape = {
  fields: {
    name: 'string', verdict: { oneOf: ['pass', 'warn', 'fail', 'error', 'info'] }, gross: 'boolean',
    'computed?': { fields: RANGE }, 'stated?': { fields: { text: 'string', ...RANGE } },
    message: 'string', ...SPAN, severity: SEVERITY, 'kind?': 'string', 'allowed?': 'string',
    'trace?': { fields: { substituted: 'string', result: 'string', 'admissible?': 'string', why: 'string', 'condition?': 'string' } },
  },
};

const FINDING: Shape = {
  fields: {
    kind: 'string', severity: SEVERITY, message: 'string', file: 'string', ...SPAN,
    'claim?': 'string', 'actual?': 'string', 'expected?': 'string', 'note?': 'string', 'hint?': 'string', 'url?': 'string',
  },
};

const FACT: Shape = {
  fields: {
    fact: 'string', input: 'string', value: 'string', file: 'string', line: 'integer', column: 'integer',
    'origin?': 'string', 'source?': 'string', 'url?': 'string', 'asOf?': 'string', 'maxAge?': 'string',
    'ageDays?': 'integer', 'ageOn?': 'string', 'stale?': 'boolean', cumulative: 'boolean', usedBy: STRINGS,
    // A --shard run's report only: where the value ends, and what it admits in SI units.
    'endLine?': 'integer', 'endColumn?': 'integer',
    'si?': { fields: { low: 'number-or-null', high: 'number-or-null', lowOpen: 'boolean', highOpen: 'boolean', dimension: { numbersBy: 'name' } } },
  },
};

const PLACE: Shape = { fields: { value: 'string', file: 'string', line: 'integer', column: 'integer', 'asOf?': 'string', usedIn: STRINGS } };

const FILE: Shape = {
  fields: {
    path: 'string', 'title?': 'string', 'article?': 'string', 'articles?': STRINGS,
    'coverage?': { fields: { covered: 'integer', total: 'integer' } },
    claims: { arrayOf: CLAIM }, findings: { arrayOf: FINDING }, 'facts?': { arrayOf: FACT },
  },
};

/** The version of the report format this reader reads (the json formatter's `version`). */
const REPORT_VERSION = 1;

const COUNT = 'integer';
const REPORT: Shape = {
  fields: {
    version: { oneOf: [REPORT_VERSION] },
    // The claimcheck release that wrote it; reports of releases before it was added have none.
    'claimcheck?': 'string',
    files: { arrayOf: FILE },
    summary: { fields: { pass: COUNT, warn: COUNT, fail: COUNT, error: COUNT, warnings: COUNT, info: COUNT, allowed: COUNT, errors: COUNT } },
    'conflicts?': { arrayOf: { fields: { fact: 'string', kind: { oneOf: ['contradiction', 'change'] }, a: PLACE, b: PLACE } } },
    'shard?': { fields: { index: 'integer', count: 'integer', total: 'integer' } },
  },
};

/** One thing wrong, at a place in the text: "3:17: files[0].claims[2].line should be a whole number". */
export interface ReportProblem {
  line: number;
  column: number;
  message: MessageValue;
}

/**
 * The report in `text`, or what is wrong with it. `release`: the claimcheck
 * release that wrote it (its `claimcheck` field), absent in a report of a
 * release from before that field.
 */
export function readJsonReport(text: string): { ok: true; report: CheckReport; release?: string } | { ok: false; problems: ReportProblem[] } {
  // What a CI job that failed or was cut short leaves: said as such, not as "not JSON".
  if (text.trim() === '') return { ok: false, problems: [{ line: 1, column: 1, message: phrase('report-empty') }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [endsEarly(text) ? { ...endOf(text), message: phrase('report-cut-off') } : syntaxProblem(text)] };
  }
  const version = typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version !== REPORT_VERSION) {
    return { ok: false, problems: [{ ...positionOf(text, ['version']), message: phrase('report-other-version', { found: version, version: REPORT_VERSION }) }] };
  }
  const wrong = shapeProblem(value, REPORT, []);
  if (wrong !== undefined) return { ok: false, problems: [{ ...positionOf(text, wrong.path), message: wrong.message }] };
  const json = value as JsonReport;
  return { ok: true, report: toReport(json), ...(json.claimcheck !== undefined ? { release: json.claimcheck } : {}) };
}

/**
 * Whether a text that is not JSON is JSON cut off: every bracket or string
 * it opens is still open at the end, and nothing before the end is wrong
 * (no character JSON never has outside a string; a cut `true` is `tr`).
 */
function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    else if (!/[\s,:0-9+\-.eEtruefalsn]/.test(ch)) return false;
    if (depth < 0) return false;
  }
  return inString || depth > 0;
}

/** The line and column just past the last character of `text`. */
function endOf(text: string): { line: number; column: number } {
  const lines = text.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** Where a text that is not JSON goes wrong, as the YAML parser (a JSON superset) finds it. */
function syntaxProblem(text: string): ReportProblem {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'json', uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  // What YAML allows and JSON does not: a raw control character inside a string.
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.exec(text);
  const offset = first !== undefined ? first.pos[0] : control?.index;
  const at = offset !== undefined ? lineCounter.linePos(offset) : { line: 1, col: 1 };
  return { line: at.line, column: at.col, message: phrase('report-not-json') };
}

/** The line and column of the value at `path` (1:1 when it cannot be found). */
function positionOf(text: string, path: readonly (string | number)[]): { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'json' });
  // The deepest part of the path that exists: a missing field is reported at its object.
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && (node as Node).range) {
      const at = lineCounter.linePos((node as Node).range![0]);
      return { line: at.line, column: at.col };
    }
  }
  return { line: 1, column: 1 };
}

/** The first place where `value` is not `shape`, with what should be there. */
function shapeProblem(value: unknown, shape: Shape, path: (string | number)[]): { path: (string | number)[]; message: MessageValue } | undefined {
  const here = (what: MessageValue): { path: (string | number)[]; message: MessageValue } => ({ path, message: phrase('report-should-be', { field: pathText(path), what }) });
  if (shape === 'string') return typeof value === 'string' ? undefined : here(phrase('report-expect-string'));
  if (shape === 'integer') return Number.isSafeInteger(value) ? undefined : here(phrase('report-expect-integer'));
  if (shape === 'number-or-null') return value === null || typeof value === 'number' ? undefined : here(phrase('report-expect-number-or-null'));
  if (shape === 'boolean') return typeof value === 'boolean' ? undefined : here(phrase('schema-expect-boolean'));
  if ('oneOf' in shape) return shape.oneOf.includes(value as string | number) ? undefined : here(phrase('report-expect-one-of', { values: shape.oneOf.map((v) => JSON.stringify(v)).join(', ') }));
  if ('numbersBy' in shape) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return here(phrase('report-expect-object'));
    const bad = Object.entries(value).find(([, n]) => typeof n !== 'number' || !Number.isFinite(n));
    return bad ? { path: [...path, bad[0]], message: phrase('report-should-be', { field: pathText([...path, bad[0]]), what: phrase('schema-expect-number') }) } : undefined;
  }
  if ('arrayOf' in shape) {
    if (!Array.isArray(value)) return here(phrase('schema-expect-list'));
    for (const [i, item] of value.entries()) {
      const wrong = shapeProblem(item, shape.arrayOf, [...path, i]);
      if (wrong) return wrong;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return here(phrase('report-expect-object'));
  const record = value as Record<string, unknown>;
  const known = new Set<string>();
  for (const [key, fieldShape] of Object.entries(shape.fields)) {
    const name = key.endsWith('?') ? key.slice(0, -1) : key;
    known.add(name);
    if (!Object.hasOwn(record, name)) {
      if (key.endsWith('?')) continue;
      return { path, message: phrase('report-lacks', { field: pathText(path), name }) };
    }
    const wrong = shapeProblem(record[name], fieldShape, [...path, name]);
    if (wrong) return wrong;
  }
  const extra = Object.keys(record).find((k) => !known.has(k));
  return extra !== undefined ? { path: [...path, extra], message: phrase('report-extra-field', { field: pathText([...path, extra]) }) } : undefined;
}

/** `files[0].claims[2].line`; `the report` for the whole. */
function pathText(path: readonly (string | number)[]): MessageValue {
  if (path.length === 0) return phrase('report-the-report');
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p.length > 40 ? `${p.slice(0, 40)}…` : p}`)).join('');
}

// What the checked text is, field by field (the json formatter's output).
interface JsonRange { low: number | null; high: number | null; unit: string }
type JsonClaim = Omit<ClaimResult, 'file' | 'computed' | 'stated'> & { computed?: JsonRange; stated?: JsonRange & { text: string } };
type JsonFact = Omit<FactUse, 'span'> & { file: string; line: number; column: number; endLine?: number; endColumn?: number };
interface JsonFile { path: string; title?: string; article?: string; articles?: string[]; coverage?: { covered: number; total: number }; claims: JsonClaim[]; findings: Finding[]; facts?: JsonFact[] }
interface JsonReport { claimcheck?: string; files: JsonFile[]; conflicts?: FactConflict[]; shard?: { index: number; count: number; total: number } }

/** The checked JSON as the formatters' `CheckReport` (its summary is added up again by the caller). */
function toReport(json: JsonReport): CheckReport {
  const files = json.files.map(toFile);
  return {
    version: 1,
    files,
    summary: { pass: 0, warn: 0, fail: 0, error: 0, info: 0, allowed: 0, errors: 0, warnings: 0 },
    ...(json.conflicts !== undefined ? { conflicts: json.conflicts } : {}),
    ...(json.shard !== undefined ? { shard: json.shard } : {}),
  };
}

function toFile(f: JsonFile): FileResult {
  return {
    path: f.path,
    ...definedFields(f, OPTIONAL_FILE_FIELDS),
    claims: f.claims.map((c) => toClaim(c, f.path)),
    findings: f.findings,
    ...(f.facts !== undefined ? { facts: f.facts.map(toFact) } : {}),
  };
}

function toClaim(c: JsonClaim, file: string): ClaimResult {
  const { computed, stated, trace, ...rest } = c;
  return {
    ...rest,
    file,
    ...(computed !== undefined ? { computed: toRange(computed) } : {}),
    ...(stated !== undefined ? { stated: { ...toRange(stated), text: stated.text } } : {}),
    ...(trace !== undefined ? { trace: trace as Trace } : {}),
  };
}

/** The json formatter writes an endless bound as null: below for `low`, above for `high`. */
function toRange(r: JsonRange): ShownRange {
  return { low: r.low ?? -Infinity, high: r.high ?? Infinity, unit: r.unit };
}

function toFact(u: JsonFact): FactUse {
  const { file, line, column, endLine, endColumn, ...rest } = u;
  // Only a --shard run's report writes where a value ends; otherwise the span is the point where it starts.
  return { ...rest, span: { file, line, column, endLine: endLine ?? line, endColumn: endColumn ?? column } };
}
