// `--format json` and `--format pretty` on standard output are written a file
// at a time as the files are checked (the run does not hold the report); the
// same report written to a file with -o is formatted whole. The two must be
// byte for byte the same, with several files, frames, findings and --quiet.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('dist/claimcheck.js');
const root = resolve('.');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('streamed reports on standard output', () => {
  for (const flags of [['--format', 'json'], ['--format', 'pretty'], ['--format', 'pretty', '--quiet']]) {
    it(`${flags.join(' ')}: the same bytes and exit status as the whole report written with -o`, () => {
      // The bundled example and examples/: 8 files with failures, errors, findings and frames (exit 1).
      const streamed = run(['claims.yaml', 'examples', ...flags]);
      const file = join(mkdtempSync(join(tmpdir(), 'claimcheck-stream-')), 'report.txt');
      const whole = run(['claims.yaml', 'examples', ...flags, '-o', file]);
      expect(streamed.code).toBe(1);
      expect(whole.code).toBe(1);
      expect(streamed.stdout.length).toBeGreaterThan(1000);
      expect(streamed.stdout).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('waits for a reader that is slower than the check, and writes the same bytes', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'claimcheck-stream-')), 'report.json');
    const whole = run(['claims.yaml', 'examples', '--format', 'json', '-o', file]);
    // The reader takes nothing for 300 ms, then a piece every few milliseconds: the pipe (64 KB) fills, the
    // command waits for it to drain (src/cli/streams.ts) instead of holding the rest, and carries on.
    const child = spawn(process.execPath, [BIN, 'claims.yaml', 'examples', '--format', 'json'], { cwd: root, env: { PATH: process.env['PATH'] ?? '' } });
    // Listen at once, then hold the stream: a child whose output nobody listens to when it exits has that
    // output thrown away by Node (and its 'close' may come before a listener added after the pause).
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.stdout.resume();
    const code = await closed;
    expect(whole.code).toBe(1);
    expect(code).toBe(1);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(readFileSync(file, 'utf8'));
  });

  it('writes nothing on standard output when the run cannot start (exit 2)', () => {
    const missing = run(['no-such-file.yaml', '--format', 'json']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
  });
});
