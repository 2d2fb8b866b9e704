/**
 * @file What the language server knows about one open claims file: the
 * check's result for the text in the editor (the same as `claimcheck FILE`
 * gives for it on disk) and the loaded model, with the questions an editor
 * asks of them — problems with ranges, hover text, a name's definition, the
 * names to complete inside `compute`, and `stated` lines to fill from a
 * quote. Reads the configuration and the article like `check` does; no
 * protocol here (see ./server.ts).
 */

import { resolve } from 'node:path';
import { check, configFor } from '../engine/check.js';
import { analyzeClaimsText, type FileAnalysis } from '../engine/check-file.js';
import { repositoryRoot } from '../engine/inside.js';
import { createArticleReader } from '../bind/read-article.js';
import { createFactsReader } from '../facts/read.js';
import { readProse } from '../bind/prose-port.js';
import { createUnitRegistry } from '../units/index.js';
import { claimOutcome } from '../report/severity.js';
import type { ClaimResult, FileResult, FindingKind, Rules, Severity, Span, Verdict } from '../types.js';

/** A diagnostic to show: a finding in this file, or a claim's verdict that is not a pass. */
export interface DocumentProblem extends Span {
  /** The finding's kind, or for a claim without one the verdict (`error`, `fail`…). */
  kind: FindingKind | Verdict;
  severity: Severity;
  message: string;
}

export interface CompletionName {
  name: string;
  role: 'input' | 'claim';
  detail: string;
}

/** A line to insert: `stated: "…"` under a claim's quote. */
export interface StatedFix {
  title: string;
  /** 1-based line the text goes before. */
  line: number;
  text: string;
}

export interface DocumentAnalysis {
  result: FileResult;
  problems: DocumentProblem[];
  /** Markdown for a claim or input name, or `undefined` for other words. */
  hover(name: string): string | undefined;
  definition(name: string): Span | undefined;
  /** Names to offer at `offset` of `text`: inputs and other claims when the offset is in a `compute` value, else none. */
  completions(text: string, offset: number): CompletionName[];
  /** `stated` lines for claims (without `stated`, with a quote) whose block touches lines [from, to]. */
  statedFixes(from: number, to: number): StatedFix[];
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

/**
 * Text from a claims file or a result, made inert for a Markdown hover: every
 * ASCII punctuation mark that Markdown reads is backslash-escaped, so a source
 * like `![x](https://…)` shows as text and never loads an image or a link.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}\[\]()#+\-.!|<>~&"']/g, '\\$&').replace(/\r?\n/g, ' ');
}
const md = escapeMarkdown;

/** The name (identifier) at `offset`, with where it starts and ends. */
export function nameAt(text: string, offset: number): { name: string; start: number; end: number } | undefined {
  let start = offset;
  while (start > 0 && /[A-Za-z0-9_]/.test(text[start - 1]!)) start--;
  NAME.lastIndex = start;
  const m = NAME.exec(text);
  if (!m || start + m[0].length < offset) return undefined;
  return { name: m[0], start, end: start + m[0].length };
}

/** Checks `text` as the claims file `path` (relative to `cwd` when inside it). */
export async function analyzeDocument(text: string, path: string, cwd: string): Promise<DocumentAnalysis> {
  const report = await check([path], { cwd, texts: new Map([[path, text]]), workers: 0 });
  const result = report.files[0];
  if (!result) throw new Error(`${path} is left out of checks by the configuration's ignore:`);
  const absolute = resolve(cwd, path);
  const root = repositoryRoot(absolute, cwd);
  const { rules } = configFor(path, { cwd });
  const analysis = analyzeClaimsText(text, result.path, rules, { readArticle: createArticleReader(absolute, root), readFacts: createFactsReader(absolute, root, cwd) });
  return documentAnalysis(result, analysis, rules, text);
}

function claimProblem(c: ClaimResult): DocumentProblem | undefined {
  const outcome = claimOutcome(c);
  const severity: Severity | undefined = outcome === 'failure' || outcome === 'error' ? 'error' : outcome === 'warning' ? 'warning' : undefined;
  if (!severity) return undefined;
  return { file: c.file, line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn, kind: c.kind ?? c.verdict, severity, message: c.message };
}

function documentAnalysis(result: FileResult, analysis: FileAnalysis, rules: Rules, text: string): DocumentAnalysis {
  const { file } = analysis;
  const problems: DocumentProblem[] = [
    ...result.findings.filter((f) => f.file === result.path).map((f) => ({ file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, kind: f.kind, severity: f.severity, message: f.message })),
    ...result.claims.map(claimProblem).filter((p): p is DocumentProblem => p !== undefined),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  const claims = new Map(result.claims.map((c) => [c.name, c]));
  const usedBy = (name: string) => file.claims.filter((c) => analysis.dependencies(c.name).includes(name)).map((c) => c.name);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offsetOf = (line: number, column: number) => (lineStarts[line - 1] ?? text.length) + column - 1;

  return {
    result,
    problems,
    hover(name) {
      const c = claims.get(name);
      if (c) {
        const t = c.trace;
        const lines = [`**${md(name)}** — ${c.allowed !== undefined ? 'allowed' : c.verdict}${c.gross ? ' (gross)' : ''}`];
        if (t) lines.push(`${md(t.substituted)} = **${md(t.result)}**`, md(t.why));
        else lines.push(md(c.message));
        if (t?.condition) lines.push(md(t.condition));
        return lines.join('\n\n');
      }
      const input = file.inputs.find((i) => i.name === name);
      if (input) {
        const value = analysis.inputQuantities.get(name)?.text ?? (input.value.form === 'text' ? input.value.text : JSON.stringify(input.value.fields));
        const users = usedBy(name);
        const lines = [`**${md(name)}** = ${md(value)}`];
        const from = [input.source ? `source: ${md(input.source.value)}` : undefined, input.asOf ? `as of ${md(input.asOf.value)}` : undefined].filter(Boolean);
        if (from.length > 0) lines.push(from.join(' · '));
        lines.push(users.length > 0 ? `used by ${users.map(md).join(', ')}` : 'used by no claim');
        return lines.join('\n\n');
      }
      return undefined;
    },
    definition(name) {
      return file.inputs.find((i) => i.name === name)?.span ?? file.claims.find((c) => c.name === name)?.span;
    },
    completions(source, offset) {
      // Inside a compute value: the loaded span, or (while the text is being typed) a line that starts with `compute:`.
      const owner = file.claims.find((c) => {
        const s = c.compute.span;
        return offset >= offsetOf(s.line, s.column) && offset <= offsetOf(s.endLine, s.endColumn);
      });
      const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
      if (!owner && !/^\s*(-\s*)?compute\s*:/.test(source.slice(lineStart, offset))) return [];
      const inputs = file.inputs.map((i) => ({ name: i.name, role: 'input' as const, detail: analysis.inputQuantities.get(i.name)?.text ?? 'input' }));
      const others = file.claims.filter((c) => c !== owner).map((c) => ({ name: c.name, role: 'claim' as const, detail: claims.get(c.name)?.trace?.result ?? 'claim' }));
      return [...inputs, ...others];
    },
    statedFixes(from, to) {
      const fixes: StatedFix[] = [];
      const sorted = [...file.claims].sort((a, b) => a.span.line - b.span.line);
      for (const [i, claim] of sorted.entries()) {
        if (claim.stated || !claim.quote) continue;
        const last = (sorted[i + 1]?.span.line ?? Number.POSITIVE_INFINITY) - 1;
        if (to < claim.span.line || from > last) continue;
        const fromArticle = analysis.binding?.statedFromQuote.get(claim.name)?.quantity.text;
        const numbers = fromArticle !== undefined ? [fromArticle] : quoteNumbers(claim.quote.value, rules, file.units);
        const quoteLine = text.slice(lineStarts[claim.quote.span.line - 1], lineStarts[claim.quote.span.line] ?? text.length);
        const indent = /^\s*/.exec(quoteLine)![0].replace(/\n/g, '');
        for (const n of numbers) {
          fixes.push({ title: `Fill stated of '${claim.name}' from its quote: ${n}`, line: claim.quote.span.endLine + 1, text: `${indent}stated: ${JSON.stringify(n)}\n` });
        }
      }
      return fixes;
    },
  };
}

/** The quantities the prose reader finds in a quote's words. */
function quoteNumbers(quote: string, rules: Rules, units: Parameters<typeof createUnitRegistry>[0]): string[] {
  const { registry } = createUnitRegistry([...rules.units.values(), ...units]);
  return readProse(quote, { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols })
    .filter((n) => n.kind === 'quantity')
    .map((n) => n.text);
}
