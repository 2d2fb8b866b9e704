/**
 * @file `--format html`: one self-contained page per run. For each claims
 * file, the article text with every number marked by what became of it
 * (the verdict of the claim whose quote covers it, an input's quote, an
 * uncovered or ignored number), and beside it the claims: inputs with
 * sources and dates, the arithmetic step by step, what the stated words
 * admit, the verdict and the "holds only if" line. A summary bar on top and
 * filters by verdict.
 *
 * The page loads nothing: styles and the one script are inline, and a
 * Content-Security-Policy allows only that script (by its hash) and no
 * connection at all. Every text from a claims file or an article goes
 * through {@link escapeHtml}; ids are counters, never names.
 *
 * Pure: reads `report.files[].view` (asked for with `check(…, { view: true })`),
 * never a file.
 */

import { createHash } from 'node:crypto';
import type { ArticleView, CheckReport, ClaimResult, FileResult, FileView, Finding, MarkStatus } from '../types.js';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const e = escapeHtml;

/** Labels for each status, as the legend and the filters show them. */
const LABELS: Record<MarkStatus | 'allowed', string> = {
  pass: 'pass', warn: 'warning', fail: 'fail', error: 'error', info: 'info',
  input: 'input (source number)', uncovered: 'uncovered number', ignored: 'ignored', allowed: 'allowed failure',
};

/** The script: opens a claim from its mark, toggles cards, filters by verdict. Its hash goes into the page's CSP. */
const SCRIPT = `
(function () {
  function open(card, focus) {
    if (!card) return;
    var body = card.querySelector('.body');
    var btn = card.querySelector('button.toggle');
    body.hidden = false;
    btn.setAttribute('aria-expanded', 'true');
    btn.textContent = 'Hide the working';
    card.hidden = false;
    if (focus) { card.scrollIntoView({ block: 'nearest' }); card.querySelector('h3').focus(); }
  }
  document.addEventListener('click', function (ev) {
    var t = ev.target.closest('button');
    if (!t) return;
    if (t.classList.contains('mark')) {
      var ids = (t.getAttribute('data-cards') || '').split(' ').filter(Boolean);
      ids.forEach(function (id, i) { open(document.getElementById(id), i === 0); });
      return;
    }
    if (t.classList.contains('toggle')) {
      var body = t.closest('.card').querySelector('.body');
      var now = t.getAttribute('aria-expanded') !== 'true';
      body.hidden = !now;
      t.setAttribute('aria-expanded', String(now));
      t.textContent = now ? 'Hide the working' : 'Show the working';
      return;
    }
    if (t.classList.contains('filter')) {
      var on = t.getAttribute('aria-pressed') !== 'true';
      t.setAttribute('aria-pressed', String(on));
      var shown = {};
      document.querySelectorAll('button.filter').forEach(function (f) { shown[f.getAttribute('data-status')] = f.getAttribute('aria-pressed') === 'true'; });
      document.querySelectorAll('.card').forEach(function (c) { c.hidden = !shown[c.getAttribute('data-status')]; });
      document.querySelectorAll('button.mark, span.mark').forEach(function (m) { m.classList.toggle('dim', !shown[m.getAttribute('data-status')]); });
    }
  });
})();
`;

/** The HTML report of a run. Files checked without `view` show their claims without the article. */
export function formatHtml(report: CheckReport): string {
  const hash = createHash('sha256').update(SCRIPT).digest('base64');
  const s = report.summary;
  const counts: [MarkStatus | 'allowed', number][] = [['pass', s.pass], ['warn', s.warn], ['fail', s.fail], ['error', s.error], ['info', s.info], ['allowed', s.allowed]];
  const uncovered = report.files.reduce((n, f) => n + (f.view?.articles.reduce((m, a) => m + a.marks.filter((k) => k.status === 'uncovered').length, 0) ?? 0), 0);
  const title = report.files.length === 1 ? `claimcheck: ${report.files[0]!.title ?? report.files[0]!.path}` : `claimcheck: ${report.files.length} claims files`;
  const statuses: (MarkStatus | 'allowed')[] = ['pass', 'warn', 'fail', 'error', 'info', 'allowed', 'input', 'uncovered', 'ignored'];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:; form-action 'none'; base-uri 'none'">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<section aria-label="Summary" class="summary" id="summary">
<ul>
${counts.map(([k, n]) => `<li class="count s-${k}" data-count="${k}"><strong>${n}</strong> ${e(LABELS[k])}</li>`).join('\n')}
<li class="count s-uncovered" data-count="uncovered"><strong>${uncovered}</strong> uncovered ${uncovered === 1 ? 'number' : 'numbers'}</li>
<li class="count" data-count="findings"><strong>${s.errors}</strong> ${s.errors === 1 ? 'error' : 'errors'}, <strong>${s.warnings}</strong> ${s.warnings === 1 ? 'warning' : 'warnings'} in findings</li>
</ul>
</section>
<div role="group" aria-label="Show by verdict" class="filters">
<span>Show:</span>
${statuses.map((k) => `<button type="button" class="filter s-${k}" data-status="${k}" aria-pressed="true">${e(LABELS[k])}</button>`).join('\n')}
</div>
</header>
<main>
${report.files.map((f, i) => fileSection(f, i)).join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function fileSection(file: FileResult, fi: number): string {
  const view = file.view;
  const cardId = (name: string) => {
    const at = file.claims.findIndex((c) => c.name === name);
    return at >= 0 ? `f${fi}-c${at}` : undefined;
  };
  const articles = view?.articles ?? [];
  return `<section class="file" aria-labelledby="f${fi}">
<h2 id="f${fi}">${e(file.title ?? file.path)}</h2>
<p class="path">Claims file <code>${e(file.path)}</code>${file.coverage ? ` · ${file.coverage.covered} of ${file.coverage.total} numbers in the article covered by a quote` : ''}</p>
<div class="columns">
<div class="articles">
${articles.length === 0 ? `<p>${file.article ? 'The article could not be read.' : 'This claims file names no article.'}</p>` : articles.map((a, ai) => articleSection(a, `f${fi}-a${ai}`, cardId)).join('\n')}
${legend()}
</div>
<section class="claims" aria-labelledby="f${fi}-claims">
<h3 id="f${fi}-claims" class="sr-heading">Claims</h3>
${file.claims.map((c, ci) => claimCard(file, c, `f${fi}-c${ci}`, view)).join('\n')}
${findingsList(file.findings)}
</section>
</div>
</section>`;
}

function legend(): string {
  const items: MarkStatus[] = ['pass', 'warn', 'fail', 'error', 'input', 'uncovered', 'ignored'];
  return `<p class="legend">Marks: ${items.map((k) => `<span class="mark s-${k}" data-status="${k}">${e(LABELS[k])}</span>`).join(' ')}</p>`;
}

/** The article as paragraphs, each number a button (or a plain mark when no claim covers it). */
function articleSection(article: ArticleView, id: string, cardId: (name: string) => string | undefined): string {
  const marks = [...article.marks].sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  for (const [mi, m] of marks.entries()) {
    if (m.start < at) continue;
    html += e(article.text.slice(at, m.start));
    const text = article.text.slice(m.start, m.end);
    const cards = m.names.map(cardId).filter((x): x is string => x !== undefined);
    const what = m.names.length > 0 ? `${LABELS[m.status]}: ${m.names.join(', ')}` : LABELS[m.status];
    if (cards.length > 0) {
      html += `<button type="button" class="mark s-${m.status}" data-status="${m.status}" data-cards="${cards.join(' ')}" id="${id}-m${mi}" aria-label="${e(`${text} (${what})`)}">${e(text)}</button>`;
    } else {
      html += `<span class="mark s-${m.status}" data-status="${m.status}" title="${e(what)}">${e(text)}<span class="sr-only"> (${e(what)})</span></span>`;
    }
    at = m.end;
  }
  html += e(article.text.slice(at));
  const paragraphs = html.split(/\n{2,}/).map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`).join('\n');
  return `<article class="article" aria-labelledby="${id}">
<h3 id="${id}">Article: ${e(article.title ?? article.path)}</h3>
<p class="path"><code>${e(article.path)}</code></p>
${paragraphs}
</article>`;
}

function claimStatus(c: ClaimResult): MarkStatus | 'allowed' {
  return c.allowed !== undefined ? 'allowed' : c.verdict;
}

/** One claim: heading, verdict, one line; the trace behind a button. */
function claimCard(file: FileResult, c: ClaimResult, id: string, view: FileView | undefined): string {
  const status = claimStatus(c);
  const decl = view?.claims[c.name];
  const used = new Set(decl?.uses ?? []);
  const inputs = (view?.inputs ?? []).filter((i) => used.has(i.name));
  const steps = (decl?.uses ?? []).map((n) => file.claims.find((x) => x.name === n)).filter((x): x is ClaimResult => x !== undefined);
  const t = c.trace;
  const label = `${LABELS[status]}${c.gross ? ' (gross)' : ''}`;
  return `<section class="card s-${status}" data-status="${status}" data-claim-verdict="${c.verdict}" id="${id}" aria-labelledby="${id}-h">
<h3 id="${id}-h" tabindex="-1"><span class="badge s-${status}">${e(label)}</span> <code>${e(c.name)}</code> <span class="line">line ${c.line}</span></h3>
<p class="message">${e(c.message)}</p>
<button type="button" class="toggle" aria-expanded="false" aria-controls="${id}-b">Show the working</button>
<div class="body" id="${id}-b" hidden>
${decl ? `<p><span class="k">compute</span> <code>${e(decl.compute)}</code></p>` : ''}
${decl?.quote !== undefined ? `<p><span class="k">quote</span> <q>${e(decl.quote)}</q></p>` : ''}
${inputs.length > 0 ? `<h4>Inputs</h4>
<ul class="inputs">
${inputs.map((i) => `<li><code>${e(i.name)}</code> = ${e(i.value)}${i.source !== undefined ? ` · <span class="k">source</span> ${e(i.source)}` : ''}${i.asOf !== undefined ? ` · <span class="k">as of</span> ${e(i.asOf)}` : ''}${i.quote !== undefined ? ` · <q>${e(i.quote)}</q>` : ''}${i.url !== undefined ? ` · <span class="url">${e(i.url)}</span>` : ''}${i.note !== undefined ? `<br><span class="k">note</span> ${e(i.note)}` : ''}</li>`).join('\n')}
</ul>` : ''}
<h4>Arithmetic</h4>
<ol class="steps">
${steps.map((s) => `<li><code>${e(s.name)}</code>: ${e(s.trace?.substituted ?? '')} = ${e(s.trace?.result ?? s.message)}</li>`).join('\n')}
${t ? `<li><code>${e(c.name)}</code>: ${e(t.substituted)} = <strong>${e(t.result)}</strong></li>` : `<li>${e(c.message)}</li>`}
</ol>
${c.stated ? `<p><span class="k">stated</span> ${e(c.stated.text)}</p>` : ''}
${t?.admissible !== undefined ? `<p><span class="k">the words admit</span> ${e(t.admissible)}</p>` : ''}
<p class="verdict"><span class="k">verdict</span> <strong>${e(label)}</strong>${t ? ` — ${e(t.why)}` : ''}</p>
${t?.condition !== undefined ? `<p class="condition"><span class="k">holds only if</span> ${e(t.condition.replace(/^holds only if\s*/i, ''))}</p>` : ''}
${c.allowed !== undefined ? `<p><span class="k">allowed</span> ${e(c.allowed)}</p>` : ''}
${decl?.note !== undefined ? `<p><span class="k">note</span> ${e(decl.note)}</p>` : ''}
</div>
</section>`;
}

function findingsList(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  return `<section class="findings" aria-label="Other findings">
<h3>Other findings</h3>
<ul>
${findings.map((f) => `<li class="s-${f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warn' : 'info'}"><span class="k">${e(f.severity)}</span> <code>${e(f.file)}:${f.line}:${f.column}</code> ${e(f.message)}</li>`).join('\n')}
</ul>
</section>`;
}

/** Colours meet WCAG AA contrast against their backgrounds; status is also written, never colour alone. */
const STYLE = `
:root { color-scheme: light; --fg: #1b1b1b; --muted: #4a4a4a; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: #fff; }
header { position: sticky; top: 0; background: #f4f4f4; border-bottom: 1px solid #ccc; padding: .5rem 1rem; z-index: 1; }
h1 { font-size: 1.25rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1rem 0 .25rem; }
h3 { font-size: 1rem; margin: .25rem 0; }
h4 { font-size: .95rem; margin: .5rem 0 .25rem; }
.summary ul { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: 0 0 .25rem; }
.count { padding: .1rem .5rem; border-radius: .25rem; border: 1px solid #999; }
.filters { display: flex; flex-wrap: wrap; gap: .25rem; align-items: center; }
button { font: inherit; cursor: pointer; }
button:focus-visible, h3:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.filter { border: 1px solid #555; border-radius: 1rem; padding: 0 .6rem; background: #fff; color: var(--fg); }
.filter[aria-pressed="false"] { background: #ddd; text-decoration: line-through; }
main { padding: 0 1rem 2rem; }
.path { color: var(--muted); margin: 0 0 .5rem; font-size: .9rem; }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; }
/* The claims scroll on their own beside the article: opening a claim keeps its number in view. */
.claims { position: sticky; top: 7rem; align-self: start; max-height: calc(100vh - 8rem); overflow-y: auto; padding-right: .25rem; }
@media (max-width: 900px) { .columns { grid-template-columns: 1fr; } .claims { position: static; max-height: none; } }
.article p { max-width: 42rem; }
.mark { border: 0; padding: 0 .15rem; border-radius: .2rem; color: #000; font: inherit; border-bottom: 3px solid transparent; }
button.mark { text-decoration: underline dotted; }
.mark.dim { background: transparent !important; border-bottom-color: transparent !important; }
.s-pass { background: #d7f0dc; border-color: #1e7a34; }
.s-warn { background: #fff0b3; border-color: #8a6d00; }
.s-fail { background: #ffd6d6; border-color: #b3261e; }
.s-error { background: #f3d6f5; border-color: #7b1fa2; }
.s-info, .s-input { background: #dbe8ff; border-color: #1a4fa0; }
.s-uncovered { background: #ffe2c7; border-color: #9c4400; }
.s-ignored { background: #eee; border-color: #666; color: #333; }
.s-allowed { background: #e6e6e6; border-color: #555; }
.mark.s-fail, .mark.s-error, .mark.s-uncovered { border-bottom-style: solid; border-bottom-width: 3px; }
.card { border: 1px solid #bbb; border-left-width: 6px; border-radius: .3rem; padding: .4rem .7rem; margin: 0 0 .6rem; background: #fff; }
.card.s-pass { border-left-color: #1e7a34; background: #fff; }
.card.s-warn { border-left-color: #8a6d00; background: #fff; }
.card.s-fail { border-left-color: #b3261e; background: #fff; }
.card.s-error { border-left-color: #7b1fa2; background: #fff; }
.card.s-info { border-left-color: #1a4fa0; background: #fff; }
.card.s-allowed { border-left-color: #555; background: #fff; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: .2rem; border: 1px solid; font-size: .85rem; }
.line { color: var(--muted); font-weight: normal; font-size: .85rem; }
.message { margin: .2rem 0; }
.toggle { background: #fff; border: 1px solid #555; border-radius: .25rem; padding: 0 .5rem; color: var(--fg); }
.k { color: var(--muted); font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; }
.url { word-break: break-all; }
.steps, .inputs { padding-left: 1.25rem; }
.sr-only, .sr-heading { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .92em; }
`;
