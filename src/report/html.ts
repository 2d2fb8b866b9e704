/**
 * @file The HTML report: one self-contained page (no network, no external
 * scripts or fonts; it works opened from disk) for a copy editor. For each
 * claims file, the article with every number highlighted by what became of
 * it, and beside it the claims: verdict, the arithmetic step by step, what
 * the stated words admit, why, the "holds only if" line and the inputs with
 * their sources and dates. A summary bar, filters by verdict, real headings,
 * buttons and native disclosure widgets for keyboards and screen readers.
 *
 * Pure: `(report) => string`. Every piece of text from a claims file or an
 * article goes through `escapeHtml`; nothing is inserted as markup. A
 * Content-Security-Policy forbids every request the page could make.
 */

import { safeText } from '../text/safe.js';
import type { ArticleMark, ArticleView, CheckReport, ClaimResult, FileResult, Finding, InputView, MarkStatus, Verdict } from '../types.js';
import { defineFormat } from './format.js';

/**
 * Text for HTML element content and attribute values (double-quoted):
 * `safeText(text, 'html')` — the specials and line breaks as numeric
 * references, control characters and bidi overrides as visible escapes.
 */
export function escapeHtml(text: string): string {
  return safeText(text, 'html');
}

/** An `href` only for http(s) links; anything else (javascript:, data:) is shown as text. */
function safeUrl(url: string): string | undefined {
  return /^https?:\/\/[^\s"'<>]+$/i.test(url.trim()) ? url.trim() : undefined;
}

const VERDICTS: readonly Verdict[] = ['fail', 'error', 'warn', 'info', 'pass'];

const STATUS_WORDS: Record<MarkStatus, string> = {
  pass: 'covered by a passing claim',
  warn: 'covered by a claim with a warning',
  fail: 'covered by a failing claim',
  error: 'covered by a claim that could not be checked',
  info: 'covered by a claim with nothing stated to compare',
  input: 'an input',
  uncovered: 'not covered by any claim or input',
  ignored: 'set aside by ignore:',
  malformed: 'a number that cannot be read',
};

const CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #57606a; --line: #d0d7de; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #fff; }
header { position: sticky; top: 0; z-index: 2; background: #f6f8fa; border-bottom: 1px solid var(--line); padding: .75rem 1.25rem; }
h1 { font-size: 1.25rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .5rem; }
main { padding: 0 1.25rem 3rem; }
.summary { margin: .25rem 0; }
.filters { display: flex; flex-wrap: wrap; gap: .4rem; margin: .4rem 0 0; }
.filters button { font: inherit; font-size: .9rem; padding: .15rem .6rem; border-radius: 1rem; border: 2px solid currentColor; background: #fff; cursor: pointer; }
.filters button[aria-pressed="false"] { opacity: .55; text-decoration: line-through; }
.cols { display: grid; grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr); gap: 1.5rem; align-items: start; }
@media (max-width: 900px) { .cols { grid-template-columns: 1fr; } }
.article p { margin: 0 0 .9rem; max-width: 46rem; }
.mark { font: inherit; padding: 0 .15rem; border-radius: .2rem; border: 0; border-bottom: 3px solid; color: inherit; }
button.mark { cursor: pointer; }
button.mark:focus-visible, .filters button:focus-visible, summary:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.s-pass { background: #dafbe1; border-color: #1a7f37; }
.s-warn { background: #fff8c5; border-color: #9a6700; }
.s-fail { background: #ffebe9; border-color: #cf222e; }
.s-error { background: #fbefff; border-color: #8250df; }
.s-info { background: #ddf4ff; border-color: #0969da; }
.s-input { background: #f6f8fa; border-color: #57606a; }
.s-uncovered { background: #fff1e5; border-color: #bc4c00; border-bottom-style: dashed; }
.s-ignored { background: transparent; border-color: #8c959f; border-bottom-style: dotted; }
.s-malformed { background: #fff1e5; border-color: #bc4c00; border-bottom-style: double; }
.badge { display: inline-block; min-width: 3.2rem; text-align: center; font-size: .8rem; font-weight: 600; padding: 0 .4rem; border-radius: .3rem; border: 1px solid; margin-right: .35rem; }
.v-pass { color: #1a7f37; } .v-warn { color: #7d4e00; } .v-fail { color: #cf222e; } .v-error { color: #8250df; } .v-info { color: #0969da; }
ol.claims, ul.findings { list-style: none; padding: 0; margin: 0; }
li.claim { border: 1px solid var(--line); border-left-width: 5px; border-radius: .35rem; margin: 0 0 .5rem; padding: .35rem .6rem; scroll-margin-top: 9rem; }
li.claim.flash { box-shadow: 0 0 0 3px #0969da; }
li.claim[data-verdict="pass"] { border-left-color: #1a7f37; } li.claim[data-verdict="warn"] { border-left-color: #9a6700; }
li.claim[data-verdict="fail"] { border-left-color: #cf222e; } li.claim[data-verdict="error"] { border-left-color: #8250df; }
li.claim[data-verdict="info"] { border-left-color: #0969da; }
summary { cursor: pointer; }
summary code, td code { font-size: .9rem; }
.message { color: var(--muted); }
dl.trace { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; margin: .5rem 0; }
dl.trace dt { font-weight: 600; color: var(--muted); }
dl.trace dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .4rem 0; }
td:first-child, td:last-child { white-space: nowrap; }
th, td { text-align: left; border-bottom: 1px solid var(--line); padding: .2rem .4rem; vertical-align: top; overflow-wrap: anywhere; }
th { white-space: nowrap; }
td:nth-child(2) { min-width: 12ch; }
tr.flash { background: #ddf4ff; }
.legend { font-size: .85rem; color: var(--muted); margin: .3rem 0 0; }
.legend .mark { margin-right: .3rem; }
ul.findings li { margin: 0 0 .35rem; }
.loc { color: var(--muted); font-size: .85rem; }
${VERDICTS.map((v) => `body.hide-${v} li.claim[data-verdict="${v}"] { display: none; }`).join('\n')}
`;

const SCRIPT = `
for (const button of document.querySelectorAll('.filters button')) {
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    document.body.classList.toggle('hide-' + button.dataset.verdict, !on);
  });
}
for (const mark of document.querySelectorAll('button.mark')) {
  mark.addEventListener('click', () => {
    const target = document.getElementById(mark.dataset.target);
    if (!target) return;
    const details = target.querySelector('details');
    if (details) details.open = true;
    const verdict = target.dataset.verdict;
    if (verdict && document.body.classList.contains('hide-' + verdict)) {
      document.body.classList.remove('hide-' + verdict);
      const filter = document.querySelector('.filters button[data-verdict="' + verdict + '"]');
      if (filter) filter.setAttribute('aria-pressed', 'true');
    }
    target.scrollIntoView({ block: 'center' });
    const focusable = target.querySelector('summary') || target;
    focusable.focus();
    target.classList.add('flash');
    setTimeout(() => target.classList.remove('flash'), 1500);
  });
}
`;

/** Element ids: stable, from the file's index and the name (names are [A-Za-z][A-Za-z0-9_]*, but escape anyway). */
function claimId(file: number, name: string): string {
  return `f${file}-claim-${name.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
function inputId(file: number, name: string): string {
  return `f${file}-input-${name.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function summaryBar(report: CheckReport): string {
  const s = report.summary;
  const total = s.pass + s.warn + s.fail + s.error + s.info;
  const parts = VERDICTS.filter((v) => s[v] > 0).map((v) => `<span class="badge v-${v}">${s[v]} ${v}</span>`);
  const findings = [s.errors > 0 ? plural(s.errors, 'error') : '', s.warnings > 0 ? plural(s.warnings, 'warning') : ''].filter(Boolean).join(', ');
  const filters = VERDICTS.filter((v) => s[v] > 0)
    .map((v) => `<button type="button" class="v-${v}" data-verdict="${v}" aria-pressed="true">${v} (${s[v]})</button>`)
    .join('');
  const legend = (['pass', 'warn', 'fail', 'error', 'input', 'uncovered', 'ignored'] as const)
    .map((status) => `<span class="mark s-${status}">${escapeHtml(status)}</span>`)
    .join(' ');
  return `<header>
<h1>claimcheck report</h1>
<p class="summary" id="summary">${plural(total, 'claim')} in ${plural(report.files.length, 'file')}: ${parts.join(' ')}${findings ? ` · findings: ${findings}` : ''}</p>
<div class="filters" role="group" aria-label="Show claims by verdict">${filters}</div>
<p class="legend">Numbers in the article: ${legend}</p>
</header>`;
}

/** One mark as an element: a button when it leads to a claim or an input, else a labelled span. */
function markHtml(mark: ArticleMark, text: string, fileIndex: number, claimNames: ReadonlySet<string>): string {
  const claim = mark.names.find((n) => claimNames.has(n));
  const target = claim !== undefined ? claimId(fileIndex, claim) : mark.names[0] !== undefined ? inputId(fileIndex, mark.names[0]) : undefined;
  const what = `${STATUS_WORDS[mark.status]}${mark.names.length > 0 ? `: ${mark.names.join(', ')}` : ''}`;
  const label = escapeHtml(`${text} — ${what}`);
  const title = escapeHtml(mark.note ?? what);
  if (target === undefined) return `<span class="mark s-${mark.status}" role="mark" aria-label="${label}" title="${title}">${escapeHtml(text)}</span>`;
  return `<button type="button" class="mark s-${mark.status}" data-status="${mark.status}" data-target="${escapeHtml(target)}" aria-label="${label}" title="${title}">${escapeHtml(text)}</button>`;
}

/** The article's text, paragraph by paragraph, with its numbers marked. */
function articleHtml(article: ArticleView, fileIndex: number, claimNames: ReadonlySet<string>): string {
  const marks = [...article.marks].sort((a, b) => a.start - b.start);
  const paragraphs: string[] = [];
  let current = '';
  let pos = 0;
  let next = 0;
  const flushText = (end: number): void => {
    const chunk = article.text.slice(pos, end);
    const parts = chunk.split(/\n{2,}/);
    parts.forEach((part, i) => {
      if (i > 0) {
        paragraphs.push(current);
        current = '';
      }
      current += escapeHtml(part).replace(/(?:&#13;)?&#10;/g, '<br>');
    });
    pos = end;
  };
  while (next < marks.length) {
    const mark = marks[next++]!;
    if (mark.start < pos) continue; // overlapping marks: the first wins
    flushText(mark.start);
    current += markHtml(mark, article.text.slice(mark.start, mark.end), fileIndex, claimNames);
    pos = mark.end;
  }
  flushText(article.text.length);
  paragraphs.push(current);
  const body = paragraphs.filter((p) => p.trim() !== '').map((p) => `<p>${p}</p>`).join('\n');
  const counts = new Map<MarkStatus, number>();
  for (const m of marks) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
  const tally = [...counts].map(([status, n]) => `${n} ${STATUS_WORDS[status]}`).join('; ');
  return `<h3>Article: ${escapeHtml(article.title ?? article.path)}</h3>
<p class="loc">${escapeHtml(article.path)} · ${plural(marks.length, 'number')}${tally ? ` (${escapeHtml(tally)})` : ''}</p>
<div class="article">${body}</div>`;
}

function sourceCell(input: InputView): string {
  const source = input.source !== undefined ? escapeHtml(input.source) : '<em>no source</em>';
  const url = input.url !== undefined ? safeUrl(input.url) : undefined;
  const link = url !== undefined ? ` <a href="${escapeHtml(url)}" rel="noopener noreferrer">link</a>` : input.url !== undefined ? ` (${escapeHtml(input.url)})` : '';
  return `${source}${link}`;
}

function inputsTable(inputs: readonly InputView[], fileIndex: number, withIds: boolean): string {
  if (inputs.length === 0) return '';
  const rows = inputs.map((i) => `<tr${withIds ? ` id="${escapeHtml(inputId(fileIndex, i.name))}" tabindex="-1"` : ''}><td><code>${escapeHtml(i.name)}</code></td><td>${escapeHtml(i.value)}</td><td>${sourceCell(i)}</td><td>${i.asOf !== undefined ? escapeHtml(i.asOf) : ''}</td></tr>`);
  return `<table><thead><tr><th scope="col">input</th><th scope="col">value</th><th scope="col">source</th><th scope="col">as of</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function claimHtml(claim: ClaimResult, file: FileResult, fileIndex: number): string {
  const t = claim.trace;
  const rows: [string, string][] = [];
  if (t) {
    rows.push(['Arithmetic', `${escapeHtml(t.substituted)} = ${escapeHtml(t.result)}`]);
    if (claim.stated) rows.push(['Stated', escapeHtml(claim.stated.text)]);
    if (t.admissible !== undefined) rows.push(['Stated words allow', escapeHtml(t.admissible)]);
    rows.push(['Why', escapeHtml(t.why)]);
    if (t.condition !== undefined) rows.push(['Holds only if', escapeHtml(t.condition)]);
  } else rows.push(['Why', escapeHtml(claim.message)]);
  if (claim.allowed !== undefined) rows.push(['Accepted', escapeHtml(claim.allowed)]);
  const used = new Set(file.view?.uses[claim.name] ?? []);
  const inputs = (file.view?.inputs ?? []).filter((i) => used.has(i.name));
  const claimsUsed = file.claims.filter((c) => used.has(c.name)).map((c) => `<code>${escapeHtml(c.name)}</code>`);
  return `<li class="claim" id="${escapeHtml(claimId(fileIndex, claim.name))}" data-verdict="${claim.verdict}">
<details><summary><span class="badge v-${claim.verdict}">${claim.verdict}</span><code>${escapeHtml(claim.name)}</code> <span class="message">${escapeHtml(claim.message)}</span></summary>
<dl class="trace">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}${claimsUsed.length > 0 ? `<dt>Uses claims</dt><dd>${claimsUsed.join(', ')}</dd>` : ''}</dl>
${inputsTable(inputs, fileIndex, false)}
<p class="loc">${escapeHtml(`${claim.file}:${claim.line}:${claim.column}`)}</p>
</details></li>`;
}

function findingHtml(f: Finding): string {
  const level = f.severity === 'error' ? 'fail' : f.severity === 'warning' ? 'warn' : 'info';
  return `<li><span class="badge v-${level}">${f.severity}</span><code>${escapeHtml(f.kind)}</code> ${escapeHtml(f.message)} <span class="loc">${escapeHtml(`${f.file}:${f.line}:${f.column}`)}</span>${f.hint !== undefined ? `<br><span class="message">${escapeHtml(f.hint)}</span>` : ''}</li>`;
}

function fileHtml(file: FileResult, index: number): string {
  const heading = `${file.path}${file.title !== undefined ? ` — ${file.title}` : ''}`;
  const claimNames = new Set(file.claims.map((c) => c.name));
  const articles = file.view?.articles ?? [];
  const claims = file.claims.length > 0 ? `<h3>Claims</h3><ol class="claims">${file.claims.map((c) => claimHtml(c, file, index)).join('\n')}</ol>` : '';
  const inputs = file.view && file.view.inputs.length > 0 ? `<h3>Inputs</h3>${inputsTable(file.view.inputs, index, true)}` : '';
  const findings = file.findings.length > 0 ? `<h3>Findings</h3><ul class="findings">${file.findings.map(findingHtml).join('\n')}</ul>` : '';
  const side = `<div class="claims-col">${claims}${inputs}${findings}</div>`;
  const body = articles.length > 0
    ? `<div class="cols"><div class="article-col">${articles.map((a) => articleHtml(a, index, claimNames)).join('\n')}</div>${side}</div>`
    : side;
  return `<section class="file" aria-labelledby="f${index}-title"><h2 id="f${index}-title">${escapeHtml(heading)}</h2>
${body}
</section>`;
}

/** The whole report as one HTML page. */
export function formatHtml(report: CheckReport): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>claimcheck report</title>
<style>${CSS}</style>
</head>
<body>
${summaryBar(report)}
<main>
${report.files.map(fileHtml).join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** `--format html` (registered by scripts/formats.mjs). */
export const format = defineFormat({
  name: 'html',
  extension: 'html',
  description: 'One self-contained HTML page: the articles with every number marked.',
  order: 6,
  options: [],
  needs: ['views'],
  streams: false,
  write: (report) => formatHtml(report),
});
