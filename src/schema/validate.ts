/**
 * @file Validates a claims file against schema/claims.schema.json — the
 * schema editors use — and reports what the schema rejects as positioned
 * `schema` findings worded for people.
 *
 * Which layer reports what: the loader and the later stages know more (they
 * name the input, give an example, suggest a fix), so they speak first; the
 * schema reports only where none of them said anything about the same entry
 * (for example `quote: true`, which the loader reads as the text "true").
 * Each bad entry so gives exactly one finding. Runs only on a file the
 * loader could read (no syntax error, no exploding aliases), on a plain-data
 * copy of it, made in the same walk as the loader's alias and duplicate-key
 * scan (scan.ts) rather than by a second conversion.
 *
 * Uses the validator precompiled from the schema at build time
 * (scripts/schema-validator.mjs): no schema compile at start-up. Pure.
 */

import type { ErrorObject } from 'ajv';
import type { Document } from 'yaml';
import { createFinding } from '../findings/index.js';
import { spanFromOffsets } from '../load/context.js';
import { looksBinary, sizeProblem } from '../load/guards.js';
import { parseYaml } from '../load/parse.js';
import { scanWithData } from '../load/scan.js';
import type { FileResult, Finding, Problem, Rules, Span } from '../types.js';
import validate from './claims-validator.generated.js';
import { locate, pointerSegments, type PairIndex } from './locate.js';
import { jsonType, messageFor } from './messages.js';
import { compareText } from '../text/collate.js';

/** A schema problem with the extent of the entry it is about (for deduplication). */
export interface SchemaProblem {
  problem: Problem;
  /** The whole entry (key and value) the error is about. */
  extent: Span;
  /** The claim (under `claims:`) the entry belongs to, if any. */
  claim?: string;
}

/** The schema's problems with a claims file's text; none when the file cannot be read as YAML. */
export function schemaProblems(text: string, path: string, maxBytes?: number): SchemaProblem[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (sizeProblem(source, maxBytes) !== undefined || looksBinary(source)) return [];
  const parsed = parseYaml(source);
  const doc = parsed.doc;
  if (doc === undefined || parsed.fatal.length > 0) return [];
  const { scan, data: copied } = scanWithData(doc);
  if (scan.fatal.length > 0) return [];
  const data = copied ? copied.value : plainData(doc);
  if (data === undefined) return [];
  if (validate(data)) return [];
  const ctx = { text: source, path, lineCounter: parsed.lineCounter };
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  const index: PairIndex = new Map();
  for (const error of collapse(validate.errors ?? [], data)) {
    let segments = pointerSegments(error.instancePath);
    const value = valueAt(data, segments);
    const message = messageFor(error, segments, value);
    // Point at the key for a key's problem, at the value otherwise.
    if (error.keyword === 'additionalProperties') segments = [...segments, String((error.params as Record<string, unknown>)['additionalProperty'])];
    if (error.propertyName !== undefined) segments = [...segments, error.propertyName];
    const found = locate(doc.contents as never, segments, scan.aliasTargets, index);
    if (!found) continue;
    const pointAtKey = error.keyword === 'additionalProperties' || error.keyword === 'required' || error.propertyName !== undefined;
    const target = pointAtKey || !found.at?.range || found.at.range[1] <= found.at.range[0] ? found.key ?? found.at : found.at;
    const range = target?.range ?? [0, 0];
    const span = spanFromOffsets(ctx, range[0], range[1]);
    const id = `${span.line}:${span.column}:${JSON.stringify(message)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const claim = segments[0] === 'claims' || segments[0] === 'inputs' ? segments[1] : undefined;
    const problem: Problem = { kind: 'schema', data: { reason: message }, span, ...(claim !== undefined ? { claim } : {}) };
    out.push({ problem, extent: spanFromOffsets(ctx, found.extent[0], found.extent[1]), ...(segments[0] === 'claims' && claim !== undefined ? { claim } : {}) });
  }
  return out;
}

/** The document as plain data by the library's `toJS()` (when the scan left it to it), or `undefined` when it cannot be copied safely. */
function plainData(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let node = data;
  for (const s of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[s];
  }
  return node;
}

/**
 * One error per problem: drops `if` wrappers; for a `oneOf` whose data
 * matches one branch's type, keeps only that branch's errors (the data is a
 * list: say which item is wrong), otherwise keeps the `oneOf` alone; an
 * `anyOf` stands for its branches.
 */
function collapse(errors: readonly ErrorObject[], data: unknown): ErrorObject[] {
  let kept = errors.filter((e) => e.keyword !== 'if');
  for (const e of errors) {
    if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf') continue;
    const base = e.schemaPath;
    const branches = Array.isArray(e.schema) ? (e.schema as unknown[]) : [];
    const type = jsonType(valueAt(data, pointerSegments(e.instancePath)));
    const match = e.keyword === 'oneOf'
      ? branches.findIndex((b) => {
          const t = ([] as string[]).concat(((b as Record<string, unknown>)['type'] as string | string[]) ?? []);
          return t.includes(type) || (type === 'integer' && t.includes('number'));
        })
      : -1;
    kept = kept.filter((other) => {
      if (other === e) return match < 0;
      if (!other.schemaPath.startsWith(`${base}/`) || !`${other.instancePath}/`.startsWith(`${e.instancePath}/`)) return true;
      return match >= 0 && other.schemaPath.startsWith(`${base}/${match}/`);
    });
  }
  return kept;
}

/** True when the point (l1, c1) is at or before (l2, c2). */
function atOrBefore(l1: number, c1: number, l2: number, c2: number): boolean {
  return l1 < l2 || (l1 === l2 && c1 <= c2);
}

/**
 * Answers "does any of these spans overlap this one?" (touching counts) in
 * a binary search, not a pass over every span: a file can have thousands of
 * findings and thousands of schema problems. The spans are sorted by where
 * they start, each with the furthest end of those up to it; a span overlaps
 * one of them exactly when some span starting at or before its end ends at
 * or after its start.
 */
export class Overlaps {
  readonly #starts: Span[];
  /** For each span in start order: the furthest end among it and those before it. */
  readonly #furthest: Array<{ line: number; column: number }> = [];

  constructor(spans: readonly Span[]) {
    this.#starts = [...spans].sort((a, b) => a.line - b.line || a.column - b.column);
    let far: { line: number; column: number } | undefined;
    for (const s of this.#starts) {
      if (far === undefined || atOrBefore(far.line, far.column, s.endLine, s.endColumn)) far = { line: s.endLine, column: s.endColumn };
      this.#furthest.push(far);
    }
  }

  any(span: Span): boolean {
    // The last span that starts at or before `span` ends.
    let lo = 0;
    let hi = this.#starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.#starts[mid]!;
      if (atOrBefore(s.line, s.column, span.endLine, span.endColumn)) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (last < 0) return false;
    const far = this.#furthest[last]!;
    return atOrBefore(span.line, span.column, far.line, far.column);
  }
}

/**
 * Adds the schema's findings to a checked file's result, leaving out those
 * about an entry another stage already reported (a finding within the
 * entry, or an error verdict of the claim it belongs to).
 */
export function withSchemaFindings(text: string, result: FileResult, rules: Pick<Rules, 'checks' | 'phrases'>, problems: readonly SchemaProblem[] = schemaProblems(text, result.path)): FileResult {
  if (problems.length === 0) return result;
  const own = new Overlaps(result.findings.filter((f) => f.file === result.path && f.kind !== 'missing-source'));
  const erroring = new Set(result.claims.filter((c) => c.verdict === 'error').map((c) => c.name));
  const added: Finding[] = [];
  for (const p of problems) {
    if (p.claim !== undefined && erroring.has(p.claim)) continue;
    if (own.any(p.extent)) continue;
    added.push(createFinding(rules, p.problem));
  }
  if (added.length === 0) return result;
  const findings = [...result.findings, ...added].sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.kind, b.kind));
  return { ...result, findings };
}
