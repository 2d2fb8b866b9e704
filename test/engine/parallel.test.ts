/**
 * Many claims files are checked on worker threads (src/engine/parallel.ts):
 * the report must be exactly the serial one, in the same order, and a setup
 * error must be the one the serial loop throws. Workers run the bundled
 * worker script, so the library is bundled first (as scripts/build.mjs
 * does) into a folder inside the repository, where the bundle finds the
 * default rules. Correctness only: nothing is timed.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckOptions } from '../../src/engine/check.js';
import type { CheckReport, FileResult } from '../../src/types.js';

const root = join(import.meta.dirname, '../..');
let out: string;
let claims: string;
let lib: { check: (paths: readonly string[], options?: CheckOptions) => Promise<CheckReport> };
let parallel: { checkOnWorkers: (files: readonly string[], options: { cwd: string }, count: number) => Promise<FileResult[] | undefined> };

/** A small claims file; `n` varies the numbers, and every third file has a failing claim. */
function claimsFile(n: number): string {
  const troops = 1000 + n * 100;
  return [
    `title: file ${n}`,
    'units:',
    '  soldier: { aliases: [soldiers] }',
    'inputs:',
    `  troops: { value: "${troops} soldiers", source: wire ${n} }`,
    `  losses: { value: "100 to ${200 + n} soldiers", source: wire ${n} }`,
    '  days: { value: 10 days }',
    'claims:',
    '  rate:',
    '    compute: losses / troops',
    `    stated: "about ${n % 3 === 0 ? 50 : Math.round(((100 + 200 + n) / 2 / troops) * 100)}%"`,
    '  per_day:',
    '    compute: losses / days',
    `    stated: up to ${Math.ceil((200 + n) / 10)} soldiers a day`,
    '  helper:',
    '    compute: rate * 100',
    '',
  ].join('\n');
}

beforeAll(async () => {
  // Bundle inside the repository: the bundle looks for rules/ above itself.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  out = mkdtempSync(join(root, 'node_modules/.cache/claimcheck-parallel-test-'));
  await build({
    entryPoints: { index: join(root, 'src/index.ts'), worker: join(root, 'src/engine/worker.ts'), parallel: join(root, 'src/engine/parallel.ts') },
    outdir: out,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    chunkNames: 'chunks/[name]-[hash]',
    // As scripts/build.mjs names them: the worker is found as worker.mjs.
    outExtension: { '.js': '.mjs' },
    banner: { js: "import { createRequire as __ccCreateRequire } from 'node:module'; const require = __ccCreateRequire(import.meta.url);" },
  });
  lib = await import(pathToFileURL(join(out, 'index.mjs')).href);
  parallel = await import(pathToFileURL(join(out, 'parallel.mjs')).href);
  claims = mkdtempSync(join(tmpdir(), 'claimcheck-parallel-'));
  for (let n = 0; n < 8; n++) {
    const dir = join(claims, `desk-${n % 3}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `story-${n}.claims.yaml`), claimsFile(n));
  }
  // One file that does not parse: its finding must come out the same too.
  writeFileSync(join(claims, 'desk-0', 'broken.claims.yaml'), 'inputs:\n  a: [1, 2\n');
}, 60_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(claims, { recursive: true, force: true });
});

describe('checking files on worker threads', () => {
  it('gives the serial report, file for file, in the same order', async () => {
    const serial = await lib.check(['.'], { cwd: claims, workers: 0 });
    expect(serial.files).toHaveLength(9);
    // The files have failures (every third "about 50%") and one syntax error: not a trivial report.
    expect(serial.summary.fail).toBeGreaterThan(0);
    expect(serial.summary.errors).toBeGreaterThan(0);

    const onWorkers = await parallel.checkOnWorkers(serial.files.map((f) => f.path), { cwd: claims }, 3);
    // Defined: the worker script was found and used (undefined would mean "check them yourself").
    expect(onWorkers).toBeDefined();
    expect(JSON.stringify(onWorkers)).toBe(JSON.stringify(serial.files));

    const viaCheck = await lib.check(['.'], { cwd: claims, workers: 2 });
    expect(JSON.stringify(viaCheck)).toBe(JSON.stringify(serial));
  }, 60_000);

  it('reports a file whose own rules cannot be used as the serial loop does', async () => {
    // `rules: no-such-rules` is that file's problem (a finding at 1:8); the other files are still checked.
    const bad = join(claims, 'desk-1', 'zz-bad-rules.claims.yaml');
    writeFileSync(bad, `rules: no-such-rules\n${claimsFile(9)}`);
    try {
      const serial = await lib.check(['.'], { cwd: claims, workers: 0 });
      const file = serial.files.find((f) => f.path === join('desk-1', 'zz-bad-rules.claims.yaml'));
      expect(file?.findings.map((f) => [f.kind, f.line, f.column])).toEqual([['rules', 1, 8]]);
      expect(serial.files).toHaveLength(10);
      const onWorkers = await lib.check(['.'], { cwd: claims, workers: 2 });
      expect(JSON.stringify(onWorkers)).toBe(JSON.stringify(serial));
    } finally {
      rmSync(bad);
    }
  }, 60_000);

  it('throws the setup error the serial loop throws', async () => {
    // A configuration that names a finding kind there is none of: the command cannot run.
    const bad = join(claims, 'desk-1', '.claimcheckrc.yaml');
    writeFileSync(bad, 'severity:\n  no-such-kind: off\n');
    try {
      const serial = await lib.check(['.'], { cwd: claims, workers: 0 }).then(() => undefined, (e: Error) => e);
      const onWorkers = await lib.check(['.'], { cwd: claims, workers: 2 }).then(() => undefined, (e: Error) => e);
      expect(serial?.name).toBe('SetupError');
      expect(onWorkers?.name).toBe('SetupError');
      expect(onWorkers?.message).toBe(serial?.message);
      expect((onWorkers as Error & { details: string[] }).details).toEqual((serial as Error & { details: string[] }).details);
    } finally {
      rmSync(bad);
    }
  }, 60_000);
});

describe('the default workers policy', () => {
  it('checks in this thread below 4 cores or 1,000 files, else on one worker per core but one (at most 8)', async () => {
    const { defaultWorkers } = await import('../../src/engine/parallel.js');
    // 2 cores: never workers, whatever the number of files (the bench measured no gain there).
    expect([5, 999, 1_000, 100_000].map((files) => defaultWorkers(files, 2))).toEqual([0, 0, 0, 0]);
    // 4 cores: 999 files stay serial; 1,000 get 4 − 1 = 3 workers.
    expect([999, 1_000].map((files) => defaultWorkers(files, 4))).toEqual([0, 3]);
    // 16 cores: 15 would be one per core but one; the cap is 8.
    expect(defaultWorkers(5_000, 16)).toBe(8);
  });
});
