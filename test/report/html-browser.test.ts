// The HTML report in a real browser: Debian's chromium (installed by .ci/run
// when absent) driven by playwright-core, which downloads no browser. The
// report of the bundled example is opened from disk; every failing claim must
// show its trace after a click on its number in the article, the counts must
// match the JSON report of the same run, the filters must hide and show, and
// no request may leave the page. A hostile claims file and article must not
// run a script or add an attribute. A screenshot is saved under
// test/artifacts/ (ignored by git) to look at.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('dist/claimcheck.js');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** Runs the binary; returns the report written with -o and the exit status. */
function report(args: string[], format: string): { code: number | null; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-html-'));
  const out = join(dir, `report.${format}`);
  const r = spawnSync(process.execPath, [BIN, ...args, '--format', format, '-o', out], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
  if (!existsSync(out)) throw new Error(`no report: ${r.stderr}`);
  return { code: r.status, text: readFileSync(out, 'utf8') };
}

let browser: Browser;

beforeAll(async () => {
  if (CHROMIUM === undefined) throw new Error('no chromium: install Debian\'s chromium package (apt-get install chromium) or set CHROMIUM_PATH');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens an HTML report from disk, recording every request the page makes. */
async function open(html: string, name: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-page-'));
  const path = join(dir, name);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(path, html);
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(path).href);
  return { page, requests: requests.filter((url) => url !== pathToFileURL(path).href), errors };
}

describe('the HTML report of the bundled example, in chromium', () => {
  it('shows every failing claim with its trace after a click on its number, with the JSON report\'s counts and no request', async () => {
    const html = report(['claims.yaml'], 'html');
    const json = JSON.parse(report(['claims.yaml'], 'json').text);
    expect(html.code).toBe(1);
    const { page, requests, errors } = await open(html.text, 'report.html');

    // The summary bar and the claims listed, verdict by verdict, agree with the JSON report.
    const summary = json.summary as Record<string, number>;
    const total = summary['pass']! + summary['warn']! + summary['fail']! + summary['error']! + summary['info']!;
    await expect(page.locator('#summary').textContent()).resolves.toContain(`${total} claims in 1 file`);
    for (const verdict of ['pass', 'warn', 'fail', 'error', 'info']) {
      expect(await page.locator(`li.claim[data-verdict="${verdict}"]`).count()).toBe(summary[verdict]);
      if (summary[verdict]! > 0) await expect(page.locator('#summary').textContent()).resolves.toContain(`${summary[verdict]} ${verdict}`);
    }

    // Every failing claim: its trace is hidden, a click on its number in the article opens it.
    const failing = json.files[0].claims.filter((c: { verdict: string }) => c.verdict === 'fail');
    expect(failing.length).toBeGreaterThan(0);
    for (const claim of failing) {
      const id = `f0-claim-${claim.name}`;
      const item = page.locator(`[id="${id}"]`);
      await expect(item.locator('dl.trace').isVisible()).resolves.toBe(false);
      const mark = page.locator(`button.mark[data-target="${id}"]`).first();
      if ((await mark.count()) > 0) await mark.click();
      else await item.locator('summary').click();
      await expect(item.locator('dl.trace').isVisible()).resolves.toBe(true);
      const trace = await item.locator('dl.trace').textContent();
      expect(trace).toContain(claim.trace.why);
      expect(trace).toContain(claim.trace.substituted);
    }
    // The failing claims of the bundled example are reached from the article (their quotes are found there).
    expect(await page.locator('button.mark.s-fail').count()).toBeGreaterThan(0);

    // Keyboard: a mark is a button; Enter on it opens its claim and moves the focus there.
    const warnMark = page.locator('button.mark.s-warn').first();
    await warnMark.focus();
    await page.keyboard.press('Enter');
    const target = await warnMark.getAttribute('data-target');
    await expect(page.locator(`[id="${target}"] details`).getAttribute('open')).resolves.toBe('');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY');

    // Filters: "pass" off hides the passing claims, on shows them again.
    const passFilter = page.locator('.filters button[data-verdict="pass"]');
    await passFilter.click();
    await expect(passFilter.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.locator('li.claim[data-verdict="pass"]').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('li.claim[data-verdict="fail"]').first().isVisible()).resolves.toBe(true);
    await passFilter.click();
    await expect(page.locator('li.claim[data-verdict="pass"]').first().isVisible()).resolves.toBe(true);

    // Real headings for a screen reader: one h1, a h2 per file, h3 sections.
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h2').count()).toBe(json.files.length);

    mkdirSync('test/artifacts', { recursive: true });
    await page.locator(`[id="f0-claim-${failing[0].name}"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test/artifacts/html-report.png', fullPage: false });

    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('hostile text in the HTML report', () => {
  it('never runs a script or adds an attribute from a claims file or an article', async () => {
    // Title, a claim's name, source, url, note and article text carry <script>, <img onerror> and "onerror= (test/fixtures/html/hostile).
    const html = report(['test/fixtures/html/hostile/claims.yaml'], 'html');
    const { page, requests, errors } = await open(html.text, 'hostile.html');
    await page.locator('li.claim summary').first().click();
    await page.locator('button.mark').first().click();
    // A claim whose name is hostile: opened, shown as text.
    await page.locator('li.claim summary').last().click();
    await expect(page.locator('li.claim').last().textContent()).resolves.toContain('x<script>window.__pwned=9</script>"onerror=alert(1)');
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
    expect(pwned).toBeUndefined();
    // Only claimcheck's own script element; no element with an event-handler attribute; no javascript: link.
    expect(await page.locator('script').count()).toBe(1);
    const handlers = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)));
    expect(handlers).toEqual([]);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    // The hostile text is shown as text.
    await expect(page.locator('h2').textContent()).resolves.toContain('<script>window.__pwned=4</script> "onerror=alert(1)');
    await expect(page.locator('.article').textContent()).resolves.toContain('<img src=x onerror="window.__pwned=2">');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('the inputs table of an article with long input names, in chromium', () => {
  it('breaks no word of a header, a source or a value in the middle (the source column was squeezed to "sour|ce", "TOD|O")', async () => {
    // An init-style file: long names, hedged values, sources still TODO, in the page's narrow right column.
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-table-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'story.txt'), 'About 1,500 members crossed. It could grow to 12,000 soldiers, against an estimated 600,000 troops.\n');
    writeFileSync(join(dir, 'claims.yaml'), [
      'article: story.txt',
      'inputs:',
      '  indicate_member: { value: approximately 1500 members, source: TODO, quote: "About 1,500 members" }',
      '  grow_total_soldier: { value: 12000 soldiers, source: TODO, quote: "12,000 soldiers" }',
      '  comparatively_modest_troop: { value: estimated 600000 troops, source: TODO, quote: "an estimated 600,000 troops" }',
      '',
    ].join('\n'));
    const out = join(dir, 'report.html');
    spawnSync(process.execPath, [BIN, 'claims.yaml', '--format', 'html', '-o', out], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    const { page } = await open(readFileSync(out, 'utf8'), 'report.html');
    await page.setViewportSize({ width: 1100, height: 1000 });
    // Each cell's words, with the number of lines each one takes: a word on two lines was broken inside.
    const broken = await page.evaluate(() => {
      const found: string[] = [];
      for (const cell of Array.from(document.querySelectorAll('table th, table td'))) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (const match of text.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
            if (tops.size > 1) found.push(match[0]);
          }
        }
      }
      return found;
    });
    expect(broken).toEqual([]);
    await page.close();
  });
});
