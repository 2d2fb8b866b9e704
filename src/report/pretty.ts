/**
 * @file The `pretty` formatter for people at a terminal: claims grouped by
 * file, one line each; for a warn, fail or error the source frame, the
 * arithmetic, what the words allow and why; findings in Biome's shape
 * (`error[kind]`, `--> file:line:col`, frame, note, help); a closing summary.
 * Every text that comes from the user (paths, titles, names, messages,
 * source lines) goes through `safeText(…, 'terminal')` before it is coloured.
 * Pure: colour comes in as a chalk instance, sources as text.
 */

import { Chalk, type ChalkInstance } from 'chalk';
import type { CheckReport, ClaimResult, FileResult, Finding, Span, Summary, Verdict } from '../types.js';
import { safeText } from '../text/safe.js';
import { claimOutcome, findingOutcome } from './severity.js';
import { defineFormat } from './format.js';

/** User text as one safe line of terminal output. */
const t = (text: string): string => safeText(text, 'terminal');

export interface PrettyOptions {
  chalk: ChalkInstance;
  /** Source texts by file path, for frames; a file missing here gets no frame. */
  sources?: ReadonlyMap<string, string>;
  /** Only problems: no passing claims, no info. */
  quiet?: boolean;
}

const MARKS: Record<Verdict, string> = { pass: '✓', warn: '!', fail: '✗', error: '✗', info: 'i' };

export function formatPretty(report: CheckReport, options: PrettyOptions): string {
  const parts: string[] = [];
  const writer = prettyReportWriter((text) => parts.push(text), options);
  for (const file of report.files) writer.file(file);
  writer.end(report.summary);
  return parts.join('');
}

/**
 * The pretty report written a file at a time, for a run that does not hold
 * the whole report (`checkEach`): `file` for each file in order (its frames
 * from `options.sources`, which may hold only that file's texts by then),
 * then `end`. The pieces joined are byte for byte {@link formatPretty}.
 */
export function prettyReportWriter(write: (text: string) => void, options: PrettyOptions): { file(result: FileResult): void; end(summary: Summary): void } {
  const { chalk: c } = options;
  const paint: Record<Verdict, (s: string) => string> = {
    pass: c.green, warn: c.yellow, fail: c.red, error: c.red, info: c.blue,
  };
  const totals: FileTotals = { files: 0, bound: 0, covered: 0, numbers: 0 };
  return {
    file(file) {
      totals.files++;
      if (file.coverage !== undefined) {
        totals.bound++;
        totals.covered += file.coverage.covered;
        totals.numbers += file.coverage.total;
      }
      const claims = options.quiet ? file.claims.filter(isProblem) : file.claims;
      const findings = options.quiet ? file.findings.filter((f) => findingOutcome(f) === 'error') : file.findings;
      if (options.quiet && claims.length === 0 && findings.length === 0) return;
      const out: string[] = [];
      out.push(c.underline(t(file.path)) + (file.title ? c.dim(` — ${t(file.title)}`) : ''));
      const width = Math.min(28, Math.max(0, ...claims.map((cl) => t(cl.name).length)));
      for (const claim of claims) {
        const label = claim.allowed !== undefined ? 'allowed' : claim.gross ? `${claim.verdict} (gross)` : claim.verdict;
        const mark = paint[claim.verdict](`${MARKS[claim.verdict]} ${label.padEnd(5)}`);
        out.push(`  ${mark} ${c.bold(t(claim.name).padEnd(width))}  ${t(claim.message)}`);
        if (isProblem(claim) || claimOutcome(claim) === 'allowed') out.push(...claimDetail(claim, file.path, options));
      }
      for (const finding of findings) out.push(...findingBlock(finding, options));
      out.push('');
      write(`${out.join('\n')}\n`);
    },
    end(summary) {
      write(`${summaryLine(summary, totals, c)}\n`);
    },
  };
}

/** What the summary line counts over the files besides the verdicts. */
interface FileTotals {
  files: number;
  /** Files bound to an article, and their numbers covered of all. */
  bound: number;
  covered: number;
  numbers: number;
}

/** Claims that get their detail shown: those that failed, errored or warned (allowed ones too). */
function isProblem(claim: ClaimResult): boolean {
  const outcome = claimOutcome(claim);
  return outcome === 'failure' || outcome === 'error' || outcome === 'warning';
}

function claimDetail(claim: ClaimResult, path: string, options: PrettyOptions): string[] {
  const { chalk: c } = options;
  const lines = [`      ${c.dim('-->')} ${t(path)}:${claim.line}:${claim.column}`];
  const source = options.sources?.get(claim.file);
  if (source !== undefined && claim.verdict === 'error') lines.push(...frame(source, claim, c));
  const trace = claim.trace;
  if (trace) {
    if (trace.admissible) lines.push(`      ${c.dim('stated words allow:')} ${t(trace.admissible)}`);
    // An error's message often is its reason already ("…: computed soldier per troop, stated a plain number…"): not twice.
    if (!claim.message.endsWith(trace.why)) lines.push(`      ${c.cyan('why:')} ${t(trace.why)}`);
    if (trace.condition) lines.push(`      ${c.cyan('note:')} ${t(trace.condition)}`);
  }
  if (claim.allowed !== undefined) lines.push(`      ${c.cyan('allowed:')} ${t(claim.allowed)}`);
  return lines;
}

function findingBlock(f: Finding, options: PrettyOptions): string[] {
  const { chalk: c } = options;
  const outcome = findingOutcome(f);
  const colour = outcome === 'error' ? c.red : outcome === 'warning' ? c.yellow : c.blue;
  const lines = [`  ${colour(`${f.severity}[${t(f.kind)}]`)} ${t(f.message)}`, `      ${c.dim('-->')} ${t(f.file)}:${f.line}:${f.column}`];
  const source = options.sources?.get(f.file);
  if (source !== undefined) lines.push(...frame(source, f, c));
  if (f.note) lines.push(`      ${c.cyan('note:')} ${t(f.note)}`);
  // A message that already says what to do (unknown-unit's "declare it under units: …") is not followed by it again.
  if (f.hint && !f.message.includes(f.hint)) lines.push(`      ${c.cyan('help:')} ${t(f.hint)}`);
  return lines;
}

/** Widest source text shown in a frame; longer lines are cut to a window around the span. */
const FRAME_WIDTH = 100;

/** The numbered source line of a span, with carets under it; a long line is shown as a window around the span. */
/** The lines of the last source framed: an article with 200,000 findings is split once, not once per finding. */
let lastLines: { source: string; lines: string[] } | undefined;

function linesOf(source: string): string[] {
  if (lastLines?.source !== source) lastLines = { source, lines: source.split(/\r?\n/) };
  return lastLines.lines;
}

export function frame(source: string, span: Span, c: ChalkInstance): string[] {
  const text = linesOf(source)[span.line - 1];
  if (text === undefined) return [];
  const gutter = String(span.line).length;
  const start = Math.min(Math.max(1, span.column), text.length + 1);
  const end = span.endLine === span.line ? Math.max(start + 1, Math.min(span.endColumn, text.length + 1)) : text.length + 1;
  let from = 1;
  let to = text.length + 1;
  if (text.length > FRAME_WIDTH) {
    from = Math.max(1, Math.min(start - 30, end + 30 - FRAME_WIDTH));
    to = Math.min(text.length + 1, from + FRAME_WIDTH);
  }
  const before = from > 1 ? '…' : '';
  // The line is shown escaped (a tab as \t, ESC as \u001b); the carets are placed under the escaped span.
  const shown = t(`${before}${text.slice(from - 1, to - 1)}${to <= text.length ? '…' : ''}`);
  const caretStart = t(`${before}${text.slice(from - 1, start - 1)}`).length;
  const caretEnd = t(`${before}${text.slice(from - 1, Math.min(end, to) - 1)}`).length;
  const caretLength = Math.max(1, caretEnd - caretStart);
  return [
    `      ${' '.repeat(gutter)} ${c.dim('|')}`,
    `      ${c.dim(String(span.line))} ${c.dim('|')} ${shown}`,
    `      ${' '.repeat(gutter)} ${c.dim('|')} ${' '.repeat(caretStart)}${c.red('^'.repeat(caretLength))}`,
  ];
}

function summaryLine(s: Summary, totals: FileTotals, c: ChalkInstance): string {
  const total = s.pass + s.warn + s.fail + s.error + s.info + s.allowed;
  const parts = [`${s.pass} pass`];
  if (s.warn) parts.push(c.yellow(`${s.warn} warn`));
  if (s.fail) parts.push(c.red(`${s.fail} fail`));
  if (s.error) parts.push(c.red(`${s.error} error`));
  if (s.info) parts.push(`${s.info} info`);
  if (s.allowed) parts.push(`${s.allowed} allowed`);
  const extra: string[] = [];
  if (s.errors) extra.push(c.red(`${s.errors} ${s.errors === 1 ? 'error' : 'errors'}`));
  if (s.warnings) extra.push(c.yellow(`${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}`));
  const files = totals.files === 1 ? '' : ` in ${totals.files} files`;
  // Contract §8: how many of the articles' numbers a found quote covers.
  if (totals.bound > 0) {
    const { covered, numbers } = totals;
    extra.push(`covered ${covered} of ${numbers} ${numbers === 1 ? 'number' : 'numbers'}`);
  }
  return `${total} ${total === 1 ? 'claim' : 'claims'}${files}: ${parts.join(', ')}${extra.length ? ` · ${extra.join(', ')}` : ''}`;
}

/** The chalk of a report without colour, made when first needed (making one loads chalk). */
let noColour: ChalkInstance | undefined;

/** `--format pretty` (registered by scripts/formats.mjs). */
export const format = defineFormat({
  name: 'pretty',
  extension: 'txt',
  description: 'Human-readable: verdicts, traces and code frames, coloured on a terminal.',
  order: 1,
  options: ['chalk', 'sources', 'quiet'],
  needs: ['sources'],
  streams: true,
  write: (report, o = {}) => formatPretty(report, { chalk: o.chalk ?? (noColour ??= new Chalk({ level: 0 })), sources: o.sources, quiet: o.quiet }),
});
