/**
 * @file Runs the built command (dist/claimcheck.js) as a user would, for the
 * tests that go through the binary: only PATH from the environment and
 * NO_COLOR=1, so a developer's own settings never change what a test sees.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The built command; the vitest global setup builds it. */
export const BIN = resolve('dist/claimcheck.js');

/** What one run of the command gave: its exit status and both streams. */
export interface BinaryRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `claimcheck ARGS` in `cwd` and waits for it. */
export function runClaimcheck(args: string[], cwd: string): BinaryRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
