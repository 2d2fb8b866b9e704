/**
 * @file The HTML report's material for one claims file: each article's text
 * with every number the prose reader found marked by what became of it (a
 * claim's verdict when a claim's quote covers it, an input's quote, an
 * uncovered or malformed number, or a number set aside by `ignore:`), and the
 * file's inputs with their sources and dates.
 *
 * Pure: computes from what the check already found; reads nothing.
 */

import type { ArticleMark, ArticleView, ClaimResult, ClaimsFile, FileView, Finding, InputView, MarkStatus, Span, Verdict } from '../types.js';
import type { Binding } from '../bind/index.js';
import { articleSpan } from '../bind/article.js';

/** Worst first: a number covered by several claims shows the worst verdict. */
const VERDICT_ORDER: readonly Verdict[] = ['fail', 'error', 'warn', 'info', 'pass'];

/** True when two spans of one file share a character. */
function overlaps(a: Span, b: Span): boolean {
  if (a.file !== b.file) return false;
  const before = (l1: number, c1: number, l2: number, c2: number): boolean => l1 < l2 || (l1 === l2 && c1 <= c2);
  // a ends at or before b starts, or b ends at or before a starts: no overlap.
  return !(before(a.endLine, a.endColumn, b.line, b.column) || before(b.endLine, b.endColumn, a.line, a.column));
}

function inputView(input: ClaimsFile['inputs'][number]): InputView {
  const value = input.value.form === 'text' ? input.value.text : JSON.stringify(input.value.fields);
  return {
    name: input.name,
    value,
    ...(input.source ? { source: input.source.value } : {}),
    ...(input.url ? { url: input.url.value } : {}),
    ...(input.asOf ? { asOf: input.asOf.value } : {}),
    ...(input.note ? { note: input.note.value } : {}),
    ...(input.quote ? { quote: input.quote.value } : {}),
  };
}

/** The status of a number covered by these claims and inputs. */
function coveredStatus(names: readonly string[], verdicts: ReadonlyMap<string, Verdict>): MarkStatus {
  const found = names.map((n) => verdicts.get(n)).filter((v): v is Verdict => v !== undefined);
  for (const verdict of VERDICT_ORDER) if (found.includes(verdict)) return verdict;
  return 'input';
}

/** Builds the view of one checked file. */
export function fileView(file: ClaimsFile, claims: readonly ClaimResult[], findings: readonly Finding[], binding: Binding | undefined, dependencies: (name: string) => readonly string[]): FileView {
  const verdicts = new Map(claims.map((c) => [c.name, c.verdict]));
  const quotes = [...(binding?.quoteSpans ?? [])];
  const flagged = findings.filter((f) => f.kind === 'uncovered-number' || f.kind === 'malformed-number');
  const articles: ArticleView[] = (binding?.articles ?? []).map(({ article, numbers }) => {
    const marks: ArticleMark[] = [];
    for (const n of numbers) {
      if (n.kind !== 'quantity' && n.kind !== 'malformed') continue;
      const span = articleSpan(article, n.start, n.end);
      const names = quotes.filter(([, q]) => overlaps(span, q)).map(([name]) => name);
      const finding = flagged.find((f) => overlaps(span, f));
      let status: MarkStatus;
      if (finding) status = finding.kind === 'malformed-number' ? 'malformed' : 'uncovered';
      else if (names.length > 0) status = coveredStatus(names, verdicts);
      else status = n.kind === 'malformed' ? 'malformed' : 'ignored';
      marks.push({ start: n.start, end: n.end, status, names, ...(finding ? { note: finding.message } : {}) });
    }
    return { path: article.path, ...(article.title ? { title: article.title } : {}), text: article.text, marks };
  });
  const uses: Record<string, string[]> = {};
  for (const claim of file.claims) uses[claim.name] = [...new Set(allDependencies(claim.name, dependencies))];
  return { articles, inputs: file.inputs.map(inputView), uses };
}

/** Every name a claim uses, through the claims it uses (each once, in first-use order). */
function allDependencies(name: string, dependencies: (name: string) => readonly string[]): string[] {
  const seen = new Set<string>([name]);
  const out: string[] = [];
  const stack = [...dependencies(name)].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    out.push(next);
    stack.push(...[...dependencies(next)].reverse());
  }
  return out;
}
