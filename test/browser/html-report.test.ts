// The HTML report in a real browser: Debian's headless chromium (installed
// by .ci/run when absent), driven by playwright-core, which never downloads a
// browser. Opens the report of the bundled example from disk, clicks each
// failing claim's number in the article and checks the working shows, checks
// the counts against the JSON report, and that no request leaves the page.
// Saves a screenshot in test/artifacts/ (ignored by git) for people to look at.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimResult } from '../../src/types.js';

const BIN = resolve('dist/claimcheck.js');

function systemChromium(): string {
  const found = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).stdout.trim();
  if (found === '') throw new Error('no chromium on the PATH: install it (apt-get install -y chromium; .ci/run does this when it is absent)');
  return found;
}

let browser: Browser;
let out: string;
let report: { summary: Record<string, number>; files: { claims: ClaimResult[] }[] };
let url: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'claimcheck-html-'));
  const html = join(out, 'report.html');
  // Exit status 1: the example has a fail and an error on purpose (examples/README.md).
  const json = spawnSync(process.execPath, [BIN, 'claims.yaml', '--format', 'json', '--output', `html:${html}`], { encoding: 'utf8' });
  expect(json.status).toBe(1);
  report = JSON.parse(json.stdout);
  url = pathToFileURL(html).href;
  browser = await chromium.launch({ executablePath: systemChromium(), args: ['--no-sandbox'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('the HTML report in chromium', () => {
  it('shows every failing claim with its working after a click, counts as in the JSON report, and asks for nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    // Anything but the page itself is refused (and recorded above).
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url);

    // The summary bar: the same counts as the JSON report (9 pass, 2 warn, 2 fail, 1 error, 7 info in examples/README.md).
    for (const key of ['pass', 'warn', 'fail', 'error', 'info', 'allowed']) {
      expect(await page.locator(`[data-count="${key}"] strong`).textContent(), key).toBe(String(report.summary[key]));
    }
    const claims = report.files.flatMap((f) => f.claims);
    expect(await page.locator('section.card').count()).toBe(claims.length);

    const failing = claims.filter((c) => c.verdict === 'fail');
    expect(failing.length).toBe(2);
    for (const [i, claim] of failing.entries()) {
      const card = page.locator('section.card', { has: page.locator('h3 code', { hasText: new RegExp(`^${claim.name}$`) }) });
      const body = card.locator('.body');
      await expect.poll(() => body.isVisible()).toBe(false);
      const id = await card.getAttribute('id');
      const mark = page.locator(`button.mark[data-cards~="${id}"]`).first();
      expect(await mark.count(), `${claim.name} has a number in the article`).toBe(1);
      // A number inside two claims' quotes shows the worse verdict: a fail, or an error.
      expect(['fail', 'error']).toContain(await mark.getAttribute('data-status'));
      // The first by keyboard (focus, Enter), the next by mouse.
      if (i === 0) { await mark.focus(); await page.keyboard.press('Enter'); } else await mark.click();
      await expect.poll(() => body.isVisible()).toBe(true);
      const text = (await body.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain(claim.trace!.result);
      expect(text).toContain(claim.trace!.why);
      expect(text).toMatch(/the words admit/i);
      if (claim.trace!.condition) expect(text).toMatch(/holds only if/i);
    }
    // The filters: hiding passes hides their cards.
    await page.locator('button.filter[data-status="pass"]').click();
    expect(await page.locator('section.card[data-status="pass"]:visible').count()).toBe(0);
    await page.locator('button.filter[data-status="pass"]').click();

    mkdirSync('test/artifacts', { recursive: true });
    await page.locator(`button.mark[data-status="fail"]`).first().click();
    await page.screenshot({ path: 'test/artifacts/html-report.png' });

    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  }, 60_000);
});

