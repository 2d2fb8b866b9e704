// The JSON report written a file at a time (jsonReportWriter, used by the CLI
// so a run over thousands of files does not hold its report) must be byte for
// byte JSON.stringify(report, null, 2) — the layout scripts and diffs rely on —
// with no files, one, several, and with the shared facts' conflicts.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, checkEach } from '../../src/engine/check.js';
import { formatJson, jsonReportWriter } from '../../src/report/json.js';
import { safeText } from '../../src/text/safe.js';
import type { CheckReport, FileResult } from '../../src/types.js';

const root = resolve(import.meta.dirname, '../..');

/** The layout of one JSON.stringify of the whole report (what the formatter wrote before it streamed). */
function whole(report: CheckReport): string {
  const parsed = JSON.parse(formatJson(report)) as unknown;
  return `${safeText(JSON.stringify(parsed, null, 2), 'json')}\n`;
}

function streamed(files: readonly FileResult[], report: CheckReport): string {
  const parts: string[] = [];
  const writer = jsonReportWriter((text) => parts.push(text));
  for (const file of files) writer.file(file);
  writer.end(report.summary, report.conflicts);
  return parts.join('');
}

describe('jsonReportWriter', () => {
  it('writes what one JSON.stringify of the report writes', async () => {
    // The bundled example and the everyday examples: several files, findings, traces.
    const report = await check(['claims.yaml', 'examples'], { cwd: root, workers: 0, today: '2026-01-01' });
    expect(report.files.length).toBeGreaterThan(3);
    expect(streamed(report.files, report)).toBe(whole(report));
    expect(streamed(report.files.slice(0, 1), { ...report, files: report.files.slice(0, 1) })).toBe(whole({ ...report, files: report.files.slice(0, 1) }));
    // No files: "files": [] on one line, as JSON.stringify writes an empty array.
    const empty: CheckReport = { version: 1, files: [], summary: report.summary };
    expect(streamed([], empty)).toBe(whole(empty));
    expect(streamed([], empty)).toContain('"files": [],\n');
  });

  it('writes a file of thousands of claims in pieces as it goes, and the pieces are the whole report', async () => {
    const report = await check(['claims.yaml'], { cwd: root, workers: 0, today: '2026-01-01' });
    const one = report.files[0]!;
    // The bundled example's 21 claims, 200 times over (renamed): 4,200 claims, about 4 MB of JSON.
    const claims = Array.from({ length: 200 }, (_, i) => one.claims.map((c) => ({ ...c, name: `${c.name}_${i}` }))).flat();
    const big: CheckReport = { ...report, files: [{ ...one, claims }] };
    const parts: string[] = [];
    const writer = jsonReportWriter((text) => parts.push(text));
    writer.file(big.files[0]!);
    // Written while the file is being written (chunks of about 64 KB), not as one string at its end.
    expect(parts.length).toBeGreaterThan(10);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(200_000);
    writer.end(big.summary, big.conflicts);
    expect(parts.join('')).toBe(whole(big));
  });

  it('writes the same text whether the claims fill their batches exactly or not', async () => {
    // Claims are stringified 32 at a time: 1, 31, 32, 33, 64 and 65 claims
    // cover a batch short, full, one over, two full and two plus one.
    const report = await check(['claims.yaml'], { cwd: root, workers: 0, today: '2026-01-01' });
    const one = report.files[0]!;
    const many = Array.from({ length: 4 }, (_, i) => one.claims.map((c) => ({ ...c, name: `${c.name}_${i}` }))).flat();
    for (const n of [1, 31, 32, 33, 64, 65]) {
      const sized: CheckReport = { ...report, files: [{ ...one, claims: many.slice(0, n) }] };
      expect(streamed(sized.files, sized), `${n} claims`).toBe(whole(sized));
      expect((JSON.parse(streamed(sized.files, sized)) as { files: { claims: unknown[] }[] }).files[0]!.claims).toHaveLength(n);
    }
  });

  it('writes nothing before the first file, so a run that cannot start leaves standard output empty', () => {
    const parts: string[] = [];
    jsonReportWriter((text) => parts.push(text));
    expect(parts).toEqual([]);
  });

  it('checkEach hands on the results check() reports, in order, with the same summary', async () => {
    const report = await check(['claims.yaml', 'examples'], { cwd: root, workers: 0, today: '2026-01-01' });
    const each: FileResult[] = [];
    const totals = await checkEach(['claims.yaml', 'examples'], { cwd: root, workers: 0, today: '2026-01-01' }, (r) => { each.push(r); });
    expect(each).toEqual(report.files);
    expect(totals.summary).toEqual(report.summary);
    expect(totals.conflicts).toEqual(report.conflicts);
  });

  it('checkEach checks the next file only once the promise each returns has settled (a slow reader holds the run back, not the memory)', async () => {
    const events: string[] = [];
    let waits = 0;
    await checkEach(['claims.yaml', 'examples'], { cwd: root, workers: 0, today: '2026-01-01' }, (r) => {
      events.push(`handed ${r.path}`);
      // Every other file's reader is slow: the promise settles only after a timer.
      if (waits++ % 2 === 1) return undefined;
      return new Promise<void>((resolve) => setTimeout(() => { events.push('drained'); resolve(); }, 5));
    });
    // Between a file handed on with a slow promise (the 1st, 3rd, 5th…) and the next file comes 'drained';
    // after a file whose each returned nothing, the next file follows at once.
    const handed = events.filter((e) => e.startsWith('handed'));
    expect(handed.length).toBeGreaterThan(4);
    for (let i = 0; i + 1 < handed.length; i++) {
      const between = events.slice(events.indexOf(handed[i]!), events.indexOf(handed[i + 1]!));
      expect(between.includes('drained')).toBe(i % 2 === 0);
    }
  });
});
