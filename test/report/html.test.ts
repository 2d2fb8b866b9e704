// The HTML report, from the engine's view of a claims file and its article:
// every number marked by what became of it, every text escaped, no way for
// the page to load anything.
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { summarize } from '../../src/engine/check.js';
import { loadDefaultRules } from '../../src/rules/index.js';
import { escapeHtml, formatHtml } from '../../src/report/html.js';
import type { CheckReport } from '../../src/types.js';

const HOSTILE = '<script>alert(document.cookie)</script> "onerror=alert(document.domain) <img src=x onerror=alert(window.name)>';

const ARTICLE = [
  `Headline ${HOSTILE}`,
  '',
  'Russia has captured 11.5 square miles a day. Ukraine is 233,062 square miles, so it would take Russia 50 years to conquer it.',
  '',
  `The front line is 727 miles long, the zone 160 miles. ${HOSTILE}`,
  '',
].join('\n');

const CLAIMS = [
  `title: "Title ${HOSTILE.replace(/"/g, '\\"')}"`,
  'article: article.txt',
  'ignore: ["160 miles"]',
  'inputs:',
  '  area:',
  '    value: 233062 mi^2',
  `    source: "Factbook ${HOSTILE.replace(/"/g, '\\"')}"`,
  '    as_of: 2024-01-01',
  '    quote: "Ukraine is 233,062 square miles"',
  `    note: "${HOSTILE.replace(/"/g, '\\"')}"`,
  '  gain: { value: 11.5 mi^2/day, source: Russian defence ministry, quote: "captured 11.5 square miles a day" }',
  'claims:',
  '  years_to_conquer:',
  '    compute: area / gain',
  '    quote: "it would take Russia 50 years to conquer it"',
  `    note: "${HOSTILE.replace(/"/g, '\\"')}"`,
  // A name that is not a name: the loader reports it, and the report shows that finding.
  `  "bad<script>x":`,
  '    compute: area',
  '',
].join('\n');

function report(): CheckReport {
  const result = checkClaimsText(CLAIMS, 'claims.yaml', loadDefaultRules(), {
    readArticle: (path) => (path === 'article.txt' ? { text: ARTICLE } : { problem: 'no such file' }),
    view: true,
  });
  return { version: 1, files: [result], summary: summarize([result]) };
}

describe('escapeHtml', () => {
  it('escapes the five characters that open markup or end an attribute, and the backquote', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\``)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#96;');
  });
});

describe('the engine\'s view', () => {
  it('marks each number of the article by the claim or input whose quote covers it', () => {
    const view = report().files[0]!.view!;
    const marks = view.articles[0]!.marks.map((m) => [view.articles[0]!.text.slice(m.start, m.end), m.status, m.names.join(',')]);
    // 233,062 / 11.5 = 20,266 days = 55.49 years; "50 years" admits [49.5, 50.5) → fail.
    expect(marks).toEqual([
      ['11.5 square miles a day', 'input', 'gain'],
      ['233,062 square miles', 'input', 'area'],
      ['50 years', 'fail', 'years_to_conquer'],
      ['727 miles', 'uncovered', ''],
      ['160 miles', 'ignored', ''],
    ]);
    expect(view.inputs.map((i) => [i.name, i.value, i.asOf])).toEqual([['area', '233062 mi^2', '2024-01-01'], ['gain', '11.5 mi^2/day', undefined]]);
    expect(view.claims['years_to_conquer']).toMatchObject({ compute: 'area / gain', uses: ['area', 'gain'] });
  });

  it('is left out unless asked for, so the other reports do not grow', () => {
    const result = checkClaimsText(CLAIMS, 'claims.yaml', loadDefaultRules(), { readArticle: () => ({ text: ARTICLE }) });
    expect(result.view).toBeUndefined();
  });
});

describe('formatHtml', () => {
  const html = formatHtml(report());

  it('never lets a claims file or an article insert markup', () => {
    // Parsed as a browser would: one element <script> (the report's own), no <img>, no event-handler attribute anywhere.
    const elements: { tag: string; attrs: string[] }[] = [];
    const walk = (node: { nodeName: string; attrs?: { name: string }[]; childNodes?: unknown[]; content?: unknown }) => {
      if (node.attrs) elements.push({ tag: node.nodeName, attrs: node.attrs.map((a) => a.name) });
      for (const child of node.childNodes ?? []) walk(child as typeof node);
    };
    walk(parse(html) as unknown as Parameters<typeof walk>[0]);
    expect(elements.filter((e) => e.tag === 'script')).toHaveLength(1);
    expect(elements.filter((e) => e.tag === 'img')).toEqual([]);
    expect(elements.flatMap((e) => e.attrs).filter((a) => a.startsWith('on'))).toEqual([]);
    // The hostile text is there, as text, wherever it came from (two in the article, title twice, source, two notes).
    expect(html.split('&#60;script&#62;alert(document.cookie)&#60;/script&#62;').length - 1).toBeGreaterThanOrEqual(6);
    expect(html).toContain('bad&#60;script&#62;x');
  });

  it('forbids every request: a CSP with no sources but its own script', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('shows the summary, the failing claim with its working, and real headings and buttons', () => {
    expect(html).toContain('<li class="count s-fail" data-count="fail"><strong>1</strong> fail</li>');
    expect(html).toContain('<h1>');
    expect(html).toMatch(/<button type="button" class="mark s-fail" data-status="fail" data-cards="f0-c0"[^>]*>50 years<\/button>/);
    expect(html).toContain('<span class="k">the words admit</span> [49.5, 50.5) years');
    expect(html).toContain('233062 mi^2 / (11.5 mi^2/day) = <strong>55.49 years</strong>');
    expect(html).toContain('<span class="k">as of</span> 2024-01-01');
  });
});
