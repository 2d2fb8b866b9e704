// A closed standard output (`claimcheck claims.yaml | head -1`, issue 9):
// the reader goes away before claimcheck writes, the write fails with EPIPE,
// and the run must end quietly — no "Unhandled 'error' event", no stack
// trace — with the exit status it would have had (so `set -o pipefail` still
// sees a failing check). `--watch` must stop by itself, since no one reads.
// Every command of the repository suite (test/hostile/repository.mjs) is run.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../hostile/harness.mjs';
import { COMMANDS, prepareRepository } from '../hostile/repository.mjs';

/** Runs the binary with both output pipes closed by the reader at once; resolves with the exit status and whatever stderr said before it closed. */
function runWithClosedOutput(args: readonly string[], cwd: string, closeStderr: boolean): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closing our end of the pipe is what `head` does when it has read enough.
    child.stdout.destroy();
    const err: Buffer[] = [];
    if (closeStderr) child.stderr.destroy();
    else child.stderr.on('data', (d: Buffer) => err.push(d));
    const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      done({ code, signal, stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

let passing: string;
let failing: string;
beforeAll(() => {
  passing = prepareRepository({});
  failing = prepareRepository({});
  // 11000 × 2 is 22,000, not 30,000: the claim fails, so check and explain exit 1.
  const claims = join(failing, 'claims.yaml');
  writeFileSync(claims, readFileSync(claims, 'utf8').replace('stated: 22000 soldiers', 'stated: 30000 soldiers'));
});
afterAll(() => {
  rmSync(passing, { recursive: true, force: true });
  rmSync(failing, { recursive: true, force: true });
});

describe('a closed standard output', () => {
  it.each(Object.keys(COMMANDS))('%s ends quietly with its own exit status', { timeout: 60_000 }, async (command) => {
    const spec = COMMANDS[command]!;
    const r = await runWithClosedOutput(spec.args, passing, false);
    expect(r.signal).toBeNull();
    // The language server gets no input here (standard input is closed too): its client went away without
    // `shutdown`, which the protocol says ends the server with status 1.
    expect(r.code).toBe(spec.lsp ? 1 : spec.baseline);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|^\s+at /m);
    rmSync(join(passing, 'new.claims.yaml'), { force: true });
  });

  it('keeps the failing status of a failing check (exit 1), also for explain and json', { timeout: 60_000 }, async () => {
    for (const args of [['claims.yaml'], ['claims.yaml', '--format', 'json'], ['explain', 'claims.yaml', 'doubled']]) {
      const r = await runWithClosedOutput(args, failing, false);
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 1, stderr: '' });
    }
  });

  it('ends quietly when standard error is closed too', { timeout: 60_000 }, async () => {
    const check = await runWithClosedOutput(['claims.yaml'], failing, true);
    expect(check.code).toBe(1);
    // init reports on standard error.
    const init = await runWithClosedOutput(['init', 'story.md', '-o', 'closed.claims.yaml'], failing, true);
    expect(init.code).toBe(0);
  });
});
