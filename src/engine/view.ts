/**
 * @file The report's view of a claims file (`FileResult.view`): the article
 * text with each of its numbers marked by what became of it, and the inputs
 * and claims as written. Built only when asked (the HTML report), so the
 * other reports stay as small as before. Pure: from the loaded file, the
 * binding and the verdicts.
 */

import type { ArticleMark, ClaimResult, ClaimsFile, FileView, MarkStatus, QuantitySource } from '../types.js';
import { isIgnored, type Binding } from '../bind/index.js';

/** Worst first: a number inside two quotes shows the worse verdict. */
const RANK: Record<MarkStatus, number> = { error: 0, fail: 1, warn: 2, pass: 3, info: 4, input: 5, uncovered: 6, ignored: 7 };

/** The view of one checked file. `uses` gives the names a claim's `compute` reads. */
export function fileView(file: ClaimsFile, binding: Binding | undefined, claims: readonly ClaimResult[], uses: (name: string) => readonly string[]): FileView {
  const verdicts = new Map(claims.map((c) => [c.name, c.verdict]));
  const ignore = file.ignore.map((i) => i.value);
  return {
    inputs: file.inputs.map((input) => ({
      name: input.name,
      value: written(input.value),
      line: input.span.line,
      ...(input.source ? { source: input.source.value } : {}),
      ...(input.asOf ? { asOf: input.asOf.value } : {}),
      ...(input.quote ? { quote: input.quote.value } : {}),
      ...(input.note ? { note: input.note.value } : {}),
      ...(input.url ? { url: input.url.value } : {}),
    })),
    claims: Object.fromEntries(file.claims.map((c) => [c.name, {
      compute: c.compute.value,
      uses: [...uses(c.name)],
      ...(c.quote ? { quote: c.quote.value } : {}),
      ...(c.note ? { note: c.note.value } : {}),
    }])),
    articles: (binding?.articles ?? []).map((bound) => {
      const marks: ArticleMark[] = [];
      for (const n of bound.numbers) {
        if (n.kind !== 'quantity') continue;
        const over = bound.quoted.filter((q) => q.start < n.end && q.end > n.start);
        const names = [...over.filter((q) => q.role === 'claim'), ...over.filter((q) => q.role === 'input')].map((q) => q.name);
        let status: MarkStatus = over.length > 0 ? 'input' : 'uncovered';
        for (const q of over) {
          const s: MarkStatus = q.role === 'claim' ? verdicts.get(q.name) ?? 'error' : 'input';
          if (RANK[s] < RANK[status]) status = s;
        }
        if (over.length === 0 && isIgnored(n, ignore, bound.ignored)) status = 'ignored';
        marks.push({ start: n.start, end: n.end, status, names: [...new Set(names)] });
      }
      return { path: bound.article.path, ...(bound.article.title ? { title: bound.article.title } : {}), text: bound.article.text, marks };
    }),
  };
}

function written(source: QuantitySource): string {
  if (source.form === 'text') return source.text;
  const f = source.fields;
  const amount = f.value !== undefined ? String(f.value) : `${f.low ?? '?'} to ${f.high ?? '?'}`;
  return [f.hedge, amount, f.unit].filter((x) => x !== undefined && x !== '').join(' ');
}
