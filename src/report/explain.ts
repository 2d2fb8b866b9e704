/**
 * @file `claimcheck explain FILE NAME`: one claim in full — its inputs with
 * value, source and the article line where each quote was found, the
 * arithmetic step by step (each claim it uses, in dependency order, then the
 * claim itself), what the stated words admit, the verdict with the why
 * and the condition, and the findings about the claim and what it uses (a
 * warning such as points-as-percent, an input without a source). `explainClaim` gathers the data; `formatExplanation` and
 * `explanationJson` write it; every text from the claims file or the article
 * goes through `safeText` first ('terminal' for people, 'json' for scripts).
 * Pure: no I/O.
 */

import type { ChalkInstance } from 'chalk';
import { safeText } from '../text/safe.js';
import type { ClaimDecl, ClaimResult, ClaimsFile, FileResult, Finding, InputDecl, Span, StructuredQuantity } from '../types.js';

/** Where in an article a quote was found. */
export interface ArticlePlace {
  file: string;
  line: number;
  column: number;
}

export interface ExplainedInput {
  name: string;
  value: string;
  source?: string;
  quote?: string;
  /** Where the quote stands in the article (when it was found). */
  article?: ArticlePlace;
  url?: string;
  asOf?: string;
  note?: string;
  /** The facts file the input was imported from (`facts:`), as shown. */
  origin?: string;
}

export interface ExplainedStep {
  name: string;
  compute: string;
  /** The expression with the values substituted. */
  substituted?: string;
  /** The computed value, shown. */
  result?: string;
  verdict: ClaimResult['verdict'];
  /** For a step that could not be computed: why. */
  message?: string;
}

export interface Explanation {
  path: string;
  name: string;
  compute: string;
  stated?: string;
  quote?: string;
  quoteAt?: ArticlePlace;
  note?: string;
  inputs: ExplainedInput[];
  steps: ExplainedStep[];
  result: ClaimResult;
  /** The file's findings about this claim, the claims it uses and their inputs, in the report's order. */
  findings: Finding[];
}

/** What explaining needs from the analysis of the file. */
export interface ExplainSource {
  file: ClaimsFile;
  result: FileResult;
  dependencies: (name: string) => readonly string[];
  /** Where each input's or claim's quote was found. */
  quoteSpans?: ReadonlyMap<string, Span>;
}

/** The explanation of claim `name`, or undefined when the file has no such claim. */
export function explainClaim(source: ExplainSource, name: string): Explanation | undefined {
  const decls = new Map<string, ClaimDecl>(source.file.claims.map((c) => [c.name, c]));
  const inputs = new Map<string, InputDecl>(source.file.inputs.map((i) => [i.name, i]));
  const results = new Map<string, ClaimResult>(source.result.claims.map((c) => [c.name, c]));
  const decl = decls.get(name);
  const result = results.get(name);
  if (!decl || !result) return undefined;

  // Claims in dependency order (each after the claims it uses), and the inputs in order of first use.
  const order: string[] = [];
  const usedInputs: string[] = [];
  const seen = new Set<string>();
  const visit = (current: string, depth: number): void => {
    if (seen.has(current) || depth > 10_000) return;
    seen.add(current);
    for (const dep of source.dependencies(current)) {
      if (decls.has(dep)) visit(dep, depth + 1);
      else if (inputs.has(dep) && !usedInputs.includes(dep)) usedInputs.push(dep);
    }
    order.push(current);
  };
  visit(name, 0);

  const place = (n: string): { article?: ArticlePlace } => {
    const span = source.quoteSpans?.get(n);
    return span ? { article: { file: span.file, line: span.line, column: span.column } } : {};
  };
  const explainedInputs = usedInputs.map((n): ExplainedInput => {
    const input = inputs.get(n)!;
    return {
      name: n,
      value: input.value.form === 'text' ? input.value.text : structuredText(input.value.fields),
      ...(input.source ? { source: input.source.value } : {}),
      ...(input.quote ? { quote: input.quote.value } : {}),
      ...place(n),
      ...(input.url ? { url: input.url.value } : {}),
      ...(input.asOf ? { asOf: input.asOf.value } : {}),
      ...(input.note ? { note: input.note.value } : {}),
      ...(input.origin !== undefined ? { origin: input.origin } : {}),
    };
  });
  const steps = order.map((n): ExplainedStep => {
    const r = results.get(n);
    const d = decls.get(n)!;
    return {
      name: n,
      compute: d.compute.value,
      verdict: r?.verdict ?? 'error',
      ...(r?.trace ? { substituted: r.trace.substituted, result: r.trace.result } : { message: r?.message ?? 'not computed' }),
    };
  });
  const quoteAt = place(name).article;
  const shown = new Set<string>([...order, ...usedInputs]);
  const findings = source.result.findings.filter((f) => f.claim !== undefined && shown.has(f.claim));
  return {
    path: source.result.path,
    name,
    compute: decl.compute.value,
    ...(result.stated ? { stated: result.stated.text } : decl.stated ? { stated: decl.stated.form === 'text' ? decl.stated.text : structuredText(decl.stated.fields) } : {}),
    ...(decl.quote ? { quote: decl.quote.value } : {}),
    ...(quoteAt ? { quoteAt } : {}),
    ...(decl.note ? { note: decl.note.value } : {}),
    inputs: explainedInputs,
    steps,
    result,
    findings,
  };
}

function structuredText(fields: StructuredQuantity): string {
  return Object.entries(fields).map(([k, v]) => `${k}: ${String(v)}`).join(', ');
}

const MARKS: Record<ClaimResult['verdict'], string> = { pass: '✓', warn: '!', fail: '✗', error: '✗', info: 'i' };

/** User text as one safe line of terminal output. */
const t = (text: string): string => safeText(text, 'terminal');

function at(p: ArticlePlace): string {
  return `${t(p.file)}:${p.line}:${p.column}`;
}

/** The explanation for people at a terminal. */
export function formatExplanation(e: Explanation, c: ChalkInstance): string {
  const out: string[] = [];
  const label = (s: string): string => c.dim(s.padEnd(11));
  out.push(`${c.underline(t(e.path))} ${c.dim('—')} ${c.bold(t(e.name))}`);
  out.push(`  ${label('compute')}${t(e.compute)}`);
  if (e.stated !== undefined) out.push(`  ${label('stated')}${t(e.stated)}`);
  if (e.quote !== undefined) out.push(`  ${label('quote')}"${t(e.quote)}"${e.quoteAt ? c.dim(`  (${at(e.quoteAt)})`) : ''}`);
  if (e.note !== undefined) out.push(`  ${label('note')}${t(e.note.replace(/\s+/g, ' '))}`);

  out.push('', c.bold('inputs'));
  if (e.inputs.length === 0) out.push(`  ${c.dim('(none: the expression uses only numbers and claims)')}`);
  const width = Math.min(28, Math.max(0, ...e.inputs.map((i) => t(i.name).length)));
  for (const input of e.inputs) {
    out.push(`  ${c.bold(t(input.name).padEnd(width))}  ${t(input.value)}`);
    const pad = ' '.repeat(width + 4);
    out.push(`${pad}${c.dim('source:')} ${input.source !== undefined ? t(input.source) : c.yellow('none given')}`);
    if (input.quote !== undefined) out.push(`${pad}${c.dim('quote:')} "${t(input.quote)}"${input.article ? c.dim(`  (${at(input.article)})`) : ''}`);
    if (input.url !== undefined) out.push(`${pad}${c.dim('url:')} ${t(input.url)}`);
    if (input.asOf !== undefined) out.push(`${pad}${c.dim('as of:')} ${t(input.asOf)}`);
    if (input.origin !== undefined) out.push(`${pad}${c.dim('from:')} ${t(input.origin)}`);
  }

  out.push('', c.bold('arithmetic'));
  e.steps.forEach((step, i) => {
    out.push(`  ${i + 1}. ${c.bold(t(step.name))} = ${t(step.compute)}`);
    if (step.substituted !== undefined) out.push(`       = ${t(step.substituted)}`);
    if (step.result !== undefined) out.push(`       = ${c.bold(t(step.result))}`);
    if (step.message !== undefined) out.push(`       ${c.red(t(step.message))}`);
  });

  const r = e.result;
  out.push('');
  if (r.trace?.admissible) out.push(`${label('admissible')}${t(r.trace.admissible)}`);
  const verdict = r.allowed !== undefined ? 'allowed' : r.gross ? `${r.verdict} (gross)` : r.verdict;
  const paint = r.verdict === 'pass' ? c.green : r.verdict === 'warn' ? c.yellow : r.verdict === 'info' ? c.blue : c.red;
  out.push(`${label('verdict')}${paint(`${MARKS[r.verdict]} ${verdict}`)}  ${t(r.message)}`);
  if (r.trace?.why) out.push(`${label('why')}${t(r.trace.why)}`);
  if (r.trace?.condition) out.push(`${label('condition')}${t(r.trace.condition)}`);
  if (r.allowed !== undefined) out.push(`${label('allowed')}${t(r.allowed)}`);

  if (e.findings.length > 0) {
    out.push('', c.bold('findings'));
    for (const f of e.findings) {
      const paint = f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.blue;
      out.push(`  ${paint(`${f.severity}[${f.kind}]`)} ${t(f.message)}`);
      if (f.hint !== undefined) out.push(`      ${c.dim('help:')} ${t(f.hint)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** The explanation as one JSON object: the claim's result, its inputs and the steps. */
export function explanationJson(e: Explanation): string {
  const { result, ...rest } = e;
  return `${safeText(JSON.stringify({ version: 1, ...rest, claim: result }, null, 2), 'json')}\n`;
}
